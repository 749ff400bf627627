package server_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// as returns a client of the same server acting as an existing user,
// through a personal API token.
func (c *client) as(t *testing.T, d *db.DB, email string) *client {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	u, err := d.Client().User.Query().Where(user.Email(email)).Only(sys)
	if err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	token, _, err := auth.New(d.Client(), auth.Config{}).CreateToken(
		authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{srv: c.srv, bearer: token}
}

// TestCreateBudgetLine_StaysInsideTheApplication checks that the generic
// createBudgetLine mutation keeps the rules of setBudgetLines: a member of
// the aggregation, a line and a category of the call.
func TestCreateBudgetLine_StaysInsideTheApplication(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		res := seed(t, d)
		sys := authz.WithSystem(context.Background())
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		app, err := d.Client().Application.Query().Where(application.AggregationID(res.Aggregation.ID)).
			WithCall(func(q *gen.CallQuery) { q.WithInterventionLines().WithExpenseCategories() }).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		perugia, err := d.Client().PublicBody.Query().Where(publicbody.IstatCode("054039")).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		line, cat := app.Edges.Call.Edges.InterventionLines[0], app.Edges.Call.Edges.ExpenseCategories[0]
		const create = `mutation($in: CreateBudgetLineInput!) { createBudgetLine(input: $in) { id } }`
		input := func(body, line, cat string) map[string]any {
			return map[string]any{"in": map[string]any{"applicationID": string(app.ID), "bodyID": body,
				"interventionLineID": line, "expenseCategoryID": cat, "year": 3, "amountCents": 1000}}
		}
		before, _ := app.QueryBudgetLines().Count(sys)

		e := wantCode(t, lead.do(t, create, input(string(perugia.ID), string(line.ID), string(cat.ID))), "INVALID")
		if e.Extensions.Rule != "budget.not_member" || e.Extensions.Field != "bodyID" {
			t.Errorf("a comune outside the aggregation: %s", e)
		}
		r := lead.do(t, create, input(string(res.Aggregation.LeadID), string(line.ID), string(cat.ID)))
		mustOK(t, r)
		if after, _ := app.QueryBudgetLines().Count(sys); after != before+1 {
			t.Errorf("budget lines %d → %d, want one more", before, after)
		}
	})
}
