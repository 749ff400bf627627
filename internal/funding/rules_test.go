package funding_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/funding"
)

func ptr[T any](v T) *T { return &v }

// marche is a small call shaped like the demo: 70.000 € per member, "FORM"
// at most 10% of the total, projects between 1.000 € and 200.000 €, 80%
// co-financing, 2 to 3 members.
var marche = funding.Rules{
	CapPerMemberCents:  ptr(int64(7_000_000)),
	CapPerProjectCents: ptr(int64(20_000_000)),
	MinProjectCents:    ptr(int64(100_000)),
	CofinancingRateBP:  8000,
	MinMembers:         ptr(2),
	MaxMembers:         ptr(3),
	Categories: []funding.Category{
		{ID: "SERV", Code: "SERV", Name: "Servizi"},
		{ID: "FORM", Code: "FORM", Name: "Formazione", CapBP: ptr(1000)},
		{ID: "HW", Code: "HW", Name: "Hardware", CapCents: ptr(int64(500_000))},
	},
	Lines: []funding.Line{{ID: "A", Code: "A", Name: "pagoPA"}, {ID: "B", Code: "B", Name: "Fatturazione"}},
}

var members = []funding.Member{
	{BodyID: "sbt", Name: "Comune di San Benedetto del Tronto", Population: 46963},
	{BodyID: "grot", Name: "Comune di Grottammare", Population: 15636},
}

func TestCheck_TotalsMatchHandComputedFigures(t *testing.T) {
	lines := []funding.BudgetLine{
		{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 5_000_000},
		{BodyID: "sbt", LineID: "B", CategoryID: "FORM", AmountCents: 500_000},
		{BodyID: "grot", LineID: "A", CategoryID: "SERV", AmountCents: 2_000_000},
		{BodyID: "grot", LineID: "B", CategoryID: "HW", AmountCents: 300_000},
	}
	tot, ps := funding.Check(marche, members, lines)
	if len(ps) != 0 {
		t.Fatalf("unexpected problems: %+v", ps)
	}
	// 50.000 + 5.000 + 20.000 + 3.000 = 78.000,00 €
	if tot.TotalCents != 7_800_000 {
		t.Errorf("total = %d, want 7800000", tot.TotalCents)
	}
	if tot.PerMember["sbt"] != 5_500_000 || tot.PerMember["grot"] != 2_300_000 {
		t.Errorf("per member = %v", tot.PerMember)
	}
	if tot.PerLine["A"] != 7_000_000 || tot.PerLine["B"] != 800_000 {
		t.Errorf("per line = %v", tot.PerLine)
	}
	if tot.PerCategory["SERV"] != 7_000_000 || tot.PerCategory["FORM"] != 500_000 || tot.PerCategory["HW"] != 300_000 {
		t.Errorf("per category = %v", tot.PerCategory)
	}
	// 80% of 78.000 = 62.400 funded, 15.600 own funds.
	if tot.FundedCents != 6_240_000 || tot.OwnCents != 1_560_000 {
		t.Errorf("funded %d own %d, want 6240000 and 1560000", tot.FundedCents, tot.OwnCents)
	}
	// 78.000 € / 62.599 inhabitants = 1,246… € → 125 cents.
	if tot.Population != 62599 || tot.PerInhabitantCents != 125 {
		t.Errorf("population %d, per inhabitant %d; want 62599 and 125", tot.Population, tot.PerInhabitantCents)
	}
}

func TestCheck_ReportsEveryBrokenRule(t *testing.T) {
	for _, tc := range []struct {
		name    string
		members []funding.Member
		lines   []funding.BudgetLine
		rule    string
		body    string
		amount  int64
		mention string
	}{
		{"ErrMemberCap", members, []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 6_000_000},
			{BodyID: "sbt", LineID: "B", CategoryID: "SERV", AmountCents: 1_234_500},
		}, "member.cap", "sbt", 234_500, "2.345,00 €"},
		{"ErrCategoryShare", members, []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 800_000},
			{BodyID: "grot", LineID: "A", CategoryID: "FORM", AmountCents: 200_000},
		}, "category.cap_share", "", 100_000, "10%"},
		{"ErrCategoryAmount", members, []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 5_000_000},
			{BodyID: "grot", LineID: "A", CategoryID: "HW", AmountCents: 600_000},
		}, "category.cap_amount", "", 100_000, "Hardware"},
		{"ErrProjectMin", members, []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 90_000},
		}, "project.min", "", 10_000, "100,00 €"},
		{"ErrTooFewMembers", members[:1], []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 200_000},
		}, "members.min", "", 0, "almeno 2"},
		{"ErrNotMember", members, []funding.BudgetLine{
			{BodyID: "fermo", LineID: "A", CategoryID: "SERV", AmountCents: 200_000},
		}, "line.not_member", "fermo", 200_000, "non fa parte"},
		{"ErrCategoryNotInCall", members, []funding.BudgetLine{
			{BodyID: "sbt", LineID: "A", CategoryID: "ALTRO", AmountCents: 200_000},
		}, "line.category_not_in_call", "sbt", 200_000, "San Benedetto"},
		{"ErrEmpty", members, nil, "budget.empty", "", 0, "vuoto"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := funding.Check(marche, tc.members, tc.lines)
			for _, p := range ps {
				if p.Rule == tc.rule {
					if p.BodyID != tc.body || p.AmountCents != tc.amount || !strings.Contains(p.Message, tc.mention) {
						t.Errorf("problem %+v: want body %q, amount %d, message mentioning %q", p, tc.body, tc.amount, tc.mention)
					}
					return
				}
			}
			t.Fatalf("rule %s not reported; got %+v", tc.rule, ps)
		})
	}
}

func TestCheck_ProblemsAreOrderedAndStable(t *testing.T) {
	lines := []funding.BudgetLine{
		{BodyID: "sbt", LineID: "A", CategoryID: "SERV", AmountCents: 8_000_000},
		{BodyID: "grot", LineID: "A", CategoryID: "SERV", AmountCents: 7_500_000},
	}
	_, ps := funding.Check(marche, members, lines)
	if len(ps) != 2 || ps[0].BodyID != "grot" || ps[1].BodyID != "sbt" {
		t.Fatalf("want both member caps, Grottammare first (by name): %+v", ps)
	}
}
