package invoicing_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/testdb"
)

// env is the demo's running project (Marche Sud, 64 members, a pagoPA
// contract split by population) seen by its lead manager inside a
// transaction that the test rolls back.
type env struct {
	c        *gen.Client
	lead     context.Context // the lead manager, in the transaction
	auditor  context.Context
	sys      context.Context
	svc      *invoicing.Service
	store    string
	p        *gen.Project
	contract *gen.Contract // pagoPA, CIG 95156957EC
	shares   []*gen.CostShare
	vendor   string // the contract's supplier VAT id
	leadBody *gen.PublicBody
	members  []*gen.PublicBody // the other members, by name
	region   *gen.PublicBody
}

const pagoPACIG = "95156957EC"

// onDemo seeds the demo once per database and returns a function that runs
// a subtest in its own transaction, rolled back at the end.
func onDemo(t *testing.T, f func(t *testing.T, run func(name string, body func(t *testing.T, e *env)))) {
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		lead := leadViewer(t, c, res)
		f(t, func(name string, body func(t *testing.T, e *env)) {
			t.Run(name, func(t *testing.T) {
				tx, err := c.Tx(sys)
				if err != nil {
					t.Fatal(err)
				}
				defer func() { _ = tx.Rollback() }()
				in := func(ctx context.Context) context.Context {
					return gen.NewTxContext(gen.NewContext(ctx, tx.Client()), tx)
				}
				store := t.TempDir()
				e := &env{c: tx.Client(), lead: in(lead), sys: in(sys), svc: invoicing.NewService(c, nil, docstore.Disk{Root: store}),
					store: store, p: res.Project, region: res.Region,
					auditor: in(authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01",
						Grants: []authz.Grant{{Role: authz.Auditor, RegionBodyID: res.Region.ID}}}))}
				if e.contract, err = e.c.Contract.Query().Where(contract.HasLotWith(lot.Cig(pagoPACIG))).WithVendor().Only(e.sys); err != nil {
					t.Fatal(err)
				}
				e.vendor = *e.contract.Edges.Vendor.VatID
				if e.shares, err = e.c.CostShare.Query().Where(costshare.ContractID(e.contract.ID)).Order(costshare.ByBodyID()).All(e.sys); err != nil {
					t.Fatal(err)
				}
				agg, err := e.c.Aggregation.Get(e.sys, res.Aggregation.ID)
				if err != nil {
					t.Fatal(err)
				}
				bodies, err := e.c.Membership.Query().Where(membership.AggregationID(agg.ID)).QueryBody().Order(publicbody.ByName()).All(e.sys)
				if err != nil {
					t.Fatal(err)
				}
				for _, b := range bodies {
					if b.ID == agg.LeadID {
						e.leadBody = b
					} else {
						e.members = append(e.members, b)
					}
				}
				body(t, e)
			})
		})
	})
}

// doc is an invoice of a test file, from the contract's supplier to the
// lead, for the project's CUP and the pagoPA CIG unless told otherwise.
type doc = fatturapa.Invoice

func charge(number string, on civil.Date, taxable, vat int64) doc {
	return doc{DocumentType: "TD01", Currency: "EUR", Date: on, Number: number, TotalCents: taxable + vat, HasTotal: true,
		TaxableCents: taxable, VATCents: vat, SplitPayment: true, CIGs: []string{pagoPACIG}, CUPs: []string{demo.ProjectCUP}}
}

func creditNote(number string, on civil.Date, taxable, vat int64, linked ...fatturapa.LinkedInvoice) doc {
	d := charge(number, on, taxable, vat)
	d.DocumentType, d.Linked = "TD04", linked
	return d
}

func link(number string, on *civil.Date) fatturapa.LinkedInvoice {
	return fatturapa.LinkedInvoice{Number: number, Date: on}
}

// file encodes docs as a FatturaPA file from the contract's supplier to
// buyer (the lead when it is the zero Party).
func (e *env) file(t *testing.T, buyer fatturapa.Party, office string, docs ...doc) []byte {
	t.Helper()
	if buyer == (fatturapa.Party{}) {
		buyer = fatturapa.Party{Name: e.leadBody.Name, CodiceFiscale: *e.leadBody.CodiceFiscale}
	}
	data, err := fatturapa.Encode(&fatturapa.File{Version: fatturapa.VersionPA, BuyerOfficeCode: office,
		Supplier: fatturapa.Party{Country: "IT", VATID: e.vendor, Name: "Adriatica Software S.r.l."}, Buyer: buyer, Invoices: docs})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func (e *env) importFile(t *testing.T, data []byte) *invoicing.ImportResult {
	t.Helper()
	res, err := e.svc.ImportInvoices(e.lead, e.p.ID, "fattura.xml", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// reload reads an invoice again with its shares, in member order.
func (e *env) reload(t *testing.T, id pulid.ID) *gen.Invoice {
	t.Helper()
	inv, err := e.c.Invoice.Query().Where(invoice.ID(id)).WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).
		WithPayments().Only(e.sys)
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

// validCF returns a valid numeric codice fiscale built on a 10-digit base.
func validCF(t *testing.T, base string) string {
	d, err := italy.CheckDigitPartitaIVA(base)
	if err != nil {
		t.Fatal(err)
	}
	return base + string(d)
}

func (e *env) setCF(t *testing.T, b *gen.PublicBody, cf string) {
	t.Helper()
	if err := e.c.PublicBody.UpdateOne(b).SetCodiceFiscale(cf).Exec(e.sys); err != nil {
		t.Fatal(err)
	}
}

func (e *env) setOffices(t *testing.T, b *gen.PublicBody, codes ...string) {
	t.Helper()
	if err := e.c.PublicBody.UpdateOne(b).SetInvoicingOfficeCodes(codes).Exec(e.sys); err != nil {
		t.Fatal(err)
	}
}

func sumShares(inv *gen.Invoice) (amount, paid int64) {
	for _, sh := range inv.Edges.Shares {
		amount += sh.AmountCents
		paid += sh.PaidCents
	}
	return amount, paid
}

func spending(inv *gen.Invoice) int64 {
	return ledger.Invoice{Taxable: inv.TaxableCents, VAT: inv.VatCents, CreditedTaxable: inv.CreditedTaxableCents,
		CreditedVAT: inv.CreditedVatCents}.Spending()
}

// wantSplitLikeContract checks that inv's shares are its spending split
// across the contract's cost shares with the largest remainder.
func (e *env) wantSplitLikeContract(t *testing.T, inv *gen.Invoice) {
	t.Helper()
	w := make([]int64, len(e.shares))
	for i, sh := range e.shares {
		w[i] = sh.AmountCents
	}
	parts, err := money.SplitLargestRemainder(spending(inv), w)
	if err != nil {
		t.Fatal(err)
	}
	got := map[pulid.ID]int64{}
	for _, sh := range inv.Edges.Shares {
		got[sh.BodyID] = sh.AmountCents
	}
	for i, sh := range e.shares {
		if got[sh.BodyID] != parts[i] {
			t.Fatalf("share of %s: %d, want %d (split of %d like the contract)", sh.BodyID, got[sh.BodyID], parts[i], spending(inv))
		}
	}
	if amount, _ := sumShares(inv); amount != spending(inv) || inv.BuyerBodyID != nil {
		t.Fatalf("shares sum to %d, spending %d, buyer body %v", amount, spending(inv), inv.BuyerBodyID)
	}
}

func wantRule(t *testing.T, err error, code apperr.Code, rule string, msg ...string) {
	t.Helper()
	ae, ok := apperr.As(err)
	if !ok {
		t.Fatalf("error %v (%T), want %s %s", err, err, code, rule)
	}
	if ae.Code != code || ae.Rule != rule {
		t.Fatalf("got %s %s %q, want %s %s", ae.Code, ae.Rule, ae.Message, code, rule)
	}
	for _, m := range msg {
		if !strings.Contains(ae.Message, m) {
			t.Errorf("message %q lacks %q", ae.Message, m)
		}
	}
}

func wantDiscarded(t *testing.T, res *invoicing.ImportResult, index int, rule string, msg ...string) {
	t.Helper()
	for _, d := range res.Discarded {
		if d.Index != index {
			continue
		}
		if d.Rule != rule {
			t.Fatalf("invoice %d discarded by %s (%s), want %s", index, d.Rule, d.Reason, rule)
		}
		for _, m := range msg {
			if !strings.Contains(d.Reason, m) {
				t.Errorf("reason %q lacks %q", d.Reason, m)
			}
		}
		return
	}
	t.Fatalf("invoice %d not discarded: %+v", index, res)
}

func hasProblem(inv *gen.Invoice, part string) bool {
	return slices.ContainsFunc(inv.Problems, func(p string) bool { return strings.Contains(p, part) })
}

var (
	march31 = civil.New(2026, 3, 31)
	april15 = civil.New(2026, 4, 15)
)

func TestImportInvoices_DocumentTypes(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("charges saved, the other types discarded with their reason", func(t *testing.T, e *env) {
			var docs []doc
			charges := []string{"TD01", "TD02", "TD03", "TD05", "TD06", "TD24", "TD25"}
			others := []string{"TD16", "TD17", "TD18", "TD19", "TD20", "TD21", "TD22", "TD23", "TD26", "TD27", "TD28", "TD29", "TD07", "TD99"}
			for i, ty := range append(slices.Clone(charges), others...) {
				d := charge(fmt.Sprintf("T/%d", i+1), march31, 10_000, 2_200)
				d.DocumentType = ty
				docs = append(docs, d)
			}
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", docs...))
			if len(res.Invoices) != len(charges) || len(res.Discarded) != len(others) || len(res.Skipped) != 0 {
				t.Fatalf("%d saved, %d discarded, %d skipped", len(res.Invoices), len(res.Discarded), len(res.Skipped))
			}
			for i, inv := range res.Invoices {
				if inv.DocumentType != charges[i] || inv.Number != fmt.Sprintf("T/%d", i+1) {
					t.Errorf("saved %d: %s %s", i, inv.DocumentType, inv.Number)
				}
				e.wantSplitLikeContract(t, e.reload(t, inv.ID))
			}
			for i, ty := range others {
				wantDiscarded(t, res, len(charges)+i+1, "invoice.document_type", ty, "si registrano fatture")
			}
		})
	})
}

func TestImportInvoices_BuyerAndCUP(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		member := func(e *env) *gen.PublicBody { return e.members[0] }
		cfMember := "00125680033"
		run("the lead by codice fiscale: split like the contract", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("B/1", march31, 100_001, 22_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			e.wantSplitLikeContract(t, inv)
			if len(inv.Problems) != 0 || inv.BuyerCodiceFiscale != *e.leadBody.CodiceFiscale {
				t.Errorf("problems %v, buyer %v", inv.Problems, inv.BuyerCodiceFiscale)
			}
		})
		chargedToMember := func(t *testing.T, e *env, inv *gen.Invoice) {
			t.Helper()
			m := member(e)
			var cs *gen.CostShare
			for _, sh := range e.shares {
				if sh.BodyID == m.ID {
					cs = sh
				}
			}
			if inv.BuyerBodyID == nil || *inv.BuyerBodyID != m.ID || len(inv.Edges.Shares) != 1 {
				t.Fatalf("buyer body %v, %d shares; want %s alone", inv.BuyerBodyID, len(inv.Edges.Shares), m.Name)
			}
			sh := inv.Edges.Shares[0]
			if sh.BodyID != m.ID || sh.AmountCents != spending(inv) || *sh.ExpenseCategoryID != *cs.ExpenseCategoryID {
				t.Errorf("share %+v, want %d for %s in its contract category", sh, spending(inv), m.Name)
			}
			if len(inv.Problems) != 0 {
				t.Errorf("problems %v", inv.Problems)
			}
		}
		run("a member by codice fiscale: charged to it alone", func(t *testing.T, e *env) {
			e.setCF(t, member(e), cfMember)
			res := e.importFile(t, e.file(t, fatturapa.Party{Name: member(e).Name, CodiceFiscale: cfMember}, "", charge("B/2", march31, 50_000, 11_000)))
			chargedToMember(t, e, e.reload(t, res.Invoices[0].ID))
		})
		run("a member by IdFiscaleIVA: charged to it alone", func(t *testing.T, e *env) {
			e.setCF(t, member(e), cfMember)
			res := e.importFile(t, e.file(t, fatturapa.Party{Name: member(e).Name, Country: "IT", VATID: cfMember}, "", charge("B/3", march31, 50_000, 11_000)))
			chargedToMember(t, e, e.reload(t, res.Invoices[0].ID))
		})
		run("a member by codice univoco ufficio: charged to it alone", func(t *testing.T, e *env) {
			e.setOffices(t, member(e), "UFQKV2", "UF7T4B")
			res := e.importFile(t, e.file(t, fatturapa.Party{Name: member(e).Name, Country: "IT", VATID: validCF(t, "0098765432")}, "uf7t4b",
				charge("B/4", march31, 50_000, 11_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			chargedToMember(t, e, inv)
			if inv.BuyerOfficeCode != "UF7T4B" {
				t.Errorf("office code %q", inv.BuyerOfficeCode)
			}
		})
		run("a member without a share in the contract: saved with the problem, not split", func(t *testing.T, e *env) {
			e.setCF(t, member(e), cfMember)
			if _, err := e.c.CostShare.Delete().Where(costshare.ContractID(e.contract.ID), costshare.BodyID(member(e).ID)).Exec(e.sys); err != nil {
				t.Fatal(err)
			}
			res := e.importFile(t, e.file(t, fatturapa.Party{CodiceFiscale: cfMember}, "", charge("B/5", march31, 50_000, 11_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			if len(inv.Edges.Shares) != 0 || !hasProblem(inv, member(e).Name+", che non ha una quota del contratto «Rep. 1187/2025»") {
				t.Errorf("%d shares, problems %v", len(inv.Edges.Shares), inv.Problems)
			}
		})
		run("the lead's codice fiscale with another member's office: the codice fiscale decides", func(t *testing.T, e *env) {
			e.setOffices(t, member(e), "UFQKV2")
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "UFQKV2", charge("B/6", march31, 50_000, 11_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			if !hasProblem(inv, "Il codice ufficio UFQKV2 è di "+member(e).Name) || inv.BuyerBodyID != nil || len(inv.Edges.Shares) != len(e.shares) {
				t.Errorf("problems %v, buyer body %v", inv.Problems, inv.BuyerBodyID)
			}
		})
		for _, tc := range []struct {
			name  string
			setup func(t *testing.T, e *env) (fatturapa.Party, string)
			msg   string
		}{
			{"a body outside the aggregation, by codice fiscale", func(t *testing.T, e *env) (fatturapa.Party, string) {
				e.setCF(t, e.region, "80008630420")
				return fatturapa.Party{Name: "REGIONE MARCHE", CodiceFiscale: "80008630420"}, ""
			}, "(codice fiscale 80008630420), che non fa parte dell'aggregazione"},
			{"a body outside the aggregation, by office code", func(t *testing.T, e *env) (fatturapa.Party, string) {
				e.setOffices(t, e.region, "UFP9TQ")
				return fatturapa.Party{Name: "Regione"}, "UFP9TQ"
			}, "(codice ufficio UFP9TQ), che non fa parte dell'aggregazione"},
			{"a person", func(t *testing.T, e *env) (fatturapa.Party, string) {
				return fatturapa.Party{Name: "Mario Rossi", CodiceFiscale: "RSSMRA85T10A562S"}, ""
			}, "codice fiscale RSSMRA85T10A562S, una persona fisica"},
			{"an unknown codice fiscale when every member's is known", func(t *testing.T, e *env) (fatturapa.Party, string) {
				for i, b := range e.members {
					e.setCF(t, b, validCF(t, fmt.Sprintf("0%09d", 100000+i)))
				}
				return fatturapa.Party{Name: "Comune di Altrove", CodiceFiscale: "00168650307"}, ""
			}, "codice fiscale 00168650307, che non è il codice fiscale di nessun ente"},
			{"an unknown office code when every member's offices are known", func(t *testing.T, e *env) (fatturapa.Party, string) {
				for i, b := range append([]*gen.PublicBody{e.leadBody}, e.members...) {
					e.setOffices(t, b, fmt.Sprintf("UF%04d", i))
				}
				return fatturapa.Party{}, "UFZZZZ"
			}, "codice ufficio UFZZZZ"},
		} {
			run(tc.name+": discarded", func(t *testing.T, e *env) {
				buyer, office := tc.setup(t, e)
				before := countInvoices(t, e.c)
				if buyer == (fatturapa.Party{}) {
					buyer = fatturapa.Party{Name: "Comune", Country: "IT", VATID: "00000000000"}
				}
				res := e.importFile(t, e.file(t, buyer, office, charge("B/9", march31, 50_000, 11_000)))
				wantDiscarded(t, res, 1, "invoice.buyer_outside", tc.msg, "non è una spesa del progetto")
				if len(res.Invoices) != 0 || countInvoices(t, e.c) != before {
					t.Error("a discarded invoice was saved")
				}
				_, err := e.svc.RegisterInvoice(e.lead, invoicing.InvoiceInput{ProjectID: e.p.ID, SupplierVATID: e.vendor, Number: "B/9",
					IssuedOn: march31, CIG: pagoPACIG, CUP: demo.ProjectCUP, TaxableCents: 50_000, VATCents: 11_000, TotalCents: 61_000,
					BuyerCodiceFiscale: buyer.CodiceFiscale, BuyerVATID: buyer.VATID, BuyerOfficeCode: office})
				wantRule(t, err, apperr.Invalid, "invoice.buyer_outside", tc.msg)
			})
		}
		run("an unknown codice fiscale while some members have none: saved with the doubt", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{CodiceFiscale: "00168650307"}, "", charge("B/10", march31, 50_000, 11_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			if !hasProblem(inv, "Il committente (codice fiscale 00168650307) non è stato riconosciuto") {
				t.Errorf("problems %v", inv.Problems)
			}
			e.wantSplitLikeContract(t, inv)
		})
		run("another project's CUP: discarded; no CUP: saved with the problem", func(t *testing.T, e *env) {
			other := charge("C/1", march31, 50_000, 11_000)
			other.CUPs = []string{"D79J25000120099"}
			both := charge("C/2", march31, 50_000, 11_000)
			both.CUPs = []string{"D79J25000120099", demo.ProjectCUP}
			none := charge("C/3", march31, 50_000, 11_000)
			none.CUPs = nil
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", other, both, none))
			wantDiscarded(t, res, 1, "invoice.cup_other_project", "CUP D79J25000120099", demo.ProjectCUP)
			if len(res.Invoices) != 2 || res.Invoices[0].Cup != demo.ProjectCUP || len(res.Invoices[0].Problems) != 0 ||
				res.Invoices[1].Cup != "" || !hasProblem(res.Invoices[1], "CUP assente") {
				t.Errorf("saved %+v", res.Invoices)
			}
			_, err := e.svc.RegisterInvoice(e.lead, invoicing.InvoiceInput{ProjectID: e.p.ID, SupplierVATID: e.vendor, Number: "C/4",
				IssuedOn: march31, CIG: pagoPACIG, CUP: "D79J25000120099", TaxableCents: 50_000, VATCents: 11_000, TotalCents: 61_000})
			wantRule(t, err, apperr.Invalid, "invoice.cup_other_project", "D79J25000120099")
		})
	})
}

func TestImportInvoices_AmountsStampAndCurrency(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("stamp duty in the total, not in the shares; withholding recorded", func(t *testing.T, e *env) {
			d := charge("S/1", march31, 100_000, 22_000)
			d.StampDeclaredCents, d.StampCents, d.TotalCents = 200, 200, 122_200
			d.WithholdingCents = 20_000
			re := charge("S/2", march31, 100_000, 22_000) // the stamp re-billed at N1 inside the summary
			re.StampDeclaredCents, re.StampCents, re.StampInSummary, re.TotalCents = 200, 200, true, 122_200
			re.Lines = []fatturapa.Line{{Number: 1, Description: "Canone", UnitPrice: "1000.00", TotalPrice: "1000.00", VATRate: "22.00"},
				{Number: 2, Description: "Imposta di bollo", UnitPrice: "2.00", TotalPrice: "2.00", VATRate: "0.00", Nature: "N1"}}
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", d, re))
			for _, saved := range res.Invoices {
				inv := e.reload(t, saved.ID)
				if inv.StampDutyCents != 200 || inv.TotalCents != 122_200 || inv.TaxableCents != 100_000 || len(inv.Problems) != 0 {
					t.Errorf("%s: stamp %d total %d taxable %d problems %v", inv.Number, inv.StampDutyCents, inv.TotalCents, inv.TaxableCents, inv.Problems)
				}
				if amount, _ := sumShares(inv); amount != 122_000 {
					t.Errorf("%s: shares %d, want 122.000 (the stamp is not spending)", inv.Number, amount)
				}
			}
			if res.Invoices[0].WithholdingCents != 20_000 {
				t.Errorf("withholding %d", res.Invoices[0].WithholdingCents)
			}
		})
		run("a total that does not add up is a problem", func(t *testing.T, e *env) {
			d := charge("S/3", march31, 100_000, 22_000)
			d.TotalCents = 122_500
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", d))
			if !hasProblem(res.Invoices[0], "Il totale del documento (1.225,00 €) differisce da imponibile più IVA più bollo (1.220,00 €)") {
				t.Errorf("problems %v", res.Invoices[0].Problems)
			}
		})
		run("an invoice over the contract, counted net of credit notes", func(t *testing.T, e *env) {
			// The contract is 144.143,00 €; 100.900,10 € is invoiced: 35.000,00 €
			// fit, 9.000,00 € more do not.
			big := charge("S/4", march31, 3_500_000, 0)
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", big))
			if len(res.Invoices[0].Problems) != 0 {
				t.Fatalf("problems %v", res.Invoices[0].Problems)
			}
			over := charge("S/5", march31, 900_000, 0)
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", over))
			if !hasProblem(res.Invoices[0], "(144.900,10 €), supera l'importo del contratto (144.143,00 €) di 757,10 €") {
				t.Fatalf("problems %v", res.Invoices[0].Problems)
			}
			// A credit note of S/4 makes room: the same amount fits again.
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", creditNote("NC/S4", april15, 1_000_000, 0, link("S/4", &march31))))
			if len(res.Invoices) != 1 {
				t.Fatalf("credit note %+v", res)
			}
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("S/6", april15, 900_000, 0)))
			if len(res.Invoices[0].Problems) != 0 {
				t.Errorf("problems %v", res.Invoices[0].Problems)
			}
		})
		run("an ordinary invoice with negative amounts is discarded", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("S/7", march31, -100_000, -22_000)))
			wantDiscarded(t, res, 1, "invoice.negative", "nota di credito (TD04)")
		})
		run("another currency: kept apart until its euro value is recorded", func(t *testing.T, e *env) {
			gbp := charge("GB-0042", march31, 120_000, 0)
			gbp.Currency, gbp.SplitPayment = "GBP", false
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", gbp))
			inv := e.reload(t, res.Invoices[0].ID)
			if inv.Currency != "GBP" || inv.ForeignTotalCents == nil || *inv.ForeignTotalCents != 120_000 || inv.TotalCents != 0 ||
				inv.TaxableCents != 0 || len(inv.Edges.Shares) != 0 || !hasProblem(inv, "Fattura in valuta GBP (totale 1.200,00 GBP)") {
				t.Fatalf("%+v", inv)
			}
			in := invoicing.EuroValueInput{InvoiceID: inv.ID, TaxableCents: 140_010, VATCents: 0, Act: "mandato n. 12 del 03/03/2026, cambio BCE 0,8571"}
			_, err := e.svc.RecordInvoiceEuroValue(e.auditor, in)
			wantRule(t, err, apperr.Forbidden, "")
			for _, bad := range []struct {
				in   invoicing.EuroValueInput
				rule string
			}{
				{invoicing.EuroValueInput{InvoiceID: inv.ID, TaxableCents: 1, Act: " "}, "invoice.conversion_act"},
				{invoicing.EuroValueInput{InvoiceID: inv.ID, TaxableCents: 1, Act: strings.Repeat("x", 301)}, "invoice.conversion_act"},
				{invoicing.EuroValueInput{InvoiceID: inv.ID, Act: "mandato"}, "invoice.conversion_amount"},
				{invoicing.EuroValueInput{InvoiceID: inv.ID, TaxableCents: -1, Act: "mandato"}, "money.negative"},
				{invoicing.EuroValueInput{InvoiceID: inv.ID, TaxableCents: money.MaxCents + 1, Act: "mandato"}, "money.too_large"},
			} {
				_, err := e.svc.RecordInvoiceEuroValue(e.lead, bad.in)
				wantRule(t, err, apperr.Invalid, bad.rule)
			}
			saved, err := e.svc.RecordInvoiceEuroValue(e.lead, in)
			if err != nil {
				t.Fatal(err)
			}
			inv = e.reload(t, saved.ID)
			if inv.TotalCents != 140_010 || inv.ConversionAct != in.Act || len(inv.Problems) != 0 {
				t.Fatalf("%+v", inv)
			}
			e.wantSplitLikeContract(t, inv)
			_, err = e.svc.RecordInvoiceEuroValue(e.lead, in)
			wantRule(t, err, apperr.Conflict, "invoice.conversion_recorded", in.Act)
			eur := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("E/1", march31, 1_000, 220)))
			_, err = e.svc.RecordInvoiceEuroValue(e.lead, invoicing.EuroValueInput{InvoiceID: eur.Invoices[0].ID, TaxableCents: 1, Act: "x"})
			wantRule(t, err, apperr.Conflict, "invoice.conversion_not_foreign")
		})
		run("the file is stored once for all its invoices", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("F/1", march31, 1_000, 220), charge("F/2", march31, 1_000, 220),
				charge("F/3", march31, 1_000, 220)))
			var ids []pulid.ID
			for _, inv := range res.Invoices {
				ids = append(ids, inv.ID)
			}
			docs, err := e.c.Document.Query().Where(document.HasInvoiceWith(invoice.IDIn(ids...))).All(e.sys)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 3 || docs[0].StorageKey != docs[1].StorageKey || docs[1].StorageKey != docs[2].StorageKey ||
				docs[0].Kind != document.KindINVOICE_XML {
				t.Fatalf("%d documents: %+v", len(docs), docs)
			}
			files := 0
			_ = filepath.WalkDir(e.store, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					files++
				}
				return nil
			})
			if files != 1 {
				t.Errorf("%d files in the store, want 1", files)
			}
		})
		run("more bodies than allowed: refused before any work", func(t *testing.T, e *env) {
			docs := make([]doc, fatturapa.MaxInvoices+1)
			for i := range docs {
				docs[i] = charge(fmt.Sprintf("M/%d", i), march31, 100, 22)
			}
			_, err := e.svc.ImportInvoices(e.lead, e.p.ID, "lotto.xml", bytes.NewReader(encodeUnchecked(t, e, docs)))
			wantRule(t, err, apperr.Invalid, "fatturapa.bodies", "più di 1000 fatture")
		})
	})
}

// encodeUnchecked writes a file Encode would refuse to check (it parses
// its output): the body of one invoice repeated.
func encodeUnchecked(t *testing.T, e *env, docs []doc) []byte {
	one := string(e.file(t, fatturapa.Party{}, "", docs[0]))
	start, end := strings.Index(one, "<FatturaElettronicaBody>"), strings.Index(one, "</FatturaElettronicaBody>")+len("</FatturaElettronicaBody>")
	var b strings.Builder
	b.WriteString(one[:start])
	for i := range docs {
		b.WriteString(strings.Replace(one[start:end], "<Numero>"+docs[0].Number+"</Numero>", fmt.Sprintf("<Numero>M/%d</Numero>", i), 1))
	}
	b.WriteString(one[end:])
	return []byte(b.String())
}

func TestCreditNotes(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("a credit note nets its invoice to the cent: shares and paid shares split again", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("FPA 10/26", march31, 100_001, 22_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			before := inv.Edges.Shares
			if _, err := e.svc.RecordPayment(e.lead, invoicing.PaymentInput{InvoiceID: inv.ID, MandateNumber: "77", MandateDate: april15,
				AmountCents: 100_001}); err != nil {
				t.Fatal(err)
			}
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", creditNote("NC 2/26", april15, 10_001, 2_200, link("FPA 10/26", &march31))))
			if len(res.Invoices) != 1 || len(res.Discarded) != 0 {
				t.Fatalf("%+v", res)
			}
			note := e.reload(t, res.Invoices[0].ID)
			if note.DocumentType != "TD04" || note.CreditedInvoiceID == nil || *note.CreditedInvoiceID != inv.ID || len(note.Edges.Shares) != 0 ||
				note.TaxableCents != 10_001 || note.VatCents != 2_200 || note.TotalCents != 12_201 || len(note.Problems) != 0 ||
				note.ContractID == nil || *note.ContractID != e.contract.ID {
				t.Fatalf("credit note %+v", note)
			}
			inv = e.reload(t, inv.ID)
			if inv.CreditedTaxableCents != 10_001 || inv.CreditedVatCents != 2_200 || spending(inv) != 109_800 {
				t.Fatalf("credited %d + %d, spending %d", inv.CreditedTaxableCents, inv.CreditedVatCents, spending(inv))
			}
			// Split again like the contract, as if issued for what it now
			// costs; the payments split over the new shares.
			e.wantSplitLikeContract(t, inv)
			w := make([]int64, len(inv.Edges.Shares))
			for i, sh := range inv.Edges.Shares {
				w[i] = sh.AmountCents
			}
			paidWant, _ := money.SplitLargestRemainder(100_001, w)
			for i, sh := range inv.Edges.Shares {
				if sh.PaidCents != paidWant[i] {
					t.Fatalf("share %d: paid %d, want %d", i, sh.PaidCents, paidWant[i])
				}
			}
			if len(inv.Edges.Shares) != len(before) {
				t.Errorf("%d shares, had %d", len(inv.Edges.Shares), len(before))
			}
			amount, paid := sumShares(inv)
			if amount != 109_800 || paid != 100_001 {
				t.Errorf("shares %d, paid %d", amount, paid)
			}
			checkShares(t, e.c)
			// More than what is left is refused.
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", creditNote("NC 3/26", april15, 90_001, 0, link("FPA 10/26", nil))))
			wantDiscarded(t, res, 1, "invoice.credit_exceeds", "restano 900,00 € di imponibile", "di 0,01 €")
		})
		run("one file: the invoice before its credit note, negative amounts taken as written off", func(t *testing.T, e *env) {
			nc := creditNote("NC 4/26", april15, -20_000, -4_400, link("FPA 11/26", &march31))
			nc.SplitPayment = true
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", nc, charge("FPA 11/26", march31, 100_000, 22_000)))
			if len(res.Invoices) != 2 || res.Invoices[0].DocumentType != "TD04" || res.Invoices[1].DocumentType != "TD01" {
				t.Fatalf("%+v", res)
			}
			inv := e.reload(t, res.Invoices[1].ID)
			if spending(inv) != 97_600 || res.Invoices[0].TotalCents != 24_400 {
				t.Errorf("spending %d, credit note total %d", spending(inv), res.Invoices[0].TotalCents)
			}
			e.wantSplitLikeContract(t, inv)
		})
		run("a member's invoice credited in full: its one share goes to zero", func(t *testing.T, e *env) {
			m := e.members[3]
			e.setCF(t, m, "00125680033")
			buyer := fatturapa.Party{CodiceFiscale: "00125680033"}
			res := e.importFile(t, e.file(t, buyer, "", charge("FPA 12/26", march31, 30_000, 6_600)))
			res = e.importFile(t, e.file(t, buyer, "", creditNote("NC 5/26", april15, 30_000, 6_600, link("fpa 12/26", &march31))))
			if len(res.Invoices) != 1 {
				t.Fatalf("%+v", res)
			}
			inv := e.reload(t, *res.Invoices[0].CreditedInvoiceID)
			if len(inv.Edges.Shares) != 1 || inv.Edges.Shares[0].AmountCents != 0 || spending(inv) != 0 {
				t.Errorf("shares %+v", inv.Edges.Shares)
			}
		})
		run("an invoice already claimed: recorded, both flagged with the claim to correct", func(t *testing.T, e *env) {
			claimed, err := e.c.Invoice.Query().Where(invoice.Number("FPA 41/25")).Only(e.sys)
			if err != nil {
				t.Fatal(err)
			}
			on := claimed.IssuedOn
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", creditNote("NC 1/26", april15, 100_000, 22_000, link("FPA 41/25", &on))))
			if len(res.Invoices) != 1 {
				t.Fatalf("%+v", res)
			}
			note, inv := res.Invoices[0], e.reload(t, claimed.ID)
			if !hasProblem(note, "già rendicontata nel rendiconto n. 1 (") || !hasProblem(inv, "La nota di credito n. NC 1/26 del 15/04/2026 riduce la fattura di 1.220,00 €, già rendicontata nel rendiconto n. 1") {
				t.Errorf("problems: note %v, invoice %v", note.Problems, inv.Problems)
			}
			if inv.CreditedTaxableCents != 100_000 || spending(inv) != claimed.TaxableCents+claimed.VatCents-122_000 {
				t.Errorf("credited %d", inv.CreditedTaxableCents)
			}
			checkShares(t, e.c)
		})
		for _, tc := range []struct {
			name string
			docs func(e *env) []doc
			rule string
			msg  string
		}{
			{"no linked invoice", func(e *env) []doc { return []doc{creditNote("NC 9/26", april15, 100, 22)} },
				"invoice.credit_note_unlinked", "non indica la fattura che riduce"},
			{"several linked invoices", func(e *env) []doc {
				return []doc{creditNote("NC 9/26", april15, 100, 22, link("FPA 41/25", nil), link("FPA 77/25", nil))}
			}, "invoice.credit_note_several", "n. FPA 41/25, n. FPA 77/25"},
			{"an invoice not in the project", func(e *env) []doc {
				return []doc{creditNote("NC 9/26", april15, 100, 22, link("FPA 99/25", &march31))}
			}, "invoice.credit_note_not_in_project", "n. FPA 99/25 del 31/03/2026"},
			{"the right number on another date", func(e *env) []doc {
				return []doc{creditNote("NC 9/26", april15, 100, 22, link("FPA 41/25", &march31))}
			}, "invoice.credit_note_not_in_project", "n. FPA 41/25 del 31/03/2026"},
			{"in another currency", func(e *env) []doc {
				d := creditNote("NC 9/26", april15, 100, 22, link("FPA 41/25", nil))
				d.Currency = "USD"
				return []doc{d}
			}, "invoice.credit_note_currency", "in USD"},
			{"mixed signs", func(e *env) []doc {
				return []doc{creditNote("NC 9/26", april15, 100, -22, link("FPA 41/25", nil))}
			}, "invoice.negative", "segno diverso"},
		} {
			run("discarded: "+tc.name, func(t *testing.T, e *env) {
				res := e.importFile(t, e.file(t, fatturapa.Party{}, "", tc.docs(e)...))
				wantDiscarded(t, res, 1, tc.rule, tc.msg)
				if len(res.Invoices) != 0 {
					t.Errorf("saved %+v", res.Invoices)
				}
			})
		}
		run("by hand: the same rules are INVALID", func(t *testing.T, e *env) {
			target, err := e.c.Invoice.Query().Where(invoice.Number("FPA 77/25")).Only(e.sys)
			if err != nil {
				t.Fatal(err)
			}
			base := invoicing.InvoiceInput{ProjectID: e.p.ID, SupplierVATID: e.vendor, DocumentType: "TD04", Number: "NC 8/26",
				IssuedOn: april15, TaxableCents: 1_000, VATCents: 220, TotalCents: 1_220, CreditedInvoiceID: &target.ID}
			for _, tc := range []struct {
				name string
				edit func(in *invoicing.InvoiceInput)
				rule string
			}{
				{"no invoice", func(in *invoicing.InvoiceInput) { in.CreditedInvoiceID = nil }, "invoice.credit_note_unlinked"},
				{"an invoice of another project", func(in *invoicing.InvoiceInput) {
					id := pulid.ID("IN00000000000000000000000000")
					in.CreditedInvoiceID = &id
				},
					"invoice.credit_note_not_in_project"},
				{"another supplier", func(in *invoicing.InvoiceInput) { in.SupplierVATID = demo.VendorVAT(demo.Vendors[1].Base) }, "invoice.credit_note_invoice"},
				{"before the invoice", func(in *invoicing.InvoiceInput) { in.IssuedOn = target.IssuedOn.AddDays(-1) }, "invoice.credit_note_invoice"},
				{"more than the invoice", func(in *invoicing.InvoiceInput) {
					in.TaxableCents, in.VATCents, in.TotalCents = target.TaxableCents+1, 0, target.TaxableCents+1
				}, "invoice.credit_exceeds"},
			} {
				in := base
				tc.edit(&in)
				_, err := e.svc.RegisterInvoice(e.lead, in)
				wantRule(t, err, apperr.Invalid, tc.rule)
			}
			note, err := e.svc.RegisterInvoice(e.lead, base)
			if err != nil {
				t.Fatal(err)
			}
			in := base
			in.Number, in.CreditedInvoiceID = "NC 10/26", &note.ID
			_, err = e.svc.RegisterInvoice(e.lead, in)
			wantRule(t, err, apperr.Invalid, "invoice.credit_note_invoice", "a sua volta una nota di credito")
			if got := e.reload(t, target.ID); got.CreditedTaxableCents != 1_000 || got.CreditedVatCents != 220 {
				t.Errorf("credited %d %d", got.CreditedTaxableCents, got.CreditedVatCents)
			}
		})
	})
}

func TestRegisterInvoice_ByHand(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("rules and limits", func(t *testing.T, e *env) {
			base := invoicing.InvoiceInput{ProjectID: e.p.ID, SupplierVATID: e.vendor, Number: "H/1", IssuedOn: march31,
				CIG: pagoPACIG, CUP: demo.ProjectCUP, TaxableCents: 10_000, VATCents: 2_200, StampCents: 200, TotalCents: 12_400}
			for _, tc := range []struct {
				name string
				edit func(in *invoicing.InvoiceInput)
				rule string
			}{
				{"a total without the stamp", func(in *invoicing.InvoiceInput) { in.TotalCents = 12_200 }, "invoice.total"},
				{"a self-invoice", func(in *invoicing.InvoiceInput) { in.DocumentType = "TD17" }, "invoice.document_type"},
				{"an unknown type", func(in *invoicing.InvoiceInput) { in.DocumentType = "XX" }, "invoice.document_type"},
				{"negative amounts", func(in *invoicing.InvoiceInput) { in.TaxableCents, in.TotalCents = -10_000, -7_600 }, "money.negative"},
				{"beyond the money bound", func(in *invoicing.InvoiceInput) {
					in.TaxableCents, in.TotalCents = money.MaxCents, money.MaxCents+2_400
				}, "money.too_large"},
				{"a number too long", func(in *invoicing.InvoiceInput) { in.Number = strings.Repeat("9", 51) }, "invoice.number"},
				{"a supplier name too long", func(in *invoicing.InvoiceInput) { in.SupplierName = strings.Repeat("a", 301) }, "invoice.supplier_name"},
				{"a VAT id too long", func(in *invoicing.InvoiceInput) { in.SupplierVATID = strings.Repeat("1", 31) }, "invoice.supplier"},
			} {
				in := base
				tc.edit(&in)
				_, err := e.svc.RegisterInvoice(e.lead, in)
				wantRule(t, err, apperr.Invalid, tc.rule)
			}
			inv, err := e.svc.RegisterInvoice(e.lead, base)
			if err != nil {
				t.Fatal(err)
			}
			got := e.reload(t, inv.ID)
			if got.StampDutyCents != 200 || len(got.Problems) != 0 {
				t.Errorf("%+v", got)
			}
			e.wantSplitLikeContract(t, got)
			_, err = e.svc.RegisterInvoice(e.lead, base)
			wantRule(t, err, apperr.Conflict, "invoice.duplicate")
		})
	})
}

func TestDiscardInvoice(t *testing.T) {
	t.Parallel()
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("an unpaid invoice goes, with its shares, and the reason is audited", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("D/1", march31, 10_000, 2_200)))
			id := res.Invoices[0].ID
			_, err := e.svc.DiscardInvoice(e.lead, id, "  ")
			wantRule(t, err, apperr.Invalid, "invoice.discard_reason")
			_, err = e.svc.DiscardInvoice(e.lead, id, strings.Repeat("x", 501))
			wantRule(t, err, apperr.Invalid, "invoice.discard_reason")
			_, err = e.svc.DiscardInvoice(e.auditor, id, "sbagliata")
			if ae, ok := apperr.As(err); !ok || (ae.Code != apperr.Forbidden && ae.Code != apperr.NotFound) {
				t.Fatalf("an auditor discards: %v", err)
			}
			p, err := e.svc.DiscardInvoice(e.lead, id, "Fattura duplicata: il fornitore la riemette con il CIG corretto.")
			if err != nil {
				t.Fatal(err)
			}
			if p.ID != e.p.ID {
				t.Errorf("project %s", p.ID)
			}
			if n, _ := e.c.Invoice.Query().Where(invoice.ID(id)).Count(e.sys); n != 0 {
				t.Error("the invoice is still there")
			}
			if n, _ := e.c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(id)).Count(e.sys); n != 0 {
				t.Error("its shares are still there")
			}
			evs, err := e.c.AuditEvent.Query().All(e.sys)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, ev := range evs {
				if ev.EntityID == string(id) && ev.Operation == "DELETE" && ev.EntityType == "Invoice" {
					found = ev.Changes["_reason"] == "Fattura duplicata: il fornitore la riemette con il CIG corretto." &&
						ev.Changes["number"] != nil
				}
			}
			if !found {
				t.Error("no DELETE audit event with the reason")
			}
		})
		run("a paid, claimed or credited invoice stays", func(t *testing.T, e *env) {
			paid, _ := e.c.Invoice.Query().Where(invoice.Number("FPA 77/25")).Only(e.sys)
			_, err := e.svc.DiscardInvoice(e.lead, paid.ID, "errore")
			wantRule(t, err, apperr.Conflict, "invoice.discard_paid", "pagamenti registrati")
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("D/2", march31, 10_000, 2_200),
				creditNote("NC D/2", april15, 1_000, 220, link("D/2", &march31))))
			_, err = e.svc.DiscardInvoice(e.lead, res.Invoices[0].ID, "errore")
			wantRule(t, err, apperr.Conflict, "invoice.discard_credited", "n. NC D/2 del 15/04/2026")
			claimed, _ := e.c.Invoice.Query().Where(invoice.Number("FPA 41/25")).Only(e.sys)
			_, err = e.svc.DiscardInvoice(e.lead, claimed.ID, "errore")
			wantRule(t, err, apperr.Conflict, "invoice.discard_claimed", "rendiconto n. 1")
		})
		run("discarding a credit note gives its invoice back what it took", func(t *testing.T, e *env) {
			res := e.importFile(t, e.file(t, fatturapa.Party{}, "", charge("D/3", march31, 100_001, 22_000)))
			inv := e.reload(t, res.Invoices[0].ID)
			before := inv.Edges.Shares
			res = e.importFile(t, e.file(t, fatturapa.Party{}, "", creditNote("NC D/3", april15, 33_333, 7_333, link("D/3", &march31))))
			if _, err := e.svc.DiscardInvoice(e.lead, res.Invoices[0].ID, "Nota di credito registrata per errore"); err != nil {
				t.Fatal(err)
			}
			inv = e.reload(t, inv.ID)
			if inv.CreditedTaxableCents != 0 || inv.CreditedVatCents != 0 || len(inv.Problems) != 0 {
				t.Fatalf("%+v", inv)
			}
			for i, sh := range inv.Edges.Shares {
				if sh.AmountCents != before[i].AmountCents {
					t.Fatalf("share %d: %d, was %d", i, sh.AmountCents, before[i].AmountCents)
				}
			}
		})
	})
}

func TestImportInvoices_RealFiles(t *testing.T) {
	t.Parallel()
	read := func(t *testing.T, name string) string {
		b, err := os.ReadFile(filepath.Join("..", "fatturapa", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	onDemo(t, func(t *testing.T, run func(string, func(*testing.T, *env))) {
		run("the official samples as published: another CUP, discarded", func(t *testing.T, e *env) {
			res := e.importFile(t, []byte(read(t, "official/IT01234567890_FPA03.xml")))
			if len(res.Invoices) != 0 || len(res.Discarded) != 2 {
				t.Fatalf("%+v", res)
			}
			wantDiscarded(t, res, 1, "invoice.cup_other_project", "CUP 123ABC")
			wantDiscarded(t, res, 2, "invoice.cup_other_project", "CUP 123ABC")
		})
		run("an official sample addressed to the project", func(t *testing.T, e *env) {
			x := strings.NewReplacer("123abc", demo.ProjectCUP, "456def", pagoPACIG,
				"<IdCodice>01234567890</IdCodice>\n        </IdFiscaleIVA>\n        <Anagrafica>\n          <Denominazione>ALPHA SRL",
				"<IdCodice>"+e.vendor+"</IdCodice>\n        </IdFiscaleIVA>\n        <Anagrafica>\n          <Denominazione>ALPHA SRL",
				"09876543210", *e.leadBody.CodiceFiscale).Replace(read(t, "official/IT01234567890_FPA01.xml"))
			res := e.importFile(t, []byte(x))
			if len(res.Invoices) != 1 {
				t.Fatalf("%+v", res)
			}
			inv := e.reload(t, res.Invoices[0].ID)
			if inv.Number != "123" || inv.IssuedOn != civil.New(2017, 1, 18) || inv.TotalCents != 610 || inv.BuyerOfficeCode != "AAAAAA" ||
				inv.ContractID == nil || len(inv.Problems) != 0 {
				t.Fatalf("%+v", inv)
			}
			e.wantSplitLikeContract(t, inv)
		})
		run("a real invoice and its real credit note", func(t *testing.T, e *env) {
			adapt := strings.NewReplacer("<IdCodice>12345678903</IdCodice>", "<IdCodice>"+e.vendor+"</IdCodice>",
				"<IdPaese>IT</IdPaese>\n\t\t\t\t\t<IdCodice>09876543217</IdCodice>", "<IdPaese>IT</IdPaese>\n\t\t\t\t\t<IdCodice>"+*e.leadBody.CodiceFiscale+"</IdCodice>",
				"</DatiGeneraliDocumento>", "</DatiGeneraliDocumento><DatiContratto><IdDocumento>Rep. 1187/2025</IdDocumento><CodiceCUP>"+
					demo.ProjectCUP+"</CodiceCUP><CodiceCIG>"+pagoPACIG+"</CodiceCIG></DatiContratto>")
			res := e.importFile(t, []byte(adapt.Replace(read(t, "public/gobl_invoice-simple.xml"))))
			if len(res.Invoices) != 1 {
				t.Fatalf("%+v", res)
			}
			inv := e.reload(t, res.Invoices[0].ID)
			if inv.DocumentType != "TD06" || spending(inv) != 207_640 || !inv.SplitPayment {
				t.Fatalf("%+v", inv)
			}
			res = e.importFile(t, []byte(adapt.Replace(read(t, "public/gobl_invoice-credit-note.xml"))))
			if len(res.Invoices) != 1 || *res.Invoices[0].CreditedInvoiceID != inv.ID {
				t.Fatalf("%+v", res)
			}
			if inv = e.reload(t, inv.ID); spending(inv) != 0 {
				t.Errorf("the credit note takes it all back: spending %d", spending(inv))
			}
			amount, _ := sumShares(inv)
			if amount != 0 {
				t.Errorf("shares %d", amount)
			}
		})
		run("a real self-invoice in pounds: not a charge", func(t *testing.T, e *env) {
			res := e.importFile(t, []byte(read(t, "public/oca_IT01234567890_x05mX.xml")))
			wantDiscarded(t, res, 1, "invoice.document_type", "TD17")
		})
	})
}
