package graph

import (
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/variation"
)

// evaluationOf converts a funding evaluation to its GraphQL type.
func evaluationOf(ev *funding.Evaluation, err error) (*model.ApplicationEvaluation, error) {
	if err != nil {
		return nil, err
	}
	t, _ := totalsOf(ev, nil)
	p, _ := problemsOf(ev, nil)
	return &model.ApplicationEvaluation{Application: ev.Application, Totals: t, Problems: p}, nil
}

// totalsOf converts the totals of an evaluation; members, lines and
// categories are listed in display order.
func totalsOf(ev *funding.Evaluation, err error) (*model.BudgetTotals, error) {
	if err != nil {
		return nil, err
	}
	t := ev.Totals
	out := &model.BudgetTotals{
		TotalCents: t.TotalCents, FundedCents: t.FundedCents, OwnCents: t.OwnCents,
		Population: t.Population, PopulationYear: t.PopulationYear, PerInhabitantCents: t.PerInhabitantCents,
		PerMember: []*model.MemberAmount{}, PerLine: []*model.LineAmount{}, PerCategory: []*model.CategoryAmount{},
	}
	for _, m := range ev.Members {
		out.PerMember = append(out.PerMember, &model.MemberAmount{Body: ev.Bodies[m.BodyID], AmountCents: t.PerMember[m.BodyID], Population: m.Population})
	}
	cl := ev.Application.Edges.Call
	lines := slices.Clone(cl.Edges.InterventionLines)
	slices.SortFunc(lines, func(a, b *gen.InterventionLine) int { return a.Position - b.Position })
	for _, l := range lines {
		out.PerLine = append(out.PerLine, &model.LineAmount{InterventionLine: l, AmountCents: t.PerLine[string(l.ID)]})
	}
	cats := slices.Clone(cl.Edges.ExpenseCategories)
	slices.SortFunc(cats, func(a, b *gen.ExpenseCategory) int { return a.Position - b.Position })
	for _, c := range cats {
		out.PerCategory = append(out.PerCategory, &model.CategoryAmount{ExpenseCategory: c, AmountCents: t.PerCategory[string(c.ID)]})
	}
	return out, nil
}

// problemsOf converts the problems of an evaluation.
func problemsOf(ev *funding.Evaluation, err error) ([]*model.Problem, error) {
	if err != nil {
		return nil, err
	}
	return modelProblems(ev.Problems), nil
}

// warningsOf converts the warnings of an evaluation.
func warningsOf(ev *funding.Evaluation, err error) ([]*model.Problem, error) {
	if err != nil {
		return nil, err
	}
	return modelProblems(ev.Warnings), nil
}

// bodyCodesInput converts a correction of a member's codes.
func bodyCodesInput(in model.MemberBodyCodesInput) funding.BodyCodesInput {
	return funding.BodyCodesInput{CodiceFiscale: in.CodiceFiscale, InvoicingOfficeCodes: in.InvoicingOfficeCodes,
		SetOffices: in.InvoicingOfficeCodes != nil}
}

func modelProblems(ps []funding.Problem) []*model.Problem {
	out := make([]*model.Problem, 0, len(ps))
	for _, p := range ps {
		mp := &model.Problem{Rule: p.Rule, Message: p.Message,
			BodyID: optID(p.BodyID), InterventionLineID: optID(p.LineID), ExpenseCategoryID: optID(p.CategoryID)}
		if p.AmountCents != 0 {
			mp.AmountCents = &p.AmountCents
		}
		out = append(out, mp)
	}
	return out
}

func optID(s string) *pulid.ID {
	if s == "" {
		return nil
	}
	id := pulid.ID(s)
	return &id
}

func lineInputs(in []*model.BudgetLineInput) []funding.LineInput {
	out := make([]funding.LineInput, len(in))
	for i, l := range in {
		out[i] = funding.LineInput{BodyID: l.BodyID, InterventionLineID: l.InterventionLineID,
			ExpenseCategoryID: l.ExpenseCategoryID, Year: derefInt(l.Year), AmountCents: l.AmountCents, Note: deref(l.Note), Version: l.Version}
	}
	return out
}

func fundInput(in model.FundApplicationInput) funding.FundInput {
	return funding.FundInput{
		CUP: in.Cup, DecreeNumber: in.DecreeNumber, DecreeDate: in.DecreeDate, GrantedCents: in.GrantedCents,
		EUCents: deref64(in.EuCents), StateCents: deref64(in.StateCents), RegionCents: deref64(in.RegionCents),
		OwnCents: deref64(in.OwnCents), Title: deref(in.Title), StartsOn: in.StartsOn, EndsOn: in.EndsOn,
	}
}

// allocationRows converts a re-plan (setAllocations) into a variation's plan.
func allocationRows(in []*model.AllocationInput) []variation.Row {
	out := make([]variation.Row, len(in))
	for i, a := range in {
		out[i] = variation.Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID, AmountCents: a.AmountCents}
	}
	return out
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func deref64(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func memberInputs(in []*model.AggregationMemberInput) []funding.MemberInput {
	out := make([]funding.MemberInput, len(in))
	for i, m := range in {
		out[i] = funding.MemberInput{BodyID: m.BodyID, ResolutionNumber: deref(m.ResolutionNumber),
			ResolutionDate: m.ResolutionDate, ResolutionOrgan: m.ResolutionOrgan, JoinedOn: m.JoinedOn}
	}
	return out
}

func importResult(ev *funding.Evaluation, rowErrs []funding.RowError, err error) (*model.BudgetImportResult, error) {
	if err != nil {
		return nil, err
	}
	out := &model.BudgetImportResult{Saved: len(rowErrs) == 0, Errors: []*model.ImportRowError{}}
	for _, e := range rowErrs {
		out.Errors = append(out.Errors, &model.ImportRowError{Row: e.Row, Column: e.Column, Reason: e.Reason})
	}
	if ev != nil {
		out.Evaluation, _ = evaluationOf(ev, nil)
	}
	return out, nil
}

func itemsOf(in []model.IntegrationItem) []string {
	out := make([]string, len(in))
	for i, it := range in {
		out[i] = string(it)
	}
	return out
}
