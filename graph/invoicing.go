package graph

import (
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/ledger"
)

// spendingOf is what an invoice costs the project (see ledger.Invoice.Spending);
// a credit note costs nothing.
func spendingOf(in *gen.Invoice) int64 {
	if fatturapa.ClassOf(in.DocumentType) == fatturapa.CreditNote {
		return 0
	}
	return ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VatCents, CreditedTaxable: in.CreditedTaxableCents,
		CreditedVAT: in.CreditedVatCents}.Spending()
}

// invoiceDiscarded turns the outcome of discarding invoice id into the
// mutation's payload.
func invoiceDiscarded(id pulid.ID) func(*gen.Project, error) (*model.InvoiceDiscarded, error) {
	return func(p *gen.Project, err error) (*model.InvoiceDiscarded, error) {
		if err != nil {
			return nil, err
		}
		return &model.InvoiceDiscarded{ID: id, Project: p}, nil
	}
}

func euroValueInput(in model.RecordInvoiceEuroValueInput) invoicing.EuroValueInput {
	return invoicing.EuroValueInput{InvoiceID: in.InvoiceID, TaxableCents: in.TaxableCents, VATCents: deref64(in.VatCents),
		Act: in.ConversionAct}
}

func skippedInvoices(list []invoicing.SkippedInvoice) ([]*model.SkippedInvoice, []*model.DiscardedInvoice) {
	skipped, discarded := []*model.SkippedInvoice{}, []*model.DiscardedInvoice{}
	for _, s := range list {
		if s.Rule == "invoice.duplicate" {
			skipped = append(skipped, &model.SkippedInvoice{Index: s.Index, Number: s.Number, Reason: s.Reason})
			continue
		}
		discarded = append(discarded, &model.DiscardedInvoice{Index: s.Index, Number: s.Number, DocumentType: s.DocumentType,
			Reason: s.Reason, Rule: s.Rule})
	}
	return skipped, discarded
}
