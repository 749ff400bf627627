// Package funding holds the rules of a call applied to an application's
// budget (DOMAIN.md §3): caps per member, per category and per project, the
// minimum project cost, the number of members, and the totals the server
// computes (per member, line and category; co-financing; per inhabitant).
// Check is a pure function: services load the data, call it, and report its
// problems; drafts are always saved, problems only block submission.
package funding

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/capofila/capofila/internal/money"
)

// Rules are the figures of a call that constrain a budget. Nil caps are
// absent.
type Rules struct {
	CapPerMemberCents  *int64
	CapPerProjectCents *int64
	MinProjectCents    *int64
	CofinancingRateBP  int
	MinMembers         *int
	MaxMembers         *int
	Categories         []Category
	Lines              []Line
}

// Category is an expense category of the call.
type Category struct {
	ID, Code, Name string
	CapBP          *int   // share of the project total
	CapCents       *int64 // amount per project
}

// Line is an intervention line of the call.
type Line struct {
	ID, Code, Name string
}

// Member is a body of the aggregation.
type Member struct {
	BodyID, Name string
	Population   int
}

// BudgetLine is one amount of the budget.
type BudgetLine struct {
	BodyID, LineID, CategoryID string
	Year                       int
	AmountCents                int64
}

// Problem is a rule the budget breaks: which rule, which member, line or
// category, by how much, and a sentence for the lead.
type Problem struct {
	// Rule is a stable key, e.g. "member.cap".
	Rule       string
	Message    string
	BodyID     string
	LineID     string
	CategoryID string
	// AmountCents is the excess (or, for a minimum, the shortfall).
	AmountCents int64
}

// Totals are the figures of a budget.
type Totals struct {
	TotalCents  int64
	PerMember   map[string]int64
	PerLine     map[string]int64
	PerCategory map[string]int64
	// FundedCents is the part the call funds (total × co-financing rate);
	// OwnCents the applicants' share.
	FundedCents int64
	OwnCents    int64
	Population  int
	// PopulationYear is the year of 1 January of the ISTAT figures the
	// population counts (the call's, else the members' common latest);
	// nil when unknown or not one year.
	PopulationYear *int
	// PerInhabitantCents is the total divided by the members' population,
	// rounded half up; 0 when the population is unknown.
	PerInhabitantCents int64
}

// Check computes the totals of a budget and every problem it has.
func Check(r Rules, members []Member, lines []BudgetLine) (Totals, []Problem) {
	t := Totals{PerMember: map[string]int64{}, PerLine: map[string]int64{}, PerCategory: map[string]int64{}}
	memberByID := map[string]Member{}
	for _, m := range members {
		memberByID[m.BodyID] = m
		t.Population += m.Population
	}
	ps := sumLines(r, memberByID, lines, &t)
	t.FundedCents = money.BasisPoints(t.TotalCents, int64(r.CofinancingRateBP))
	t.OwnCents = t.TotalCents - t.FundedCents
	if t.Population > 0 {
		t.PerInhabitantCents = (t.TotalCents*2 + int64(t.Population)) / (2 * int64(t.Population))
	}
	ps = append(ps, capProblems(r, members, t)...)
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(ruleOrder(a.Rule), ruleOrder(b.Rule)),
			cmp.Compare(memberByID[a.BodyID].Name, memberByID[b.BodyID].Name))
	})
	return t, ps
}

// sumLines adds the budget lines up into t, per member, line and category,
// and reports the lines that cannot be in the budget (negative, of a body
// outside the aggregation, of a category or line the call does not have).
func sumLines(r Rules, memberByID map[string]Member, lines []BudgetLine, t *Totals) []Problem {
	catByID := map[string]Category{}
	for _, c := range r.Categories {
		catByID[c.ID] = c
	}
	lineByID := map[string]Line{}
	for _, l := range r.Lines {
		lineByID[l.ID] = l
	}
	var ps []Problem
	for _, l := range lines {
		m, isMember := memberByID[l.BodyID]
		switch {
		case l.AmountCents < 0:
			ps = append(ps, Problem{Rule: "line.negative", BodyID: l.BodyID, LineID: l.LineID, CategoryID: l.CategoryID,
				AmountCents: -l.AmountCents, Message: "Un importo non può essere negativo."})
			continue
		case !isMember:
			ps = append(ps, Problem{Rule: "line.not_member", BodyID: l.BodyID, AmountCents: l.AmountCents,
				Message: "Una voce di budget è intestata a un ente che non fa parte dell'aggregazione."})
		}
		if _, ok := catByID[l.CategoryID]; !ok {
			ps = append(ps, Problem{Rule: "line.category_not_in_call", BodyID: l.BodyID, CategoryID: l.CategoryID,
				AmountCents: l.AmountCents, Message: fmt.Sprintf("%s: la categoria di spesa indicata non è prevista dal bando.", m.Name)})
		}
		if _, ok := lineByID[l.LineID]; !ok {
			ps = append(ps, Problem{Rule: "line.line_not_in_call", BodyID: l.BodyID, LineID: l.LineID,
				AmountCents: l.AmountCents, Message: fmt.Sprintf("%s: la linea di intervento indicata non è prevista dal bando.", m.Name)})
		}
		t.TotalCents += l.AmountCents
		t.PerMember[l.BodyID] += l.AmountCents
		t.PerLine[l.LineID] += l.AmountCents
		t.PerCategory[l.CategoryID] += l.AmountCents
	}
	return ps
}

// capProblems checks the totals against the call's limits: the number of
// members, an empty budget, the cap per member, each category's caps, the
// project's maximum and minimum.
func capProblems(r Rules, members []Member, t Totals) []Problem {
	var ps []Problem
	if r.MinMembers != nil && len(members) < *r.MinMembers {
		ps = append(ps, Problem{Rule: "members.min",
			Message: fmt.Sprintf("L'aggregazione ha %d enti: il bando ne richiede almeno %d.", len(members), *r.MinMembers)})
	}
	if r.MaxMembers != nil && len(members) > *r.MaxMembers {
		ps = append(ps, Problem{Rule: "members.max",
			Message: fmt.Sprintf("L'aggregazione ha %d enti: il bando ne ammette al massimo %d.", len(members), *r.MaxMembers)})
	}
	if t.TotalCents == 0 {
		ps = append(ps, Problem{Rule: "budget.empty", Message: "Il budget è vuoto: inserire almeno una voce."})
	}
	if c := r.CapPerMemberCents; c != nil {
		for _, m := range members {
			if got := t.PerMember[m.BodyID]; got > *c {
				ps = append(ps, Problem{Rule: "member.cap", BodyID: m.BodyID, AmountCents: got - *c,
					Message: fmt.Sprintf("%s supera il massimo per ente di %s (richiesti %s, massimo %s).",
						m.Name, money.FormatEUR(got-*c), money.FormatEUR(got), money.FormatEUR(*c))})
			}
		}
	}
	ps = append(ps, categoryProblems(r.Categories, t)...)
	if c := r.CapPerProjectCents; c != nil && t.TotalCents > *c {
		ps = append(ps, Problem{Rule: "project.cap", AmountCents: t.TotalCents - *c,
			Message: fmt.Sprintf("Il totale del progetto (%s) supera di %s il massimo del bando (%s).",
				money.FormatEUR(t.TotalCents), money.FormatEUR(t.TotalCents-*c), money.FormatEUR(*c))})
	}
	if m := r.MinProjectCents; m != nil && t.TotalCents > 0 && t.TotalCents < *m {
		ps = append(ps, Problem{Rule: "project.min", AmountCents: *m - t.TotalCents,
			Message: fmt.Sprintf("Il totale del progetto (%s) è inferiore di %s al minimo del bando (%s).",
				money.FormatEUR(t.TotalCents), money.FormatEUR(*m-t.TotalCents), money.FormatEUR(*m))})
	}
	return ps
}

// categoryProblems checks each category's cap as a share of the total and
// as an amount.
func categoryProblems(cats []Category, t Totals) []Problem {
	var ps []Problem
	for _, c := range cats {
		got := t.PerCategory[c.ID]
		if c.CapBP != nil {
			limit := money.BasisPoints(t.TotalCents, int64(*c.CapBP))
			if got > limit {
				ps = append(ps, Problem{Rule: "category.cap_share", CategoryID: c.ID, AmountCents: got - limit,
					Message: fmt.Sprintf("La categoria «%s» supera di %s il limite del %s del totale (%s su %s ammessi).",
						c.Name, money.FormatEUR(got-limit), percent(*c.CapBP), money.FormatEUR(got), money.FormatEUR(limit))})
			}
		}
		if c.CapCents != nil && got > *c.CapCents {
			ps = append(ps, Problem{Rule: "category.cap_amount", CategoryID: c.ID, AmountCents: got - *c.CapCents,
				Message: fmt.Sprintf("La categoria «%s» supera di %s il massimo di %s.",
					c.Name, money.FormatEUR(got-*c.CapCents), money.FormatEUR(*c.CapCents))})
		}
	}
	return ps
}

var order = []string{"members.min", "members.max", "budget.empty", "line.negative", "line.not_member",
	"line.category_not_in_call", "line.line_not_in_call", "member.cap", "category.cap_share",
	"category.cap_amount", "project.cap", "project.min"}

func ruleOrder(rule string) int {
	if i := slices.Index(order, rule); i >= 0 {
		return i
	}
	return len(order)
}

// percent formats basis points as an Italian percentage: 1050 → "10,5%".
func percent(bp int) string {
	s := fmt.Sprintf("%d", bp/100)
	if frac := bp % 100; frac != 0 {
		f := fmt.Sprintf("%02d", frac)
		if f[1] == '0' {
			f = f[:1]
		}
		s += "," + f
	}
	return s + "%"
}
