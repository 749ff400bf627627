// Package contracting runs a project's joint procurement: procedures and
// their lots (thresholds by date, CIGs), awards, contracts with their
// winners, and the contracts' cost split across the members (cost shares),
// with the documents of a contract.
//
// Every method authorizes the viewer first (authz.Require for actions, the
// Ent privacy policy for plain reads), checks the domain rules, then writes
// with authz.Elevate inside the caller's transaction. Expected failures are
// *apperr.Error values with an Italian message naming the rule, the member
// and the amount.
package contracting

import (
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
)

// Service runs the procurement and contracts of funded projects.
type Service struct {
	db.Base
	store docstore.Store
}

// NewService returns the service of a project's procurement and contracts;
// now is the server clock (nil for time.Now), store keeps uploaded files
// (nil refuses uploads).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	return &Service{Base: db.NewBase(client, now), store: store}
}
