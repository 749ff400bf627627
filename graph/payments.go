package graph

import (
	"context"
	"errors"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/invoicing"
)

// Batches gives each GraphQL operation a place to keep what a field computes
// for a whole list at once. Installed with AroundOperations; without it the
// fields below still work, one row at a time.
func Batches(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, batchesKey{}, &invoiceBatch{entries: map[pulid.ID]*moneyEntry{}}))
}

type batchesKey struct{}

// invoiceBatch holds the money of the invoices of one operation.
type invoiceBatch struct {
	mu      sync.Mutex
	entries map[pulid.ID]*moneyEntry
}

type moneyEntry struct {
	done  chan struct{}
	money *invoicing.InvoiceMoney
	err   error
}

// invoiceMoney returns the money of inv. The first of the invoices of a
// list (a connection page, an import result) to ask computes it for all of
// them with one set of statements (invoicing.InvoicesMoney); the others wait
// for it. The invoices tab reads 20 invoices' parts and claimable shares
// with as many statements as one invoice's.
func (r *Resolver) invoiceMoney(ctx context.Context, inv *gen.Invoice) (*invoicing.InvoiceMoney, error) {
	b, _ := ctx.Value(batchesKey{}).(*invoiceBatch)
	if b == nil {
		m, err := r.invoicing.InvoicesMoney(ctx, []*gen.Invoice{inv})
		return m[inv.ID], err
	}
	b.mu.Lock()
	if e := b.entries[inv.ID]; e != nil {
		b.mu.Unlock()
		<-e.done
		return e.money, e.err
	}
	var load []*gen.Invoice
	mine := map[pulid.ID]*moneyEntry{}
	for _, s := range siblings(ctx, inv) {
		if b.entries[s.ID] == nil && mine[s.ID] == nil {
			e := &moneyEntry{done: make(chan struct{})}
			b.entries[s.ID], mine[s.ID] = e, e
			load = append(load, s)
		}
	}
	b.mu.Unlock()
	var (
		got map[pulid.ID]*invoicing.InvoiceMoney
		err error
	)
	defer func() {
		// Also when InvoicesMoney panics: nobody waits forever.
		for id, e := range mine {
			e.money, e.err = got[id], err
			if e.money == nil && e.err == nil {
				e.err = errNoMoney
			}
			close(e.done)
		}
	}()
	got, err = r.invoicing.InvoicesMoney(ctx, load)
	if err != nil {
		return nil, err
	}
	return got[inv.ID], nil
}

var errNoMoney = errors.New("graph: the money of an invoice was not computed")

// siblings returns inv and the invoices listed with it in the response: the
// nearest enclosing field whose result is a list of invoices.
func siblings(ctx context.Context, inv *gen.Invoice) []*gen.Invoice {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		var list []*gen.Invoice
		switch res := fc.Result.(type) {
		case *gen.InvoiceConnection:
			for _, e := range res.Edges {
				list = append(list, e.Node)
			}
		case []*gen.InvoiceEdge:
			for _, e := range res {
				list = append(list, e.Node)
			}
		case []*gen.Invoice:
			list = res
		default:
			continue
		}
		for _, s := range list {
			if s != nil && s.ID == inv.ID {
				return withOnly(list, inv)
			}
		}
	}
	return []*gen.Invoice{inv}
}

// withOnly drops nil entries and makes sure inv itself is the one loaded.
func withOnly(list []*gen.Invoice, inv *gen.Invoice) []*gen.Invoice {
	out := make([]*gen.Invoice, 0, len(list))
	for _, s := range list {
		switch {
		case s == nil:
		case s.ID == inv.ID:
			out = append(out, inv)
		default:
			out = append(out, s)
		}
	}
	return out
}

func paymentInput(in model.RecordPaymentInput) invoicing.PaymentInput {
	out := invoicing.PaymentInput{InvoiceID: in.InvoiceID, MandateNumber: in.MandateNumber, MandateDate: in.MandateDate,
		AmountCents: in.AmountCents, ReceiptDate: in.ReceiptDate}
	if in.Kind != nil {
		out.Kind = *in.Kind
	}
	return out
}

func invoicePartsOf(m *invoicing.InvoiceMoney, err error) ([]*model.InvoicePart, error) {
	if err != nil || m == nil {
		return nil, err
	}
	out := make([]*model.InvoicePart, len(m.Parts))
	for i, p := range m.Parts {
		out[i] = &model.InvoicePart{Kind: p.Kind, DueCents: p.Due, PaidCents: p.Paid, ReceiptedCents: p.Receipted}
	}
	return out, nil
}

func fullyPaidOf(m *invoicing.InvoiceMoney, err error) (bool, error) {
	if err != nil || m == nil {
		return false, err
	}
	return m.FullyPaid, nil
}

func claimableSharesOf(m *invoicing.InvoiceMoney, err error) ([]*model.ClaimableShare, error) {
	if err != nil || m == nil {
		return nil, err
	}
	out := make([]*model.ClaimableShare, len(m.Claimable))
	for i, c := range m.Claimable {
		out[i] = &model.ClaimableShare{BodyID: c.BodyID, ExpenseCategoryID: c.CategoryID, VatEligible: c.VATEligible,
			ClaimableCents: c.Now, ClaimableWhenPaidCents: c.WhenPaid}
	}
	return out, nil
}

func disbursementPlanOf(s *disbursements.DisbursementStatus, err error) (*model.DisbursementPlan, error) {
	if err != nil {
		return nil, err
	}
	p := s.Plan
	return &model.DisbursementPlan{GrantedCents: p.Grant, ContributionRateBp: int(p.RateBp), AdvanceBp: int(p.AdvanceBp),
		AdvanceCents: p.Advance(), InterimMaxBp: int(p.InterimMaxBp), InterimCapCents: p.InterimCap(),
		AdmittedToDateCents: s.Admitted, ContributionCents: p.Contribution(s.Admitted), DisbursedCents: s.Disbursed,
		PaidCents: s.Paid, InterimDueCents: s.InterimDue, BalanceDueCents: s.BalanceDue}, nil
}
