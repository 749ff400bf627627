package invoicing_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/migrations"
)

// TestPaidShares_RecordPaymentAndMigrationAgree records payments of the
// demo's invoices, every part still due (supplier and VAT by F24) in two
// mandates (two invoices, so that the split has remainders, one with equal
// shares, so that remainders tie), checks each invoice's shares add up to
// what was paid of every kind, then zeroes
// every share's paid_cents and runs the backfill of the migration that
// introduced the column: the SQL must give every share the same cents as
// the application's largest-remainder split, on both databases.
func TestPaidShares_RecordPaymentAndMigrationAgree(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		lead := leadViewer(t, c, res)
		svc := invoicing.NewService(c, nil, nil)
		invs, err := c.Invoice.Query().Where(invoice.ProjectID(res.Project.ID)).WithPayments().WithShares().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		partial, tied := 0, false
		for _, in := range invs {
			if in.DocumentType == "TD04" {
				continue // a credit note is not paid: it reduces the invoice it names
			}
			var paid int64
			paidKind := map[payment.Kind]int64{}
			for _, p := range in.Edges.Payments {
				paid += p.AmountCents
				paidKind[p.Kind] += p.AmountCents
			}
			fig := ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VatCents, Total: in.TotalCents, Stamp: in.StampDutyCents,
				Withholding: in.WithholdingCents, CreditedTaxable: in.CreditedTaxableCents, CreditedVAT: in.CreditedVatCents, SplitPayment: in.SplitPayment}
			if left := fig.TotalDue() - paid; left > 2 && partial < 2 {
				// Every part still due, each in two mandates: an odd part
				// first (remainders), later the rest.
				var mandates []invoicing.PaymentInput
				// An unpaid invoice gets equal shares: every remainder ties,
				// the member order decides.
				equal := paid == 0 && !tied
				if equal {
					tied = true
					if err := c.InvoiceShare.Update().Where(invoiceshare.InvoiceID(in.ID)).SetAmountCents(100).Exec(sys); err != nil {
						t.Fatal(err)
					}
				}
				for _, k := range ledger.Kinds {
					rest := fig.Due(k) - paidKind[payment.Kind(k)]
					if rest <= 2 {
						continue
					}
					amounts := []int64{rest/3 + 1, rest - rest/3 - 1}
					if equal {
						amounts = []int64{int64(len(in.Edges.Shares)) + 1, 3}
						equal = false
					}
					for i, amount := range amounts {
						mandates = append(mandates, invoicing.PaymentInput{InvoiceID: in.ID, Kind: payment.Kind(k), MandateNumber: "T" + string(rune('1'+i)),
							MandateDate: in.IssuedOn.AddDays(30), AmountCents: amount})
					}
				}
				for i, py := range mandates {
					if _, err := svc.RecordPayment(lead, py); err != nil {
						t.Fatal(err)
					}
					paid += py.AmountCents
					if i == 0 {
						checkPaidShares(t, c, in.ID, paid)
					}
				}
				partial++
			}
		}
		if partial < 2 || !tied {
			t.Fatalf("%d invoices left to pay, an unpaid one %v: the test needs two, one unpaid", partial, tied)
		}
		before := paidByShare(t, c)

		sqlFS, err := migrations.FS(d.Dialect)
		if err != nil {
			t.Fatal(err)
		}
		files, _ := fs.Glob(sqlFS, "*_invoice_share_paid.sql")
		if len(files) != 1 {
			t.Fatalf("the paid_cents migration: %v", files)
		}
		b, _ := fs.ReadFile(sqlFS, files[0])
		up := string(b)[:strings.Index(string(b), "-- +goose Down")]
		backfill := up[strings.Index(up, "WITH tot AS"):]
		if _, err := d.SQL.ExecContext(context.Background(), "UPDATE invoice_shares SET paid_cents = 0"); err != nil {
			t.Fatal(err)
		}
		if _, err := d.SQL.ExecContext(context.Background(), backfill); err != nil {
			t.Fatalf("backfill: %v", err)
		}
		after := paidByShare(t, c)
		var some int64
		for id, want := range before {
			some += want
			if after[id] != want {
				t.Errorf("share %s: the migration gives %d cents, the application %d", id, after[id], want)
			}
		}
		if some == 0 {
			t.Error("no share was paid: the comparison proves nothing")
		}
	})
}

// checkPaidShares checks the shares of an invoice were paid paid cents in all.
func checkPaidShares(t *testing.T, c *gen.Client, id pulid.ID, paid int64) {
	t.Helper()
	shares, err := c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(id)).All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, sh := range shares {
		if sh.PaidCents > sh.AmountCents {
			t.Errorf("share %s paid %d over its amount %d", sh.ID, sh.PaidCents, sh.AmountCents)
		}
		sum += sh.PaidCents
	}
	if sum != paid {
		t.Errorf("invoice %s: the shares were paid %d cents, the payments %d", id, sum, paid)
	}
}

func paidByShare(t *testing.T, c *gen.Client) map[pulid.ID]int64 {
	t.Helper()
	shares, err := c.InvoiceShare.Query().All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[pulid.ID]int64, len(shares))
	for _, sh := range shares {
		out[sh.ID] = sh.PaidCents
	}
	return out
}
