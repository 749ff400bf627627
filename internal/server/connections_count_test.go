package server_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// TestConnections_TotalCountFromThePage: a connection's totalCount is read
// from its page, without a count statement, when the page read from the
// start came back short (ent/template/counts.tmpl); otherwise it is
// counted. Either way it is the number of rows the viewer's rules let
// through: checked against the truth for an admin, and for a member
// referent (whose rules hide other members' deliverables) against the
// count entgql reads when the edges are not asked for.
func TestConnections_TotalCountFromThePage(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		admin := newClient(t, d)
		referent := admin.as(t, d, "referente@grottammare.test")
		sys := authz.WithSystem(context.Background())
		c := d.Client()

		// run answers totalCount and the edges' number, and counts the statements.
		run := func(t *testing.T, cl *client, query string, vars map[string]any, pick func(map[string]any) map[string]any) (total, edges int, statements int64) {
			t.Helper()
			before := d.Statements()
			var out map[string]any
			mustOK(t, cl.do(t, query, vars)).decode(t, &out)
			statements = d.Statements() - before
			conn := pick(out)
			total = int(conn["totalCount"].(float64))
			if e, ok := conn["edges"].([]any); ok {
				edges = len(e)
			}
			return total, edges, statements
		}

		t.Run("TopLevel", func(t *testing.T) {
			want := c.PublicBody.Query().Where(publicbody.ProvinceCode("AP")).CountX(sys)
			if want < 3 {
				t.Fatalf("%d comuni of AP in the demo", want)
			}
			const q = `query($n: Int) { publicBodies(first: $n, where: {provinceCodeIn: ["AP"]}) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`
			pick := func(o map[string]any) map[string]any { return o["publicBodies"].(map[string]any) }
			// The token's first use writes, which on SQLite moves the
			// viewer cache's stamp: two requests warm it.
			run(t, admin, q, map[string]any{"n": 1}, pick)
			run(t, admin, q, map[string]any{"n": 1}, pick)
			stmts := map[int]int64{}
			for _, n := range []int{1, want - 1, want, want + 1, 100} {
				total, edges, s := run(t, admin, q, map[string]any{"n": n}, pick)
				if total != want || edges != min(n, want) {
					t.Errorf("first %d: totalCount %d, %d edges; want %d and %d", n, total, edges, want, min(n, want))
				}
				stmts[n] = s
			}
			// A full page (first < the rows) needs the count; a page that
			// holds every row (first >= the rows: it came back short of
			// first+1) does not.
			if stmts[want-1] != stmts[want]+1 || stmts[want+1] != stmts[want] || stmts[100] != stmts[want] {
				t.Errorf("statements by page size %v: want one fewer when the page holds all %d", stmts, want)
			}
		})

		ag := c.Aggregation.Query().Where(aggregation.Name("Marche Sud")).OnlyX(sys)
		members := ag.QueryMemberships().CountX(sys)
		t.Run("Nested", func(t *testing.T) {
			const q = `query($id: ID!, $n: Int) { node(id: $id) { ... on Aggregation { memberships(first: $n) { totalCount edges { node { id } } } } } }`
			pick := func(o map[string]any) map[string]any {
				return o["node"].(map[string]any)["memberships"].(map[string]any)
			}
			stmts := map[int]int64{}
			for _, n := range []int{10, members, members + 1, 100} {
				total, edges, s := run(t, admin, q, map[string]any{"id": ag.ID, "n": n}, pick)
				if total != members || edges != min(n, members) {
					t.Errorf("first %d: totalCount %d, %d edges; want %d and %d", n, total, edges, members, min(n, members))
				}
				stmts[n] = s
			}
			if stmts[members] != stmts[10]-1 || stmts[members+1] != stmts[members] || stmts[100] != stmts[members] {
				t.Errorf("statements by page size %v: want one fewer when the page holds all %d", stmts, members)
			}
			// From a cursor the page cannot tell: counted.
			var page struct {
				Node struct {
					Memberships struct {
						PageInfo struct{ EndCursor string } `json:"pageInfo"`
					} `json:"memberships"`
				} `json:"node"`
			}
			mustOK(t, admin.do(t, `query($id: ID!) { node(id: $id) { ... on Aggregation { memberships(first: 10) { edges { cursor } pageInfo { endCursor } } } } }`,
				map[string]any{"id": ag.ID})).decode(t, &page)
			total, edges, _ := run(t, admin, `query($id: ID!, $after: Cursor) { node(id: $id) { ... on Aggregation { memberships(first: 100, after: $after) { totalCount edges { node { id } } } } } }`,
				map[string]any{"id": ag.ID, "after": page.Node.Memberships.PageInfo.EndCursor}, pick)
			if total != members || edges != members-10 {
				t.Errorf("after the first 10: totalCount %d, %d edges; want %d and %d", total, edges, members, members-10)
			}
		})

		t.Run("UnderTheRules", func(t *testing.T) {
			p := c.Project.Query().Where(project.AggregationID(ag.ID)).FirstX(sys)
			all := p.QueryDeliverables().CountX(sys)
			pick := func(o map[string]any) map[string]any {
				return o["node"].(map[string]any)["deliverables"].(map[string]any)
			}
			counted, _, _ := run(t, referent, `query($id: ID!) { node(id: $id) { ... on Project { deliverables(first: 100) { totalCount } } } }`,
				map[string]any{"id": p.ID}, pick)
			if counted == 0 || counted >= all {
				t.Fatalf("the referent counts %d of the project's %d deliverables: the test needs rules that hide some", counted, all)
			}
			for _, n := range []int{1, counted, counted + 1, 100} {
				total, edges, _ := run(t, referent, `query($id: ID!, $n: Int) { node(id: $id) { ... on Project { deliverables(first: $n) { totalCount edges { node { id } } } } } }`,
					map[string]any{"id": p.ID, "n": n}, pick)
				if total != counted || edges != min(n, counted) {
					t.Errorf("first %d: totalCount %d, %d edges; want %d and %d", n, total, edges, counted, min(n, counted))
				}
			}
			total, _, _ := run(t, referent, fmt.Sprintf(`{ node(id: %q) { ... on Project { deliverables(last: 100) { totalCount edges { node { id } } } } } }`, p.ID), nil, pick)
			if total != counted {
				t.Errorf("last 100: totalCount %d, want %d", total, counted)
			}
		})
	})
}
