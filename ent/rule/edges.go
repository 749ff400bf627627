package rule

import (
	"context"

	"entgo.io/ent"
	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/authz"
)

// checkEdges makes sure every row a mutation links or unlinks through an
// edge may be linked to the row being written (of scope s):
//
//   - it is readable by the viewer: another tenant's ID inside an input is
//     not found;
//   - it belongs to the same aggregation and the same Region as the row,
//     when both have one: rows of two tenants are never linked, whatever
//     roles the viewer holds (an admin included);
//   - when the edge is stored on the linked row (an O2M edge: adding an
//     application to a call moves the application), the viewer may update
//     that row: linking it is a change of it; clearing such an edge
//     (clearApplications) changes every row it links, so it needs the
//     right to update rows of that type in the row's scope.
//
// A service acting with the system's rights for a user (authz.Elevate) has
// authorized its action, not the rows its input names: the same tenant and
// update checks apply to what it links, with the rows read as the system.
// Only maintenance work (the system itself: seed, imports, migrations) is
// trusted with any link.
//
// The linked rows are read with their tenant columns whatever the GraphQL
// operation selects (see linkedScope).
func checkEdges(ctx context.Context, m ent.Mutation, s authz.Scope) error {
	v := authz.FromContext(ctx)
	if maintenance(v) {
		return nil
	}
	read, user := detached(ctx), v
	if v.IsSystem() {
		// Elevated: what the user may change is what its own grants allow.
		read = authz.WithSystem(detached(ctx))
		user = &authz.Viewer{UserID: v.UserID, Email: v.Email, Grants: v.Grants}
	}
	// Clearing such an edge detaches every row it links: each is of the
	// row's tenant, and each changes.
	for _, e := range m.ClearedEdges() {
		if info := gen.Edges[m.Type()][e]; info.StoredOnOther && !user.Can(info.Type, authz.ActUpdate, s, IsScoped(info.Type)) {
			return privacy.Denyf("clearing %s.%q changes its %s rows: update %s not permitted", m.Type(), e, info.Type, info.Type)
		}
	}
	c := ClientOf(m)
	for _, e := range edgesToCheck(m, v.IsSystem()) {
		info := gen.Edges[m.Type()][e]
		ids := append(m.AddedIDs(e), m.RemovedIDs(e)...)
		for _, id := range ids {
			ls, err := linkedScope(read, c, AsID(id))
			if err != nil {
				return err
			}
			if ls.AggregationID != "" && s.AggregationID != "" && ls.AggregationID != s.AggregationID {
				return &gen.NotFoundError{}
			}
			// Rows under another Region's calls (e.g. its expense
			// categories) never attach to this row either.
			if ls.RegionBodyID != "" && s.RegionBodyID != "" && ls.RegionBodyID != s.RegionBodyID {
				return &gen.NotFoundError{}
			}
			if info.StoredOnOther && !user.Can(info.Type, authz.ActUpdate, ls, IsScoped(info.Type)) {
				return privacy.Denyf("linking %s %s to %s through %q changes it: update %s not permitted",
					info.Type, AsID(id), m.Type(), e, info.Type)
			}
		}
	}
	return nil
}

// maintenance reports whether v is the system itself, not a user's request
// acting with the system's rights (authz.Elevate keeps the user's ID).
func maintenance(v *authz.Viewer) bool { return v.IsSystem() && v.UserID == "" }

// edgesToCheck returns the edges a mutation adds or removes that
// checkEdges must look at. For an elevated service write, whose own checks
// covered the rows it writes under, it leaves out the edges that cannot
// cross tenants: those to reference data (no tenant columns) and, on a
// create, the parent the row's scope is copied from.
func edgesToCheck(m ent.Mutation, elevated bool) []string {
	var out []string
	for _, e := range m.ClearedEdges() {
		if gen.Edges[m.Type()][e].StoredOnOther {
			out = append(out, e) // checked by checkEdges; no IDs to read
		}
	}
	for _, list := range [][]string{m.AddedEdges(), m.RemovedEdges()} {
		for _, e := range list {
			info := gen.Edges[m.Type()][e]
			if elevated && !info.StoredOnOther && (!IsScoped(info.Type) || isParent(m, e)) {
				continue
			}
			if !contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// isParent reports whether e is, on a create, an edge the new row's scope
// is derived from: an edge its scope.Decl names (deriveScope).
func isParent(m ent.Mutation, e string) bool {
	if !m.Op().Is(ent.OpCreate) {
		return false
	}
	d := gen.Scopes[m.Type()]
	if d.Kind != scope.Tenant {
		return false
	}
	return e == d.Parent || e == d.RegionOf || (e == d.Aggregation && e != scope.Self)
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// linkedScope reads the tenant columns and the member body of the row id
// through the viewer of ctx: a row it cannot read is not found. The whole
// row is read in a context without GraphQL's field collection (detached),
// so the columns come back whatever the operation selected.
func linkedScope(ctx context.Context, c *gen.Client, id pulid.ID) (authz.Scope, error) {
	n, err := c.Noder(ctx, id, gen.WithNodeType(gen.IDToType))
	if err != nil {
		return authz.Scope{}, err
	}
	t := gen.TenantColumnsOf(n)
	return authz.Scope{
		AggregationID: pulid.ID(t.Aggregation),
		RegionBodyID:  pulid.ID(t.Region),
		BodyID:        pulid.ID(t.Body),
	}, nil
}

// detached returns ctx (its viewer, transaction, deadline and request id)
// without gqlgen's operation and field contexts. Inside a GraphQL operation
// Ent's Noder loads only the fields the client selected (entgql's field
// collection): a mutation answering { id } would read the rows its checks
// need without their tenant columns.
func detached(ctx context.Context) context.Context { return gqlFree{ctx} }

type gqlFree struct{ context.Context }

func (c gqlFree) Value(key any) any {
	v := c.Context.Value(key)
	switch v.(type) {
	case *graphql.FieldContext, *graphql.OperationContext:
		return nil
	}
	return v
}
