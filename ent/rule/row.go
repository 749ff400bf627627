package rule

import (
	"context"
	"encoding/json"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
)

// Row loads the stored row a DeleteOne (or UpdateOne) mutation touches, as
// a map of its JSON fields (sensitive fields are never serialized): the
// values the audit log records and the hooks compare. A row's scope is read
// typed instead (gen.Client.ReadTenantColumns). Ent's
// OldField works on UpdateOne only; deletes need this to know the scope and
// the values of what they remove. The row is read as viewer v, so a row v
// cannot read is not found; pass the system viewer to read any row.
func Row(ctx context.Context, m ent.Mutation, v *authz.Viewer) (map[string]any, error) {
	id, ok := mutationID(m)
	if !ok {
		return nil, &gen.NotFoundError{}
	}
	// Without GraphQL's field context: inside an operation, Noder would
	// select only the fields the client asked for.
	rctx := authz.NewContext(detached(ctx), v)
	n, err := ClientOf(m).Noder(rctx, id, gen.WithNodeType(gen.IDToType))
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(n)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	delete(out, "edges")
	return out, nil
}

// mutationID returns the ID of the row a mutation touches, if it has one.
func mutationID(m ent.Mutation) (pulid.ID, bool) {
	idm, ok := m.(interface{ ID() (pulid.ID, bool) })
	if !ok {
		return "", false
	}
	return idm.ID()
}

// str returns a string field of a row loaded by Row.
func str(row map[string]any, name string) string {
	s, _ := row[name].(string)
	return s
}
