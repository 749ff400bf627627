package demo_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/testdb"
)

// TestSeedFull_MoneyRules2026: the running project shows, with exact
// figures, the money rules of 2026 — an 80% contribution rate with a 30%
// advance not yet requested, a credit note netting the invoice it names, an
// invoice charged to the one member it is addressed to, a category where
// VAT is not eligible, and a 2026 procedure with a unified CIG.
func TestSeedFull_MoneyRules2026(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		p := res.Project
		invoicingSvc, disbursementsSvc := invoicing.NewService(c, nil, nil), disbursements.NewService(c, nil)
		read := func(t *testing.T, number string) *gen.Invoice {
			t.Helper()
			inv, err := c.Invoice.Query().Where(invoice.ProjectID(p.ID), invoice.Number(number)).WithPayments().
				WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).Only(sys)
			if err != nil {
				t.Fatalf("invoice %s: %v", number, err)
			}
			return inv
		}
		moneyOf := func(t *testing.T, inv *gen.Invoice) *invoicing.InvoiceMoney {
			t.Helper()
			m, err := invoicingSvc.InvoicesMoney(sys, []*gen.Invoice{inv})
			if err != nil {
				t.Fatal(err)
			}
			return m[inv.ID]
		}
		part := func(m *invoicing.InvoiceMoney, k payment.Kind) invoicing.InvoicePart {
			for _, pt := range m.Parts {
				if pt.Kind == k {
					return pt
				}
			}
			return invoicing.InvoicePart{Kind: k}
		}
		category := func(t *testing.T, code string) *gen.ExpenseCategory {
			t.Helper()
			k, err := c.ExpenseCategory.Query().Where(expensecategory.CallID(p.CallID), expensecategory.Code(code)).Only(sys)
			if err != nil {
				t.Fatalf("category %s: %v", code, err)
			}
			return k
		}
		serv, sw := category(t, demo.CategoryServices), category(t, demo.CategoryLicences)

		t.Run("ContributionRateAndAdvance", func(t *testing.T) {
			cl, err := c.Call.Get(sys, p.CallID)
			if err != nil {
				t.Fatal(err)
			}
			if cl.CofinancingRateBp != 8000 || cl.AdvanceBp != 3000 || cl.InterimMaxBp != 5000 || cl.BalanceBp != 2000 {
				t.Errorf("previous call: rate %d, advance %d, interim cap %d, balance %d; want 8000, 3000, 5000, 2000",
					cl.CofinancingRateBp, cl.AdvanceBp, cl.InterimMaxBp, cl.BalanceBp)
			}
			if n, err := c.Disbursement.Query().Where(disbursement.ProjectID(p.ID)).Count(sys); err != nil || n != 0 {
				t.Errorf("%d disbursements (%v): the officer requests the advance, the demo records none", n, err)
			}
			officer := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01",
				Grants: []authz.Grant{{Role: authz.RegionOfficer, RegionBodyID: res.Region.ID}}})
			st, err := disbursementsSvc.DisbursementStatusOf(officer, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			// G = 945.940,00 €: advance 30% = 283.782,00 €, interim cap 50%
			// = 472.970,00 €; nothing admitted yet, nothing disbursed.
			switch {
			case p.GrantedCents != 94_594_000 || st.Plan.Grant != 94_594_000:
				t.Errorf("grant %d (plan %d), want 94594000", p.GrantedCents, st.Plan.Grant)
			case st.Plan.RateBp != 8000 || st.Plan.Advance() != 28_378_200 || st.Plan.InterimCap() != 47_297_000:
				t.Errorf("plan %+v: advance %d, cap %d; want rate 8000, advance 28378200, cap 47297000", st.Plan, st.Plan.Advance(), st.Plan.InterimCap())
			case st.Admitted != 0 || st.Disbursed != 0 || st.Paid != 0 || st.InterimDue != 0 || st.Plan.Contribution(st.Admitted) != 0:
				t.Errorf("status %+v: want nothing admitted, disbursed or due", st)
			case st.Plan.Contribution(5_765_720) != 4_612_576:
				// Claim 1 (FPA 41/25, 57.657,20 €) admitted in full would give 80%.
				t.Errorf("contribution on claim 1 in full %d, want 4612576", st.Plan.Contribution(5_765_720))
			}
		})

		t.Run("Allocations", func(t *testing.T) {
			allocs, err := c.Allocation.Query().Where(allocation.ProjectID(p.ID)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			sum := map[string]int64{}
			count := map[string]int{}
			for _, a := range allocs {
				code := ""
				switch a.ExpenseCategoryID {
				case serv.ID:
					code = "SERV"
				case sw.ID:
					code = "SW"
				}
				sum[code] += a.AmountCents
				count[code]++
			}
			if !serv.VatEligible || sw.VatEligible || sw.Name != "Licenze software e servizi cloud" {
				t.Errorf("categories: SERV VAT eligible %v, SW %q VAT eligible %v; want true, false", serv.VatEligible, sw.Name, sw.VatEligible)
			}
			if count["SERV"] != demo.Members || count["SW"] != demo.Members || len(allocs) != 2*demo.Members ||
				sum["SERV"]+sum["SW"] != p.GrantedCents || sum["SERV"] != 63_062_668 || sum["SW"] != 31_531_332 {
				t.Errorf("allocations %v in %v (%d rows): want 64 per category, SERV 63062668 + SW 31531332 = grant %d", count, sum, len(allocs), p.GrantedCents)
			}
		})

		t.Run("CreditNote", func(t *testing.T) {
			inv, note := read(t, demo.InvoiceCredited), read(t, demo.CreditNote)
			if note.DocumentType != "TD04" || note.CreditedInvoiceID == nil || *note.CreditedInvoiceID != inv.ID ||
				note.TaxableCents != 100_000 || note.VatCents != 22_000 || len(note.Edges.Shares) != 0 || len(note.Edges.Payments) != 0 ||
				len(note.Problems) != 0 || !note.SplitPayment {
				t.Errorf("credit note %s: type %s, credits %v, %d + %d, %d shares, %d payments, problems %v",
					note.Number, note.DocumentType, note.CreditedInvoiceID, note.TaxableCents, note.VatCents,
					len(note.Edges.Shares), len(note.Edges.Payments), note.Problems)
			}
			// 4.800,00 + 1.056,00 € less 1.000,00 + 220,00 €.
			if inv.TaxableCents != 480_000 || inv.VatCents != 105_600 || inv.CreditedTaxableCents != 100_000 || inv.CreditedVatCents != 22_000 ||
				len(inv.Problems) != 0 || note.ContractID == nil || inv.ContractID == nil || *note.ContractID != *inv.ContractID {
				t.Errorf("%s: %d + %d credited %d + %d, problems %v", inv.Number, inv.TaxableCents, inv.VatCents,
					inv.CreditedTaxableCents, inv.CreditedVatCents, inv.Problems)
			}
			var shares, paid int64
			for _, sh := range inv.Edges.Shares {
				shares += sh.AmountCents
				paid += sh.PaidCents
			}
			m := moneyOf(t, inv)
			sup, f24 := part(m, payment.KindSUPPLIER), part(m, payment.KindVAT_F24)
			var claimable int64
			for _, mc := range m.Claimable {
				claimable += mc.Now
			}
			switch {
			case m.Spending != 463_600 || shares != 463_600 || len(inv.Edges.Shares) != demo.Members:
				t.Errorf("spending %d, %d shares summing to %d; want 463600 over 64 members", m.Spending, len(inv.Edges.Shares), shares)
			case sup.Due != 380_000 || sup.Paid != 380_000 || sup.Receipted != 380_000:
				t.Errorf("supplier part %+v: want 380000 due, paid and receipted", sup)
			case f24.Due != 83_600 || f24.Paid != 83_600 || f24.Receipted != 83_600:
				t.Errorf("F24 part %+v: want 83600 due, paid and receipted", f24)
			case !m.FullyPaid || paid != 463_600 || claimable != 463_600:
				t.Errorf("fully paid %v, members paid %d, claimable %d; want true, 463600, 463600", m.FullyPaid, paid, claimable)
			}
		})

		t.Run("AddressedToAscoliPiceno", func(t *testing.T) {
			ascoli, err := c.PublicBody.Query().Where(publicbody.IstatCode(demo.AscoliPicenoISTAT)).Only(sys)
			if err != nil {
				t.Fatal(err)
			}
			if ascoli.CodiceFiscale == nil || *ascoli.CodiceFiscale != "00229010442" || italy.ValidateCodiceFiscaleEnte(*ascoli.CodiceFiscale) != nil {
				t.Errorf("%s: codice fiscale %v, want 00229010442", ascoli.Name, ascoli.CodiceFiscale)
			}
			inv := read(t, demo.InvoiceAscoli)
			if inv.BuyerCodiceFiscale != "00229010442" || inv.BuyerBodyID == nil || *inv.BuyerBodyID != ascoli.ID ||
				len(inv.Problems) != 0 || inv.ContractID == nil {
				t.Errorf("%s: buyer %q (%v), contract %v, problems %v; want Ascoli Piceno's", inv.Number, inv.BuyerCodiceFiscale, inv.BuyerBodyID, inv.ContractID, inv.Problems)
			}
			if sh := inv.Edges.Shares; len(sh) != 1 || sh[0].BodyID != ascoli.ID || sh[0].AmountCents != 298_900 || sh[0].PaidCents != 298_900 ||
				sh[0].ExpenseCategoryID == nil || *sh[0].ExpenseCategoryID != serv.ID {
				t.Fatalf("%s: shares %+v, want one of 298900 for %s in SERV, paid", inv.Number, sh, ascoli.ID)
			}
			m := moneyOf(t, inv)
			sup, f24 := part(m, payment.KindSUPPLIER), part(m, payment.KindVAT_F24)
			if !m.FullyPaid || sup.Receipted != 245_000 || f24.Receipted != 53_900 || len(m.Claimable) != 1 || m.Claimable[0].Now != 298_900 {
				t.Errorf("%s: paid %v, supplier %+v, F24 %+v, claimable %+v", inv.Number, m.FullyPaid, sup, f24, m.Claimable)
			}
		})

		t.Run("VATNotEligible", func(t *testing.T) {
			inv := read(t, demo.InvoiceLicences)
			var shares int64
			for _, sh := range inv.Edges.Shares {
				shares += sh.AmountCents
				if sh.ExpenseCategoryID == nil || *sh.ExpenseCategoryID != sw.ID {
					t.Fatalf("%s: share of %s in category %v, want SW", inv.Number, sh.BodyID, sh.ExpenseCategoryID)
				}
			}
			m := moneyOf(t, inv)
			var now, whenPaid int64
			for i, mc := range m.Claimable {
				now += mc.Now
				whenPaid += mc.WhenPaid
				if mc.VATEligible || mc.Now >= inv.Edges.Shares[i].AmountCents {
					t.Errorf("%s: %s may claim %d of its share %d (VAT eligible %v): the VAT is not claimable",
						inv.Number, mc.BodyID, mc.Now, inv.Edges.Shares[i].AmountCents, mc.VATEligible)
				}
			}
			// 14.700,00 € + VAT 3.234,00 €: the members claim the taxable amount only.
			if len(inv.Edges.Shares) != demo.Members || shares != 1_793_400 || !m.FullyPaid || now != 1_470_000 || whenPaid != 1_470_000 {
				t.Errorf("%s: %d shares summing to %d, fully paid %v, claimable %d (when paid %d); want 64, 1793400, true, 1470000",
					inv.Number, len(inv.Edges.Shares), shares, m.FullyPaid, now, whenPaid)
			}
			// A SERV invoice is claimable with its VAT: FPA 41/25, 47.260,00 + 10.397,20 €.
			var withVAT int64
			for _, mc := range moneyOf(t, read(t, "FPA 41/25")).Claimable {
				withVAT += mc.Now
			}
			if withVAT != 5_765_720 {
				t.Errorf("FPA 41/25 claimable %d, want 5765720 (taxable + VAT)", withVAT)
			}
		})

		t.Run("UnifiedCIG", func(t *testing.T) {
			l, err := c.Lot.Query().Where(lot.Cig(demo.CIGProcedimenti)).WithProcurement().
				WithContracts(func(q *gen.ContractQuery) { q.WithCostShares() }).Only(sys)
			if err != nil {
				t.Fatal(err)
			}
			pc := l.Edges.Procurement
			if kind, err := italy.CIGKindOf(l.Cig); err != nil || kind != italy.CIGUnified || l.LegacyCigAcknowledged {
				t.Errorf("lot %s: kind %s (%v), acknowledged %v; want a unified CIG, no acknowledgement", l.Cig, kind, err, l.LegacyCigAcknowledged)
			}
			if pc.ProjectID != p.ID || pc.ProcedureType != procurement.ProcedureTypeDIRECT_AWARD || pc.StartedOn == nil || *pc.StartedOn != civil.New(2026, 1, 12) ||
				pc.BaseCents != 9_800_000 || l.AwardCents == nil || *l.AwardCents != 8_820_000 {
				t.Errorf("procedure %+v, award %v: want a direct award of the project started on 12/01/2026, base 9800000, award 8820000", pc, l.AwardCents)
			}
			if len(l.Edges.Contracts) != 1 {
				t.Fatalf("%d contracts on lot %s, want 1", len(l.Edges.Contracts), l.Cig)
			}
			ct := l.Edges.Contracts[0]
			var committed int64
			for _, sh := range ct.Edges.CostShares {
				committed += sh.AmountCents
				if sh.ExpenseCategoryID == nil || *sh.ExpenseCategoryID != sw.ID {
					t.Errorf("cost share of %s in %v, want SW", sh.BodyID, sh.ExpenseCategoryID)
				}
			}
			// VAT is not eligible in SW: the shares commit the net amount only.
			if ct.NetCents != 8_820_000 || ct.VatCents != 1_940_400 || len(ct.Edges.CostShares) != demo.Members || committed != 8_820_000 {
				t.Errorf("contract %s: %d + %d, %d shares summing to %d; want 8820000 + 1940400, 64 shares summing to 8820000",
					ct.Reference, ct.NetCents, ct.VatCents, len(ct.Edges.CostShares), committed)
			}
			inv := read(t, demo.InvoiceLicences)
			if inv.ContractID == nil || *inv.ContractID != ct.ID || inv.Cig != demo.CIGProcedimenti || inv.Cup != demo.ProjectCUP || len(inv.Problems) != 0 {
				t.Errorf("%s: contract %v, CIG %s, CUP %s, problems %v; want contract %s without problems", inv.Number, inv.ContractID, inv.Cig, inv.Cup, inv.Problems, ct.ID)
			}
		})
	})
}
