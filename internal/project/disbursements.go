package project

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
)

// RequestDisbursement records a payment the Region owes the project, its
// amount computed from the call's disbursement plan:
//   - ADVANCE: the call's advance share of the grant, once;
//   - INTERIM: after an accepted (or partly accepted) claim, what it
//     admitted, up to the call's cumulative interim share of the grant;
//   - BALANCE: once the project is completed, everything admitted (at most
//     the grant) less what was already disbursed, once.
//
// A region officer of the call's Region may call it; it returns INVALID
// when the plan leaves nothing to pay, CONFLICT when the kind was already
// paid out or the project is not in the right state.
func (s *Service) RequestDisbursement(ctx context.Context, projectID pulid.ID, kind disbursement.Kind, claimID *pulid.ID) (*gen.Disbursement, error) {
	c := s.db(ctx)
	p, err := c.Project.Query().Where(project.ID(projectID)).WithCall().WithDisbursements().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Disbursement", authz.ActCreate, scopeOf(p)); err != nil {
		return nil, err
	}
	cl := p.Edges.Call
	var advance, interims, disbursed int64
	for _, d := range p.Edges.Disbursements {
		disbursed += d.AmountCents
		switch d.Kind {
		case disbursement.KindADVANCE:
			advance += d.AmountCents
		case disbursement.KindINTERIM:
			interims += d.AmountCents
			if claimID != nil && d.ClaimID != nil && *d.ClaimID == *claimID {
				return nil, conflict("disbursement.claim_paid", "Per questo rendiconto è già stata disposta un'erogazione.")
			}
		case disbursement.KindBALANCE:
			return nil, conflict("disbursement.balance_done", "Il saldo è già stato disposto: non restano erogazioni.")
		}
	}
	sys := authz.Elevate(ctx)
	var amount int64
	switch kind {
	case disbursement.KindADVANCE:
		if advance > 0 {
			return nil, conflict("disbursement.advance_done", "L'anticipo è già stato disposto.")
		}
		if p.Status != "ACTIVE" {
			return nil, conflict("project.not_active", "Il progetto è %s: l'anticipo si eroga a un progetto attivo.", projectLabel(p))
		}
		amount = money.BasisPoints(p.GrantedCents, int64(cl.AdvanceBp))
		if amount == 0 {
			return nil, invalid("kind", "disbursement.no_advance", "Il bando non prevede un anticipo.")
		}
	case disbursement.KindINTERIM:
		if claimID == nil {
			return nil, invalid("claimID", "disbursement.claim_required", "Indicare il rendiconto controllato a cui segue l'erogazione intermedia.")
		}
		claim, err := c.ExpenseClaim.Query().Where(expenseclaim.ID(*claimID), expenseclaim.ProjectID(p.ID)).WithReviews().Only(ctx)
		if err != nil {
			return nil, withField(err, "claimID")
		}
		if claim.Status != expenseclaim.StatusACCEPTED && claim.Status != expenseclaim.StatusPARTIALLY_ACCEPTED {
			return nil, conflict("disbursement.claim_not_accepted", "Il rendiconto è %s: si eroga dopo un controllo con esito positivo.", lifecycle.ExpenseClaim.Label(string(claim.Status)))
		}
		var admitted int64
		for _, r := range claim.Edges.Reviews {
			if r.CompletedAt != nil && r.Outcome != nil && (string(*r.Outcome) == string(claim.Status)) {
				admitted = r.AdmittedCents // the review that closed the claim
			}
		}
		room := money.BasisPoints(p.GrantedCents, int64(cl.InterimMaxBp)) - interims
		amount = min(admitted, room)
		if amount <= 0 {
			return nil, invalid("kind", "disbursement.interim_cap", "Le erogazioni intermedie hanno raggiunto il massimo previsto dal bando (%s).",
				money.FormatEUR(money.BasisPoints(p.GrantedCents, int64(cl.InterimMaxBp))))
		}
	case disbursement.KindBALANCE:
		if p.Status != "COMPLETED" {
			return nil, conflict("disbursement.not_completed", "Il progetto è %s: il saldo si eroga a progetto completato.", projectLabel(p))
		}
		admitted, err := s.admittedTotal(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		amount = min(admitted, p.GrantedCents) - disbursed
		if amount <= 0 {
			return nil, invalid("kind", "disbursement.nothing_due", "Le erogazioni già disposte (%s) coprono le spese ammesse (%s): non resta saldo.",
				money.FormatEUR(disbursed), money.FormatEUR(admitted))
		}
	default:
		return nil, invalid("kind", "disbursement.kind", "Tipo di erogazione sconosciuto: %s.", kind)
	}
	create := c.Disbursement.Create().SetProjectID(p.ID).SetKind(kind).SetAmountCents(amount).SetRequestedOn(s.today())
	if kind == disbursement.KindINTERIM {
		create.SetClaimID(*claimID)
	}
	return create.Save(sys)
}

// admittedTotal is what completed reviews admitted on the project's
// accepted or partly accepted claims.
func (s *Service) admittedTotal(ctx context.Context, projectID pulid.ID) (int64, error) {
	amounts, err := s.db(ctx).ExpenseItem.Query().
		Where(expenseitem.AdmittedCentsNotNil(), expenseitem.HasClaimWith(expenseclaim.ProjectID(projectID),
			expenseclaim.StatusIn(expenseclaim.StatusACCEPTED, expenseclaim.StatusPARTIALLY_ACCEPTED))).
		Select(expenseitem.FieldAdmittedCents).Ints(ctx)
	if err != nil {
		return 0, err
	}
	var total int64
	for _, a := range amounts {
		total += int64(a)
	}
	return total, nil
}

// TransitionDisbursement approves a requested disbursement or records its
// payment (on a day, today when nil). A region officer may call it.
func (s *Service) TransitionDisbursement(ctx context.Context, id pulid.ID, to disbursement.Status, on *civil.Date) (*gen.Disbursement, error) {
	d, err := s.db(ctx).Disbursement.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Disbursement", authz.ActTransition, scope(d.TenantAggregationID, d.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Disbursement.Check(string(d.Status), string(to)); err != nil {
		return nil, err
	}
	day := s.today()
	if on != nil {
		day = *on
	}
	u := d.Update().SetStatus(to)
	switch to {
	case disbursement.StatusAPPROVED:
		u.SetApprovedOn(day)
	case disbursement.StatusPAID:
		if d.ApprovedOn != nil && day.Before(*d.ApprovedOn) {
			return nil, invalid("paidOn", "disbursement.paid_before_approval", "Il pagamento (%s) precede l'approvazione (%s).", day.Italian(), d.ApprovedOn.Italian())
		}
		u.SetPaidOn(day)
	}
	return u.Save(authz.Elevate(ctx))
}

// TransitionProject moves a project along its lifecycle (ACTIVE ⇄
// SUSPENDED → COMPLETED → CLOSED; REVOKED). A region officer of the call's
// Region may call it; completing needs every deliverable accepted.
func (s *Service) TransitionProject(ctx context.Context, id pulid.ID, to project.Status) (*gen.Project, error) {
	p, err := s.db(ctx).Project.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Project", authz.ActTransition, scopeOf(p)); err != nil {
		return nil, err
	}
	if err := lifecycle.Project.Check(string(p.Status), string(to)); err != nil {
		return nil, err
	}
	if to == project.StatusCOMPLETED {
		open, err := p.QueryDeliverables().Where(deliverable.StatusNEQ(deliverable.StatusACCEPTED)).Count(authz.Elevate(ctx))
		if err != nil {
			return nil, err
		}
		if open > 0 {
			return nil, invalid("status", "project.deliverables_open", "%d prodotti non sono ancora accettati: il progetto non è completato.", open)
		}
	}
	return p.Update().SetStatus(to).Save(authz.Elevate(ctx))
}
