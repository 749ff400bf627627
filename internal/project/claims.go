package project

import (
	"context"
	"fmt"
	"slices"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
)

// ClaimInput opens an expense claim for a period.
type ClaimInput struct {
	ProjectID              pulid.ID
	PeriodStart, PeriodEnd civil.Date
	Narrative              string
}

// CreateClaim opens a draft expense claim, numbered after the project's
// previous ones. The lead manager may call it.
func (s *Service) CreateClaim(ctx context.Context, in ClaimInput) (*gen.ExpenseClaim, error) {
	c := s.db(ctx)
	p, err := c.Project.Get(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActCreate, scopeOf(p)); err != nil {
		return nil, err
	}
	if err := editable(p); err != nil {
		return nil, err
	}
	if err := checkPeriod(in.PeriodStart, in.PeriodEnd); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	n, err := c.ExpenseClaim.Query().Where(expenseclaim.ProjectID(p.ID)).Count(sys)
	if err != nil {
		return nil, err
	}
	return c.ExpenseClaim.Create().SetProjectID(p.ID).SetNumber(n + 1).SetPeriodStart(in.PeriodStart).
		SetPeriodEnd(in.PeriodEnd).SetNarrative(in.Narrative).Save(sys)
}

func checkPeriod(from, to civil.Date) error {
	switch {
	case from.IsZero() || !from.Valid():
		return invalid("periodStart", "claim.period", "Indicare l'inizio del periodo rendicontato.")
	case to.IsZero() || !to.Valid():
		return invalid("periodEnd", "claim.period", "Indicare la fine del periodo rendicontato.")
	case to.Before(from):
		return invalid("periodEnd", "claim.period_order", "La fine del periodo (%s) precede l'inizio (%s).", to.Italian(), from.Italian())
	}
	return nil
}

// UpdateClaim changes the period and narrative of a claim the lead may
// still edit (DRAFT or CHANGES_REQUESTED).
func (s *Service) UpdateClaim(ctx context.Context, id pulid.ID, in ClaimInput) (*gen.ExpenseClaim, error) {
	cl, err := s.editableClaim(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := checkPeriod(in.PeriodStart, in.PeriodEnd); err != nil {
		return nil, err
	}
	return cl.Update().SetPeriodStart(in.PeriodStart).SetPeriodEnd(in.PeriodEnd).SetNarrative(in.Narrative).Save(authz.Elevate(ctx))
}

// editableClaim loads a claim the viewer may edit now.
func (s *Service) editableClaim(ctx context.Context, id pulid.ID) (*gen.ExpenseClaim, error) {
	cl, err := s.db(ctx).ExpenseClaim.Query().Where(expenseclaim.ID(id)).
		WithProject(func(q *gen.ProjectQuery) { q.WithCall() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActUpdate, scope(cl.TenantAggregationID, cl.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := editable(cl.Edges.Project); err != nil {
		return nil, err
	}
	if cl.Status != expenseclaim.StatusDRAFT && cl.Status != expenseclaim.StatusCHANGES_REQUESTED {
		return nil, conflict("claim.frozen", "Il rendiconto è %s: non si modifica.", lifecycle.ExpenseClaim.Label(string(cl.Status)))
	}
	return cl, nil
}

// ItemInput is an expense to claim: one member's share of a paid invoice,
// charged to a category (and optionally a line).
type ItemInput struct {
	InvoiceID          pulid.ID
	BodyID             pulid.ID
	ExpenseCategoryID  pulid.ID
	InterventionLineID *pulid.ID
	ClaimedCents       int64
}

// AddExpenseItems adds expenses to an editable claim, all or none. Each must
// be eligible: an invoice of the project matched to a contract by a valid
// CIG, with the project's CUP, issued inside the call's eligibility window
// and by the end of the period, paid with a receipted mandate inside the
// window; a category of the call the member has money in; not claimed
// already; at most the member's paid share of the invoice; and the
// member's claims in the category at most its allocation less what was
// admitted or is under review. An ineligible item is INVALID naming the
// item, the invoice, the member and the rule. The lead manager may call it.
func (s *Service) AddExpenseItems(ctx context.Context, claimID pulid.ID, items []ItemInput) ([]*gen.ExpenseItem, error) {
	cl, err := s.editableClaim(ctx, claimID)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, invalid("items", "claim.no_items", "Indicare almeno una spesa.")
	}
	p := cl.Edges.Project
	call := p.Edges.Call
	c := s.db(ctx)
	sys := authz.Elevate(ctx)
	bodies, _, err := s.members(ctx, p)
	if err != nil {
		return nil, err
	}
	cats, err := call.QueryExpenseCategories().All(sys)
	if err != nil {
		return nil, err
	}
	catName := map[pulid.ID]string{}
	for _, k := range cats {
		catName[k.ID] = k.Name
	}
	lines, err := call.QueryInterventionLines().IDs(sys)
	if err != nil {
		return nil, err
	}
	// Headroom per member × category: allocation − admitted − claimed in
	// claims not closed (this one included).
	type key struct{ body, cat pulid.ID }
	room := map[key]int64{}
	allocs, err := c.Allocation.Query().Where(allocation.ProjectID(p.ID)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, a := range allocs {
		room[key{a.BodyID, a.ExpenseCategoryID}] += a.AmountCents
	}
	used, err := c.ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(p.ID), expenseclaim.StatusNEQ(expenseclaim.StatusREJECTED))).
		WithClaim().All(sys)
	if err != nil {
		return nil, err
	}
	claimed := map[key]bool{} // invoice × body already claimed
	for _, it := range used {
		closed := it.Edges.Claim.Status == expenseclaim.StatusACCEPTED || it.Edges.Claim.Status == expenseclaim.StatusPARTIALLY_ACCEPTED
		amount := it.ClaimedCents
		if closed && it.AdmittedCents != nil {
			amount = *it.AdmittedCents
		}
		room[key{it.BodyID, it.ExpenseCategoryID}] -= amount
		if !(closed && it.AdmittedCents != nil && *it.AdmittedCents == 0) {
			claimed[key{it.InvoiceID, it.BodyID}] = true
		}
	}

	// The invoices claimed, each read once however many members it is
	// claimed for.
	var ids []pulid.ID
	for _, in := range items {
		ids = append(ids, in.InvoiceID)
	}
	invs, err := c.Invoice.Query().Where(invoice.IDIn(ids...), invoice.ProjectID(p.ID)).WithPayments().
		WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).All(sys)
	if err != nil {
		return nil, err
	}
	invoiceByID := make(map[pulid.ID]*gen.Invoice, len(invs))
	for _, inv := range invs {
		invoiceByID[inv.ID] = inv
	}
	creates := make([]*gen.ExpenseItemCreate, 0, len(items))
	for i, in := range items {
		inv := invoiceByID[in.InvoiceID]
		if inv == nil {
			return nil, invalid("items", "expense.invoice_not_in_project", "Spesa %d: la fattura non appartiene al progetto.", i+1)
		}
		b := bodies[in.BodyID]
		what := fmt.Sprintf("Spesa %d (fattura n. %s del %s", i+1, inv.Number, inv.IssuedOn.Italian())
		if b != nil {
			what += ", " + b.Name
		}
		what += ")"
		fail := func(rule, format string, args ...any) error {
			return invalid("items", rule, "%s: %s", what, fmt.Sprintf(format, args...))
		}
		if b == nil {
			return nil, fail("expense.not_member", "l'ente non fa parte dell'aggregazione.")
		}
		if _, ok := catName[in.ExpenseCategoryID]; !ok {
			return nil, fail("expense.category_not_in_call", "la categoria di spesa non è prevista dal bando.")
		}
		if in.InterventionLineID != nil && !slices.Contains(lines, *in.InterventionLineID) {
			return nil, fail("expense.line_not_in_call", "la linea di intervento non è prevista dal bando.")
		}
		if in.ClaimedCents <= 0 {
			return nil, fail("expense.amount", "l'importo rendicontato deve essere positivo.")
		}
		if inv.Cig == "" || italy.ValidateCIG(inv.Cig) != nil || inv.ContractID == nil {
			return nil, fail("expense.cig", "la fattura non ha un CIG valido collegato a un contratto del progetto.")
		}
		if inv.Cup != p.Cup {
			return nil, fail("expense.cup", "la fattura non riporta il CUP del progetto (%s).", p.Cup)
		}
		if call.EligibleFrom != nil && inv.IssuedOn.Before(*call.EligibleFrom) {
			return nil, fail("expense.before_window", "la fattura precede l'inizio dell'ammissibilità delle spese (%s).", call.EligibleFrom.Italian())
		}
		if call.EligibleUntil != nil && inv.IssuedOn.After(*call.EligibleUntil) {
			return nil, fail("expense.after_window", "la fattura segue la fine dell'ammissibilità delle spese (%s).", call.EligibleUntil.Italian())
		}
		if inv.IssuedOn.After(cl.PeriodEnd) {
			return nil, fail("expense.after_period", "la fattura segue la fine del periodo rendicontato (%s).", cl.PeriodEnd.Italian())
		}
		var paid int64
		var proof *gen.Payment
		for _, py := range inv.Edges.Payments {
			if py.ReceiptDate == nil {
				continue
			}
			if call.EligibleUntil != nil && py.ReceiptDate.After(*call.EligibleUntil) {
				continue
			}
			paid += py.AmountCents
			if proof == nil || py.ReceiptDate.After(*proof.ReceiptDate) {
				proof = py
			}
		}
		if proof == nil {
			return nil, fail("expense.not_paid", "la fattura non ha un pagamento quietanzato entro la fine dell'ammissibilità.")
		}
		var share, shareTotal int64
		w := make([]int64, len(inv.Edges.Shares))
		idx := -1
		for j, sh := range inv.Edges.Shares {
			w[j] = sh.AmountCents
			shareTotal += sh.AmountCents
			if sh.BodyID == in.BodyID {
				idx = j
				if sh.ExpenseCategoryID != nil && *sh.ExpenseCategoryID != in.ExpenseCategoryID {
					return nil, fail("expense.category_mismatch", "il contratto imputa la spesa alla categoria «%s».", catName[*sh.ExpenseCategoryID])
				}
			}
		}
		if idx < 0 {
			return nil, fail("expense.no_share", "la fattura non ha una quota a carico dell'ente.")
		}
		parts, err := money.SplitLargestRemainder(min(paid, shareTotal), w)
		if err != nil {
			return nil, err
		}
		share = parts[idx]
		k := key{in.BodyID, in.ExpenseCategoryID}
		if _, ok := room[k]; !ok {
			return nil, fail("expense.no_allocation", "l'ente non ha una quota assegnata nella categoria «%s».", catName[in.ExpenseCategoryID])
		}
		if claimed[key{inv.ID, in.BodyID}] {
			return nil, fail("expense.already_claimed", "la quota dell'ente su questa fattura è già rendicontata.")
		}
		if in.ClaimedCents > share {
			return nil, fail("expense.above_paid_share", "si rendicontano %s ma la quota pagata a carico dell'ente è %s.",
				money.FormatEUR(in.ClaimedCents), money.FormatEUR(share))
		}
		if in.ClaimedCents > room[k] {
			return nil, fail("expense.above_allocation", "si rendicontano %s ma nella categoria «%s» restano %s (quota assegnata meno spese ammesse o in controllo): eccedenza %s.",
				money.FormatEUR(in.ClaimedCents), catName[in.ExpenseCategoryID], money.FormatEUR(max(room[k], 0)), money.FormatEUR(in.ClaimedCents-max(room[k], 0)))
		}
		room[k] -= in.ClaimedCents
		claimed[key{inv.ID, in.BodyID}] = true
		creates = append(creates, c.ExpenseItem.Create().SetClaimID(cl.ID).SetInvoiceID(inv.ID).SetPaymentID(proof.ID).
			SetBodyID(in.BodyID).SetExpenseCategoryID(in.ExpenseCategoryID).SetNillableInterventionLineID(in.InterventionLineID).
			SetClaimedCents(in.ClaimedCents))
	}
	var out []*gen.ExpenseItem
	err = bulk(sys, creates, func(b []*gen.ExpenseItemCreate) error {
		saved, err := c.ExpenseItem.CreateBulk(b...).Save(sys)
		out = append(out, saved...)
		return err
	})
	return out, err
}

// RemoveExpenseItem removes an expense from an editable claim.
func (s *Service) RemoveExpenseItem(ctx context.Context, id pulid.ID) (pulid.ID, error) {
	it, err := s.db(ctx).ExpenseItem.Get(ctx, id)
	if err != nil {
		return "", err
	}
	if _, err := s.editableClaim(ctx, it.ClaimID); err != nil {
		return "", err
	}
	return id, s.db(ctx).ExpenseItem.DeleteOneID(id).Exec(authz.Elevate(ctx))
}

// SubmitClaim sends a claim to the Region: it must hold at least one
// expense; from now on it is frozen until a reviewer asks for changes. On
// a resubmission the previous decisions are cleared for the new review.
// The user who submits becomes the declarant of the report: submitted_by,
// declarant_name (the display name) and declarant_role (DeclarantRole of
// the job title) are recorded. The lead manager may call it.
func (s *Service) SubmitClaim(ctx context.Context, id pulid.ID) (*gen.ExpenseClaim, error) {
	cl, err := s.editableClaim(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActSubmit, scope(cl.TenantAggregationID, cl.TenantRegionID)); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	n, err := cl.QueryItems().Count(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, invalid("items", "claim.empty", "Il rendiconto non contiene spese.")
	}
	if strings.TrimSpace(cl.Narrative) == "" {
		return nil, invalid("narrative", "claim.narrative", "Scrivere la relazione sull'avanzamento del periodo.")
	}
	if cl.Status == expenseclaim.StatusCHANGES_REQUESTED {
		if _, err := s.db(ctx).ExpenseItem.Update().Where(expenseitem.ClaimID(cl.ID)).
			SetDecision(expenseitem.DecisionPENDING).ClearAdmittedCents().ClearCutReason().Save(sys); err != nil {
			return nil, err
		}
	}
	if cl.Status == expenseclaim.StatusDRAFT && cl.TenantRegionID != "" {
		// The Region sees the items from now on: they get its scope, which
		// a draft's items lack (rule.TenantHook).
		if err := s.db(ctx).ExpenseItem.Update().Where(expenseitem.ClaimID(cl.ID)).
			Modify(func(u *entsql.UpdateBuilder) { u.Set(expenseitem.FieldTenantRegionID, cl.TenantRegionID) }).
			Exec(sys); err != nil {
			return nil, err
		}
	}
	// The person who submits is the declarant of the report (D.P.R.
	// 445/2000, art. 47): name and role as they stand today are kept with
	// the claim, so that the report prints them even if the account
	// changes. The system (CLI, seeds) submits as nobody.
	up := cl.Update().SetStatus(expenseclaim.StatusSUBMITTED).SetSubmittedAt(s.now())
	if v := authz.FromContext(ctx); v == nil || v.UserID == "" {
		up.ClearSubmittedByID().ClearDeclarantName().ClearDeclarantRole()
	} else {
		u, err := s.db(ctx).User.Get(sys, v.UserID)
		if err != nil {
			return nil, err
		}
		ag, err := s.db(ctx).Aggregation.Get(sys, pulid.ID(cl.TenantAggregationID))
		if err != nil {
			return nil, err
		}
		lead, err := ag.QueryLead().Only(sys)
		if err != nil {
			return nil, err
		}
		up.SetSubmittedByID(u.ID).SetDeclarantName(strings.TrimSpace(u.DisplayName)).
			SetDeclarantRole(DeclarantRole(u.JobTitle, lead.Name, ag.Name))
	}
	saved, err := up.Save(sys)
	if err != nil {
		return nil, err
	}
	if s.freezer != nil {
		// The report as submitted is stored once, in the same transaction.
		if err := s.freezer.FreezeClaim(ctx, saved.ID); err != nil {
			return nil, fmt.Errorf("freezing the claim report: %w", err)
		}
	}
	return saved, nil
}
