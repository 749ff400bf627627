package demo_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestSeedFull_RunningProject: the full demo holds a running project whose
// figures add up, seen by the Region's auditor, and seeding twice changes
// nothing.
func TestSeedFull_RunningProject(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		first, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		if first.Project == nil || again.Project.ID != first.Project.ID {
			t.Fatalf("projects %v / %v: want the same one twice", first.Project, again.Project)
		}
		p := first.Project
		auditor := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01", Grants: []authz.Grant{{Role: authz.Auditor, RegionBodyID: first.Region.ID}}})
		svc, claimsSvc := project.NewService(c, nil, nil), claims.NewService(c, nil, nil)
		sum, err := svc.AllocationSummary(auditor, p.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		invs, err := c.Invoice.Query().Where(invoice.ProjectID(p.ID)).WithPayments().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		var invoiced, paid int64
		var flagged []string
		notes := 0
		for _, in := range invs {
			if len(in.Problems) > 0 {
				flagged = append(flagged, in.Number)
			}
			if in.DocumentType == "TD04" {
				notes++ // never spending: it reduces the invoice it names
			} else {
				invoiced += in.TaxableCents + in.VatCents - in.CreditedTaxableCents - in.CreditedVatCents
			}
			for _, py := range in.Edges.Payments {
				paid += py.AmountCents
			}
		}
		// Net amounts with VAT at 22% in SERV (118.150,00 € pagoPA, 105.600,00 €
		// preservation after its quinto d'obbligo, 96.000,00 € at signing), net
		// only in SW (88.200,00 €, procedures database).
		const committed = 11_815_000 + 2_599_300 + 10_560_000 + 2_323_200 + 8_820_000
		// FPA 41/25, FPA 77/25, 2026/SC/014, 2025/SC/112 net of its credit
		// note, 2025/SC/131 (Ascoli Piceno), 31/PA/2026 (licences) and
		// 2026/SC/208 (preservation fee of 2026), VAT included.
		const wantInvoiced = 5_765_720 + 4_324_290 + 2_928_000 + 463_600 + 298_900 + 1_793_400 + 1_525_000
		// FPA 41/25 in full, FPA 77/25's supplier part, and the four 2026
		// invoices in full (2025/SC/112 net of its credit note).
		const wantPaid = 5_765_720 + 3_544_500 + 463_600 + 298_900 + 1_793_400 + 1_525_000
		f := sum.Totals
		switch {
		case len(sum.Members) != demo.Members:
			t.Errorf("%d members in the summary, want %d", len(sum.Members), demo.Members)
		case f.Allocated != p.GrantedCents:
			t.Errorf("allocated %d, want the grant %d", f.Allocated, p.GrantedCents)
		case f.Committed != committed:
			t.Errorf("committed %d, want %d", f.Committed, committed)
		case f.Invoiced != wantInvoiced || invoiced != wantInvoiced || f.Paid != wantPaid || paid != wantPaid:
			t.Errorf("invoiced %d (invoices %d) paid %d (payments %d), want %d and %d", f.Invoiced, invoiced, f.Paid, paid, wantInvoiced, wantPaid)
		case f.Claimed != 5_765_720+1_525_000:
			t.Errorf("claimed %d: want FPA 41/25's and 2026/SC/208's spending, 5765720 + 1525000", f.Claimed)
		case len(invs) != 8 || notes != 1 || len(flagged) != 1 || flagged[0] != "2026/SC/014":
			t.Errorf("%d invoices, %d credit notes, flagged %v; want 8, 1 and 2026/SC/014 (no CUP)", len(invs), notes, flagged)
		}
		// The preservation contract's history: one effective quinto
		// d'obbligo, the shares before and after summing to the cost at
		// signing and now.
		mods, err := c.ContractModification.Query().All(auditor)
		if err != nil {
			t.Fatal(err)
		}
		if len(mods) != 1 || mods[0].Status != "EFFECTIVE" || mods[0].Basis != "FIFTH_INCREASE_DECREASE" ||
			sumShares(mods[0].SharesBefore) != 9_600_000+2_112_000 || sumShares(mods[0].SharesAfter) != 10_560_000+2_323_200 ||
			len(mods[0].SharesAfter) != demo.Members {
			t.Errorf("contract modifications %+v: want the preservation contract's effective quinto d'obbligo, read by the auditor", mods)
		}
		// What the browser test relies on: the lot of CIG 95156957EC awarded,
		// none with the CIG it creates (B96AE2FE01), claim 1 submitted with
		// every member's share of FPA 41/25 under plan version 1, and claim 2
		// with every member's share of 2026/SC/208 under version 2.
		pago, err := c.Lot.Query().Where(lot.Cig("95156957EC")).Only(sys)
		if err != nil || pago.AwardedVendorID == nil {
			t.Errorf("lot 95156957EC: %v, %v; want it awarded", pago, err)
		}
		if n, err := c.Lot.Query().Where(lot.Cig("B96AE2FE01")).Count(sys); err != nil || n != 0 {
			t.Errorf("%d lots with CIG B96AE2FE01 (%v): the browser test creates it", n, err)
		}
		claims, err := c.ExpenseClaim.Query().Where(expenseclaim.ProjectID(p.ID)).Order(expenseclaim.ByNumber()).
			WithItems(func(q *gen.ExpenseItemQuery) { q.WithInvoice() }).All(sys)
		if err != nil {
			t.Fatal(err)
		}
		if len(claims) != 2 {
			t.Fatalf("claims %v: want two", claims)
		}
		for i, want := range []struct {
			invoice string
			plan    int
			on      string
		}{{"FPA 41/25", 1, "2026-01-30"}, {demo.InvoicePreservation2026, 2, "2026-11-30"}} {
			cl := claims[i]
			if cl.Status != expenseclaim.StatusSUBMITTED || len(cl.Edges.Items) != demo.Members || cl.PlanVersion == nil || *cl.PlanVersion != want.plan ||
				cl.SubmittedAt == nil || civil.Of(cl.SubmittedAt.In(civil.Rome)).String() != want.on {
				t.Errorf("claim %d: %v, want submitted on %s with %d items under plan version %d", cl.Number, cl, want.on, demo.Members, want.plan)
			}
			for _, it := range cl.Edges.Items {
				if it.Edges.Invoice.Number != want.invoice {
					t.Errorf("claim %d item of %s, want %s only", cl.Number, it.Edges.Invoice.Number, want.invoice)
				}
			}
		}
		queue, err := claimsSvc.ReviewQueue(auditor, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(queue) != 2 || queue[0].Status != expenseclaim.StatusSUBMITTED || queue[1].Status != expenseclaim.StatusSUBMITTED {
			t.Errorf("review queue %v, want the two submitted demo claims", queue)
		}
		// The variations: the re-plan approved in June (version 2, in
		// force), the extension waiting for the Region.
		vs, err := c.Variation.Query().Where(variation.ProjectID(p.ID)).Order(variation.ByNumber()).All(auditor)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 2 || vs[0].Status != variation.StatusAPPROVED || vs[1].Status != variation.StatusREQUESTED ||
			vs[1].RequestedEndsOn == nil || vs[1].RequestedEndsOn.String() != demo.ExtendedEndsOn {
			t.Errorf("variations %v: want one approved re-plan and one requested extension to %s", vs, demo.ExtendedEndsOn)
		}
		byISTAT := map[string]int64{}
		for _, m := range sum.Members {
			if m.Body.IstatCode != nil {
				byISTAT[*m.Body.IstatCode] = m.Figures.Allocated
			}
		}
		base := func(istat string) int64 {
			b, err := c.PublicBody.Query().Where(publicbody.IstatCode(istat)).Only(sys)
			if err != nil {
				t.Fatal(err)
			}
			return min(int64(*b.Population)*demo.ProjectCentsPerInhabitant, demo.CapPerMember)
		}
		if got, want := byISTAT[demo.ReplanGiverISTAT], base(demo.ReplanGiverISTAT)-demo.ReplanCents; got != want {
			t.Errorf("re-plan giver allocated %d, want %d", got, want)
		}
		for _, istat := range demo.ReplanTakerISTATs {
			if got, want := byISTAT[istat], base(istat)+demo.ReplanCents/2; got != want {
				t.Errorf("re-plan taker %s allocated %d, want %d", istat, got, want)
			}
		}
		over, err := svc.OverdueItems(auditor, p.ID, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(over.Milestones) == 0 {
			t.Errorf("no overdue milestone in the demo")
		}
		t.Logf("demo project: granted %d, committed %d, invoiced %d, paid %d, claimed %d; %d overdue deliverables, %d milestones",
			p.GrantedCents, f.Committed, f.Invoiced, f.Paid, f.Claimed, len(over.Deliverables), len(over.Milestones))
	})
}

func sumShares(ss []schematype.ShareSnapshot) int64 {
	var sum int64
	for _, s := range ss {
		sum += s.AmountCents
	}
	return sum
}
