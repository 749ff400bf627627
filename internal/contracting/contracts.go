package contracting

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/population"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// ShareInput is one member's part of a custom split.
type ShareInput struct {
	BodyID      pulid.ID
	AmountCents int64
}

// SplitInput says how a contract's cost is split across the procedure's
// beneficiaries and which expense category it is charged to.
type SplitInput struct {
	Method            contract.SplitMethod
	ExpenseCategoryID pulid.ID
	Shares            []ShareInput // CUSTOM only
}

// ContractInput is a contract signed for an awarded lot.
type ContractInput struct {
	LotID, VendorID pulid.ID
	// InterventionLineID is the line the contract delivers (optional): its
	// commitments, invoices and payments are tracked under that line.
	InterventionLineID *pulid.ID
	Reference          string
	SignedOn           *civil.Date
	StartsOn, EndsOn   *civil.Date
	NetCents, VATCents int64
	Split              SplitInput
}

// maxAboveAward is how far a contract may exceed its award: the "quinto
// d'obbligo" (art. 120 c. 9 D.Lgs. 36/2023), 20%.
const maxAboveAwardBp = 2000

// SignContract records the contract of an awarded lot with its winner and
// splits its cost across the procedure's beneficiaries (EQUAL, by
// POPULATION, or CUSTOM amounts; computed splits use largest-remainder
// rounding so the shares sum exactly to the contract's cost: net, plus VAT
// when the category's VAT is eligible). A share that would take a member's
// commitments in the category beyond its allocation is refused, naming the
// member and the excess. When every lot has a contract the procedure
// becomes CONTRACTED. The lead manager may call it.
func (s *Service) SignContract(ctx context.Context, in ContractInput) (*gen.Contract, error) {
	l, err := s.Client(ctx).Lot.Query().Where(lot.ID(in.LotID)).
		WithProcurement(func(q *gen.ProcurementQuery) { q.WithProject().WithLots(func(q *gen.LotQuery) { q.WithContracts() }) }).Only(ctx)
	if err != nil {
		return nil, err
	}
	pc := l.Edges.Procurement
	if err := authz.Require(ctx, "Contract", authz.ActCreate, projectsvc.Scope(l.TenantAggregationID, l.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return nil, err
	}
	switch {
	case l.AwardCents == nil || l.AwardedVendorID == nil:
		return nil, apperr.Conflictf("contract.lot_not_awarded", "Il lotto %s (CIG %s) non è ancora aggiudicato.", l.Title, l.Cig)
	case pc.Status != procurement.StatusAWARDED && pc.Status != procurement.StatusCONTRACTED:
		return nil, apperr.Conflictf("contract.procedure_state", "La procedura è %s: non si stipulano contratti.", lifecycle.Procurement.Label(string(pc.Status)))
	case in.VendorID != *l.AwardedVendorID:
		return nil, apperr.Invalidf("vendorID", "contract.vendor_not_winner", "Il contratto va stipulato con l'aggiudicatario del lotto.")
	case in.NetCents <= 0:
		return nil, apperr.Invalidf("netCents", "contract.net", "L'importo netto del contratto deve essere positivo.")
	case in.VATCents < 0:
		return nil, apperr.Invalidf("vatCents", "contract.vat", "L'IVA non può essere negativa.")
	case in.NetCents > *l.AwardCents+money.BasisPoints(*l.AwardCents, maxAboveAwardBp):
		return nil, apperr.Invalidf("netCents", "contract.above_award", "L'importo netto (%s) supera di oltre un quinto l'aggiudicazione (%s).",
			money.FormatEUR(in.NetCents), money.FormatEUR(*l.AwardCents))
	case in.StartsOn != nil && in.EndsOn != nil && in.EndsOn.Before(*in.StartsOn):
		return nil, apperr.Invalidf("endsOn", "contract.period", "La fine dell'esecuzione precede l'inizio.")
	}
	sys := authz.Elevate(ctx)
	basis, err := s.populationBasis(ctx, pc, in.Split.Method)
	if err != nil {
		return nil, err
	}
	if in.InterventionLineID != nil {
		ok, err := s.Client(ctx).InterventionLine.Query().Where(interventionline.ID(*in.InterventionLineID),
			interventionline.CallID(pc.Edges.Project.CallID)).Exist(sys)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalidf("interventionLineID", "contract.line_not_in_call", "La linea di intervento non è prevista dal bando del progetto.")
		}
	}
	ct, err := s.Client(ctx).Contract.Create().SetLotID(l.ID).SetVendorID(in.VendorID).SetNillableInterventionLineID(in.InterventionLineID).
		SetReference(in.Reference).SetNillableSignedOn(in.SignedOn).SetNillableStartsOn(in.StartsOn).SetNillableEndsOn(in.EndsOn).
		SetNetCents(in.NetCents).SetVatCents(in.VATCents).SetSplitMethod(in.Split.Method).
		SetNillablePopulationYear(basis.year()).Save(sys)
	if err != nil {
		return nil, err
	}
	if err := s.split(ctx, pc, ct, in.Split, basis); err != nil {
		return nil, err
	}
	all := true
	for _, o := range pc.Edges.Lots {
		if o.ID != l.ID && len(o.Edges.Contracts) == 0 {
			all = false
		}
	}
	if all && pc.Status == procurement.StatusAWARDED {
		if _, err := pc.Update().SetStatus(procurement.StatusCONTRACTED).Save(sys); err != nil {
			return nil, err
		}
	}
	return ct, nil
}

// SplitContract replaces the split of a contract that is not closed. The
// lead manager may call it; the rules are SignContract's. With version
// (the contract's version the client read) a concurrent change of the
// contract is a CONFLICT instead of a lost update.
func (s *Service) SplitContract(ctx context.Context, id pulid.ID, in SplitInput, version *int) (*gen.Contract, error) {
	ct, err := s.Client(ctx).Contract.Query().Where(contract.ID(id)).
		WithLot(func(q *gen.LotQuery) { q.WithProcurement(func(q *gen.ProcurementQuery) { q.WithProject() }) }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "CostShare", authz.ActUpdate, projectsvc.Scope(ct.TenantAggregationID, ct.TenantRegionID)); err != nil {
		return nil, err
	}
	pc := ct.Edges.Lot.Edges.Procurement
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return nil, err
	}
	if ct.Status != contract.StatusACTIVE {
		return nil, apperr.Conflictf("contract.closed", "Il contratto è %s: la ripartizione non si modifica più.", lifecycle.Contract.Label(string(ct.Status)))
	}
	sys := authz.Elevate(ctx)
	basis, err := s.populationBasis(ctx, pc, in.Method)
	if err != nil {
		return nil, err
	}
	// The contract first: its version decides who wins a concurrent re-split.
	u := ct.Update().SetSplitMethod(in.Method)
	if y := basis.year(); y != nil {
		u.SetPopulationYear(*y)
	} else {
		u.ClearPopulationYear()
	}
	if version != nil {
		u.SetVersion(*version)
	}
	if ct, err = u.Save(sys); err != nil {
		return nil, err
	}
	if _, err := s.Client(ctx).CostShare.Delete().Where(costshare.ContractID(ct.ID)).Exec(sys); err != nil {
		return nil, err
	}
	if err := s.split(ctx, pc, ct, in, basis); err != nil {
		return nil, err
	}
	return ct, nil
}

// popBasis is the population a split by POPULATION uses; nil for the other
// methods.
type popBasis struct{ *population.Basis }

func (b *popBasis) year() *int {
	if b == nil || b.Basis == nil {
		return nil
	}
	return b.Year
}

// populationBasis resolves, for a split by POPULATION, the figure of every
// beneficiary: of the call's population year when the call names one, else
// each body's latest figure not after the project's funding year, all of one
// year. A member without the figure, or figures of different years, is
// INVALID with the bodies named and the way to fix it.
func (s *Service) populationBasis(ctx context.Context, pc *gen.Procurement, m contract.SplitMethod) (*popBasis, error) {
	if m != contract.SplitMethodPOPULATION {
		return &popBasis{}, nil
	}
	sys := authz.Elevate(ctx)
	p := pc.Edges.Project
	c, err := s.Client(ctx).Call.Get(sys, p.CallID)
	if err != nil {
		return nil, err
	}
	bodies, err := pc.QueryBeneficiaries().Order(publicbody.ByName(), publicbody.ByID()).All(sys)
	if err != nil {
		return nil, err
	}
	funded := p.DecreeDate.Year
	b, err := population.Resolve(sys, s.Client(ctx), bodies, c.PopulationYear, &funded)
	if err != nil {
		return nil, err
	}
	switch {
	case len(b.Missing) > 0 && c.PopulationYear != nil:
		return nil, apperr.Invalidf("splitMethod", "contract.population_missing_year",
			"Il bando usa la popolazione ISTAT al 1° gennaio %d, che manca per: %s. Caricarla con «%s» o ripartire in altro modo.",
			*c.PopulationYear, population.Names(b.Missing), population.ImportHint(*c.PopulationYear))
	case len(b.Missing) > 0:
		return nil, apperr.Invalidf("splitMethod", "contract.population_missing",
			"Manca la popolazione di %s: non si può ripartire per abitanti. Caricare i dati ISTAT con «capofila import-population --file FILE».",
			population.Names(b.Missing))
	case len(b.Mixed) > 0:
		return nil, apperr.Invalidf("splitMethod", "contract.population_mixed_years",
			"La popolazione degli enti non è dello stesso anno: %s. Indica nel bando l'anno della popolazione di riferimento o caricare per tutti i dati ISTAT dello stesso anno con «capofila import-population».",
			b.MixedText())
	}
	return &popBasis{b}, nil
}

// split writes the cost shares of ct across pc's beneficiaries.
func (s *Service) split(ctx context.Context, pc *gen.Procurement, ct *gen.Contract, in SplitInput, basis *popBasis) error {
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	p := pc.Edges.Project
	cat, err := c.ExpenseCategory.Get(sys, in.ExpenseCategoryID)
	if err != nil || cat.CallID != p.CallID {
		return apperr.Invalidf("expenseCategoryID", "contract.category_not_in_call", "La categoria di spesa non è prevista dal bando del progetto.")
	}
	bodies, err := pc.QueryBeneficiaries().Order(publicbody.ByName(), publicbody.ByID()).All(sys)
	if err != nil {
		return err
	}
	if len(bodies) == 0 {
		return apperr.Invalidf("beneficiaryIDs", "contract.no_beneficiaries", "La procedura non ha enti beneficiari tra cui ripartire il contratto.")
	}
	cost := ct.NetCents
	if cat.VatEligible {
		cost += ct.VatCents
	}
	parts := make([]int64, len(bodies))
	switch in.Method {
	case contract.SplitMethodEQUAL:
		if parts, err = money.SplitEqual(cost, len(bodies)); err != nil {
			return err
		}
	case contract.SplitMethodPOPULATION:
		w := make([]int64, len(bodies))
		for i, b := range bodies {
			w[i] = int64(basis.ByBody[b.ID])
		}
		if parts, err = money.SplitLargestRemainder(cost, w); err != nil {
			return err
		}
	case contract.SplitMethodCUSTOM:
		idx := map[pulid.ID]int{}
		for i, b := range bodies {
			idx[b.ID] = i
		}
		seen := map[pulid.ID]bool{}
		var sum int64
		for i, sh := range in.Shares {
			j, ok := idx[sh.BodyID]
			switch {
			case !ok:
				return apperr.Invalidf("shares", "contract.share_not_beneficiary", "Quota %d: l'ente non è beneficiario della procedura.", i+1)
			case seen[sh.BodyID]:
				return apperr.Invalidf("shares", "contract.share_duplicate", "Quota %d: %s compare due volte.", i+1, bodies[j].Name)
			case sh.AmountCents < 0:
				return apperr.Invalidf("shares", "contract.share_negative", "Quota %d: l'importo non può essere negativo.", i+1)
			}
			seen[sh.BodyID] = true
			parts[j] = sh.AmountCents
			sum += sh.AmountCents
		}
		if sum != cost {
			return apperr.Invalidf("shares", "contract.share_sum", "Le quote sommano %s ma il costo del contratto è %s (differenza %s).",
				money.FormatEUR(sum), money.FormatEUR(cost), money.FormatEUR(sum-cost))
		}
	default:
		return apperr.Invalidf("splitMethod", "contract.split_method", "Metodo di ripartizione sconosciuto: %s.", in.Method)
	}
	if err := s.checkCommitments(ctx, p, ct.ID, cat, bodies, parts); err != nil {
		return err
	}
	creates := make([]*gen.CostShareCreate, 0, len(bodies))
	for i, b := range bodies {
		if parts[i] == 0 {
			continue
		}
		creates = append(creates, c.CostShare.Create().SetContractID(ct.ID).SetBodyID(b.ID).
			SetExpenseCategoryID(cat.ID).SetAmountCents(parts[i]))
	}
	return db.InBatches(creates, func(b []*gen.CostShareCreate) error { return c.CostShare.CreateBulk(b...).Exec(sys) })
}

// checkCommitments refuses shares that would take a member's commitments
// in the category beyond its allocation there.
func (s *Service) checkCommitments(ctx context.Context, p *gen.Project, contractID pulid.ID, cat *gen.ExpenseCategory, bodies []*gen.PublicBody, parts []int64) error {
	ex, err := s.firstExcess(ctx, p, contractID, cat, bodies, parts)
	if err != nil || ex == nil {
		return err
	}
	return apperr.Invalidf("shares", "contract.share_exceeds_allocation",
		"%s: la quota di %s porterebbe l'impegnato nella categoria «%s» a %s, oltre la quota assegnata (%s) di %s.",
		ex.body.Name, money.FormatEUR(ex.part), cat.Name, money.FormatEUR(ex.after), money.FormatEUR(ex.allocated),
		money.FormatEUR(ex.after-ex.allocated))
}

// excess is a member whose commitments in a category would pass its
// allocation there: its new part of the contract, its commitments with it,
// and its allocation.
type excess struct {
	body                   *gen.PublicBody
	part, after, allocated int64
}

// firstExcess returns the first member (in the order of bodies) whose
// commitments in the category, with parts instead of the contract's
// current shares, would pass its allocation there; nil when all fit.
// Commitments are the cost shares of the project's contracts not
// terminated, as funding's checkCommitted sums them.
func (s *Service) firstExcess(ctx context.Context, p *gen.Project, contractID pulid.ID, cat *gen.ExpenseCategory, bodies []*gen.PublicBody, parts []int64) (*excess, error) {
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	var allocs []struct {
		BodyID pulid.ID `json:"body_id"`
		Sum    int64    `json:"sum"`
	}
	if err := c.Allocation.Query().Where(allocation.ProjectID(p.ID), allocation.ExpenseCategoryID(cat.ID)).
		GroupBy(allocation.FieldBodyID).Aggregate(gen.Sum(allocation.FieldAmountCents)).Scan(sys, &allocs); err != nil {
		return nil, err
	}
	allocated := map[pulid.ID]int64{}
	for _, a := range allocs {
		allocated[a.BodyID] = a.Sum
	}
	var shares []struct {
		BodyID pulid.ID `json:"body_id"`
		Sum    int64    `json:"sum"`
	}
	if err := c.CostShare.Query().Where(costshare.ExpenseCategoryID(cat.ID), costshare.ContractIDNEQ(contractID),
		costshare.HasContractWith(contract.StatusNEQ(contract.StatusTERMINATED), projectsvc.ContractsOf(p.ID))).
		GroupBy(costshare.FieldBodyID).Aggregate(gen.Sum(costshare.FieldAmountCents)).Scan(sys, &shares); err != nil {
		return nil, err
	}
	committed := map[pulid.ID]int64{}
	for _, sh := range shares {
		committed[sh.BodyID] = sh.Sum
	}
	for i, b := range bodies {
		if parts[i] == 0 {
			continue
		}
		after, err := money.Sum(committed[b.ID], parts[i])
		if err != nil {
			return nil, err
		}
		if after > allocated[b.ID] {
			return &excess{body: b, part: parts[i], after: after, allocated: allocated[b.ID]}, nil
		}
	}
	return nil, nil
}
