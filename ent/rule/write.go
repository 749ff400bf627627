package rule

import (
	"context"
	"fmt"
	"reflect"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
)

// parents maps each tenant-scoped entity to the foreign key of the row its
// scope is inherited from. Roots (Call, Aggregation) are handled in
// deriveScope.
var parents = map[string]string{
	"ExpenseCategory":  "call_id",
	"InterventionLine": "call_id",
	"Membership":       "aggregation_id",
	"Agreement":        "aggregation_id",
	"Application":      "aggregation_id", // plus the call's Region
	"BudgetLine":       "application_id",
	"Project":          "application_id",
	"Allocation":       "project_id",
	"Procurement":      "project_id",
	"Deliverable":      "project_id",
	"Milestone":        "project_id",
	"Invoice":          "project_id",
	"ExpenseClaim":     "project_id",
	"Disbursement":     "project_id",
	"Lot":              "procurement_id",
	"Contract":         "lot_id",
	"CostShare":        "contract_id",
	"Payment":          "invoice_id",
	"InvoiceShare":     "invoice_id",
	"ExpenseItem":      "claim_id",
	"Review":           "claim_id",
	"Document":         "aggregation_id",
}

// unscoped are entities without tenant columns: reference data and
// accounts. Writing them needs a permitted role, or ADMIN; a grouping's
// members, in the scope of the aggregation that owns the grouping
// (ownerScope).
var unscoped = map[string]bool{
	"PublicBody": true, "PopulationFigure": true, "Vendor": true, "GroupingMember": true,
	"User": true, "RoleAssignment": true, "APIToken": true,
}

// systemOnly entities are written only by the system (services acting after
// their own checks): nobody writes them through the API.
var systemOnly = map[string]bool{"AuditEvent": true, "Session": true, "SignInAttempt": true, "IdempotencyKey": true}

// IsScoped reports whether an entity type carries tenant columns.
func IsScoped(entity string) bool {
	_, ok := parents[entity]
	return ok || entity == "Call" || entity == "Aggregation"
}

// TenantHook fills the tenant columns of a new row from its parent.
func TenantHook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			var regionLater bool
			s, err := deriveScope(ctx, m, &regionLater)
			if err != nil {
				return nil, err
			}
			if s.AggregationID != "" {
				if err := m.SetField(colTenantAgg, string(s.AggregationID)); err != nil {
					return nil, err
				}
			}
			if s.RegionBodyID != "" && !regionLater {
				if err := m.SetField(colTenantRegion, string(s.RegionBodyID)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)
}

// deriveScope computes the scope of a row being created, from its own
// fields or its parent's tenant columns (read as the system: the caller's
// right to write there is checked separately).
//
// regionLater, when not nil, is set for a row that stays out of its
// Region's stored scope for now: an expense item of a draft claim. The
// Region sees a claim's items once the claim is submitted, and SubmitExpenseClaim
// then gives them their Region (claims.Service), so reading items never
// needs to look at their claim. The returned scope, which authorizes the
// write, keeps the Region: only the stored column waits.
func deriveScope(ctx context.Context, m ent.Mutation, regionLater *bool) (authz.Scope, error) {
	var s authz.Scope
	if v, ok := m.Field("body_id"); ok {
		s.BodyID = AsID(v)
	}
	c := ClientOf(m)
	sys := authz.WithSystem(ctx)
	switch m.Type() {
	case "Call":
		v, _ := m.Field("issuer_id")
		s.RegionBodyID = AsID(v)
		return s, nil
	case "Aggregation":
		id, _ := m.(interface{ ID() (pulid.ID, bool) }).ID()
		s.AggregationID = id
		return s, nil
	case "Application":
		a, _ := m.Field("aggregation_id")
		s.AggregationID = AsID(a)
		callID, _ := m.Field("call_id")
		cl, err := c.Call.Get(sys, AsID(callID))
		if err != nil {
			return s, parentErr(err, "bando")
		}
		s.RegionBodyID = pulid.ID(cl.TenantRegionID)
		return s, nil
	case "Membership", "Agreement", "Document":
		a, _ := m.Field("aggregation_id")
		s.AggregationID = AsID(a)
		if r, ok := m.Field(colTenantRegion); ok {
			s.RegionBodyID = AsID(r)
		}
		return s, nil
	}
	fk, ok := parents[m.Type()]
	if !ok {
		return s, nil
	}
	pv, _ := m.Field(fk)
	agg, region, err := parentTenant(sys, c, m, fk, AsID(pv), regionLater)
	if err != nil {
		return s, parentErr(err, fk)
	}
	s.AggregationID, s.RegionBodyID = pulid.ID(agg), pulid.ID(region)
	return s, nil
}

// parentTenant reads the tenant columns of the parent row a mutation's
// foreign key fk points at (pid), as the system. For an expense item of a
// draft claim it sets *regionLater (see deriveScope).
func parentTenant(sys context.Context, c *gen.Client, m ent.Mutation, fk string, pid pulid.ID, regionLater *bool) (agg, region string, err error) {
	switch fk {
	case "call_id":
		var p *gen.Call
		if p, err = c.Call.Get(sys, pid); err == nil {
			region = p.TenantRegionID
		}
	case "application_id":
		var p *gen.Application
		if p, err = c.Application.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "project_id":
		var p *gen.Project
		if p, err = c.Project.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "procurement_id":
		var p *gen.Procurement
		if p, err = c.Procurement.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "lot_id":
		var p *gen.Lot
		if p, err = c.Lot.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "contract_id":
		var p *gen.Contract
		if p, err = c.Contract.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "invoice_id":
		var p *gen.Invoice
		if p, err = c.Invoice.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
		}
	case "claim_id":
		var p *gen.ExpenseClaim
		if p, err = c.ExpenseClaim.Get(sys, pid); err == nil {
			agg, region = p.TenantAggregationID, p.TenantRegionID
			if regionLater != nil {
				*regionLater = m.Type() == "ExpenseItem" && p.Status == expenseclaim.StatusDRAFT
			}
		}
	default:
		return "", "", fmt.Errorf("rule: no parent lookup for %s", fk)
	}
	return agg, region, err
}

// writeRule allows a mutation when some role assignment of the viewer is
// permitted the action by the Casbin policy and covers the scope of the row.
// Writing rows one cannot read fails as not found; a readable row one may
// not change fails as forbidden.
func writeRule(ctx context.Context, m ent.Mutation) error {
	v := authz.FromContext(ctx)
	entity := m.Type()
	if systemOnly[entity] {
		if v.IsSystem() && (entity != "AuditEvent" || m.Op().Is(ent.OpCreate)) {
			return privacy.Allow
		}
		return privacy.Denyf("%s is written by the system only", entity)
	}
	if v.IsSystem() {
		// A service acting for a user (authz.Elevate) still links only
		// rows of the same tenant.
		if maintenance(v) || len(edgesToCheck(m, true)) == 0 {
			return privacy.Allow
		}
		s, err := scopeToWrite(ctx, m)
		if err != nil {
			return err
		}
		if err := checkEdges(ctx, m, s); err != nil {
			return err
		}
		return privacy.Allow
	}
	act := authz.ActCreate
	switch {
	case m.Op().Is(ent.OpUpdateOne):
		act = authz.ActUpdate
	case m.Op().Is(ent.OpDeleteOne):
		act = authz.ActDelete
	case m.Op().Is(ent.OpUpdate | ent.OpDelete):
		// Bulk changes are made by services, as the system, after their checks.
		if v.IsAdmin() {
			return privacy.Allow
		}
		return privacy.Denyf("bulk %s of %s", m.Op(), entity)
	}
	if unscoped[entity] {
		if err := checkEdges(ctx, m, authz.Scope{}); err != nil {
			return err
		}
		s, owned, err := ownerScope(ctx, m)
		if err != nil {
			return err
		}
		if v.Can(entity, act, s, owned) {
			return privacy.Allow
		}
		return privacy.Denyf("%s %s not permitted", act, entity)
	}
	s, err := scopeToWrite(ctx, m)
	if err != nil {
		return err
	}
	if err := checkEdges(ctx, m, s); err != nil {
		return err
	}
	if v.Can(entity, act, s, true) {
		return privacy.Allow
	}
	return privacy.Denyf("%s %s not permitted in this scope", act, entity)
}

// ownerScope is the scope of a reference row that belongs to an
// aggregation although everyone reads it: a grouping's members are written
// within the scope of the aggregation that owns the grouping (its lead
// managers, and ADMIN; nobody else when it has no owner). Other reference
// rows have no scope (owned is false): a permitted role is enough.
func ownerScope(ctx context.Context, m ent.Mutation) (s authz.Scope, owned bool, err error) {
	if m.Type() != "GroupingMember" {
		return s, false, nil
	}
	var gid pulid.ID
	if v, ok := m.Field("grouping_id"); ok {
		gid = AsID(v)
	} else {
		row, err := Row(ctx, m, authz.SystemViewer)
		if err != nil {
			return s, true, err
		}
		gid = pulid.ID(str(row, "grouping_id"))
	}
	g, err := ClientOf(m).Vendor.Get(authz.WithSystem(ctx), gid)
	if err != nil {
		return s, true, parentErr(err, "grouping_id")
	}
	if g.OwnerAggregationID != nil {
		s.AggregationID = *g.OwnerAggregationID
	}
	return s, true, nil
}

// scopeToWrite is the scope of the row a create, update or delete writes.
func scopeToWrite(ctx context.Context, m ent.Mutation) (authz.Scope, error) {
	if m.Op().Is(ent.OpCreate) {
		return deriveScope(ctx, m, nil)
	}
	return existingScope(ctx, m)
}

// existingScope reads the tenant columns of the row an update or delete
// touches, as the viewer: a row the viewer cannot read is not found.
func existingScope(ctx context.Context, m ent.Mutation) (authz.Scope, error) {
	var s authz.Scope
	if !IsScoped(m.Type()) {
		return s, nil
	}
	if m.Op().Is(ent.OpDeleteOne) {
		row, err := Row(ctx, m, authz.FromContext(ctx))
		if err != nil {
			return s, err
		}
		s.AggregationID = pulid.ID(str(row, colTenantAgg))
		s.RegionBodyID = pulid.ID(str(row, colTenantRegion))
		s.BodyID = pulid.ID(str(row, "body_id"))
		return s, nil
	}
	agg, err := m.OldField(ctx, colTenantAgg)
	if err != nil {
		return s, err
	}
	region, err := m.OldField(ctx, colTenantRegion)
	if err != nil {
		return s, err
	}
	s.AggregationID, s.RegionBodyID = AsID(agg), AsID(region)
	if body, err := m.OldField(ctx, "body_id"); err == nil {
		s.BodyID = AsID(body)
	}
	return s, nil
}

// ClientOf returns the client (of the transaction, if any) a mutation runs on.
func ClientOf(m ent.Mutation) *gen.Client {
	return m.(interface{ Client() *gen.Client }).Client()
}

// AsID reads an ID out of a mutation value (ID, *ID, string or *string).
func AsID(v ent.Value) pulid.ID {
	switch x := v.(type) {
	case pulid.ID:
		return x
	case *pulid.ID:
		if x != nil {
			return *x
		}
	case string:
		return pulid.ID(x)
	case *string:
		if x != nil {
			return pulid.ID(*x)
		}
	}
	return ""
}

func parentErr(err error, what string) error {
	if gen.IsNotFound(err) {
		return err
	}
	return fmt.Errorf("rule: reading the parent %s: %w", what, err)
}

func reflectID(v any) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return ""
	}
	f := rv.FieldByName("ID")
	if !f.IsValid() {
		return ""
	}
	return f.String()
}
