package invoicing

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/eligibility"
	"github.com/capofila/capofila/internal/ledger"
)

// InvoiceMoney is where an invoice stands: what is due and paid of each of
// its parts, whether it is paid in full, what it costs the project, and
// what each member may claim of it.
type InvoiceMoney struct {
	// Parts are the parts of the invoice that are due or were paid, in the
	// order of ledger.Kinds; the supplier's always.
	Parts []InvoicePart
	// FullyPaid is true when every part is paid (mandates recorded,
	// receipted or not).
	FullyPaid bool
	// Spending is the invoice's net spending: taxable and VAT net of
	// credit notes, without stamp duty.
	Spending int64
	// Claimable is, per member share, what the member may claim of the
	// invoice in the share's category.
	Claimable []MemberClaimable
}

// InvoicePart is one part of an invoice: to the supplier, or to the
// Treasury by F24.
type InvoicePart struct {
	Kind payment.Kind
	// Due is what the invoice leaves due for the part in all
	// (ledger.Invoice.Due); Paid what the mandates of that kind paid;
	// Receipted the part of Paid the treasurer has receipted.
	Due, Paid, Receipted int64
}

// MemberClaimable is what one member may claim of an invoice.
type MemberClaimable struct {
	BodyID     pulid.ID
	CategoryID *pulid.ID
	// VATEligible says whether VAT is eligible in the share's category.
	VATEligible bool
	// Now is what may be claimed with the payments receipted within the
	// call's window (eligibility.MemberClaimable): what AddExpenseItems
	// accepts at most.
	Now int64
	// WhenPaid is what could be claimed once every part is paid and
	// receipted; Now < WhenPaid means that the invoice is not claimable in
	// full yet.
	WhenPaid int64
}

// InvoicesMoney computes the money of invoices the viewer has read (as
// loaded, without their edges), with a constant number of statements
// whatever their number: their payments, their shares, and their projects'
// calls with the categories. Rows the viewer may not read do not count.
// Whoever may read the invoices may call it.
func (s *Service) InvoicesMoney(ctx context.Context, invs []*gen.Invoice) (map[pulid.ID]*InvoiceMoney, error) {
	out := make(map[pulid.ID]*InvoiceMoney, len(invs))
	if len(invs) == 0 {
		return out, nil
	}
	c := s.Client(ctx)
	ids := make([]pulid.ID, 0, len(invs))
	projectIDs := map[pulid.ID]bool{}
	for _, inv := range invs {
		ids = append(ids, inv.ID)
		projectIDs[inv.ProjectID] = true
	}
	var (
		payments []*gen.Payment
		shares   []*gen.InvoiceShare
		projects []*gen.Project
	)
	err := db.Concurrently(ctx,
		func(ctx context.Context) (err error) {
			payments, err = c.Payment.Query().Where(payment.InvoiceIDIn(ids...)).All(ctx)
			return err
		},
		func(ctx context.Context) (err error) {
			shares, err = c.InvoiceShare.Query().Where(invoiceshare.InvoiceIDIn(ids...)).Order(invoiceshare.ByBodyID()).All(ctx)
			return err
		},
		func(ctx context.Context) (err error) {
			pids := make([]pulid.ID, 0, len(projectIDs))
			for id := range projectIDs {
				pids = append(pids, id)
			}
			projects, err = c.Project.Query().Where(project.IDIn(pids...)).
				WithCall(func(q *gen.CallQuery) {
					q.WithExpenseCategories(func(q *gen.ExpenseCategoryQuery) {
						q.Select(expensecategory.FieldCallID, expensecategory.FieldVatEligible, expensecategory.FieldName)
					})
				}).All(ctx)
			return err
		},
	)
	if err != nil {
		return nil, err
	}
	paymentsOf := map[pulid.ID][]*gen.Payment{}
	for _, py := range payments {
		paymentsOf[py.InvoiceID] = append(paymentsOf[py.InvoiceID], py)
	}
	sharesOf := map[pulid.ID][]*gen.InvoiceShare{}
	for _, sh := range shares {
		sharesOf[sh.InvoiceID] = append(sharesOf[sh.InvoiceID], sh)
	}
	callOf := map[pulid.ID]*gen.Call{}
	vatEligible := map[pulid.ID]bool{}
	for _, p := range projects {
		if cl := p.Edges.Call; cl != nil {
			callOf[p.ID] = cl
			for _, k := range cl.Edges.ExpenseCategories {
				vatEligible[k.ID] = k.VatEligible
			}
		}
	}
	for _, inv := range invs {
		// A copy: the caller's invoice keeps the edges it was read with.
		withEdges := *inv
		withEdges.Edges.Payments, withEdges.Edges.Shares = paymentsOf[inv.ID], sharesOf[inv.ID]
		out[inv.ID] = invoiceMoney(&withEdges, callOf[inv.ProjectID], vatEligible)
	}
	return out, nil
}

// invoiceMoney computes InvoiceMoney for an invoice read with its payments
// and its shares (in member order); cl is its project's call (nil when the
// viewer cannot read it: nothing is claimable then).
func invoiceMoney(inv *gen.Invoice, cl *gen.Call, vatEligible map[pulid.ID]bool) *InvoiceMoney {
	fig := ledgerFigures(inv)
	paid, receipted := ledger.Paid{}, ledger.Paid{}
	for _, py := range inv.Edges.Payments {
		paid[ledger.PaymentKind(py.Kind)] += py.AmountCents
		if py.ReceiptDate != nil {
			receipted[ledger.PaymentKind(py.Kind)] += py.AmountCents
		}
	}
	m := &InvoiceMoney{FullyPaid: fig.FullyPaid(paid), Spending: fig.Spending()}
	for _, k := range ledger.Kinds {
		if due := fig.Due(k); k == ledger.Supplier || due > 0 || paid[k] > 0 {
			m.Parts = append(m.Parts, InvoicePart{Kind: payment.Kind(k), Due: due, Paid: paid[k], Receipted: receipted[k]})
		}
	}
	facts := EligibilityInvoice(inv)
	for _, sh := range inv.Edges.Shares {
		mc := MemberClaimable{BodyID: sh.BodyID, CategoryID: sh.ExpenseCategoryID}
		if sh.ExpenseCategoryID != nil && cl != nil {
			eligible, ok := vatEligible[*sh.ExpenseCategoryID]
			if ok {
				mc.VATEligible = eligible
				mc.Now = eligibility.MemberClaimable(facts, string(sh.BodyID), eligible, cl.EligibleUntil)
				mc.WhenPaid = eligibility.MemberClaimableWhenPaid(facts, string(sh.BodyID), eligible)
			}
		}
		m.Claimable = append(m.Claimable, mc)
	}
	return m
}
