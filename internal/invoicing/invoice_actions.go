package invoicing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// Limits of the texts a lead writes about an invoice.
const (
	maxDiscardReason  = 500
	maxConversionAct  = 300
	discardReasonRule = "invoice.discard_reason"
)

// DiscardInvoice removes an invoice (or a credit note) registered by
// mistake, e.g. one the supplier will reissue: it is deleted with its
// shares, and the audit log records the deletion with the lead's reason.
// Discarding a credit note gives back to the invoice it reduced what it
// took and splits that invoice again. It returns the invoice's project.
//
// The lead manager may call it. Errors: INVALID when the reason is
// missing or longer than 500 characters (invoice.discard_reason); NOT_FOUND
// for an invoice the viewer cannot read; FORBIDDEN; CONFLICT when the
// project is not running (project.not_active), or the invoice is paid
// (invoice.discard_paid), claimed (invoice.discard_claimed) or reduced by
// credit notes still registered (invoice.discard_credited).
func (s *Service) DiscardInvoice(ctx context.Context, id pulid.ID, reason string) (*gen.Project, error) {
	c := s.Client(ctx)
	inv, err := c.Invoice.Query().Where(invoice.ID(id), db.LockOnPostgres).WithProject().WithPayments().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Invoice", authz.ActDelete, projectsvc.Scope(inv.TenantAggregationID, inv.TenantRegionID)); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	switch {
	case reason == "":
		return nil, apperr.Invalidf("reason", discardReasonRule, "Indica perché si scarta la fattura: il motivo resta nel registro attività.")
	case utf8.RuneCountInString(reason) > maxDiscardReason:
		return nil, apperr.Invalidf("reason", discardReasonRule, "Il motivo è troppo lungo (al massimo %d caratteri).", maxDiscardReason)
	}
	if err := projectsvc.Editable(inv.Edges.Project); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	name := invoiceName(inv)
	if inv.DocumentType == "TD04" {
		name = strings.Replace(creditNoteLabel(inv.Number, inv.IssuedOn.Italian()), "La ", "la ", 1)
	}
	claims, err := c.ExpenseClaim.Query().Where(expenseclaim.HasItemsWith(expenseitem.InvoiceID(inv.ID))).
		Order(expenseclaim.ByNumber()).All(sys)
	if err != nil {
		return nil, err
	}
	if len(claims) > 0 {
		return nil, apperr.Conflictf("invoice.discard_claimed", "Non si può scartare %s: è nel %s.", name, claimList(claims))
	}
	if n := len(inv.Edges.Payments); n > 0 {
		var paid int64
		for _, py := range inv.Edges.Payments {
			paid += py.AmountCents
		}
		return nil, apperr.Conflictf("invoice.discard_paid", "Non si può scartare %s: ha %d pagamenti registrati per %s. "+
			"Una fattura pagata resta agli atti; se è sbagliata, il fornitore emette una nota di credito.", name, n, money.FormatEUR(paid))
	}
	notes, err := c.Invoice.Query().Where(invoice.CreditedInvoiceID(inv.ID)).Order(invoice.ByIssuedOn()).All(sys)
	if err != nil {
		return nil, err
	}
	if len(notes) > 0 {
		names := make([]string, len(notes))
		for i, n := range notes {
			names[i] = fmt.Sprintf("n. %s del %s", n.Number, n.IssuedOn.Italian())
		}
		return nil, apperr.Conflictf("invoice.discard_credited", "Non si può scartare %s: la riducono le note di credito %s; "+
			"scartare prima quelle.", name, strings.Join(names, ", "))
	}

	// The reason reaches the audit events of every row deleted or changed.
	ctx = rule.WithAuditReason(ctx, reason)
	sys = authz.Elevate(ctx)
	if inv.CreditedInvoiceID != nil {
		if err := s.uncredit(ctx, inv); err != nil {
			return nil, err
		}
	}
	if _, err := c.InvoiceShare.Delete().Where(invoiceshare.InvoiceID(inv.ID)).Exec(sys); err != nil {
		return nil, err
	}
	if err := c.Invoice.DeleteOneID(inv.ID).Exec(sys); err != nil {
		return nil, err
	}
	return inv.Edges.Project, nil
}

// uncredit gives back to the invoice a credit note reduced what the note
// took, removes the problems the note put on it, and splits it again.
func (s *Service) uncredit(ctx context.Context, note *gen.Invoice) error {
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	credited, err := c.Invoice.Query().Where(invoice.ID(*note.CreditedInvoiceID), db.LockOnPostgres).Only(sys)
	if err != nil {
		return err
	}
	label := creditNoteLabel(note.Number, note.IssuedOn.Italian())
	problems := slices.DeleteFunc(slices.Clone(credited.Problems), func(p string) bool { return strings.HasPrefix(p, label) })
	credited, err = c.Invoice.UpdateOne(credited).
		SetCreditedTaxableCents(max(credited.CreditedTaxableCents-note.TaxableCents, 0)).
		SetCreditedVatCents(max(credited.CreditedVatCents-note.VatCents, 0)).
		SetProblems(problems).Save(sys)
	if err != nil {
		return err
	}
	return s.resplit(ctx, credited)
}

// EuroValueInput is the value in euro of an invoice in another currency,
// and the act that fixed it.
type EuroValueInput struct {
	InvoiceID    pulid.ID
	TaxableCents int64
	VATCents     int64
	// Act names the act that converted the amounts, e.g. "mandato n. 12
	// del 03/03/2026, cambio BCE 0,8571".
	Act string
}

// RecordInvoiceEuroValue records the euro value of an invoice in another currency
// (Divisa not EUR), which until then is not spending: its taxable amount
// and VAT in euro and the act that converted them. The invoice then counts
// like an invoice in euro: it is checked against its contract and split
// like it, or charged to the member it is addressed to.
//
// The lead manager may call it. Errors: INVALID for a missing or too long
// act (invoice.conversion_act, at most 300 characters) or amounts out of
// bounds or zero (money.*, invoice.conversion_amount); NOT_FOUND;
// FORBIDDEN; CONFLICT when the project is not running, the invoice is in
// euro (invoice.conversion_not_foreign) or its value is already recorded
// (invoice.conversion_recorded).
func (s *Service) RecordInvoiceEuroValue(ctx context.Context, in EuroValueInput) (*gen.Invoice, error) {
	c := s.Client(ctx)
	inv, err := c.Invoice.Query().Where(invoice.ID(in.InvoiceID), db.LockOnPostgres).WithProject().WithContract().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Invoice", authz.ActUpdate, projectsvc.Scope(inv.TenantAggregationID, inv.TenantRegionID)); err != nil {
		return nil, err
	}
	act := strings.TrimSpace(in.Act)
	switch {
	case act == "":
		return nil, apperr.Invalidf("conversionAct", "invoice.conversion_act", "Indica l'atto che ha determinato il controvalore in euro "+
			"(ad esempio il mandato di pagamento con il cambio applicato).")
	case utf8.RuneCountInString(act) > maxConversionAct:
		return nil, apperr.Invalidf("conversionAct", "invoice.conversion_act", "L'atto è descritto in troppi caratteri (al massimo %d).", maxConversionAct)
	}
	if err := money.CheckBound("taxableCents", in.TaxableCents); err != nil {
		return nil, err
	}
	if err := money.CheckBound("vatCents", in.VATCents); err != nil {
		return nil, err
	}
	if in.TaxableCents+in.VATCents == 0 {
		return nil, apperr.Invalidf("taxableCents", "invoice.conversion_amount", "Indica l'imponibile e l'IVA in euro della fattura.")
	}
	if err := projectsvc.Editable(inv.Edges.Project); err != nil {
		return nil, err
	}
	switch {
	case inv.Currency == "EUR":
		return nil, apperr.Conflictf("invoice.conversion_not_foreign", "%s è in euro: non c'è un controvalore da registrare.", capitalize(invoiceName(inv)))
	case inv.ConversionAct != "":
		return nil, apperr.Conflictf("invoice.conversion_recorded", "Il controvalore in euro di %s è già registrato (%s). Se è sbagliato, "+
			"scartare la fattura e importarla di nuovo.", invoiceName(inv), inv.ConversionAct)
	}
	var foreignTotal int64
	if inv.ForeignTotalCents != nil {
		foreignTotal = *inv.ForeignTotalCents
	}
	problems := slices.DeleteFunc(slices.Clone(inv.Problems), func(p string) bool {
		return p == foreignProblem(inv.Currency, foreignTotal)
	})
	spending := ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VATCents}.Spending()
	var only *gen.CostShare
	if ct := inv.Edges.Contract; ct != nil {
		over, err := s.overContract(ctx, ct, spending, inv.ID)
		if err != nil {
			return nil, err
		}
		problems = append(problems, over...)
		var b buyerMatch
		if inv.BuyerBodyID != nil {
			if b.member, err = c.PublicBody.Get(authz.Elevate(ctx), *inv.BuyerBodyID); err != nil {
				return nil, err
			}
		}
		only, _, err = s.memberShare(ctx, ct, b)
		if err != nil {
			return nil, err
		}
	}
	sys := authz.Elevate(ctx)
	saved, err := c.Invoice.UpdateOne(inv).SetTaxableCents(in.TaxableCents).SetVatCents(in.VATCents).
		SetTotalCents(in.TaxableCents + in.VATCents).SetConversionAct(act).SetProblems(problems).Save(sys)
	if err != nil {
		return nil, err
	}
	if ct := inv.Edges.Contract; ct != nil {
		if err := s.shareInvoice(ctx, saved, ct, only); err != nil {
			return nil, err
		}
	}
	return saved, nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
