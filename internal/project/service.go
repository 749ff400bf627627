// Package project runs a funded project itself: its lifecycle, its
// deliverables and milestones, and the allocation summary that ties the
// money of its procurement, invoices and claims together. It also holds
// what the services of a project's other aggregates (internal/contracting,
// internal/invoicing, internal/claims, internal/disbursements) ask of the
// project: its members, whether it is running, its authorization scope.
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

	"entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/lifecycle"
)

// Service runs funded projects.
type Service struct {
	db.Base
	store docstore.Store
	// viewerSummaryReads makes AllocationSummary read the project's rows
	// under the viewer's read rules instead of the system's (export_test.go:
	// the test that proves both give the same figures).
	viewerSummaryReads bool
	// refs keeps the summary's reference data in memory (nil: off;
	// summary_reference.go).
	refs *refCache
}

// NewService returns the project service; now is the server clock (nil for
// time.Now), store keeps uploaded files (nil refuses uploads).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	return &Service{Base: db.NewBase(client, now), store: store}
}

// Scope returns the authorization scope of a project-scoped row from its
// tenant columns.
func Scope(agg, region string) authz.Scope {
	return authz.Scope{AggregationID: pulid.ID(agg), RegionBodyID: pulid.ID(region)}
}

// ScopeOf returns the authorization scope of a project.
func ScopeOf(p *gen.Project) authz.Scope { return Scope(p.TenantAggregationID, p.TenantRegionID) }

// Members returns the bodies of a project's aggregation that have not left,
// keyed by ID, and their IDs in a stable order (by name), read through c.
func Members(ctx context.Context, c *gen.Client, p *gen.Project) (map[pulid.ID]*gen.PublicBody, []pulid.ID, error) {
	ms, err := c.Membership.Query().
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

// Editable returns CONFLICT unless the project is running.
func Editable(p *gen.Project) error {
	if p.Status != "ACTIVE" {
		return apperr.Conflictf("project.not_active", "Il progetto è %s: non si possono registrare operazioni.", Label(p))
	}
	return nil
}

// Label is the Italian name of a project's status.
func Label(p *gen.Project) string { return lifecycle.Project.Label(string(p.Status)) }

// ContractsOf matches the contracts of a project's procedures.
func ContractsOf(projectID pulid.ID) func(*sql.Selector) {
	return func(sel *sql.Selector) {
		lt := sql.Table(lot.Table)
		pt := sql.Table(procurement.Table)
		sel.Where(sql.In(sel.C(contract.FieldLotID),
			sql.Select(lt.C(lot.FieldID)).From(lt).Join(pt).On(lt.C(lot.FieldProcurementID), pt.C(procurement.FieldID)).
				Where(sql.EQ(pt.C(procurement.FieldProjectID), string(projectID)))))
	}
}
