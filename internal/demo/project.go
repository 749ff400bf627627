package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// The running project of the demo: Marche Sud's first phase, funded by an
// earlier call of Regione Marche and under way since 2025.
const (
	PreviousCallTitle = "Avviso e-government 2025 per Comuni in forma associata (fase 1)"
	ProjectCUP        = "D79J25000120006"
	ProjectTitle      = "Marche Sud digitale – fase 1: pagoPA e conservazione per 64 Comuni"
	// ProjectCentsPerInhabitant sizes each member's allocation (3,00 €).
	ProjectCentsPerInhabitant = 300
	// The demo's 2025 lots keep the standard CIGs they had before the
	// unified CIG (2024) and carry the acknowledgement a procedure started
	// since then needs for them (Lot.legacy_cig_acknowledged).
	cigPagoPA        = "95156957EC"
	cigConservazione = "48886723C1"
	// CIGProcedimenti is the unified CIG of ANAC's national platform (a
	// letter A–U and 9 hexadecimal characters) of the 2026 direct award for
	// the shared database of administrative procedures: no acknowledgement.
	CIGProcedimenti = "A015882CCD"
	// PreviousCallPUCSettings are the monitoring codes of the previous
	// call (docs/REPORTS.md, national monitoring): the programme is the
	// Region's ERDF programme 2021-2027 (CCI 2021IT16RFPR010), the
	// intervention field 016 (government ICT solutions, Reg. (UE) 2021/1060
	// annex I) and the common output indicator RCO14 (public institutions
	// supported to develop digital services) counted on the pagoPA
	// deliverables, one per comune; the procedure's national code, the
	// operation type, the hierarchy level and the expense items are
	// illustrative (the Region's system assigns them).
	PreviousCallPUCSettings = "COD_PROGRAMMA=2021IT16RFPR010\n" +
		"COD_PROC_ATT=MARCHE-FESR-EGOV-2025\n" +
		"TIPO_OPERAZIONE=02.02\n" +
		"COD_LIV_GERARCHICO=2021IT16RFPR010.1.1.2\n" +
		"CLASSIFICAZIONE=CI:016\n" +
		"CLASSIFICAZIONE=FF:01\n" +
		"CLASSIFICAZIONE=RA:1.2\n" +
		"VOCE_SPESA:SERV=06\n" +
		"VOCE_SPESA:SW=05\n" +
		"INDICATORE_OUTPUT=COM:RCO14:A"
	// PreviousCallRateBp is the contribution rate of the previous call: the
	// Region pays 80% of the admitted cost.
	PreviousCallRateBp = 8000
	// AscoliPicenoISTAT and AscoliPicenoCF identify the member to which the
	// demo addresses one invoice (its real codice fiscale).
	AscoliPicenoISTAT = "044007"
	AscoliPicenoCF    = "00229010442"
	// The invoices that show the money rules: on the preservation contract
	// (SERV) one reduced by its credit note and one addressed to Comune di
	// Ascoli Piceno alone; on the procedures-database contract (SW, where
	// VAT is not eligible) the licences of February 2026.
	InvoiceCredited  = "2025/SC/112"
	CreditNote       = "NC 2025/SC/009"
	InvoiceAscoli    = "2025/SC/131"
	InvoiceLicences  = "31/PA/2026"
	CategoryLicences = "SW"
	CategoryServices = "SERV"
)

// seedRunningProject builds the demo's funded project and its daily work:
// three procurements (a 2025 direct award with savings, a Consip framework
// adhesion, and a 2026 direct award with a unified CIG charged to the
// category where VAT is not eligible), contracts split by population,
// FatturaPA invoices (one without the CUP, flagged; one reduced by a
// credit note; one addressed to a member), payments, deliverables
// replicated to every member (some late), milestones, and a submitted
// claim waiting for the Region's auditor. The call pays 80% of the
// admitted cost; no disbursement is recorded (the Region's officer asks
// for the advance). It goes through the project services, as the system.
func seedRunningProject(ctx context.Context, c *gen.Client, region *gen.PublicBody, ag *gen.Aggregation, bodies []*gen.PublicBody) (*gen.Project, error) {
	if p, err := c.Project.Query().Where(project.Cup(ProjectCUP)).Only(ctx); err == nil {
		return p, nil
	} else if !gen.IsNotFound(err) {
		return nil, err
	}
	cl, err := c.Call.Create().SetIssuerID(region.ID).SetTitle(PreviousCallTitle).
		SetReference("Decreto n. 88 del 20/01/2025 (dati dimostrativi)").
		SetPucSettings(PreviousCallPUCSettings).
		SetFund(call.FundFESR).SetStatus(call.StatusCLOSED).SetTotalBudgetCents(300_000_000).
		SetCapPerMemberCents(CapPerMember).SetCofinancingRateBp(PreviousCallRateBp).SetMinMembers(5).
		SetOpensAt(time.Date(2025, 1, 20, 9, 0, 0, 0, civil.Rome)).SetClosesAt(time.Date(2025, 2, 28, 13, 0, 0, 0, civil.Rome)).
		SetEligibleFrom(civil.New(2025, 1, 1)).SetEligibleUntil(civil.New(2027, 12, 31)).
		SetDurationMonths(36).SetReportingEveryMonths(6).SetDecisionDays(90).SetReviewDays(60).SetAdvanceBp(3000).SetInterimMaxBp(5000).SetBalanceBp(2000).
		SetReviewChecklist([]string{
			"Spese sostenute nel periodo di ammissibilità (01/01/2025 – 31/12/2027)",
			"Fatture elettroniche con CIG e CUP del progetto",
			"Procedure di affidamento conformi al D.Lgs. 36/2023",
			"Pagamenti quietanzati e tracciabili (L. 136/2010)",
			"Prodotti consegnati e collaudati presso gli enti",
		}).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("previous call: %w", err)
	}
	lines := map[string]*gen.InterventionLine{}
	for i, l := range Lines[:4] {
		if lines[l.Code], err = c.InterventionLine.Create().SetCallID(cl.ID).SetCode(l.Code).SetName(l.Name).SetPosition(i).Save(ctx); err != nil {
			return nil, err
		}
	}
	serv, err := c.ExpenseCategory.Create().SetCallID(cl.ID).SetCode(CategoryServices).SetName(Categories[0].Name).
		SetPosition(0).SetVatEligible(true).Save(ctx)
	if err != nil {
		return nil, err
	}
	// Software licences and cloud services: VAT is not an eligible cost
	// (the bodies recover it), so only the taxable amount is claimed.
	sw, err := c.ExpenseCategory.Create().SetCallID(cl.ID).SetCode(CategoryLicences).SetName(Categories[1].Name).
		SetPosition(1).SetVatEligible(false).Save(ctx)
	if err != nil {
		return nil, err
	}
	app, err := c.Application.Create().SetCallID(cl.ID).SetAggregationID(ag.ID).SetTitle(ProjectTitle).
		SetSummary("Prima fase di Marche Sud: pagamenti pagoPA e conservazione digitale per tutti gli enti.").Save(ctx)
	if err != nil {
		return nil, err
	}
	// Each member's amount: two thirds services (pagoPA and preservation,
	// line A), one third software licences and cloud (the procedures
	// database, line D).
	var granted int64
	budget := make([]*gen.BudgetLineCreate, 0, 2*len(bodies))
	alloc := make([]*gen.AllocationCreate, 0, 2*len(bodies))
	amounts := make([][]int64, len(bodies))
	for i, b := range bodies {
		amount := min(int64(derefInt(b.Population))*ProjectCentsPerInhabitant, CapPerMember)
		if amounts[i], err = money.SplitLargestRemainder(amount, []int64{2, 1}); err != nil {
			return nil, err
		}
		granted += amount
		budget = append(budget,
			c.BudgetLine.Create().SetApplicationID(app.ID).SetBodyID(b.ID).
				SetInterventionLineID(lines["A"].ID).SetExpenseCategoryID(serv.ID).SetAmountCents(amounts[i][0]),
			c.BudgetLine.Create().SetApplicationID(app.ID).SetBodyID(b.ID).
				SetInterventionLineID(lines["D"].ID).SetExpenseCategoryID(sw.ID).SetAmountCents(amounts[i][1]))
	}
	for start := 0; start < len(budget); start += 100 {
		if err := c.BudgetLine.CreateBulk(budget[start:min(start+100, len(budget))]...).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if app, err = app.Update().SetStatus(application.StatusFUNDED).SetSubmittedAt(time.Date(2025, 2, 20, 11, 0, 0, 0, civil.Rome)).Save(ctx); err != nil {
		return nil, err
	}
	p, err := c.Project.Create().SetApplicationID(app.ID).SetCallID(cl.ID).SetAggregationID(ag.ID).
		SetTitle(ProjectTitle).SetCup(ProjectCUP).SetDecreeNumber("DDPF 31/TED").SetDecreeDate(civil.New(2025, 3, 14)).
		SetGrantedCents(granted).SetEuCents(granted / 2).SetStateCents(granted * 35 / 100).SetRegionCents(granted - granted/2 - granted*35/100).
		SetStartsOn(civil.New(2025, 4, 1)).SetEndsOn(civil.New(2028, 3, 31)).Save(ctx)
	if err != nil {
		return nil, err
	}
	for i, b := range bodies {
		alloc = append(alloc,
			c.Allocation.Create().SetProjectID(p.ID).SetBodyID(b.ID).SetExpenseCategoryID(serv.ID).SetAmountCents(amounts[i][0]),
			c.Allocation.Create().SetProjectID(p.ID).SetBodyID(b.ID).SetExpenseCategoryID(sw.ID).SetAmountCents(amounts[i][1]))
	}
	for start := 0; start < len(alloc); start += 100 {
		if err := c.Allocation.CreateBulk(alloc[start:min(start+100, len(alloc))]...).Exec(ctx); err != nil {
			return nil, err
		}
	}

	svc := projectsvc.NewService(c, nil, nil)
	contractingSvc, invoicingSvc, claimsSvc := contracting.NewService(c, nil, nil), invoicing.NewService(c, nil, nil), claims.NewService(c, nil, nil)
	lead := bodies[0]
	// The open-data exports identify the buyer by its codice fiscale
	// (Comune di San Benedetto del Tronto, as it publishes it).
	if lead.CodiceFiscale == nil {
		if lead, err = lead.Update().SetCodiceFiscale("00360140446").Save(ctx); err != nil {
			return nil, err
		}
		bodies[0] = lead
	}
	vendors, err := c.Vendor.Query().Where(vendor.IsGrouping(false)).Order(vendor.ByName()).All(ctx)
	if err != nil || len(vendors) < 2 {
		return nil, fmt.Errorf("demo vendors missing (%d): %v", len(vendors), err)
	}
	adriatica, sibilla := vendors[0], vendors[len(vendors)-1]

	// 1. pagoPA: a direct award below 140.000 €, 15% saved.
	pc, err := contractingSvc.CreateProcurement(ctx, gen.CreateProcurementInput{ProjectID: p.ID, RunningBodyID: lead.ID,
		Title: "Piattaforma pagoPA e app dei servizi per i 64 enti", ObjectType: procurement.ObjectTypeSERVICES,
		ProcedureType: procurement.ProcedureTypeDIRECT_AWARD, BaseCents: 13_900_000, Cpv: ptr("72000000-5"),
		LegalBasis: ptr("art. 50, c. 1, lett. b), D.Lgs. 36/2023"), RupName: ptr("Ing. Franco Marini"),
		DeterminaNumber: ptr("412/2025"), DeterminaDate: ptr(civil.New(2025, 4, 10)), StartedOn: ptr(civil.New(2025, 4, 10)),
		SeparateEstimateCents: ptr(int64(19_200_000))})
	if err != nil {
		return nil, fmt.Errorf("procurement pagoPA: %w", err)
	}
	lot, err := contractingSvc.CreateLot(ctx, gen.CreateLotInput{ProcurementID: pc.ID, Title: "Lotto unico pagoPA", Cig: cigPagoPA, BaseCents: 13_900_000, LegacyCigAcknowledged: ptr(true)})
	if err != nil {
		return nil, err
	}
	if _, err := contractingSvc.AwardLot(ctx, lot.ID, contracting.AwardInput{VendorID: adriatica.ID, AwardCents: 11_815_000, AwardedOn: civil.New(2025, 5, 5)}); err != nil {
		return nil, fmt.Errorf("award pagoPA: %w", err)
	}
	if _, err := contractingSvc.SignContract(ctx, contracting.ContractInput{LotID: lot.ID, VendorID: adriatica.ID, Reference: "Rep. 1187/2025", InterventionLineID: &lines["A"].ID,
		SignedOn: ptr(civil.New(2025, 5, 20)), StartsOn: ptr(civil.New(2025, 6, 1)), EndsOn: ptr(civil.New(2027, 5, 31)),
		NetCents: 11_815_000, VATCents: 2_599_300,
		Split: contracting.SplitInput{Method: contract.SplitMethodPOPULATION, ExpenseCategoryID: serv.ID}}); err != nil {
		return nil, fmt.Errorf("contract pagoPA: %w", err)
	}

	// 2. Digital preservation: adhesion to a Consip framework.
	pc2, err := contractingSvc.CreateProcurement(ctx, gen.CreateProcurementInput{ProjectID: p.ID, RunningBodyID: lead.ID,
		Title: "Conservazione digitale a norma tramite accordo quadro Consip", ObjectType: procurement.ObjectTypeSERVICES,
		ProcedureType: procurement.ProcedureTypeDIRECT_AWARD_FRAMEWORK, BaseCents: 9_600_000,
		FrameworkReference: ptr("Consip SPC Cloud – Lotto 1"), NeedsPlanReference: ptr("PdF-2025-0417"),
		NeedsProjectReference: ptr("PrjF-2025-0233"), StartedOn: ptr(civil.New(2025, 6, 3))})
	if err != nil {
		return nil, fmt.Errorf("procurement conservazione: %w", err)
	}
	lot2, err := contractingSvc.CreateLot(ctx, gen.CreateLotInput{ProcurementID: pc2.ID, Title: "Contratto esecutivo conservazione", Cig: cigConservazione, BaseCents: 9_600_000, LegacyCigAcknowledged: ptr(true)})
	if err != nil {
		return nil, err
	}
	if _, err := contractingSvc.AwardLot(ctx, lot2.ID, contracting.AwardInput{VendorID: sibilla.ID, AwardCents: 9_600_000, AwardedOn: civil.New(2025, 6, 20)}); err != nil {
		return nil, err
	}
	ct2, err := contractingSvc.SignContract(ctx, contracting.ContractInput{LotID: lot2.ID, VendorID: sibilla.ID, Reference: "Contratto esecutivo 2025/0233", InterventionLineID: &lines["C"].ID,
		SignedOn: ptr(civil.New(2025, 7, 1)), StartsOn: ptr(civil.New(2025, 7, 1)), EndsOn: ptr(civil.New(2028, 6, 30)),
		NetCents: 9_600_000, VATCents: 2_112_000,
		Split: contracting.SplitInput{Method: contract.SplitMethodPOPULATION, ExpenseCategoryID: serv.ID}})
	if err != nil {
		return nil, fmt.Errorf("contract conservazione: %w", err)
	}
	// The preservation contract grows by a tenth under the quinto d'obbligo
	// (more documents to preserve than estimated): 9.600,00 → 10.560,00 €
	// net, re-split by population; its history keeps both versions.
	mod, err := contractingSvc.ProposeContractModification(ctx, contracting.ModificationInput{ContractID: ct2.ID,
		Basis: contractmodification.BasisFIFTH_INCREASE_DECREASE, ActNumber: "Determina 88/2026", ActDate: ptr(civil.New(2026, 2, 16)),
		Reason:   "Volumi di documenti da conservare superiori alla stima del progetto dei fabbisogni: aumento delle prestazioni entro il quinto d'obbligo previsto dal contratto esecutivo.",
		NetCents: 10_560_000, VATCents: 2_323_200})
	if err != nil {
		return nil, fmt.Errorf("modification conservazione: %w", err)
	}
	if err := contractingSvc.ApplyModification(ctx, mod.ID); err != nil {
		return nil, fmt.Errorf("modification conservazione: %w", err)
	}

	// 3. Invoices: two progress invoices from Adriatica Software, one from
	// Sibilla Cloud without the CUP (flagged on import; one with another
	// project's CUP would not be saved at all).
	invoices := []struct {
		v       *gen.Vendor
		number  string
		on      civil.Date
		cig     string
		cup     string
		taxable int64
	}{
		{adriatica, "FPA 41/25", civil.New(2025, 9, 30), cigPagoPA, ProjectCUP, 4_726_000},
		{adriatica, "FPA 77/25", civil.New(2025, 12, 15), cigPagoPA, ProjectCUP, 3_544_500},
		{sibilla, "2026/SC/014", civil.New(2026, 1, 31), cigConservazione, "", 2_400_000},
	}
	var saved []*gen.Invoice
	for _, in := range invoices {
		inv, err := importInvoice(ctx, invoicingSvc, p.ID, in.v, lead, splitPaymentInvoice("TD01", in.number, in.on, in.cig, in.cup, in.taxable,
			"Stato di avanzamento lavori"))
		if err != nil {
			return nil, err
		}
		saved = append(saved, inv)
	}
	// 4. Payments, split payment (art. 17-ter DPR 633/1972): the supplier
	// gets the taxable amount, the VAT goes to the Treasury by F24 by the
	// 16th of the next month. The first invoice is paid in full and
	// receipted; the second paid to the supplier (receipt pending, its F24
	// not yet due); the flagged one not paid.
	if err := recordPayments(ctx, invoicingSvc, []invoicing.PaymentInput{
		{InvoiceID: saved[0].ID, Kind: payment.KindSUPPLIER, MandateNumber: "1843", MandateDate: civil.New(2025, 10, 28),
			AmountCents: saved[0].TaxableCents, ReceiptDate: ptr(civil.New(2025, 10, 31))},
		{InvoiceID: saved[0].ID, Kind: payment.KindVAT_F24, MandateNumber: "1921", MandateDate: civil.New(2025, 11, 12),
			AmountCents: saved[0].VatCents, ReceiptDate: ptr(civil.New(2025, 11, 17))},
		{InvoiceID: saved[1].ID, Kind: payment.KindSUPPLIER, MandateNumber: "112", MandateDate: civil.New(2026, 1, 20),
			AmountCents: saved[1].TaxableCents},
	}); err != nil {
		return nil, err
	}

	if err := seed2026(ctx, c, p, lines["D"], serv, sw, bodies); err != nil {
		return nil, err
	}

	// 5. Deliverables for every member; most pagoPA ones accepted, the
	// preservation ones late.
	pago, err := svc.DefineDeliverable(ctx, projectsvc.DeliverableDefinition{ProjectID: p.ID, InterventionLineID: lines["A"].ID,
		Title: "Servizi di pagamento pagoPA attivi sul portale dell'ente", DueOn: ptr(civil.New(2025, 12, 31)),
		Description: "Almeno cinque servizi di pagamento pubblicati e collaudati."})
	if err != nil {
		return nil, err
	}
	for i, d := range pago {
		st, on := deliverable.StatusACCEPTED, ptr(civil.New(2025, 12, 10))
		switch {
		case i%5 == 3:
			st = deliverable.StatusDELIVERED
		case i%5 == 4:
			st, on = deliverable.StatusIN_PROGRESS, nil
		}
		if err := d.Update().SetStatus(st).SetNillableDeliveredOn(on).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if _, err := svc.DefineDeliverable(ctx, projectsvc.DeliverableDefinition{ProjectID: p.ID, InterventionLineID: lines["C"].ID,
		Title: "Conservazione a norma dei documenti informatici attivata", DueOn: ptr(civil.New(2026, 9, 30)),
		Description: "Manuale di conservazione adottato e primo pacchetto di versamento accettato."}); err != nil {
		return nil, err
	}
	// Still to come for every member: its deadline falls in 2027.
	if _, err := svc.DefineDeliverable(ctx, projectsvc.DeliverableDefinition{ProjectID: p.ID, InterventionLineID: lines["A"].ID,
		Title: "Avvisi di pagamento pagoPA inviati tramite l'app IO", DueOn: ptr(civil.New(2027, 6, 30)),
		Description: "Avvisi di pagamento dei tributi e dei servizi scolastici recapitati come messaggi dell'app IO."}); err != nil {
		return nil, err
	}
	for _, m := range []*gen.MilestoneCreate{
		c.Milestone.Create().SetProjectID(p.ID).SetTitle("Riunione di avvio del comitato dei referenti").SetKind("MEETING").
			SetDueOn(civil.New(2025, 4, 15)).SetDoneOn(civil.New(2025, 4, 15)).SetLocation("Sala consiliare, San Benedetto del Tronto"),
		c.Milestone.Create().SetProjectID(p.ID).SetTitle("Formazione dei referenti su pagoPA").SetKind("TRAINING").
			SetDueOn(civil.New(2025, 11, 20)).SetDoneOn(civil.New(2025, 11, 20)),
		c.Milestone.Create().SetProjectID(p.ID).SetTitle("Comitato dei referenti – autunno").SetKind("MEETING").SetDueOn(civil.New(2026, 10, 15)),
		c.Milestone.Create().SetProjectID(p.ID).SetTitle("Secondo rendiconto intermedio alla Regione").SetKind("REPORTING").SetDueOn(civil.New(2026, 12, 31)),
	} {
		if err := m.Exec(ctx); err != nil {
			return nil, err
		}
	}

	// 6. The first claim: every member's share of the receipted invoice,
	// submitted and waiting for the auditor.
	cl1, err := claimsSvc.CreateExpenseClaim(ctx, claims.ClaimInput{ProjectID: p.ID, PeriodStart: civil.New(2025, 4, 1), PeriodEnd: civil.New(2025, 12, 31),
		Narrative: "Nel periodo è stata aggiudicata e avviata la piattaforma pagoPA per tutti i 64 enti; 51 enti hanno servizi di pagamento collaudati. È stata avviata l'adesione all'accordo quadro Consip per la conservazione."})
	if err != nil {
		return nil, err
	}
	shares, err := saved[0].QueryShares().All(ctx)
	if err != nil {
		return nil, err
	}
	items := make([]claims.ItemInput, 0, len(shares))
	for _, sh := range shares {
		items = append(items, claims.ItemInput{InvoiceID: saved[0].ID, BodyID: sh.BodyID, ExpenseCategoryID: serv.ID,
			InterventionLineID: &lines["A"].ID, ClaimedCents: sh.AmountCents})
	}
	if _, err := claimsSvc.AddExpenseItems(ctx, cl1.ID, items); err != nil {
		return nil, fmt.Errorf("claim items: %w", err)
	}
	// The lead's manager submits it: she is the declarant of its report.
	if _, err := claimsSvc.SubmitExpenseClaim(asDemoUser(ctx, c, "capofila@sanbenedetto.test", ag.ID), cl1.ID); err != nil {
		return nil, err
	}
	if err := c.ExpenseClaim.UpdateOneID(cl1.ID).SetSubmittedAt(time.Date(2026, 1, 30, 10, 0, 0, 0, civil.Rome)).Exec(ctx); err != nil {
		return nil, err
	}
	if err := seedSecondYear(ctx, c, p, region, serv, lines["C"], bodies); err != nil {
		return nil, err
	}
	return p, nil
}

// seed2026 adds to the running project what the money rules of 2026 are
// about, through the project services:
//   - a direct award started in 2026 (art. 50 c. 1 lett. b D.Lgs. 36/2023,
//     below 140.000 €) for the shared database of administrative
//     procedures, with a unified CIG of ANAC's national platform (no
//     acknowledgement), its contract split by population and charged to
//     software licences and cloud, where VAT is not eligible; its first
//     invoice paid (supplier and VAT by F24, receipted) is claimable
//     without its VAT;
//   - an invoice of the preservation vendor reduced by its credit note
//     (TD04, naming it in DatiFattureCollegate): its spending, its shares
//     and the supplier's and the Treasury's parts are net of the credit
//     note, and it is paid net;
//   - an invoice of the preservation vendor addressed to Comune di Ascoli
//     Piceno (its codice fiscale in the buyer block), charged to that
//     member alone and paid.
//
// Other packages' tests build on the demo: the pagoPA contract's invoiced
// total stays as it was, and the two preservation invoices are dated
// before FPA 77/25 and the licences before March 2026, so that the newest
// invoices are not these.
func seed2026(ctx context.Context, c *gen.Client, p *gen.Project, lineD *gen.InterventionLine,
	serv, sw *gen.ExpenseCategory, bodies []*gen.PublicBody) error {
	contractingSvc, invoicingSvc := contracting.NewService(c, nil, nil), invoicing.NewService(c, nil, nil)
	lead := bodies[0]
	var ascoli *gen.PublicBody
	for i, b := range bodies {
		if deref(b.IstatCode) != AscoliPicenoISTAT {
			continue
		}
		if b.CodiceFiscale == nil {
			var err error
			if b, err = b.Update().SetCodiceFiscale(AscoliPicenoCF).Save(ctx); err != nil {
				return err
			}
			bodies[i] = b
		}
		ascoli = b
	}
	if ascoli == nil {
		return fmt.Errorf("Comune di Ascoli Piceno (%s) is not a member of the demo", AscoliPicenoISTAT)
	}
	vendors, err := c.Vendor.Query().Where(vendor.IsGrouping(false)).Order(vendor.ByName()).All(ctx)
	if err != nil || len(vendors) < 3 {
		return fmt.Errorf("demo vendors missing (%d): %v", len(vendors), err)
	}
	piceno, sibilla := vendors[1], vendors[len(vendors)-1]

	// The procedures database: a 2026 direct award, 10% saved.
	pc, err := contractingSvc.CreateProcurement(ctx, gen.CreateProcurementInput{ProjectID: p.ID, RunningBodyID: lead.ID,
		Title: "Banca dati condivisa dei procedimenti amministrativi: licenze e servizi cloud per i 64 enti", ObjectType: procurement.ObjectTypeSERVICES,
		ProcedureType: procurement.ProcedureTypeDIRECT_AWARD, BaseCents: 9_800_000, Cpv: ptr("48000000-8"),
		LegalBasis: ptr("art. 50, c. 1, lett. b), D.Lgs. 36/2023"), RupName: ptr("Ing. Franco Marini"),
		DeterminaNumber: ptr("5/2026"), DeterminaDate: ptr(civil.New(2026, 1, 12)), StartedOn: ptr(civil.New(2026, 1, 12))})
	if err != nil {
		return fmt.Errorf("procurement procedimenti: %w", err)
	}
	lot, err := contractingSvc.CreateLot(ctx, gen.CreateLotInput{ProcurementID: pc.ID, Title: "Lotto unico banca dati dei procedimenti",
		Cig: CIGProcedimenti, BaseCents: 9_800_000})
	if err != nil {
		return fmt.Errorf("lot procedimenti: %w", err)
	}
	if _, err := contractingSvc.AwardLot(ctx, lot.ID, contracting.AwardInput{VendorID: piceno.ID, AwardCents: 8_820_000, AwardedOn: civil.New(2026, 1, 26)}); err != nil {
		return fmt.Errorf("award procedimenti: %w", err)
	}
	if _, err := contractingSvc.SignContract(ctx, contracting.ContractInput{LotID: lot.ID, VendorID: piceno.ID, Reference: "Rep. 214/2026",
		InterventionLineID: &lineD.ID, SignedOn: ptr(civil.New(2026, 2, 2)), StartsOn: ptr(civil.New(2026, 2, 2)), EndsOn: ptr(civil.New(2028, 1, 31)),
		NetCents: 8_820_000, VATCents: 1_940_400,
		Split: contracting.SplitInput{Method: contract.SplitMethodPOPULATION, ExpenseCategoryID: sw.ID}}); err != nil {
		return fmt.Errorf("contract procedimenti: %w", err)
	}
	licences, err := importInvoice(ctx, invoicingSvc, p.ID, piceno, lead, splitPaymentInvoice("TD01", InvoiceLicences, civil.New(2026, 2, 20),
		CIGProcedimenti, ProjectCUP, 1_470_000, "Licenze e servizi cloud della banca dati dei procedimenti – febbraio 2026"))
	if err != nil {
		return err
	}

	// The preservation's activation, reduced by a credit note for the
	// part not done in time; the lead pays what is left.
	credited, err := importInvoice(ctx, invoicingSvc, p.ID, sibilla, lead, splitPaymentInvoice("TD01", InvoiceCredited, civil.New(2025, 10, 31),
		cigConservazione, ProjectCUP, 480_000, "Attivazione del servizio di conservazione e migrazione dei pacchetti pregressi"))
	if err != nil {
		return err
	}
	note := splitPaymentInvoice("TD04", CreditNote, civil.New(2025, 11, 14), cigConservazione, ProjectCUP, 100_000,
		"Storno per la migrazione dei pacchetti di 12 enti non eseguita nei tempi")
	note.DueOn, note.PaymentCents = nil, 0
	note.Linked = []fatturapa.LinkedInvoice{{Number: InvoiceCredited, Date: ptr(credited.IssuedOn)}}
	if _, err := importInvoice(ctx, invoicingSvc, p.ID, sibilla, lead, note); err != nil {
		return err
	}
	if credited, err = c.Invoice.Get(ctx, credited.ID); err != nil {
		return err
	}
	net := credited.TaxableCents - credited.CreditedTaxableCents
	netVAT := credited.VatCents - credited.CreditedVatCents

	// The preservation of Comune di Ascoli Piceno's own archive, invoiced to it.
	toAscoli, err := importInvoice(ctx, invoicingSvc, p.ID, sibilla, ascoli, splitPaymentInvoice("TD01", InvoiceAscoli, civil.New(2025, 12, 5),
		cigConservazione, ProjectCUP, 245_000, "Versamento in conservazione dell'archivio pregresso del Comune di Ascoli Piceno"))
	if err != nil {
		return err
	}

	// Every part paid and receipted: the supplier the taxable amount (net
	// of the credit note), the Treasury the VAT by F24 by the 16th of the
	// month after the payment.
	if err := recordPayments(ctx, invoicingSvc, []invoicing.PaymentInput{
		{InvoiceID: credited.ID, Kind: payment.KindSUPPLIER, MandateNumber: "1874", MandateDate: civil.New(2025, 11, 25),
			AmountCents: net, ReceiptDate: ptr(civil.New(2025, 11, 27))},
		{InvoiceID: credited.ID, Kind: payment.KindVAT_F24, MandateNumber: "1990", MandateDate: civil.New(2025, 12, 15),
			AmountCents: netVAT, ReceiptDate: ptr(civil.New(2025, 12, 16))},
		{InvoiceID: toAscoli.ID, Kind: payment.KindSUPPLIER, MandateNumber: "2011", MandateDate: civil.New(2025, 12, 22),
			AmountCents: toAscoli.TaxableCents, ReceiptDate: ptr(civil.New(2025, 12, 23))},
		{InvoiceID: toAscoli.ID, Kind: payment.KindVAT_F24, MandateNumber: "41", MandateDate: civil.New(2026, 1, 15),
			AmountCents: toAscoli.VatCents, ReceiptDate: ptr(civil.New(2026, 1, 16))},
		{InvoiceID: licences.ID, Kind: payment.KindSUPPLIER, MandateNumber: "301", MandateDate: civil.New(2026, 3, 16),
			AmountCents: licences.TaxableCents, ReceiptDate: ptr(civil.New(2026, 3, 18))},
		{InvoiceID: licences.ID, Kind: payment.KindVAT_F24, MandateNumber: "398", MandateDate: civil.New(2026, 4, 14),
			AmountCents: licences.VatCents, ReceiptDate: ptr(civil.New(2026, 4, 16))},
	}); err != nil {
		return err
	}
	return nil
}

// splitPaymentInvoice is one FatturaPA body of a service at 22% VAT under
// split payment (EsigibilitaIVA S), with one line, due in 30 days.
func splitPaymentInvoice(docType, number string, on civil.Date, cig, cup string, taxable int64, what string) fatturapa.Invoice {
	vat := taxable * 22 / 100
	return fatturapa.Invoice{DocumentType: docType, Currency: "EUR", Date: on, Number: number,
		TotalCents: taxable + vat, HasTotal: true, TaxableCents: taxable, VATCents: vat, SplitPayment: true,
		CIGs: []string{cig}, CUPs: nonEmpty(cup), DueOn: ptr(on.AddDays(30)), PaymentCents: taxable,
		Lines: []fatturapa.Line{{Number: 1, Description: what, Quantity: "1.00",
			UnitPrice: decimal(taxable), TotalPrice: decimal(taxable), VATRate: "22.00"}}}
}

// importInvoice registers a FatturaPA file of one body from supplier to
// buyer (identified by its codice fiscale) as an import would, and returns
// the invoice saved; a body discarded or skipped is an error.
func importInvoice(ctx context.Context, svc *invoicing.Service, projectID pulid.ID, supplier *gen.Vendor, buyer *gen.PublicBody,
	inv fatturapa.Invoice) (*gen.Invoice, error) {
	data, err := fatturapa.Encode(&fatturapa.File{Version: fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: deref(supplier.VatID), Name: supplier.Name},
		Buyer:    fatturapa.Party{Name: buyer.Name, CodiceFiscale: deref(buyer.CodiceFiscale)},
		Invoices: []fatturapa.Invoice{inv}})
	if err != nil {
		return nil, fmt.Errorf("invoice %s: %w", inv.Number, err)
	}
	res, err := svc.RegisterInvoicesFrom(ctx, projectID, data)
	switch {
	case err != nil:
		return nil, fmt.Errorf("invoice %s: %w", inv.Number, err)
	case len(res.Invoices) != 1:
		return nil, fmt.Errorf("invoice %s not saved: discarded %v, skipped %v", inv.Number, res.Discarded, res.Skipped)
	}
	return res.Invoices[0], nil
}

func ptr[T any](v T) *T { return &v }

// recordPayments records payment mandates in order, naming the one that
// fails.
func recordPayments(ctx context.Context, svc *invoicing.Service, pys []invoicing.PaymentInput) error {
	for _, py := range pys {
		if _, err := svc.RecordPayment(ctx, py); err != nil {
			return fmt.Errorf("payment %s: %w", py.MandateNumber, err)
		}
	}
	return nil
}

// asDemoUser acts as a demo lead manager of the aggregation, in the same
// transaction; if the user is missing the system acts (and the report
// leaves the declarant's name to be written by hand).
func asDemoUser(ctx context.Context, c *gen.Client, email string, agg pulid.ID) context.Context {
	return asDemoViewer(ctx, c, email, authz.Grant{Role: authz.LeadManager, AggregationID: agg})
}

// decimal writes cents as a FatturaPA amount, e.g. 4726000 → "47260.00".
func decimal(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }

// nonEmpty is a list of s, or no list when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
