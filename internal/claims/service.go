// Package claims runs a project's expense claims: the claims and their
// expense items (checked by internal/eligibility), the declarant, the
// attachments, the submission with its frozen report, and the auditors'
// reviews with their decisions, checklist and minutes.
//
// Every method authorizes the viewer first (authz.Require for actions, the
// Ent privacy policy for plain reads), checks the domain rules, then writes
// with authz.Elevate inside the caller's transaction. Expected failures are
// *apperr.Error values with an Italian message naming the rule, the member
// and the amount.
package claims

import (
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
)

// Service runs the expense claims and reviews of funded projects.
type Service struct {
	db.Base
	store   docstore.Store
	freezer docstore.Freezer
}

// NewService returns the service of a project's expense claims and reviews;
// now is the server clock (nil for time.Now), store keeps uploaded files
// (nil refuses uploads).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	return &Service{Base: db.NewBase(client, now), store: store}
}

// WithFreezer makes SubmitExpenseClaim store the report as submitted and
// CompleteReview the minutes as completed.
func (s *Service) WithFreezer(f docstore.Freezer) *Service {
	s.freezer = f
	return s
}

// Shape adds to a query what its caller will read, e.g. the edges a GraphQL
// selection asks for (resolvers pass the query's CollectFields), so that a
// list is read with one statement per edge instead of one per row.
type Shape[Q any] func(Q) (Q, error)

func shaped[Q any](q Q, shape []Shape[Q]) (Q, error) {
	for _, sh := range shape {
		var err error
		if q, err = sh(q); err != nil {
			return q, err
		}
	}
	return q, nil
}
