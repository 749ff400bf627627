package claims

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
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/eligibility"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/variation"
)

// ClaimInput opens an expense claim for a period.
type ClaimInput struct {
	ProjectID              pulid.ID
	PeriodStart, PeriodEnd civil.Date
	Narrative              string
	// Version is, for an update, the claim's version as read: a stale one
	// is a CONFLICT (version.stale) and nothing is saved; nil overwrites.
	Version *int
}

// CreateExpenseClaim opens a draft expense claim, numbered after the project's
// previous ones. The lead manager may call it.
func (s *Service) CreateExpenseClaim(ctx context.Context, in ClaimInput) (*gen.ExpenseClaim, error) {
	c := s.Client(ctx)
	p, err := c.Project.Get(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActCreate, projectsvc.ScopeOf(p)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(p); err != nil {
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
		return apperr.Invalidf("periodStart", "claim.period", "Indica l'inizio del periodo rendicontato.")
	case to.IsZero() || !to.Valid():
		return apperr.Invalidf("periodEnd", "claim.period", "Indica la fine del periodo rendicontato.")
	case to.Before(from):
		return apperr.Invalidf("periodEnd", "claim.period_order", "La fine del periodo (%s) precede l'inizio (%s).", to.Italian(), from.Italian())
	}
	return nil
}

// UpdateExpenseClaim changes the period and narrative of a claim the lead may
// still edit (DRAFT or CHANGES_REQUESTED).
func (s *Service) UpdateExpenseClaim(ctx context.Context, id pulid.ID, in ClaimInput) (*gen.ExpenseClaim, error) {
	cl, err := s.editableClaim(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := checkPeriod(in.PeriodStart, in.PeriodEnd); err != nil {
		return nil, err
	}
	u := cl.Update().SetPeriodStart(in.PeriodStart).SetPeriodEnd(in.PeriodEnd).SetNarrative(in.Narrative)
	if in.Version != nil {
		u.SetVersion(*in.Version) // applied only at that version (hooks.OptimisticLock)
	}
	return u.Save(authz.Elevate(ctx))
}

// editableClaim loads a claim the viewer may edit now.
func (s *Service) editableClaim(ctx context.Context, id pulid.ID) (*gen.ExpenseClaim, error) {
	cl, err := s.Client(ctx).ExpenseClaim.Query().Where(expenseclaim.ID(id)).
		WithProject(func(q *gen.ProjectQuery) { q.WithCall() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActUpdate, projectsvc.Scope(cl.TenantAggregationID, cl.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(cl.Edges.Project); err != nil {
		return nil, err
	}
	if cl.Status != expenseclaim.StatusDRAFT && cl.Status != expenseclaim.StatusCHANGES_REQUESTED {
		return nil, apperr.Conflictf("claim.frozen", "Il rendiconto è %s: non si modifica.", lifecycle.ExpenseClaim.Label(string(cl.Status)))
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
// be eligible (internal/eligibility): an invoice of the project (not a
// credit note, in euro or converted by a recorded act) matched to a
// contract by a valid CIG, with the project's CUP, issued inside the call's
// eligibility window and by the end of the period, paid with a receipted
// mandate inside the window; a category of the call the member has money
// in; not claimed already; at most the member's part of what may be claimed
// of the invoice in the category (what was paid and receipted, credit notes
// netted, without stamp duty, VAT only where the category admits it and,
// under split payment, once its F24 is receipted); and the member's claims
// in the category at most its allocation less what was admitted or is under
// review. The inputs are read with a constant number of statements however
// many items, invoices and members the request names.
//
// It returns INVALID (rule claim.no_items, or the first failure's rule with
// every failure in the error's details: item, invoice, member, rule and
// amount) when anything is ineligible, CONFLICT when the claim is frozen or
// the project not running. The lead manager may call it.
func (s *Service) AddExpenseItems(ctx context.Context, claimID pulid.ID, items []ItemInput) ([]*gen.ExpenseItem, error) {
	cl, err := s.editableClaim(ctx, claimID)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, apperr.Invalidf("items", "claim.no_items", "Indica almeno una spesa.")
	}
	if len(items) > maxClaimItems {
		return nil, apperr.Invalidf("items", "claim.too_many_items", "Si possono aggiungere al massimo %d spese per volta (ne sono state indicate %d).", maxClaimItems, len(items))
	}
	for i, in := range items {
		// Not positive is one of the eligibility rules (expense.amount).
		if in.ClaimedCents > money.MaxCents {
			return nil, apperr.Invalidf("items", "money.too_large", "Spesa %d: l'importo %s supera il massimo ammesso (%s).",
				i+1, money.FormatEUR(in.ClaimedCents), money.FormatEUR(money.MaxCents))
		}
	}
	req, invs, err := s.eligibilityRequest(ctx, cl, items)
	if err != nil {
		return nil, err
	}
	accepted, failures := eligibility.Check(req)
	if len(failures) > 0 {
		return nil, ineligible(failures)
	}
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	creates := make([]*gen.ExpenseItemCreate, 0, len(items))
	for i, in := range items {
		creates = append(creates, c.ExpenseItem.Create().SetClaimID(cl.ID).SetInvoiceID(invs[in.InvoiceID].ID).
			SetPaymentID(pulid.ID(accepted[i].Proof)).SetBodyID(in.BodyID).SetExpenseCategoryID(in.ExpenseCategoryID).
			SetNillableInterventionLineID(in.InterventionLineID).SetClaimedCents(in.ClaimedCents))
	}
	var out []*gen.ExpenseItem
	err = db.InBatches(creates, func(b []*gen.ExpenseItemCreate) error {
		saved, err := c.ExpenseItem.CreateBulk(b...).Save(sys)
		out = append(out, saved...)
		return err
	})
	return out, err
}

// maxClaimItems bounds one AddExpenseItems request: a claim of every
// member's share of a few invoices of a large aggregation fits.
const maxClaimItems = 2000

// ineligible is the refusal of a request with ineligible expenses: every
// failure, one per line, the first one's rule, and each as a detail.
func ineligible(failures []eligibility.Failure) error {
	lines := make([]string, len(failures))
	details := make([]apperr.Detail, len(failures))
	for i, f := range failures {
		lines[i] = f.Message
		facts := map[string]any{"item": f.Item, "amountCents": f.Amount}
		if f.InvoiceID != "" {
			facts["invoiceID"] = f.InvoiceID
		}
		if f.Body != "" {
			facts["bodyID"] = f.Body
		}
		details[i] = apperr.Detail{Rule: f.Rule, Message: f.Message, Field: "items", Facts: facts}
	}
	return &apperr.Error{Code: apperr.Invalid, Field: "items", Rule: failures[0].Rule, Message: strings.Join(lines, "\n"), Details: details}
}

// eligibilityRequest reads what the eligibility rules need for items of a
// claim, with a constant number of statements: the members, the call's
// categories and lines, the allocations, the project's expenses already
// claimed (with their claims), and the invoices named with their payments
// and shares. It returns the request and the invoices by ID.
func (s *Service) eligibilityRequest(ctx context.Context, cl *gen.ExpenseClaim, items []ItemInput) (eligibility.Request, map[pulid.ID]*gen.Invoice, error) {
	p := cl.Edges.Project
	call := p.Edges.Call
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	req := eligibility.Request{
		Claim: eligibility.Claim{PeriodEnd: cl.PeriodEnd, EligibleFrom: call.EligibleFrom, EligibleUntil: call.EligibleUntil, CUP: p.Cup},
		Room:  map[eligibility.Key]int64{}, Claimed: map[eligibility.Claimed]bool{},
	}
	bodies, _, err := projectsvc.Members(ctx, s.Client(ctx), p)
	if err != nil {
		return req, nil, err
	}
	cats, err := call.QueryExpenseCategories().All(sys)
	if err != nil {
		return req, nil, err
	}
	categories := make(map[pulid.ID]*eligibility.Category, len(cats))
	for _, k := range cats {
		categories[k.ID] = &eligibility.Category{ID: string(k.ID), Name: k.Name, VATEligible: k.VatEligible}
	}
	lines, err := call.QueryInterventionLines().IDs(sys)
	if err != nil {
		return req, nil, err
	}
	if err := roomAndClaimed(sys, c, p.ID, &req); err != nil {
		return req, nil, err
	}
	// The invoices claimed, each read once however many members it is
	// claimed for.
	ids := make([]pulid.ID, 0, len(items))
	for _, in := range items {
		ids = append(ids, in.InvoiceID)
	}
	invs, err := c.Invoice.Query().Where(invoice.IDIn(ids...), invoice.ProjectID(p.ID)).WithPayments().
		WithShares(func(q *gen.InvoiceShareQuery) { q.Order(invoiceshare.ByBodyID()) }).All(sys)
	if err != nil {
		return req, nil, err
	}
	byID := make(map[pulid.ID]*gen.Invoice, len(invs))
	facts := make(map[pulid.ID]*eligibility.Invoice, len(invs))
	for _, inv := range invs {
		byID[inv.ID] = inv
		facts[inv.ID] = invoicing.EligibilityInvoice(inv)
	}
	req.Items = make([]eligibility.Item, len(items))
	for i, in := range items {
		it := eligibility.Item{Invoice: facts[in.InvoiceID], Body: string(in.BodyID), Category: categories[in.ExpenseCategoryID],
			LineOutsideCall: in.InterventionLineID != nil && !slices.Contains(lines, *in.InterventionLineID), Claimed: in.ClaimedCents}
		if b := bodies[in.BodyID]; b != nil {
			it.Member = &eligibility.Member{ID: string(b.ID), Name: b.Name}
		}
		req.Items[i] = it
	}
	return req, byID, nil
}

// roomAndClaimed fills a request's room per member × category (allocation
// − admitted − claimed in claims not closed, this one included) and the
// members' shares of invoices already claimed.
func roomAndClaimed(sys context.Context, c *gen.Client, projectID pulid.ID, req *eligibility.Request) error {
	allocs, err := c.Allocation.Query().Where(allocation.ProjectID(projectID)).All(sys)
	if err != nil {
		return err
	}
	for _, a := range allocs {
		req.Room[eligibility.Key{Body: string(a.BodyID), Category: string(a.ExpenseCategoryID)}] += a.AmountCents
	}
	used, err := c.ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(projectID), expenseclaim.StatusNEQ(expenseclaim.StatusREJECTED))).
		WithClaim().All(sys)
	if err != nil {
		return err
	}
	for _, it := range used {
		closed := it.Edges.Claim.Status == expenseclaim.StatusACCEPTED || it.Edges.Claim.Status == expenseclaim.StatusPARTIALLY_ACCEPTED
		amount := it.ClaimedCents
		if closed && it.AdmittedCents != nil {
			amount = *it.AdmittedCents
		}
		k := eligibility.Key{Body: string(it.BodyID), Category: string(it.ExpenseCategoryID)}
		if _, ok := req.Room[k]; ok {
			req.Room[k] -= amount
		}
		if !(closed && it.AdmittedCents != nil && *it.AdmittedCents == 0) {
			req.Claimed[eligibility.Claimed{Invoice: string(it.InvoiceID), Body: string(it.BodyID)}] = true
		}
	}
	return nil
}

// RemoveExpenseItem removes an expense from an editable claim.
func (s *Service) RemoveExpenseItem(ctx context.Context, id pulid.ID) (pulid.ID, error) {
	it, err := s.Client(ctx).ExpenseItem.Get(ctx, id)
	if err != nil {
		return "", err
	}
	if _, err := s.editableClaim(ctx, it.ClaimID); err != nil {
		return "", err
	}
	return id, s.Client(ctx).ExpenseItem.DeleteOneID(id).Exec(authz.Elevate(ctx))
}

// SubmitExpenseClaim sends a claim to the Region: it must hold at least one
// expense; from now on it is frozen until a reviewer asks for changes. On
// a resubmission the previous decisions are cleared for the new review.
// The user who submits becomes the declarant of the report: submitted_by,
// declarant_name (the display name) and declarant_role (DeclarantRole of
// the job title) are recorded. The lead manager may call it.
func (s *Service) SubmitExpenseClaim(ctx context.Context, id pulid.ID) (*gen.ExpenseClaim, error) {
	cl, err := s.editableClaim(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActSubmit, projectsvc.Scope(cl.TenantAggregationID, cl.TenantRegionID)); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	n, err := cl.QueryItems().Count(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.Invalidf("items", "claim.empty", "Il rendiconto non contiene spese.")
	}
	if strings.TrimSpace(cl.Narrative) == "" {
		return nil, apperr.Invalidf("narrative", "claim.narrative", "Scrivere la relazione sull'avanzamento del periodo.")
	}
	if cl.Status == expenseclaim.StatusCHANGES_REQUESTED {
		if _, err := s.Client(ctx).ExpenseItem.Update().Where(expenseitem.ClaimID(cl.ID)).
			SetDecision(expenseitem.DecisionPENDING).ClearAdmittedCents().ClearCutReason().Save(sys); err != nil {
			return nil, err
		}
	}
	if cl.Status == expenseclaim.StatusDRAFT && cl.TenantRegionID != "" {
		// The Region sees the items from now on: they get its scope, which
		// a draft's items lack (rule.TenantHook).
		if err := s.Client(ctx).ExpenseItem.Update().Where(expenseitem.ClaimID(cl.ID)).
			Modify(func(u *entsql.UpdateBuilder) { u.Set(expenseitem.FieldTenantRegionID, cl.TenantRegionID) }).
			Exec(sys); err != nil {
			return nil, err
		}
	}
	// The person who submits is the declarant of the report (D.P.R.
	// 445/2000, art. 47): name and role as they stand today are kept with
	// the claim, so that the report prints them even if the account
	// changes. The system (CLI, seeds) submits as nobody.
	up := cl.Update().SetStatus(expenseclaim.StatusSUBMITTED).SetSubmittedAt(s.Now())
	if cl.PlanVersion == nil {
		// The claim keeps the plan version in force when it is first
		// submitted, whatever variation comes after (a resubmission after
		// changes keeps it too).
		plan, err := variation.PlanAt(sys, s.Client(ctx), cl.ProjectID, s.Today())
		if err != nil {
			return nil, err
		}
		up.SetPlanVersion(plan.Number)
	}
	if v := authz.FromContext(ctx); v == nil || v.UserID == "" {
		up.ClearSubmittedByID().ClearDeclarantName().ClearDeclarantRole()
	} else {
		u, err := s.Client(ctx).User.Get(sys, v.UserID)
		if err != nil {
			return nil, err
		}
		ag, err := s.Client(ctx).Aggregation.Get(sys, pulid.ID(cl.TenantAggregationID))
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
