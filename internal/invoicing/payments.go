package invoicing

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/textenc"
)

// PaymentInput is a payment mandate for an invoice.
type PaymentInput struct {
	InvoiceID pulid.ID
	// Kind says what the mandate pays: the supplier (the default), the VAT
	// of a split-payment invoice by F24, or the withholding tax by F24.
	Kind          payment.Kind
	MandateNumber string
	MandateDate   civil.Date
	AmountCents   int64
	ReceiptDate   *civil.Date
}

// RecordPayment records a payment of one part of an invoice: to the
// supplier, or to the Treasury by F24 (the VAT of a split-payment invoice,
// art. 17-ter DPR 633/1972, or the withholding tax). Each part is capped by
// what the invoice leaves due for it (ledger.Invoice.Due: the supplier gets
// the total net of credit notes, of split-payment VAT and of withholding);
// a mandate pays each part of an invoice once, so recording it again (a
// retried request) changes nothing. The mandate may not precede the
// invoice, nor the receipt the mandate. The lead manager may call it.
//
// It returns INVALID for a missing or malformed mandate, an amount that is
// not positive or above the bound, a kind the invoice has nothing due for
// (VAT by F24 without split payment, withholding without any), an amount
// above what is left due for its kind (rule payment.exceeds_invoice, naming
// the kind, the amount, what is due and the excess), a credit note, or
// dates out of order; CONFLICT (payment.duplicate) when the mandate already
// paid that part of the invoice, or when the project is not running.
func (s *Service) RecordPayment(ctx context.Context, in PaymentInput) (*gen.Payment, error) {
	if err := tidyPayment(&in); err != nil {
		return nil, err
	}
	c := s.Client(ctx)
	// On PostgreSQL the invoice row is locked until the transaction ends,
	// so that two payments of one invoice recorded at once (on two
	// replicas) are checked and split one after the other; SQLite already
	// runs one writer at a time.
	inv, err := c.Invoice.Query().Where(invoice.ID(in.InvoiceID), db.LockOnPostgres).WithProject().WithPayments().Only(ctx)
	if err != nil {
		return nil, apperr.OnField(err, "invoiceID")
	}
	if err := authz.Require(ctx, "Payment", authz.ActCreate, projectsvc.Scope(inv.TenantAggregationID, inv.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(inv.Edges.Project); err != nil {
		return nil, err
	}
	kind := ledger.PaymentKind(in.Kind)
	var paidKind, paidAll int64
	for _, py := range inv.Edges.Payments {
		paidAll += py.AmountCents
		if py.Kind != in.Kind {
			continue
		}
		paidKind += py.AmountCents
		if py.MandateNumber == in.MandateNumber {
			return nil, apperr.Conflictf("payment.duplicate", "Il mandato n. %s è già registrato per questa fattura (%s, %s): un mandato paga ciascuna parte una sola volta.",
				in.MandateNumber, kind.Label(), money.FormatEUR(py.AmountCents))
		}
	}
	if err := checkPayment(inv, in, paidKind); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	py, err := c.Payment.Create().SetInvoiceID(inv.ID).SetKind(in.Kind).SetMandateNumber(in.MandateNumber).
		SetMandateDate(in.MandateDate).SetAmountCents(in.AmountCents).SetNillableReceiptDate(in.ReceiptDate).
		Save(sys)
	if gen.IsConstraintError(err) {
		// The unique index (invoice, kind, mandate number) is the backstop
		// of the check above, for a copy recorded at the same moment.
		return nil, apperr.Conflictf("payment.duplicate", "Il mandato n. %s è già registrato per questa fattura (%s): un mandato paga ciascuna parte una sola volta.",
			in.MandateNumber, kind.Label())
	}
	if err != nil {
		return nil, err
	}
	if err := splitPayments(sys, c, inv.ID, paidAll+in.AmountCents); err != nil {
		return nil, err
	}
	return py, nil
}

// tidyPayment checks what a payment says of itself: its kind, its mandate
// number and its amount.
func tidyPayment(in *PaymentInput) error {
	if in.Kind == "" {
		in.Kind = payment.KindSUPPLIER
	}
	if err := payment.KindValidator(in.Kind); err != nil {
		return apperr.Invalidf("kind", "payment.kind", "Tipo di pagamento sconosciuto: %s.", textenc.Clip(string(in.Kind), 20))
	}
	in.MandateNumber = strings.TrimSpace(in.MandateNumber)
	switch {
	case in.MandateNumber == "":
		return apperr.Invalidf("mandateNumber", "payment.mandate", "Indica il numero del mandato di pagamento.")
	case utf8.RuneCountInString(in.MandateNumber) > 50:
		return apperr.Invalidf("mandateNumber", "payment.mandate", "Il numero del mandato è troppo lungo (massimo 50 caratteri).")
	case in.AmountCents <= 0:
		return apperr.Invalidf("amountCents", "payment.amount", "L'importo pagato deve essere positivo.")
	}
	return money.CheckBound("amountCents", in.AmountCents)
}

// checkPayment checks a payment against its invoice: a part the invoice
// has something due for, no more than is left due for it (paidKind is what
// was paid of that part already), and dates in order.
func checkPayment(inv *gen.Invoice, in PaymentInput, paidKind int64) error {
	kind := ledger.PaymentKind(in.Kind)
	fig := ledgerFigures(inv)
	due := fig.Due(kind)
	switch {
	case inv.DocumentType == creditNoteType:
		return apperr.Invalidf("invoiceID", "payment.credit_note", "Il documento n. %s è una nota di credito: riduce la fattura a cui si riferisce e non si paga.", inv.Number)
	case kind == ledger.VATF24 && !fig.SplitPayment:
		return apperr.Invalidf("kind", "payment.vat_f24_not_split",
			"La fattura n. %s non è in scissione dei pagamenti: l'IVA si paga al fornitore con il totale, non con F24.", inv.Number)
	case kind == ledger.WithholdingF24 && fig.Withholding == 0:
		return apperr.Invalidf("kind", "payment.no_withholding", "La fattura n. %s non prevede ritenute da versare con F24.", inv.Number)
	case paidKind+in.AmountCents > due:
		msg := fmt.Sprintf("Il pagamento (%s) di %s porterebbe il pagato a %s, oltre quanto la fattura n. %s lascia dovuto per questa parte (%s): eccedenza %s.",
			kind.Label(), money.FormatEUR(in.AmountCents), money.FormatEUR(paidKind+in.AmountCents), inv.Number,
			money.FormatEUR(due), money.FormatEUR(paidKind+in.AmountCents-due))
		if kind == ledger.Supplier && fig.SplitPayment && fig.NetVAT() > 0 {
			msg += fmt.Sprintf(" La fattura è in scissione dei pagamenti: al fornitore spetta l'imponibile, l'IVA (%s) si versa all'Erario con F24.",
				money.FormatEUR(fig.NetVAT()))
		}
		if kind == ledger.Supplier && fig.Withholding > 0 {
			msg += fmt.Sprintf(" La ritenuta (%s) si versa all'Erario con F24.", money.FormatEUR(fig.Withholding))
		}
		return apperr.Invalidf("amountCents", "payment.exceeds_invoice", "%s", msg)
	case in.MandateDate.IsZero() || !in.MandateDate.Valid():
		return apperr.Invalidf("mandateDate", "payment.mandate_date", "Indica la data del mandato.")
	case in.MandateDate.Before(inv.IssuedOn):
		return apperr.Invalidf("mandateDate", "payment.before_invoice", "Il mandato (%s) precede la fattura (%s).", in.MandateDate.Italian(), inv.IssuedOn.Italian())
	case in.ReceiptDate != nil && in.ReceiptDate.Before(in.MandateDate):
		return apperr.Invalidf("receiptDate", "payment.receipt_before_mandate", "La quietanza (%s) precede il mandato (%s).", in.ReceiptDate.Italian(), in.MandateDate.Italian())
	}
	return nil
}

// creditNoteType is FatturaPA's TipoDocumento of a credit note.
const creditNoteType = "TD04"

// splitPayments sets each share's paid_cents to its part of what the
// invoice's payments of every kind add up to (paid: to the supplier and by
// F24 alike, since all of it is money the members spent), divided like the
// invoice (ledger.SharedParts, the one rule for a member's part). The
// allocation summary then sums paid money like any other.
func splitPayments(ctx context.Context, c *gen.Client, invoiceID pulid.ID, paid int64) error {
	shares, err := c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(invoiceID)).Order(invoiceshare.ByBodyID()).All(ctx)
	if err != nil || len(shares) == 0 {
		return err
	}
	ls := make([]ledger.Share, len(shares))
	for i, sh := range shares {
		ls[i] = ledger.Share{Body: string(sh.BodyID), Amount: sh.AmountCents}
	}
	parts := ledger.SharedParts(paid, ls)
	for i, sh := range shares {
		if sh.PaidCents != parts[i] {
			if err := c.InvoiceShare.UpdateOne(sh).SetPaidCents(parts[i]).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// RecordReceipt records the day the treasurer paid a mandate (quietanza),
// which usually arrives after the mandate. It may not precede the mandate
// and is set once: a payment claimed in a submitted claim keeps its date.
// The lead manager may call it.
func (s *Service) RecordReceipt(ctx context.Context, paymentID pulid.ID, on civil.Date) (*gen.Payment, error) {
	c := s.Client(ctx)
	py, err := c.Payment.Query().Where(payment.ID(paymentID)).WithInvoice(func(q *gen.InvoiceQuery) { q.WithProject() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Payment", authz.ActUpdate, projectsvc.Scope(py.TenantAggregationID, py.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(py.Edges.Invoice.Edges.Project); err != nil {
		return nil, err
	}
	switch {
	case py.ReceiptDate != nil:
		return nil, apperr.Conflictf("payment.receipt_recorded", "La quietanza del mandato n. %s è già registrata (%s).", py.MandateNumber, py.ReceiptDate.Italian())
	case on.IsZero() || !on.Valid():
		return nil, apperr.Invalidf("receiptDate", "payment.receipt_date", "Indica la data della quietanza.")
	case on.Before(py.MandateDate):
		return nil, apperr.Invalidf("receiptDate", "payment.receipt_before_mandate", "La quietanza (%s) precede il mandato (%s).", on.Italian(), py.MandateDate.Italian())
	case on.After(s.Today()):
		return nil, apperr.Invalidf("receiptDate", "payment.receipt_future", "La quietanza (%s) non può essere nel futuro.", on.Italian())
	}
	return py.Update().SetReceiptDate(on).Save(authz.Elevate(ctx))
}
