package scale

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/claims"
)

// candidate is a member's share of a receipted invoice with the project's
// CUP: what an expense item can claim.
type candidate struct {
	in *invoice
	s  share
}

// claims writes the project's expense claims: the claimable shares, in the
// order their payments were receipted, cut into claimsPerProject claims
// (the first project's last-but-one claim holds exactly LargeClaimItems).
// All but the last three were reviewed (accepted, partially accepted with
// cuts, a few rejected); then one under review, one submitted and waiting,
// and a draft.
func (g *generator) claims(p *project) error {
	var cands []candidate
	for _, in := range p.invoices {
		if !in.cupOK || in.receipt.IsZero() {
			continue
		}
		for _, s := range in.shares {
			cands = append(cands, candidate{in, s})
		}
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(a.in.receipt.Compare(b.in.receipt), cmp.Compare(a.in.id, b.in.id), cmp.Compare(a.s.body.id, b.s.body.id))
	})
	sizes := claimSizes(len(cands), claimsPerProject, -1, 0)
	if p.idx == 0 && g.cfg.LargeClaimItems > 0 {
		sizes = claimSizes(len(cands), claimsPerProject, claimsPerProject-2, g.cfg.LargeClaimItems)
	}
	start, from := p.start, 0
	for k, n := range sizes {
		chunk := cands[from : from+n]
		from += n
		end := start
		for _, c := range chunk {
			end = maxTime(end, c.in.receipt)
		}
		g.claim(p, k+1, len(sizes), start, end, chunk)
		start = addDays(end, 1)
	}
	if p.idx == 0 && g.cfg.LargeClaimItems > 0 && (len(sizes) < claimsPerProject || sizes[claimsPerProject-2] != g.cfg.LargeClaimItems) {
		return fmt.Errorf("the first project has %d claimable expenses: too few for a claim of %d", len(cands), g.cfg.LargeClaimItems)
	}
	return nil
}

// claimSizes cuts total items into n claims of about the same size, the
// claim at index special (if any) having exactly want items; fewer claims
// when there are fewer items than claims.
func claimSizes(total, n, special, want int) []int {
	if total < n {
		n = total
	}
	sizes := make([]int, n)
	rest, others := total, n
	if special >= 0 && special < n && want < total-(n-1) {
		sizes[special] = want
		rest, others = total-want, n-1
	} else {
		special = -1
	}
	i := 0
	for k := range sizes {
		if k == special {
			continue
		}
		sizes[k] = rest / others
		if i < rest%others {
			sizes[k]++
		}
		i++
	}
	return sizes
}

// claim writes claim number k of n, its items, and its review.
func (g *generator) claim(p *project, k, n int, start, end time.Time, items []candidate) {
	r := p.r
	exseq, eiseq, rvseq := g.seq("EX"), g.seq("EI"), g.seq("RV")
	created := at(minTime(addDays(end, 1+r.IntN(3)), asOf), r.IntN(3600))
	status := "ACCEPTED"
	switch {
	case k == n:
		status = "DRAFT"
	case k == n-1:
		status = "SUBMITTED"
	case k == n-2:
		status = "UNDER_REVIEW"
	case r.IntN(100) < 3:
		status = "REJECTED"
	case r.IntN(100) < 25:
		status = "PARTIALLY_ACCEPTED"
	}
	if status == "PARTIALLY_ACCEPTED" && len(items) == 1 && items[0].s.amount < 2 {
		status = "ACCEPTED"
	}
	var submitted, reviewStart, completed time.Time
	updated := created.Add(time.Duration(len(items)) * time.Millisecond)
	if status != "DRAFT" {
		submitted = minTime(created.Add(time.Duration(24*(2+r.IntN(10)))*time.Hour), at(asOf, 0))
		updated = submitted
	}
	if status != "DRAFT" && status != "SUBMITTED" {
		reviewStart = minTime(submitted.Add(time.Duration(24*(3+r.IntN(8)))*time.Hour), at(asOf, 60))
		updated = reviewStart
	}
	if reviewStart.IsZero() || status == "UNDER_REVIEW" {
		// open or not reviewed
	} else {
		completed = minTime(reviewStart.Add(time.Duration(24*(10+r.IntN(20)))*time.Hour), at(asOf, 120))
		updated = completed
	}
	id := exseq.next(created)
	if p.idx == 0 && k == n-1 && len(items) == g.cfg.LargeClaimItems {
		g.largeClaim = id
	}
	var submittedVal any
	if !submitted.IsZero() {
		submittedVal = submitted
	}
	g.t.claims.add(id, created, updated, p.id, p.regionID, k, start, end, status,
		fmt.Sprintf("Rendiconto n. %d del progetto: spese quietanzate dal %s al %s per %d enti.", k,
			start.Format("02/01/2006"), end.Format("02/01/2006"), len(p.members)), submittedVal, p.projectID)

	// Items, with the auditor's decisions once reviewed; a draft's items
	// are not yet in the Region's scope (rule.TenantHook).
	var itemRegion any = p.regionID
	if status == "DRAFT" {
		itemRegion = nil
	}
	var admitted, cut int64
	cutDone, admittedDone := false, false
	for i, c := range items {
		decision, reason := "PENDING", ""
		var adm any
		a := c.s.amount
		decided := a
		switch status {
		case "ACCEPTED":
			decision = "ADMITTED"
		case "REJECTED":
			decision, decided, reason = "CUT", 0, "Spesa non ammissibile: documentazione di gara incompleta."
		case "PARTIALLY_ACCEPTED":
			decision = "ADMITTED"
			last := i == len(items)-1
			if r.IntN(10) == 0 || (last && !cutDone) {
				if r.IntN(2) == 0 && (admittedDone || !last) || a < 2 {
					decision, decided, reason = "CUT", 0, "Quietanza non leggibile: spesa non ammessa."
				} else {
					decision, decided, reason = "PARTIALLY_ADMITTED", a*int64(50+r.IntN(40))/100, "Quota eccedente il preventivo approvato."
				}
			}
		case "UNDER_REVIEW":
			if i < len(items)/2 {
				decision = "ADMITTED"
			}
		}
		if decision != "PENDING" {
			adm = decided
			if decided > 0 {
				admittedDone = true
			}
			if decided < a {
				cutDone = true
			}
			admitted += decided
			cut += a - decided
		}
		t := created.Add(time.Duration(i+1) * time.Millisecond)
		ut := t
		if decision != "PENDING" {
			ut = maxTime(t, reviewStart.Add(time.Duration(i+1)*time.Millisecond))
		}
		g.t.items.add(eiseq.next(t), t, ut, p.id, itemRegion, a, decision, adm, optStr(reason), id, c.in.id,
			c.in.paymentID, c.s.body.id, c.in.ct.cat.id, c.in.ct.line.id)
	}
	if reviewStart.IsZero() {
		return
	}
	checks := make([]schematype.ChecklistEntry, len(claims.StandardChecklist))
	for i, label := range claims.StandardChecklist {
		checks[i] = schematype.ChecklistEntry{Key: "C" + string(rune('1'+i/9)) + string(rune('1'+i%9)), Label: label}
		if status != "UNDER_REVIEW" || i < len(checks)/2 {
			checks[i].Result = "OK"
		}
	}
	var outcome, comments, completedVal any
	reviewUpdated := reviewStart
	if status == "UNDER_REVIEW" {
		admitted, cut = 0, 0 // the totals are set when the review is completed
	} else {
		outcome, completedVal, reviewUpdated = status, completed, completed
		comments = "Controllo di primo livello concluso."
		if status == "REJECTED" {
			checks[2].Result, checks[2].Note = "KO", "Manca la determina a contrarre."
			comments = "Rendiconto respinto: procedure di affidamento non documentate."
		}
	}
	checklist, _ := json.Marshal(checks)
	g.t.reviews.add(rvseq.next(reviewStart), reviewStart, reviewUpdated, p.id, p.regionID, json.RawMessage(checklist),
		outcome, comments, completedVal, admitted, cut, id, p.region.auditorID)
}
