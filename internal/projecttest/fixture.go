// Package projecttest builds, for tests, the demo's running project with
// what the law-and-money rules are about: split-payment invoices paid to
// the supplier net of VAT and to the Treasury by F24, and a category where
// VAT is not an eligible cost. It is used by the tests of the services of a
// running project (internal/contracting, internal/invoicing,
// internal/claims, internal/disbursements) and of internal/reports, on
// SQLite and PostgreSQL alike.
package projecttest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	gproject "github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/project"
)

// HardwareCIG is the CIG of the fixture's hardware lot (a standard CIG with
// valid check characters).
const HardwareCIG = "8874674CA7"

// Fixture is the demo's running project with:
//   - FPA 77/25 of the demo (pagoPA, category SERV, VAT eligible): 35.445,00 €
//   - VAT 7.797,90 € under split payment, its supplier payment receipted
//     and its VAT paid by F24 and receipted;
//   - a category HW, "Apparati e licenze", where VAT is not eligible, with an
//     allocation for every member, and a hardware contract charged to it;
//   - HW 2026/018, an invoice of that contract: 12.345,67 € + VAT 2.716,05 €
//     under split payment, the supplier paid the taxable amount and the VAT
//     paid by F24, both receipted.
type Fixture struct {
	Client *gen.Client
	// The services of the running project, each over Client.
	Project       *project.Service
	Contracting   *contracting.Service
	Invoicing     *invoicing.Service
	Claims        *claims.Service
	Disbursements *disbursements.Service
	Demo          *demo.Result
	// Lead, Auditor and Officer are the demo's lead manager, auditor and
	// region officer.
	Lead, Auditor, Officer context.Context
	// Serv and HW are the categories (VAT eligible and not).
	Serv, HW *gen.ExpenseCategory
	// Pago is FPA 77/25 and Hardware HW 2026/018, read with their payments
	// and their shares (in member order).
	Pago, Hardware *gen.Invoice
	// Members are the aggregation's bodies, by ID.
	Members map[pulid.ID]*gen.PublicBody
}

// Build seeds the full demo into c and adds the fixture.
func Build(t testing.TB, c *gen.Client) *Fixture {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	res, err := demo.SeedFull(sys, c)
	if err != nil {
		t.Fatal(err)
	}
	f := &Fixture{Client: c, Project: project.NewService(c, nil, nil), Contracting: contracting.NewService(c, nil, nil),
		Invoicing: invoicing.NewService(c, nil, nil), Claims: claims.NewService(c, nil, nil), Disbursements: disbursements.NewService(c, nil),
		Demo: res, Members: map[pulid.ID]*gen.PublicBody{}}
	f.Lead = viewer(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID})
	f.Auditor = viewer(t, c, "revisore@regione-marche.test", authz.Grant{Role: authz.Auditor, RegionBodyID: pulid.ID(res.Project.TenantRegionID)})
	f.Officer = viewer(t, c, "funzionario@regione-marche.test", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: pulid.ID(res.Project.TenantRegionID)})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	p, err := c.Project.Query().Where(gproject.ID(res.Project.ID)).WithCall(func(q *gen.CallQuery) { q.WithExpenseCategories() }).Only(sys)
	must(err)
	for _, k := range p.Edges.Call.Edges.ExpenseCategories {
		if k.Code == "SERV" {
			f.Serv = k
		}
	}
	if f.Serv == nil || !f.Serv.VatEligible {
		t.Fatalf("the demo's category SERV (VAT eligible) is missing: %+v", f.Serv)
	}
	bodies, err := c.Membership.Query().Where(membership.AggregationID(res.Aggregation.ID), membership.LeftOnIsNil()).QueryBody().All(sys)
	must(err)
	for _, b := range bodies {
		f.Members[b.ID] = b
	}

	// Category HW: VAT is not an eligible cost; every member has money in it.
	f.HW, err = c.ExpenseCategory.Create().SetCallID(p.CallID).SetCode("HW").SetName("Apparati e licenze").
		SetPosition(1).SetVatEligible(false).Save(sys)
	must(err)
	allocs := make([]*gen.AllocationCreate, 0, len(bodies))
	for _, b := range bodies {
		allocs = append(allocs, c.Allocation.Create().SetProjectID(p.ID).SetBodyID(b.ID).SetExpenseCategoryID(f.HW.ID).SetAmountCents(1_000_000))
	}
	must(c.Allocation.CreateBulk(allocs...).Exec(sys))

	hw := f.hardware(t, sys, p)

	// Payments: supplier net and VAT by F24, receipted.
	pago, err := c.Invoice.Query().Where(invoice.ProjectID(p.ID), invoice.Number("FPA 77/25")).WithPayments().Only(sys)
	must(err)
	for _, py := range pago.Edges.Payments {
		if py.Kind == payment.KindSUPPLIER && py.ReceiptDate == nil {
			_, err := f.Invoicing.RecordReceipt(f.Lead, py.ID, civil.New(2026, 1, 23))
			must(err)
		}
	}
	for _, in := range []invoicing.PaymentInput{
		{InvoiceID: pago.ID, Kind: payment.KindVAT_F24, MandateNumber: "205", MandateDate: civil.New(2026, 2, 12), AmountCents: pago.VatCents,
			ReceiptDate: ptr(civil.New(2026, 2, 16))},
		{InvoiceID: hw.ID, Kind: payment.KindSUPPLIER, MandateNumber: "311", MandateDate: civil.New(2026, 3, 20), AmountCents: hw.TaxableCents,
			ReceiptDate: ptr(civil.New(2026, 3, 24))},
		{InvoiceID: hw.ID, Kind: payment.KindVAT_F24, MandateNumber: "340", MandateDate: civil.New(2026, 4, 10), AmountCents: hw.VatCents,
			ReceiptDate: ptr(civil.New(2026, 4, 16))},
	} {
		if _, err := f.Invoicing.RecordPayment(f.Lead, in); err != nil {
			t.Fatalf("payment %s: %v", in.MandateNumber, err)
		}
	}
	f.Pago, f.Hardware = f.Invoice(t, pago.ID), f.Invoice(t, hw.ID)
	return f
}

// hardware signs the fixture's hardware contract, split by population and
// charged to HW, and registers its invoice HW 2026/018.
func (f *Fixture) hardware(t testing.TB, sys context.Context, p *gen.Project) *gen.Invoice {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	vendors, err := f.Client.Vendor.Query().Where(vendor.IsGrouping(false)).Order(vendor.ByName()).All(sys)
	must(err)
	if len(vendors) < 3 {
		t.Fatalf("the demo has %d vendors, want 3", len(vendors))
	}
	supplier := vendors[1]

	pc, err := f.Contracting.CreateProcurement(sys, gen.CreateProcurementInput{ProjectID: p.ID, RunningBodyID: f.Demo.Aggregation.LeadID,
		Title: "Postazioni e lettori per lo sportello pagoPA", ObjectType: procurement.ObjectTypeSUPPLIES,
		ProcedureType: procurement.ProcedureTypeDIRECT_AWARD, BaseCents: 2_100_000, StartedOn: ptr(civil.New(2023, 11, 20))})
	must(err)
	lot, err := f.Contracting.CreateLot(sys, gen.CreateLotInput{ProcurementID: pc.ID, Title: "Fornitura postazioni", Cig: HardwareCIG, BaseCents: 2_100_000})
	must(err)
	_, err = f.Contracting.AwardLot(sys, lot.ID, contracting.AwardInput{VendorID: supplier.ID, AwardCents: 2_000_000, AwardedOn: civil.New(2023, 12, 15)})
	must(err)
	_, err = f.Contracting.SignContract(sys, contracting.ContractInput{LotID: lot.ID, VendorID: supplier.ID, Reference: "Ordine 2023/77",
		SignedOn: ptr(civil.New(2026, 1, 15)), NetCents: 2_000_000, VATCents: 440_000,
		Split: contracting.SplitInput{Method: contract.SplitMethodPOPULATION, ExpenseCategoryID: f.HW.ID}})
	must(err)
	hw, err := f.Invoicing.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: p.ID, SupplierVATID: *supplier.VatID, SupplierName: supplier.Name,
		DocumentType: "TD01", Number: "HW 2026/018", IssuedOn: civil.New(2026, 2, 27), CIG: HardwareCIG, CUP: demo.ProjectCUP,
		TaxableCents: 1_234_567, VATCents: 271_605, TotalCents: 1_506_172, SplitPayment: true})
	must(err)
	if hw.ContractID == nil || len(hw.Problems) > 0 {
		t.Fatalf("the hardware invoice did not match its contract: %v", hw.Problems)
	}
	return hw
}

// Items are the expenses of every member's part of the fixture's two
// invoices: FPA 77/25 in SERV with its VAT, HW 2026/018 in HW without it,
// each member at what it may claim (its part of the spending, or of the
// taxable amount).
func (f *Fixture) Items() []claims.ItemInput {
	var items []claims.ItemInput
	for _, x := range []struct {
		inv    *gen.Invoice
		cat    *gen.ExpenseCategory
		amount int64
	}{{f.Pago, f.Serv, f.Pago.TotalCents}, {f.Hardware, f.HW, f.Hardware.TaxableCents}} {
		w, ids := Weights(x.inv)
		parts := ledger.MemberParts(x.amount, w)
		for i, id := range ids {
			items = append(items, claims.ItemInput{InvoiceID: x.inv.ID, BodyID: id, ExpenseCategoryID: x.cat.ID, ClaimedCents: parts[i]})
		}
	}
	return items
}

// Claim opens, fills with items and submits the project's next claim for
// the first half of 2026.
func (f *Fixture) Claim(t testing.TB, items []claims.ItemInput) *gen.ExpenseClaim {
	t.Helper()
	cl, err := f.Claims.CreateExpenseClaim(f.Lead, claims.ClaimInput{ProjectID: f.Demo.Project.ID, PeriodStart: civil.New(2026, 1, 1),
		PeriodEnd: civil.New(2026, 6, 30), Narrative: "Sportelli pagoPA attrezzati; conservazione avviata."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Claims.AddExpenseItems(f.Lead, cl.ID, items); err != nil {
		t.Fatal(err)
	}
	if cl, err = f.Claims.SubmitExpenseClaim(f.Lead, cl.ID); err != nil {
		t.Fatal(err)
	}
	return cl
}

// Accept reviews a submitted claim: every check OK, every expense admitted
// less what cut says (by item ID), and the outcome that follows. It
// returns what was admitted.
func (f *Fixture) Accept(t testing.TB, claimID pulid.ID, cut map[pulid.ID]int64) int64 {
	t.Helper()

	rv, err := f.Claims.StartReview(f.Auditor, claimID)
	if err != nil {
		t.Fatal(err)
	}
	var results []schematype.ChecklistEntry
	for _, e := range rv.Checklist {
		results = append(results, schematype.ChecklistEntry{Key: e.Key, Result: "OK"})
	}
	if _, err := f.Claims.SetReviewChecklist(f.Auditor, rv.ID, results); err != nil {
		t.Fatal(err)
	}
	items, err := f.Client.ExpenseItem.Query().Where(expenseitem.ClaimID(claimID)).All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	var decisions []claims.Decision
	var admitted int64
	outcome := review.OutcomeACCEPTED
	for _, it := range items {
		d := claims.Decision{ItemID: it.ID, AdmittedCents: it.ClaimedCents - cut[it.ID]}
		if cut[it.ID] > 0 {
			d.Reason, outcome = "Quota non documentata dal verbale di consegna.", review.OutcomePARTIALLY_ACCEPTED
		}
		admitted += d.AdmittedCents
		decisions = append(decisions, d)
	}
	if _, err := f.Claims.DecideExpenseItems(f.Auditor, decisions); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Claims.CompleteReview(f.Auditor, rv.ID, outcome, ""); err != nil {
		t.Fatal(err)
	}
	return admitted
}

// Invoice reads an invoice with its payments and its shares (in member
// order).
func (f *Fixture) Invoice(t testing.TB, id pulid.ID) *gen.Invoice {
	t.Helper()
	inv, err := f.Client.Invoice.Query().Where(invoice.ID(id)).WithPayments().
		WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

// Weights are the amounts of an invoice's shares, in member order, and the
// members in the same order.
func Weights(inv *gen.Invoice) ([]int64, []pulid.ID) {
	w := make([]int64, len(inv.Edges.Shares))
	ids := make([]pulid.ID, len(inv.Edges.Shares))
	for i, sh := range inv.Edges.Shares {
		w[i], ids[i] = sh.AmountCents, sh.BodyID
	}
	if !slices.IsSorted(ids) {
		panic(fmt.Sprintf("shares of %s not in member order", inv.Number))
	}
	return w, ids
}

func viewer(t testing.TB, c *gen.Client, email string, g authz.Grant) context.Context {
	t.Helper()
	u, err := c.User.Query().Where(user.Email(email)).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email, Grants: []authz.Grant{g}})
}

func ptr[T any](v T) *T { return &v }
