package contracting

import (
	"context"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/procurementlaw"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// CreateProcurement records a procedure for a project. The running body
// must be a member of the aggregation; the beneficiaries default to every
// member. The procedure type is checked against the thresholds in force on
// its start date and the running body's qualification (procurementlaw.Check):
// a breach of the law is INVALID; a warning is INVALID too until the user
// acknowledges it (thresholdWarningAcknowledged), and is kept with the
// procedure. The lead manager may call it.
func (s *Service) CreateProcurement(ctx context.Context, in gen.CreateProcurementInput) (*gen.Procurement, error) {
	p, err := s.Client(ctx).Project.Get(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Procurement", authz.ActCreate, projectsvc.ScopeOf(p)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(p); err != nil {
		return nil, err
	}
	if len(in.LotIDs) > 0 {
		return nil, apperr.Invalidf("lotIDs", "procurement.lots", "I lotti si aggiungono dopo aver creato la procedura.")
	}
	bodies, order, err := projectsvc.Members(ctx, s.Client(ctx), p)
	if err != nil {
		return nil, err
	}
	if len(in.BeneficiaryIDs) == 0 {
		in.BeneficiaryIDs = order
	}
	runner, err := checkBodies(bodies, in.RunningBodyID, in.BeneficiaryIDs)
	if err != nil {
		return nil, err
	}
	warnings, err := s.checkThresholds(thresholdInput(runner, in.ObjectType, in.ProcedureType, in.BaseCents, in.StartedOn, deref(in.FrameworkReference), 0),
		in.ThresholdWarningAcknowledged != nil && *in.ThresholdWarningAcknowledged)
	if err != nil {
		return nil, err
	}
	return s.Client(ctx).Procurement.Create().SetInput(in).SetThresholdWarnings(warnings).Save(authz.Elevate(ctx))
}

// UpdateProcurement changes a procedure that is not closed (CONTRACTED,
// DESERTED, CANCELLED), checking the thresholds again as CreateProcurement
// does. The lead manager may call it.
func (s *Service) UpdateProcurement(ctx context.Context, id pulid.ID, in gen.UpdateProcurementInput) (*gen.Procurement, error) {
	pc, err := s.writableProcurement(ctx, id)
	if err != nil {
		return nil, err
	}
	if lifecycle.Procurement.Terminal(string(pc.Status)) || pc.Status == procurement.StatusCONTRACTED {
		return nil, apperr.Conflictf("procurement.closed", "La procedura è %s: non si modifica più.", lifecycle.Procurement.Label(string(pc.Status)))
	}
	if len(in.AddLotIDs) > 0 || len(in.RemoveLotIDs) > 0 || in.ClearLots {
		return nil, apperr.Invalidf("lotIDs", "procurement.lots", "I lotti si gestiscono uno per uno.")
	}
	bodies, _, err := projectsvc.Members(ctx, s.Client(ctx), pc.Edges.Project)
	if err != nil {
		return nil, err
	}
	runnerID := pc.RunningBodyID
	if in.RunningBodyID != nil {
		runnerID = *in.RunningBodyID
	}
	runner, err := checkBodies(bodies, runnerID, in.AddBeneficiaryIDs)
	if err != nil {
		return nil, err
	}
	obj, typ, base, started, fw := pc.ObjectType, pc.ProcedureType, pc.BaseCents, pc.StartedOn, pc.FrameworkReference
	if in.ObjectType != nil {
		obj = *in.ObjectType
	}
	if in.ProcedureType != nil {
		typ = *in.ProcedureType
	}
	if in.BaseCents != nil {
		base = *in.BaseCents
	}
	if in.StartedOn != nil {
		started = in.StartedOn
	} else if in.ClearStartedOn {
		started = nil
	}
	if in.FrameworkReference != nil {
		fw = *in.FrameworkReference
	} else if in.ClearFrameworkReference {
		fw = ""
	}
	ack := pc.ThresholdWarningAcknowledged
	if in.ThresholdWarningAcknowledged != nil {
		ack = *in.ThresholdWarningAcknowledged
	}
	invited, err := s.invitedCount(ctx, pc.ID)
	if err != nil {
		return nil, err
	}
	warnings, err := s.checkThresholds(thresholdInput(runner, obj, typ, base, started, fw, invited), ack)
	if err != nil {
		return nil, err
	}
	return pc.Update().SetInput(in).SetThresholdWarnings(warnings).Save(authz.Elevate(ctx))
}

// TransitionProcurement moves a procedure along its lifecycle (PUBLISHED,
// DESERTED, CANCELLED; AWARDED and CONTRACTED follow from awards and
// contracts). The lead manager may call it.
func (s *Service) TransitionProcurement(ctx context.Context, id pulid.ID, to procurement.Status) (*gen.Procurement, error) {
	pc, err := s.writableProcurement(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := lifecycle.Procurement.Check(string(pc.Status), string(to)); err != nil {
		return nil, err
	}
	switch to {
	case procurement.StatusAWARDED:
		return nil, apperr.Invalidf("status", "procurement.award_lots", "La procedura risulta aggiudicata quando tutti i lotti sono aggiudicati.")
	case procurement.StatusCONTRACTED:
		return nil, apperr.Invalidf("status", "procurement.contract_lots", "La procedura risulta contrattualizzata con la stipula dei contratti.")
	}
	return pc.Update().SetStatus(to).Save(authz.Elevate(ctx))
}

// writableProcurement loads a procedure the viewer may change now: the
// lead manager's, of a running project.
func (s *Service) writableProcurement(ctx context.Context, id pulid.ID) (*gen.Procurement, error) {
	pc, err := s.Client(ctx).Procurement.Query().Where(procurement.ID(id)).WithProject().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Procurement", authz.ActUpdate, projectsvc.Scope(pc.TenantAggregationID, pc.TenantRegionID)); err != nil {
		return nil, err
	}
	return pc, projectsvc.Editable(pc.Edges.Project)
}

// checkBodies checks that the running body and the beneficiaries are
// members of the aggregation, and returns the running body.
func checkBodies(bodies map[pulid.ID]*gen.PublicBody, runnerID pulid.ID, beneficiaries []pulid.ID) (*gen.PublicBody, error) {
	runner, ok := bodies[runnerID]
	if !ok {
		return nil, apperr.Invalidf("runningBodyID", "procurement.runner_not_member", "La stazione appaltante deve essere un ente dell'aggregazione.")
	}
	for _, id := range beneficiaries {
		if _, ok := bodies[id]; !ok {
			return nil, apperr.Invalidf("beneficiaryIDs", "procurement.beneficiary_not_member", "Un ente beneficiario non fa parte dell'aggregazione (%s).", id)
		}
	}
	return runner, nil
}

func thresholdInput(runner *gen.PublicBody, obj procurement.ObjectType, typ procurement.ProcedureType, base int64, started *civil.Date, fw string, invited int) procurementlaw.Input {
	in := procurementlaw.Input{
		Object: procurementlaw.Object(obj), Procedure: procurementlaw.Procedure(typ), BaseCents: base,
		QualifiedBody: runner.AnacQualified, InvitedCount: invited, FrameworkReference: strings.TrimSpace(fw),
	}
	if started != nil {
		in.StartedOn = *started
	}
	return in
}

// checkThresholds returns the warnings to keep, or the first breach of the
// law, or an INVALID listing the warnings the user has not acknowledged.
func (s *Service) checkThresholds(in procurementlaw.Input, acknowledged bool) ([]string, error) {
	if in.StartedOn.IsZero() {
		in.StartedOn = s.Today()
	}
	var warnings []string
	for _, f := range procurementlaw.Check(in) {
		if f.Severity == procurementlaw.Error {
			return nil, apperr.Invalidf("procedureType", f.Rule, "%s", f.Message)
		}
		warnings = append(warnings, f.Message)
	}
	if len(warnings) > 0 && !acknowledged {
		return nil, apperr.Invalidf("thresholdWarningAcknowledged", "procurement.warning_unacknowledged",
			"Confermare di aver preso visione: %s", strings.Join(warnings, " "))
	}
	return warnings, nil
}

func (s *Service) invitedCount(ctx context.Context, procID pulid.ID) (int, error) {
	lots, err := s.Client(ctx).Lot.Query().Where(lot.ProcurementID(procID)).WithInvitedVendors().All(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, l := range lots {
		n = max(n, len(l.Edges.InvitedVendors))
	}
	return n, nil
}

// CreateLot adds a lot (one CIG) to a procedure that is not closed; the
// lots' base amounts may not exceed the procedure's, and a standard or
// Smart CIG on a procedure started since 2024 needs legacyCigAcknowledged
// (see checkLotCIG). Awards go through AwardLot. The lead manager may call
// it. Errors: INVALID (lot.base, lot.base_exceeds_procedure,
// lot.award_separately, cig.length, cig.format, cig.checksum,
// lot.cig_legacy), CONFLICT (procurement.closed, lot.cig_duplicate: a CIG
// already used in the same aggregation), FORBIDDEN, NOT_FOUND.
func (s *Service) CreateLot(ctx context.Context, in gen.CreateLotInput) (*gen.Lot, error) {
	pc, err := s.Client(ctx).Procurement.Query().Where(procurement.ID(in.ProcurementID)).WithProject().WithLots().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Lot", authz.ActCreate, projectsvc.Scope(pc.TenantAggregationID, pc.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return nil, err
	}
	if pc.Status != procurement.StatusPLANNED && pc.Status != procurement.StatusPUBLISHED {
		return nil, apperr.Conflictf("procurement.closed", "La procedura è %s: non si aggiungono lotti.", lifecycle.Procurement.Label(string(pc.Status)))
	}
	if in.AwardCents != nil || in.AwardedVendorID != nil || in.AwardedOn != nil || len(in.BidderIDs) > 0 || len(in.ContractIDs) > 0 {
		return nil, apperr.Invalidf("awardCents", "lot.award_separately", "L'aggiudicazione di un lotto si registra con l'azione «Aggiudica».")
	}
	if in.BaseCents <= 0 {
		return nil, apperr.Invalidf("baseCents", "lot.base", "La base d'asta del lotto deve essere positiva.")
	}
	sum := in.BaseCents
	for _, l := range pc.Edges.Lots {
		sum += l.BaseCents
	}
	if sum > pc.BaseCents {
		return nil, apperr.Invalidf("baseCents", "lot.base_exceeds_procedure",
			"I lotti sommano %s, più della base d'asta della procedura (%s) di %s.",
			money.FormatEUR(sum), money.FormatEUR(pc.BaseCents), money.FormatEUR(sum-pc.BaseCents))
	}
	if in.Number == nil {
		n := len(pc.Edges.Lots) + 1
		in.Number = &n
	}
	in.Cig = italy.NormalizeCode(in.Cig)
	ack, err := s.checkLotCIG(pc, in.Cig, in.LegacyCigAcknowledged != nil && *in.LegacyCigAcknowledged)
	if err != nil {
		return nil, err
	}
	in.LegacyCigAcknowledged = &ack
	if err := s.checkCIGUnused(ctx, pc, in.Cig); err != nil {
		return nil, err
	}
	return s.Client(ctx).Lot.Create().SetInput(in).Save(authz.Elevate(ctx))
}

// checkCIGUnused refuses a CIG the procedure's aggregation already gave to
// a lot (CONFLICT lot.cig_duplicate, naming the procedure). A CIG
// identifies one procedure nationally (ANAC), but another aggregation's
// lot with the same CIG is not looked at: refusing it would tell this
// aggregation what another one holds, and let whoever typed a CIG first
// block the procedure's genuine owner. Such clashes are shown to the
// Regions' officers and auditors and to ADMIN instead (CIGElsewhere).
func (s *Service) checkCIGUnused(ctx context.Context, pc *gen.Procurement, cig string) error {
	l, err := s.Client(ctx).Lot.Query().Where(lot.Cig(cig), lot.TenantAggregationID(pc.TenantAggregationID)).
		WithProcurement().First(authz.Elevate(ctx))
	switch {
	case gen.IsNotFound(err):
		return nil
	case err != nil:
		return err
	}
	return apperr.OnField(apperr.Conflictf("lot.cig_duplicate", "Il CIG %s è già del lotto %d della procedura «%s» di questa aggregazione: "+
		"ogni lotto ha il proprio CIG.", cig, l.Number, l.Edges.Procurement.Title), "cig")
}

// checkLotCIG checks a lot's CIG against its procedure. Procedures started
// on or after 1 January 2024 (italy.UnifiedCIGSince) get a unified CIG
// from ANAC's national platform: a standard or Smart CIG there is
// legitimate only for a contract that runs on from an earlier procedure,
// so it is INVALID (lot.cig_legacy) until the user acknowledges it. The
// date that counts is the one the thresholds use: the procedure's start
// date (started_on), or today when it is not recorded yet (the procedure
// starts now or later). It returns the acknowledgement to store: true only
// when one was needed and given.
func (s *Service) checkLotCIG(pc *gen.Procurement, cig string, acknowledged bool) (bool, error) {
	kind, err := italy.CIGKindOf(cig)
	if err != nil {
		return false, apperr.OnField(err, "cig")
	}
	start, when := s.Today(), "non è ancora indicata: si considera oggi, "
	if pc.StartedOn != nil {
		start, when = *pc.StartedOn, "è il "
	}
	if !kind.Legacy() || start.Before(italy.UnifiedCIGSince) {
		return false, nil
	}
	if !acknowledged {
		return false, apperr.Invalidf("legacyCigAcknowledged", "lot.cig_legacy",
			"Il CIG %s (%s, rilasciato fino al 31/12/2023) non è quello di una procedura avviata dal %s: la data di avvio della procedura %s%s, "+
				"e da allora ogni procedura riceve un CIG unico dalla piattaforma nazionale ANAC (una lettera da A a U seguita da 9 caratteri esadecimali). "+
				"Un CIG rilasciato prima è ammesso solo per un contratto che prosegue da una procedura precedente: indica il CIG unico della procedura, "+
				"oppure confermare che si tratta di questo caso.",
			cig, kind.Label(), italy.UnifiedCIGSince.Italian(), when, start.Italian())
	}
	return true, nil
}

// AwardInput is the outcome of a lot's procedure.
type AwardInput struct {
	VendorID   pulid.ID
	AwardCents int64
	AwardedOn  civil.Date
	InvitedIDs []pulid.ID // operators invited (negotiated procedures)
	BidderIDs  []pulid.ID // operators that bid
}

// AwardLot records the award of a lot: the vendor (among the bidders when
// they are listed), the amount (at most the lot's base) and the date; the
// operators invited are checked against the minimum for the procedure. When
// every lot is awarded the procedure becomes AWARDED. The lead manager may
// call it.
func (s *Service) AwardLot(ctx context.Context, id pulid.ID, in AwardInput) (*gen.Lot, error) {
	l, err := s.Client(ctx).Lot.Query().Where(lot.ID(id)).
		WithProcurement(func(q *gen.ProcurementQuery) { q.WithProject().WithRunningBody().WithLots() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	pc := l.Edges.Procurement
	if err := authz.Require(ctx, "Lot", authz.ActUpdate, projectsvc.Scope(l.TenantAggregationID, l.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return nil, err
	}
	if pc.Status != procurement.StatusPLANNED && pc.Status != procurement.StatusPUBLISHED && pc.Status != procurement.StatusAWARDED {
		return nil, apperr.Conflictf("procurement.closed", "La procedura è %s: non si aggiudica.", lifecycle.Procurement.Label(string(pc.Status)))
	}
	switch {
	case in.AwardCents <= 0:
		return nil, apperr.Invalidf("awardCents", "lot.award", "L'importo di aggiudicazione deve essere positivo.")
	case in.AwardCents > l.BaseCents:
		return nil, apperr.Invalidf("awardCents", "lot.award_above_base", "L'importo di aggiudicazione (%s) supera la base d'asta del lotto (%s).",
			money.FormatEUR(in.AwardCents), money.FormatEUR(l.BaseCents))
	case in.AwardedOn.IsZero() || !in.AwardedOn.Valid():
		return nil, apperr.Invalidf("awardedOn", "lot.award_date", "Indica la data di aggiudicazione.")
	case pc.StartedOn != nil && in.AwardedOn.Before(*pc.StartedOn):
		return nil, apperr.Invalidf("awardedOn", "lot.award_before_start", "L'aggiudicazione (%s) precede l'avvio della procedura (%s).", in.AwardedOn.Italian(), pc.StartedOn.Italian())
	case len(in.BidderIDs) > 0 && !slices.Contains(in.BidderIDs, in.VendorID):
		return nil, apperr.Invalidf("vendorID", "lot.winner_not_bidder", "L'aggiudicatario deve essere tra gli operatori che hanno presentato offerta.")
	}
	if len(in.InvitedIDs) > 0 {
		for _, b := range in.BidderIDs {
			if !slices.Contains(in.InvitedIDs, b) {
				return nil, apperr.Invalidf("bidderIDs", "lot.bidder_not_invited", "Un offerente non risulta tra gli operatori invitati.")
			}
		}
		if _, err := s.checkThresholds(thresholdInput(pc.Edges.RunningBody, pc.ObjectType, pc.ProcedureType, pc.BaseCents, pc.StartedOn, pc.FrameworkReference, len(in.InvitedIDs)), true); err != nil {
			return nil, apperr.OnField(err, "invitedIDs")
		}
	}
	sys := authz.Elevate(ctx)
	u := l.Update().SetAwardedVendorID(in.VendorID).SetAwardCents(in.AwardCents).SetAwardedOn(in.AwardedOn).
		ClearInvitedVendors().AddInvitedVendorIDs(in.InvitedIDs...).ClearBidders().AddBidderIDs(in.BidderIDs...)
	if l, err = u.Save(sys); err != nil {
		return nil, err
	}
	all := true
	for _, o := range pc.Edges.Lots {
		if o.ID != l.ID && o.AwardCents == nil {
			all = false
		}
	}
	if all && pc.Status != procurement.StatusAWARDED {
		if _, err := pc.Update().SetStatus(procurement.StatusAWARDED).Save(sys); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// Savings are a procedure's savings: base amount − awards, and against the
// members' separate estimates when given.
type Savings struct {
	AwardCents        *int64 // Σ awards; nil before any award
	SavingsCents      *int64
	SavingsBp         *int64
	JointSavingsCents *int64
	JointSavingsBp    *int64
}

// SavingsOf computes the savings of a procedure from its lots (awarded ones
// only, against their own base amounts).
func SavingsOf(pc *gen.Procurement, lots []*gen.Lot) Savings {
	var out Savings
	var base, award int64
	awarded := false
	for _, l := range lots {
		if l.AwardCents == nil {
			continue
		}
		awarded = true
		base += l.BaseCents
		award += *l.AwardCents
	}
	if !awarded {
		return out
	}
	out.AwardCents = &award
	sc, sbp := procurementlaw.Savings(base, award)
	out.SavingsCents, out.SavingsBp = &sc, &sbp
	if pc.SeparateEstimateCents != nil {
		jc, jbp := procurementlaw.Savings(*pc.SeparateEstimateCents, award)
		out.JointSavingsCents, out.JointSavingsBp = &jc, &jbp
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
