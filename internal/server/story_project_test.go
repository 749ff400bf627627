package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/project"
)

// The Marche Sud story goes on after funding (issue "Running a funded
// project"): one joint procurement for all 64 members with one CIG, a
// contract split by population, FatturaPA files (one matching, one without
// the CUP that is flagged, one of another project kept out), payments, a claim with an ineligible item
// refused, an auditor's partial acceptance with one cut; the allocation
// summary shows exact figures at each step and its statement count does not
// depend on the number of members.

const (
	// A unified CIG of ANAC's national platform (PCP), as every procedure
	// started since 1 January 2024 has (a real one, from a public act).
	storyCIG        = "A015882CCD"
	storyWrongCUP   = "E19C23000120007"
	storyBaseCents  = 20_000_000 // 200.000,00 €
	storyLotBase    = storyBaseCents - 1_000
	storyEstimate   = 23_500_000 // what the 64 would have spent alone
	storyCutCents   = 10_000     // 100,00 € cut by the auditor
	storyVATRateBp  = 2200
	storyVendorBase = "0770001234"
)

// storyRun is the state of the running-project steps.
type storyRun struct {
	auditor          *client
	vendorID, vatID  string
	procurementID    string
	lotID            string
	contractID       string
	netCents, cost   int64
	awardCents       int64
	allocated        map[string]int64 // SERV allocation per member
	committed        map[string]int64
	invoiceOK, wrong storyInvoice
	claimID          string
	items            []storyItem

	// The money chapter (story_money_test.go).
	admitted, claim2Admitted int64 // admitted by the reviews so far; by claim 2's
	disbursed, paid          int64 // disbursements requested (less recoveries); paid
	memberInvoice, swInvoice storyMoneyInvoice
	swContractID             string
	swCommitted              int64 // Ascoli Piceno's licence contract, in SW

	// The variations chapter (story_variation_test.go).
	leaverID string // the member that left the aggregation
}

type storyInvoice struct {
	ID          string   `json:"id"`
	Number      string   `json:"number"`
	TotalCents  int64    `json:"totalCents"`
	Cup         string   `json:"cup"`
	Cig         string   `json:"cig"`
	Problems    []string `json:"problems"`
	ContractID  *string  `json:"contractID"`
	SplitPaymnt bool     `json:"splitPayment"`
}

type storyItem struct {
	ID           string `json:"id"`
	BodyID       string `json:"bodyID"`
	ClaimedCents int64  `json:"claimedCents"`
}

type storyFigures struct {
	AllocatedCents int64 `json:"allocatedCents"`
	CommittedCents int64 `json:"committedCents"`
	InvoicedCents  int64 `json:"invoicedCents"`
	PaidCents      int64 `json:"paidCents"`
	ClaimedCents   int64 `json:"claimedCents"`
	AdmittedCents  int64 `json:"admittedCents"`
	RemainingCents int64 `json:"remainingCents"`
	SpentBp        int   `json:"spentBp"`
	Population     int   `json:"population"`
}

type storySummary struct {
	Totals  storyFigures `json:"totals"`
	Members []struct {
		Body    struct{ ID string } `json:"body"`
		Figures storyFigures        `json:"figures"`
	} `json:"members"`
}

const storySummaryQuery = `query($id: ID!, $body: ID) { node(id: $id) { ... on Project { allocationSummary(bodyID: $body) {
  totals { allocatedCents committedCents invoicedCents paidCents claimedCents admittedCents remainingCents spentBp population }
  members { body { id } figures { allocatedCents committedCents invoicedCents paidCents claimedCents admittedCents remainingCents spentBp population } } } } } }`

func (s *story) summary(t *testing.T, c *client, body string) storySummary {
	t.Helper()
	vars := map[string]any{"id": s.projectID}
	if body != "" {
		vars["body"] = body
	}
	var out struct {
		Node struct {
			AllocationSummary storySummary `json:"allocationSummary"`
		} `json:"node"`
	}
	mustOK(t, c.do(t, storySummaryQuery, vars)).decode(t, &out)
	return out.Node.AllocationSummary
}

// wantFigures compares the summary with the figures the story expects,
// member by member and in total.
func (s *story) wantFigures(t *testing.T, step string, want func(body string) storyFigures) {
	t.Helper()
	sum := s.summary(t, s.lead, "")
	var total storyFigures
	if len(sum.Members) != storyMembers {
		t.Fatalf("%s: %d members in the summary, want %d", step, len(sum.Members), storyMembers)
	}
	for _, m := range sum.Members {
		w := want(m.Body.ID)
		got := m.Figures
		got.SpentBp, got.Population, got.RemainingCents = 0, 0, 0
		if got != w {
			t.Errorf("%s: member %s figures %+v, want %+v", step, m.Body.ID, got, w)
		}
		if m.Figures.RemainingCents != w.AllocatedCents-w.CommittedCents {
			t.Errorf("%s: member %s remaining %d, want %d", step, m.Body.ID, m.Figures.RemainingCents, w.AllocatedCents-w.CommittedCents)
		}
		total.AllocatedCents += w.AllocatedCents
		total.CommittedCents += w.CommittedCents
		total.InvoicedCents += w.InvoicedCents
		total.PaidCents += w.PaidCents
		total.ClaimedCents += w.ClaimedCents
		total.AdmittedCents += w.AdmittedCents
	}
	got := sum.Totals
	got.SpentBp, got.Population, got.RemainingCents = 0, 0, 0
	if got != total {
		t.Errorf("%s: totals %+v, want %+v", step, got, total)
	}
	if total.AllocatedCents != s.grantedCts {
		t.Errorf("%s: allocated %d, want the grant %d", step, total.AllocatedCents, s.grantedCts)
	}
}

// population returns the members' populations and their sum.
func (s *story) populations() (map[string]int64, int64) {
	pop := map[string]int64{}
	var all int64
	for _, b := range s.bodies {
		pop[b.ID] = int64(b.population())
		all += pop[b.ID]
	}
	return pop, all
}

// runProject is the running-project part of the story (steps 9–14).
func (s *story) runProject(t *testing.T) {
	if s.projectID == "" {
		t.Fatal("no funded project: an earlier step failed")
	}
	r := &storyRun{allocated: map[string]int64{}, committed: map[string]int64{}}
	for _, a := range s.allocations(t, s.lead) {
		if a.ExpenseCategoryID == s.catIDs["SERV"] {
			r.allocated[a.BodyID] += a.AmountCents
		}
	}
	r.auditor, _ = s.storyUser(t, "revisore.storia@regione-marche.test", "Revisore della storia",
		map[string]any{"role": "AUDITOR", "regionBodyID": s.regionID})
	steps := []struct {
		name string
		run  func(*testing.T, *storyRun)
	}{
		{"AdvanceAtStart", s.advance},
		{"JointProcurement", s.jointProcurement},
		{"ContractSplitByPopulation", s.contractSplit},
		{"InvoicesImported", s.importInvoices},
		{"Payments", s.payments},
		{"ClaimWithIneligibleItemRefused", s.claim},
		{"AuditorAcceptsInPart", s.review},
		{"InterimRecoversTheAdvance", s.interim},
		{"MemberInvoiceNettedByCreditNote", s.memberInvoice},
		{"SoftwareClaimableWithoutVAT", s.softwareWithoutVAT},
		{"Claim2WithAndWithoutVAT", s.claim2},
		{"WithdrawalAndExtension", s.variations},
		{"ContractGrowsAndIsResplit", s.contractGrowth},
		{"BalanceAtCompletion", s.balance},
		{"SummaryStatementsConstant", s.summaryStatements},
	}
	for _, st := range steps {
		if !t.Run(st.name, func(t *testing.T) { st.run(t, r) }) {
			t.Fatalf("step %s failed: the next steps need what it builds", st.name)
		}
	}
}

func (s *story) jointProcurement(t *testing.T, r *storyRun) {
	// Before anything: the summary is the allocation and nothing else.
	s.wantFigures(t, "before procurement", func(b string) storyFigures { return storyFigures{AllocatedCents: r.allocated[b]} })

	r.vatID = demo.VendorVAT(storyVendorBase)
	v := storyOK[struct {
		CreateVendor struct{ ID string } `json:"createVendor"`
	}](t, s.lead, `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"name": "Piceno Digitale S.r.l.", "vatID": r.vatID, "city": "Ascoli Piceno"}})
	r.vendorID = v.CreateVendor.ID
	others := make([]string, 0, 5)
	for i := range 5 {
		o := storyOK[struct {
			CreateVendor struct{ ID string } `json:"createVendor"`
		}](t, s.lead, `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": fmt.Sprintf("Operatore invitato %d S.p.A.", i+1), "vatID": demo.VendorVAT(fmt.Sprintf("07700099%02d", i))}})
		others = append(others, o.CreateVendor.ID)
	}

	create := `mutation($in: CreateProcurementInput!) { createProcurement(input: $in) { id status beneficiaries { id } thresholdWarnings } }`
	in := map[string]any{"projectID": s.projectID, "runningBodyID": s.bodies[0].ID,
		"title": "Servizi di pagamento online (pagoPA) per i 64 enti di Marche Sud", "objectType": "SERVICES",
		"procedureType": "NEGOTIATED_BELOW_THRESHOLD", "baseCents": storyBaseCents, "cpv": "72000000-5",
		"startedOn": "2027-01-15", "separateEstimateCents": storyEstimate,
		"legalBasis": "art. 50, c. 1, lett. e), D.Lgs. 36/2023"}
	t.Run("ErrUnqualifiedBody", func(t *testing.T) {
		e := storyRefused(t, s.lead.do(t, create, map[string]any{"in": in}), "INVALID", "procurement.qualification")
		if !strings.Contains(e.Message, money.FormatEUR(storyBaseCents)) {
			t.Errorf("message %q should name the base amount", e.Message)
		}
	})
	t.Run("ErrLeadQualifiesItself", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($id: ID!) { updatePublicBody(id: $id, input: {anacQualified: true}) { id } }`,
			map[string]any{"id": s.bodies[0].ID}), "FORBIDDEN", "")
	})
	// The Region's registry says San Benedetto is a qualified contracting authority.
	mustOK(t, s.admin.do(t, `mutation($id: ID!) { updatePublicBody(id: $id, input: {anacQualified: true}) { id } }`,
		map[string]any{"id": s.bodies[0].ID}))
	t.Run("ErrWarningNotAcknowledged", func(t *testing.T) {
		small := map[string]any{}
		for k, v := range in {
			small[k] = v
		}
		small["baseCents"] = 9_000_000 // below the direct-award limit: negotiation is allowed but not needed
		e := storyRefused(t, s.lead.do(t, create, map[string]any{"in": small}), "INVALID", "procurement.warning_unacknowledged")
		if e.Extensions.Field != "thresholdWarningAcknowledged" {
			t.Errorf("field %q, want thresholdWarningAcknowledged", e.Extensions.Field)
		}
	})
	var pc struct {
		CreateProcurement struct {
			ID                string
			Status            string
			Beneficiaries     []struct{ ID string }
			ThresholdWarnings []string
		} `json:"createProcurement"`
	}
	mustOK(t, s.lead.do(t, create, map[string]any{"in": in})).decode(t, &pc)
	r.procurementID = pc.CreateProcurement.ID
	if n := len(pc.CreateProcurement.Beneficiaries); n != storyMembers {
		t.Errorf("beneficiaries %d, want all %d members", n, storyMembers)
	}
	lot := storyOK[struct {
		CreateLot struct{ ID string } `json:"createLot"`
	}](t, s.lead, `mutation($in: CreateLotInput!) { createLot(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"procurementID": r.procurementID, "title": "Lotto unico", "cig": storyCIG, "baseCents": storyLotBase}})
	r.lotID = lot.CreateLot.ID
	t.Run("ErrSameCIGTwice", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($in: CreateLotInput!) { createLot(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"procurementID": r.procurementID, "number": 2, "title": "Doppione", "cig": storyCIG, "baseCents": 1}}), "CONFLICT", "")
	})

	// The award must fit the smallest headroom of a population split.
	pop, all := s.populations()
	costMax := int64(1) << 62
	for _, b := range s.bodies {
		costMax = min(costMax, r.allocated[b.ID]*all/pop[b.ID])
	}
	costMax -= storyMembers // rounding of the split: at most a cent each
	r.netCents = min(storyBaseCents*85/100, costMax*10000/(10000+storyVATRateBp))
	r.awardCents = r.netCents
	award := `mutation($id: ID!, $in: AwardLotInput!) { awardLot(id: $id, input: $in) { id awardCents } }`
	invited := append([]string{r.vendorID}, others[:3]...)
	t.Run("ErrTooFewInvited", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, award, map[string]any{"id": r.lotID, "in": map[string]any{"vendorID": r.vendorID,
			"awardCents": r.awardCents, "awardedOn": "2027-02-20", "invitedIDs": invited, "bidderIDs": invited[:2]}}), "INVALID", "procurement.min_operators")
	})
	invited = append(invited, others[3:]...)
	t.Run("ErrAwardAboveBase", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, award, map[string]any{"id": r.lotID, "in": map[string]any{"vendorID": r.vendorID,
			"awardCents": storyLotBase + 1, "awardedOn": "2027-02-20", "invitedIDs": invited, "bidderIDs": invited[:3]}}), "INVALID", "lot.award_above_base")
	})
	mustOK(t, s.lead.do(t, award, map[string]any{"id": r.lotID, "in": map[string]any{"vendorID": r.vendorID,
		"awardCents": r.awardCents, "awardedOn": "2027-02-20", "invitedIDs": invited, "bidderIDs": invited[:3]}}))

	var got struct {
		Node struct {
			Status   string `json:"status"`
			AnacCode string `json:"anacCode"`
			Savings  struct {
				AwardCents        int64 `json:"awardCents"`
				SavingsCents      int64 `json:"savingsCents"`
				SavingsBp         int64 `json:"savingsBp"`
				JointSavingsCents int64 `json:"jointSavingsCents"`
			} `json:"savings"`
		} `json:"node"`
	}
	mustOK(t, s.officer.do(t, `query($id: ID!) { node(id: $id) { ... on Procurement { status anacCode savings { awardCents savingsCents savingsBp jointSavingsCents } } } }`,
		map[string]any{"id": r.procurementID})).decode(t, &got)
	n := got.Node
	if n.Status != "AWARDED" || n.AnacCode != "33" || n.Savings.AwardCents != r.awardCents ||
		n.Savings.SavingsCents != storyLotBase-r.awardCents || n.Savings.JointSavingsCents != storyEstimate-r.awardCents ||
		n.Savings.SavingsBp != money.Percent(storyLotBase-r.awardCents, storyLotBase) {
		t.Errorf("procurement as the officer reads it: %+v (award %d)", n, r.awardCents)
	}
	// Nothing is committed before the contract.
	s.wantFigures(t, "after the award", func(b string) storyFigures { return storyFigures{AllocatedCents: r.allocated[b]} })
}

func (s *story) contractSplit(t *testing.T, r *storyRun) {
	vat := r.netCents * storyVATRateBp / 10000
	r.cost = r.netCents + vat
	sign := `mutation($in: SignContractInput!) { signContract(input: $in) { id costShares(first: 100) { totalCount edges { node { bodyID amountCents } } } } }`
	base := map[string]any{"lotID": r.lotID, "vendorID": r.vendorID, "reference": "Contratto rep. 1234/2027", "interventionLineID": s.lineIDs["A"],
		"signedOn": "2027-03-01", "startsOn": "2027-03-01", "endsOn": "2029-02-28", "netCents": r.netCents, "vatCents": vat}
	t.Run("ErrCustomSplitOverAllocation", func(t *testing.T) {
		in := map[string]any{}
		for k, v := range base {
			in[k] = v
		}
		// The whole contract on the lead: far beyond its allocation.
		in["split"] = map[string]any{"method": "CUSTOM", "expenseCategoryID": s.catIDs["SERV"],
			"shares": []any{map[string]any{"bodyID": s.bodies[0].ID, "amountCents": r.cost}}}
		e := storyRefused(t, s.lead.do(t, sign, map[string]any{"in": in}), "INVALID", "contract.share_exceeds_allocation")
		if !strings.Contains(e.Message, s.bodies[0].Name) || !strings.Contains(e.Message, money.FormatEUR(r.cost-r.allocated[s.bodies[0].ID])) {
			t.Errorf("message %q should name %s and the excess %s", e.Message, s.bodies[0].Name, money.FormatEUR(r.cost-r.allocated[s.bodies[0].ID]))
		}
	})
	t.Run("ErrCustomSplitNotSummingUp", func(t *testing.T) {
		in := map[string]any{}
		for k, v := range base {
			in[k] = v
		}
		in["split"] = map[string]any{"method": "CUSTOM", "expenseCategoryID": s.catIDs["SERV"],
			"shares": []any{map[string]any{"bodyID": s.bodies[0].ID, "amountCents": 100}}}
		storyRefused(t, s.lead.do(t, sign, map[string]any{"in": in}), "INVALID", "contract.share_sum")
	})
	base["split"] = map[string]any{"method": "POPULATION", "expenseCategoryID": s.catIDs["SERV"]}
	var ct struct {
		SignContract struct {
			ID         string
			CostShares storyConn[struct {
				BodyID      string `json:"bodyID"`
				AmountCents int64  `json:"amountCents"`
			}] `json:"costShares"`
		} `json:"signContract"`
	}
	mustOK(t, s.lead.do(t, sign, map[string]any{"in": base})).decode(t, &ct)
	r.contractID = ct.SignContract.ID
	pop, all := s.populations()
	var sum int64
	for _, e := range ct.SignContract.CostShares.Edges {
		sh := e.Node
		sum += sh.AmountCents
		r.committed[sh.BodyID] = sh.AmountCents
		// Largest remainder: each share is within one cent of its exact quota.
		exact := float64(r.cost) * float64(pop[sh.BodyID]) / float64(all)
		if d := float64(sh.AmountCents) - exact; d <= -1 || d >= 1 {
			t.Errorf("share of %s is %d, exact quota %.2f", sh.BodyID, sh.AmountCents, exact)
		}
	}
	if ct.SignContract.CostShares.TotalCount != storyMembers || sum != r.cost {
		t.Errorf("%d shares summing to %d, want %d summing to the contract cost %d", ct.SignContract.CostShares.TotalCount, sum, storyMembers, r.cost)
	}
	s.wantFigures(t, "after the contract", func(b string) storyFigures {
		return storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b]}
	})
	// By line: the contract's money is under line A, the allocations
	// (made per category) under no line.
	var byLine struct {
		Node struct {
			AllocationSummary struct {
				Lines []struct {
					InterventionLine *struct{ Code string } `json:"interventionLine"`
					Figures          storyFigures           `json:"figures"`
				} `json:"lines"`
			} `json:"allocationSummary"`
		} `json:"node"`
	}
	mustOK(t, s.lead.do(t, `query($id: ID!) { node(id: $id) { ... on Project { allocationSummary { lines { interventionLine { code } figures { allocatedCents committedCents } } } } } }`,
		map[string]any{"id": s.projectID})).decode(t, &byLine)
	var lineA, none int64
	for _, l := range byLine.Node.AllocationSummary.Lines {
		switch {
		case l.InterventionLine == nil:
			none = l.Figures.AllocatedCents
		case l.InterventionLine.Code == "A":
			lineA = l.Figures.CommittedCents
		}
	}
	if lineA != r.cost || none != s.grantedCts {
		t.Errorf("by line: committed on A %d (want %d), allocated without a line %d (want %d)", lineA, r.cost, none, s.grantedCts)
	}
}

// invoiceFile builds a FatturaPA file from the story's vendor to the lead.
func (s *story) invoiceFile(t *testing.T, r *storyRun, number, cup string, taxable int64) []byte {
	t.Helper()
	vat := taxable * storyVATRateBp / 10000
	data, err := fatturapa.Encode(&fatturapa.File{
		Version:  fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: r.vatID, Name: "Piceno Digitale S.r.l."},
		Buyer:    fatturapa.Party{Name: s.bodies[0].Name, CodiceFiscale: ""},
		Invoices: []fatturapa.Invoice{{
			DocumentType: "TD01", Currency: "EUR", Date: civil.New(2027, 4, 30), Number: number,
			TotalCents: taxable + vat, HasTotal: true, TaxableCents: taxable, VATCents: vat, SplitPayment: true,
			CIGs: []string{storyCIG}, CUPs: nonEmpty(cup),
			Lines: []fatturapa.Line{{Number: 1, Description: "Attivazione pagoPA – primo stato di avanzamento", Quantity: "1.00",
				UnitPrice: fmt.Sprintf("%d.%02d", taxable/100, taxable%100), TotalPrice: fmt.Sprintf("%d.%02d", taxable/100, taxable%100), VATRate: "22.00"}},
		}},
	})
	if err != nil {
		t.Fatalf("encoding the invoice: %v", err)
	}
	return data
}

const storyImport = `mutation($id: ID!, $file: Upload!) { importInvoices(projectID: $id, file: $file) {
  invoices { id number totalCents cup cig problems contractID splitPayment } skipped { index number reason } } }`

type storyImportResult struct {
	ImportInvoices struct {
		Invoices []storyInvoice `json:"invoices"`
		Skipped  []struct {
			Index  int    `json:"index"`
			Number string `json:"number"`
			Reason string `json:"reason"`
		} `json:"skipped"`
	} `json:"importInvoices"`
}

func (s *story) importInvoices(t *testing.T, r *storyRun) {
	half := r.netCents / 2
	fileOK := s.invoiceFile(t, r, "FPA 12/27", storyCUP, half)
	// The supplier forgot the CUP on this one: saved, flagged, not claimable.
	fileWrong := s.invoiceFile(t, r, "FPA 13/27", "", r.netCents/10)
	// This one is for another project (its CUP): kept out of this one.
	fileOther := s.invoiceFile(t, r, "FPA 14/27", storyWrongCUP, r.netCents/10)

	var res storyImportResult
	mustOK(t, s.lead.upload(t, storyImport, map[string]any{"id": s.projectID}, "IT"+r.vatID+"_00012.xml", fileOK)).decode(t, &res)
	if len(res.ImportInvoices.Invoices) != 1 {
		t.Fatalf("imported %+v, want one invoice", res.ImportInvoices)
	}
	r.invoiceOK = res.ImportInvoices.Invoices[0]
	if len(r.invoiceOK.Problems) != 0 || r.invoiceOK.ContractID == nil || *r.invoiceOK.ContractID != r.contractID || r.invoiceOK.Cup != storyCUP || !r.invoiceOK.SplitPaymnt {
		t.Errorf("the matching invoice: %+v", r.invoiceOK)
	}

	res = storyImportResult{}
	mustOK(t, s.lead.upload(t, storyImport, map[string]any{"id": s.projectID}, "IT"+r.vatID+"_00013.xml", fileWrong)).decode(t, &res)
	if len(res.ImportInvoices.Invoices) != 1 {
		t.Fatalf("imported %+v, want one invoice", res.ImportInvoices)
	}
	r.wrong = res.ImportInvoices.Invoices[0]
	if len(r.wrong.Problems) != 1 || !strings.Contains(r.wrong.Problems[0], "CUP assente") || !strings.Contains(r.wrong.Problems[0], storyCUP) {
		t.Errorf("the invoice without the CUP should be flagged naming the project's: %+v", r.wrong.Problems)
	}

	t.Run("AnotherProjectsInvoiceDiscarded", func(t *testing.T) {
		var other struct {
			ImportInvoices struct {
				Invoices  []storyInvoice `json:"invoices"`
				Discarded []struct {
					Number, Rule, Reason string
				} `json:"discarded"`
			} `json:"importInvoices"`
		}
		mustOK(t, s.lead.upload(t, `mutation($id: ID!, $file: Upload!) { importInvoices(projectID: $id, file: $file) {
  invoices { id } discarded { number rule reason } } }`, map[string]any{"id": s.projectID}, "IT"+r.vatID+"_00014.xml", fileOther)).decode(t, &other)
		got := other.ImportInvoices
		if len(got.Invoices) != 0 || len(got.Discarded) != 1 || got.Discarded[0].Rule != "invoice.cup_other_project" ||
			!strings.Contains(got.Discarded[0].Reason, storyWrongCUP) {
			t.Errorf("an invoice with another project's CUP must stay out of the project, with the reason: %+v", got)
		}
	})

	t.Run("DuplicateSkipped", func(t *testing.T) {
		var dup storyImportResult
		mustOK(t, s.lead.upload(t, storyImport, map[string]any{"id": s.projectID}, "copia.xml", fileOK)).decode(t, &dup)
		if len(dup.ImportInvoices.Invoices) != 0 || len(dup.ImportInvoices.Skipped) != 1 || !strings.Contains(dup.ImportInvoices.Skipped[0].Reason, "già registrata") {
			t.Errorf("a duplicate must be reported and not saved: %+v", dup.ImportInvoices)
		}
	})
	t.Run("ErrNotAnInvoice", func(t *testing.T) {
		storyRefused(t, s.lead.upload(t, storyImport, map[string]any{"id": s.projectID}, "lettera.xml", []byte("<lettera>Gentile fornitore</lettera>")), "INVALID", "fatturapa.xml")
	})
	t.Run("ErrAuditorImports", func(t *testing.T) {
		storyRefused(t, r.auditor.upload(t, storyImport, map[string]any{"id": s.projectID}, "fattura.xml", fileOK), "FORBIDDEN", "")
	})

	// Both invoices name the contract's CIG: both are split like it.
	invoiced := map[string]int64{}
	for _, inv := range []storyInvoice{r.invoiceOK, r.wrong} {
		parts := splitLike(t, inv.TotalCents, s.bodies, r.committed)
		for id, v := range parts {
			invoiced[id] += v
		}
	}
	s.wantFigures(t, "after the invoices", func(b string) storyFigures {
		return storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: invoiced[b]}
	})
}

// splitLike splits total like the weights, as the largest-remainder method
// does, in the order of the body IDs (the order invoice shares are kept).
func splitLike(t *testing.T, total int64, bodies []storyBody, weights map[string]int64) map[string]int64 {
	t.Helper()
	ids := make([]string, 0, len(bodies))
	for _, b := range bodies {
		ids = append(ids, b.ID)
	}
	slices.Sort(ids)
	w := make([]int64, len(ids))
	for i, id := range ids {
		w[i] = weights[id]
	}
	parts, err := money.SplitLargestRemainder(total, w)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	var sum int64
	for i, id := range ids {
		out[id] = parts[i]
		sum += parts[i]
	}
	if sum != total {
		t.Fatalf("split sums to %d, want %d", sum, total)
	}
	return out
}

const storyPay = `mutation($in: RecordPaymentInput!) { recordPayment(input: $in) { id amountCents } }`

func (s *story) payments(t *testing.T, r *storyRun) {
	// Split payment: the supplier gets the taxable amount, the VAT goes by F24.
	vatOK := r.invoiceOK.TotalCents - r.netCents/2
	vatWrong := r.wrong.TotalCents - r.netCents/10
	netOK, netWrong := r.invoiceOK.TotalCents-vatOK, r.wrong.TotalCents-vatWrong
	t.Run("ErrOverpay", func(t *testing.T) {
		e := storyRefused(t, s.lead.do(t, storyPay, map[string]any{"in": map[string]any{"invoiceID": r.invoiceOK.ID, "mandateNumber": "MAND 801",
			"mandateDate": "2027-05-20", "amountCents": netOK + 1, "receiptDate": "2027-05-22"}}), "INVALID", "payment.exceeds_invoice")
		if !strings.Contains(e.Message, money.FormatEUR(1)) {
			t.Errorf("message %q should name the excess of 0,01 €", e.Message)
		}
	})
	t.Run("ErrReceiptBeforeMandate", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyPay, map[string]any{"in": map[string]any{"invoiceID": r.invoiceOK.ID, "mandateNumber": "MAND 801",
			"mandateDate": "2027-05-20", "amountCents": 100, "receiptDate": "2027-05-19"}}), "INVALID", "payment.receipt_before_mandate")
	})
	first := netOK / 3
	mustOK(t, s.lead.do(t, storyPay, map[string]any{"in": map[string]any{"invoiceID": r.invoiceOK.ID, "mandateNumber": "MAND 801",
		"mandateDate": "2027-05-20", "amountCents": first, "receiptDate": "2027-05-22"}}))
	invoiced := map[string]int64{}
	okParts := splitLike(t, r.invoiceOK.TotalCents, s.bodies, r.committed)
	wrongParts := splitLike(t, r.wrong.TotalCents, s.bodies, r.committed)
	for _, b := range s.bodies {
		invoiced[b.ID] = okParts[b.ID] + wrongParts[b.ID]
	}
	partial := splitLike(t, first, s.bodies, okParts)
	s.wantFigures(t, "after a partial payment", func(b string) storyFigures {
		return storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: invoiced[b], PaidCents: partial[b]}
	})
	for _, p := range []map[string]any{
		{"invoiceID": r.invoiceOK.ID, "mandateNumber": "MAND 845", "mandateDate": "2027-06-10", "amountCents": netOK - first, "receiptDate": "2027-06-12"},
		{"invoiceID": r.invoiceOK.ID, "kind": "VAT_F24", "mandateNumber": "F24 0716", "mandateDate": "2027-07-14", "amountCents": vatOK, "receiptDate": "2027-07-16"},
		{"invoiceID": r.wrong.ID, "mandateNumber": "MAND 846", "mandateDate": "2027-06-10", "amountCents": netWrong, "receiptDate": "2027-06-12"},
		{"invoiceID": r.wrong.ID, "kind": "VAT_F24", "mandateNumber": "F24 0716", "mandateDate": "2027-07-14", "amountCents": vatWrong, "receiptDate": "2027-07-16"},
	} {
		mustOK(t, s.lead.do(t, storyPay, map[string]any{"in": p}))
	}
	s.wantFigures(t, "after the payments", func(b string) storyFigures {
		return storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: invoiced[b], PaidCents: invoiced[b]}
	})
}

const storyAddItems = `mutation($id: ID!, $items: [ExpenseItemInput!]!) { addExpenseItems(claimID: $id, items: $items) { id bodyID claimedCents } }`

func (s *story) claim(t *testing.T, r *storyRun) {
	c := storyOK[struct {
		CreateExpenseClaim struct {
			ID     string
			Number int
			Status string
		} `json:"createExpenseClaim"`
	}](t, s.lead, `mutation($p: ID!, $in: ExpenseClaimInput!) { createExpenseClaim(projectID: $p, input: $in) { id number status } }`,
		map[string]any{"p": s.projectID, "in": map[string]any{"periodStart": "2027-01-01", "periodEnd": "2027-06-30"}})
	r.claimID = c.CreateExpenseClaim.ID
	if c.CreateExpenseClaim.Number != 1 || c.CreateExpenseClaim.Status != "DRAFT" {
		t.Errorf("new claim %+v, want number 1 in DRAFT", c.CreateExpenseClaim)
	}
	okParts := splitLike(t, r.invoiceOK.TotalCents, s.bodies, r.committed)
	var items []any
	for _, b := range s.bodies {
		items = append(items, map[string]any{"invoiceID": r.invoiceOK.ID, "bodyID": b.ID, "expenseCategoryID": s.catIDs["SERV"], "claimedCents": okParts[b.ID]})
	}
	t.Run("ErrMissingCUPItemRefused", func(t *testing.T) {
		bad := append([]any{}, items...)
		bad = append(bad, map[string]any{"invoiceID": r.wrong.ID, "bodyID": s.bodies[5].ID, "expenseCategoryID": s.catIDs["SERV"], "claimedCents": 100})
		e := storyRefused(t, s.lead.do(t, storyAddItems, map[string]any{"id": r.claimID, "items": bad}), "INVALID", "expense.cup")
		if !strings.Contains(e.Message, r.wrong.Number) || !strings.Contains(e.Message, s.bodies[5].Name) || !strings.HasPrefix(e.Message, "Spesa 65") {
			t.Errorf("message %q should name item 65, invoice %s and %s", e.Message, r.wrong.Number, s.bodies[5].Name)
		}
		// All or none: the 64 eligible items of the same request were not saved.
		if n := s.claimItemCount(t, r.claimID); n != 0 {
			t.Errorf("a refused request saved %d items", n)
		}
	})
	t.Run("ErrAboveShare", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyAddItems, map[string]any{"id": r.claimID, "items": []any{map[string]any{"invoiceID": r.invoiceOK.ID,
			"bodyID": s.bodies[1].ID, "expenseCategoryID": s.catIDs["SERV"], "claimedCents": okParts[s.bodies[1].ID] + 1}}}), "INVALID", "expense.above_paid_share")
	})
	var added struct {
		AddExpenseItems []storyItem `json:"addExpenseItems"`
	}
	mustOK(t, s.lead.do(t, storyAddItems, map[string]any{"id": r.claimID, "items": items})).decode(t, &added)
	r.items = added.AddExpenseItems
	if len(r.items) != storyMembers {
		t.Fatalf("%d items saved, want %d", len(r.items), storyMembers)
	}
	t.Run("ErrClaimedTwice", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storyAddItems, map[string]any{"id": r.claimID, "items": items[:1]}), "INVALID", "expense.already_claimed")
	})
	t.Run("ErrSubmitWithoutNarrative", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($id: ID!) { submitExpenseClaim(id: $id) { id } }`, map[string]any{"id": r.claimID}), "INVALID", "claim.narrative")
	})
	t.Run("ErrAuditorSeesNoDraft", func(t *testing.T) {
		storyRefused(t, r.auditor.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id } }`, map[string]any{"id": r.claimID}), "NOT_FOUND", "")
	})
	mustOK(t, s.lead.do(t, `mutation($id: ID!, $in: ExpenseClaimInput!) { updateExpenseClaim(id: $id, input: $in) { id } }`,
		map[string]any{"id": r.claimID, "in": map[string]any{"periodStart": "2027-01-01", "periodEnd": "2027-06-30",
			"narrative": "Attivato pagoPA in tutti i 64 enti; primo stato di avanzamento pagato."}}))
	mustOK(t, s.lead.do(t, `mutation($id: ID!) { submitExpenseClaim(id: $id) { id status } }`, map[string]any{"id": r.claimID}))
	t.Run("ReportFrozenAtSubmission", func(t *testing.T) {
		var out struct {
			Node struct {
				Documents storyConn[struct {
					Kind   string `json:"kind"`
					Frozen bool   `json:"frozen"`
					Sha256 string `json:"sha256"`
				}] `json:"documents"`
			} `json:"node"`
		}
		mustOK(t, s.lead.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { documents(first: 5) { edges { node { kind frozen sha256 } } } } } }`,
			map[string]any{"id": r.claimID})).decode(t, &out)
		docs := out.Node.Documents.Edges
		if len(docs) != 1 || docs[0].Node.Kind != "CLAIM_REPORT" || !docs[0].Node.Frozen {
			t.Fatalf("documents of the submitted claim: %+v, want its frozen report", docs)
		}
		code, pdf := s.officer.get(t, "/reports/claims/"+r.claimID+"/rendiconto.pdf")
		sum := sha256.Sum256([]byte(pdf))
		if code != 200 || hex.EncodeToString(sum[:]) != docs[0].Node.Sha256 {
			t.Errorf("the officer downloads %d with SHA-256 %x, want the frozen copy %s", code, sum, docs[0].Node.Sha256)
		}
	})
	t.Run("ErrFrozenAfterSubmit", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($id: ID!) { removeExpenseItem(id: $id) }`, map[string]any{"id": r.items[0].ID}), "CONFLICT", "claim.frozen")
	})
	invoiced := map[string]int64{}
	wrongParts := splitLike(t, r.wrong.TotalCents, s.bodies, r.committed)
	for _, b := range s.bodies {
		invoiced[b.ID] = okParts[b.ID] + wrongParts[b.ID]
	}
	s.wantFigures(t, "after submitting the claim", func(b string) storyFigures {
		return storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: invoiced[b], PaidCents: invoiced[b], ClaimedCents: okParts[b]}
	})
}

func (s *story) claimItemCount(t *testing.T, claimID string) int {
	t.Helper()
	var out struct {
		Node struct {
			Items struct {
				TotalCount int `json:"totalCount"`
			} `json:"items"`
		} `json:"node"`
	}
	mustOK(t, s.lead.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { items(first: 1) { totalCount } } } }`,
		map[string]any{"id": claimID})).decode(t, &out)
	return out.Node.Items.TotalCount
}

func (s *story) review(t *testing.T, r *storyRun) {
	var queue struct {
		ReviewQueue []struct{ ID string } `json:"reviewQueue"`
	}
	mustOK(t, r.auditor.do(t, `{ reviewQueue(first: 10) { id } }`, nil)).decode(t, &queue)
	if len(queue.ReviewQueue) != 1 || queue.ReviewQueue[0].ID != r.claimID {
		t.Errorf("review queue %+v, want the submitted claim", queue.ReviewQueue)
	}
	t.Run("ErrLeadReviews", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id } }`, map[string]any{"id": r.claimID}), "FORBIDDEN", "")
	})
	var rv struct {
		StartReview struct {
			ID        string
			Checklist []struct{ Key, Label, Result string }
		} `json:"startReview"`
	}
	mustOK(t, r.auditor.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id checklist { key label result } } }`,
		map[string]any{"id": r.claimID})).decode(t, &rv)
	if len(rv.StartReview.Checklist) != len(claims.StandardChecklist) {
		t.Errorf("checklist %+v, want the standard one", rv.StartReview.Checklist)
	}
	decide := `mutation($id: ID!, $a: Cents!, $r: String) { decideExpenseItem(id: $id, admittedCents: $a, reason: $r) { decision admittedCents } }`
	cutItem := r.items[1]
	t.Run("ErrCutWithoutReason", func(t *testing.T) {
		storyRefused(t, r.auditor.do(t, decide, map[string]any{"id": cutItem.ID, "a": cutItem.ClaimedCents - storyCutCents}), "INVALID", "review.cut_reason")
	})
	t.Run("ErrLeadDecides", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, decide, map[string]any{"id": cutItem.ID, "a": 0, "r": "x"}), "FORBIDDEN", "")
	})
	complete := `mutation($id: ID!, $o: ReviewOutcome!, $c: String) { completeReview(reviewID: $id, outcome: $o, comments: $c) { outcome admittedCents cutCents } }`
	t.Run("ErrChecklistIncomplete", func(t *testing.T) {
		storyRefused(t, r.auditor.do(t, complete, map[string]any{"id": rv.StartReview.ID, "o": "ACCEPTED"}), "INVALID", "review.check_missing")
	})
	var results []any
	for _, c := range rv.StartReview.Checklist {
		results = append(results, map[string]any{"key": c.Key, "result": "OK"})
	}
	mustOK(t, r.auditor.do(t, `mutation($id: ID!, $r: [ChecklistResultInput!]!) { setReviewChecklist(reviewID: $id, results: $r) { id } }`,
		map[string]any{"id": rv.StartReview.ID, "r": results}))
	var claimed, admitted int64
	for _, it := range r.items {
		a := it.ClaimedCents
		vars := map[string]any{"id": it.ID, "a": a}
		if it.ID == cutItem.ID {
			a -= storyCutCents
			vars = map[string]any{"id": it.ID, "a": a, "r": "Quota eccedente il SAL documentato"}
		}
		claimed += it.ClaimedCents
		admitted += a
		mustOK(t, r.auditor.do(t, decide, vars))
	}
	var tot struct {
		Node struct {
			Totals struct {
				Items         int   `json:"items"`
				Pending       int   `json:"pending"`
				ClaimedCents  int64 `json:"claimedCents"`
				AdmittedCents int64 `json:"admittedCents"`
				CutCents      int64 `json:"cutCents"`
			} `json:"totals"`
		} `json:"node"`
	}
	mustOK(t, r.auditor.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { totals { items pending claimedCents admittedCents cutCents } } } }`,
		map[string]any{"id": r.claimID})).decode(t, &tot)
	if g := tot.Node.Totals; g.Items != storyMembers || g.Pending != 0 || g.ClaimedCents != claimed || g.AdmittedCents != admitted || g.CutCents != storyCutCents {
		t.Errorf("claim totals %+v, want %d items, claimed %d, admitted %d, cut %d", g, storyMembers, claimed, admitted, storyCutCents)
	}
	t.Run("ErrAcceptedWithCut", func(t *testing.T) {
		storyRefused(t, r.auditor.do(t, complete, map[string]any{"id": rv.StartReview.ID, "o": "ACCEPTED"}), "INVALID", "review.outcome_mismatch")
	})
	var done struct {
		CompleteReview struct {
			Outcome       string
			AdmittedCents int64
			CutCents      int64
		} `json:"completeReview"`
	}
	mustOK(t, r.auditor.do(t, complete, map[string]any{"id": rv.StartReview.ID, "o": "PARTIALLY_ACCEPTED",
		"c": "Ammesso con un taglio."})).decode(t, &done)
	r.admitted = done.CompleteReview.AdmittedCents
	if done.CompleteReview.AdmittedCents != admitted || done.CompleteReview.CutCents != storyCutCents || admitted != claimed-storyCutCents {
		t.Errorf("review totals %+v, want admitted %d and cut %d", done.CompleteReview, admitted, storyCutCents)
	}
	okParts := splitLike(t, r.invoiceOK.TotalCents, s.bodies, r.committed)
	wrongParts := splitLike(t, r.wrong.TotalCents, s.bodies, r.committed)
	s.wantFigures(t, "after the review", func(b string) storyFigures {
		f := storyFigures{AllocatedCents: r.allocated[b], CommittedCents: r.committed[b], InvoicedCents: okParts[b] + wrongParts[b],
			PaidCents: okParts[b] + wrongParts[b], ClaimedCents: okParts[b], AdmittedCents: okParts[b]}
		if b == cutItem.BodyID {
			f.AdmittedCents -= storyCutCents
		}
		return f
	})
	// The member's own view: one member, the same figures.
	one := s.summary(t, s.lead, cutItem.BodyID)
	if len(one.Members) != 1 || one.Totals.AdmittedCents != okParts[cutItem.BodyID]-storyCutCents {
		t.Errorf("one member's summary %+v", one)
	}
}

// summaryStatements counts the SQL statements of the allocation summary:
// the whole 64-member project and one member take the same number, and
// that number is a constant of the code, not of the data.
func (s *story) summaryStatements(t *testing.T, r *storyRun) {
	var n atomic.Int64
	counting := gen.NewClient(gen.Driver(dialect.DebugWithContext(s.d.Driver, func(context.Context, ...any) { n.Add(1) })))
	svc := project.NewService(counting, nil, nil)
	ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01", Grants: []authz.Grant{{Role: authz.Auditor, RegionBodyID: pulid.ID(s.regionID)}}})
	count := func(body *pulid.ID) (int64, *project.Summary) {
		n.Store(0)
		sum, err := svc.AllocationSummary(ctx, pulid.ID(s.projectID), body)
		if err != nil {
			t.Fatal(err)
		}
		return n.Load(), sum
	}
	all, sum := count(nil)
	member := pulid.ID(s.bodies[3].ID)
	one, _ := count(&member)
	t.Logf("allocation summary: %d SQL statements for %d members, %d for one member", all, len(sum.Members), one)
	if len(sum.Members) != storyMembers {
		t.Fatalf("the auditor's summary has %d members, want %d", len(sum.Members), storyMembers)
	}
	if all != one || all > 15 {
		t.Errorf("statements: %d for %d members, %d for one; want the same small constant", all, storyMembers, one)
	}
}

// nonEmpty is the list of s, or nothing when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
