package variation_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/user"
	gvariation "github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/internal/variation"
)

// fakeMods records the contract modifications made effective.
type fakeMods struct {
	applied []pulid.ID
	fail    pulid.ID
}

func (f *fakeMods) ApplyModification(_ context.Context, id pulid.ID) error {
	if id == f.fail {
		return &apperr.Error{Code: apperr.Invalid, Rule: "contract.member_over_allocation", Message: "Comune X supera la quota di 1,00 €."}
	}
	f.applied = append(f.applied, id)
	return nil
}

type fixture struct {
	c                                 *gen.Client
	sys, lead, officer, auditor, memb context.Context
	res                               *demo.Result
	svc                               *variation.Service
	mods                              *fakeMods
	serv, other                       *gen.ExpenseCategory
	alloc                             map[pulid.ID]int64 // total per member
	cells                             map[[2]pulid.ID]int64
	members                           []pulid.ID // not the lead, by ID
}

func viewer(t *testing.T, c *gen.Client, email string, g authz.Grant) context.Context {
	t.Helper()
	u, err := c.User.Query().Where(user.Email(email)).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email, Grants: []authz.Grant{g}})
}

func build(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	c := d.Client()
	sys := authz.WithSystem(context.Background())
	res, err := demo.SeedFull(sys, c)
	if err != nil {
		t.Fatal(err)
	}
	region := pulid.ID(res.Project.TenantRegionID)
	f := &fixture{c: c, sys: sys, res: res, mods: &fakeMods{}, alloc: map[pulid.ID]int64{}, cells: map[[2]pulid.ID]int64{}}
	f.svc = variation.NewService(c, nil).WithContractModifications(f.mods)
	f.lead = viewer(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID})
	f.officer = viewer(t, c, "funzionario@regione-marche.test", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: region})
	f.auditor = viewer(t, c, "revisore@regione-marche.test", authz.Grant{Role: authz.Auditor, RegionBodyID: region})
	as, err := c.Allocation.Query().Where(allocation.ProjectID(res.Project.ID)).WithExpenseCategory().All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if f.serv == nil || a.Edges.ExpenseCategory.Code == "SERV" {
			f.serv = a.Edges.ExpenseCategory
		}
		f.alloc[a.BodyID] += a.AmountCents
		f.cells[[2]pulid.ID{a.BodyID, a.ExpenseCategoryID}] += a.AmountCents
		if a.BodyID != res.Aggregation.LeadID {
			f.members = append(f.members, a.BodyID)
		}
	}
	slices.Sort(f.members)
	f.members = slices.Compact(f.members)
	// A second category with no money yet: the lead may move up to the
	// call's free-move share into it.
	if f.other, err = c.ExpenseCategory.Create().SetCallID(res.Project.CallID).SetCode("ALT").SetName("Altre spese").SetPosition(9).Save(sys); err != nil {
		t.Fatal(err)
	}
	f.memb = viewer(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: f.members[0]})
	return f
}

// plan is the current plan with moves applied: (body, category) → delta.
func (f *fixture) plan(moves map[[2]pulid.ID]int64) []variation.Row {
	cells := map[[2]pulid.ID]int64{}
	for k, a := range f.cells {
		cells[k] = a
	}
	for k, d := range moves {
		cells[k] += d
	}
	var rows []variation.Row
	for k, a := range cells {
		rows = append(rows, variation.Row{BodyID: k[0], ExpenseCategoryID: k[1], AmountCents: a})
	}
	return rows
}

func wantCode(t *testing.T, err error, code apperr.Code, rule string) {
	t.Helper()
	ae, ok := apperr.As(err)
	if !ok || ae.Code != code || (rule != "" && ae.Rule != rule) {
		t.Fatalf("got %v, want %s %s", err, code, rule)
	}
}

func str(s string) *string { return &s }

func TestVariation_Rules(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := build(t, d)
		p := f.res.Project
		x := f.members[0]
		for _, m := range f.members {
			if f.cells[[2]pulid.ID{m, f.serv.ID}]*2 >= f.alloc[m] && f.alloc[m] > 0 {
				x = m
				break
			}
		}
		tenth := f.alloc[x] / 10

		t.Run("PlanVersionsOfTheDemo", func(t *testing.T) {
			// The demo's re-plan approved from 15 June 2026 made version 2;
			// the plan as funded became version 1. Both sum to the grant.
			for _, c := range []struct {
				day  civil.Date
				want int
			}{{civil.New(2026, 6, 14), 1}, {civil.New(2026, 6, 15), 2}, {civil.New(2030, 1, 1), 2}} {
				plan, err := variation.PlanAt(f.sys, f.c, p.ID, c.day)
				if err != nil {
					t.Fatal(err)
				}
				var sum int64
				for _, r := range plan.Rows {
					sum += r.AmountCents
				}
				if plan.Number != c.want || sum != p.GrantedCents {
					t.Errorf("on %s: plan %d sums to %d, want version %d summing to the grant %d", c.day, plan.Number, sum, c.want, p.GrantedCents)
				}
			}
		})

		t.Run("ErrMoveBeyondDiscretion", func(t *testing.T) {
			rows := f.plan(map[[2]pulid.ID]int64{{x, f.serv.ID}: -(tenth + 100), {x, f.other.ID}: tenth + 100})
			_, err := f.svc.SetAllocations(f.lead, p.ID, rows)
			wantCode(t, err, apperr.Invalid, "variation.needs_request")
		})

		t.Run("MoveWithinDiscretionAppliedAtOnce", func(t *testing.T) {
			rows := f.plan(map[[2]pulid.ID]int64{{x, f.serv.ID}: -tenth, {x, f.other.ID}: tenth})
			if _, err := f.svc.SetAllocations(f.lead, p.ID, rows); err != nil {
				t.Fatal(err)
			}
			v, err := f.c.Variation.Query().Where(gvariation.ProjectID(p.ID), gvariation.DecisionReason(variation.DiscretionReason)).Only(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			if v.Status != gvariation.StatusAPPROVED || v.DecisionReason != variation.DiscretionReason || v.DecidedByID == nil {
				t.Errorf("the lead's re-plan: %s by %v (%q)", v.Status, v.DecidedByID, v.DecisionReason)
			}
			now, err := variation.PlanAt(f.sys, f.c, p.ID, civil.New(2099, 1, 1))
			if err != nil {
				t.Fatal(err)
			}
			if now.Number != 3 {
				t.Errorf("plan in force: version %d, want 3 (the demo's re-plan made 2)", now.Number)
			}
			first, err := variation.PlanNumbered(f.sys, f.c, p.ID, 2)
			if err != nil {
				t.Fatal(err)
			}
			if first.PerMember()[x] != f.alloc[x] || now.PerMember()[x] != f.alloc[x] {
				t.Errorf("member totals: v2 %d, v3 %d, want %d both", first.PerMember()[x], now.PerMember()[x], f.alloc[x])
			}
			f.cells[[2]pulid.ID{x, f.serv.ID}] -= tenth
			f.cells[[2]pulid.ID{x, f.other.ID}] += tenth
		})

		t.Run("RolesAndConcurrency", func(t *testing.T) {
			ends := civil.New(2030, 6, 30)
			if p.EndsOn != nil {
				ends, _ = p.EndsOn.AddMonths(3)
			}
			_, err := f.svc.Create(f.officer, p.ID, variation.Input{Kinds: []string{variation.KindEndDateExtension}, Reason: str("x"), RequestedEndsOn: &ends})
			wantCode(t, err, apperr.Forbidden, "")
			_, err = f.svc.Create(f.memb, p.ID, variation.Input{Kinds: []string{variation.KindEndDateExtension}, Reason: str("x"), RequestedEndsOn: &ends})
			wantCode(t, err, apperr.Forbidden, "")
			v, err := f.svc.Create(f.lead, p.ID, variation.Input{Kinds: []string{variation.KindEndDateExtension}, Reason: str("Proroga"), RequestedEndsOn: &ends})
			if err != nil {
				t.Fatal(err)
			}
			// A member referent and an auditor read it.
			for name, ctx := range map[string]context.Context{"referent": f.memb, "auditor": f.auditor} {
				if _, err := f.c.Variation.Get(ctx, v.ID); err != nil {
					t.Errorf("%s cannot read the variation: %v", name, err)
				}
			}
			stale := v.Version
			if v, err = f.svc.Update(f.lead, v.ID, variation.Input{Reason: str("Proroga di tre mesi")}, &v.Version); err != nil {
				t.Fatal(err)
			}
			_, err = f.svc.Update(f.lead, v.ID, variation.Input{Reason: str("altro")}, &stale)
			wantCode(t, err, apperr.Conflict, "version.stale")
			if v, err = f.svc.Submit(f.lead, v.ID, &v.Version); err != nil {
				t.Fatal(err)
			}
			if v.Status != gvariation.StatusREQUESTED {
				t.Fatalf("an extension is %s, want REQUESTED", v.Status)
			}
			for name, ctx := range map[string]context.Context{"lead": f.lead, "auditor": f.auditor, "referent": f.memb} {
				_, err = f.svc.Decide(ctx, v.ID, variation.DecideInput{Outcome: gvariation.StatusAPPROVED}, nil)
				if apperr.CodeOf(err) != apperr.Forbidden {
					t.Errorf("%s decides: %v, want FORBIDDEN", name, err)
				}
			}
			_, err = f.svc.Decide(f.officer, v.ID, variation.DecideInput{Outcome: gvariation.StatusREJECTED}, nil)
			wantCode(t, err, apperr.Invalid, "variation.decision_reason")
			if v, err = f.svc.Decide(f.officer, v.ID, variation.DecideInput{Outcome: gvariation.StatusREJECTED, Reason: "Termine non motivato."}, nil); err != nil {
				t.Fatal(err)
			}
			_, err = f.svc.Withdraw(f.lead, v.ID, nil)
			wantCode(t, err, apperr.Conflict, "lifecycle.transition")
		})

		t.Run("ContractModifications", func(t *testing.T) {
			in := variation.Input{Kinds: []string{variation.KindContractModification}, Reason: str("Quinto d'obbligo"),
				ContractModificationIDs: []string{"CMfirst", "CMsecond"}}
			unavailable := variation.NewService(f.c, nil)
			v, err := unavailable.Create(f.lead, p.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := unavailable.Problems(f.lead, v)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 || ps[0].Rule != "variation.contract_modifications_unavailable" {
				t.Errorf("problems without contracting: %v", ps)
			}
			if _, err := f.svc.Withdraw(f.lead, v.ID, nil); err != nil {
				t.Fatal(err)
			}
			v, err = f.svc.Create(f.lead, p.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			if v, err = f.svc.Submit(f.lead, v.ID, nil); err != nil {
				t.Fatal(err)
			}
			if _, err = f.svc.Decide(f.officer, v.ID, variation.DecideInput{Outcome: gvariation.StatusAPPROVED}, nil); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(f.mods.applied, []pulid.ID{"CMfirst", "CMsecond"}) {
				t.Errorf("modifications applied: %v, want both in order", f.mods.applied)
			}
			f.mods.fail = "CMbad"
			v, err = f.svc.Create(f.lead, p.ID, variation.Input{Kinds: []string{variation.KindContractModification}, Reason: str("Variante"),
				ContractModificationIDs: []string{"CMbad"}})
			if err != nil {
				t.Fatal(err)
			}
			if v, err = f.svc.Submit(f.lead, v.ID, nil); err != nil {
				t.Fatal(err)
			}
			_, err = f.svc.Decide(f.officer, v.ID, variation.DecideInput{Outcome: gvariation.StatusAPPROVED}, nil)
			wantCode(t, err, apperr.Invalid, "contract.member_over_allocation")
		})

		t.Run("AccessionAndLeadChange", func(t *testing.T) {
			joiner, err := f.c.PublicBody.Query().Where(publicbody.KindEQ(publicbody.KindCOMUNE),
				publicbody.Not(publicbody.HasMembershipsWith(membership.AggregationID(f.res.Aggregation.ID)))).First(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			newLead := f.members[1]
			give := f.cells[[2]pulid.ID{newLead, f.serv.ID}] / 20
			rows := f.plan(map[[2]pulid.ID]int64{{newLead, f.serv.ID}: -give})
			rows = append(rows, variation.Row{BodyID: joiner.ID, ExpenseCategoryID: f.serv.ID, AmountCents: give})
			v, err := f.svc.Create(f.lead, p.ID, variation.Input{Kinds: []string{variation.KindMemberAccession, variation.KindLeadChange},
				Reason: str("Ingresso di un comune e nuovo capofila"), JoiningBodyID: &joiner.ID, NewLeadBodyID: &newLead, Allocations: rows})
			if err != nil {
				t.Fatal(err)
			}
			if ps, _ := f.svc.Problems(f.lead, v); len(ps) > 0 {
				t.Fatalf("problems: %v", ps)
			}
			if v, err = f.svc.Submit(f.lead, v.ID, nil); err != nil {
				t.Fatal(err)
			}
			if v, err = f.svc.Decide(f.officer, v.ID, variation.DecideInput{Outcome: gvariation.StatusAPPROVED}, &v.Version); err != nil {
				t.Fatal(err)
			}
			ag, err := f.c.Aggregation.Query().Where(aggregation.ID(f.res.Aggregation.ID)).Only(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			m, err := f.c.Membership.Query().Where(membership.AggregationID(ag.ID), membership.BodyID(joiner.ID)).Only(f.sys)
			if ag.LeadID != newLead || err != nil || m.LeftOn != nil || m.JoinedOn == nil {
				t.Errorf("after approval: lead %s (want %s), joiner's membership %+v (%v)", ag.LeadID, newLead, m, err)
			}
			roles, err := f.c.Membership.Query().Where(membership.AggregationID(ag.ID), membership.RoleEQ(membership.RoleLEAD)).All(f.sys)
			if err != nil || len(roles) != 1 || roles[0].BodyID != newLead {
				t.Errorf("LEAD memberships after the change: %+v (%v)", roles, err)
			}
		})

		t.Run("ErrBadInput", func(t *testing.T) {
			_, err := f.svc.Create(f.lead, p.ID, variation.Input{Kinds: []string{"REPLAN"}, Reason: str(strings.Repeat("x", variation.MaxReasonRunes+1))})
			wantCode(t, err, apperr.Invalid, "variation.reason_too_long")
			_, err = f.svc.Create(f.lead, p.ID, variation.Input{Kinds: []string{"MERGER"}, Reason: str("x")})
			wantCode(t, err, apperr.Invalid, "variation.kinds")
			_, err = f.svc.Create(f.lead, "PRnope", variation.Input{Kinds: []string{"REPLAN"}, Reason: str("x")})
			if !gen.IsNotFound(err) && !errors.Is(err, &gen.NotFoundError{}) && apperr.CodeOf(err) != apperr.NotFound {
				t.Errorf("a missing project: %v, want NOT_FOUND", err)
			}
		})
	})
}
