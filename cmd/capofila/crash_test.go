package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/loadtest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestCrash_AcknowledgedWritesSurviveSIGKILL kills `capofila serve` with
// SIGKILL while clients save budgets, create vendors, import FatturaPA files
// and record payments at once, restarts it, and checks the database: every
// write the server acknowledged is there, and nothing is half-saved — a
// budget save's lines come from one save, an import's invoices are all
// there or none, every invoice's paid shares add up to its payments.
// Three kills per database.
func TestCrash_AcknowledgedWritesSurviveSIGKILL(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		res, err := demo.SeedFull(sys, d.Client())
		if err != nil {
			t.Fatal(err)
		}
		w := newCrashWork(t, d, res)
		for cycle := range 3 {
			r := startReplica(t, testdb.URL(d))
			lead := loadtest.NewSession(r.base)
			if err := lead.SignIn(context.Background(), "capofila@sanbenedetto.test", demo.Password); err != nil {
				t.Fatal(err)
			}
			if cycle == 0 {
				w.registerInvoice(t, lead)
			}
			ctx, stop := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			for _, job := range w.jobs(cycle) {
				wg.Add(1)
				go func() { defer wg.Done(); job(ctx, lead) }()
			}
			time.Sleep(time.Duration(700+rand.IntN(800)) * time.Millisecond)
			if err := r.cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = r.cmd.Wait()
			stop()
			wg.Wait()
			w.check(t, fmt.Sprintf("after kill %d", cycle+1))
		}
		// The database still serves after the last kill.
		r := startReplica(t, testdb.URL(d))
		lead := loadtest.NewSession(r.base)
		if err := lead.SignIn(context.Background(), "capofila@sanbenedetto.test", demo.Password); err != nil {
			t.Fatalf("signing in after the kills: %v", err)
		}
		w.check(t, "after restart")
		t.Logf("acknowledged before the kills: budget saves %v, %d vendors, %d imports, %d payments",
			w.budget, len(w.vendors), len(w.imports), len(w.payKeys))
		if w.acked() < 10 {
			t.Errorf("only %d writes were acknowledged before the kills: the test did not exercise the server", w.acked())
		}
	})
}

// crashWork holds what the writers sent and what the server acknowledged.
type crashWork struct {
	d   *db.DB
	sys context.Context
	app string
	// budget: per writer, its three members and the last acknowledged save.
	members [2][3]string
	initial map[string]int64 // the demo's amounts, before any save
	line    string
	cat     string
	mu      sync.Mutex
	budget  [2]int
	vendors []string
	imports []string
	payKeys []string
	seq     int
	// invoice import inputs: the demo contract's CIG and supplier.
	cig, vat, project string
	payInv            string
	// failures are writes refused while the server ran.
	failures []string
}

func newCrashWork(t *testing.T, d *db.DB, res *demo.Result) *crashWork {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	c := d.Client()
	w := &crashWork{d: d, sys: sys, app: string(res.Application.ID)}
	p, err := c.Project.Query().Where(project.Cup(demo.ProjectCUP)).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	w.project = string(p.ID)
	if res.Project != nil {
		w.project = string(res.Project.ID)
	}
	bl, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(res.Application.ID)).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	w.line, w.cat = string(bl.InterventionLineID), string(bl.ExpenseCategoryID)
	bodies, err := c.Aggregation.Query().Where(aggregation.ID(res.Aggregation.ID)).QueryMemberships().QueryBody().IDs(sys)
	if err != nil || len(bodies) < 6 {
		t.Fatalf("demo members: %d, %v", len(bodies), err)
	}
	slices.Sort(bodies)
	w.initial = map[string]int64{}
	for i, b := range bodies[len(bodies)-6:] {
		w.members[i/3][i%3] = string(b)
		l, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(res.Application.ID), budgetline.BodyID(b),
			budgetline.InterventionLineID(bl.InterventionLineID), budgetline.ExpenseCategoryID(bl.ExpenseCategoryID), budgetline.Year(0)).Only(sys)
		if err == nil {
			w.initial[string(b)] = l.AmountCents
		}
	}
	ct, err := c.Contract.Query().
		Where(contract.HasLotWith(lot.HasProcurementWith(procurement.ProjectID(p.ID))), contract.HasVendorWith(vendor.VatIDNotNil())).
		WithLot().WithVendor().First(sys)
	if err != nil {
		t.Fatal(err)
	}
	w.cig, w.vat = ct.Edges.Lot.Cig, *ct.Edges.Vendor.VatID
	return w
}

// registerInvoice registers, through the API, the invoice the payment
// writer pays a cent at a time.
func (w *crashWork) registerInvoice(t *testing.T, lead *loadtest.Session) {
	t.Helper()
	var out struct {
		RegisterInvoice struct{ ID string } `json:"registerInvoice"`
	}
	err := lead.GraphQL(context.Background(), `mutation($in: RegisterInvoiceInput!) { registerInvoice(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"projectID": w.project, "supplierVatID": w.vat, "number": "PAGAMENTI-CRASH",
			"issuedOn": "2026-05-04", "cig": w.cig, "cup": demo.ProjectCUP, "taxableCents": 1_000_000, "vatCents": 220_000, "totalCents": 1_220_000}}, &out)
	if err != nil {
		t.Fatalf("registering the invoice to pay: %v", err)
	}
	w.payInv = out.RegisterInvoice.ID
}

func (w *crashWork) next() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq++
	return w.seq
}

func (w *crashWork) acked() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := len(w.vendors) + len(w.imports) + len(w.payKeys)
	for _, s := range w.budget {
		n += s
	}
	return n
}

// jobs returns the writers of one cycle: each loops until ctx ends and
// records the writes the server acknowledged.
func (w *crashWork) jobs(cycle int) []func(context.Context, *loadtest.Session) {
	loop := func(write func(ctx context.Context, lead *loadtest.Session) (func(), error)) func(context.Context, *loadtest.Session) {
		return func(ctx context.Context, lead *loadtest.Session) {
			for ctx.Err() == nil {
				ack, err := write(ctx, lead)
				var gqlErr *loadtest.GraphQLError
				if errors.As(err, &gqlErr) && ctx.Err() == nil {
					w.mu.Lock()
					w.failures = append(w.failures, err.Error())
					w.mu.Unlock()
					return
				}
				if err == nil {
					w.mu.Lock()
					ack()
					w.mu.Unlock()
				}
			}
		}
	}
	var jobs []func(context.Context, *loadtest.Session)
	for g := range 2 {
		jobs = append(jobs, loop(func(ctx context.Context, lead *loadtest.Session) (func(), error) {
			s := w.next()
			lines := make([]map[string]any, 3)
			for i, m := range w.members[g] {
				lines[i] = map[string]any{"bodyID": m, "interventionLineID": w.line, "expenseCategoryID": w.cat, "amountCents": crashAmount(s, i)}
			}
			err := lead.GraphQL(ctx, `mutation($a: ID!, $l: [BudgetLineInput!]!) { setBudgetLines(applicationID: $a, lines: $l) { application { id } } }`,
				map[string]any{"a": w.app, "l": lines}, nil)
			return func() { w.budget[g] = max(w.budget[g], s) }, err
		}))
	}
	jobs = append(jobs, loop(func(ctx context.Context, lead *loadtest.Session) (func(), error) {
		name := fmt.Sprintf("Fornitore crash %d-%d", cycle, w.next())
		err := lead.GraphQL(ctx, `mutation($n: String!) { createVendor(input: {name: $n}) { id } }`, map[string]any{"n": name}, nil)
		return func() { w.vendors = append(w.vendors, name) }, err
	}))
	jobs = append(jobs, loop(func(ctx context.Context, lead *loadtest.Session) (func(), error) {
		key := fmt.Sprintf("CRASH-%d-%d", cycle, w.next())
		file, err := fatturapa.Encode(&fatturapa.File{
			Version:  fatturapa.VersionPA,
			Supplier: fatturapa.Party{Country: "IT", VATID: w.vat, Name: "Fornitore del contratto"},
			Buyer:    fatturapa.Party{Name: "Comune di San Benedetto del Tronto", CodiceFiscale: "00360140446"},
			Invoices: []fatturapa.Invoice{w.invoice(key + "/1"), w.invoice(key + "/2")},
		})
		if err != nil {
			panic(err)
		}
		err = lead.Upload(ctx, `mutation($p: ID!, $file: Upload!) { importInvoices(projectID: $p, file: $file) { invoices { id } } }`,
			map[string]any{"p": w.project}, "file", key+".xml", file, nil)
		return func() { w.imports = append(w.imports, key) }, err
	}))
	jobs = append(jobs, loop(func(ctx context.Context, lead *loadtest.Session) (func(), error) {
		key := fmt.Sprintf("CR%d-%d", cycle, w.next())
		err := lead.GraphQL(ctx, `mutation($i: ID!, $m: String!, $d: Date!) { recordPayment(input: {invoiceID: $i, mandateNumber: $m, mandateDate: $d, amountCents: 1}) { id } }`,
			map[string]any{"i": w.payInv, "m": key, "d": civil.Today().String()}, nil)
		return func() { w.payKeys = append(w.payKeys, key) }, err
	}))
	return jobs
}

func (w *crashWork) invoice(number string) fatturapa.Invoice {
	return fatturapa.Invoice{DocumentType: "TD01", Currency: "EUR", Date: civil.New(2026, 6, 1), Number: number,
		TotalCents: 12_200, HasTotal: true, TaxableCents: 10_000, VATCents: 2_200, SplitPayment: true,
		CIGs: []string{w.cig}, CUPs: []string{demo.ProjectCUP},
		Lines: []fatturapa.Line{{Number: 1, Description: "Canone", Quantity: "1.00", UnitPrice: "100.00", TotalPrice: "100.00", VATRate: "22.00"}}}
}

func crashAmount(save, cell int) int64 { return int64(save)*10 + int64(cell) + 1 }

// check verifies the database against what was acknowledged.
func (w *crashWork) check(t *testing.T, when string) {
	t.Helper()
	c, sys := w.d.Client(), w.sys
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, f := range w.failures {
		t.Errorf("%s: a write was refused while the server ran: %s", when, f)
	}
	w.failures = nil
	for g, members := range w.members {
		var saves []int
		for i, m := range members {
			l, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(pulid.ID(w.app)), budgetline.BodyID(pulid.ID(m)),
				budgetline.InterventionLineID(pulid.ID(w.line)), budgetline.ExpenseCategoryID(pulid.ID(w.cat)), budgetline.Year(0)).Only(sys)
			if gen.IsNotFound(err) && w.budget[g] == 0 {
				saves = append(saves, 0)
				continue
			}
			if err != nil {
				t.Fatalf("%s: budget line of writer %d: %v", when, g, err)
			}
			if v, ok := w.initial[m]; ok && v == l.AmountCents {
				saves = append(saves, 0) // no save reached it yet
				continue
			}
			s := int((l.AmountCents - int64(i) - 1) / 10)
			if crashAmount(s, i) != l.AmountCents {
				t.Fatalf("%s: budget line %d of writer %d holds %d, no save wrote it", when, i, g, l.AmountCents)
			}
			saves = append(saves, s)
		}
		if saves[0] != saves[1] || saves[1] != saves[2] {
			t.Errorf("%s: writer %d's three lines come from different saves %v: a save was half-written", when, g, saves)
		}
		if saves[0] < w.budget[g] {
			t.Errorf("%s: writer %d's lines are from save %d, but save %d was acknowledged", when, g, saves[0], w.budget[g])
		}
	}
	for _, name := range w.vendors {
		if n, err := c.Vendor.Query().Where(vendor.Name(name)).Count(sys); err != nil || n != 1 {
			t.Errorf("%s: acknowledged vendor %q found %d times (%v)", when, name, n, err)
		}
	}
	invs, err := c.Invoice.Query().Where(invoice.NumberHasPrefix("CRASH-")).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	perImport := map[string]int{}
	for _, inv := range invs {
		key, _, _ := strings.Cut(inv.Number, "/")
		perImport[key]++
	}
	for key, n := range perImport {
		if n != 2 {
			t.Errorf("%s: import %s saved %d of its 2 invoices", when, key, n)
		}
	}
	for _, key := range w.imports {
		if perImport[key] != 2 {
			t.Errorf("%s: acknowledged import %s has %d invoices", when, key, perImport[key])
		}
	}
	for _, key := range w.payKeys {
		if n, err := c.Payment.Query().Where(payment.MandateNumber(key)).Count(sys); err != nil || n != 1 {
			t.Errorf("%s: acknowledged payment %s found %d times (%v)", when, key, n, err)
		}
	}
	pays, err := c.Payment.Query().Where(payment.InvoiceID(pulid.ID(w.payInv))).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	var paid int64
	for _, p := range pays {
		paid += p.AmountCents
	}
	shares, err := c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(pulid.ID(w.payInv))).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	var sharePaid int64
	for _, sh := range shares {
		sharePaid += sh.PaidCents
	}
	if sharePaid != paid {
		t.Errorf("%s: the invoice's payments add up to %d, its members' paid shares to %d", when, paid, sharePaid)
	}
}
