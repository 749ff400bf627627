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
	r.leaverID = leaver.ID

	t.Run("ErrSecondExtension", func(t *testing.T) {
		// The call allows one extension.
		further, _ := extended.AddMonths(1)
		v := s.createVariation(t, map[string]any{"kinds": []string{"END_DATE_EXTENSION"}, "reason": "Un'altra proroga", "requestedEndsOn": further.String()})
		storyRefused(t, s.lead.do(t, storySubmitVariation, map[string]any{"id": v.ID, "v": v.Version}), "INVALID", "variation.max_extensions")
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { withdrawVariation(id: $id) { status } }`, map[string]any{"id": v.ID}))
	})
}

// contractShares reads a contract's cost shares by member.
func (s *story) contractShares(t *testing.T, id string) map[string]int64 {
	t.Helper()
	got := storyOK[struct {
		Node struct {
			NetCents   int64 `json:"netCents"`
			CostShares storyConn[struct {
				BodyID      string `json:"bodyID"`
				AmountCents int64  `json:"amountCents"`
			}] `json:"costShares"`
		} `json:"node"`
	}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on Contract { netCents costShares(first: 100) { totalCount edges { node { bodyID amountCents } } } } } }`,
		map[string]any{"id": id})
	out := map[string]int64{}
	for _, e := range got.Node.CostShares.Edges {
		out[e.Node.BodyID] += e.Node.AmountCents
	}
	if len(got.Node.CostShares.Edges) != got.Node.CostShares.TotalCount {
		t.Fatalf("read %d of %d cost shares", len(got.Node.CostShares.Edges), got.Node.CostShares.TotalCount)
	}
	return out
}

// memberStatementShare is what a member's statement (the PDF's data)
// shows as its share of the story's contract.
func (s *story) memberStatementShare(t *testing.T, bodyID string) int64 {
	t.Helper()
	rep := reports.NewService(s.ent, nil, nil, project.NewService(s.ent, nil, nil))
	d, err := rep.MemberStatementData(s.sys, pulid.ID(s.projectID), pulid.ID(bodyID))
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, cs := range d.CostShares {
		if cs.CIG == storyCIG {
			sum += cs.Amount
		}
	}
	return sum
}

// contractGrowth: after the withdrawal, the joint contract grows by 15%
// under the quinto d'obbligo (art. 120, c. 9, D.Lgs. 36/2023). The
// modification is made effective by a variation the Region approves; the
// new cost is re-split by population, by largest remainder, among the
// members that remain, while the member that left keeps the share it had
// (what it committed when it left). Where a member's new share passes its
// allocation the same variation re-plans money to it: without that, the
// approval is refused naming the member and the excess.
func (s *story) contractGrowth(t *testing.T, r *storyRun) {
	if r.leaverID == "" {
		t.Fatal("no member left: the withdrawal step failed")
	}
	serv := s.catIDs["SERV"]
	oldShares := s.contractShares(t, r.contractID)
	before := s.summaryByMember(t, nil)
	reportBefore := s.claimReportAllocated(t, r.claimID)
	newNet := r.netCents + r.netCents*15/100
	newVAT := newNet * storyVATRateBp / 10000
	newCost := newNet + newVAT
	frozen := oldShares[r.leaverID]
	if frozen == 0 {
		t.Fatal("the leaver has no share of the contract")
	}

	m := storyOK[struct {
		M struct {
			ID          string `json:"id"`
			Version     int    `json:"version"`
			SharesAfter []struct {
				BodyID      string `json:"bodyID"`
				AmountCents int64  `json:"amountCents"`
			} `json:"sharesAfter"`
		} `json:"proposeContractModification"`
	}](t, s.lead, `mutation($in: ProposeContractModificationInput!) { proposeContractModification(input: $in) { id version sharesAfter { bodyID amountCents } } }`,
		map[string]any{"in": map[string]any{"contractID": r.contractID, "basis": "FIFTH_INCREASE_DECREASE", "actNumber": "Determina 214/2028",
			"reason": "Servizi aggiuntivi di assistenza agli enti entro il quinto d'obbligo del contratto.", "netCents": newNet, "vatCents": newVAT}}).M

	// The preview: the leaver's share as it was, the rest by population
	// among the 63 that remain, each within a cent of its exact quota.
	pop, _ := s.populations()
	var popStay int64
	for _, b := range s.bodies {
		if b.ID != r.leaverID {
			popStay += pop[b.ID]
		}
	}
	want := map[string]int64{}
	var sum int64
	for _, sh := range m.SharesAfter {
		want[sh.BodyID] = sh.AmountCents
		sum += sh.AmountCents
	}
	t.Run("Preview", func(t *testing.T) {
		if sum != newCost || len(want) != storyMembers || want[r.leaverID] != frozen {
			t.Fatalf("%d shares summing to %d, the leaver's %d; want %d summing to %d, the leaver's unchanged %d",
				len(want), sum, want[r.leaverID], storyMembers, newCost, frozen)
		}
		for _, b := range s.bodies {
			if b.ID == r.leaverID {
				continue
			}
			exact := float64(newCost-frozen) * float64(pop[b.ID]) / float64(popStay)
			if d := float64(want[b.ID]) - exact; d <= -1 || d >= 1 {
				t.Errorf("share of %s is %d, exact quota %.2f", b.Name, want[b.ID], exact)
			}
		}
	})

	// Who would pass its SERV allocation with its new share, and by how
	// much; the donors are the members with most SERV money not committed
	// nor claimed after the growth.
	type member struct {
		body               storyBody
		allocated, othersC int64 // SERV allocated; SERV committed on other contracts
		claimed            int64
	}
	ms := map[string]member{}
	for _, b := range s.bodies {
		x := member{body: b}
		for _, c := range before[b.ID].Categories {
			if c.ExpenseCategory.ID == serv {
				x.allocated, x.othersC, x.claimed = c.Figures.Allocated, c.Figures.Committed-oldShares[b.ID], c.Figures.Claimed
			}
		}
		ms[b.ID] = x
	}
	need := map[string]int64{}
	var needed int64
	for id, x := range ms {
		if over := x.othersC + want[id] - x.allocated; over > 0 && id != r.leaverID {
			need[id] = over
			needed += over
		}
	}
	if len(need) == 0 {
		t.Fatal("no member passes its allocation with the growth: the story's contract was sized to the tightest member's allocation")
	}
	var tight storyBody
	for id := range need {
		if tight.ID == "" || need[id] > need[tight.ID] || (need[id] == need[tight.ID] && id < tight.ID) {
			tight = ms[id].body
		}
	}

	t.Run("ErrApprovedWithoutReplan", func(t *testing.T) {
		v := s.createVariation(t, map[string]any{"kinds": []string{"CONTRACT_MODIFICATION"}, "reason": "Aumento del contratto senza riallocazione",
			"contractModificationIDs": []string{m.ID}})
		if len(v.Problems) != 0 {
			t.Fatalf("problems %v", v.Problems)
		}
		v = s.submitVariation(t, v)
		e := storyRefused(t, s.officer.do(t, storyDecideVariation, map[string]any{"id": v.ID, "in": map[string]any{"outcome": "APPROVED"}, "v": v.Version}),
			"INVALID", "contract_modification.exceeds_allocation")
		named := false
		for id, n := range need {
			named = named || (strings.HasPrefix(e.Message, ms[id].body.Name+":") && strings.Contains(e.Message, "di "+money.FormatEUR(n)+"."))
		}
		if !named {
			t.Errorf("the refusal %q should name a member whose share passes its allocation, with its excess (%v)", e.Message, need)
		}
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { withdrawVariation(id: $id) { status } }`, map[string]any{"id": v.ID}))
		// Nothing changed: the contract's shares are as they were.
		if got := s.contractShares(t, r.contractID); got[tight.ID] != oldShares[tight.ID] {
			t.Errorf("%s's share %d after the refusal, want %d", tight.Name, got[tight.ID], oldShares[tight.ID])
		}
	})

	// The re-plan: the members that need it get exactly their excess, taken
	// from the members with most free SERV money.
	donors := make([]member, 0, len(ms))
	for id, x := range ms {
		if id != r.leaverID && need[id] == 0 {
			donors = append(donors, x)
		}
	}
	free := func(x member) int64 { return x.allocated - max(x.othersC+want[x.body.ID], x.claimed) }
	slices.SortFunc(donors, func(a, b member) int {
		if d := free(b) - free(a); d != 0 {
			return int(d)
		}
		return strings.Compare(a.body.ID, b.body.ID)
	})
	delta := map[string]int64{}
	for id, n := range need {
		delta[id] = n
	}
	for left, i := needed, 0; left > 0; i++ {
		if i == len(donors) {
			t.Fatalf("the members cannot give %d", left)
		}
		give := min(left, free(donors[i]))
		delta[donors[i].body.ID] -= give
		left -= give
	}
	var rows []map[string]any
	for _, a := range s.allocations(t, s.lead) {
		amount := a.AmountCents
		if a.ExpenseCategoryID == serv {
			amount += delta[a.BodyID]
		}
		rows = append(rows, map[string]any{"bodyID": a.BodyID, "expenseCategoryID": a.ExpenseCategoryID, "amountCents": amount})
	}
	v := s.createVariation(t, map[string]any{"kinds": []string{"CONTRACT_MODIFICATION", "REPLAN"},
		"reason":                  "Aumento del contratto congiunto del 15% entro il quinto d'obbligo e riallocazione agli enti la cui quota supererebbe l'assegnato.",
		"contractModificationIDs": []string{m.ID}, "allocations": rows})
	if len(v.Problems) != 0 {
		t.Fatalf("the growth has problems: %v", v.Problems)
	}
	v = s.submitVariation(t, v)
	if v.Status != "REQUESTED" {
		t.Fatalf("contract growth is %s, want REQUESTED", v.Status)
	}
	t.Run("NothingChangesBeforeTheDecision", func(t *testing.T) {
		if got := s.contractShares(t, r.contractID); got[tight.ID] != oldShares[tight.ID] {
			t.Errorf("%s's share %d before the decision, want %d", tight.Name, got[tight.ID], oldShares[tight.ID])
		}
		if got := s.memberStatementShare(t, tight.ID); got != oldShares[tight.ID] {
			t.Errorf("%s's statement shows %d before the decision, want %d", tight.Name, got, oldShares[tight.ID])
		}
	})
	v = s.decideVariation(t, v, map[string]any{"outcome": "APPROVED", "reason": "Modifica contrattuale conforme all'art. 120, c. 9."})
	if v.Status != "APPROVED" || v.Plan == nil {
		t.Fatalf("decided growth: %+v", v)
	}

	t.Run("AfterTheApproval", func(t *testing.T) {
		got := s.contractShares(t, r.contractID)
		after := s.summaryByMember(t, nil)
		var total int64
		for _, b := range s.bodies {
			total += got[b.ID]
			if got[b.ID] != want[b.ID] {
				t.Errorf("%s: share %d after the approval, want the preview's %d", b.Name, got[b.ID], want[b.ID])
			}
			var alloc, committed int64
			for _, c := range after[b.ID].Categories {
				if c.ExpenseCategory.ID == serv {
					alloc, committed = c.Figures.Allocated, c.Figures.Committed
				}
			}
			x := ms[b.ID]
			if committed != x.othersC+want[b.ID] || alloc != x.allocated+delta[b.ID] {
				t.Errorf("%s: SERV allocated %d committed %d, want %d and %d", b.Name, alloc, committed, x.allocated+delta[b.ID], x.othersC+want[b.ID])
			}
			if committed > alloc && b.ID != r.leaverID {
				t.Errorf("%s: committed %d over its allocation %d", b.Name, committed, alloc)
			}
		}
		if total != newCost {
			t.Errorf("shares sum to %d, want the new cost %d", total, newCost)
		}
		for _, id := range []string{r.leaverID, tight.ID} {
			if st := s.memberStatementShare(t, id); st != want[id] {
				t.Errorf("%s's statement shows %d, want %d", ms[id].body.Name, st, want[id])
			}
		}
		// Claim 1's report keeps the plan it was submitted under.
		reportAfter := s.claimReportAllocated(t, r.claimID)
		for name, w := range reportBefore {
			if reportAfter[name] != w {
				t.Errorf("claim 1's report: %s allocated %d after the growth, was %d", name, reportAfter[name], w)
			}
		}
	})
	for id, d := range delta {
		r.allocated[id] += d
	}
	for id, w := range want {
		r.committed[id] = w
	}
	t.Logf("contract %s → %s; leaver's share %s kept; %d members re-planned (%s), the tightest %s by %s",
		money.FormatEUR(r.cost), money.FormatEUR(newCost), money.FormatEUR(frozen), len(need), money.FormatEUR(needed), tight.Name, money.FormatEUR(need[tight.ID]))
	r.cost = newCost
}
