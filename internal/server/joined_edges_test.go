package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/loadtest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestJoinedEdges_SameAsSeparateLoads: the to-one edges read by a LEFT
// JOIN of the edge query's rule-filtered SELECT (ent/template/joins.tmpl)
// answer what ent's separate loads answer, for every role of the demo, on
// the claim page, its items, the review queue, the project page and the
// member's dashboard: the same JSON (and the same errors) with the joins
// on and off. Among the edges compared are some the viewer may not read
// (they join as NULL, as the separate load finds nothing) and some whose
// foreign key is NULL; the test checks the demo has both.
//
// Not parallel: gen.SeparateEdgeLoads applies to the whole process, and a
// test that is not parallel runs before the parallel ones resume.
func TestJoinedEdges_SameAsSeparateLoads(t *testing.T) {
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		defer gen.SeparateEdgeLoads(false)
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		admin := newClient(t, d)
		clients := map[string]*client{"admin": admin}
		for _, email := range []string{"capofila@sanbenedetto.test", "referente@grottammare.test", "funzionario@regione-marche.test", "revisore@regione-marche.test"} {
			clients[email] = admin.as(t, d, email)
		}
		referent, err := c.RoleAssignment.Query().Where(roleassignment.RoleEQ(roleassignment.RoleMEMBER_REFERENT)).First(sys)
		if err != nil || referent.BodyID == nil {
			t.Fatalf("the demo's member referent: %v", err)
		}
		claims, err := c.ExpenseClaim.Query().Order(expenseclaim.ByID()).All(sys)
		if err != nil || len(claims) == 0 {
			t.Fatalf("the demo's claims: %d, %v", len(claims), err)
		}
		projects, err := c.Project.Query().IDs(sys)
		if err != nil || len(projects) == 0 {
			t.Fatalf("the demo's projects: %d, %v", len(projects), err)
		}

		type read struct {
			name  string
			query string
			vars  map[string]any
		}
		reads := []read{{"ReviewQueue", loadtest.ReviewQueueQuery, map[string]any{"first": 50}}}
		for _, cl := range claims {
			reads = append(reads,
				read{"ClaimPage " + string(cl.ID), loadtest.ClaimPageQuery, map[string]any{"id": cl.ID}},
				read{"ClaimItems " + string(cl.ID), loadtest.ClaimItemsQuery, map[string]any{"id": cl.ID, "first": 100}},
				read{"ClaimItems(5) " + string(cl.ID), loadtest.ClaimItemsQuery, map[string]any{"id": cl.ID, "first": 5}})
		}
		for _, p := range projects {
			reads = append(reads,
				read{"ProjectPage " + string(p), loadtest.ProjectPageQuery, map[string]any{"id": p}},
				read{"MemberDashboard " + string(p), loadtest.MemberDashboardQuery, map[string]any{"project": p, "body": *referent.BodyID}})
		}

		// Two items of the first claim changed: one's invoice moved to the
		// other aggregation (its tenant column: the lead manager and the
		// member referent may no longer read it, while they read the
		// item), another without its payment (a NULL foreign key).
		first, err := c.ExpenseItem.Query().Where(expenseitem.ClaimID(claims[0].ID)).Order(expenseitem.ByID()).Limit(2).All(sys)
		if err != nil || len(first) < 2 {
			t.Fatalf("the first claim's items: %d, %v", len(first), err)
		}
		valdaso, err := c.Aggregation.Query().Where(aggregation.Name(demo.ValdasoName)).OnlyID(sys)
		if err != nil {
			t.Fatal(err)
		}
		b := entsql.Dialect(d.Dialect)
		for _, u := range []*entsql.UpdateBuilder{
			b.Update(invoice.Table).Set(invoice.FieldTenantAggregationID, string(valdaso)).Where(entsql.EQ(invoice.FieldID, string(first[0].InvoiceID))),
			b.Update(expenseitem.Table).SetNull(expenseitem.FieldPaymentID).Where(entsql.EQ(expenseitem.FieldID, string(first[1].ID))),
		} {
			q, args := u.Query()
			if _, err := c.ExecContext(sys, q, args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}

		// The items' foreign keys as stored, to tell a hidden edge from a
		// NULL one in the answers.
		items, err := c.ExpenseItem.Query().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		stored := map[string]map[string]bool{} // item → edge → has a foreign key
		for _, it := range items {
			stored[string(it.ID)] = map[string]bool{
				"body": it.BodyID != "", "expenseCategory": it.ExpenseCategoryID != "",
				"invoice": it.InvoiceID != "", "payment": it.PaymentID != nil,
			}
		}
		var hidden, nullFK, joinedEdges int

		for role, cl := range clients {
			for _, r := range reads {
				gen.SeparateEdgeLoads(true)
				before := d.Statements()
				separate := cl.do(t, r.query, r.vars)
				separateN := d.Statements() - before
				gen.SeparateEdgeLoads(false)
				before = d.Statements()
				joined := cl.do(t, r.query, r.vars)
				joinedN := d.Statements() - before
				if !bytes.Equal(joined.Data, separate.Data) || errorSet(joined) != errorSet(separate) {
					t.Errorf("%s as %s: joined edges answer\n%s %v\nseparate loads\n%s %v", r.name, role, joined.Data, joined.Errors, separate.Data, separate.Errors)
					continue
				}
				if joinedN > separateN {
					t.Errorf("%s as %s: %d statements with the joins, %d without", r.name, role, joinedN, separateN)
				}
				var out struct {
					Node struct {
						Items struct {
							Edges []struct {
								Node map[string]any `json:"node"`
							} `json:"edges"`
						} `json:"items"`
					} `json:"node"`
				}
				if r.query != loadtest.ClaimItemsQuery || !joined.hasData() {
					continue
				}
				if err := json.Unmarshal(joined.Data, &out); err != nil {
					t.Fatal(err)
				}
				for _, e := range out.Node.Items.Edges {
					if e.Node == nil {
						hidden++ // a non-null edge hidden: GraphQL nulls the item
						continue
					}
					for edge, hasFK := range stored[e.Node["id"].(string)] {
						switch {
						case e.Node[edge] != nil:
							joinedEdges++
						case hasFK:
							hidden++
						default:
							nullFK++
						}
					}
				}
			}
		}
		t.Logf("items' edges answered: %d read, %d hidden by the rules, %d with a NULL foreign key", joinedEdges, hidden, nullFK)
		if joinedEdges == 0 || hidden == 0 || nullFK == 0 {
			t.Errorf("the demo's items gave %d edges read, %d hidden, %d with a NULL foreign key: want some of each", joinedEdges, hidden, nullFK)
		}
	})
}

// errorSet is r's errors, sorted: gqlgen resolves an item's fields
// concurrently, so the order of their errors varies.
func errorSet(r response) string {
	errs := make([]string, len(r.Errors))
	for i, e := range r.Errors {
		errs[i] = e.String()
	}
	slices.Sort(errs)
	return strings.Join(errs, "\n")
}
