package project

import (
	"context"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// PaymentInput is a payment mandate for an invoice.
type PaymentInput struct {
	InvoiceID     pulid.ID
	MandateNumber string
	MandateDate   civil.Date
	AmountCents   int64
	ReceiptDate   *civil.Date
}

// RecordPayment records a payment of an invoice. The payments of an
// invoice may not exceed its total; the mandate may not precede the
// invoice, nor the receipt the mandate. The lead manager may call it.
func (s *Service) RecordPayment(ctx context.Context, in PaymentInput) (*gen.Payment, error) {
	c := s.db(ctx)
	// On PostgreSQL the invoice row is locked until the transaction ends,
	// so that two payments of one invoice recorded at once (on two
	// replicas) are checked and split one after the other; SQLite already
	// runs one writer at a time.
	inv, err := c.Invoice.Query().Where(invoice.ID(in.InvoiceID), lockOnPostgres).WithProject().WithPayments().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Payment", authz.ActCreate, scope(inv.TenantAggregationID, inv.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := editable(inv.Edges.Project); err != nil {
		return nil, err
	}
	var paid int64
	for _, py := range inv.Edges.Payments {
		paid += py.AmountCents
	}
	switch {
	case strings.TrimSpace(in.MandateNumber) == "":
		return nil, invalid("mandateNumber", "payment.mandate", "Indicare il numero del mandato di pagamento.")
	case in.AmountCents <= 0:
		return nil, invalid("amountCents", "payment.amount", "L'importo pagato deve essere positivo.")
	case paid+in.AmountCents > inv.TotalCents:
		return nil, invalid("amountCents", "payment.exceeds_invoice",
			"Il pagamento di %s porterebbe il pagato a %s, oltre il totale della fattura (%s) di %s.",
			money.FormatEUR(in.AmountCents), money.FormatEUR(paid+in.AmountCents), money.FormatEUR(inv.TotalCents),
			money.FormatEUR(paid+in.AmountCents-inv.TotalCents))
	case in.MandateDate.IsZero() || !in.MandateDate.Valid():
		return nil, invalid("mandateDate", "payment.mandate_date", "Indicare la data del mandato.")
	case in.MandateDate.Before(inv.IssuedOn):
		return nil, invalid("mandateDate", "payment.before_invoice", "Il mandato (%s) precede la fattura (%s).", in.MandateDate.Italian(), inv.IssuedOn.Italian())
	case in.ReceiptDate != nil && in.ReceiptDate.Before(in.MandateDate):
		return nil, invalid("receiptDate", "payment.receipt_before_mandate", "La quietanza (%s) precede il mandato (%s).", in.ReceiptDate.Italian(), in.MandateDate.Italian())
	}
	sys := authz.Elevate(ctx)
	py, err := c.Payment.Create().SetInvoiceID(inv.ID).SetMandateNumber(strings.TrimSpace(in.MandateNumber)).
		SetMandateDate(in.MandateDate).SetAmountCents(in.AmountCents).SetNillableReceiptDate(in.ReceiptDate).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if err := splitPayments(sys, c, inv.ID, paid+in.AmountCents); err != nil {
		return nil, err
	}
	return py, nil
}

// lockOnPostgres adds FOR UPDATE to a query on PostgreSQL (SQLite has no
// row locks and would refuse the clause).
func lockOnPostgres(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// splitPayments sets each share's paid_cents to its part of what the
// invoice's payments add up to (paid), split across the shares like the
// invoice: largest remainder over the positive shares, in member order.
// The allocation summary then sums paid money like any other.
func splitPayments(ctx context.Context, c *gen.Client, invoiceID pulid.ID, paid int64) error {
	shares, err := c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(invoiceID)).Order(invoiceshare.ByBodyID()).All(ctx)
	if err != nil || len(shares) == 0 {
		return err
	}
	w := make([]int64, len(shares))
	var total int64
	for i, sh := range shares {
		w[i] = max(sh.AmountCents, 0)
		total += w[i]
	}
	if total == 0 {
		return nil
	}
	parts, err := money.SplitLargestRemainder(min(paid, total), w)
	if err != nil {
		return err
	}
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
	c := s.db(ctx)
	py, err := c.Payment.Query().Where(payment.ID(paymentID)).WithInvoice(func(q *gen.InvoiceQuery) { q.WithProject() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Payment", authz.ActUpdate, scope(py.TenantAggregationID, py.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := editable(py.Edges.Invoice.Edges.Project); err != nil {
		return nil, err
	}
	switch {
	case py.ReceiptDate != nil:
		return nil, conflict("payment.receipt_recorded", "La quietanza del mandato n. %s è già registrata (%s).", py.MandateNumber, py.ReceiptDate.Italian())
	case on.IsZero() || !on.Valid():
		return nil, invalid("receiptDate", "payment.receipt_date", "Indicare la data della quietanza.")
	case on.Before(py.MandateDate):
		return nil, invalid("receiptDate", "payment.receipt_before_mandate", "La quietanza (%s) precede il mandato (%s).", on.Italian(), py.MandateDate.Italian())
	case on.After(s.today()):
		return nil, invalid("receiptDate", "payment.receipt_future", "La quietanza (%s) non può essere nel futuro.", on.Italian())
	}
	return py.Update().SetReceiptDate(on).Save(authz.Elevate(ctx))
}
