package funding_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/testdb"
)

// budgetFixture is the smallest world SetBudgetLines needs: a published
// call (line A, category SERV) and another call (line Z, category ALTRO), an
// aggregation of three comuni with a draft application to the first call,
// one budget line already saved, a comune outside the aggregation, and the
// aggregation's lead manager.
type budgetFixture struct {
	client             *gen.Client
	svc                *funding.Service
	lead               context.Context // the lead manager's viewer
	app                *gen.Application
	members            []*gen.PublicBody // lead first
	outsider           *gen.PublicBody
	line, otherLine    *gen.InterventionLine
	cat, otherCat      *gen.ExpenseCategory
	existing           *gen.BudgetLine // members[0] × A × SERV, 100.000 cents
	existingAmountCent int64
}

func newBudgetFixture(t *testing.T, d *db.DB) *budgetFixture {
	t.Helper()
	c := d.Client()
	sys := authz.WithSystem(context.Background())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	body := func(name string, kind publicbody.Kind, pop int) *gen.PublicBody {
		b, err := c.PublicBody.Create().SetName(name).SetKind(kind).SetPopulation(pop).Save(sys)
		must(err)
		return b
	}
	f := &budgetFixture{client: c, svc: funding.NewService(c, nil), existingAmountCent: 100_000}
	region := body("Regione di Prova", publicbody.KindREGIONE, 1_500_000)
	f.members = []*gen.PublicBody{body("Comune di Alfa", publicbody.KindCOMUNE, 12_000),
		body("Comune di Beta", publicbody.KindCOMUNE, 5_000), body("Comune di Gamma", publicbody.KindCOMUNE, 800)}
	f.outsider = body("Comune di Delta", publicbody.KindCOMUNE, 3_000)
	newCall := func(title, line, cat string) (*gen.Call, *gen.InterventionLine, *gen.ExpenseCategory) {
		cl, err := c.Call.Create().SetIssuerID(region.ID).SetTitle(title).SetFund(call.FundFESR).
			SetTotalBudgetCents(100_000_000).SetCapPerMemberCents(7_000_000).SetStatus(call.StatusPUBLISHED).Save(sys)
		must(err)
		l, err := c.InterventionLine.Create().SetCallID(cl.ID).SetCode(line).SetName("Linea " + line).Save(sys)
		must(err)
		k, err := c.ExpenseCategory.Create().SetCallID(cl.ID).SetCode(cat).SetName("Categoria " + cat).Save(sys)
		must(err)
		return cl, l, k
	}
	cl, line, cat := newCall("Bando di prova", "A", "SERV")
	_, otherLine, otherCat := newCall("Altro bando", "Z", "ALTRO")
	f.line, f.cat, f.otherLine, f.otherCat = line, cat, otherLine, otherCat
	ag, err := c.Aggregation.Create().SetName("Aggregazione di prova").SetLeadID(f.members[0].ID).Save(sys)
	must(err)
	for i, m := range f.members {
		role := membership.RoleMEMBER
		if i == 0 {
			role = membership.RoleLEAD
		}
		must(c.Membership.Create().SetAggregationID(ag.ID).SetBodyID(m.ID).SetRole(role).Exec(sys))
	}
	f.app, err = c.Application.Create().SetCallID(cl.ID).SetAggregationID(ag.ID).SetTitle("Domanda di prova").Save(sys)
	must(err)
	f.existing, err = c.BudgetLine.Create().SetApplicationID(f.app.ID).SetBodyID(f.members[0].ID).
		SetInterventionLineID(line.ID).SetExpenseCategoryID(cat.ID).SetAmountCents(f.existingAmountCent).Save(sys)
	must(err)
	u, err := c.User.Create().SetEmail("capofila@prova.test").SetDisplayName("Capofila di prova").Save(sys)
	must(err)
	f.lead = authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email,
		Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: ag.ID}}})
	return f
}

// savedLine is a budget line as stored.
type savedLine struct {
	Body, Line, Cat pulid.ID
	Year            int
	Amount          int64
}

// set runs SetBudgetLines the way a GraphQL mutation does — in one Ent
// transaction carried by the context — and returns its result and the
// application's lines as the transaction sees them right after the call,
// before it is committed (on success) or rolled back (on error): what the
// service itself wrote, whatever the caller does next.
func (f *budgetFixture) set(t *testing.T, rows []funding.LineInput) (*funding.Evaluation, error, []savedLine) {
	t.Helper()
	tx, err := f.client.Tx(f.lead)
	if err != nil {
		t.Fatal(err)
	}
	ctx := gen.NewContext(gen.NewTxContext(f.lead, tx), tx.Client())
	ev, err := f.svc.SetBudgetLines(ctx, f.app.ID, rows)
	lines := readLines(t, tx.Client(), f.app.ID)
	if err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			t.Fatal(rerr)
		}
		return ev, err, lines
	}
	if cerr := tx.Commit(); cerr != nil {
		t.Fatal(cerr)
	}
	return ev, nil, lines
}

func readLines(t *testing.T, c *gen.Client, appID pulid.ID) []savedLine {
	t.Helper()
	ls, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(appID)).All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]savedLine, len(ls))
	for i, l := range ls {
		out[i] = savedLine{l.BodyID, l.InterventionLineID, l.ExpenseCategoryID, l.Year, l.AmountCents}
	}
	slices.SortFunc(out, func(a, b savedLine) int {
		return strings.Compare(string(a.Body)+string(a.Line), string(b.Body)+string(b.Line))
	})
	return out
}

func TestSetBudgetLines_RowErrors(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newBudgetFixture(t, d)
		before := readLines(t, f.client, f.app.ID)
		if len(before) != 1 || before[0].Amount != f.existingAmountCent {
			t.Fatalf("fixture lines %v", before)
		}
		row := func(body *gen.PublicBody, amount int64) funding.LineInput {
			return funding.LineInput{BodyID: body.ID, InterventionLineID: f.line.ID, ExpenseCategoryID: f.cat.ID, AmountCents: amount}
		}
		// Every case sends two valid rows first — an update of the saved
		// line and a new line — so that a partial write would show.
		valid := func() []funding.LineInput {
			return []funding.LineInput{row(f.members[0], 999_999), row(f.members[1], 250_000)}
		}
		for _, tc := range []struct {
			name  string
			bad   func(r funding.LineInput) funding.LineInput
			field string
			rule  string
			// also is a fragment the message must carry besides the row number.
			also string
		}{
			{"ErrNotMember", func(r funding.LineInput) funding.LineInput { r.BodyID = f.outsider.ID; return r },
				"bodyID", "budget.not_member", "aggregazione"},
			{"ErrUnknownBody", func(r funding.LineInput) funding.LineInput { r.BodyID = pulid.New("PB"); return r },
				"bodyID", "budget.not_member", "aggregazione"},
			{"ErrCategoryOfAnotherCall", func(r funding.LineInput) funding.LineInput { r.ExpenseCategoryID = f.otherCat.ID; return r },
				"expenseCategoryID", "budget.category_not_in_call", "categoria"},
			{"ErrLineOfAnotherCall", func(r funding.LineInput) funding.LineInput { r.InterventionLineID = f.otherLine.ID; return r },
				"interventionLineID", "budget.line_not_in_call", "linea"},
			{"ErrNegativeAmount", func(r funding.LineInput) funding.LineInput { r.AmountCents = -1; return r },
				"amountCents", "budget.negative", "negativo"},
			// 2^62 cents: four such cells once wrapped the totals.
			{"ErrAmountTooLarge", func(r funding.LineInput) funding.LineInput { r.AmountCents = 1 << 62; return r },
				"amountCents", "budget.too_large", "massimo"},
			{"ErrAmountInt64Max", func(r funding.LineInput) funding.LineInput { r.AmountCents = 1<<63 - 1; return r },
				"amountCents", "budget.too_large", "massimo"},
			{"ErrYearOutOfRange", func(r funding.LineInput) funding.LineInput { r.Year = 11; return r },
				"year", "budget.year", "anno"},
			{"ErrDuplicateRow", func(r funding.LineInput) funding.LineInput { r.BodyID = f.members[1].ID; r.AmountCents = 1; return r },
				"bodyID", "budget.duplicate", "riga 2"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				rows := append(valid(), tc.bad(row(f.members[2], 10_000)))
				ev, err, lines := f.set(t, rows)
				ae, ok := apperr.As(err)
				if !ok {
					t.Fatalf("SetBudgetLines returned %v (evaluation %v), want an INVALID *apperr.Error", err, ev != nil)
				}
				if ae.Code != apperr.Invalid || ae.Field != tc.field || ae.Rule != tc.rule {
					t.Errorf("error code %s, field %q, rule %q (%s); want INVALID, %q, %q", ae.Code, ae.Field, ae.Rule, ae.Message, tc.field, tc.rule)
				}
				if !strings.HasPrefix(ae.Message, "Riga 3:") || !strings.Contains(ae.Message, tc.also) {
					t.Errorf("message %q should name row 3 and say %q", ae.Message, tc.also)
				}
				// All or nothing: not even the two valid rows were written.
				if !slices.Equal(lines, before) {
					t.Errorf("after the refused grid the lines are %v, want them unchanged %v", lines, before)
				}
			})
		}
		t.Run("OK", func(t *testing.T) {
			// The same valid rows, plus removing nothing, are saved.
			ev, err, lines := f.set(t, append(valid(), row(f.members[2], 0)))
			if err != nil {
				t.Fatalf("SetBudgetLines: %v", err)
			}
			if len(lines) != 2 || ev.Totals.TotalCents != 999_999+250_000 || len(ev.Problems) != 0 {
				t.Errorf("saved %v, total %d, problems %v; want 2 lines, %d, none", lines, ev.Totals.TotalCents, ev.Problems, 999_999+250_000)
			}
			// Amount 0 removes a line.
			_, err, lines = f.set(t, []funding.LineInput{row(f.members[1], 0)})
			if err != nil || len(lines) != 1 || lines[0].Body != f.members[0].ID || lines[0].Amount != 999_999 {
				t.Errorf("after removing Beta's line: %v, %v; want only Alfa's 999999", err, lines)
			}
		})
	})
}

func TestSetBudgetLines_AllOrNothing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newBudgetFixture(t, d)
		before := readLines(t, f.client, f.app.ID)
		// A large grid whose very last row is bad: the 200-row bulk insert
		// batches must not have run.
		var rows []funding.LineInput
		for year := 0; year <= 10; year++ {
			for _, m := range f.members {
				rows = append(rows, funding.LineInput{BodyID: m.ID, InterventionLineID: f.line.ID, ExpenseCategoryID: f.cat.ID,
					Year: year, AmountCents: int64(1_000 + year)})
			}
		}
		rows = append(rows, funding.LineInput{BodyID: f.members[0].ID, InterventionLineID: f.line.ID, ExpenseCategoryID: f.otherCat.ID, AmountCents: 5})
		_, err, lines := f.set(t, rows)
		if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Invalid || ae.Rule != "budget.category_not_in_call" {
			t.Fatalf("error %v, want INVALID budget.category_not_in_call", err)
		}
		if !slices.Equal(lines, before) {
			t.Errorf("the refused grid wrote %d lines (now %v), want the saved ones unchanged %v", len(lines)-len(before), len(lines), before)
		}
		if after := readLines(t, f.client, f.app.ID); !slices.Equal(after, before) {
			t.Errorf("after rollback: %v, want %v", after, before)
		}
		t.Run("ErrNoRole", func(t *testing.T) {
			// A signed-in user without a role cannot read the application.
			noRole := authz.NewContext(context.Background(), &authz.Viewer{UserID: pulid.New("US"), Email: "nessuno@prova.test"})
			_, err := f.svc.SetBudgetLines(noRole, f.app.ID, rows[:1])
			if code := apperr.CodeOf(err); code != apperr.NotFound && !gen.IsNotFound(err) {
				t.Errorf("error %v (code %s), want NOT_FOUND", err, code)
			}
			if after := readLines(t, f.client, f.app.ID); !slices.Equal(after, before) {
				t.Errorf("after the refused call: %v, want %v", after, before)
			}
		})
	})
}
