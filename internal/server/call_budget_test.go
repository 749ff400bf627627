package server_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// TestCallBudgetUse: the officer's chart of a call's money adds up the
// grants of its projects and the requests under examination, and leaves
// the rest available; the figures agree with the projects and
// applications the API lists.
func TestCallBudgetUse(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		if _, err := demo.SeedFull(context.Background(), d.Client()); err != nil {
			t.Fatal(err)
		}
		officer := c.as(t, d, "funzionario@regione-marche.test")
		// The demo's draft application, submitted: under examination.
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		var drafts struct {
			Applications struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		mustOK(t, lead.do(t, `{ applications(first: 5, where: {status: DRAFT}) { edges { node { id } } } }`, nil)).decode(t, &drafts)
		if len(drafts.Applications.Edges) == 0 {
			t.Fatal("the demo has no draft application")
		}
		mustOK(t, lead.do(t, `mutation($id: ID!) { submitApplication(id: $id) { id } }`,
			map[string]any{"id": drafts.Applications.Edges[0].Node.ID}))
		var out struct {
			Calls struct {
				Edges []struct {
					Node struct {
						TotalBudgetCents int64
						BudgetUse        struct {
							TotalCents, GrantedCents, PendingCents, AvailableCents int64
							Projects, Pending                                      int
						}
						Applications struct {
							Edges []struct {
								Node struct {
									Status string
									Totals struct{ TotalCents int64 }
								}
							}
						}
					}
				}
			}
			Projects struct {
				Edges []struct{ Node struct{ GrantedCents int64 } }
			}
		}
		mustOK(t, officer.do(t, `{
			calls(first: 10) { edges { node { totalBudgetCents
				budgetUse { totalCents grantedCents pendingCents availableCents projects pending }
				applications(first: 100) { edges { node { status totals { totalCents } } } } } } }
			projects(first: 100) { edges { node { grantedCents } } } }`, nil)).decode(t, &out)
		var granted, pending int64
		var pendingN int
		for _, p := range out.Projects.Edges {
			granted += p.Node.GrantedCents
		}
		var got struct{ granted, pending, projects int64 }
		for _, e := range out.Calls.Edges {
			u := e.Node.BudgetUse
			if u.TotalCents != e.Node.TotalBudgetCents || u.AvailableCents != u.TotalCents-u.GrantedCents {
				t.Errorf("budgetUse %+v does not add up with the total %d", u, e.Node.TotalBudgetCents)
			}
			got.granted += u.GrantedCents
			got.pending += u.PendingCents
			got.projects += int64(u.Projects)
			for _, a := range e.Node.Applications.Edges {
				switch a.Node.Status {
				case "SUBMITTED", "ADMISSIBLE", "INTEGRATION_REQUESTED":
					pending += a.Node.Totals.TotalCents
					pendingN++
				}
			}
		}
		if granted == 0 || got.granted != granted || got.projects != int64(len(out.Projects.Edges)) {
			t.Errorf("granted over the calls %d in %d projects, the projects say %d in %d", got.granted, got.projects, granted, len(out.Projects.Edges))
		}
		if pending == 0 || pendingN == 0 || got.pending != pending {
			t.Errorf("pending %d, the %d applications under examination ask for %d", got.pending, pendingN, pending)
		}
	})
}
