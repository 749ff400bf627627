// Package disbursements runs the Region's disbursements to a project:
// the advance, interim payments on admitted claims and the balance,
// computed with the call's plan (ledger.Plan), and their lifecycle.
//
// Every method authorizes the viewer first (authz.Require for actions, the
// Ent privacy policy for plain reads), checks the domain rules, then writes
// with authz.Elevate inside the caller's transaction. Expected failures are
// *apperr.Error values with an Italian message naming the rule, the member
// and the amount.
package disbursements

import (
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/db"
)

// Service runs the disbursements of funded projects.
type Service struct {
	db.Base
}

// NewService returns the service of a project's disbursements; now is the
// server clock (nil for time.Now).
func NewService(client *gen.Client, now func() time.Time) *Service {
	return &Service{Base: db.NewBase(client, now)}
}
