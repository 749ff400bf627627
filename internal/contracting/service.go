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
	"context"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/docstore"
)

// Service runs the procurement and contracts of funded projects.
type Service struct {
	client *gen.Client
	now    func() time.Time
	store  docstore.Store
}

// NewService returns the service of a project's procurement and contracts;
// now is the server clock (nil for time.Now), store keeps uploaded files
// (nil refuses uploads).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{client: client, now: now, store: store}
}

// db returns the client of the request's transaction, or the root client.
func (s *Service) db(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return s.client
}

func (s *Service) today() civil.Date { return civil.Of(s.now().In(civil.Rome)) }
