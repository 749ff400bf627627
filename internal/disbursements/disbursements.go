package disbursements

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/textenc"
)

// RequestDisbursement records a payment the Region owes the project, or one
// the lead body owes back, computed from the call's disbursement plan
// (ledger.Plan) on the grant G, the contribution rate r (the call's
// cofinancing_rate_bp: the share of the admitted cost the Region pays), the
// advance share a and the interim cap c:
//   - ADVANCE: a·G, once, to an active project;
//   - INTERIM: after an accepted (or partly accepted) claim, once per claim:
//     min(r × cumulative admitted, c·G) − already disbursed;
//   - BALANCE: once the project is completed, once: min(r × total
//     admitted, G) − already disbursed. When that is negative the lead must
//     return the difference: a RECOVERY of it is recorded instead (its
//     REQUESTED → APPROVED → PAID means returned);
//   - RECOVERY: the same final computation, asked for directly.
//
// Already disbursed is every advance, interim and balance recorded, whatever
// its state (requested, approved or paid), less every recovery: money
// counts from the moment it is requested, so that it is never requested
// twice while the first request waits to be paid. The advance therefore
// counts too, and the interim payments recover it. Each amount is split
// among EU, State and Region in the funding decree's proportions (the
// project's eu/state/region_cents; the call's regional funds when no split
// is recorded) and the disbursement keeps the admitted cost it was computed
// on.
//
// A region officer of the call's Region may call it. It returns INVALID
// when the plan leaves nothing due (the message shows the computation) or
// the decree's split is missing, CONFLICT when the kind was already
// recorded (for this claim) or the project or claim is not in the right
// state.
func (s *Service) RequestDisbursement(ctx context.Context, projectID pulid.ID, kind disbursement.Kind, claimID *pulid.ID) (*gen.Disbursement, error) {
	c := s.Client(ctx)
	// On PostgreSQL the project row is locked until the transaction ends:
	// two requests at once (on two replicas) are computed one after the
	// other, the second seeing the first as disbursed.
	p, err := c.Project.Query().Where(project.ID(projectID), db.LockOnPostgres).WithCall().WithDisbursements().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Disbursement", authz.ActCreate, projectsvc.ScopeOf(p)); err != nil {
		return nil, err
	}
	cl := p.Edges.Call
	plan := planOf(p)
	disbursed := disbursedOf(p.Edges.Disbursements)
	advanced := false
	for _, d := range p.Edges.Disbursements {
		switch d.Kind {
		case disbursement.KindADVANCE:
			advanced = true
		case disbursement.KindINTERIM:
			if kind == disbursement.KindINTERIM && claimID != nil && d.ClaimID != nil && *d.ClaimID == *claimID {
				return nil, apperr.Conflictf("disbursement.claim_paid", "Per questo rendiconto è già stata disposta un'erogazione.")
			}
		case disbursement.KindBALANCE:
			return nil, apperr.Conflictf("disbursement.balance_done", "Il saldo è già stato disposto: non restano erogazioni.")
		case disbursement.KindRECOVERY:
			return nil, apperr.Conflictf("disbursement.balance_done", "Il saldo del progetto è già stato calcolato (recupero di %s): non restano erogazioni.", money.FormatEUR(d.AmountCents))
		}
	}
	var amount, admitted int64
	switch kind {
	case disbursement.KindADVANCE:
		amount, admitted, err = s.advanceDue(ctx, p, plan, disbursed, advanced)
	case disbursement.KindINTERIM:
		amount, admitted, err = s.interimDue(ctx, p, plan, disbursed, claimID)
	case disbursement.KindBALANCE, disbursement.KindRECOVERY:
		kind, amount, admitted, err = s.balanceDue(ctx, p, plan, disbursed, kind)
	default:
		return nil, apperr.Invalidf("kind", "disbursement.kind", "Tipo di erogazione sconosciuto: %s.", textenc.Clip(string(kind), 20))
	}
	if err != nil {
		return nil, err
	}
	if err := money.CheckBound("amountCents", amount); err != nil {
		return nil, err
	}
	parts, ok := fundingSources(p, cl).Split(amount)
	if !ok {
		return nil, apperr.Invalidf("kind", "disbursement.funding_split",
			"Il progetto non riporta la ripartizione del contributo tra UE, Stato e Regione del decreto di finanziamento (%s): indicala prima di disporre erogazioni.", p.DecreeNumber)
	}
	create := c.Disbursement.Create().SetProjectID(p.ID).SetKind(kind).SetAmountCents(amount).SetRequestedOn(s.Today()).
		SetEuCents(parts.EU).SetStateCents(parts.State).SetRegionCents(parts.Region).SetAdmittedToDateCents(admitted)
	if kind == disbursement.KindINTERIM {
		create.SetClaimID(*claimID)
	}
	return create.Save(authz.Elevate(ctx))
}

// advanceDue is the advance a·G, once, to an active project, before any
// other disbursement; it returns it and the cost admitted so far.
func (s *Service) advanceDue(ctx context.Context, p *gen.Project, plan ledger.Plan, disbursed int64, advanced bool) (amount, admitted int64, err error) {
	if advanced {
		return 0, 0, apperr.Conflictf("disbursement.advance_done", "L'anticipo è già stato disposto.")
	}
	if p.Status != project.StatusACTIVE {
		return 0, 0, apperr.Conflictf("project.not_active", "Il progetto è %s: l'anticipo si eroga a un progetto attivo.", projectsvc.Label(p))
	}
	amount = plan.Advance()
	if amount == 0 {
		return 0, 0, apperr.Invalidf("kind", "disbursement.no_advance", "Il bando non prevede un anticipo.")
	}
	if disbursed > 0 {
		return 0, 0, apperr.Conflictf("disbursement.advance_late", "Sono già state disposte erogazioni per %s: l'anticipo precede le altre erogazioni.", money.FormatEUR(disbursed))
	}
	admitted, err = s.admittedTotal(ctx, p.ID)
	return amount, admitted, err
}

// interimDue is what the Region owes after an accepted claim:
// min(r × admitted, c·G) − disbursed, refused when nothing is due.
func (s *Service) interimDue(ctx context.Context, p *gen.Project, plan ledger.Plan, disbursed int64, claimID *pulid.ID) (amount, admitted int64, err error) {
	if claimID == nil {
		return 0, 0, apperr.Invalidf("claimID", "disbursement.claim_required", "Indica il rendiconto controllato a cui segue l'erogazione intermedia.")
	}
	claim, err := s.Client(ctx).ExpenseClaim.Query().Where(expenseclaim.ID(*claimID), expenseclaim.ProjectID(p.ID)).Only(ctx)
	if err != nil {
		return 0, 0, apperr.OnField(err, "claimID")
	}
	if claim.Status != expenseclaim.StatusACCEPTED && claim.Status != expenseclaim.StatusPARTIALLY_ACCEPTED {
		return 0, 0, apperr.Conflictf("disbursement.claim_not_accepted", "Il rendiconto è %s: si eroga dopo un controllo con esito positivo.", lifecycle.ExpenseClaim.Label(string(claim.Status)))
	}
	if admitted, err = s.admittedTotal(ctx, p.ID); err != nil {
		return 0, 0, err
	}
	amount = plan.InterimDue(admitted, disbursed)
	if amount <= 0 {
		return 0, 0, apperr.Invalidf("kind", "disbursement.nothing_due",
			"Nessuna erogazione intermedia è dovuta: il contributo sulle spese ammesse a oggi (%s di %s = %s, al massimo il %s del contributo concesso = %s) non supera quanto già erogato o richiesto (%s, anticipo compreso).",
			percent(plan.RateBp), money.FormatEUR(admitted), money.FormatEUR(plan.Contribution(admitted)),
			percent(plan.InterimMaxBp), money.FormatEUR(plan.InterimCap()), money.FormatEUR(disbursed))
	}
	return amount, admitted, nil
}

// balanceDue is the final settlement of a completed project:
// min(r × admitted, G) − disbursed; a negative result is a RECOVERY of the
// difference, whichever of the two kinds was asked for.
func (s *Service) balanceDue(ctx context.Context, p *gen.Project, plan ledger.Plan, disbursed int64, kind disbursement.Kind) (disbursement.Kind, int64, int64, error) {
	if p.Status != project.StatusCOMPLETED {
		return kind, 0, 0, apperr.Conflictf("disbursement.not_completed", "Il progetto è %s: il saldo si calcola a progetto completato.", projectsvc.Label(p))
	}
	admitted, err := s.admittedTotal(ctx, p.ID)
	if err != nil {
		return kind, 0, 0, err
	}
	due := plan.BalanceDue(admitted, disbursed)
	computation := fmt.Sprintf("contributo sulle spese ammesse %s di %s = %s, al massimo il contributo concesso %s; già erogato o richiesto %s",
		percent(plan.RateBp), money.FormatEUR(admitted), money.FormatEUR(plan.Contribution(admitted)),
		money.FormatEUR(plan.Grant), money.FormatEUR(disbursed))
	switch {
	case due == 0:
		return kind, 0, 0, apperr.Invalidf("kind", "disbursement.nothing_due", "Non resta saldo né somme da recuperare (%s).", computation)
	case due > 0 && kind == disbursement.KindRECOVERY:
		return kind, 0, 0, apperr.Invalidf("kind", "disbursement.no_recovery", "Non ci sono somme da recuperare: al capofila spetta un saldo di %s (%s).", money.FormatEUR(due), computation)
	case due < 0:
		return disbursement.KindRECOVERY, -due, admitted, nil
	default:
		return kind, due, admitted, nil
	}
}

// disbursedOf is what a project's disbursements add up to: every advance,
// interim and balance payment recorded, in whatever state, less every
// recovery (see RequestDisbursement).
func disbursedOf(ds []*gen.Disbursement) int64 {
	var total int64
	for _, d := range ds {
		if d.Kind == disbursement.KindRECOVERY {
			total -= d.AmountCents
		} else {
			total += d.AmountCents
		}
	}
	return total
}

// planOf is the call's disbursement plan applied to a project read with its
// call.
func planOf(p *gen.Project) ledger.Plan {
	cl := p.Edges.Call
	return ledger.Plan{Grant: p.GrantedCents, RateBp: int64(cl.CofinancingRateBp), AdvanceBp: int64(cl.AdvanceBp), InterimMaxBp: int64(cl.InterimMaxBp)}
}

// fundingSources are the decree's proportions among EU, State and Region;
// a call of regional funds without a recorded split is the Region's alone.
func fundingSources(p *gen.Project, cl *gen.Call) ledger.Sources {
	s := ledger.Sources{EU: p.EuCents, State: p.StateCents, Region: p.RegionCents}
	if s.Total() == 0 && cl.Fund == call.FundREGIONAL {
		s.Region = 1
	}
	return s
}

// percent formats basis points as an Italian percentage ("80,00%").
func percent(bp int64) string { return money.Format(bp) + "%" }

// admittedTotal is what completed reviews admitted on the project's
// accepted or partly accepted claims.
func (s *Service) admittedTotal(ctx context.Context, projectID pulid.ID) (int64, error) {
	amounts, err := s.Client(ctx).ExpenseItem.Query().
		Where(expenseitem.AdmittedCentsNotNil(), expenseitem.HasClaimWith(expenseclaim.ProjectID(projectID),
			expenseclaim.StatusIn(expenseclaim.StatusACCEPTED, expenseclaim.StatusPARTIALLY_ACCEPTED))).
		Select(expenseitem.FieldAdmittedCents).Ints(ctx)
	if err != nil {
		return 0, err
	}
	cents := make([]int64, len(amounts))
	for i, a := range amounts {
		cents[i] = int64(a)
	}
	return money.Sum(cents...)
}

// TransitionDisbursement approves a requested disbursement or records its
// payment (on a day, today when nil). A payment needs the reference of the
// act of payment (e.g. "mandato n. 1234/2026", at most
// MaxPaymentReference characters: INVALID disbursement.reference) and a
// day neither in the future (INVALID disbursement.paid_future) nor before
// the approval (INVALID disbursement.paid_before_approval). A region
// officer may call it.
func (s *Service) TransitionDisbursement(ctx context.Context, id pulid.ID, to disbursement.Status, on *civil.Date, reference string) (*gen.Disbursement, error) {
	d, err := s.Client(ctx).Disbursement.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Disbursement", authz.ActTransition, projectsvc.Scope(d.TenantAggregationID, d.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Disbursement.Check(string(d.Status), string(to)); err != nil {
		return nil, err
	}
	day := s.Today()
	if on != nil {
		day = *on
	}
	u := d.Update().SetStatus(to)
	switch to {
	case disbursement.StatusAPPROVED:
		u.SetApprovedOn(day)
	case disbursement.StatusPAID:
		if err := CheckPaymentReference(reference); err != nil {
			return nil, err
		}
		if s.Today().Before(day) {
			return nil, apperr.Invalidf("on", "disbursement.paid_future", "La data del pagamento (%s) è futura: indica il giorno in cui è stato pagato.", day.Italian())
		}
		if d.ApprovedOn != nil && day.Before(*d.ApprovedOn) {
			return nil, apperr.Invalidf("on", "disbursement.paid_before_approval", "Il pagamento (%s) precede l'approvazione (%s).", day.Italian(), d.ApprovedOn.Italian())
		}
		u.SetPaidOn(day).SetPaymentReference(strings.TrimSpace(reference))
	}
	saved, err := u.Save(authz.Elevate(ctx))
	if err != nil || to != disbursement.StatusPAID {
		return saved, err
	}
	return saved, s.Emit(ctx, paid(saved))
}

// MaxPaymentReference is the longest reference of an act of payment.
const MaxPaymentReference = 100

// CheckPaymentReference returns INVALID (disbursement.reference) unless
// reference names the act of payment: not blank, at most
// MaxPaymentReference characters.
func CheckPaymentReference(reference string) error {
	r := strings.TrimSpace(reference)
	if r == "" {
		return apperr.Invalidf("reference", "disbursement.reference", "Indica gli estremi dell'atto di pagamento (ad esempio «mandato n. 1234/2026»).")
	}
	if utf8.RuneCountInString(r) > MaxPaymentReference {
		return apperr.Invalidf("reference", "disbursement.reference", "Gli estremi dell'atto di pagamento superano i %d caratteri.", MaxPaymentReference)
	}
	return nil
}

// DisbursementStatus is the basis of the Region's disbursements to a
// project now: the call's plan applied to the grant, the admitted cost, and
// what the next interim payment and the balance would be.
type DisbursementStatus struct {
	Plan ledger.Plan
	// Admitted is the cost admitted by the reviews of the accepted (or
	// partly accepted) claims.
	Admitted int64
	// Disbursed is what the disbursements add up to (requested, approved
	// or paid, less recoveries); Paid only those paid.
	Disbursed, Paid int64
	// InterimDue and BalanceDue are what RequestDisbursement would compute
	// now for an interim payment and for the balance (negative: nothing
	// due, or for the balance an amount to recover).
	InterimDue, BalanceDue int64
}

// DisbursementStatusOf computes a project's disbursement basis. Whoever may
// read the project may call it; disbursements the viewer may not read do
// not count. It returns NOT_FOUND for a project the viewer cannot read.
func (s *Service) DisbursementStatusOf(ctx context.Context, projectID pulid.ID) (*DisbursementStatus, error) {
	p, err := s.Client(ctx).Project.Query().Where(project.ID(projectID)).WithCall().WithDisbursements().Only(ctx)
	if err != nil {
		return nil, err
	}
	admitted, err := s.admittedTotal(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	st := &DisbursementStatus{Plan: planOf(p), Admitted: admitted, Disbursed: disbursedOf(p.Edges.Disbursements)}
	for _, d := range p.Edges.Disbursements {
		if d.Status != disbursement.StatusPAID {
			continue
		}
		if d.Kind == disbursement.KindRECOVERY {
			st.Paid -= d.AmountCents
		} else {
			st.Paid += d.AmountCents
		}
	}
	st.InterimDue = st.Plan.InterimDue(admitted, st.Disbursed)
	st.BalanceDue = st.Plan.BalanceDue(admitted, st.Disbursed)
	return st, nil
}
