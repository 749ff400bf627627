// Package variation runs the variations of funded projects (DOMAIN.md §3
// "Variations", §4 Variation): the lead's requests to re-plan, extend, let a
// member leave or join, change the lead or modify contracts; the Region's
// decision; and the versions of the plan each approval makes, which the
// reports read at their date (PlanAt).
package variation

import (
	"cmp"
	"context"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/planversion"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/civil"
)

// Row is one allocation of a plan: a member, an expense category and
// optionally an intervention line.
type Row struct {
	BodyID             pulid.ID
	ExpenseCategoryID  pulid.ID
	InterventionLineID *pulid.ID
	AmountCents        int64
}

// key identifies a row of a plan.
type key struct{ body, cat, line pulid.ID }

func (r Row) key() key {
	k := key{body: r.BodyID, cat: r.ExpenseCategoryID}
	if r.InterventionLineID != nil {
		k.line = *r.InterventionLineID
	}
	return k
}

// Plan is the plan of a project in force on a day.
type Plan struct {
	// Number is the plan version (1 for a project no variation changed).
	Number        int
	EffectiveFrom *civil.Date
	EndsOn        *civil.Date
	Rows          []Row
}

// PerMember sums the plan per member.
func (p Plan) PerMember() map[pulid.ID]int64 {
	out := map[pulid.ID]int64{}
	for _, r := range p.Rows {
		out[r.BodyID] += r.AmountCents
	}
	return out
}

// PlanAt returns the plan of a project in force on day: the newest plan
// version effective on or before it. A project without plan versions (one
// funded before versions existed, or written by the national scale
// generator) has its current allocations and end date as version 1; so has
// a day before the first version. This is the one place that fallback is
// written. It reads what the viewer of ctx may read: callers that print a
// report the viewer is entitled to call it with their own context.
func PlanAt(ctx context.Context, c *gen.Client, projectID pulid.ID, day civil.Date) (Plan, error) {
	pv, err := c.PlanVersion.Query().
		Where(planversion.ProjectID(projectID), planversion.EffectiveFromLTE(day)).
		Order(gen.Desc(planversion.FieldNumber)).First(ctx)
	if gen.IsNotFound(err) {
		pv, err = c.PlanVersion.Query().Where(planversion.ProjectID(projectID), planversion.Number(1)).Only(ctx)
	}
	switch {
	case gen.IsNotFound(err):
		return currentPlan(ctx, c, projectID)
	case err != nil:
		return Plan{}, err
	}
	return versionPlan(ctx, pv)
}

// PlanNumbered returns version number of a project's plan (the current
// allocations as version 1 for a project without versions).
func PlanNumbered(ctx context.Context, c *gen.Client, projectID pulid.ID, number int) (Plan, error) {
	pv, err := c.PlanVersion.Query().Where(planversion.ProjectID(projectID), planversion.Number(number)).Only(ctx)
	if gen.IsNotFound(err) && number == 1 {
		return currentPlan(ctx, c, projectID)
	}
	if err != nil {
		return Plan{}, err
	}
	return versionPlan(ctx, pv)
}

func versionPlan(ctx context.Context, pv *gen.PlanVersion) (Plan, error) {
	as, err := pv.QueryAllocations().All(ctx)
	if err != nil {
		return Plan{}, err
	}
	p := Plan{Number: pv.Number, EffectiveFrom: &pv.EffectiveFrom, EndsOn: pv.EndsOn, Rows: make([]Row, len(as))}
	for i, a := range as {
		p.Rows[i] = Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID, InterventionLineID: a.InterventionLineID, AmountCents: a.AmountCents}
	}
	sortRows(p.Rows)
	return p, nil
}

// currentPlan is the plan in force now as version 1: the project's
// allocations and end date.
func currentPlan(ctx context.Context, c *gen.Client, projectID pulid.ID) (Plan, error) {
	p, err := c.Project.Get(ctx, projectID)
	if err != nil {
		return Plan{}, err
	}
	as, err := c.Allocation.Query().Where(allocation.ProjectID(projectID)).All(ctx)
	if err != nil {
		return Plan{}, err
	}
	plan := Plan{Number: 1, EffectiveFrom: firstDay(p), EndsOn: p.EndsOn, Rows: make([]Row, len(as))}
	for i, a := range as {
		plan.Rows[i] = Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID, InterventionLineID: a.InterventionLineID, AmountCents: a.AmountCents}
	}
	sortRows(plan.Rows)
	return plan, nil
}

// firstDay is the day version 1 of a project's plan is in force from: the
// earliest of the day it was funded (created), its funding decree and its
// start.
func firstDay(p *gen.Project) *civil.Date {
	d := civil.Of(p.CreatedAt.In(civil.Rome))
	if p.DecreeDate.Valid() && p.DecreeDate.Before(d) {
		d = p.DecreeDate
	}
	if p.StartsOn != nil && p.StartsOn.Before(d) {
		d = *p.StartsOn
	}
	return &d
}

func sortRows(rows []Row) {
	slices.SortFunc(rows, func(a, b Row) int {
		ka, kb := a.key(), b.key()
		return cmp.Or(cmp.Compare(ka.body, kb.body), cmp.Compare(ka.cat, kb.cat), cmp.Compare(ka.line, kb.line))
	})
}

// WriteVersion stores version number of a project's plan with its rows,
// in force from effectiveFrom: funding writes version 1, each approved
// variation the next. The caller has authorized the change; ctx must carry
// the rights to write (authz.Elevate).
func WriteVersion(ctx context.Context, c *gen.Client, projectID pulid.ID, number int, effectiveFrom civil.Date, endsOn *civil.Date, variationID *pulid.ID, rows []Row) (*gen.PlanVersion, error) {
	pv, err := c.PlanVersion.Create().SetProjectID(projectID).SetNumber(number).SetEffectiveFrom(effectiveFrom).
		SetNillableEndsOn(endsOn).SetNillableVariationID(variationID).Save(ctx)
	if err != nil {
		return nil, err
	}
	creates := make([]*gen.PlanAllocationCreate, 0, len(rows))
	for _, r := range rows {
		if r.AmountCents == 0 {
			continue
		}
		creates = append(creates, c.PlanAllocation.Create().SetPlanVersionID(pv.ID).SetBodyID(r.BodyID).
			SetExpenseCategoryID(r.ExpenseCategoryID).SetNillableInterventionLineID(r.InterventionLineID).SetAmountCents(r.AmountCents))
	}
	for start := 0; start < len(creates); start += 200 {
		if err := c.PlanAllocation.CreateBulk(creates[start:min(start+200, len(creates))]...).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return pv, nil
}

// WriteFirstVersion stores version 1 of a newly funded project's plan: its
// allocations and end date, in force from its first day.
func WriteFirstVersion(ctx context.Context, c *gen.Client, projectID pulid.ID) error {
	plan, err := currentPlan(ctx, c, projectID)
	if err != nil {
		return err
	}
	_, err = WriteVersion(ctx, c, projectID, 1, *plan.EffectiveFrom, plan.EndsOn, nil, plan.Rows)
	return err
}
