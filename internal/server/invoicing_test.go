package server_test

import (
	"testing"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/testdb"
)

const invoicingImport = `mutation($id: ID!, $file: Upload!) { importInvoices(projectID: $id, file: $file) {
  invoices { id number documentType documentTypeName currency totalCents spendingCents stampDutyCents problems
    creditedInvoice { id number } }
  skipped { index number reason }
  discarded { index number documentType reason rule } } }`

type invoicingInvoice struct {
	ID               string   `json:"id"`
	Number           string   `json:"number"`
	DocumentType     string   `json:"documentType"`
	DocumentTypeName string   `json:"documentTypeName"`
	Currency         string   `json:"currency"`
	TotalCents       int64    `json:"totalCents"`
	SpendingCents    int64    `json:"spendingCents"`
	StampDutyCents   int64    `json:"stampDutyCents"`
	Problems         []string `json:"problems"`
	CreditedInvoice  *struct {
		ID     string `json:"id"`
		Number string `json:"number"`
	} `json:"creditedInvoice"`
}

type invoicingResult struct {
	ImportInvoices struct {
		Invoices []invoicingInvoice `json:"invoices"`
		Skipped  []struct {
			Index  int    `json:"index"`
			Number string `json:"number"`
		} `json:"skipped"`
		Discarded []struct {
			Index        int    `json:"index"`
			Number       string `json:"number"`
			DocumentType string `json:"documentType"`
			Reason       string `json:"reason"`
			Rule         string `json:"rule"`
		} `json:"discarded"`
	} `json:"importInvoices"`
}

// invoicingFile is a FatturaPA file from the demo's pagoPA supplier to the
// lead (San Benedetto del Tronto).
func invoicingFile(t *testing.T, docs ...fatturapa.Invoice) []byte {
	t.Helper()
	data, err := fatturapa.Encode(&fatturapa.File{Version: fatturapa.VersionPA,
		Supplier: fatturapa.Party{Country: "IT", VATID: demo.VendorVAT(demo.Vendors[0].Base), Name: demo.Vendors[0].Name},
		Buyer:    fatturapa.Party{Name: "Comune di San Benedetto del Tronto", CodiceFiscale: "00360140446"}, Invoices: docs})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func invoicingDoc(ty, number string, on civil.Date, taxable, vat int64, cup string) fatturapa.Invoice {
	return fatturapa.Invoice{DocumentType: ty, Currency: "EUR", Date: on, Number: number, TotalCents: taxable + vat, HasTotal: true,
		TaxableCents: taxable, VATCents: vat, SplitPayment: true, CIGs: []string{"95156957EC"}, CUPs: []string{cup}}
}

// TestInvoicing_OverGraphQL follows a lead through the invoicing API: an
// import that saves, discards and skips with reasons, a credit note that
// nets its invoice, an invoice in pounds given its euro value, and an
// invoice discarded with a reason that the audit log keeps; the other
// roles are refused.
func TestInvoicing_OverGraphQL(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		r := seedRunning(t, d)
		project := string(r.res.Project.ID)
		march, april := civil.New(2026, 3, 31), civil.New(2026, 4, 15)
		stamped := invoicingDoc("TD24", "FPA 20/26", march, 100_000, 22_000, demo.ProjectCUP)
		stamped.StampDeclaredCents, stamped.StampCents, stamped.TotalCents = 200, 200, 122_200
		gbp := invoicingDoc("TD01", "GB 7", march, 50_000, 0, demo.ProjectCUP)
		gbp.Currency, gbp.SplitPayment = "GBP", false
		file := invoicingFile(t, stamped,
			invoicingDoc("TD17", "AUTO 1", march, 1_000, 220, demo.ProjectCUP),
			invoicingDoc("TD01", "FPA 21/26", march, 1_000, 220, "D79J25000120099"),
			gbp)

		var res invoicingResult
		mustOK(t, r.lead.upload(t, invoicingImport, map[string]any{"id": project}, "IT01987650445_0001A.xml", file)).decode(t, &res)
		got := res.ImportInvoices
		if len(got.Invoices) != 2 || len(got.Discarded) != 2 || len(got.Skipped) != 0 {
			t.Fatalf("%+v", got)
		}
		inv := got.Invoices[0]
		if inv.DocumentTypeName != "fattura differita (art. 21 c. 4 lett. a DPR 633/1972)" || inv.TotalCents != 122_200 ||
			inv.SpendingCents != 122_000 || inv.StampDutyCents != 200 || len(inv.Problems) != 0 {
			t.Errorf("the deferred invoice: %+v", inv)
		}
		if d := got.Discarded[0]; d.Index != 2 || d.DocumentType != "TD17" || d.Rule != "invoice.document_type" {
			t.Errorf("discarded %+v", d)
		}
		if d := got.Discarded[1]; d.Index != 3 || d.Number != "FPA 21/26" || d.Rule != "invoice.cup_other_project" {
			t.Errorf("discarded %+v", d)
		}
		pounds := got.Invoices[1]
		if pounds.Currency != "GBP" || pounds.TotalCents != 0 || pounds.SpendingCents != 0 || len(pounds.Problems) != 1 {
			t.Errorf("the invoice in pounds: %+v", pounds)
		}

		t.Run("DuplicateSkipped", func(t *testing.T) {
			var again invoicingResult
			mustOK(t, r.lead.upload(t, invoicingImport, map[string]any{"id": project}, "copia.xml", invoicingFile(t, stamped))).decode(t, &again)
			if len(again.ImportInvoices.Skipped) != 1 || len(again.ImportInvoices.Discarded) != 0 {
				t.Errorf("%+v", again.ImportInvoices)
			}
		})

		t.Run("CreditNoteNets", func(t *testing.T) {
			note := invoicingDoc("TD04", "NC 5/26", april, 10_000, 2_200, demo.ProjectCUP)
			note.Linked = []fatturapa.LinkedInvoice{{Number: "FPA 20/26", Date: &march}}
			var cn invoicingResult
			mustOK(t, r.lead.upload(t, invoicingImport, map[string]any{"id": project}, "nc.xml", invoicingFile(t, note))).decode(t, &cn)
			if len(cn.ImportInvoices.Invoices) != 1 {
				t.Fatalf("%+v", cn.ImportInvoices)
			}
			n := cn.ImportInvoices.Invoices[0]
			if n.DocumentTypeName != "nota di credito" || n.SpendingCents != 0 || n.CreditedInvoice == nil || n.CreditedInvoice.ID != inv.ID {
				t.Errorf("the credit note: %+v", n)
			}
			var after struct {
				Node struct {
					SpendingCents        int64 `json:"spendingCents"`
					CreditedTaxableCents int64 `json:"creditedTaxableCents"`
					Shares               struct {
						Edges []struct {
							Node struct {
								AmountCents int64 `json:"amountCents"`
							} `json:"node"`
						} `json:"edges"`
					} `json:"shares"`
				} `json:"node"`
			}
			mustOK(t, r.lead.do(t, `query($id: ID!) { node(id: $id) { ... on Invoice { spendingCents creditedTaxableCents
			  shares(first: 100) { edges { node { amountCents } } } } } }`, map[string]any{"id": inv.ID})).decode(t, &after)
			var sum int64
			for _, e := range after.Node.Shares.Edges {
				sum += e.Node.AmountCents
			}
			if after.Node.SpendingCents != 109_800 || after.Node.CreditedTaxableCents != 10_000 || sum != 109_800 {
				t.Errorf("the credited invoice: %+v, shares %d", after.Node, sum)
			}
		})

		t.Run("EuroValueRecorded", func(t *testing.T) {
			const q = `mutation($id: ID!, $act: String!) { recordInvoiceEuroValue(input: {invoiceID: $id, taxableCents: 58337,
			  conversionAct: $act}) { totalCents spendingCents conversionAct problems } }`
			vars := map[string]any{"id": pounds.ID, "act": "mandato n. 12 del 03/03/2026, cambio BCE 0,8571"}
			wantCode(t, r.member.do(t, q, vars), "FORBIDDEN")
			wantCode(t, r.lead.do(t, q, map[string]any{"id": pounds.ID, "act": ""}), "INVALID")
			var out struct {
				RecordInvoiceEuroValue struct {
					TotalCents    int64    `json:"totalCents"`
					SpendingCents int64    `json:"spendingCents"`
					ConversionAct string   `json:"conversionAct"`
					Problems      []string `json:"problems"`
				} `json:"recordInvoiceEuroValue"`
			}
			mustOK(t, r.lead.do(t, q, vars)).decode(t, &out)
			if v := out.RecordInvoiceEuroValue; v.TotalCents != 58_337 || v.SpendingCents != 58_337 || v.ConversionAct != vars["act"] || len(v.Problems) != 0 {
				t.Errorf("%+v", v)
			}
			wantCode(t, r.lead.do(t, q, vars), "CONFLICT")
		})

		t.Run("DiscardedWithReason", func(t *testing.T) {
			var one invoicingResult
			mustOK(t, r.lead.upload(t, invoicingImport, map[string]any{"id": project}, "doppia.xml",
				invoicingFile(t, invoicingDoc("TD01", "FPA 22/26", march, 5_000, 1_100, demo.ProjectCUP)))).decode(t, &one)
			id := one.ImportInvoices.Invoices[0].ID
			const q = `mutation($id: ID!, $reason: String!) { discardInvoice(id: $id, reason: $reason) { id project { id } } }`
			wantCode(t, r.lead.do(t, q, map[string]any{"id": id, "reason": " "}), "INVALID")
			denied := wantClientError(t, r.auditor.do(t, q, map[string]any{"id": id, "reason": "x"}))
			if denied.Extensions.Code != "FORBIDDEN" && denied.Extensions.Code != "NOT_FOUND" {
				t.Errorf("an auditor discards: %+v", denied)
			}
			reason := "Emessa due volte dal fornitore: vale la FPA 20/26."
			var out struct {
				DiscardInvoice struct {
					ID      string `json:"id"`
					Project struct {
						ID string `json:"id"`
					} `json:"project"`
				} `json:"discardInvoice"`
			}
			mustOK(t, r.lead.do(t, q, map[string]any{"id": id, "reason": reason})).decode(t, &out)
			if out.DiscardInvoice.ID != id || out.DiscardInvoice.Project.ID != project {
				t.Errorf("%+v", out)
			}
			var audit struct {
				AuditEvents struct {
					Edges []struct {
						Node struct {
							EntityID  string         `json:"entityID"`
							Operation string         `json:"operation"`
							Changes   map[string]any `json:"changes"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"auditEvents"`
			}
			mustOK(t, r.lead.do(t, `query($id: String!) { auditEvents(first: 10, where: {entityID: $id}) { edges { node { entityID operation changes } } } }`,
				map[string]any{"id": id})).decode(t, &audit)
			found := false
			for _, e := range audit.AuditEvents.Edges {
				found = found || (e.Node.Operation == "DELETE" && e.Node.Changes["_reason"] == reason)
			}
			if !found {
				t.Errorf("no DELETE event with the reason: %+v", audit)
			}
			wantCode(t, r.lead.do(t, q, map[string]any{"id": id, "reason": reason}), "NOT_FOUND")
		})
	})
}
