package project_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// FuzzImportInvoices feeds arbitrary files to the FatturaPA import of the
// demo's running project, as its lead manager, each in a transaction that
// is rolled back. The import never panics; a file refused for its content
// (INVALID) saves nothing at all, not even before the rollback; a file
// accepted saves exactly one invoice per body not reported as skipped, and
// every saved invoice matched to a contract is split across members to the
// cent.
func FuzzImportInvoices(f *testing.F) {
	d := testdb.Open(f, dialect.SQLite)
	sys := authz.WithSystem(context.Background())
	c := d.Client()
	res, err := demo.SeedFull(sys, c)
	if err != nil {
		f.Fatal(err)
	}
	lead := leadViewer(f, c, res)
	svc := project.NewService(c, nil, docstore.Disk{Root: f.TempDir()})

	for _, name := range []string{"fpa12_single.xml", "fpr12_multi.xml", "fpa12_credit_note.xml", "fpa12_ns2.xml"} {
		if b, err := os.ReadFile(filepath.Join("..", "fatturapa", "testdata", name)); err == nil {
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
		if len(out.Invoices)+len(out.Skipped) != len(parsed.Invoices) || after-before != len(out.Invoices) {
			t.Fatalf("%d bodies: %d saved, %d skipped, %d new rows", len(parsed.Invoices), len(out.Invoices), len(out.Skipped), after-before)
		}
		for _, in := range out.Invoices {
			if in.ContractID == nil {
				continue
			}
			shares, err := tx.Client().InvoiceShare.Query().Where(invoiceshare.InvoiceID(in.ID)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			var sum int64
			for _, sh := range shares {
				sum += sh.AmountCents
			}
			if in.TotalCents > 0 && sum != in.TotalCents {
				t.Fatalf("invoice %s: shares sum to %d, total %d", in.Number, sum, in.TotalCents)
			}
		}
	})
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
