package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/testdb"
)

// TestRunningProject_DeliverablesAndDisbursements follows the demo's
// running project: a deliverable replicated to every member in one action,
// a member referent moving its own copy to delivered with evidence (and
// nothing else), the lead accepting it; overdue items per role; the
// Region's disbursements computed from the call's plan (advance; no
// interim after an accepted claim whose contribution the advance already
// covers; no balance before completion).
func TestRunningProject_DeliverablesAndDisbursements(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		roles := seedRunning(t, d)
		res, p := roles.res, roles.res.Project
		lead, member, auditor, officer := roles.lead, roles.member, roles.auditor, roles.officer
		sys := authz.WithSystem(context.Background())
		lines, err := d.Client().Call.Query().QueryInterventionLines().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		var lineB string
		for _, l := range lines {
			if l.Code == "B" && l.CallID == p.CallID {
				lineB = string(l.ID)
			}
		}

		type deliverable struct {
			ID       string `json:"id"`
			BodyID   string `json:"bodyID"`
			GroupKey string `json:"groupKey"`
			Status   string `json:"status"`
		}
		var def struct {
			DefineDeliverable []deliverable `json:"defineDeliverable"`
		}
		mustOK(t, lead.do(t, `mutation($in: DefineDeliverableInput!) { defineDeliverable(input: $in) { id bodyID groupKey status } }`,
			map[string]any{"in": map[string]any{"projectID": p.ID, "interventionLineID": lineB, "title": "Fatturazione elettronica attiva", "dueOn": "2027-06-30"}})).decode(t, &def)
		if len(def.DefineDeliverable) != demo.Members {
			t.Fatalf("replicated to %d members, want %d", len(def.DefineDeliverable), demo.Members)
		}
		group := def.DefineDeliverable[0].GroupKey
		for _, dv := range def.DefineDeliverable {
			if dv.GroupKey != group || dv.Status != "PLANNED" {
				t.Errorf("copy %+v: want group %s, PLANNED", dv, group)
			}
		}
		grottammare, other := memberBodies(t, d, res.Aggregation.ID)
		var own, others string
		for _, dv := range def.DefineDeliverable {
			switch dv.BodyID {
			case string(grottammare):
				own = dv.ID
			case string(other):
				others = dv.ID
			}
		}
		var seen struct {
			Node struct {
				Deliverables struct {
					TotalCount int `json:"totalCount"`
				} `json:"deliverables"`
			} `json:"node"`
		}
		mustOK(t, member.do(t, `query($id: ID!, $g: String!) { node(id: $id) { ... on Project { deliverables(first: 100, where: {groupKey: $g}) { totalCount } } } }`,
			map[string]any{"id": p.ID, "g": group})).decode(t, &seen)
		if seen.Node.Deliverables.TotalCount != 1 {
			t.Errorf("the referent sees %d copies, want only its own", seen.Node.Deliverables.TotalCount)
		}

		move := `mutation($id: ID!, $to: DeliverableStatus!, $n: String) { transitionDeliverable(id: $id, to: $to, note: $n) { status deliveredOn } }`
		mustOK(t, member.do(t, move, map[string]any{"id": own, "to": "IN_PROGRESS"}))
		storyRefused(t, member.do(t, move, map[string]any{"id": own, "to": "DELIVERED"}), "INVALID", "deliverable.evidence")
		storyRefused(t, member.do(t, move, map[string]any{"id": others, "to": "IN_PROGRESS"}), "NOT_FOUND", "")
		mustOK(t, member.upload(t, `mutation($id: ID!, $file: Upload!) { uploadDeliverableEvidence(deliverableID: $id, file: $file) { id kind } }`,
			map[string]any{"id": own}, "verbale-collaudo.pdf", []byte("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n")))
		mustOK(t, member.do(t, move, map[string]any{"id": own, "to": "DELIVERED"}))
		storyRefused(t, member.do(t, move, map[string]any{"id": own, "to": "ACCEPTED"}), "FORBIDDEN", "")
		storyRefused(t, lead.do(t, move, map[string]any{"id": own, "to": "REJECTED"}), "INVALID", "deliverable.reject_reason")
		mustOK(t, lead.do(t, move, map[string]any{"id": own, "to": "ACCEPTED"}))

		overdue := `query($id: ID!) { node(id: $id) { ... on Project { overdue(asOf: "2026-11-23", limit: 100) { deliverables { id } milestones { id } } } } }`
		var o struct {
			Node struct {
				Overdue struct {
					Deliverables []struct{ ID string } `json:"deliverables"`
					Milestones   []struct{ ID string } `json:"milestones"`
				} `json:"overdue"`
			} `json:"node"`
		}
		mustOK(t, lead.do(t, overdue, map[string]any{"id": p.ID})).decode(t, &o)
		if len(o.Node.Overdue.Deliverables) < demo.Members || len(o.Node.Overdue.Milestones) != 1 {
			t.Errorf("the lead's overdue items: %d deliverables, %d milestones; want every member's preservation deliverable and the autumn meeting",
				len(o.Node.Overdue.Deliverables), len(o.Node.Overdue.Milestones))
		}
		mustOK(t, member.do(t, overdue, map[string]any{"id": p.ID})).decode(t, &o)
		if n := len(o.Node.Overdue.Deliverables); n < 1 || n > 2 {
			t.Errorf("the referent's overdue deliverables: %d, want only its own", n)
		}

		// A receipt recorded after the mandate.
		var pending struct {
			Node struct {
				Invoices storyConn[struct {
					Number   string `json:"number"`
					Payments storyConn[struct {
						ID          string  `json:"id"`
						ReceiptDate *string `json:"receiptDate"`
					}] `json:"payments"`
				}] `json:"invoices"`
			} `json:"node"`
		}
		mustOK(t, lead.do(t, `query($id: ID!) { node(id: $id) { ... on Project { invoices(first: 10) { edges { node { number payments(first: 5) { edges { node { id receiptDate } } } } } } } } }`,
			map[string]any{"id": p.ID})).decode(t, &pending)
		var unreceipted string
		for _, e := range pending.Node.Invoices.Edges {
			for _, py := range e.Node.Payments.Edges {
				if py.Node.ReceiptDate == nil {
					unreceipted = py.Node.ID
				}
			}
		}
		if unreceipted == "" {
			t.Fatal("the demo should have a payment waiting for its receipt")
		}
		receipt := `mutation($id: ID!, $d: Date!) { recordReceipt(paymentID: $id, receiptDate: $d) { receiptDate } }`
		storyRefused(t, member.do(t, receipt, map[string]any{"id": unreceipted, "d": "2026-01-25"}), "FORBIDDEN", "")
		storyRefused(t, lead.do(t, receipt, map[string]any{"id": unreceipted, "d": "2026-01-19"}), "INVALID", "payment.receipt_before_mandate")
		mustOK(t, lead.do(t, receipt, map[string]any{"id": unreceipted, "d": "2026-01-25"}))
		storyRefused(t, lead.do(t, receipt, map[string]any{"id": unreceipted, "d": "2026-01-26"}), "CONFLICT", "payment.receipt_recorded")

		// Disbursements.
		request := `mutation($p: ID!, $k: DisbursementKind!, $c: ID) { requestDisbursement(projectID: $p, kind: $k, claimID: $c) { id amountCents status } }`
		type disb struct {
			RequestDisbursement struct {
				ID          string `json:"id"`
				AmountCents int64  `json:"amountCents"`
			} `json:"requestDisbursement"`
		}
		storyRefused(t, lead.do(t, request, map[string]any{"p": p.ID, "k": "ADVANCE"}), "FORBIDDEN", "")
		var adv disb
		mustOK(t, officer.do(t, request, map[string]any{"p": p.ID, "k": "ADVANCE"})).decode(t, &adv)
		if want := money.BasisPoints(p.GrantedCents, 3000); adv.RequestDisbursement.AmountCents != want {
			t.Errorf("advance %d, want 30%% of the grant, %d", adv.RequestDisbursement.AmountCents, want)
		}
		storyRefused(t, officer.do(t, request, map[string]any{"p": p.ID, "k": "ADVANCE"}), "CONFLICT", "disbursement.advance_done")
		claim, err := d.Client().ExpenseClaim.Query().Where(expenseclaim.ProjectID(p.ID), expenseclaim.Number(1)).WithItems().Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		storyRefused(t, officer.do(t, request, map[string]any{"p": p.ID, "k": "INTERIM", "c": claim.ID}), "CONFLICT", "disbursement.claim_not_accepted")
		var rv struct {
			StartReview struct {
				ID        string
				Checklist []struct{ Key string }
			} `json:"startReview"`
		}
		mustOK(t, auditor.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id checklist { key } } }`, map[string]any{"id": claim.ID})).decode(t, &rv)
		var results []any
		for _, c := range rv.StartReview.Checklist {
			results = append(results, map[string]any{"key": c.Key, "result": "OK"})
		}
		mustOK(t, auditor.do(t, `mutation($id: ID!, $r: [ChecklistResultInput!]!) { setReviewChecklist(reviewID: $id, results: $r) { id } }`,
			map[string]any{"id": rv.StartReview.ID, "r": results}))
		var admitted int64
		for _, it := range claim.Edges.Items {
			admitted += it.ClaimedCents
			mustOK(t, auditor.do(t, `mutation($id: ID!, $a: Cents!) { decideExpenseItem(id: $id, admittedCents: $a) { id } }`,
				map[string]any{"id": it.ID, "a": it.ClaimedCents}))
		}
		mustOK(t, auditor.do(t, `mutation($id: ID!) { completeReview(reviewID: $id, outcome: ACCEPTED) { id } }`, map[string]any{"id": rv.StartReview.ID}))
		// The contribution on what was admitted (100% of it) is below the
		// advance, which counts as disbursed: no interim payment is due,
		// and the refusal shows the computation.
		e := storyRefused(t, officer.do(t, request, map[string]any{"p": p.ID, "k": "INTERIM", "c": claim.ID}), "INVALID", "disbursement.nothing_due")
		for _, want := range []string{money.FormatEUR(admitted), money.FormatEUR(adv.RequestDisbursement.AmountCents), money.FormatEUR(money.BasisPoints(p.GrantedCents, 5000))} {
			if !strings.Contains(e.Message, want) {
				t.Errorf("message %q should show the computation with %s", e.Message, want)
			}
		}
		storyRefused(t, officer.do(t, request, map[string]any{"p": p.ID, "k": "BALANCE"}), "CONFLICT", "disbursement.not_completed")
		move2 := `mutation($id: ID!, $to: DisbursementStatus!, $on: Date, $ref: String) { transitionDisbursement(id: $id, to: $to, on: $on, reference: $ref) { status paidOn paymentReference } }`
		storyRefused(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "PAID"}), "CONFLICT", "lifecycle.transition")
		mustOK(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "APPROVED", "on": "2026-11-20"}))
		storyRefused(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "PAID", "on": "2026-11-19", "ref": "mandato n. 7/2026"}), "INVALID", "disbursement.paid_before_approval")
		// The payment names its act: required, not blank, bounded.
		for _, ref := range []any{nil, "  ", strings.Repeat("x", 101)} {
			storyRefused(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "PAID", "on": "2026-11-23", "ref": ref}), "INVALID", "disbursement.reference")
		}
		storyRefused(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "PAID", "on": "2999-01-01", "ref": "mandato n. 7/2026"}), "INVALID", "disbursement.paid_future")
		mustOK(t, officer.do(t, move2, map[string]any{"id": adv.RequestDisbursement.ID, "to": "PAID", "on": "2026-11-23", "ref": " mandato n. 7/2026 "}))

		storyRefused(t, officer.do(t, `mutation($id: ID!) { transitionProject(id: $id, to: COMPLETED) { status } }`, map[string]any{"id": p.ID}),
			"INVALID", "project.deliverables_open")
		storyRefused(t, lead.do(t, `mutation($id: ID!) { transitionProject(id: $id, to: SUSPENDED) { status } }`, map[string]any{"id": p.ID}), "FORBIDDEN", "")
	})
}
