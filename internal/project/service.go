// Package project runs a funded project: joint procurement, contracts split
// across members, invoices and payments, deliverables and milestones,
// expense claims and the auditors' reviews, and the allocation summary that
// ties them together.
//
// Every method authorizes the viewer first (authz.Require for actions, the
// Ent privacy policy for plain reads), checks the domain rules, then writes
// with authz.Elevate inside the caller's transaction. Expected failures are
// *apperr.Error values with an Italian message naming the rule, the member
// and the amount.
package project

import (
	"context"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/docstore"
)

// Service runs funded projects.
type Service struct {
	client  *gen.Client
	now     func() time.Time
	store   docstore.Store
	freezer docstore.Freezer
	// viewerSummaryReads makes AllocationSummary read the project's rows
	// under the viewer's read rules instead of the system's (export_test.go:
	// the test that proves both give the same figures).
	viewerSummaryReads bool
}

// WithFreezer makes SubmitClaim store the report as submitted and
// CompleteReview the minutes as completed.
func (s *Service) WithFreezer(f docstore.Freezer) *Service {
	s.freezer = f
	return s
}

// NewService returns the project service; now is the server clock (nil for
// time.Now), store keeps uploaded files (nil refuses uploads).
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

// scope returns the authorization scope of a project-scoped row.
func scope(agg, region string) authz.Scope {
	return authz.Scope{AggregationID: pulid.ID(agg), RegionBodyID: pulid.ID(region)}
}

func scopeOf(p *gen.Project) authz.Scope { return scope(p.TenantAggregationID, p.TenantRegionID) }

// members returns the bodies of a project's aggregation that have not left,
// keyed by ID, and their IDs in a stable order (by name).
func (s *Service) members(ctx context.Context, p *gen.Project) (map[pulid.ID]*gen.PublicBody, []pulid.ID, error) {
	ms, err := s.db(ctx).Membership.Query().
		Where(membership.AggregationID(p.AggregationID), membership.LeftOnIsNil()).
		QueryBody().Order(publicbody.ByName(), publicbody.ByID()).
		All(authz.Elevate(ctx))
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[pulid.ID]*gen.PublicBody, len(ms))
	ids := make([]pulid.ID, 0, len(ms))
	for _, b := range ms {
		byID[b.ID] = b
		ids = append(ids, b.ID)
	}
	return byID, ids, nil
}

// editable returns CONFLICT unless the project is running.
func editable(p *gen.Project) error {
	if p.Status != "ACTIVE" {
		return conflict("project.not_active", "Il progetto è %s: non si possono registrare operazioni.", projectLabel(p))
	}
	return nil
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

// concurrently runs independent reads at once and returns the first error;
// inside a transaction (whose connection is not for concurrent use; the
// client in the context is a transaction's) it runs them one after the
// other.
func concurrently(ctx context.Context, reads ...func(context.Context) error) error {
	if gen.TxFromContext(ctx) != nil || gen.FromContext(ctx) != nil {
		for _, r := range reads {
			if err := r(ctx); err != nil {
				return err
			}
		}
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, r := range reads {
		g.Go(func() error { return r(gctx) })
	}
	return g.Wait()
}
