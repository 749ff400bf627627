package server_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
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

// TestCursor_DateOrder: a list ordered by a date (deliverables by due date,
// as the deliverables screen pages them) continues from the cursor of the
// page before, nested under node and at the top level alike: a cursor's
// date is written as the database compares it, not as a map (which failed
// from page 2 as INTERNAL).
func TestCursor_DateOrder(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		if _, err := demo.SeedFull(context.Background(), d.Client()); err != nil {
			t.Fatal(err)
		}
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		var projects struct {
			Projects struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		mustOK(t, lead.do(t, `{ projects(first: 1) { edges { node { id } } } }`, nil)).decode(t, &projects)
		if len(projects.Projects.Edges) == 0 {
			t.Fatal("the demo has no project")
		}
		id := projects.Projects.Edges[0].Node.ID
		const page = `query($id: ID!, $after: Cursor) { node(id: $id) { ... on Project {
			deliverables(first: 7, after: $after, orderBy: {field: DUE_ON, direction: ASC}) {
				totalCount pageInfo { hasNextPage endCursor } edges { node { id dueOn } } } } } }`
		type conn struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct{ Node struct{ ID, DueOn string } }
		}
		seen := map[string]bool{}
		var after any
		last, total := "", -1
		for pages := 0; ; pages++ {
			var out struct{ Node struct{ Deliverables conn } }
			mustOK(t, lead.do(t, page, map[string]any{"id": id, "after": after})).decode(t, &out)
			dl := out.Node.Deliverables
			total = dl.TotalCount
			for _, e := range dl.Edges {
				if seen[e.Node.ID] {
					t.Fatalf("page %d repeats deliverable %s", pages+1, e.Node.ID)
				}
				seen[e.Node.ID] = true
				if e.Node.DueOn != "" && e.Node.DueOn < last {
					t.Fatalf("page %d: due %s after %s", pages+1, e.Node.DueOn, last)
				}
				if e.Node.DueOn != "" {
					last = e.Node.DueOn
				}
			}
			if !dl.PageInfo.HasNextPage {
				break
			}
			if pages > 100 {
				t.Fatal("paging does not end")
			}
			after = *dl.PageInfo.EndCursor
		}
		if total < 8 || len(seen) != total {
			t.Errorf("read %d deliverables over the pages, the list has %d (want more than one page)", len(seen), total)
		}
	})
}
