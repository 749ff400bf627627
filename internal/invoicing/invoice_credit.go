package invoicing

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/textenc"
)

// creditInvoice saves a credit note (TD04) and nets it from the invoice it
// reduces: the credit note keeps its own amounts and has no shares (it is
// never spending, never paid, never claimed); the invoice's
// credited_taxable_cents and credited_vat_cents grow by the credit note's,
// and its shares and paid shares are split again on what it now costs
// (ledger.Invoice.Spending).
//
// The invoice is the one of the project that the credit note names: by
// hand CreditedInvoiceID, in a file its DatiFattureCollegate (number and,
// when given, date) among the supplier's invoices. It returns INVALID when
// the credit note names none (invoice.credit_note_unlinked), several
// (invoice.credit_note_several), one that is not in the project
// (invoice.credit_note_not_in_project), one that is not a charge of the
// same supplier, in euro, issued before it (invoice.credit_note_invoice),
// when it is not in euro (invoice.credit_note_currency), or when it would
// take back more than the invoice still costs (invoice.credit_exceeds).
//
// When the invoice is already in an expense claim, the credit note is
// still recorded (the money is real) and both carry a problem naming the
// claim to correct.
func (s *Service) creditInvoice(ctx context.Context, p *gen.Project, in InvoiceInput, buyer buyerMatch, cup string,
	problems []string, what string) (*gen.Invoice, error) {
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	if in.Currency != "EUR" {
		return nil, apperr.Invalidf("currency", "invoice.credit_note_currency", "%s è in %s: una nota di credito in valuta non si "+
			"registra; ridurre la fattura dopo averne registrato il controvalore in euro, con una nota di credito in euro.", what, in.Currency)
	}
	credited, err := s.creditedInvoice(ctx, p, in, what)
	if err != nil {
		return nil, err
	}
	name := invoiceName(credited)
	if err := checkCredit(in, credited, name, what); err != nil {
		return nil, err
	}
	if sum := in.TaxableCents + in.VATCents + in.StampCents; sum != in.TotalCents {
		problems = append(problems, fmt.Sprintf("Il totale del documento (%s) differisce da imponibile più IVA più bollo (%s).",
			money.FormatEUR(in.TotalCents), money.FormatEUR(sum)))
	}
	claims, err := c.ExpenseClaim.Query().Where(expenseclaim.StatusNEQ(expenseclaim.StatusREJECTED),
		expenseclaim.HasItemsWith(expenseitem.InvoiceID(credited.ID))).Order(expenseclaim.ByNumber()).All(sys)
	if err != nil {
		return nil, err
	}
	var creditedProblems []string
	if len(claims) > 0 {
		list := claimList(claims)
		problems = append(problems, fmt.Sprintf("Riduce %s, già rendicontata nel %s: correggere il rendiconto.", name, list))
		creditedProblems = append(creditedProblems, fmt.Sprintf("%s riduce la fattura di %s, già rendicontata nel %s: "+
			"correggere il rendiconto.", creditNoteLabel(in.Number, in.IssuedOn.Italian()),
			money.FormatEUR(in.TaxableCents+in.VATCents), list))
	}
	vendorID, err := s.vendorOf(ctx, in.SupplierVATID)
	if err != nil {
		return nil, err
	}
	cig := credited.Cig
	if len(in.CIGs) > 0 {
		cig = textenc.Clip(in.CIGs[0], 10)
	}
	create := c.Invoice.Create().SetProjectID(p.ID).SetSupplierVatID(in.SupplierVATID).SetSupplierName(in.SupplierName).
		SetNumber(in.Number).SetIssuedOn(in.IssuedOn).SetDocumentType("TD04").SetCurrency("EUR").
		SetCreditedInvoiceID(credited.ID).SetNillableContractID(credited.ContractID).SetNillableVendorID(vendorID).
		SetCig(cig).SetCup(orElse(cup, credited.Cup)).SetTaxableCents(in.TaxableCents).SetVatCents(in.VATCents).
		SetTotalCents(in.TotalCents).SetStampDutyCents(in.StampCents).SetWithholdingCents(in.WithholdingCents).
		SetSplitPayment(credited.SplitPayment).SetProblems(problems)
	buyerFields(create.Mutation(), in, buyer)
	note, err := create.Save(sys)
	if err != nil {
		return nil, err
	}
	upd := c.Invoice.UpdateOne(credited).AddCreditedTaxableCents(in.TaxableCents).AddCreditedVatCents(in.VATCents)
	if len(creditedProblems) > 0 {
		upd.SetProblems(append(slices.Clone(credited.Problems), creditedProblems...))
	}
	if credited, err = upd.Save(sys); err != nil {
		return nil, err
	}
	if err := s.resplit(ctx, credited); err != nil {
		return nil, err
	}
	return note, nil
}

// checkCredit refuses a credit note that cannot reduce the invoice it
// names (named name in messages): another credit note, another supplier's,
// one in a currency not yet converted, a later one, or more than it still
// costs.
func checkCredit(in InvoiceInput, credited *gen.Invoice, name, what string) error {
	switch {
	case credited.DocumentType == "TD04":
		return apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_invoice", "%s indica %s, che è a sua volta una nota di credito.", what, name)
	case credited.SupplierVatID != in.SupplierVATID:
		return apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_invoice", "%s è del fornitore %s, %s del fornitore %s.",
			what, in.SupplierVATID, name, credited.SupplierVatID)
	case credited.Currency != "EUR" && credited.ConversionAct == "":
		return apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_invoice", "%s riduce %s, in valuta %s, di cui non è ancora "+
			"registrato il controvalore in euro: registrarlo prima.", what, name, credited.Currency)
	case in.IssuedOn.Before(credited.IssuedOn):
		return apperr.Invalidf("issuedOn", "invoice.credit_note_invoice", "%s precede %s che dovrebbe ridurre.", what, name)
	}
	figures := ledgerFigures(credited)
	if in.TaxableCents > figures.NetTaxable() || in.VATCents > figures.NetVAT() {
		return apperr.Invalidf("totalCents", "invoice.credit_exceeds", "%s storna %s di imponibile e %s di IVA, ma di %s restano "+
			"%s di imponibile e %s di IVA (già ridotta da note di credito per %s): supera la fattura di %s.",
			what, money.FormatEUR(in.TaxableCents), money.FormatEUR(in.VATCents), name, money.FormatEUR(figures.NetTaxable()),
			money.FormatEUR(figures.NetVAT()), money.FormatEUR(figures.Credited()),
			money.FormatEUR(max(in.TaxableCents-figures.NetTaxable(), 0)+max(in.VATCents-figures.NetVAT(), 0)))
	}
	return nil
}

// creditedInvoice finds the invoice a credit note reduces, locked on
// PostgreSQL until the transaction ends so that two credit notes of one
// invoice are netted one after the other.
func (s *Service) creditedInvoice(ctx context.Context, p *gen.Project, in InvoiceInput, what string) (*gen.Invoice, error) {
	q := s.Client(ctx).Invoice.Query().Where(invoice.ProjectID(p.ID), db.LockOnPostgres)
	sys := authz.Elevate(ctx)
	if in.CreditedInvoiceID != nil {
		inv, err := q.Where(invoice.ID(*in.CreditedInvoiceID)).Only(sys)
		if gen.IsNotFound(err) {
			return nil, apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_not_in_project", "%s: la fattura da ridurre non è del progetto.", what)
		}
		return inv, err
	}
	var linked []fatturapa.LinkedInvoice
	for _, l := range in.Linked {
		if !slices.ContainsFunc(linked, func(x fatturapa.LinkedInvoice) bool {
			return strings.EqualFold(x.Number, l.Number) && sameDate(x, l)
		}) {
			linked = append(linked, l)
		}
	}
	switch len(linked) {
	case 0:
		return nil, apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_unlinked", "%s non indica la fattura che riduce "+
			"(DatiFattureCollegate): registrarla a mano indicando la fattura.", what)
	case 1:
	default:
		names := make([]string, len(linked))
		for i, l := range linked {
			names[i] = l.String()
		}
		return nil, apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_several", "%s indica più fatture (%s): registrarla a mano "+
			"indicando quella che riduce, o chiedere al fornitore una nota di credito per fattura.", what, strings.Join(names, ", "))
	}
	l := linked[0]
	q.Where(invoice.SupplierVatID(in.SupplierVATID), invoice.NumberEqualFold(l.Number), invoice.DocumentTypeNEQ("TD04"))
	if l.Date != nil {
		q.Where(invoice.IssuedOn(*l.Date))
	}
	found, err := q.Limit(2).All(sys)
	switch {
	case err != nil:
		return nil, err
	case len(found) == 0:
		return nil, apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_not_in_project", "%s riduce la fattura %s del fornitore %s, "+
			"che non è registrata nel progetto.", what, l.String(), in.SupplierVATID)
	case len(found) > 1:
		return nil, apperr.Invalidf("creditedInvoiceID", "invoice.credit_note_several", "%s indica la fattura n. %s senza data e il "+
			"fornitore ne ha più d'una con quel numero nel progetto: registrarla a mano indicando quale riduce.", what, l.Number)
	}
	return found[0], nil
}

func sameDate(a, b fatturapa.LinkedInvoice) bool {
	return (a.Date == nil && b.Date == nil) || (a.Date != nil && b.Date != nil && *a.Date == *b.Date)
}

// invoiceName names an invoice in messages: "la fattura n. 12 del 15/03/2024".
func invoiceName(in *gen.Invoice) string {
	return fmt.Sprintf("la fattura n. %s del %s", in.Number, in.IssuedOn.Italian())
}

// creditNoteLabel starts the problem a credit note puts on the invoice it
// reduces; discarding the credit note removes the problems that start so.
func creditNoteLabel(number, date string) string {
	return fmt.Sprintf("La nota di credito n. %s del %s", number, date)
}

// claimList names claims in messages: "rendiconto n. 2 (Inviato)".
func claimList(claims []*gen.ExpenseClaim) string {
	parts := make([]string, len(claims))
	for i, cl := range claims {
		parts[i] = fmt.Sprintf("rendiconto n. %d (%s)", cl.Number, lifecycle.ExpenseClaim.Label(string(cl.Status)))
	}
	return strings.Join(parts, ", ")
}

// orElse returns a when it is not empty, else b.
func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
