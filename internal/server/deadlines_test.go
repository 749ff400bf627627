package server_test

import (
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

type deadlinePage struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string `json:"cursor"`
		Node   struct {
			Key       string `json:"key"`
			DueOn     string `json:"dueOn"`
			ActorRole string `json:"actorRole"`
			Project   *struct {
				ID string `json:"id"`
			} `json:"project"`
		} `json:"node"`
	} `json:"edges"`
}

const deadlinesQuery = `query($first: Int!, $after: Cursor, $where: DeadlineWhereInput) {
  deadlines(first: $first, after: $after, where: $where) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { key dueOn actorRole project { id } } }
  } }`

// TestDeadlines_PagesAndRoles: every demo role pages through its own
// deadlines (where.mine) two at a time and finds them all, once each, in
// the order of the one page; each is of the viewer's role; a page above
// 100 is INVALID page.max, and Project.deadlines keeps the project's.
func TestDeadlines_PagesAndRoles(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		r := seedRunning(t, d)
		for name, tc := range map[string]struct {
			c    *client
			role string
		}{"lead": {r.lead, "LEAD_MANAGER"}, "member": {r.member, "MEMBER_REFERENT"}, "auditor": {r.auditor, "AUDITOR"}, "officer": {r.officer, "REGION_OFFICER"}} {
			var whole struct {
				Deadlines deadlinePage `json:"deadlines"`
			}
			mine := map[string]any{"mine": true}
			mustOK(t, tc.c.do(t, deadlinesQuery, map[string]any{"first": 100, "where": mine})).decode(t, &whole)
			if whole.Deadlines.TotalCount == 0 || whole.Deadlines.TotalCount != len(whole.Deadlines.Edges) {
				t.Fatalf("%s: %d deadlines, %d edges", name, whole.Deadlines.TotalCount, len(whole.Deadlines.Edges))
			}
			var paged []string
			var after any
			for i := 0; i < 100; i++ {
				var page struct {
					Deadlines deadlinePage `json:"deadlines"`
				}
				mustOK(t, tc.c.do(t, deadlinesQuery, map[string]any{"first": 2, "after": after, "where": mine})).decode(t, &page)
				for _, e := range page.Deadlines.Edges {
					paged = append(paged, e.Node.Key)
					if e.Node.ActorRole != tc.role {
						t.Errorf("%s: %s acted on by %s", name, e.Node.Key, e.Node.ActorRole)
					}
				}
				if !page.Deadlines.PageInfo.HasNextPage {
					break
				}
				after = *page.Deadlines.PageInfo.EndCursor
			}
			if len(paged) != len(whole.Deadlines.Edges) {
				t.Fatalf("%s: paging gave %v, one page %d", name, paged, len(whole.Deadlines.Edges))
			}
			for i, e := range whole.Deadlines.Edges {
				if paged[i] != e.Node.Key {
					t.Errorf("%s: page order %v differs at %d from %s", name, paged, i, e.Node.Key)
				}
			}
		}

		wantCode(t, r.lead.do(t, deadlinesQuery, map[string]any{"first": 101}), "INVALID")

		var proj struct {
			Node struct {
				Deadlines deadlinePage `json:"deadlines"`
			} `json:"node"`
		}
		mustOK(t, r.lead.do(t, `query($id: ID!) { node(id: $id) { ... on Project { deadlines(first: 100) {
		  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key dueOn actorRole project { id } } } } } } }`,
			map[string]any{"id": string(r.res.Project.ID)})).decode(t, &proj)
		if proj.Node.Deadlines.TotalCount == 0 {
			t.Fatal("the demo project has no deadlines")
		}
		for _, e := range proj.Node.Deadlines.Edges {
			if e.Node.Project == nil || e.Node.Project.ID != string(r.res.Project.ID) {
				t.Errorf("Project.deadlines lists %s of project %v", e.Node.Key, e.Node.Project)
			}
		}
	})
}
