package variation

import (
	"cmp"
	"context"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/planversion"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
)

// Differences compares a variation's plan with the plan it changes: for a
// variation not yet approved, the proposed plan (the plan in force when it
// proposes none) against the plan in force; for an approved one, the
// version it made against the version before. Whoever reads the variation
// may call it; it runs a constant number of queries.
func (s *Service) Differences(ctx context.Context, v *gen.Variation) (*Differences, error) {
	c := s.Client(ctx)
	var before, after Plan
	var err error
	if v.PlanVersionID != nil && (v.Status == variation.StatusAPPROVED || v.Status == variation.StatusPARTIALLY_APPROVED) {
		pv, err := c.PlanVersion.Query().Where(planversion.ID(*v.PlanVersionID)).Only(ctx)
		if err != nil {
			return nil, err
		}
		if after, err = versionPlan(ctx, pv); err != nil {
			return nil, err
		}
		if before, err = PlanNumbered(ctx, c, v.ProjectID, pv.Number-1); err != nil {
			return nil, err
		}
	} else {
		if before, err = currentPlan(ctx, c, v.ProjectID); err != nil {
			return nil, err
		}
		rows, err := s.rowsOf(ctx, v.ID)
		if err != nil {
			return nil, err
		}
		after = Plan{EndsOn: before.EndsOn, Rows: rows}
		if len(rows) == 0 {
			after.Rows = before.Rows
		}
		if v.RequestedEndsOn != nil {
			after.EndsOn = v.RequestedEndsOn
		}
	}
	return s.diff(ctx, before, after)
}

func (s *Service) diff(ctx context.Context, before, after Plan) (*Differences, error) {
	type cell struct{ before, after int64 }
	cells := map[key]*cell{}
	var order []key
	at := func(k key) *cell {
		if c, ok := cells[k]; ok {
			return c
		}
		c := &cell{}
		cells[k] = c
		order = append(order, k)
		return c
	}
	for _, r := range before.Rows {
		at(r.key()).before += r.AmountCents
	}
	for _, r := range after.Rows {
		at(r.key()).after += r.AmountCents
	}
	var bodyIDs, catIDs, lineIDs []pulid.ID
	for _, k := range order {
		bodyIDs, catIDs = append(bodyIDs, k.body), append(catIDs, k.cat)
		if k.line != "" {
			lineIDs = append(lineIDs, k.line)
		}
	}
	c := s.Client(ctx)
	bodies, err := c.PublicBody.Query().Where(publicbody.IDIn(bodyIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	cats, err := c.ExpenseCategory.Query().Where(expensecategory.IDIn(catIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	lines, err := c.InterventionLine.Query().Where(interventionline.IDIn(lineIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byBody := map[pulid.ID]*gen.PublicBody{}
	for _, b := range bodies {
		byBody[b.ID] = b
	}
	byCat := map[pulid.ID]*gen.ExpenseCategory{}
	for _, k := range cats {
		byCat[k.ID] = k
	}
	byLine := map[pulid.ID]*gen.InterventionLine{}
	for _, l := range lines {
		byLine[l.ID] = l
	}
	out := &Differences{EndsOnBefore: before.EndsOn, EndsOnAfter: after.EndsOn}
	totals := map[pulid.ID]*MemberTotal{}
	for _, k := range order {
		b, cat := byBody[k.body], byCat[k.cat]
		if b == nil || cat == nil {
			continue // not readable by the viewer
		}
		cl := cells[k]
		d := Difference{Body: b, ExpenseCategory: cat, InterventionLine: byLine[k.line],
			BeforeCents: cl.before, AfterCents: cl.after, DeltaCents: cl.after - cl.before}
		out.Rows = append(out.Rows, d)
		t := totals[k.body]
		if t == nil {
			t = &MemberTotal{Body: b}
			totals[k.body] = t
		}
		t.BeforeCents += cl.before
		t.AfterCents += cl.after
		t.DeltaCents += cl.after - cl.before
	}
	slices.SortFunc(out.Rows, func(a, b Difference) int {
		return cmp.Or(cmp.Compare(a.Body.Name, b.Body.Name), cmp.Compare(a.ExpenseCategory.Position, b.ExpenseCategory.Position),
			cmp.Compare(lineCode(a.InterventionLine), lineCode(b.InterventionLine)))
	})
	for _, t := range totals {
		out.Members = append(out.Members, *t)
	}
	slices.SortFunc(out.Members, func(a, b MemberTotal) int { return cmp.Compare(a.Body.Name, b.Body.Name) })
	return out, nil
}

func lineCode(l *gen.InterventionLine) string {
	if l == nil {
		return ""
	}
	return l.Code
}

// PlanVersions lists a project's plan versions, newest first. Whoever
// reads the project may call it.
func (s *Service) PlanVersions(ctx context.Context, projectID pulid.ID) ([]*gen.PlanVersion, error) {
	return s.Client(ctx).PlanVersion.Query().Where(planversion.ProjectID(projectID)).
		Order(gen.Desc(planversion.FieldNumber)).All(ctx)
}
