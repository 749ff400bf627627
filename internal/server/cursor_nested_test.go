package server_test

import (
	"encoding/json"
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestCursor_NestedConnections: the next page of a connection nested under
// another field (an aggregation's members under node, as the aggregation
// page's "Carica altri" asks) is loaded by Ent's field collection, which
// reads the cursor with entgql's decoder. A cursor the server gave is read
// there too; one that does not decode, or comes from another list, is
// INVALID, never a panic (INTERNAL).
func TestCursor_NestedConnections(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		lead := f.ByName["leadA"]
		agg := f.A.Aggregation.ID
		const page = `query($id: ID!, $after: Cursor) { node(id: $id) { ... on Aggregation {
			memberships(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`
		type result struct {
			Node struct {
				Memberships struct {
					TotalCount int
					PageInfo   struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		read := func(r response) result {
			t.Helper()
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %v", r.Errors)
			}
			var out result
			if err := json.Unmarshal(r.Data, &out); err != nil {
				t.Fatal(err)
			}
			return out
		}
		first := read(lead.gql(t, "", page, map[string]any{"id": agg, "after": nil}))
		m := first.Node.Memberships
		if m.TotalCount < 2 || !m.PageInfo.HasNextPage || len(m.Edges) != 1 {
			t.Fatalf("first page: %+v, want one of at least two members", m)
		}
		second := read(lead.gql(t, "", page, map[string]any{"id": agg, "after": m.PageInfo.EndCursor}))
		if e := second.Node.Memberships.Edges; len(e) != 1 || e[0].Node.ID == m.Edges[0].Node.ID {
			t.Errorf("second page %+v, want the next member after %s", e, m.Edges[0].Node.ID)
		}
		// The same cursor in a list of aggregations' members (nested under a
		// connection): read by the collection as well.
		const nested = `query($after: Cursor) { aggregations(first: 5) { edges { node {
			memberships(first: 1, after: $after) { edges { node { id } } } } } } }`
		if r := lead.gql(t, "", nested, map[string]any{"after": m.PageInfo.EndCursor}); len(r.Errors) > 0 {
			t.Errorf("nested under a connection: %v", r.Errors)
		}
		for name, c := range map[string]struct {
			query string
			vars  map[string]any
			rule  string
		}{
			"garbled variable":      {page, map[string]any{"id": agg, "after": "@@@"}, "page.cursor"},
			"garbled literal":       {`query($id: ID!) { node(id: $id) { ... on Aggregation { memberships(first: 1, after: "0011aabb.@@@") { totalCount } } } }`, map[string]any{"id": agg}, "page.cursor"},
			"garbled in a fragment": {`query($id: ID!) { node(id: $id) { ...M } } fragment M on Aggregation { memberships(first: 1, after: "@@") { totalCount } }`, map[string]any{"id": agg}, "page.cursor"},
			"from another list":     {`query($id: ID!, $after: Cursor) { node(id: $id) { ... on Aggregation { applications(first: 1, after: $after) { totalCount } } } }`, map[string]any{"id": agg, "after": m.PageInfo.EndCursor}, "page.cursor_elsewhere"},
			"garbled under a list":  {nested, map[string]any{"after": "x"}, "page.cursor"},
		} {
			r := lead.gql(t, "", c.query, c.vars)
			if len(r.Errors) == 0 || errorCodes(r) != "INVALID" || r.Errors[0].Extensions.Rule != c.rule {
				t.Errorf("%s: %v, want INVALID %s", name, r.Errors, c.rule)
			}
		}
	})
}
