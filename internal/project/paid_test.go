package project_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/migrations"
)

// TestPaidShares_RecordPaymentAndMigrationAgree records payments of the
// demo's invoices (two in two parts, so that the split has remainders, one
// with equal shares, so that remainders tie), checks each invoice's shares add up to what was paid, then zeroes
// every share's paid_cents and runs the backfill of the migration that
// introduced the column: the SQL must give every share the same cents as
// the application's largest-remainder split, on both databases.
func TestPaidShares_RecordPaymentAndMigrationAgree(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		lead := leadViewer(t, c, res)
		svc := project.NewService(c, nil, nil)
		invs, err := c.Invoice.Query().Where(invoice.ProjectID(res.Project.ID)).WithPayments().WithShares().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		partial := 0
		for _, in := range invs {
			var paid int64
			for _, p := range in.Edges.Payments {
				paid += p.AmountCents
			}
			if left := in.TotalCents - paid; left > 2 && partial < 2 {
				// An odd part first (remainders), later the rest.
				amounts := []int64{left/3 + 1, left - left/3 - 1}
				if partial == 0 {
					// Equal shares: every remainder ties, the member order decides.
					if err := c.InvoiceShare.Update().Where(invoiceshare.InvoiceID(in.ID)).SetAmountCents(100).Exec(sys); err != nil {
						t.Fatal(err)
					}
					amounts = []int64{int64(len(in.Edges.Shares)) + 1, 3}
				}
				for i, amount := range amounts {
					if _, err := svc.RecordPayment(lead, project.PaymentInput{InvoiceID: in.ID, MandateNumber: "T" + string(rune('1'+i)),
						MandateDate: in.IssuedOn.AddDays(30), AmountCents: amount}); err != nil {
						t.Fatal(err)
					}
					if i == 0 {
						checkPaidShares(t, c, in.ID, paid+amount)
					}
				}
				partial++
			}
		}
		if partial == 0 {
			t.Fatal("the demo has no invoice left to pay: the test needs one")
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
