package invoicing_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/testdb"
)

// FuzzImportInvoices feeds arbitrary files to the FatturaPA import of the
// demo's running project, as its lead manager, each in a transaction that
// is rolled back. The import never panics; a file refused for its content
// (INVALID) saves nothing at all, not even before the rollback; a file
// accepted saves exactly one invoice per body not reported as skipped or
// discarded, and every invoice of the project is split across members to
// the cent of what it costs net of its credit notes (credit notes
// themselves have no shares).
func FuzzImportInvoices(f *testing.F) {
	d := testdb.Open(f, dialect.SQLite)
	sys := authz.WithSystem(context.Background())
	c := d.Client()
	res, err := demo.SeedFull(sys, c)
	if err != nil {
		f.Fatal(err)
	}
	lead := leadViewer(f, c, res)
	svc := invoicing.NewService(c, nil, docstore.Disk{Root: f.TempDir()})

	seeds, _ := filepath.Glob(filepath.Join("..", "fatturapa", "testdata", "*.xml"))
	real, _ := filepath.Glob(filepath.Join("..", "fatturapa", "testdata", "*", "*.xml"))
	for _, name := range append(seeds, real...) {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	matching, err := fatturapa.Encode(&fatturapa.File{Version: fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: demo.VendorVAT(demo.Vendors[0].Base), Name: demo.Vendors[0].Name},
		Buyer:    fatturapa.Party{Name: "Comune di San Benedetto del Tronto", CodiceFiscale: "00360140446"},
		Invoices: []fatturapa.Invoice{{DocumentType: "TD01", Currency: "EUR", Date: civil.New(2026, 3, 31), Number: "FPA 9/26",
			TotalCents: 122_000, HasTotal: true, TaxableCents: 100_000, VATCents: 22_000, SplitPayment: true,
			CIGs: []string{"95156957EC"}, CUPs: []string{demo.ProjectCUP},
			Lines: []fatturapa.Line{{Number: 1, Description: "SAL", Quantity: "1.00", UnitPrice: "1000.00", TotalPrice: "1000.00", VATRate: "22.00"}}}}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(matching)
	// An invoice and its credit note in one file, the credit note first.
	both, err := fatturapa.Encode(&fatturapa.File{Version: fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: demo.VendorVAT(demo.Vendors[0].Base), Name: demo.Vendors[0].Name},
		Buyer:    fatturapa.Party{Name: "Comune di San Benedetto del Tronto", CodiceFiscale: "00360140446"},
		Invoices: []fatturapa.Invoice{
			{DocumentType: "TD04", Currency: "EUR", Date: civil.New(2026, 4, 30), Number: "NC 1/26",
				TotalCents: 12_201, HasTotal: true, TaxableCents: 10_001, VATCents: 2_200, SplitPayment: true,
				CUPs: []string{demo.ProjectCUP}, Linked: []fatturapa.LinkedInvoice{{Number: "FPA 10/26"}}},
			{DocumentType: "TD01", Currency: "EUR", Date: civil.New(2026, 3, 31), Number: "FPA 10/26",
				TotalCents: 122_000, HasTotal: true, TaxableCents: 100_000, VATCents: 22_000, SplitPayment: true,
				StampDeclaredCents: 200, StampCents: 200, CIGs: []string{"95156957EC"}, CUPs: []string{demo.ProjectCUP}},
		}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(both)
	f.Add([]byte("<p:FatturaElettronica versione=\"FPA12\"></p:FatturaElettronica>"))
	f.Add([]byte{0x30, 0x80, 0x06, 0x09})

	f.Fuzz(func(t *testing.T, data []byte) {
		tx, err := c.Tx(sys)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = tx.Rollback() }()
		ctx := gen.NewTxContext(gen.NewContext(lead, tx.Client()), tx)
		before := countInvoices(t, tx.Client())
		out, err := svc.ImportInvoices(ctx, res.Project.ID, "fattura.xml", bytes.NewReader(data))
		after := countInvoices(t, tx.Client())
		if err != nil {
			var ae *apperr.Error
			if !errors.As(err, &ae) {
				t.Fatalf("a non-domain error: %v", err)
			}
			if ae.Code == apperr.Invalid && after != before {
				t.Fatalf("a refused file (%s) saved %d invoices", ae.Message, after-before)
			}
			return
		}
		parsed, perr := fatturapa.Parse(data)
		if perr != nil {
			t.Fatalf("import accepted a file the parser refuses: %v", perr)
		}
		if len(out.Invoices)+len(out.Skipped)+len(out.Discarded) != len(parsed.Invoices) || after-before != len(out.Invoices) {
			t.Fatalf("%d bodies: %d saved, %d skipped, %d discarded, %d new rows", len(parsed.Invoices), len(out.Invoices),
				len(out.Skipped), len(out.Discarded), after-before)
		}
		for _, d := range out.Discarded {
			if d.Reason == "" || d.Rule == "" {
				t.Fatalf("discarded without a reason: %+v", d)
			}
		}
		checkShares(t, tx.Client())
	})
}

// checkShares checks every invoice of the database: a credit note has no
// shares, an invoice's shares add up to what it costs net of its credit
// notes (when it has shares), and their paid parts to what was paid, up to
// that amount.
func checkShares(t *testing.T, c *gen.Client) {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	invs, err := c.Invoice.Query().WithShares().WithPayments().All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range invs {
		var sum, paidShares, paid int64
		for _, sh := range in.Edges.Shares {
			sum += sh.AmountCents
			paidShares += sh.PaidCents
		}
		for _, py := range in.Edges.Payments {
			paid += py.AmountCents
		}
		spending := ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VatCents, CreditedTaxable: in.CreditedTaxableCents,
			CreditedVAT: in.CreditedVatCents}.Spending()
		switch {
		case in.DocumentType == "TD04" && len(in.Edges.Shares) > 0:
			t.Fatalf("credit note %s has shares", in.Number)
		case len(in.Edges.Shares) > 0 && sum != spending:
			t.Fatalf("invoice %s: shares sum to %d, it costs %d", in.Number, sum, spending)
		case len(in.Edges.Shares) > 0 && paidShares != min(paid, sum):
			t.Fatalf("invoice %s: paid shares sum to %d, paid %d of %d", in.Number, paidShares, paid, sum)
		}
	}
}

func countInvoices(t *testing.T, c *gen.Client) int {
	t.Helper()
	n, err := c.Invoice.Query().Count(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// leadViewer is the demo's lead manager, as the API would see it.
func leadViewer(tb testing.TB, c *gen.Client, res *demo.Result) context.Context {
	tb.Helper()
	u, err := c.User.Query().Where(user.Email("capofila@sanbenedetto.test")).Only(authz.WithSystem(context.Background()))
	if err != nil {
		tb.Fatal(err)
	}
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email,
		Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}}})
}
