package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/money"
)

// The Marche Sud story, money as the law has it in 2026 (issue #14): the
// Region pays 80% of the admitted cost, with an advance recovered by the
// interim payments and a balance at completion; an invoice addressed to a
// member (Comune di Ascoli Piceno, by its real codice fiscale) is charged
// to it alone and netted by the supplier's credit note (TD04); a software
// licence in a category where VAT is not eligible is claimed without its
// VAT. Every figure is computed here from the rules, independently of the
// code under test, and asserted to the cent.

const (
	// storyAscoliISTAT is Comune di Ascoli Piceno, the most populous member.
	storyAscoliISTAT = "044007"
	// storyAscoliCF is its codice fiscale, as it publishes it (IndicePA).
	storyAscoliCF = "00229010442"
	// storySoftwareCIG is a unified CIG of the national platform (a real
	// one, from a public act) for the licence bought for Ascoli Piceno.
	storySoftwareCIG = "B96AE2FE01"

	storyMemberTaxable = 150_000 // 1.500,00 € invoiced to Ascoli Piceno
	storyCreditTaxable = 50_000  // 500,00 € credited back by a TD04
	storySWTaxable     = 150_000 // 1.500,00 € of licences (category SW)
	storySWContractNet = 200_000 // the licence contract: 2.000,00 € + VAT
	storySWAllocation  = 300_000 // moved to Ascoli Piceno's SW from the member with most room
)

// rateOf applies basis points to a non-negative amount, rounded half up:
// the rounding DOMAIN.md prescribes for the disbursement plan.
func rateOf(amount, bp int64) int64 { return (amount*bp + 5000) / 10000 }

// vatOf is the 22% VAT of a taxable amount, rounded half up.
func vatOf(taxable int64) int64 { return rateOf(taxable, storyVATRateBp) }

// storyDisbursement is a disbursement as the officer reads it.
type storyDisbursement struct {
	ID                  string `json:"id"`
	Kind                string `json:"kind"`
	Status              string `json:"status"`
	AmountCents         int64  `json:"amountCents"`
	EuCents             int64  `json:"euCents"`
	StateCents          int64  `json:"stateCents"`
	RegionCents         int64  `json:"regionCents"`
	AdmittedToDateCents int64  `json:"admittedToDateCents"`
}

const storyDisbursementFields = `id kind status amountCents euCents stateCents regionCents admittedToDateCents`

// storyPlan is Project.disbursementPlan.
type storyPlan struct {
	GrantedCents        int64 `json:"grantedCents"`
	ContributionRateBp  int64 `json:"contributionRateBp"`
	AdvanceCents        int64 `json:"advanceCents"`
	InterimCapCents     int64 `json:"interimCapCents"`
	AdmittedToDateCents int64 `json:"admittedToDateCents"`
	ContributionCents   int64 `json:"contributionCents"`
	DisbursedCents      int64 `json:"disbursedCents"`
	PaidCents           int64 `json:"paidCents"`
	InterimDueCents     int64 `json:"interimDueCents"`
	BalanceDueCents     int64 `json:"balanceDueCents"`
}

func (s *story) plan(t *testing.T) storyPlan {
	t.Helper()
	return storyOK[struct {
		Node struct {
			DisbursementPlan storyPlan `json:"disbursementPlan"`
		} `json:"node"`
	}](t, s.officer, `query($id: ID!) { node(id: $id) { ... on Project { disbursementPlan {
  grantedCents contributionRateBp advanceCents interimCapCents admittedToDateCents contributionCents disbursedCents paidCents interimDueCents balanceDueCents } } } }`,
		map[string]any{"id": s.projectID}).Node.DisbursementPlan
}

// wantPlan checks the plan against the figures the rules give for what was
// admitted, disbursed and paid so far.
func (s *story) wantPlan(t *testing.T, step string, admitted, disbursed, paid int64) {
	t.Helper()
	g := s.grantedCts
	contribution := rateOf(admitted, storyRateBp)
	want := storyPlan{GrantedCents: g, ContributionRateBp: storyRateBp, AdvanceCents: rateOf(g, storyAdvanceBp),
		InterimCapCents: rateOf(g, storyInterimMaxBp), AdmittedToDateCents: admitted, ContributionCents: contribution,
		DisbursedCents: disbursed, PaidCents: paid,
		InterimDueCents: min(contribution, rateOf(g, storyInterimMaxBp)) - disbursed, BalanceDueCents: min(contribution, g) - disbursed}
	got := s.plan(t)
	// Nothing is due shows as zero or less; compare what the rules give.
	if got != want {
		t.Errorf("%s: disbursement plan\n got %+v\nwant %+v", step, got, want)
	}
}

// sources splits a disbursement like the funding decree (EU 50%, State 35%,
// Region the rest of the grant), by the largest remainder.
func (s *story) sources(t *testing.T, amount int64) (eu, state, region int64) {
	t.Helper()
	g := s.grantedCts
	w := []int64{g / 2, g * 35 / 100, g - g/2 - g*35/100}
	parts, err := money.SplitLargestRemainder(amount, w)
	if err != nil {
		t.Fatal(err)
	}
	return parts[0], parts[1], parts[2]
}

func (s *story) requestDisbursement(t *testing.T, kind, claimID string, want int64, admitted int64) storyDisbursement {
	t.Helper()
	vars := map[string]any{"p": s.projectID, "k": kind}
	if claimID != "" {
		vars["c"] = claimID
	}
	d := storyOK[struct {
		RequestDisbursement storyDisbursement `json:"requestDisbursement"`
	}](t, s.officer, `mutation($p: ID!, $k: DisbursementKind!, $c: ID) { requestDisbursement(projectID: $p, kind: $k, claimID: $c) { `+storyDisbursementFields+` } }`, vars).RequestDisbursement
	eu, state, region := s.sources(t, want)
	if d.Kind != kind || d.Status != "REQUESTED" || d.AmountCents != want || d.EuCents != eu || d.StateCents != state || d.RegionCents != region ||
		d.AdmittedToDateCents != admitted {
		t.Errorf("%s disbursement %+v, want %s (EU %s, State %s, Region %s) on %s admitted", kind, d,
			money.FormatEUR(want), money.FormatEUR(eu), money.FormatEUR(state), money.FormatEUR(region), money.FormatEUR(admitted))
	}
	return d
}

// payDisbursement approves a disbursement and records its payment. The
// story's calendar runs ahead of the server's, and a payment is never
// recorded on a day still to come (disbursement.paid_future): both steps
// take the server's today, and the story's day is the act's reference.
func (s *story) payDisbursement(t *testing.T, id, on string) {
	t.Helper()
	for _, to := range []string{"APPROVED", "PAID"} {
		mustOK(t, s.officer.do(t, `mutation($id: ID!, $to: DisbursementStatus!, $ref: String) { transitionDisbursement(id: $id, to: $to, reference: $ref) { id status } }`,
			map[string]any{"id": id, "to": to, "ref": "mandato del " + on}))
	}
}

// advance: the officer disburses a·G to the running project before any
// spending; it counts as disbursed from the moment it is requested.
func (s *story) advance(t *testing.T, r *storyRun) {
	s.wantPlan(t, "before the advance", 0, 0, 0)
	adv := rateOf(s.grantedCts, storyAdvanceBp)
	d := s.requestDisbursement(t, "ADVANCE", "", adv, 0)
	r.disbursed = adv
	t.Run("ErrAdvanceTwice", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: ADVANCE) { id } }`,
			map[string]any{"p": s.projectID}), "CONFLICT", "disbursement.advance_done")
	})
	t.Run("ErrInterimWithoutClaim", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: INTERIM) { id } }`,
			map[string]any{"p": s.projectID}), "INVALID", "disbursement.claim_required")
	})
	t.Run("ErrLeadRequests", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: INTERIM) { id } }`,
			map[string]any{"p": s.projectID}), "FORBIDDEN", "")
	})
	s.wantPlan(t, "advance requested", 0, adv, 0)
	s.payDisbursement(t, d.ID, "2027-01-20")
	r.paid = adv
	s.wantPlan(t, "advance paid", 0, adv, adv)
}

// interim: after the partial acceptance of claim 1 the Region owes
// min(r × admitted, c·G) − already disbursed: the advance is recovered.
func (s *story) interim(t *testing.T, r *storyRun) {
	admitted := r.admitted
	due := min(rateOf(admitted, storyRateBp), rateOf(s.grantedCts, storyInterimMaxBp)) - r.disbursed
	if due <= 0 {
		t.Fatalf("the story's figures leave no interim payment (80%% of %d admitted vs %d disbursed): fix the story's advance", admitted, r.disbursed)
	}
	s.wantPlan(t, "claim 1 accepted in part", admitted, r.disbursed, r.paid)
	t.Run("ErrBalanceBeforeCompletion", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: BALANCE) { id } }`,
			map[string]any{"p": s.projectID}), "CONFLICT", "disbursement.not_completed")
	})
	d := s.requestDisbursement(t, "INTERIM", r.claimID, due, admitted)
	r.disbursed += due
	t.Run("ErrSameClaimTwice", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!, $c: ID!) { requestDisbursement(projectID: $p, kind: INTERIM, claimID: $c) { id } }`,
			map[string]any{"p": s.projectID, "c": r.claimID}), "CONFLICT", "disbursement.claim_paid")
	})
	s.payDisbursement(t, d.ID, "2027-10-05")
	r.paid += due
	// The advance and the interim payment are now exactly 80% of what was
	// admitted: the advance was recovered in full.
	if r.disbursed != rateOf(admitted, storyRateBp) {
		t.Errorf("disbursed %d after the interim payment, want 80%% of %d = %d", r.disbursed, admitted, rateOf(admitted, storyRateBp))
	}
	s.wantPlan(t, "interim paid", admitted, r.disbursed, r.paid)
}

// fattura builds a FatturaPA file of the story's vendor.
func (s *story) fattura(t *testing.T, r *storyRun, docType, number string, on civil.Date, buyer fatturapa.Party, cig string, taxable int64, linked ...fatturapa.LinkedInvoice) []byte {
	t.Helper()
	vat := vatOf(taxable)
	amount := fmt.Sprintf("%d.%02d", taxable/100, taxable%100)
	data, err := fatturapa.Encode(&fatturapa.File{
		Version:  fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: r.vatID, Name: "Piceno Digitale S.r.l."},
		Buyer:    buyer,
		Invoices: []fatturapa.Invoice{{
			DocumentType: docType, Currency: "EUR", Date: on, Number: number,
			TotalCents: taxable + vat, HasTotal: true, TaxableCents: taxable, VATCents: vat, SplitPayment: true,
			CIGs: []string{cig}, CUPs: []string{storyCUP}, Linked: linked,
			Lines: []fatturapa.Line{{Number: 1, Description: "Servizi per il Comune di Ascoli Piceno", Quantity: "1.00",
				UnitPrice: amount, TotalPrice: amount, VATRate: "22.00"}},
		}},
	})
	if err != nil {
		t.Fatalf("encoding %s: %v", number, err)
	}
	return data
}

const storyMoneyInvoiceFields = `id number documentType totalCents spendingCents problems buyerBody { id } contract { id }
  parts { kind dueCents paidCents receiptedCents } claimableShares { bodyID expenseCategoryID vatEligible claimableCents }
  shares(first: 100) { totalCount edges { node { bodyID amountCents } } }`

type storyMoneyInvoice struct {
	ID           string   `json:"id"`
	Number       string   `json:"number"`
	DocumentType string   `json:"documentType"`
	TotalCents   int64    `json:"totalCents"`
	Spending     int64    `json:"spendingCents"`
	Problems     []string `json:"problems"`
	BuyerBody    *struct{ ID string }
	Contract     *struct{ ID string }
	Parts        []struct {
		Kind           string `json:"kind"`
		DueCents       int64  `json:"dueCents"`
		PaidCents      int64  `json:"paidCents"`
		ReceiptedCents int64  `json:"receiptedCents"`
	} `json:"parts"`
	Claimable []struct {
		BodyID            string `json:"bodyID"`
		ExpenseCategoryID string `json:"expenseCategoryID"`
		VatEligible       bool   `json:"vatEligible"`
		ClaimableCents    int64  `json:"claimableCents"`
	} `json:"claimableShares"`
	Shares storyConn[struct {
		BodyID      string `json:"bodyID"`
		AmountCents int64  `json:"amountCents"`
	}] `json:"shares"`
}

func (s *story) moneyInvoice(t *testing.T, id string) storyMoneyInvoice {
	t.Helper()
	return storyOK[struct {
		Node storyMoneyInvoice `json:"node"`
	}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on Invoice { `+storyMoneyInvoiceFields+` } } }`, map[string]any{"id": id}).Node
}

func (s *story) importOne(t *testing.T, file []byte, name string) storyMoneyInvoice {
	t.Helper()
	var res struct {
		ImportInvoices struct {
			Invoices  []storyMoneyInvoice `json:"invoices"`
			Discarded []struct{ Number, Rule, Reason string }
		} `json:"importInvoices"`
	}
	mustOK(t, s.lead.upload(t, `mutation($id: ID!, $file: Upload!) { importInvoices(projectID: $id, file: $file) {
  invoices { `+storyMoneyInvoiceFields+` } discarded { number rule reason } } }`, map[string]any{"id": s.projectID}, name, file)).decode(t, &res)
	if len(res.ImportInvoices.Invoices) != 1 {
		t.Fatalf("importing %s: %+v, want one invoice", name, res.ImportInvoices)
	}
	return res.ImportInvoices.Invoices[0]
}

// wantParts checks an invoice's supplier and F24 parts: due, paid, receipted.
func wantParts(t *testing.T, inv storyMoneyInvoice, supplier, vat [3]int64) {
	t.Helper()
	got := map[string][3]int64{}
	for _, p := range inv.Parts {
		got[p.Kind] = [3]int64{p.DueCents, p.PaidCents, p.ReceiptedCents}
	}
	if len(inv.Parts) != 2 || got["SUPPLIER"] != supplier || got["VAT_F24"] != vat {
		t.Errorf("invoice %s parts %+v, want supplier (due, paid, receipted) %v and VAT by F24 %v", inv.Number, inv.Parts, supplier, vat)
	}
}

// memberInvoice: Ascoli Piceno's codice fiscale is recorded by the lead; an
// invoice addressed to it under the joint contract is charged to it alone;
// the supplier's credit note (TD04) naming it nets its spending; it is paid
// as the supplier's net plus the VAT by F24.
func (s *story) memberInvoice(t *testing.T, r *storyRun) {
	ascoli := s.byISTAT[storyAscoliISTAT]
	if ascoli.ID == "" {
		t.Fatal("Comune di Ascoli Piceno is not a member of the story's aggregation")
	}
	body := storyOK[struct {
		Node struct {
			Version       int     `json:"version"`
			CodiceFiscale *string `json:"codiceFiscale"`
		} `json:"node"`
	}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on PublicBody { version codiceFiscale } } }`, map[string]any{"id": ascoli.ID}).Node
	t.Run("ErrWrongCheckDigit", func(t *testing.T) {
		e := storyRefused(t, s.lead.do(t, `mutation($id: ID!, $v: Int!) { updateMemberBodyCodes(bodyID: $id, version: $v, input: {codiceFiscale: "00229010443"}) { id } }`,
			map[string]any{"id": ascoli.ID, "v": body.Version}), "INVALID", "")
		if strings.Contains(e.Message, storyAscoliCF) {
			t.Errorf("the refusal %q reveals the right codice fiscale", e.Message)
		}
	})
	mustOK(t, s.lead.do(t, `mutation($id: ID!, $v: Int!) { updateMemberBodyCodes(bodyID: $id, version: $v, input: {codiceFiscale: "`+storyAscoliCF+`"}) { id } }`,
		map[string]any{"id": ascoli.ID, "v": body.Version}))

	buyer := fatturapa.Party{Name: "Comune di Ascoli Piceno", CodiceFiscale: storyAscoliCF}
	inv := s.importOne(t, s.fattura(t, r, "TD01", "FPA 31/27", civil.New(2027, 9, 30), buyer, storyCIG, storyMemberTaxable), "IT"+r.vatID+"_00031.xml")
	gross := storyMemberTaxable + vatOf(storyMemberTaxable)
	if len(inv.Problems) != 0 || inv.BuyerBody == nil || inv.BuyerBody.ID != ascoli.ID || inv.Contract == nil || inv.Contract.ID != r.contractID {
		t.Errorf("the invoice addressed to Ascoli Piceno: problems %v, buyer %+v, contract %+v", inv.Problems, inv.BuyerBody, inv.Contract)
	}
	if inv.Shares.TotalCount != 1 || inv.Shares.Edges[0].Node.BodyID != ascoli.ID || inv.Shares.Edges[0].Node.AmountCents != gross {
		t.Errorf("the invoice addressed to Ascoli Piceno is charged %+v, want %d to it alone", inv.Shares, gross)
	}

	credit := s.importOne(t, s.fattura(t, r, "TD04", "NC 4/27", civil.New(2027, 10, 15), buyer, storyCIG, storyCreditTaxable,
		fatturapa.LinkedInvoice{Number: "FPA 31/27", Date: ptrDate(civil.New(2027, 9, 30))}), "IT"+r.vatID+"_00032.xml")
	if credit.DocumentType != "TD04" {
		t.Errorf("the credit note was saved as %s", credit.DocumentType)
	}
	t.Run("ErrPayTheCreditNote", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyPay, map[string]any{"in": map[string]any{"invoiceID": credit.ID, "mandateNumber": "MAND 990",
			"mandateDate": "2027-10-20", "amountCents": 100}}), "INVALID", "")
	})
	netTaxable := int64(storyMemberTaxable - storyCreditTaxable)
	netVAT := vatOf(storyMemberTaxable) - vatOf(storyCreditTaxable)
	r.memberInvoice = s.moneyInvoice(t, inv.ID)
	if r.memberInvoice.Spending != netTaxable+netVAT {
		t.Errorf("spending of FPA 31/27 after its credit note: %d, want %d", r.memberInvoice.Spending, netTaxable+netVAT)
	}
	wantParts(t, r.memberInvoice, [3]int64{netTaxable, 0, 0}, [3]int64{netVAT, 0, 0})

	t.Run("ErrGrossToSupplier", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyPay, map[string]any{"in": map[string]any{"invoiceID": inv.ID, "mandateNumber": "MAND 991",
			"mandateDate": "2027-10-20", "amountCents": netTaxable + netVAT}}), "INVALID", "payment.exceeds_invoice")
	})
	for _, p := range []map[string]any{
		{"invoiceID": inv.ID, "mandateNumber": "MAND 991", "mandateDate": "2027-10-20", "amountCents": netTaxable, "receiptDate": "2027-10-22"},
		{"invoiceID": inv.ID, "kind": "VAT_F24", "mandateNumber": "F24 1116", "mandateDate": "2027-11-16", "amountCents": netVAT, "receiptDate": "2027-11-16"},
	} {
		mustOK(t, s.lead.do(t, storyPay, map[string]any{"in": p}))
	}
	r.memberInvoice = s.moneyInvoice(t, inv.ID)
	wantParts(t, r.memberInvoice, [3]int64{netTaxable, netTaxable, netTaxable}, [3]int64{netVAT, netVAT, netVAT})
	if c := r.memberInvoice.Claimable; len(c) != 1 || c[0].BodyID != ascoli.ID || c[0].ExpenseCategoryID != s.catIDs["SERV"] || !c[0].VatEligible ||
		c[0].ClaimableCents != netTaxable+netVAT {
		t.Errorf("claimable of FPA 31/27: %+v, want Ascoli Piceno's %d (SERV, VAT eligible)", c, netTaxable+netVAT)
	}
}

// softwareWithoutVAT: the lead re-plans 3.000,00 € of another member's
// allocation to Ascoli Piceno's software licences (SW, a category where the call does not admit VAT),
// buys them with a 2027 direct award under a unified CIG, pays the invoice
// (supplier + F24) and finds it claimable without its VAT.
func (s *story) softwareWithoutVAT(t *testing.T, r *storyRun) {
	ascoli := s.byISTAT[storyAscoliISTAT]
	current := s.allocations(t, s.lead)
	// The donor is the member whose SERV allocation has most room over
	// what its contracts commit.
	donor, room := "", int64(0)
	for _, a := range current {
		if a.BodyID != ascoli.ID && a.ExpenseCategoryID == s.catIDs["SERV"] && a.AmountCents-r.committed[a.BodyID] > room {
			donor, room = a.BodyID, a.AmountCents-r.committed[a.BodyID]
		}
	}
	if room < storySWAllocation {
		t.Fatalf("no member has %d of SERV allocation free (most: %d)", storySWAllocation, room)
	}
	t.Run("ErrBelowCommitted", func(t *testing.T) {
		// Moving to the donor more of Ascoli Piceno's SERV than its
		// contracts leave free (one cent more): the re-plan is refused
		// naming the member and the shortfall.
		moved := r.allocated[ascoli.ID] - r.committed[ascoli.ID] + 1
		var rows []map[string]any
		for _, a := range current {
			amount := a.AmountCents
			if a.ExpenseCategoryID == s.catIDs["SERV"] {
				switch a.BodyID {
				case ascoli.ID:
					amount -= moved
				case donor:
					amount += moved
				}
			}
			rows = append(rows, map[string]any{"bodyID": a.BodyID, "expenseCategoryID": a.ExpenseCategoryID, "amountCents": amount})
		}
		e := storyRefused(t, s.lead.do(t, storySetAllocations, map[string]any{"id": s.projectID, "rows": rows}), "INVALID", "allocation.below_committed")
		if !strings.Contains(e.Message, ascoli.Name) || !strings.Contains(e.Message, money.FormatEUR(1)+".") {
			t.Errorf("the refusal %q should name %s and the shortfall of 0,01 €", e.Message, ascoli.Name)
		}
	})
	var rows []map[string]any
	for _, a := range current {
		amount := a.AmountCents
		if a.BodyID == donor && a.ExpenseCategoryID == s.catIDs["SERV"] {
			amount -= storySWAllocation
		}
		rows = append(rows, map[string]any{"bodyID": a.BodyID, "expenseCategoryID": a.ExpenseCategoryID, "amountCents": amount})
	}
	rows = append(rows, map[string]any{"bodyID": ascoli.ID, "expenseCategoryID": s.catIDs["SW"], "amountCents": storySWAllocation})
	r.allocated[donor] -= storySWAllocation
	r.allocated[ascoli.ID] += storySWAllocation
	s.approvedReplan(t, rows, "Le licenze del software di protocollo di Ascoli Piceno passano alla categoria SW.")

	pc := storyOK[struct {
		CreateProcurement struct{ ID string } `json:"createProcurement"`
	}](t, s.lead, `mutation($in: CreateProcurementInput!) { createProcurement(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"projectID": s.projectID, "runningBodyID": s.bodies[0].ID, "beneficiaryIDs": []string{ascoli.ID},
		"title": "Licenze del software di protocollo per il Comune di Ascoli Piceno", "objectType": "SUPPLIES",
		"procedureType": "DIRECT_AWARD", "baseCents": storySWContractNet, "startedOn": "2027-07-01",
		"legalBasis": "art. 50, c. 1, lett. b), D.Lgs. 36/2023"}}).CreateProcurement
	lot := storyOK[struct {
		CreateLot struct{ ID string } `json:"createLot"`
	}](t, s.lead, `mutation($in: CreateLotInput!) { createLot(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"procurementID": pc.ID, "title": "Licenze", "cig": storySoftwareCIG, "baseCents": storySWContractNet}}).CreateLot
	mustOK(t, s.lead.do(t, `mutation($id: ID!, $in: AwardLotInput!) { awardLot(id: $id, input: $in) { id } }`, map[string]any{"id": lot.ID,
		"in": map[string]any{"vendorID": r.vendorID, "awardCents": storySWContractNet, "awardedOn": "2027-07-10"}}))
	// Where VAT is not eligible the members commit the net amount only.
	cost := int64(storySWContractNet)
	ct := storyOK[struct {
		SignContract struct{ ID string } `json:"signContract"`
	}](t, s.lead, `mutation($in: SignContractInput!) { signContract(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"lotID": lot.ID, "vendorID": r.vendorID, "reference": "Contratto rep. 1301/2027", "interventionLineID": s.lineIDs["D"],
		"signedOn": "2027-07-15", "startsOn": "2027-07-15", "endsOn": "2028-07-14", "netCents": storySWContractNet, "vatCents": vatOf(storySWContractNet),
		"split": map[string]any{"method": "CUSTOM", "expenseCategoryID": s.catIDs["SW"],
			"shares": []any{map[string]any{"bodyID": ascoli.ID, "amountCents": cost}}}}}).SignContract
	r.swContractID, r.swCommitted = ct.ID, cost

	buyer := fatturapa.Party{Name: "Comune di Ascoli Piceno", CodiceFiscale: storyAscoliCF}
	inv := s.importOne(t, s.fattura(t, r, "TD01", "FPA 33/27", civil.New(2027, 9, 30), buyer, storySoftwareCIG, storySWTaxable), "IT"+r.vatID+"_00033.xml")
	if len(inv.Problems) != 0 || inv.Contract == nil || inv.Contract.ID != ct.ID {
		t.Errorf("the licence invoice: problems %v, contract %+v (want %s)", inv.Problems, inv.Contract, ct.ID)
	}
	vat := vatOf(storySWTaxable)
	for _, p := range []map[string]any{
		{"invoiceID": inv.ID, "mandateNumber": "MAND 1002", "mandateDate": "2027-10-25", "amountCents": storySWTaxable, "receiptDate": "2027-10-27"},
		{"invoiceID": inv.ID, "kind": "VAT_F24", "mandateNumber": "F24 1116", "mandateDate": "2027-11-16", "amountCents": vat, "receiptDate": "2027-11-16"},
	} {
		mustOK(t, s.lead.do(t, storyPay, map[string]any{"in": p}))
	}
	r.swInvoice = s.moneyInvoice(t, inv.ID)
	wantParts(t, r.swInvoice, [3]int64{storySWTaxable, storySWTaxable, storySWTaxable}, [3]int64{vat, vat, vat})
	if c := r.swInvoice.Claimable; len(c) != 1 || c[0].BodyID != ascoli.ID || c[0].ExpenseCategoryID != s.catIDs["SW"] || c[0].VatEligible ||
		c[0].ClaimableCents != storySWTaxable {
		t.Errorf("claimable of the licence invoice: %+v, want Ascoli Piceno's %d (SW, VAT not eligible)", c, storySWTaxable)
	}
}

// claim2: Ascoli Piceno's two expenses, the first with its VAT (eligible in
// SERV), the second without (SW); claiming the licence's VAT is refused.
// The auditor accepts it in full.
func (s *story) claim2(t *testing.T, r *storyRun) {
	ascoli := s.byISTAT[storyAscoliISTAT]
	c := storyOK[struct {
		CreateExpenseClaim struct {
			ID     string
			Number int
		} `json:"createExpenseClaim"`
	}](t, s.lead, `mutation($p: ID!, $in: ExpenseClaimInput!) { createExpenseClaim(projectID: $p, input: $in) { id number } }`,
		map[string]any{"p": s.projectID, "in": map[string]any{"periodStart": "2027-07-01", "periodEnd": "2027-12-31",
			"narrative": "Servizi e licenze per il Comune di Ascoli Piceno, al netto della nota di credito NC 4/27."}}).CreateExpenseClaim
	if c.Number != 2 {
		t.Errorf("the second claim has number %d", c.Number)
	}
	withVAT := r.memberInvoice.Spending
	item := func(inv string, cat string, cents int64) map[string]any {
		return map[string]any{"invoiceID": inv, "bodyID": ascoli.ID, "expenseCategoryID": s.catIDs[cat], "claimedCents": cents}
	}
	t.Run("ErrVATNotEligible", func(t *testing.T) {
		e := storyRefused(t, s.lead.do(t, storyAddItems, map[string]any{"id": c.ID, "items": []any{
			item(r.memberInvoice.ID, "SERV", withVAT), item(r.swInvoice.ID, "SW", storySWTaxable+vatOf(storySWTaxable))}}), "INVALID", "expense.vat_not_eligible")
		if !strings.Contains(e.Message, "Ascoli Piceno") || !strings.Contains(e.Message, money.FormatEUR(storySWTaxable)) {
			t.Errorf("the refusal %q should name the member and the most it may claim (%s)", e.Message, money.FormatEUR(storySWTaxable))
		}
		if n := s.claimItemCount(t, c.ID); n != 0 {
			t.Errorf("a refused request saved %d items", n)
		}
	})
	t.Run("ErrClaimTheCreditNote", func(t *testing.T) {
		credit := storyOK[struct {
			Node struct {
				Invoices storyConn[struct{ ID string }] `json:"invoices"`
			} `json:"node"`
		}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on Project { invoices(first: 5, where: {number: "NC 4/27"}) { edges { node { id } } } } } }`,
			map[string]any{"id": s.projectID}).Node.Invoices.Edges
		if len(credit) != 1 {
			t.Fatalf("credit note not found: %+v", credit)
		}
		storyRefused(t, s.lead.do(t, storyAddItems, map[string]any{"id": c.ID, "items": []any{item(credit[0].Node.ID, "SERV", 100)}}), "INVALID", "expense.credit_note")
	})
	var added struct {
		AddExpenseItems []storyItem `json:"addExpenseItems"`
	}
	mustOK(t, s.lead.do(t, storyAddItems, map[string]any{"id": c.ID, "items": []any{
		item(r.memberInvoice.ID, "SERV", withVAT), item(r.swInvoice.ID, "SW", storySWTaxable)}})).decode(t, &added)
	if len(added.AddExpenseItems) != 2 {
		t.Fatalf("claim 2 items: %+v", added.AddExpenseItems)
	}
	mustOK(t, s.lead.do(t, `mutation($id: ID!) { submitExpenseClaim(id: $id) { id } }`, map[string]any{"id": c.ID}))

	rv := storyOK[struct {
		StartReview struct {
			ID        string
			Checklist []struct{ Key string }
		} `json:"startReview"`
	}](t, r.auditor, `mutation($id: ID!) { startReview(claimID: $id) { id checklist { key } } }`, map[string]any{"id": c.ID}).StartReview
	var results []any
	for _, k := range rv.Checklist {
		results = append(results, map[string]any{"key": k.Key, "result": "OK"})
	}
	mustOK(t, r.auditor.do(t, `mutation($id: ID!, $r: [ChecklistResultInput!]!) { setReviewChecklist(reviewID: $id, results: $r) { id } }`,
		map[string]any{"id": rv.ID, "r": results}))
	for _, it := range added.AddExpenseItems {
		mustOK(t, r.auditor.do(t, `mutation($id: ID!, $a: Cents!) { decideExpenseItem(id: $id, admittedCents: $a) { id } }`,
			map[string]any{"id": it.ID, "a": it.ClaimedCents}))
	}
	done := storyOK[struct {
		CompleteReview struct {
			AdmittedCents int64 `json:"admittedCents"`
		} `json:"completeReview"`
	}](t, r.auditor, `mutation($id: ID!) { completeReview(reviewID: $id, outcome: ACCEPTED) { admittedCents } }`, map[string]any{"id": rv.ID}).CompleteReview
	if want := withVAT + storySWTaxable; done.AdmittedCents != want {
		t.Errorf("claim 2 admitted %d, want %d", done.AdmittedCents, want)
	}
	r.admitted += done.AdmittedCents
	r.claim2Admitted = done.AdmittedCents

	// The allocation summary, member by member, after everything.
	okParts := splitLike(t, r.invoiceOK.TotalCents, s.bodies, r.committed)
	wrongParts := splitLike(t, r.wrong.TotalCents, s.bodies, r.committed)
	s.wantFigures(t, "after claim 2", func(b string) storyFigures {
		f := storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: okParts[b] + wrongParts[b],
			PaidCents: okParts[b] + wrongParts[b], ClaimedCents: okParts[b], AdmittedCents: okParts[b]}
		if b == r.items[1].BodyID {
			f.AdmittedCents -= storyCutCents
		}
		if b == ascoli.ID {
			member := r.memberInvoice.Spending
			sw := storySWTaxable + vatOf(storySWTaxable)
			f.CommittedCents += r.swCommitted
			f.InvoicedCents += member + sw
			f.PaidCents += member + sw
			f.ClaimedCents += withVAT + storySWTaxable
			f.AdmittedCents += withVAT + storySWTaxable
		}
		return f
	})
}

// balance: the officer completes the project and the Region pays the
// balance: min(r × total admitted, G) − already disbursed.
func (s *story) balance(t *testing.T, r *storyRun) {
	s.wantPlan(t, "claim 2 accepted", r.admitted, r.disbursed, r.paid)
	mustOK(t, s.officer.do(t, `mutation($id: ID!) { transitionProject(id: $id, to: COMPLETED) { id status } }`, map[string]any{"id": s.projectID}))
	due := min(rateOf(r.admitted, storyRateBp), s.grantedCts) - r.disbursed
	// Claim 1 was settled by the advance and the interim payment: the
	// balance is 80% of claim 2, to the cent.
	if due != rateOf(r.admitted, storyRateBp)-rateOf(r.admitted-r.claim2Admitted, storyRateBp) {
		t.Errorf("balance %d is not what claim 2 adds to the contribution", due)
	}
	t.Run("ErrRecoveryWhenBalanceDue", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: RECOVERY) { id } }`,
			map[string]any{"p": s.projectID}), "INVALID", "disbursement.no_recovery")
	})
	d := s.requestDisbursement(t, "BALANCE", "", due, r.admitted)
	r.disbursed += due
	s.payDisbursement(t, d.ID, "2028-02-15")
	r.paid += due
	s.wantPlan(t, "balance paid", r.admitted, r.disbursed, r.paid)
	if r.paid != rateOf(r.admitted, storyRateBp) {
		t.Errorf("the Region paid %s in all, want 80%% of %s admitted = %s", money.FormatEUR(r.paid), money.FormatEUR(r.admitted), money.FormatEUR(rateOf(r.admitted, storyRateBp)))
	}
	t.Run("ErrBalanceTwice", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, `mutation($p: ID!) { requestDisbursement(projectID: $p, kind: BALANCE) { id } }`,
			map[string]any{"p": s.projectID}), "CONFLICT", "disbursement.balance_done")
	})
	t.Logf("grant %s; advance %s; admitted %s; the Region paid %s (80%%)", money.FormatEUR(s.grantedCts),
		money.FormatEUR(rateOf(s.grantedCts, storyAdvanceBp)), money.FormatEUR(r.admitted), money.FormatEUR(r.paid))
}

func ptrDate(d civil.Date) *civil.Date { return &d }
