package reports_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// money is what the three documents say of one member in one category.
type money struct{ paid, claimed, admitted int64 }

// TestReports_AgreeToTheCent: with split-payment invoices paid to the
// supplier net and to the Treasury by F24, a category where VAT is not
// eligible, one claim submitted and one partly accepted, the allocation
// summary, every member statement and the claim report give each member,
// in each category, the same money paid, claimed and admitted, and that is
// the money computed from the payments and the expenses themselves.
func TestReports_AgreeToTheCent(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := projecttest.Build(t, d.Client())
		sys := authz.WithSystem(context.Background())
		p := f.Demo.Project
		claim := f.Claim(t, f.Items())
		// The auditor cuts one member's hardware expense by 12,34 € and
		// another's pagoPA expense in full.
		items, err := f.Client.ExpenseItem.Query().Where(expenseitem.ClaimID(claim.ID)).Order(expenseitem.ByID()).All(sys)
		if err != nil {
			t.Fatal(err)
		}
		cut := map[pulid.ID]int64{}
		cutOn := map[pulid.ID]bool{}
		for _, it := range items {
			if cutOn[it.InvoiceID] {
				continue
			}
			cutOn[it.InvoiceID] = true
			if it.InvoiceID == f.Hardware.ID {
				cut[it.ID] = 1_234
			} else {
				cut[it.ID] = it.ClaimedCents
			}
		}
		admitted := f.Accept(t, claim.ID, cut)

		want := expected(t, f)
		var admittedAll, cutAll int64
		for _, m := range want {
			admittedAll += m.admitted
		}
		for _, c := range cut {
			cutAll += c
		}
		if len(cut) != 2 || admittedAll != admitted || admitted != 4_324_290+1_234_567-cutAll {
			t.Fatalf("admitted %d (rows %d) with cuts %v: the case does not exercise a partial acceptance", admitted, admittedAll, cut)
		}
		svc := reports.NewService(f.Client, nil, nil, f.Project)
		sum, err := f.Project.AllocationSummary(f.Lead, p.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		cl, err := f.Client.ExpenseClaim.Query().Where(expenseclaim.ID(claim.ID)).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		cr, err := svc.ClaimData(f.Lead, cl, "test")
		if err != nil {
			t.Fatal(err)
		}
		fromReport := map[string]money{}
		for _, m := range cr.Finance {
			for _, c := range m.Categories {
				fromReport[m.Member+"|"+c.Category] = money{paid: c.Paid, claimed: c.Claimed}
			}
		}
		period := map[string]int64{}
		for _, e := range cr.Expenses {
			period[e.Member+"|"+e.Category] += e.Charged
		}
		var hwClaimed, hwPaid int64
		compared := 0
		for _, m := range sum.Members {
			st, err := svc.MemberStatementData(f.Lead, p.ID, m.Body.ID)
			if err != nil {
				t.Fatal(err)
			}
			fromStatement := map[string]money{}
			for _, c := range st.Categories {
				fromStatement[c.Category] = money{paid: c.Paid, claimed: c.Claimed, admitted: c.Admitted}
			}
			for _, c := range m.Categories {
				k := c.Category.Code
				w := want[string(m.Body.ID)+"|"+string(c.Category.ID)]
				got := money{paid: c.Figures.Paid, claimed: c.Figures.Claimed, admitted: c.Figures.Admitted}
				if got != w {
					t.Errorf("%s, %s: the summary says %+v, the payments and expenses %+v", m.Body.Name, k, got, w)
				}
				if s := fromStatement[c.Category.Name]; s != w {
					t.Errorf("%s, %s: the member statement says %+v, want %+v", m.Body.Name, k, s, w)
				}
				if r := fromReport[m.Body.Name+"|"+k]; r.paid != w.paid || r.claimed != w.claimed {
					t.Errorf("%s, %s: the claim report says paid %d, claimed %d; want %d, %d", m.Body.Name, k, r.paid, r.claimed, w.paid, w.claimed)
				}
				if k == "HW" {
					hwClaimed += w.claimed
					hwPaid += w.paid
					if period[m.Body.Name+"|HW"] != w.claimed {
						t.Errorf("%s: the claim's expense list charges %d to HW, want %d", m.Body.Name, period[m.Body.Name+"|HW"], w.claimed)
					}
				}
				compared++
			}
		}
		// HW: paid with its VAT (by F24), claimed without it.
		if hwPaid != 1_506_172 || hwClaimed != 1_234_567 {
			t.Errorf("HW: paid %d, claimed %d; want 1506172 (taxable + VAT by F24) and 1234567 (taxable)", hwPaid, hwClaimed)
		}
		// The demo's SERV and SW (with its credit note, its invoice addressed
		// to Ascoli Piceno alone and its 2026 licences) and the fixture's HW.
		if compared != 3*len(f.Members) {
			t.Errorf("compared %d cells, want every member in its three categories", compared)
		}
	})
}

// expected computes, per member and category, the money paid (every
// payment of an invoice, of any kind, divided like its shares), claimed (in
// claims sent to the Region) and admitted (by completed reviews of accepted
// claims) from the rows themselves.
func expected(t *testing.T, f *projecttest.Fixture) map[string]money {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	out := map[string]money{}
	invs, err := f.Client.Invoice.Query().Where(invoice.ProjectID(f.Demo.Project.ID)).WithPayments().
		WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, inv := range invs {
		var paid int64
		for _, py := range inv.Edges.Payments {
			paid += py.AmountCents
		}
		w, ids := projecttest.Weights(inv)
		for i, part := range ledger.MemberParts(paid, w) {
			cat := inv.Edges.Shares[i].ExpenseCategoryID
			if cat == nil {
				continue
			}
			k := fmt.Sprintf("%s|%s", ids[i], *cat)
			m := out[k]
			m.paid += part
			out[k] = m
		}
	}
	items, err := f.Client.ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(f.Demo.Project.ID), expenseclaim.StatusNEQ(expenseclaim.StatusDRAFT))).
		WithClaim().All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		k := fmt.Sprintf("%s|%s", it.BodyID, it.ExpenseCategoryID)
		m := out[k]
		m.claimed += it.ClaimedCents
		if st := it.Edges.Claim.Status; (st == expenseclaim.StatusACCEPTED || st == expenseclaim.StatusPARTIALLY_ACCEPTED) && it.AdmittedCents != nil {
			m.admitted += *it.AdmittedCents
		}
		out[k] = m
	}
	return out
}
