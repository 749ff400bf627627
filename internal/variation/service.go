package variation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/planversion"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/gen/variationallocation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/lifecycle"
)

// The kinds of variation.
const (
	KindReplan               = "REPLAN"
	KindEndDateExtension     = "END_DATE_EXTENSION"
	KindMemberWithdrawal     = "MEMBER_WITHDRAWAL"
	KindMemberAccession      = "MEMBER_ACCESSION"
	KindLeadChange           = "LEAD_CHANGE"
	KindContractModification = "CONTRACT_MODIFICATION"
)

// Kinds lists the kinds of variation in their order.
var Kinds = []string{KindReplan, KindEndDateExtension, KindMemberWithdrawal, KindMemberAccession, KindLeadChange, KindContractModification}

// Limits on what one request may carry, checked before any work.
const (
	MaxReasonRunes  = 4000
	MaxModsPerCall  = 64
	maxRowsPerEntry = 64 // × categories × lines of the call
)

// DiscretionReason is the decision reason of a variation the lead applied
// alone, within the call's free-move limit.
const DiscretionReason = "Entro le regole del bando: non richiede l'approvazione della Regione"

// ContractModifications makes proposed contract modifications effective
// (internal/contracting). ApplyModification runs in ctx's transaction and
// fails with INVALID when a member's commitment would exceed its
// allocation in force.
type ContractModifications interface {
	ApplyModification(ctx context.Context, id pulid.ID) error
}

// Freezer stores the frozen PDFs of a variation: the request as submitted
// and the decision (internal/reports implements it). Each call runs in
// ctx's transaction, as the viewer of ctx.
type Freezer interface {
	FreezeVariationRequest(ctx context.Context, id pulid.ID) error
	FreezeVariationDecision(ctx context.Context, id pulid.ID) error
}

// Service runs variations.
type Service struct {
	db.Base
	mods    ContractModifications
	freezer Freezer
	store   docstore.Store
}

// NewService returns the variation service. now is the server clock (nil
// for time.Now).
func NewService(client *gen.Client, now func() time.Time) *Service {
	return &Service{Base: db.NewBase(client, now)}
}

// WithContractModifications lets variations of kind CONTRACT_MODIFICATION
// make contract modifications effective; without it they are INVALID
// (variation.contract_modifications_unavailable).
func (s *Service) WithContractModifications(m ContractModifications) *Service {
	s.mods = m
	return s
}

// WithFreezer makes Submit store the request as submitted and Decide (and
// a re-plan applied at submission) the decision, in the same transaction:
// a failure to freeze fails the submission or the decision.
func (s *Service) WithFreezer(f Freezer) *Service {
	s.freezer = f
	return s
}

// WithStore keeps the files the lead attaches to a variation.
func (s *Service) WithStore(st docstore.Store) *Service {
	s.store = st
	return s
}

// freezeRequest stores the request of a variation just submitted.
func (s *Service) freezeRequest(ctx context.Context, v *gen.Variation) error {
	if s.freezer == nil {
		return nil
	}
	if err := s.freezer.FreezeVariationRequest(ctx, v.ID); err != nil {
		return fmt.Errorf("freezing the request of variation %s: %w", v.ID, err)
	}
	return nil
}

// freezeDecision stores the decision on a variation just decided.
func (s *Service) freezeDecision(ctx context.Context, v *gen.Variation) error {
	if s.freezer == nil {
		return nil
	}
	if err := s.freezer.FreezeVariationDecision(ctx, v.ID); err != nil {
		return fmt.Errorf("freezing the decision on variation %s: %w", v.ID, err)
	}
	return nil
}

// Input is a variation's request as the lead writes it. Nil fields of an
// update keep the old value; the Clear flags empty one.
type Input struct {
	Kinds                  []string
	Reason                 *string
	RequestedEndsOn        *civil.Date
	LeavingBodyID          *pulid.ID
	JoiningBodyID          *pulid.ID
	NewLeadBodyID          *pulid.ID
	RequestedEffectiveFrom *civil.Date
	// Allocations is the complete plan after the change; nil keeps it (on
	// update), an empty list means the plan does not change.
	Allocations             []Row
	ContractModificationIDs []string

	ClearRequestedEndsOn, ClearLeavingBody, ClearJoiningBody, ClearNewLeadBody, ClearRequestedEffectiveFrom bool
}

func scopeOf(p *gen.Project) authz.Scope {
	return authz.Scope{AggregationID: pulid.ID(p.TenantAggregationID), RegionBodyID: pulid.ID(p.TenantRegionID)}
}

// checkInput refuses, before any work, a request larger than the limits:
// the reason's length, the rows of the plan, the kinds and modifications.
func checkInput(in Input, categories, lines int) error {
	if in.Reason != nil {
		r := strings.TrimSpace(*in.Reason)
		in.Reason = &r
		if r == "" {
			return apperr.InvalidField("reason", "variation.reason", "Indica il motivo della variazione.")
		}
		if utf8.RuneCountInString(r) > MaxReasonRunes {
			return apperr.InvalidField("reason", "variation.reason_too_long", fmt.Sprintf("Il motivo supera i %d caratteri.", MaxReasonRunes))
		}
	}
	if limit := maxRowsPerEntry * max(categories, 1) * max(lines, 1); len(in.Allocations) > limit {
		return apperr.InvalidField("allocations", "variation.too_many_rows",
			fmt.Sprintf("Il piano ha %d righe: al massimo %d.", len(in.Allocations), limit))
	}
	if len(in.ContractModificationIDs) > MaxModsPerCall {
		return apperr.InvalidField("contractModificationIDs", "variation.too_many_modifications",
			fmt.Sprintf("Al massimo %d modifiche contrattuali per variazione.", MaxModsPerCall))
	}
	if in.Kinds != nil {
		if len(in.Kinds) == 0 {
			return apperr.InvalidField("kinds", "variation.kinds", "Indica almeno un tipo di variazione.")
		}
		seen := map[string]bool{}
		for _, k := range in.Kinds {
			if !slices.Contains(Kinds, k) {
				return apperr.InvalidField("kinds", "variation.kinds", fmt.Sprintf("Tipo di variazione sconosciuto: %s.", k))
			}
			if seen[k] {
				return apperr.InvalidField("kinds", "variation.kinds", fmt.Sprintf("Tipo di variazione ripetuto: %s.", k))
			}
			seen[k] = true
		}
	}
	return nil
}

// checkRows bounds a plan's rows by the size of the project's call, and
// refuses, before anything is written, a row naming a category or line
// that is not the call's (another call's, another tenant's).
func (s *Service) checkRows(ctx context.Context, p *gen.Project, in Input) error {
	c := s.Client(ctx)
	cl, err := c.Call.Query().Where(call.ID(p.CallID)).WithExpenseCategories().WithInterventionLines().Only(authz.Elevate(ctx))
	if err != nil {
		return err
	}
	if err := checkInput(in, len(cl.Edges.ExpenseCategories), len(cl.Edges.InterventionLines)); err != nil {
		return err
	}
	return rowRefs(in.Allocations, cl)
}

func rowRefs(rows []Row, cl *gen.Call) error {
	cats, lines := map[pulid.ID]bool{}, map[pulid.ID]bool{}
	for _, k := range cl.Edges.ExpenseCategories {
		cats[k.ID] = true
	}
	for _, l := range cl.Edges.InterventionLines {
		lines[l.ID] = true
	}
	for i, r := range rows {
		switch {
		case !cats[r.ExpenseCategoryID]:
			return apperr.InvalidField("expenseCategoryID", "allocation.category_not_in_call", fmt.Sprintf("Riga %d: la categoria non è prevista dal bando.", i+1))
		case r.InterventionLineID != nil && !lines[*r.InterventionLineID]:
			return apperr.InvalidField("interventionLineID", "allocation.line_not_in_call", fmt.Sprintf("Riga %d: la linea di intervento non è prevista dal bando.", i+1))
		}
	}
	return nil
}

// editableProject loads a project the lead may change: ACTIVE or SUSPENDED.
func (s *Service) editableProject(ctx context.Context, id pulid.ID, act string) (*gen.Project, error) {
	p, err := s.Client(ctx).Project.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Variation", act, scopeOf(p)); err != nil {
		return nil, err
	}
	if p.Status != "ACTIVE" && p.Status != "SUSPENDED" {
		return nil, &apperr.Error{Code: apperr.Conflict, Rule: "variation.project_frozen", Message: fmt.Sprintf(
			"Il progetto è %s: non si chiedono più variazioni.", lifecycle.Project.Label(string(p.Status)))}
	}
	return p, nil
}

// Create drafts a variation of a project. The lead manager of the
// project's aggregation may call it while the project is ACTIVE or
// SUSPENDED; it returns NOT_FOUND for a project the viewer cannot read,
// FORBIDDEN without the role, CONFLICT for a project in another state and
// INVALID for a request beyond the limits (reason, rows, kinds). The rules
// of the request are not checked here: see Problems.
func (s *Service) Create(ctx context.Context, projectID pulid.ID, in Input) (*gen.Variation, error) {
	p, err := s.editableProject(ctx, projectID, authz.ActCreate)
	if err != nil {
		return nil, err
	}
	if in.Kinds == nil {
		in.Kinds = []string{}
	}
	if in.Reason == nil {
		empty := ""
		in.Reason = &empty
	}
	if err := s.checkRows(ctx, p, in); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	number := 1
	switch last, err := c.Variation.Query().Where(variation.ProjectID(p.ID)).Order(gen.Desc(variation.FieldNumber)).First(sys); {
	case err == nil:
		number = last.Number + 1
	case !gen.IsNotFound(err):
		return nil, err
	}
	v, err := c.Variation.Create().SetProjectID(p.ID).SetNumber(number).SetKinds(in.Kinds).
		SetReason(strings.TrimSpace(*in.Reason)).
		SetNillableRequestedEndsOn(in.RequestedEndsOn).SetNillableLeavingBodyID(in.LeavingBodyID).
		SetNillableJoiningBodyID(in.JoiningBodyID).SetNillableNewLeadBodyID(in.NewLeadBodyID).
		SetNillableRequestedEffectiveFrom(in.RequestedEffectiveFrom).
		SetContractModificationIds(in.ContractModificationIDs).Save(sys)
	if err != nil {
		return nil, err
	}
	if err := s.writeRows(sys, v.ID, in.Allocations); err != nil {
		return nil, err
	}
	return v, nil
}

func (s *Service) writeRows(ctx context.Context, id pulid.ID, rows []Row) error {
	c := s.Client(ctx)
	if _, err := c.VariationAllocation.Delete().Where(variationallocation.VariationID(id)).Exec(ctx); err != nil {
		return err
	}
	creates := make([]*gen.VariationAllocationCreate, 0, len(rows))
	for _, r := range rows {
		if r.AmountCents == 0 {
			continue
		}
		creates = append(creates, c.VariationAllocation.Create().SetVariationID(id).SetBodyID(r.BodyID).
			SetExpenseCategoryID(r.ExpenseCategoryID).SetNillableInterventionLineID(r.InterventionLineID).SetAmountCents(r.AmountCents))
	}
	for start := 0; start < len(creates); start += 200 {
		if err := c.VariationAllocation.CreateBulk(creates[start:min(start+200, len(creates))]...).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// load returns a variation with its project, and checks the viewer may act
// on it with act.
func (s *Service) load(ctx context.Context, id pulid.ID, act string) (*gen.Variation, *gen.Project, error) {
	v, err := s.Client(ctx).Variation.Query().Where(variation.ID(id)).WithProject().Only(ctx)
	if err != nil {
		return nil, nil, err
	}
	p := v.Edges.Project
	if p == nil { // never: whoever reads the variation reads its project
		return nil, nil, apperr.E(apperr.NotFound, "Progetto non trovato.")
	}
	if err := authz.Require(ctx, "Variation", act, scopeOf(p)); err != nil {
		return nil, nil, err
	}
	return v, p, nil
}

func stale(v *gen.Variation, version *int) error {
	if version != nil && *version != v.Version {
		return &apperr.Error{Code: apperr.Conflict, Rule: "version.stale",
			Message: "La variazione è stata modificata da un altro utente: ricaricala e riprova."}
	}
	return nil
}

// Update changes a draft variation. The project's lead manager may call
// it; it returns CONFLICT for a variation no longer a draft or changed
// since version, INVALID beyond the limits, FORBIDDEN, NOT_FOUND.
func (s *Service) Update(ctx context.Context, id pulid.ID, in Input, version *int) (*gen.Variation, error) {
	v, p, err := s.load(ctx, id, authz.ActUpdate)
	if err != nil {
		return nil, err
	}
	if err := stale(v, version); err != nil {
		return nil, err
	}
	if v.Status != variation.StatusDRAFT {
		return nil, &apperr.Error{Code: apperr.Conflict, Rule: "variation.frozen", Message: fmt.Sprintf(
			"La variazione è %s: non si modifica più.", lifecycle.Variation.Label(string(v.Status)))}
	}
	if _, err := s.editableProject(ctx, p.ID, authz.ActUpdate); err != nil {
		return nil, err
	}
	if err := s.checkRows(ctx, p, in); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	u := v.Update().SetVersion(v.Version)
	if in.Kinds != nil {
		u.SetKinds(in.Kinds)
	}
	if in.Reason != nil {
		u.SetReason(strings.TrimSpace(*in.Reason))
	}
	setDate(in.RequestedEndsOn, in.ClearRequestedEndsOn, u.SetRequestedEndsOn, u.ClearRequestedEndsOn)
	setDate(in.RequestedEffectiveFrom, in.ClearRequestedEffectiveFrom, u.SetRequestedEffectiveFrom, u.ClearRequestedEffectiveFrom)
	setID(in.LeavingBodyID, in.ClearLeavingBody, u.SetLeavingBodyID, u.ClearLeavingBodyID)
	setID(in.JoiningBodyID, in.ClearJoiningBody, u.SetJoiningBodyID, u.ClearJoiningBodyID)
	setID(in.NewLeadBodyID, in.ClearNewLeadBody, u.SetNewLeadBodyID, u.ClearNewLeadBodyID)
	if in.ContractModificationIDs != nil {
		u.SetContractModificationIds(in.ContractModificationIDs)
	}
	saved, err := u.Save(sys)
	if err != nil {
		return nil, err
	}
	if in.Allocations != nil {
		if err := s.writeRows(sys, v.ID, in.Allocations); err != nil {
			return nil, err
		}
	}
	return saved, nil
}

func setDate[U any](d *civil.Date, clear bool, set func(civil.Date) U, unset func() U) {
	switch {
	case d != nil:
		set(*d)
	case clear:
		unset()
	}
}

func setID[U any](id *pulid.ID, clear bool, set func(pulid.ID) U, unset func() U) {
	switch {
	case id != nil:
		set(*id)
	case clear:
		unset()
	}
}

// Withdraw withdraws a draft or requested variation before a decision. The
// project's lead manager may call it; it returns CONFLICT for a decided
// variation or a stale version.
func (s *Service) Withdraw(ctx context.Context, id pulid.ID, version *int) (*gen.Variation, error) {
	v, _, err := s.load(ctx, id, authz.ActUpdate)
	if err != nil {
		return nil, err
	}
	if err := stale(v, version); err != nil {
		return nil, err
	}
	if err := lifecycle.Variation.Check(string(v.Status), string(variation.StatusWITHDRAWN)); err != nil {
		return nil, err
	}
	return v.Update().SetVersion(v.Version).SetStatus(variation.StatusWITHDRAWN).Save(authz.Elevate(ctx))
}

// rowsOf reads a variation's proposed plan.
func (s *Service) rowsOf(ctx context.Context, id pulid.ID) ([]Row, error) {
	as, err := s.Client(ctx).VariationAllocation.Query().Where(variationallocation.VariationID(id)).All(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	rows := make([]Row, len(as))
	for i, a := range as {
		rows[i] = Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID, InterventionLineID: a.InterventionLineID, AmountCents: a.AmountCents}
	}
	sortRows(rows)
	return rows, nil
}

// Submit sends a draft variation to the Region. The project's lead manager
// may call it; it returns INVALID naming the first rule broken (see
// Problems), CONFLICT for a variation no longer a draft or a stale
// version. A variation whose only kind is REPLAN and whose moves stay
// within one member between categories, within the call's free-move limit
// of that member's allocation, is applied at once (APPROVED by the lead,
// DiscretionReason); anything else waits for the Region (REQUESTED).
func (s *Service) Submit(ctx context.Context, id pulid.ID, version *int) (*gen.Variation, error) {
	v, p, err := s.load(ctx, id, authz.ActSubmit)
	if err != nil {
		return nil, err
	}
	if err := stale(v, version); err != nil {
		return nil, err
	}
	if err := lifecycle.Variation.Check(string(v.Status), string(variation.StatusREQUESTED)); err != nil {
		return nil, err
	}
	if _, err := s.editableProject(ctx, p.ID, authz.ActSubmit); err != nil {
		return nil, err
	}
	ck, err := s.checker(ctx, p)
	if err != nil {
		return nil, err
	}
	rows, err := s.rowsOf(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	if ps := ck.problems(ctx, s, v, rows); len(ps) > 0 {
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: ps[0].Rule, Message: ps[0].Message}
	}
	sys := authz.Elevate(ctx)
	viewer := authz.FromContext(ctx)
	now := s.Now()
	u := v.Update().SetVersion(v.Version).SetStatus(variation.StatusREQUESTED).SetSubmittedAt(now)
	if viewer != nil && viewer.UserID != "" {
		u.SetSubmittedByID(viewer.UserID)
	}
	saved, err := u.Save(sys)
	if err != nil {
		return nil, err
	}
	// The request as submitted is stored before anything is applied.
	if err := s.freezeRequest(ctx, saved); err != nil {
		return nil, err
	}
	if !ck.discretionary(v, rows) {
		return saved, s.Emit(ctx, requested(saved, p))
	}
	today := s.Today()
	return s.apply(ctx, saved, p, ck, rows, len(rows) > 0, nil, today, variation.StatusAPPROVED, DiscretionReason)
}

// DecideInput is the officer's decision on a variation.
type DecideInput struct {
	Outcome       variation.Status // APPROVED, PARTIALLY_APPROVED or REJECTED
	Reason        string
	EffectiveFrom *civil.Date
	// Allocations is, for PARTIALLY_APPROVED, the plan approved (nil: the
	// plan requested).
	Allocations []Row
	// EndsOn is, for PARTIALLY_APPROVED, the end date approved (nil: the
	// one requested).
	EndsOn *civil.Date
}

// Decide approves, partially approves or rejects a requested variation.
// The Region's officers of the project's Region (and admins) may call it —
// never the lead, not even for its own variation (FORBIDDEN). It returns
// CONFLICT for a variation not REQUESTED or a stale version, and INVALID
// for a missing reason, an effective date after today or before the
// version in force, or an approved plan or end date that breaks a rule.
// Approval, in the caller's transaction: the next plan version, the
// project's allocations and end date, the memberships and the lead, the
// contract modifications listed.
func (s *Service) Decide(ctx context.Context, id pulid.ID, in DecideInput, version *int) (*gen.Variation, error) {
	v, p, err := s.load(ctx, id, authz.ActDecide)
	if err != nil {
		return nil, err
	}
	if err := stale(v, version); err != nil {
		return nil, err
	}
	if err := lifecycle.Variation.Check(string(v.Status), string(in.Outcome)); err != nil {
		return nil, err
	}
	reason := strings.TrimSpace(in.Reason)
	switch {
	case in.Outcome != variation.StatusAPPROVED && utf8.RuneCountInString(reason) < 3:
		return nil, apperr.InvalidField("reason", "variation.decision_reason", "Indica la motivazione della decisione.")
	case utf8.RuneCountInString(reason) > MaxReasonRunes:
		return nil, apperr.InvalidField("reason", "variation.reason_too_long", fmt.Sprintf("La motivazione supera i %d caratteri.", MaxReasonRunes))
	case in.Outcome != variation.StatusPARTIALLY_APPROVED && (in.Allocations != nil || in.EndsOn != nil):
		return nil, apperr.InvalidField("allocations", "variation.partial_only", "Un piano o una data diversi da quelli richiesti si approvano solo in parte (PARTIALLY_APPROVED).")
	}
	if in.Outcome == variation.StatusREJECTED {
		viewer := authz.FromContext(ctx)
		u := v.Update().SetVersion(v.Version).SetStatus(variation.StatusREJECTED).SetDecisionReason(reason).SetDecidedAt(s.Now())
		if viewer != nil && viewer.UserID != "" {
			u.SetDecidedByID(viewer.UserID)
		}
		saved, err := u.Save(authz.Elevate(ctx))
		if err != nil {
			return nil, err
		}
		if err := s.freezeDecision(ctx, saved); err != nil {
			return nil, err
		}
		return saved, s.Emit(ctx, decided(saved, p))
	}
	ck, err := s.checker(ctx, p)
	if err != nil {
		return nil, err
	}
	if err := checkInput(Input{Allocations: in.Allocations}, len(ck.cats), len(ck.lines)); err != nil {
		return nil, err
	}
	if err := rowRefs(in.Allocations, ck.call); err != nil {
		return nil, err
	}
	rows, err := s.rowsOf(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	replan := len(rows) > 0
	if in.Allocations != nil {
		rows, replan = in.Allocations, true
		sortRows(rows)
	}
	endsOn := v.RequestedEndsOn
	if in.EndsOn != nil {
		if v.RequestedEndsOn == nil || in.EndsOn.After(*v.RequestedEndsOn) {
			return nil, apperr.InvalidField("endsOn", "variation.approved_ends_on", "La data di fine approvata non può superare quella richiesta.")
		}
		endsOn = in.EndsOn
	}
	check := *v
	check.RequestedEndsOn = endsOn
	if ps := ck.problems(ctx, s, &check, rows); len(ps) > 0 {
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: ps[0].Rule, Message: ps[0].Message}
	}
	effective := s.Today()
	if in.EffectiveFrom != nil {
		if in.EffectiveFrom.After(effective) {
			return nil, apperr.InvalidField("effectiveFrom", "variation.effective_future",
				fmt.Sprintf("La variazione non può decorrere dopo la decisione (%s).", effective.Italian()))
		}
		effective = *in.EffectiveFrom
	}
	if ck.plan.EffectiveFrom != nil && effective.Before(*ck.plan.EffectiveFrom) {
		return nil, apperr.InvalidField("effectiveFrom", "variation.effective_before_version",
			fmt.Sprintf("La variazione non può decorrere prima della versione %d del piano (%s).", ck.plan.Number, ck.plan.EffectiveFrom.Italian()))
	}
	return s.apply(ctx, v, p, ck, rows, replan, endsOn, effective, in.Outcome, reason)
}

// apply makes an approved variation's plan the plan in force from
// effective: version N+1, the allocations, the end date, the members, the
// lead and the contract modifications, in ctx's transaction.
func (s *Service) apply(ctx context.Context, v *gen.Variation, p *gen.Project, ck *checker, rows []Row, replan bool, endsOn *civil.Date,
	effective civil.Date, outcome variation.Status, reason string) (*gen.Variation, error) {
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	n, err := c.PlanVersion.Query().Where(planversion.ProjectID(p.ID)).Count(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		// A project funded before plan versions existed: its plan so far
		// becomes version 1.
		if err := WriteFirstVersion(sys, c, p.ID); err != nil {
			return nil, err
		}
		n = 1
	}
	if !replan {
		rows = ck.current.Rows
	}
	newEnd := p.EndsOn
	if slices.Contains(v.Kinds, KindEndDateExtension) && endsOn != nil {
		newEnd = endsOn
	}
	pv, err := WriteVersion(sys, c, p.ID, n+1, effective, newEnd, &v.ID, rows)
	if err != nil {
		return nil, err
	}
	if replan {
		if _, err := c.Allocation.Delete().Where(allocation.ProjectID(p.ID)).Exec(sys); err != nil {
			return nil, err
		}
		creates := make([]*gen.AllocationCreate, 0, len(rows))
		for _, r := range rows {
			if r.AmountCents > 0 {
				creates = append(creates, c.Allocation.Create().SetProjectID(p.ID).SetBodyID(r.BodyID).
					SetExpenseCategoryID(r.ExpenseCategoryID).SetNillableInterventionLineID(r.InterventionLineID).SetAmountCents(r.AmountCents))
			}
		}
		for start := 0; start < len(creates); start += 200 {
			if err := c.Allocation.CreateBulk(creates[start:min(start+200, len(creates))]...).Exec(sys); err != nil {
				return nil, err
			}
		}
	}
	if newEnd != p.EndsOn {
		if err := c.Project.UpdateOneID(p.ID).SetNillableEndsOn(newEnd).Exec(sys); err != nil {
			return nil, err
		}
	}
	if err := s.applyMembers(sys, v, p, effective); err != nil {
		return nil, err
	}
	if slices.Contains(v.Kinds, KindContractModification) {
		if s.mods == nil {
			return nil, unavailable()
		}
		for _, id := range v.ContractModificationIds {
			if err := s.mods.ApplyModification(ctx, pulid.ID(id)); err != nil {
				return nil, err
			}
		}
	}
	viewer := authz.FromContext(ctx)
	u := v.Update().SetVersion(v.Version).SetStatus(outcome).SetDecidedAt(s.Now()).SetDecisionReason(reason).
		SetEffectiveFrom(effective).SetPlanVersionID(pv.ID).SetNillableApprovedEndsOn(endsOn)
	if viewer != nil && viewer.UserID != "" {
		u.SetDecidedByID(viewer.UserID)
	}
	saved, err := u.Save(sys)
	if err != nil {
		return nil, err
	}
	if err := s.freezeDecision(ctx, saved); err != nil {
		return nil, err
	}
	return saved, s.Emit(ctx, decided(saved, p))
}

// applyMembers ends the leaver's membership on the effective date, gives
// the joining body its membership from it and moves the lead. These are
// the only writes that pass the frozen members of a funded aggregation
// (hooks.MembersFrozen lets the system through).
func (s *Service) applyMembers(sys context.Context, v *gen.Variation, p *gen.Project, effective civil.Date) error {
	c := s.Client(sys)
	if slices.Contains(v.Kinds, KindMemberWithdrawal) && v.LeavingBodyID != nil {
		if _, err := c.Membership.Update().Where(membership.AggregationID(p.AggregationID), membership.BodyID(*v.LeavingBodyID),
			membership.LeftOnIsNil()).SetLeftOn(effective).Save(sys); err != nil {
			return err
		}
	}
	if slices.Contains(v.Kinds, KindMemberAccession) && v.JoiningBodyID != nil {
		old, err := c.Membership.Query().Where(membership.AggregationID(p.AggregationID), membership.BodyID(*v.JoiningBodyID)).Only(sys)
		switch {
		case gen.IsNotFound(err):
			err = c.Membership.Create().SetAggregationID(p.AggregationID).SetBodyID(*v.JoiningBodyID).
				SetRole(membership.RoleMEMBER).SetJoinedOn(effective).Exec(sys)
		case err == nil: // a former member joins again
			err = old.Update().SetJoinedOn(effective).ClearLeftOn().Exec(sys)
		}
		if err != nil {
			return err
		}
	}
	if slices.Contains(v.Kinds, KindLeadChange) && v.NewLeadBodyID != nil {
		ag, err := c.Aggregation.Get(sys, p.AggregationID)
		if err != nil {
			return err
		}
		if _, err := c.Membership.Update().Where(membership.AggregationID(ag.ID), membership.BodyID(ag.LeadID)).
			SetRole(membership.RoleMEMBER).Save(sys); err != nil {
			return err
		}
		if _, err := c.Membership.Update().Where(membership.AggregationID(ag.ID), membership.BodyID(*v.NewLeadBodyID)).
			SetRole(membership.RoleLEAD).Save(sys); err != nil {
			return err
		}
		if err := ag.Update().SetLeadID(*v.NewLeadBodyID).Exec(sys); err != nil {
			return err
		}
	}
	return nil
}

func unavailable() error {
	return &apperr.Error{Code: apperr.Invalid, Field: "kinds", Rule: "variation.contract_modifications_unavailable",
		Message: "Le modifiche contrattuali non sono ancora disponibili in questa installazione."}
}

// Problems lists the rules a draft variation breaks (none once it is
// submitted). Whoever reads the variation may call it.
func (s *Service) Problems(ctx context.Context, v *gen.Variation) ([]funding.Problem, error) {
	if v.Status != variation.StatusDRAFT {
		return []funding.Problem{}, nil
	}
	p, err := s.Client(ctx).Project.Get(ctx, v.ProjectID)
	if err != nil {
		return nil, err
	}
	ck, err := s.checker(ctx, p)
	if err != nil {
		return nil, err
	}
	rows, err := s.rowsOf(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	return ck.problems(ctx, s, v, rows), nil
}

// ReplanReason is the reason of the variation setAllocations records.
const ReplanReason = "Ripianificazione tra le categorie di spesa degli enti, entro le regole del bando"

// SetAllocations re-plans a project at once, as the lead may alone: the
// moves stay within each member between its categories, within the call's
// free-move share of the member's allocation, every member's total
// unchanged. It is recorded as a variation of kind REPLAN applied at
// submission (see Submit). The lead manager may call it; it returns
// INVALID naming the rule, the member and the amount when the plan breaks
// a rule, and INVALID variation.needs_request when the plan is beyond the
// lead's discretion: such a change is a variation the Region decides.
func (s *Service) SetAllocations(ctx context.Context, projectID pulid.ID, rows []Row) ([]*gen.Allocation, error) {
	p, err := s.editableProject(ctx, projectID, authz.ActCreate)
	if err != nil {
		return nil, err
	}
	if err := s.checkRows(ctx, p, Input{Allocations: rows}); err != nil {
		return nil, err
	}
	ck, err := s.checker(ctx, p)
	if err != nil {
		return nil, err
	}
	sortRows(rows)
	draft := &gen.Variation{Kinds: []string{KindReplan}, Reason: ReplanReason}
	if ps := ck.problems(ctx, s, draft, rows); len(ps) > 0 {
		return nil, &apperr.Error{Code: apperr.Invalid, Field: "allocations", Rule: ps[0].Rule, Message: ps[0].Message}
	}
	if !ck.discretionary(draft, rows) {
		return nil, &apperr.Error{Code: apperr.Invalid, Field: "allocations", Rule: "variation.needs_request",
			Message: fmt.Sprintf("Il nuovo piano sposta denaro tra enti o oltre il %d%% della quota di un ente: va chiesta una variazione alla Regione (createVariation).", ck.call.FreeMovePercent)}
	}
	reason := ReplanReason
	v, err := s.Create(ctx, projectID, Input{Kinds: []string{KindReplan}, Reason: &reason, Allocations: rows})
	if err != nil {
		return nil, err
	}
	if _, err := s.Submit(ctx, v.ID, nil); err != nil {
		return nil, err
	}
	return s.Client(ctx).Allocation.Query().Where(allocation.ProjectID(p.ID)).All(ctx)
}
