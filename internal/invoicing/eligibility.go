package invoicing

import (
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/eligibility"
	"github.com/capofila/capofila/internal/ledger"
)

// EligibilityInvoice returns what the eligibility rules need of an invoice
// read with its payments and its shares (in member order).
func EligibilityInvoice(inv *gen.Invoice) *eligibility.Invoice {
	out := &eligibility.Invoice{ID: string(inv.ID), Number: inv.Number, IssuedOn: inv.IssuedOn, DocumentType: inv.DocumentType,
		Currency: inv.Currency, ConversionAct: inv.ConversionAct, CIG: inv.Cig, Contracted: inv.ContractID != nil, CUP: inv.Cup,
		Figures: ledgerFigures(inv)}
	for _, py := range inv.Edges.Payments {
		out.Payments = append(out.Payments, eligibility.Payment{ID: string(py.ID), Kind: ledger.PaymentKind(py.Kind),
			Amount: py.AmountCents, Receipt: py.ReceiptDate})
	}
	for _, sh := range inv.Edges.Shares {
		out.Shares = append(out.Shares, eligibility.Share{Body: string(sh.BodyID), Category: string(idOr(sh.ExpenseCategoryID)), Amount: sh.AmountCents})
	}
	return out
}

func idOr(id *pulid.ID) pulid.ID {
	if id == nil {
		return ""
	}
	return *id
}
