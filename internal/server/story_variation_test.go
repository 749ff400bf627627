package server_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
)

// The Marche Sud story, variations (issue #19): after the first claims, a
// comune withdraws; what it has not committed moves to two other members;
// the end date is extended by six months; the officer approves and the
// plan becomes a new version, while the first claim's report keeps the
// version it was submitted under. Every figure is computed here and
// asserted to the cent.

const storyVariationFields = `id version status number kinds problems { rule message bodyID }
  planVersion { number effectiveFrom endsOn }
  differences { members { body { id } beforeCents afterCents deltaCents } endsOnBefore endsOnAfter }`

type storyVariation struct {
	ID       string         `json:"id"`
	Version  int            `json:"version"`
	Status   string         `json:"status"`
	Number   int            `json:"number"`
	Kinds    []string       `json:"kinds"`
	Problems []storyProblem `json:"problems"`
	Plan     *struct {
		Number        int    `json:"number"`
		EffectiveFrom string `json:"effectiveFrom"`
		EndsOn        string `json:"endsOn"`
	} `json:"planVersion"`
	Differences struct {
		Members []struct {
			Body        struct{ ID string } `json:"body"`
			BeforeCents int64               `json:"beforeCents"`
			AfterCents  int64               `json:"afterCents"`
			DeltaCents  int64               `json:"deltaCents"`
		} `json:"members"`
		EndsOnBefore string `json:"endsOnBefore"`
		EndsOnAfter  string `json:"endsOnAfter"`
	} `json:"differences"`
}

func (s *story) createVariation(t *testing.T, in map[string]any) storyVariation {
	t.Helper()
	in["projectID"] = s.projectID
	return storyOK[struct {
		V storyVariation `json:"createVariation"`
	}](t, s.lead, `mutation($in: CreateVariationInput!) { createVariation(input: $in) { `+storyVariationFields+` } }`, map[string]any{"in": in}).V
}

const storySubmitVariation = `mutation($id: ID!, $v: Int) { submitVariation(id: $id, version: $v) { ` + storyVariationFields + ` } }`

const storyDecideVariation = `mutation($id: ID!, $in: DecideVariationInput!, $v: Int) { decideVariation(id: $id, input: $in, version: $v) { ` + storyVariationFields + ` } }`

func (s *story) submitVariation(t *testing.T, v storyVariation) storyVariation {
	t.Helper()
	return storyOK[struct {
		V storyVariation `json:"submitVariation"`
	}](t, s.lead, storySubmitVariation, map[string]any{"id": v.ID, "v": v.Version}).V
}

func (s *story) decideVariation(t *testing.T, v storyVariation, in map[string]any) storyVariation {
	t.Helper()
	return storyOK[struct {
		V storyVariation `json:"decideVariation"`
	}](t, s.officer, storyDecideVariation, map[string]any{"id": v.ID, "in": in, "v": v.Version}).V
}

// approvedReplan re-plans the project through a variation the officer
// approves: what setAllocations did before variations, for a plan that
// moves money between members.
func (s *story) approvedReplan(t *testing.T, rows []map[string]any, reason string) storyVariation {
	t.Helper()
	v := s.createVariation(t, map[string]any{"kinds": []string{"REPLAN"}, "reason": reason, "allocations": rows})
	if len(v.Problems) > 0 {
		t.Fatalf("re-plan has problems: %v", v.Problems)
	}
	v = s.submitVariation(t, v)
	if v.Status != "REQUESTED" {
		t.Fatalf("a re-plan between members is %s, want REQUESTED (the Region decides it)", v.Status)
	}
	v = s.decideVariation(t, v, map[string]any{"outcome": "APPROVED"})
	if v.Status != "APPROVED" || v.Plan == nil {
		t.Fatalf("approved variation: %+v", v)
	}
	return v
}

type storySummaryMember struct {
	Body       struct{ ID, Name string } `json:"body"`
	Categories []struct {
		ExpenseCategory struct{ ID, Code string } `json:"expenseCategory"`
		Figures         struct {
			Allocated int64 `json:"allocatedCents"`
			Committed int64 `json:"committedCents"`
			Claimed   int64 `json:"claimedCents"`
			Admitted  int64 `json:"admittedCents"`
		} `json:"figures"`
	} `json:"categories"`
	Figures struct {
		Allocated int64 `json:"allocatedCents"`
	} `json:"figures"`
}

// summaryByMember reads the allocation summary per member.
func (s *story) summaryByMember(t *testing.T, asOf *string) map[string]storySummaryMember {
	t.Helper()
	got := storyOK[struct {
		Node struct {
			Summary struct {
				Totals  struct{ AllocatedCents int64 } `json:"totals"`
				Members []storySummaryMember           `json:"members"`
			} `json:"allocationSummary"`
		} `json:"node"`
	}](t, s.lead, `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Project { allocationSummary(asOf: $asOf) {
  totals { allocatedCents }
  members { body { id name } figures { allocatedCents }
    categories { expenseCategory { id code } figures { allocatedCents committedCents claimedCents admittedCents } } } } } } }`,
		map[string]any{"id": s.projectID, "asOf": asOf})
	if got.Node.Summary.Totals.AllocatedCents != s.grantedCts {
		t.Errorf("summary allocates %d, want the grant %d", got.Node.Summary.Totals.AllocatedCents, s.grantedCts)
	}
	out := map[string]storySummaryMember{}
	for _, m := range got.Node.Summary.Members {
		out[m.Body.ID] = m
	}
	return out
}

// claimReportAllocated reads, from the data of a claim's report, what each
// member is allocated (by name).
func (s *story) claimReportAllocated(t *testing.T, claimID string) map[string]int64 {
	t.Helper()
	proj := project.NewService(s.ent, nil, nil)
	rep := reports.NewService(s.ent, nil, nil, proj)
	cl, err := s.ent.ExpenseClaim.Get(s.sys, pulid.ID(claimID))
	if err != nil {
		t.Fatal(err)
	}
	d, err := rep.ClaimData(s.sys, cl, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, m := range d.Finance {
		for _, c := range m.Categories {
			out[m.Member] += c.Allocated
		}
	}
	return out
}

func (s *story) variations(t *testing.T, r *storyRun) {
	before := s.summaryByMember(t, nil)
	ascoli := s.byISTAT[storyAscoliISTAT]
	// The leaver: the last member (by the story's order) that is neither
	// the lead nor Ascoli Piceno, whose claims stay within its contracts.
	var leaver storyBody
	for i := len(s.bodies) - 1; i > 0; i-- {
		b := s.bodies[i]
		if b.ID == ascoli.ID || b.ID == s.byISTAT[storyGrottammare].ID {
			continue
		}
		ok := true
		for _, c := range before[b.ID].Categories {
			ok = ok && c.Figures.Claimed <= c.Figures.Committed
		}
		if ok && before[b.ID].Figures.Allocated > 0 {
			leaver = b
			break
		}
	}
	if leaver.ID == "" {
		t.Fatal("no member can leave")
	}
	// It keeps what it committed; the rest goes to the two members with
	// the smallest allocations (other than the lead and the leaver).
	keep := map[string]int64{} // category → committed
	var released int64
	for _, c := range before[leaver.ID].Categories {
		keep[c.ExpenseCategory.ID] = c.Figures.Committed
		released += c.Figures.Allocated - c.Figures.Committed
	}
	if released <= 0 {
		t.Fatalf("%s has nothing uncommitted", leaver.Name)
	}
	var others []storyBody
	for _, b := range s.bodies[1:] {
		if b.ID != leaver.ID && b.ID != ascoli.ID {
			others = append(others, b)
		}
	}
	slices.SortFunc(others, func(a, b storyBody) int {
		return int(before[a.ID].Figures.Allocated - before[b.ID].Figures.Allocated)
	})
	first, second := others[0], others[1]
	toFirst := released / 2
	toSecond := released - toFirst

	current := s.allocations(t, s.lead)
	serv := s.catIDs["SERV"]
	// planGiving is the current plan where the leaver keeps leaverKeeps
	// (per category) and each member of gets receives its SERV amount more.
	planGiving := func(leaverKeeps map[string]int64, gets map[string]int64) []map[string]any {
		var rows []map[string]any
		for _, a := range current {
			amount := a.AmountCents
			switch {
			case a.BodyID == leaver.ID:
				amount = leaverKeeps[a.ExpenseCategoryID]
			case a.ExpenseCategoryID == serv:
				amount += gets[a.BodyID]
			}
			rows = append(rows, map[string]any{"bodyID": a.BodyID, "expenseCategoryID": a.ExpenseCategoryID, "amountCents": amount})
		}
		return rows
	}
	plan := func(leaverKeeps map[string]int64, firstGets, secondGets int64) []map[string]any {
		return planGiving(leaverKeeps, map[string]int64{first.ID: firstGets, second.ID: secondGets})
	}
	endsOn := civil.MustParse("2029-12-31")
	extended, _ := endsOn.AddMonths(6)

	t.Run("ErrLeaverKeepsUnspent", func(t *testing.T) {
		// The leaver keeps one cent more than it committed: the draft lists
		// the problem naming it and the cent, and submitting refuses.
		keepMore := map[string]int64{serv: keep[serv] + 1}
		v := s.createVariation(t, map[string]any{"kinds": []string{"MEMBER_WITHDRAWAL"}, "reason": "Recesso con un centesimo di troppo",
			"leavingBodyID": leaver.ID, "allocations": plan(keepMore, toFirst-1, toSecond)})
		if len(v.Problems) == 0 || v.Problems[0].Rule != "variation.leaver_unspent" || !strings.Contains(v.Problems[0].Message, leaver.Name) ||
			!strings.Contains(v.Problems[0].Message, money.FormatEUR(1)) {
			t.Errorf("problems %v, want variation.leaver_unspent naming %s and 0,01 €", v.Problems, leaver.Name)
		}
		storyRefused(t, s.lead.do(t, storySubmitVariation, map[string]any{"id": v.ID, "v": v.Version}), "INVALID", "variation.leaver_unspent")
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { withdrawVariation(id: $id) { status } }`, map[string]any{"id": v.ID}))
	})

	t.Run("ErrMemberOverCap", func(t *testing.T) {
		// The member nearest the cap gets what the leaver releases and,
		// from the member with most uncommitted money, what takes it
		// 123,45 € over the cap: refused naming it and the excess.
		const over = 12_345
		var target, donor storyBody
		var free int64
		for _, b := range s.bodies {
			if b.ID == leaver.ID {
				continue
			}
			if target.ID == "" || before[b.ID].Figures.Allocated > before[target.ID].Figures.Allocated {
				target = b
			}
		}
		for _, b := range s.bodies {
			var f int64
			for _, c := range before[b.ID].Categories {
				if c.ExpenseCategory.ID == serv {
					f = c.Figures.Allocated - max(c.Figures.Committed, c.Figures.Claimed)
				}
			}
			if b.ID != leaver.ID && b.ID != target.ID && f > free {
				donor, free = b, f
			}
		}
		give := storyCapCents - before[target.ID].Figures.Allocated + over
		gets := map[string]int64{target.ID: give}
		if extra := give - released; extra > 0 {
			if extra > free {
				t.Fatalf("no member can give %d (most: %d)", extra, free)
			}
			gets[donor.ID] = -extra
		} else {
			gets[donor.ID] = -extra // the rest of the released money
		}
		v := s.createVariation(t, map[string]any{"kinds": []string{"MEMBER_WITHDRAWAL"}, "reason": "Tutto a un ente",
			"leavingBodyID": leaver.ID, "allocations": planGiving(keep, gets)})
		e := storyRefused(t, s.lead.do(t, storySubmitVariation, map[string]any{"id": v.ID, "v": v.Version}), "INVALID", "allocation.member_cap")
		if !strings.Contains(e.Message, target.Name) || !strings.Contains(e.Message, money.FormatEUR(over)) {
			t.Errorf("the refusal %q should name %s and the excess %s", e.Message, target.Name, money.FormatEUR(over))
		}
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { withdrawVariation(id: $id) { status } }`, map[string]any{"id": v.ID}))
	})

	reportBefore := s.claimReportAllocated(t, r.claimID)
	v := s.createVariation(t, map[string]any{"kinds": []string{"MEMBER_WITHDRAWAL", "END_DATE_EXTENSION"},
		"reason":        "Il Comune recede dall'aggregazione con delibera consiliare; si chiede una proroga di sei mesi per completare le forniture.",
		"leavingBodyID": leaver.ID, "requestedEndsOn": extended.String(), "allocations": plan(keep, toFirst, toSecond)})
	if len(v.Problems) != 0 {
		t.Fatalf("the withdrawal has problems: %v", v.Problems)
	}
	t.Run("Differences", func(t *testing.T) {
		want := map[string]int64{leaver.ID: -released, first.ID: toFirst, second.ID: toSecond}
		for _, m := range v.Differences.Members {
			if m.DeltaCents != want[m.Body.ID] || m.AfterCents-m.BeforeCents != m.DeltaCents {
				t.Errorf("member %s: %+v, want delta %d", m.Body.ID, m, want[m.Body.ID])
			}
		}
		if v.Differences.EndsOnBefore != endsOn.String() || v.Differences.EndsOnAfter != extended.String() {
			t.Errorf("end dates %s → %s, want %s → %s", v.Differences.EndsOnBefore, v.Differences.EndsOnAfter, endsOn, extended)
		}
	})
	v = s.submitVariation(t, v)
	if v.Status != "REQUESTED" {
		t.Fatalf("submitted withdrawal is %s, want REQUESTED", v.Status)
	}

	t.Run("ErrLeadDecides", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyDecideVariation, map[string]any{"id": v.ID, "in": map[string]any{"outcome": "APPROVED"}, "v": v.Version}), "FORBIDDEN", "")
	})
	t.Run("ErrAuditorDecides", func(t *testing.T) {
		storyRefused(t, r.auditor.do(t, storyDecideVariation, map[string]any{"id": v.ID, "in": map[string]any{"outcome": "APPROVED"}, "v": v.Version}), "FORBIDDEN", "")
	})
	t.Run("ErrStaleVersion", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, storyDecideVariation, map[string]any{"id": v.ID, "in": map[string]any{"outcome": "APPROVED"}, "v": v.Version - 1}), "CONFLICT", "version.stale")
	})
	t.Run("ErrNotYetInForce", func(t *testing.T) {
		// Before the decision nothing changed.
		now := s.summaryByMember(t, nil)
		for _, id := range []string{leaver.ID, first.ID, second.ID} {
			if now[id].Figures.Allocated != before[id].Figures.Allocated {
				t.Errorf("member %s allocated %d before the decision, want %d", id, now[id].Figures.Allocated, before[id].Figures.Allocated)
			}
		}
	})

	v = s.decideVariation(t, v, map[string]any{"outcome": "APPROVED", "reason": "Recesso e proroga conformi al bando."})
	t.Run("Approved", func(t *testing.T) {
		if v.Status != "APPROVED" || v.Plan == nil || v.Plan.EndsOn != extended.String() {
			t.Fatalf("decided variation: %+v", v)
		}
		after := s.summaryByMember(t, nil)
		want := map[string]int64{
			leaver.ID: before[leaver.ID].Figures.Allocated - released,
			first.ID:  before[first.ID].Figures.Allocated + toFirst,
			second.ID: before[second.ID].Figures.Allocated + toSecond,
		}
		for id, w := range want {
			if after[id].Figures.Allocated != w {
				t.Errorf("member %s allocated %d after approval, want %d", id, after[id].Figures.Allocated, w)
			}
		}
		for id, m := range before {
			if _, changed := want[id]; !changed && after[id].Figures.Allocated != m.Figures.Allocated {
				t.Errorf("member %s changed: %d, was %d", id, after[id].Figures.Allocated, m.Figures.Allocated)
			}
		}
		// The first claim's report still reads the plan it was submitted
		// under.
		reportAfter := s.claimReportAllocated(t, r.claimID)
		for name, w := range reportBefore {
			if reportAfter[name] != w {
				t.Errorf("claim 1's report: %s allocated %d after the variation, was %d", name, reportAfter[name], w)
			}
		}
		if reportAfter[leaver.Name] != before[leaver.ID].Figures.Allocated {
			t.Errorf("claim 1's report allocates %s %d, want the old %d", leaver.Name, reportAfter[leaver.Name], before[leaver.ID].Figures.Allocated)
		}
		// The leaver is no longer a member, and the project ends later.
		ms := s.memberships(t, s.lead)
		if m, ok := ms[leaver.ID]; !ok || m.LeftOn == nil {
			t.Errorf("%s's membership after the withdrawal: %+v, want leftOn set", leaver.Name, m)
		}
		p := storyOK[struct {
			Node struct {
				EndsOn       string `json:"endsOn"`
				PlanVersions []struct {
					Number int `json:"number"`
				} `json:"planVersions"`
			} `json:"node"`
		}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on Project { endsOn planVersions { number } } } }`, map[string]any{"id": s.projectID})
		if p.Node.EndsOn != extended.String() || len(p.Node.PlanVersions) == 0 || p.Node.PlanVersions[0].Number != v.Plan.Number {
			t.Errorf("project after approval: %+v, want ends %s and newest version %d", p.Node, extended, v.Plan.Number)
		}
	})
	r.allocated[leaver.ID] -= released
	r.allocated[first.ID] += toFirst
	r.allocated[second.ID] += toSecond

	t.Run("ErrSecondExtension", func(t *testing.T) {
		// The call allows one extension.
		further, _ := extended.AddMonths(1)
		v := s.createVariation(t, map[string]any{"kinds": []string{"END_DATE_EXTENSION"}, "reason": "Un'altra proroga", "requestedEndsOn": further.String()})
		storyRefused(t, s.lead.do(t, storySubmitVariation, map[string]any{"id": v.ID, "v": v.Version}), "INVALID", "variation.max_extensions")
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { withdrawVariation(id: $id) { status } }`, map[string]any{"id": v.ID}))
	})
}
