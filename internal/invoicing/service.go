// Package invoicing runs a project's invoices: registration by hand or by
// FatturaPA import (buyer, contract and CIG matching), credit notes, the
// value in euro of an invoice in another currency, discarding, the
// invoices' shares across the members, payments and their receipts, and
// where an invoice's money stands (InvoicesMoney).
//
// Every method authorizes the viewer first (authz.Require for actions, the
// Ent privacy policy for plain reads), checks the domain rules, then writes
// with authz.Elevate inside the caller's transaction. Expected failures are
// *apperr.Error values with an Italian message naming the rule, the member
// and the amount.
package invoicing

import (
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
)

// Service runs the invoices and payments of funded projects.
type Service struct {
	db.Base
	store docstore.Store
}

// NewService returns the service of a project's invoices and payments; now
// is the server clock (nil for time.Now), store keeps imported files (nil
// refuses imports).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	return &Service{Base: db.NewBase(client, now), store: store}
}
