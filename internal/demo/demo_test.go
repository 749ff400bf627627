package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// budgetLines is one line per member, intervention line and category
// (services and software).
const budgetLines = demo.Members * 6 * 2

// census counts the rows the seed creates, table by table.
type census map[string]int

func take(t *testing.T, c *gen.Client) census {
	t.Helper()
	ctx := authz.WithSystem(context.Background())
	out := census{}
	for name, count := range map[string]func(context.Context) (int, error){
		"calls":              c.Call.Query().Count,
		"intervention lines": c.InterventionLine.Query().Count,
		"expense categories": c.ExpenseCategory.Query().Count,
		"aggregations":       c.Aggregation.Query().Count,
		"agreements":         c.Agreement.Query().Count,
		"memberships":        c.Membership.Query().Count,
		"applications":       c.Application.Query().Count,
		"budget lines":       c.BudgetLine.Query().Count,
		"vendors":            c.Vendor.Query().Count,
		"grouping members":   c.GroupingMember.Query().Count,
		"public bodies":      c.PublicBody.Query().Count,
	} {
		n, err := count(ctx)
		if err != nil {
			t.Fatalf("counting %s: %v", name, err)
		}
		out[name] = n
	}
	return out
}

func seedTimed(t *testing.T, c *gen.Client, what string) *demo.Result {
	t.Helper()
	start := time.Now()
	res, err := demo.Seed(authz.WithSystem(context.Background()), c)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	t.Logf("%s: %v", what, time.Since(start).Round(time.Millisecond))
	return res
}

func TestSeed_IsIdempotent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		ctx := authz.WithSystem(context.Background())
		c := d.Client()

		first := seedTimed(t, c, "first seed (imports the comuni)")
		after1 := take(t, c)
		for name, want := range map[string]int{
			"calls": 1, "intervention lines": len(demo.Lines), "expense categories": len(demo.Categories),
			"aggregations": 1, "agreements": 1, "memberships": demo.Members, "applications": 1,
			"budget lines": budgetLines, "vendors": len(demo.Vendors) + 1, "grouping members": 2,
		} {
			if after1[name] != want {
				t.Errorf("%d %s after the first seed, want %d", after1[name], name, want)
			}
		}
		if !first.Created || first.Members != demo.Members {
			t.Errorf("first seed: created %v, %d members; want true, %d", first.Created, first.Members, demo.Members)
		}

		second := seedTimed(t, c, "second seed")
		if after2 := take(t, c); len(after2) != len(after1) {
			t.Fatalf("census changed shape")
		} else {
			for name, n := range after1 {
				if after2[name] != n {
					t.Errorf("%s: %d after the first seed, %d after the second", name, n, after2[name])
				}
			}
		}
		if second.Created {
			t.Errorf("second seed reports that it created the aggregation")
		}
		if second.Aggregation.ID != first.Aggregation.ID || second.Call.ID != first.Call.ID || second.Application.ID != first.Application.ID {
			t.Errorf("second seed returned other rows: %s/%s/%s, first %s/%s/%s",
				second.Aggregation.ID, second.Call.ID, second.Application.ID, first.Aggregation.ID, first.Call.ID, first.Application.ID)
		}
		if second.Population != first.Population || second.Members != first.Members {
			t.Errorf("second seed: %d members, %d inhabitants; first %d, %d", second.Members, second.Population, first.Members, first.Population)
		}

		t.Run("Budget", func(t *testing.T) {
			sum, err := c.BudgetLine.Query().
				Where(budgetline.ApplicationID(first.Application.ID)).
				Aggregate(gen.Sum(budgetline.FieldAmountCents)).
				Int(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if int64(sum) != first.BudgetCents || second.BudgetCents != first.BudgetCents {
				t.Errorf("budget: sum of the lines %d, first seed %d, second seed %d", sum, first.BudgetCents, second.BudgetCents)
			}

			members, err := c.Membership.Query().
				Where(membership.AggregationID(first.Aggregation.ID)).
				WithBody().
				All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			lines, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(first.Application.ID)).All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			perBody := map[string]int64{}
			for _, l := range lines {
				if l.AmountCents < 0 {
					t.Errorf("budget line %s: negative amount %d", l.ID, l.AmountCents)
				}
				perBody[string(l.BodyID)] += l.AmountCents
			}
			var byHand int64
			for _, m := range members {
				b := m.Edges.Body
				if b.Population == nil {
					t.Errorf("%s: no population", b.Name)
					continue
				}
				// The rule of demo.go: 4,44 € per inhabitant, at most the call's cap.
				want := min(int64(*b.Population)*demo.CentsPerInhabitant, demo.CapPerMember)
				byHand += want
				if got := perBody[string(b.ID)]; got != want {
					t.Errorf("%s (%d inhabitants): budget %d, want %d", b.Name, *b.Population, got, want)
				}
				if perBody[string(b.ID)] > demo.CapPerMember {
					t.Errorf("%s: budget %d above the cap per member %d", b.Name, perBody[string(b.ID)], demo.CapPerMember)
				}
			}
			if len(perBody) != demo.Members {
				t.Errorf("budget lines for %d bodies, want %d", len(perBody), demo.Members)
			}
			if byHand != first.BudgetCents {
				t.Errorf("budget by hand %d, seed reports %d", byHand, first.BudgetCents)
			}
			t.Logf("budget %d cents for %d inhabitants", first.BudgetCents, first.Population)
		})

		t.Run("Lead", func(t *testing.T) {
			lead, err := c.Membership.Query().
				Where(membership.AggregationID(first.Aggregation.ID), membership.RoleEQ(membership.RoleLEAD)).
				WithBody().
				All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(lead) != 1 {
				t.Fatalf("%d LEAD memberships, want 1", len(lead))
			}
			b := lead[0].Edges.Body
			if b.IstatCode == nil || *b.IstatCode != demo.LeadISTAT || b.Name != "Comune di San Benedetto del Tronto" {
				t.Errorf("lead is %s (%v), want San Benedetto del Tronto (%s)", b.Name, b.IstatCode, demo.LeadISTAT)
			}
			if first.Aggregation.LeadID != b.ID {
				t.Errorf("aggregation lead %s, LEAD membership body %s", first.Aggregation.LeadID, b.ID)
			}
		})
	})
}
