package claims_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/eligibility"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestAddExpenseItems_SplitPaymentAndVATEligibility claims two
// split-payment invoices paid to the supplier net and to the Treasury by
// F24: FPA 77/25 in a category where VAT is eligible (every member's part of
// taxable + VAT), HW 2026/018 in one where it is not (every member's part of
// the taxable amount only), to the cent, and checks that what the web app
// is offered (InvoicesMoney, the claimableShares field) is exactly what the
// claim accepts.
func TestAddExpenseItems_SplitPaymentAndVATEligibility(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := projecttest.Build(t, d.Client())
		claimsSvc, invoicingSvc := f.Claims, f.Invoicing
		sys := authz.WithSystem(context.Background())
		cl, err := claimsSvc.CreateExpenseClaim(f.Lead, claims.ClaimInput{ProjectID: f.Demo.Project.ID, PeriodStart: civil.New(2026, 1, 1), PeriodEnd: civil.New(2026, 6, 30)})
		if err != nil {
			t.Fatal(err)
		}
		items := f.Items()
		if len(items) != 2*len(f.Members) {
			t.Fatalf("%d items for %d members", len(items), len(f.Members))
		}
		var withVAT, withoutVAT int64
		for _, it := range items {
			if it.InvoiceID == f.Pago.ID {
				withVAT += it.ClaimedCents
			} else {
				withoutVAT += it.ClaimedCents
			}
		}
		if withVAT != 3_544_500+779_790 || withoutVAT != 1_234_567 {
			t.Fatalf("the members' parts sum to %d and %d, want 4324290 (taxable + VAT) and 1234567 (taxable)", withVAT, withoutVAT)
		}

		t.Run("OfferedIsAccepted", func(t *testing.T) {
			money, err := invoicingSvc.InvoicesMoney(f.Lead, []*gen.Invoice{f.Pago, f.Hardware})
			if err != nil {
				t.Fatal(err)
			}
			offered := map[[2]string]int64{}
			for id, m := range money {
				if !m.FullyPaid {
					t.Errorf("invoice %s: supplier net and VAT by F24 are paid: it is fully paid", id)
				}
				for _, c := range m.Claimable {
					offered[[2]string{string(id), string(c.BodyID)}] = c.Now
					if c.Now != c.WhenPaid {
						t.Errorf("invoice %s, %s: claimable %d now, %d once paid: every part is receipted", id, c.BodyID, c.Now, c.WhenPaid)
					}
				}
			}
			for _, it := range items {
				if got := offered[[2]string{string(it.InvoiceID), string(it.BodyID)}]; got != it.ClaimedCents {
					t.Errorf("%s on %s: offered %d, want %d", f.Members[it.BodyID].Name, it.InvoiceID, got, it.ClaimedCents)
				}
			}
		})

		t.Run("ErrVATInIneligibleCategory", func(t *testing.T) {
			bad := append([]claims.ItemInput(nil), items...)
			w, ids := projecttest.Weights(f.Hardware)
			excess := map[string]int64{}
			for i := range bad {
				if bad[i].InvoiceID == f.Hardware.ID {
					// The member's share of the gross total: VAT included.
					for j, id := range ids {
						if id == bad[i].BodyID {
							excess[string(id)] = w[j] - bad[i].ClaimedCents
							bad[i].ClaimedCents = w[j]
						}
					}
				}
			}
			ae := wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, bad)))
			if ae.Rule != eligibility.RuleVATNotEligible || len(ae.Details) != len(ids) {
				t.Fatalf("rule %s with %d failures, want %s for each of the %d members", ae.Rule, len(ae.Details), eligibility.RuleVATNotEligible, len(ids))
			}
			for _, dt := range ae.Details {
				body, _ := dt.Facts["bodyID"].(string)
				if dt.Rule != eligibility.RuleVATNotEligible || dt.Facts["amountCents"] != excess[body] || !strings.Contains(dt.Message, "Apparati e licenze") ||
					!strings.Contains(dt.Message, "HW 2026/018") || !strings.Contains(dt.Message, f.Members[pulid.ID(body)].Name) {
					t.Errorf("failure %+v: want the VAT of %s's share (%d) refused, naming the invoice, the member and the category", dt, body, excess[body])
				}
			}
			if n := itemCount(t, f, cl.ID); n != 0 {
				t.Errorf("a refused request saved %d items", n)
			}
		})

		t.Run("ErrF24NotReceipted", func(t *testing.T) {
			var f24 *gen.Payment
			for _, py := range f.Pago.Edges.Payments {
				if py.Kind == payment.KindVAT_F24 {
					f24 = py
				}
			}
			if err := d.Client().Payment.UpdateOne(f24).ClearReceiptDate().Exec(sys); err != nil {
				t.Fatal(err)
			}
			ae := wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, items)))
			if ae.Rule != eligibility.RuleVATNotReceipted || len(ae.Details) != len(f.Members) {
				t.Errorf("rule %s with %d failures, want %s for each member's part of FPA 77/25", ae.Rule, len(ae.Details), eligibility.RuleVATNotReceipted)
			}
			// The receipt of the F24 arrives: the VAT becomes claimable.
			if _, err := invoicingSvc.RecordReceipt(f.Lead, f24.ID, civil.New(2026, 2, 16)); err != nil {
				t.Fatal(err)
			}
		})

		t.Run("ErrNoItemsOrTooMany", func(t *testing.T) {
			if ae := wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, nil))); ae.Rule != "claim.no_items" {
				t.Errorf("rule %s, want claim.no_items", ae.Rule)
			}
			many := make([]claims.ItemInput, 2001)
			if ae := wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, many))); ae.Rule != "claim.too_many_items" {
				t.Errorf("rule %s, want claim.too_many_items", ae.Rule)
			}
			huge := []claims.ItemInput{items[0]}
			huge[0].ClaimedCents = 100_000_000_001
			if ae := wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, huge))); ae.Rule != "money.too_large" {
				t.Errorf("rule %s, want money.too_large", ae.Rule)
			}
		})

		t.Run("ConstantStatements", func(t *testing.T) {
			// A refused request reads everything and writes nothing: one
			// item or every member of two invoices, the same statements.
			one := []claims.ItemInput{items[0]}
			one[0].ClaimedCents++
			all := append([]claims.ItemInput(nil), items...)
			for i := range all {
				all[i].ClaimedCents++
			}
			count := func(in []claims.ItemInput) int64 {
				before := d.Statements()
				wantInvalid(t, addErr(claimsSvc.AddExpenseItems(f.Lead, cl.ID, in)))
				return d.Statements() - before
			}
			if n1, n := count(one), count(all); n != n1 {
				t.Errorf("%d statements for one item, %d for %d: want a constant number", n1, n, len(all))
			}
		})

		saved, err := claimsSvc.AddExpenseItems(f.Lead, cl.ID, items)
		if err != nil {
			t.Fatalf("the members' parts should be accepted: %v", err)
		}
		var sum int64
		for _, it := range saved {
			sum += it.ClaimedCents
			if it.PaymentID == nil {
				t.Errorf("item %s has no proof of payment", it.ID)
			}
		}
		if len(saved) != len(items) || sum != 4_324_290+1_234_567 {
			t.Errorf("%d items saved for %d cents, want %d for 5558857", len(saved), sum, len(items))
		}
		// The proof of an expense is the supplier's payment.
		proofs, err := d.Client().ExpenseItem.Query().Where(expenseitem.ClaimID(cl.ID)).QueryPayment().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		for _, py := range proofs {
			if py.Kind != payment.KindSUPPLIER {
				t.Errorf("proof %s is a %s payment, want the supplier's", py.MandateNumber, py.Kind)
			}
		}
	})
}

// TestRecordPayment_ByKind checks the parts of a split-payment invoice are
// paid each up to what is due for it, and a mandate once.
func TestRecordPayment_ByKind(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := projecttest.Build(t, d.Client())
		invoicingSvc := f.Invoicing
		sys := authz.WithSystem(context.Background())
		// New invoices of the hardware contract, 1.000,00 € + 22% VAT each:
		// under split payment, not, with a 20% withholding (a
		// professional's fee), and a credit note.
		inv, err := invoicingSvc.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
			Number: "HW 2026/031", IssuedOn: civil.New(2026, 5, 4), CIG: projecttest.HardwareCIG, CUP: f.Hardware.Cup,
			TaxableCents: 100_000, VATCents: 22_000, TotalCents: 122_000, SplitPayment: true})
		if err != nil {
			t.Fatal(err)
		}
		plain, err := invoicingSvc.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
			Number: "HW 2026/032", IssuedOn: civil.New(2026, 5, 4), CIG: projecttest.HardwareCIG, CUP: f.Hardware.Cup,
			TaxableCents: 100_000, VATCents: 22_000, TotalCents: 122_000})
		if err != nil {
			t.Fatal(err)
		}
		fee, err := invoicingSvc.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
			DocumentType: "TD06", Number: "HW 2026/033", IssuedOn: civil.New(2026, 5, 4), CIG: projecttest.HardwareCIG, CUP: f.Hardware.Cup,
			TaxableCents: 100_000, VATCents: 22_000, TotalCents: 122_000})
		if err != nil {
			t.Fatal(err)
		}
		if fee, err = fee.Update().SetWithholdingCents(20_000).Save(sys); err != nil {
			t.Fatal(err)
		}
		credit, err := invoicingSvc.RegisterInvoice(sys, invoicing.InvoiceInput{ProjectID: f.Demo.Project.ID, SupplierVATID: f.Hardware.SupplierVatID,
			DocumentType: "TD04", Number: "HW NC 2026/002", IssuedOn: civil.New(2026, 5, 4), CIG: projecttest.HardwareCIG, CUP: f.Hardware.Cup,
			TaxableCents: 10_000, VATCents: 2_200, TotalCents: 12_200, CreditedInvoiceID: &plain.ID})
		if err != nil {
			t.Fatal(err)
		}
		pay := func(inv *gen.Invoice, kind payment.Kind, mandate string, amount int64) (*gen.Payment, error) {
			return invoicingSvc.RecordPayment(f.Lead, invoicing.PaymentInput{InvoiceID: inv.ID, Kind: kind, MandateNumber: mandate,
				MandateDate: civil.New(2026, 5, 20), AmountCents: amount})
		}
		for _, tc := range []struct {
			name    string
			inv     *gen.Invoice
			kind    payment.Kind
			amount  int64
			code    apperr.Code
			rule    string
			mention []string
		}{
			{"ErrSupplierPaidTheGross", inv, "", 122_000, apperr.Invalid, "payment.exceeds_invoice",
				[]string{"pagamento al fornitore", "1.220,00 €", "1.000,00 €", "eccedenza 220,00 €", "F24"}},
			{"ErrVATByF24AboveTheVAT", inv, payment.KindVAT_F24, 22_001, apperr.Invalid, "payment.exceeds_invoice",
				[]string{"IVA versata con F24", "220,01 €", "220,00 €", "eccedenza 0,01 €"}},
			{"ErrVATByF24WithoutSplitPayment", plain, payment.KindVAT_F24, 22_000, apperr.Invalid, "payment.vat_f24_not_split", []string{"HW 2026/032"}},
			{"ErrNoWithholding", inv, payment.KindWITHHOLDING_F24, 1, apperr.Invalid, "payment.no_withholding", []string{"HW 2026/031"}},
			{"ErrSupplierPaidTheWithholding", fee, payment.KindSUPPLIER, 102_001, apperr.Invalid, "payment.exceeds_invoice",
				[]string{"1.020,00 €", "eccedenza 0,01 €", "ritenuta (200,00 €)"}},
			{"ErrWithholdingAboveIt", fee, payment.KindWITHHOLDING_F24, 20_001, apperr.Invalid, "payment.exceeds_invoice",
				[]string{"ritenuta versata con F24", "200,00 €", "eccedenza 0,01 €"}},
			{"ErrCreditNotePaid", credit, "", 100, apperr.Invalid, "payment.credit_note", []string{"HW NC 2026/002", "nota di credito"}},
			{"ErrAboveTheBound", inv, "", 100_000_000_001, apperr.Invalid, "money.too_large", nil},
			{"ErrUnknownKind", inv, "BONIFICO", 1, apperr.Invalid, "payment.kind", nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := pay(tc.inv, tc.kind, "501", tc.amount)
				ae, ok := apperr.As(err)
				if !ok || ae.Code != tc.code || ae.Rule != tc.rule {
					t.Fatalf("error %v, want %s %s", err, tc.code, tc.rule)
				}
				for _, m := range tc.mention {
					if !strings.Contains(ae.Message, m) {
						t.Errorf("message %q should mention %q", ae.Message, m)
					}
				}
			})
		}
		// The fee: the supplier gets the total less the withholding, the
		// withholding goes by F24.
		for kind, amount := range map[payment.Kind]int64{payment.KindSUPPLIER: 102_000, payment.KindWITHHOLDING_F24: 20_000} {
			if _, err := pay(fee, kind, "502", amount); err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
		}
		if _, err := pay(inv, payment.KindSUPPLIER, "501", 100_000); err != nil {
			t.Fatal(err)
		}
		if _, err := pay(inv, payment.KindVAT_F24, "501", 22_000); err != nil {
			t.Fatalf("the same mandate number pays another part (the F24): %v", err)
		}
		t.Run("ErrSameMandateAgain", func(t *testing.T) {
			// A retried request: CONFLICT, nothing recorded twice.
			_, err := pay(inv, payment.KindSUPPLIER, " 501 ", 1)
			if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Conflict || ae.Rule != "payment.duplicate" {
				t.Fatalf("error %v, want CONFLICT payment.duplicate", err)
			}
		})
		money, err := invoicingSvc.InvoicesMoney(f.Lead, []*gen.Invoice{inv})
		if err != nil {
			t.Fatal(err)
		}
		m := money[inv.ID]
		if !m.FullyPaid || m.Spending != 122_000 || len(m.Parts) != 2 || m.Parts[0].Paid != 100_000 || m.Parts[1].Due != 22_000 || m.Parts[1].Receipted != 0 {
			t.Errorf("money %+v: want paid in full, supplier 1.000,00 and VAT 220,00 by F24, nothing receipted", m)
		}
		shares, err := inv.QueryShares().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		var paid int64
		for _, sh := range shares {
			paid += sh.PaidCents
		}
		if paid != 122_000 {
			t.Errorf("the shares' paid_cents sum to %d, want every kind of payment: 122000", paid)
		}

		t.Run("ErrDuplicateCaughtByTheIndex", func(t *testing.T) {
			// Another request records the same mandate between the check
			// and the insert: the unique index refuses it, as a CONFLICT.
			c := f.Client
			c.Payment.Use(func(next gen.Mutator) gen.Mutator {
				return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
					if pm, ok := m.(*gen.PaymentMutation); ok && pm.Op().Is(gen.OpCreate) && ctx.Value(racing{}) == nil {
						no, _ := pm.MandateNumber()
						if no == "777" {
							if err := c.Payment.Create().SetInvoiceID(plain.ID).SetMandateNumber(no).SetMandateDate(civil.New(2026, 5, 20)).
								SetAmountCents(1).Exec(context.WithValue(sys, racing{}, true)); err != nil {
								return nil, err
							}
						}
					}
					return next.Mutate(ctx, m)
				})
			})
			_, err := pay(plain, payment.KindSUPPLIER, "777", 1_000)
			if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Conflict || ae.Rule != "payment.duplicate" {
				t.Fatalf("error %v, want CONFLICT payment.duplicate", err)
			}
		})
	})
}

type racing struct{}

func addErr(_ []*gen.ExpenseItem, err error) error { return err }

func wantInvalid(t *testing.T, err error) *apperr.Error {
	t.Helper()
	ae, ok := apperr.As(err)
	if !ok || ae.Code != apperr.Invalid {
		t.Fatalf("error %v, want INVALID", err)
	}
	return ae
}

func itemCount(t *testing.T, f *projecttest.Fixture, claimID pulid.ID) int {
	t.Helper()
	n, err := f.Client.ExpenseItem.Query().Where(expenseitem.ClaimID(claimID)).Count(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
