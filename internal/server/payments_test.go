package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestInvoicesTab_PartsWithoutNPlusOne runs the web app's own documents
// (frontend/src/gql/gql.ts) for the invoices tab and the claim's add-items
// helper over a page of one invoice and over a page of 24: the parts, the
// claimable shares and whether an invoice is paid in full are computed for
// the whole page at once, so the statements do not grow with the page. The
// figures are checked on a split-payment invoice paid net + F24 in a
// category where VAT is not eligible.
func TestInvoicesTab_PartsWithoutNPlusOne(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		admin := newClient(t, d)
		f := projecttest.Build(t, d.Client())
		lead := admin.as(t, d, "capofila@sanbenedetto.test")
		sys := authz.WithSystem(context.Background())
		// 20 more invoices of the hardware contract, paid to the supplier.
		receipt := civil.New(2026, 4, 3)
		for i := range 20 {
			inv, err := f.Invoicing.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
				Number: fmt.Sprintf("HW 2026/%03d", 100+i), IssuedOn: civil.New(2026, 3, 1+i), CIG: projecttest.HardwareCIG, CUP: demo.ProjectCUP,
				TaxableCents: 10_000 + int64(i), VATCents: 2_200, TotalCents: 12_200 + int64(i), SplitPayment: true})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Invoicing.RecordPayment(f.Lead, invoicing.PaymentInput{InvoiceID: inv.ID, Kind: payment.KindSUPPLIER, MandateNumber: "4" + fmt.Sprint(i),
				MandateDate: civil.New(2026, 4, 1), AmountCents: inv.TaxableCents, ReceiptDate: &receipt}); err != nil {
				t.Fatal(err)
			}
		}
		for _, op := range []struct {
			name string
			vars func(first int) map[string]any
		}{
			{"ProjectInvoices", func(first int) map[string]any { return map[string]any{"id": f.Demo.Project.ID, "first": first} }},
			{"ClaimableInvoices", func(first int) map[string]any { return map[string]any{"projectID": f.Demo.Project.ID, "first": first} }},
		} {
			t.Run(op.name, func(t *testing.T) {
				_, doc := webAppDocument(t, op.name)
				run := func(first int) (int64, response) {
					before := d.Statements()
					r := mustOK(t, lead.do(t, doc, op.vars(first)))
					return d.Statements() - before, r
				}
				run(1) // the session's first use costs a statement of its own
				one, _ := run(1)
				all, r := run(24)
				t.Logf("%s: %d statements for 1 invoice, %d for 24", op.name, one, all)
				// Edges that only some invoices have (the credit note's
				// invoice, the member an invoice is addressed to) cost one
				// statement for the whole page when the page holds one.
				const optionalEdges = 2
				if all > one+optionalEdges {
					t.Errorf("%s: %d statements for one invoice, %d for 24: the page's parts are read per invoice", op.name, one, all)
				}
				var out struct {
					Node struct {
						Invoices struct {
							Edges []struct {
								Node struct {
									Number    string `json:"number"`
									FullyPaid *bool  `json:"fullyPaid"`
									Parts     []struct {
										Kind           string `json:"kind"`
										DueCents       int64  `json:"dueCents"`
										PaidCents      int64  `json:"paidCents"`
										ReceiptedCents int64  `json:"receiptedCents"`
									} `json:"parts"`
									ClaimableShares []struct {
										ClaimableCents int64 `json:"claimableCents"`
										VatEligible    bool  `json:"vatEligible"`
									} `json:"claimableShares"`
								} `json:"node"`
							} `json:"edges"`
						} `json:"invoices"`
					} `json:"node"`
				}
				r.decode(t, &out)
				seen := 0
				for _, e := range out.Node.Invoices.Edges {
					n := e.Node
					switch {
					case n.Number == "HW 2026/018":
						seen++
						if len(n.Parts) != 2 || n.Parts[0].Kind != "SUPPLIER" || n.Parts[0].DueCents != 1_234_567 || n.Parts[1].Kind != "VAT_F24" ||
							n.Parts[1].ReceiptedCents != 271_605 || (n.FullyPaid != nil && !*n.FullyPaid) {
							t.Errorf("HW 2026/018: %+v, want supplier 12.345,67 and VAT 2.716,05 by F24, paid in full", n)
						}
						var claimable int64
						for _, c := range n.ClaimableShares {
							claimable += c.ClaimableCents
							if c.VatEligible {
								t.Error("HW is not a category where VAT is eligible")
							}
						}
						if op.name == "ClaimableInvoices" && claimable != 1_234_567 {
							t.Errorf("HW 2026/018: the members may claim %d in all, want the taxable amount 1234567", claimable)
						}
					case strings.HasPrefix(n.Number, "HW 2026/1"):
						// Paid to the supplier only: the F24 is still due.
						if n.FullyPaid != nil && *n.FullyPaid {
							t.Errorf("%s is paid in full without its F24", n.Number)
						}
					}
				}
				if seen != 1 {
					t.Errorf("HW 2026/018 appears %d times in a page of %d", seen, len(out.Node.Invoices.Edges))
				}
			})
		}
	})
}

// TestPaymentsAndClaims_OverGraphQL: recordPayment takes the part it pays
// and refuses, over GraphQL too, an amount above what is due for it and the
// same mandate twice (CONFLICT, in the mutation's transaction, on both
// databases); addExpenseItems refuses a request with ineligible expenses
// listing each failure in extensions.details (item, invoice, member, rule,
// amount).
func TestPaymentsAndClaims_OverGraphQL(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		admin := newClient(t, d)
		f := projecttest.Build(t, d.Client())
		lead := admin.as(t, d, "capofila@sanbenedetto.test")
		sys := authz.WithSystem(context.Background())
		inv, err := f.Invoicing.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
			Number: "HW 2026/200", IssuedOn: civil.New(2026, 5, 4), CIG: projecttest.HardwareCIG, CUP: demo.ProjectCUP,
			TaxableCents: 50_000, VATCents: 11_000, TotalCents: 61_000, SplitPayment: true})
		if err != nil {
			t.Fatal(err)
		}
		pay := `mutation($in: RecordPaymentInput!) { recordPayment(input: $in) { id kind amountCents } }`
		in := func(kind string, amount int64) map[string]any {
			return map[string]any{"in": map[string]any{"invoiceID": inv.ID, "kind": kind, "mandateNumber": "615", "mandateDate": "2026-05-20", "amountCents": amount}}
		}
		e := storyRefused(t, lead.do(t, pay, in("SUPPLIER", 61_000)), "INVALID", "payment.exceeds_invoice")
		if e.Extensions.Field != "amountCents" || !strings.Contains(e.Message, "F24") {
			t.Errorf("refusal %v: want it on the amount, with the hint of the F24", e)
		}
		mustOK(t, lead.do(t, pay, in("SUPPLIER", 50_000)))
		mustOK(t, lead.do(t, pay, in("VAT_F24", 11_000)))
		storyRefused(t, lead.do(t, pay, in("VAT_F24", 1)), "CONFLICT", "payment.duplicate")

		var cl struct {
			CreateExpenseClaim struct{ ID string } `json:"createExpenseClaim"`
		}
		mustOK(t, lead.do(t, `mutation($p: ID!, $in: ExpenseClaimInput!) { createExpenseClaim(projectID: $p, input: $in) { id } }`,
			map[string]any{"p": f.Demo.Project.ID, "in": map[string]any{"periodStart": "2026-01-01", "periodEnd": "2026-06-30"}})).decode(t, &cl)
		w, ids := projecttest.Weights(f.Hardware)
		items := []any{
			// The gross share, in a category where VAT is not eligible.
			map[string]any{"invoiceID": f.Hardware.ID, "bodyID": ids[0], "expenseCategoryID": f.HW.ID, "claimedCents": w[0]},
			// Nothing claimed.
			map[string]any{"invoiceID": f.Pago.ID, "bodyID": ids[1], "expenseCategoryID": f.Serv.ID, "claimedCents": 0},
		}
		e = storyRefused(t, lead.do(t, `mutation($id: ID!, $items: [ExpenseItemInput!]!) { addExpenseItems(claimID: $id, items: $items) { id } }`,
			map[string]any{"id": cl.CreateExpenseClaim.ID, "items": items}), "INVALID", "expense.vat_not_eligible")
		ext := e.Extensions
		if len(ext.Details) != 2 {
			t.Fatalf("refusal %+v: want both failures listed", ext)
		}
		first, second := ext.Details[0], ext.Details[1]
		if first.Facts["item"] != float64(1) || first.Facts["invoiceID"] != string(f.Hardware.ID) || first.Facts["bodyID"] != string(ids[0]) ||
			first.Facts["amountCents"] != float64(w[0]-ledgerPart(f, ids[0])) || !strings.Contains(first.Message, f.Members[ids[0]].Name) {
			t.Errorf("first failure %+v: want item 1, HW 2026/018, %s, the VAT as the amount", first, f.Members[ids[0]].Name)
		}
		if second.Rule != "expense.amount" || second.Facts["item"] != float64(2) {
			t.Errorf("second failure %+v: want item 2 refused for its amount", second)
		}
	})
}

// ledgerPart is what a member may claim of HW 2026/018 (its taxable part).
func ledgerPart(f *projecttest.Fixture, body pulid.ID) int64 {
	for _, in := range f.Items() {
		if in.InvoiceID == f.Hardware.ID && in.BodyID == body {
			return in.ClaimedCents
		}
	}
	return -1
}
