package rule

import (
	"context"
	"fmt"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/authz"
)

// The scope of every entity type is declared once, in its schema
// (scope.Decl, ent/schema), and read here only from the table entc
// generates from those declarations: gen.Scopes.

// IsScoped reports whether an entity type carries tenant columns.
func IsScoped(entity string) bool { return gen.Scopes[entity].Kind == scope.Tenant }

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
// fields or the tenant columns of the rows its scope.Decl names (read as
// the system: the caller's right to write there is checked separately).
//
// regionLater, when not nil, is set for a row that stays out of its
// Region's stored scope for now (scope.Decl.RegionOnceSubmitted): an
// expense item of a draft claim. The Region sees a claim's items once the
// claim is submitted, and SubmitExpenseClaim then gives them their Region
// (claims.Service), so reading items never needs to look at their claim.
// The returned scope, which authorizes the write, keeps the Region: only
// the stored column waits.
func deriveScope(ctx context.Context, m ent.Mutation, regionLater *bool) (authz.Scope, error) {
	var s authz.Scope
	if v, ok := m.Field("body_id"); ok {
		s.BodyID = AsID(v)
	}
	d := gen.Scopes[m.Type()]
	if d.Kind != scope.Tenant {
		return s, nil
	}
	switch d.AggregationField {
	case "":
	case "id": // scope.Self
		s.AggregationID, _ = mutationID(m)
	default:
		s.AggregationID = fieldID(m, d.AggregationField)
	}
	if d.RegionField != "" {
		s.RegionBodyID = fieldID(m, d.RegionField)
	}
	if d.RegionOf != "" {
		p, err := parentColumns(ctx, m, d.RegionOfType, d.RegionOfField)
		if err != nil {
			return s, err
		}
		s.RegionBodyID = pulid.ID(p.Region)
	}
	if d.Parent != "" {
		p, err := parentColumns(ctx, m, d.ParentType, d.ParentField)
		if err != nil {
			return s, err
		}
		s.AggregationID, s.RegionBodyID = pulid.ID(p.Aggregation), pulid.ID(p.Region)
		if regionLater != nil && d.RegionOnceSubmitted {
			*regionLater = p.Status == statusDraft
		}
	}
	if d.Parent == "" && d.RegionField == "" && d.RegionOf == "" && d.AggregationField != "id" {
		// A row of an aggregation keeps the Region the service creating
		// it gives it (a document of an object under a Region's call).
		if r, ok := m.Field(colTenantRegion); ok {
			s.RegionBodyID = AsID(r)
		}
	}
	return s, nil
}

// statusDraft is the status of a row not yet submitted or published.
const statusDraft = "DRAFT"

// fieldID returns the ID a mutation sets in field, or "".
func fieldID(m ent.Mutation, field string) pulid.ID {
	v, _ := m.Field(field)
	return AsID(v)
}

// parentColumns reads, as the system, the tenant columns of the row of
// type typ that a mutation's foreign key fk points at.
func parentColumns(ctx context.Context, m ent.Mutation, typ, fk string) (gen.TenantColumns, error) {
	p, err := ClientOf(m).ReadTenantColumns(authz.WithSystem(ctx), typ, fieldID(m, fk))
	if err != nil {
		return p, parentErr(err, fk)
	}
	return p, nil
}

// writeRule allows a mutation when some role assignment of the viewer is
// permitted the action by the Casbin policy and covers the scope of the row.
// Writing rows one cannot read fails as not found; a readable row one may
// not change fails as forbidden.
func writeRule(ctx context.Context, m ent.Mutation) error {
	v := authz.FromContext(ctx)
	entity := m.Type()
	kind := gen.Scopes[entity].Kind
	if kind == scope.System {
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
	if kind == scope.Global {
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
		id, ok := mutationID(m)
		if !ok {
			return s, &gen.NotFoundError{}
		}
		rctx := authz.NewContext(detached(ctx), authz.FromContext(ctx))
		t, err := ClientOf(m).ReadTenantColumns(rctx, m.Type(), id)
		if err != nil {
			return s, err
		}
		s.AggregationID, s.RegionBodyID, s.BodyID = pulid.ID(t.Aggregation), pulid.ID(t.Region), pulid.ID(t.Body)
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
