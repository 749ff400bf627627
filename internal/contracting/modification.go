package contracting

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/population"
	"github.com/capofila/capofila/internal/procurementlaw"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// ModificationInput is a modification of a contract in execution proposed
// under art. 120 D.Lgs. 36/2023: the contract's amounts and end date after
// it, its legal basis and the act ordering it.
type ModificationInput struct {
	ContractID pulid.ID
	// ContractVersion is the contract's version the client read (optional):
	// a contract changed since is a CONFLICT.
	ContractVersion *int
	Basis           contractmodification.Basis
	ActNumber       string
	ActDate         *civil.Date
	Reason          string
	// NetCents and VATCents are the contract's amounts after the
	// modification; EndsOn its end of execution after it (nil: unchanged).
	NetCents, VATCents int64
	EndsOn             *civil.Date
}

// Limits of a modification's texts, checked before any work.
const (
	maxReasonChars    = 4000
	maxActNumberChars = 50
)

// contractWithProject loads a contract with its lot, procedure and project
// through client c as ctx's viewer.
func contractWithProject(ctx context.Context, c *gen.Client, id pulid.ID) (*gen.Contract, error) {
	return c.Contract.Query().Where(contract.ID(id)).
		WithLot(func(q *gen.LotQuery) { q.WithProcurement(func(q *gen.ProcurementQuery) { q.WithProject() }) }).Only(ctx)
}

// ProposeContractModification records a PROPOSED modification of an
// ACTIVE contract after checking the limits of its legal basis
// (procurementlaw.CheckModification) and that a decrease stays above what
// is already invoiced; it keeps the contract's amounts, end date and
// version as they are and a preview of the members' shares after the
// modification. The contract changes only when the modification is applied
// (ApplyContractModification, ApplyModification).
//
// The lead manager of the project may call it (FORBIDDEN otherwise,
// NOT_FOUND for a contract the viewer cannot read). Errors: INVALID with a
// rule contract_modification.* naming the limit, the amount and the
// excess; CONFLICT for a contract that is not ACTIVE
// (contract_modification.contract_state), a project not active, or a stale
// contract version (version.stale).
func (s *Service) ProposeContractModification(ctx context.Context, in ModificationInput) (*gen.ContractModification, error) {
	if err := checkModificationInput(&in); err != nil {
		return nil, err
	}
	c := s.Client(ctx)
	ct, err := contractWithProject(ctx, c, in.ContractID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ContractModification", authz.ActCreate, projectsvc.Scope(ct.TenantAggregationID, ct.TenantRegionID)); err != nil {
		return nil, err
	}
	pc := ct.Edges.Lot.Edges.Procurement
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return nil, err
	}
	if err := activeContract(ct); err != nil {
		return nil, err
	}
	if in.ContractVersion != nil && *in.ContractVersion != ct.Version {
		return nil, hooks.ErrStale
	}
	endsOn := ct.EndsOn
	if in.EndsOn != nil {
		endsOn = in.EndsOn
	}
	switch {
	case in.NetCents == ct.NetCents && in.VATCents == ct.VatCents && sameDate(endsOn, ct.EndsOn):
		return nil, apperr.Invalidf("netCents", "contract_modification.no_change",
			"La modifica non cambia né l'importo né l'IVA né la fine dell'esecuzione del contratto.")
	case endsOn != nil && ct.StartsOn != nil && endsOn.Before(*ct.StartsOn):
		return nil, apperr.Invalidf("endsOn", "contract_modification.period",
			"La nuova fine dell'esecuzione (%s) precede l'inizio (%s).", endsOn.Italian(), ct.StartsOn.Italian())
	}
	sys := authz.Elevate(ctx)
	if err := s.checkModification(sys, c, ct, pc, procurementlaw.Basis(in.Basis), in.ActDate, in.NetCents, endsOn); err != nil {
		return nil, err
	}
	rs, err := s.resplit(sys, c, ct, pc, in.NetCents, in.VATCents)
	if err != nil {
		return nil, err
	}
	n, err := c.ContractModification.Query().Where(contractmodification.ContractID(ct.ID)).Count(sys)
	if err != nil {
		return nil, err
	}
	return c.ContractModification.Create().SetContractID(ct.ID).SetNumber(n + 1).SetBasis(in.Basis).
		SetActNumber(in.ActNumber).SetNillableActDate(in.ActDate).SetReason(in.Reason).
		SetBeforeNetCents(ct.NetCents).SetBeforeVatCents(ct.VatCents).SetNillableBeforeEndsOn(ct.EndsOn).
		SetBeforeContractVersion(ct.Version).SetNetCents(in.NetCents).SetVatCents(in.VATCents).SetNillableEndsOn(endsOn).
		SetSharesAfter(rs.after).Save(sys)
}

// ApplyContractModification makes a PROPOSED modification effective
// (ApplyModification). The lead manager of the project may call it
// (FORBIDDEN otherwise); with version (the modification's, as read) a
// concurrent change is a CONFLICT (version.stale). Errors are
// ApplyModification's.
func (s *Service) ApplyContractModification(ctx context.Context, id pulid.ID, version *int) (*gen.ContractModification, error) {
	m, err := s.Client(ctx).ContractModification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ContractModification", authz.ActTransition, projectsvc.Scope(m.TenantAggregationID, m.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := s.apply(ctx, id, version); err != nil {
		return nil, err
	}
	return s.Client(ctx).ContractModification.Get(ctx, id)
}

// ApplyModification makes a PROPOSED contract modification effective in
// ctx's transaction: the contract's amount and end date change, its cost is
// re-split across members, and every member's commitment must stay within
// its allocation in force (INVALID naming member and excess otherwise).
//
// It trusts its caller: it authorizes nobody and reads and writes as the
// system (authz.Elevate), so that the Region officer's approval of a
// variation can apply a modification the lead proposed. Callers check who
// may act first: ApplyContractModification checks the lead manager; the
// variation service checks the officer's decision. The rules are checked
// again as the data stand now: the modification must be PROPOSED
// (CONFLICT lifecycle.transition), its contract ACTIVE
// (contract_modification.contract_state) and at the version the
// modification was proposed on (CONFLICT contract_modification.contract_changed),
// the project active, the legal limits and the invoiced amount respected
// (INVALID contract_modification.*), and every member's commitments in its
// category within its allocation (INVALID
// contract_modification.exceeds_allocation).
func (s *Service) ApplyModification(ctx context.Context, id pulid.ID) error {
	return s.apply(ctx, id, nil)
}

func (s *Service) apply(ctx context.Context, id pulid.ID, version *int) error {
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	m, err := c.ContractModification.Get(sys, id)
	if err != nil {
		return err
	}
	if version != nil && *version != m.Version {
		return hooks.ErrStale
	}
	if err := lifecycle.ContractModification.Check(string(m.Status), string(contractmodification.StatusEFFECTIVE)); err != nil {
		return err
	}
	ct, err := contractWithProject(sys, c, m.ContractID)
	if err != nil {
		return err
	}
	pc := ct.Edges.Lot.Edges.Procurement
	if err := projectsvc.Editable(pc.Edges.Project); err != nil {
		return err
	}
	if err := activeContract(ct); err != nil {
		return err
	}
	if ct.Version != m.BeforeContractVersion {
		return apperr.Conflictf("contract_modification.contract_changed",
			"Il contratto è cambiato dopo la proposta della modifica n. %d (versione %d, ora %d): ritirarla e proporla di nuovo sui dati attuali.",
			m.Number, m.BeforeContractVersion, ct.Version)
	}
	if err := s.checkModification(sys, c, ct, pc, procurementlaw.Basis(m.Basis), m.ActDate, m.NetCents, m.EndsOn); err != nil {
		return err
	}
	rs, err := s.resplit(sys, c, ct, pc, m.NetCents, m.VatCents)
	if err != nil {
		return err
	}
	ex, err := s.firstExcess(sys, pc.Edges.Project, ct.ID, rs.cat, rs.bodies, rs.parts)
	if err != nil {
		return err
	}
	if ex != nil {
		return apperr.Invalidf("netCents", "contract_modification.exceeds_allocation",
			"%s: con la modifica la quota di %s porterebbe l'impegnato nella categoria «%s» a %s, oltre la quota assegnata in vigore (%s) di %s. Serve prima una variazione del progetto, approvata dalla Regione, che aumenti la quota assegnata.",
			ex.body.Name, money.FormatEUR(ex.part), rs.cat.Name, money.FormatEUR(ex.after), money.FormatEUR(ex.allocated),
			money.FormatEUR(ex.after-ex.allocated))
	}
	// The contract first, at the version the modification was proposed on:
	// a concurrent change of the contract loses here.
	u := ct.Update().SetNetCents(m.NetCents).SetVatCents(m.VatCents).SetVersion(m.BeforeContractVersion)
	if m.EndsOn != nil {
		u.SetEndsOn(*m.EndsOn)
	} else {
		u.ClearEndsOn()
	}
	if _, err := u.Save(sys); err != nil {
		return err
	}
	if _, err := c.CostShare.Delete().Where(costshare.ContractID(ct.ID)).Exec(sys); err != nil {
		return err
	}
	creates := make([]*gen.CostShareCreate, 0, len(rs.bodies))
	for i, b := range rs.bodies {
		if rs.parts[i] == 0 {
			continue
		}
		creates = append(creates, c.CostShare.Create().SetContractID(ct.ID).SetBodyID(b.ID).
			SetExpenseCategoryID(rs.cat.ID).SetAmountCents(rs.parts[i]))
	}
	if err := db.InBatches(creates, func(b []*gen.CostShareCreate) error { return c.CostShare.CreateBulk(b...).Exec(sys) }); err != nil {
		return err
	}
	effective := s.Today()
	if m.ActDate != nil {
		effective = *m.ActDate
	}
	mu := m.Update().SetStatus(contractmodification.StatusEFFECTIVE).SetEffectiveOn(effective).
		SetSharesBefore(rs.before).SetSharesAfter(rs.after)
	if version != nil {
		mu.SetVersion(*version)
	}
	_, err = mu.Save(sys)
	return err
}

// WithdrawContractModification withdraws a PROPOSED modification; the
// contract is untouched. The lead manager of the project may call it
// (FORBIDDEN otherwise). Errors: CONFLICT lifecycle.transition for a
// modification no longer PROPOSED, version.stale for a stale version.
func (s *Service) WithdrawContractModification(ctx context.Context, id pulid.ID, version *int) (*gen.ContractModification, error) {
	c := s.Client(ctx)
	m, err := c.ContractModification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ContractModification", authz.ActTransition, projectsvc.Scope(m.TenantAggregationID, m.TenantRegionID)); err != nil {
		return nil, err
	}
	if version != nil && *version != m.Version {
		return nil, hooks.ErrStale
	}
	if err := lifecycle.ContractModification.Check(string(m.Status), string(contractmodification.StatusWITHDRAWN)); err != nil {
		return nil, err
	}
	u := m.Update().SetStatus(contractmodification.StatusWITHDRAWN)
	if version != nil {
		u.SetVersion(*version)
	}
	return u.Save(authz.Elevate(ctx))
}

// Modifications returns a contract's modifications, oldest first, as the
// viewer reads them.
func (s *Service) Modifications(ctx context.Context, ct *gen.Contract) ([]*gen.ContractModification, error) {
	return ct.QueryModifications().Order(contractmodification.ByNumber()).All(ctx)
}

// checkModificationInput enforces the limits of the input before any work.
func checkModificationInput(in *ModificationInput) error {
	in.Reason = strings.TrimSpace(in.Reason)
	in.ActNumber = strings.TrimSpace(in.ActNumber)
	switch {
	case in.Reason == "":
		return apperr.Invalidf("reason", "contract_modification.reason", "Indicare il motivo della modifica.")
	// The columns count bytes, as every text of the schema does: an
	// accented letter counts two.
	case len(in.Reason) > maxReasonChars:
		return apperr.Invalidf("reason", "contract_modification.reason_too_long",
			"Il motivo può avere al massimo %d caratteri (le lettere accentate ne contano due): ne contiene %d.",
			maxReasonChars, utf8.RuneCountInString(in.Reason))
	case len(in.ActNumber) > maxActNumberChars:
		return apperr.Invalidf("actNumber", "contract_modification.act_number_too_long",
			"Il numero dell'atto può avere al massimo %d caratteri (le lettere accentate ne contano due): ne contiene %d.",
			maxActNumberChars, utf8.RuneCountInString(in.ActNumber))
	case !procurementlaw.Basis(in.Basis).Valid():
		return apperr.Invalidf("basis", "contract_modification.basis", "Base giuridica della modifica sconosciuta: %s.", in.Basis)
	case in.NetCents <= 0:
		return apperr.Invalidf("netCents", "contract_modification.net", "L'importo netto del contratto deve restare positivo.")
	}
	if err := money.CheckBound("netCents", in.NetCents); err != nil {
		return err
	}
	return money.CheckBound("vatCents", in.VATCents)
}

func activeContract(ct *gen.Contract) error {
	if ct.Status != contract.StatusACTIVE {
		return apperr.Conflictf("contract_modification.contract_state",
			"Il contratto è %s: si modificano solo i contratti in esecuzione.", lifecycle.Contract.Label(string(ct.Status)))
	}
	return nil
}

func sameDate(a, b *civil.Date) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

// checkModification checks the legal limits of a modification of ct to
// net and endsOn (procurementlaw.CheckModification, against the amount at
// signing and the contract's effective modifications) and that the new net
// amount is not below what is already invoiced on the contract.
func (s *Service) checkModification(sys context.Context, c *gen.Client, ct *gen.Contract, pc *gen.Procurement,
	basis procurementlaw.Basis, actDate *civil.Date, net int64, endsOn *civil.Date) error {
	past, err := c.ContractModification.Query().Where(contractmodification.ContractID(ct.ID),
		contractmodification.StatusEQ(contractmodification.StatusEFFECTIVE)).Order(contractmodification.ByNumber()).All(sys)
	if err != nil {
		return err
	}
	orig := ct.NetCents
	if len(past) > 0 {
		orig = past[0].BeforeNetCents
	}
	pm := make([]procurementlaw.PastModification, len(past))
	for i, p := range past {
		pm[i] = procurementlaw.PastModification{Basis: procurementlaw.Basis(p.Basis), DeltaCents: p.NetCents - p.BeforeNetCents}
	}
	on := s.Today()
	if actDate != nil {
		on = *actDate
	}
	if err := procurementlaw.CheckModification(procurementlaw.Modification{
		Basis: basis, Object: procurementlaw.Object(pc.ObjectType), OriginalNetCents: orig,
		BeforeNetCents: ct.NetCents, AfterNetCents: net, BeforeEndsOn: ct.EndsOn, AfterEndsOn: endsOn, On: on, Past: pm,
	}); err != nil {
		return err
	}
	if net >= ct.NetCents {
		return nil
	}
	invs, err := c.Invoice.Query().Where(invoice.ContractID(ct.ID), invoice.DocumentTypeNEQ("TD04")).All(sys)
	if err != nil {
		return err
	}
	var invoiced int64
	for _, inv := range invs {
		if invoiced, err = money.Sum(invoiced, inv.TaxableCents-inv.CreditedTaxableCents); err != nil {
			return err
		}
	}
	if net < invoiced {
		return apperr.Invalidf("netCents", "contract_modification.below_invoiced",
			"Il nuovo importo netto (%s) è inferiore all'imponibile già fatturato sul contratto (%s) di %s.",
			money.FormatEUR(net), money.FormatEUR(invoiced), money.FormatEUR(invoiced-net))
	}
	return nil
}

// resplitResult is a contract's cost split again after a modification: the
// members in split order with their new parts, the category charged, and
// the shares before and after as kept on the modification.
type resplitResult struct {
	cat           *gen.ExpenseCategory
	bodies        []*gen.PublicBody
	parts         []int64
	before, after []schematype.ShareSnapshot
}

// resplit splits the cost of ct with net and vat by the contract's rule:
// EQUAL and POPULATION over the procedure's beneficiaries again (the
// population of the contract's populationYear), CUSTOM in proportion to
// the current shares; a beneficiary no longer a member of the aggregation
// keeps its current share and the rest is split among the others; always
// by largest remainder, the parts summing
// exactly to the new cost, in the category of the current shares. (The
// ledger's MemberParts caps an amount at the weights' total, which suits
// dividing an invoice, not growing a contract: the split is
// money.SplitLargestRemainder, the rule beneath both.)
func (s *Service) resplit(sys context.Context, c *gen.Client, ct *gen.Contract, pc *gen.Procurement, net, vat int64) (*resplitResult, error) {
	shares, err := ct.QueryCostShares().WithBody().Order(costshare.ByBodyID()).All(sys)
	if err != nil {
		return nil, err
	}
	if len(shares) == 0 || shares[0].ExpenseCategoryID == nil {
		return nil, apperr.Invalidf("contractID", "contract_modification.no_shares",
			"Il contratto non ha una ripartizione tra gli enti in una categoria di spesa: ripartirlo prima di modificarlo.")
	}
	catID := *shares[0].ExpenseCategoryID
	for _, sh := range shares {
		if sh.ExpenseCategoryID == nil || *sh.ExpenseCategoryID != catID {
			return nil, apperr.Invalidf("contractID", "contract_modification.mixed_categories",
				"Le quote del contratto sono in categorie di spesa diverse: ripartirlo in una sola categoria prima di modificarlo.")
		}
	}
	cat, err := c.ExpenseCategory.Get(sys, catID)
	if err != nil {
		return nil, err
	}
	cost := net
	if cat.VatEligible {
		if cost, err = money.Sum(net, vat); err != nil {
			return nil, err
		}
	}
	r := &resplitResult{cat: cat}
	for _, sh := range shares {
		r.before = append(r.before, schematype.ShareSnapshot{BodyID: sh.BodyID, BodyName: sh.Edges.Body.Name,
			ExpenseCategoryID: sh.ExpenseCategoryID, AmountCents: sh.AmountCents})
	}
	switch ct.SplitMethod {
	case contract.SplitMethodCUSTOM:
		for i, sh := range shares {
			if i == 0 || sh.BodyID != shares[i-1].BodyID { // ordered by body
				r.bodies = append(r.bodies, sh.Edges.Body)
			}
		}
	case contract.SplitMethodEQUAL, contract.SplitMethodPOPULATION:
		if r.bodies, err = pc.QueryBeneficiaries().Order(publicbody.ByName(), publicbody.ByID()).All(sys); err != nil {
			return nil, err
		}
		if len(r.bodies) == 0 {
			return nil, apperr.Invalidf("contractID", "contract.no_beneficiaries", "La procedura non ha enti beneficiari tra cui ripartire il contratto.")
		}
	default:
		return nil, apperr.Invalidf("splitMethod", "contract.split_method", "Metodo di ripartizione sconosciuto: %s.", ct.SplitMethod)
	}
	// A member that has left the aggregation keeps its share as it is
	// (what it committed when it left; a withdrawal's plan keeps exactly
	// that): the change is split among the members that remain.
	current, err := c.Membership.Query().Where(membership.AggregationID(pc.Edges.Project.AggregationID), membership.LeftOnIsNil()).
		Select(membership.FieldBodyID).Strings(sys)
	if err != nil {
		return nil, err
	}
	isMember := make(map[pulid.ID]bool, len(current))
	for _, id := range current {
		isMember[pulid.ID(id)] = true
	}
	had := make(map[pulid.ID]int64, len(shares))
	for _, sh := range shares {
		had[sh.BodyID] += sh.AmountCents
	}
	var stay []*gen.PublicBody
	var frozen int64
	for _, b := range r.bodies {
		if isMember[b.ID] {
			stay = append(stay, b)
		} else if frozen, err = money.Sum(frozen, had[b.ID]); err != nil {
			return nil, err
		}
	}
	if len(stay) == 0 {
		return nil, apperr.Invalidf("contractID", "contract_modification.no_members",
			"Nessuno degli enti tra cui è ripartito il contratto fa ancora parte dell'aggregazione: la modifica non ha a chi essere ripartita.")
	}
	if cost < frozen {
		return nil, apperr.Invalidf("netCents", "contract_modification.below_former_members",
			"Il nuovo costo del contratto (%s) è inferiore alle quote degli enti usciti dall'aggregazione, che restano invariate (%s), di %s.",
			money.FormatEUR(cost), money.FormatEUR(frozen), money.FormatEUR(frozen-cost))
	}
	var parts []int64
	switch ct.SplitMethod {
	case contract.SplitMethodCUSTOM:
		w := make([]int64, len(stay))
		for i, b := range stay {
			w[i] = had[b.ID]
		}
		parts, err = money.SplitLargestRemainder(cost-frozen, w)
	case contract.SplitMethodEQUAL:
		parts, err = money.SplitEqual(cost-frozen, len(stay))
	default:
		parts, err = s.populationParts(sys, c, ct, pc, stay, cost-frozen)
	}
	if err != nil {
		return nil, err
	}
	r.parts = make([]int64, len(r.bodies))
	for i, j := 0, 0; i < len(r.bodies); i++ {
		if b := r.bodies[i]; !isMember[b.ID] {
			r.parts[i] = had[b.ID]
		} else {
			r.parts[i], j = parts[j], j+1
		}
	}
	for i, b := range r.bodies {
		if r.parts[i] == 0 {
			continue
		}
		id := cat.ID
		r.after = append(r.after, schematype.ShareSnapshot{BodyID: b.ID, BodyName: b.Name, ExpenseCategoryID: &id, AmountCents: r.parts[i]})
	}
	return r, nil
}

// populationParts splits cost by the beneficiaries' population of the
// year the contract was split by (the project's basis when none is kept).
func (s *Service) populationParts(sys context.Context, c *gen.Client, ct *gen.Contract, pc *gen.Procurement, bodies []*gen.PublicBody, cost int64) ([]int64, error) {
	var byBody map[pulid.ID]int
	if ct.PopulationYear != nil {
		b, err := population.Resolve(sys, c, bodies, ct.PopulationYear, nil)
		if err != nil {
			return nil, err
		}
		if len(b.Missing) > 0 {
			return nil, apperr.Invalidf("contractID", "contract.population_missing_year",
				"Il contratto è ripartito per la popolazione ISTAT al 1° gennaio %d, che manca per: %s. Caricarla con «%s».",
				*ct.PopulationYear, population.Names(b.Missing), population.ImportHint(*ct.PopulationYear))
		}
		byBody = b.ByBody
	} else {
		b, err := s.populationBasis(sys, pc, contract.SplitMethodPOPULATION)
		if err != nil {
			return nil, err
		}
		byBody = b.ByBody
	}
	w := make([]int64, len(bodies))
	for i, b := range bodies {
		w[i] = int64(byBody[b.ID])
	}
	return money.SplitLargestRemainder(cost, w)
}
