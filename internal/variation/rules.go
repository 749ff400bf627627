package variation

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/planversion"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/money"
)

// checker holds what the rules of a project's variations read: the call's
// terms, the members, the plan in force and what each member has already
// used (committed by contracts, claimed).
type checker struct {
	p       *gen.Project
	call    *gen.Call
	cats    map[pulid.ID]*gen.ExpenseCategory
	lines   map[pulid.ID]bool
	members map[pulid.ID]bool // current members
	names   map[pulid.ID]string
	lead    pulid.ID
	// current is the plan in force now: the project's allocations, with
	// the number and start of the newest version.
	current Plan
	// plan is the newest plan version (or version 1 by fallback).
	plan Plan
	// first is version 1 (its end date is the one extensions add to).
	first Plan
	// used is, per member and category, what the member may not lose: the
	// larger of what its contracts commit and what its claims ask
	// (admitted, or claimed while under review).
	used      map[[2]pulid.ID]int64
	committed map[[2]pulid.ID]int64
	claimed   map[[2]pulid.ID]int64
}

// checker loads what the rules read, with the system's rights (the caller
// has authorized the action on the project).
func (s *Service) checker(ctx context.Context, p *gen.Project) (*checker, error) {
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	cl, err := c.Call.Query().Where(call.ID(p.CallID)).WithExpenseCategories().WithInterventionLines().Only(sys)
	if err != nil {
		return nil, err
	}
	ck := &checker{p: p, call: cl, cats: map[pulid.ID]*gen.ExpenseCategory{}, lines: map[pulid.ID]bool{},
		members: map[pulid.ID]bool{}, names: map[pulid.ID]string{},
		used: map[[2]pulid.ID]int64{}, committed: map[[2]pulid.ID]int64{}, claimed: map[[2]pulid.ID]int64{}}
	for _, k := range cl.Edges.ExpenseCategories {
		ck.cats[k.ID] = k
	}
	for _, l := range cl.Edges.InterventionLines {
		ck.lines[l.ID] = true
	}
	ag, err := c.Aggregation.Get(sys, p.AggregationID)
	if err != nil {
		return nil, err
	}
	ck.lead = ag.LeadID
	ms, err := c.Membership.Query().Where(membership.AggregationID(p.AggregationID), membership.LeftOnIsNil()).All(sys)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		ck.members[m.BodyID] = true
	}
	if ck.current, err = currentPlan(sys, c, p.ID); err != nil {
		return nil, err
	}
	latest, err := c.PlanVersion.Query().Where(planversion.ProjectID(p.ID)).Order(gen.Desc(planversion.FieldNumber)).First(sys)
	switch {
	case gen.IsNotFound(err):
		ck.plan, ck.first = ck.current, ck.current
	case err != nil:
		return nil, err
	default:
		ck.current.Number, ck.current.EffectiveFrom = latest.Number, &latest.EffectiveFrom
		ck.plan = Plan{Number: latest.Number, EffectiveFrom: &latest.EffectiveFrom, EndsOn: latest.EndsOn}
		first, err := c.PlanVersion.Query().Where(planversion.ProjectID(p.ID), planversion.Number(1)).Only(sys)
		if err != nil {
			return nil, err
		}
		ck.first = Plan{Number: 1, EffectiveFrom: &first.EffectiveFrom, EndsOn: first.EndsOn}
	}
	ids := make([]pulid.ID, 0, len(ck.members)+len(ck.current.Rows))
	for id := range ck.members {
		ids = append(ids, id)
	}
	for _, r := range ck.current.Rows {
		ids = append(ids, r.BodyID)
	}
	bodies, err := c.PublicBody.Query().Where(publicbody.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, b := range bodies {
		ck.names[b.ID] = b.Name
	}
	if err := s.loadUsed(sys, ck); err != nil {
		return nil, err
	}
	return ck, nil
}

type sumRow struct {
	Body pulid.ID  `json:"body_id"`
	Cat  *pulid.ID `json:"expense_category_id"`
	Sum  int64     `json:"sum"`
}

// loadUsed reads what each member has committed and claimed per category.
func (s *Service) loadUsed(sys context.Context, ck *checker) error {
	c := s.Client(sys)
	var committed, claimed, admitted []sumRow
	err := c.CostShare.Query().Where(costshare.HasContractWith(contract.StatusNEQ(contract.StatusTERMINATED),
		contract.HasLotWith(lot.HasProcurementWith(procurement.ProjectID(ck.p.ID))))).
		GroupBy(costshare.FieldBodyID, costshare.FieldExpenseCategoryID).
		Aggregate(gen.As(gen.Sum(costshare.FieldAmountCents), "sum")).Scan(sys, &committed)
	if err != nil {
		return err
	}
	err = c.ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(ck.p.ID),
		expenseclaim.StatusIn(expenseclaim.StatusSUBMITTED, expenseclaim.StatusUNDER_REVIEW, expenseclaim.StatusCHANGES_REQUESTED))).
		GroupBy(expenseitem.FieldBodyID, expenseitem.FieldExpenseCategoryID).
		Aggregate(gen.As(gen.Sum(expenseitem.FieldClaimedCents), "sum")).Scan(sys, &claimed)
	if err != nil {
		return err
	}
	err = c.ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(ck.p.ID),
		expenseclaim.StatusIn(expenseclaim.StatusACCEPTED, expenseclaim.StatusPARTIALLY_ACCEPTED)), expenseitem.AdmittedCentsNotNil()).
		GroupBy(expenseitem.FieldBodyID, expenseitem.FieldExpenseCategoryID).
		Aggregate(gen.As(gen.Sum(expenseitem.FieldAdmittedCents), "sum")).Scan(sys, &admitted)
	if err != nil {
		return err
	}
	for _, r := range committed {
		if r.Cat != nil {
			ck.committed[[2]pulid.ID{r.Body, *r.Cat}] += r.Sum
		}
	}
	for _, rs := range [][]sumRow{claimed, admitted} {
		for _, r := range rs {
			if r.Cat != nil {
				ck.claimed[[2]pulid.ID{r.Body, *r.Cat}] += r.Sum
			}
		}
	}
	for k, v := range ck.committed {
		ck.used[k] = max(ck.used[k], v)
	}
	for k, v := range ck.claimed {
		ck.used[k] = max(ck.used[k], v)
	}
	return nil
}

func (ck *checker) name(id pulid.ID) string {
	if n := ck.names[id]; n != "" {
		return n
	}
	return string(id)
}

func (ck *checker) catName(id pulid.ID) string {
	if k := ck.cats[id]; k != nil {
		return k.Name
	}
	return string(id)
}

func eur(c int64) string { return money.FormatEUR(c) }

// problems lists every rule the variation v with the plan rows breaks.
func (ck *checker) problems(ctx context.Context, s *Service, v *gen.Variation, rows []Row) []funding.Problem {
	var ps []funding.Problem
	add := func(rule, body, cat string, amount int64, format string, args ...any) {
		ps = append(ps, funding.Problem{Rule: rule, BodyID: body, CategoryID: cat, AmountCents: amount, Message: fmt.Sprintf(format, args...)})
	}
	has := func(k string) bool { return slices.Contains(v.Kinds, k) }
	if len(v.Kinds) == 0 {
		add("variation.kinds", "", "", 0, "Indica almeno un tipo di variazione.")
	}
	if v.Reason == "" {
		add("variation.reason", "", "", 0, "Indica il motivo della variazione.")
	}
	needsPlan := has(KindReplan) || has(KindMemberWithdrawal) || has(KindMemberAccession)
	switch {
	case needsPlan && len(rows) == 0:
		add("variation.plan_missing", "", "", 0, "Indica il piano delle quote dopo la variazione.")
	case !needsPlan && len(rows) > 0:
		add("variation.plan_kind", "", "", 0, "Un nuovo piano delle quote richiede il tipo REPLAN (o il recesso o l'ingresso di un ente).")
	}
	ck.extension(ctx, s, v, add)
	ck.membersRules(ctx, s, v, rows, add)
	switch {
	case has(KindContractModification) && s.mods == nil:
		add("variation.contract_modifications_unavailable", "", "", 0, "Le modifiche contrattuali non sono ancora disponibili in questa installazione.")
	case has(KindContractModification) && len(v.ContractModificationIds) == 0:
		add("variation.contract_modifications_missing", "", "", 0, "Indica le modifiche contrattuali da rendere efficaci.")
	case !has(KindContractModification) && len(v.ContractModificationIds) > 0:
		add("variation.contract_modifications_kind", "", "", 0, "Le modifiche contrattuali richiedono il tipo CONTRACT_MODIFICATION.")
	}
	if len(rows) > 0 {
		ck.planRules(v, rows, add)
	}
	return ps
}

type adder func(rule, body, cat string, amount int64, format string, args ...any)

// extension checks an END_DATE_EXTENSION against the call's limits.
func (ck *checker) extension(ctx context.Context, s *Service, v *gen.Variation, add adder) {
	if !slices.Contains(v.Kinds, KindEndDateExtension) {
		if v.RequestedEndsOn != nil {
			add("variation.ends_on_kind", "", "", 0, "Una nuova data di fine richiede il tipo END_DATE_EXTENSION.")
		}
		return
	}
	if v.RequestedEndsOn == nil {
		add("variation.ends_on_missing", "", "", 0, "Indica la nuova data di fine del progetto.")
		return
	}
	if ck.p.EndsOn != nil && !v.RequestedEndsOn.After(*ck.p.EndsOn) {
		add("variation.ends_on_not_later", "", "", 0, "La nuova data di fine (%s) deve seguire quella in vigore (%s).",
			v.RequestedEndsOn.Italian(), ck.p.EndsOn.Italian())
	}
	n, err := s.Client(ctx).Variation.Query().Where(variation.ProjectID(ck.p.ID), variation.IDNEQ(v.ID),
		variation.StatusIn(variation.StatusAPPROVED, variation.StatusPARTIALLY_APPROVED), variation.ApprovedEndsOnNotNil()).
		Count(authz.Elevate(ctx))
	if err == nil && n >= ck.call.MaxExtensions {
		add("variation.max_extensions", "", "", 0, "Il bando ammette al massimo %d proroghe: il progetto ne ha già avute %d.", ck.call.MaxExtensions, n)
	}
	base := ck.first.EndsOn
	if base == nil {
		base = ck.p.EndsOn
	}
	if base != nil {
		if limit, ok := base.AddMonths(ck.call.MaxExtensionMonths); ok && v.RequestedEndsOn.After(limit) {
			add("variation.max_extension_months", "", "", 0, "Il bando ammette proroghe per al massimo %d mesi in tutto dalla fine prevista (%s): la nuova data di fine non può superare il %s.",
				ck.call.MaxExtensionMonths, base.Italian(), limit.Italian())
		}
	}
}

// membersRules checks withdrawal, accession and lead change.
func (ck *checker) membersRules(ctx context.Context, s *Service, v *gen.Variation, rows []Row, add adder) {
	has := func(k string) bool { return slices.Contains(v.Kinds, k) }
	if has(KindMemberWithdrawal) {
		switch l := v.LeavingBodyID; {
		case l == nil:
			add("variation.leaver_missing", "", "", 0, "Indica l'ente che recede.")
		case !ck.members[*l]:
			add("variation.leaver_not_member", string(*l), "", 0, "%s non è un ente aderente.", ck.name(*l))
		case *l == ck.lead && !(has(KindLeadChange) && v.NewLeadBodyID != nil && *v.NewLeadBodyID != *l):
			add("variation.leaver_is_lead", string(*l), "", 0, "%s è il capofila: prima di recedere va indicato un nuovo capofila (LEAD_CHANGE).", ck.name(*l))
		default:
			ck.leaver(*l, rows, add)
		}
	} else if v.LeavingBodyID != nil {
		add("variation.leaver_kind", string(*v.LeavingBodyID), "", 0, "Il recesso di un ente richiede il tipo MEMBER_WITHDRAWAL.")
	}
	if has(KindMemberAccession) {
		switch j := v.JoiningBodyID; {
		case j == nil:
			add("variation.joiner_missing", "", "", 0, "Indica l'ente che entra nell'aggregazione.")
		case ck.members[*j]:
			add("variation.joiner_member", string(*j), "", 0, "%s fa già parte dell'aggregazione.", ck.name(*j))
		default:
			b, err := s.Client(ctx).PublicBody.Get(authz.Elevate(ctx), *j)
			switch {
			case err != nil:
				add("variation.joiner_missing", string(*j), "", 0, "Ente non trovato.")
			case b.Kind != publicbody.KindCOMUNE && b.Kind != publicbody.KindUNIONE_COMUNI:
				add("aggregation.member_kind", string(*j), "", 0, "%s non è un Comune né un'Unione di Comuni.", b.Name)
			default:
				ck.names[b.ID] = b.Name
			}
		}
	} else if v.JoiningBodyID != nil {
		add("variation.joiner_kind", string(*v.JoiningBodyID), "", 0, "L'ingresso di un ente richiede il tipo MEMBER_ACCESSION.")
	}
	if has(KindLeadChange) {
		switch n := v.NewLeadBodyID; {
		case n == nil:
			add("variation.new_lead_missing", "", "", 0, "Indica il nuovo capofila.")
		case *n == ck.lead:
			add("variation.new_lead_same", string(*n), "", 0, "%s è già il capofila.", ck.name(*n))
		case !ck.members[*n] || (v.LeavingBodyID != nil && *v.LeavingBodyID == *n):
			add("variation.new_lead_not_member", string(*n), "", 0, "%s non è un ente aderente che resta nell'aggregazione: il capofila si sceglie tra questi.", ck.name(*n))
		}
	} else if v.NewLeadBodyID != nil {
		add("variation.new_lead_kind", string(*v.NewLeadBodyID), "", 0, "Un nuovo capofila richiede il tipo LEAD_CHANGE.")
	}
}

// leaver checks that a leaving member keeps exactly what it has used (its
// commitments stay with it) and that the rest of its allocation moves.
func (ck *checker) leaver(body pulid.ID, rows []Row, add adder) {
	after := map[pulid.ID]int64{}
	for _, r := range rows {
		if r.BodyID == body {
			after[r.ExpenseCategoryID] += r.AmountCents
		}
	}
	cats := make([]pulid.ID, 0, len(ck.cats))
	for id := range ck.cats {
		cats = append(cats, id)
	}
	slices.Sort(cats)
	for _, cat := range cats {
		used := ck.used[[2]pulid.ID{body, cat}]
		if got := after[cat]; got > used {
			add("variation.leaver_unspent", string(body), string(cat), got-used,
				"%s recede: nella categoria «%s» conserva solo quanto ha già impegnato o rendicontato (%s); gli altri %s vanno assegnati ad altri enti.",
				ck.name(body), ck.catName(cat), eur(used), eur(got-used))
		}
	}
}

// planRules checks a proposed plan: members and categories of the call,
// no repeated row, the grant's total, the caps per member and category,
// and nothing below what a member has already committed or claimed.
func (ck *checker) planRules(v *gen.Variation, rows []Row, add adder) {
	allowed := map[pulid.ID]bool{}
	for id := range ck.members {
		allowed[id] = true
	}
	before := ck.current.PerMember()
	for id := range before {
		allowed[id] = true // a former member keeps what it used
	}
	if slices.Contains(v.Kinds, KindMemberAccession) && v.JoiningBodyID != nil {
		allowed[*v.JoiningBodyID] = true
	}
	seen := map[key]bool{}
	var total int64
	perMember := map[pulid.ID]int64{}
	perCat := map[pulid.ID]int64{}
	perMemberCat := map[[2]pulid.ID]int64{}
	for i, r := range rows {
		row := i + 1
		switch {
		case !allowed[r.BodyID]:
			add("allocation.not_member", string(r.BodyID), "", 0, "Riga %d: l'ente non fa parte dell'aggregazione.", row)
			continue
		case ck.cats[r.ExpenseCategoryID] == nil:
			add("allocation.category_not_in_call", string(r.BodyID), string(r.ExpenseCategoryID), 0, "Riga %d: la categoria non è prevista dal bando.", row)
			continue
		case r.InterventionLineID != nil && !ck.lines[*r.InterventionLineID]:
			add("allocation.line_not_in_call", string(r.BodyID), "", 0, "Riga %d: la linea di intervento non è prevista dal bando.", row)
			continue
		case r.AmountCents < 0 || r.AmountCents > money.MaxCents:
			add("allocation.amount", string(r.BodyID), string(r.ExpenseCategoryID), 0, "Riga %d: importo fuori dai limiti (%s).", row, eur(r.AmountCents))
			continue
		case seen[r.key()]:
			add("allocation.duplicate", string(r.BodyID), string(r.ExpenseCategoryID), 0, "Riga %d: ente, categoria e linea ripetuti.", row)
			continue
		}
		seen[r.key()] = true
		total += r.AmountCents // each row ≤ 10^11: no overflow
		perMember[r.BodyID] += r.AmountCents
		perCat[r.ExpenseCategoryID] += r.AmountCents
		perMemberCat[[2]pulid.ID{r.BodyID, r.ExpenseCategoryID}] += r.AmountCents
	}
	if total != ck.p.GrantedCents {
		diff, what := total-ck.p.GrantedCents, "supera"
		if diff < 0 {
			what, diff = "è inferiore a", -diff
		}
		add("allocation.sum", "", "", diff, "La somma delle quote (%s) %s l'importo concesso (%s) di %s: una variazione non cambia il contributo.",
			eur(total), what, eur(ck.p.GrantedCents), eur(diff))
	}
	bodies := make([]pulid.ID, 0, len(perMember))
	for b := range perMember {
		bodies = append(bodies, b)
	}
	slices.SortFunc(bodies, func(a, b pulid.ID) int { return cmp.Compare(ck.name(a), ck.name(b)) })
	if limit := ck.call.CapPerMemberCents; limit != nil {
		for _, b := range bodies {
			if got := perMember[b]; got > *limit {
				add("allocation.member_cap", string(b), "", got-*limit, "%s supera il massimo per ente di %s (%s su %s).",
					ck.name(b), eur(got-*limit), eur(got), eur(*limit))
			}
		}
	}
	for _, b := range bodies {
		if !ck.members[b] && !(v.JoiningBodyID != nil && *v.JoiningBodyID == b) && perMember[b] > before[b] {
			add("allocation.former_member", string(b), "", perMember[b]-before[b], "%s non fa più parte dell'aggregazione: la sua quota non può crescere (+%s).",
				ck.name(b), eur(perMember[b]-before[b]))
		}
	}
	cats := make([]*gen.ExpenseCategory, 0, len(ck.cats))
	for _, k := range ck.cats {
		cats = append(cats, k)
	}
	slices.SortFunc(cats, func(a, b *gen.ExpenseCategory) int { return cmp.Compare(a.Position, b.Position) })
	for _, k := range cats {
		got := perCat[k.ID]
		if k.CapCents != nil && got > *k.CapCents {
			add("allocation.category_cap", "", string(k.ID), got-*k.CapCents, "La categoria «%s» supera il suo massimo di %s (%s su %s).",
				k.Name, eur(got-*k.CapCents), eur(got), eur(*k.CapCents))
		}
		if k.CapBp != nil {
			if limit := money.BasisPoints(ck.p.GrantedCents, int64(*k.CapBp)); got > limit {
				add("allocation.category_cap", "", string(k.ID), got-limit, "La categoria «%s» supera il suo massimo (%d,%02d%% del contributo) di %s (%s su %s).",
					k.Name, *k.CapBp/100, *k.CapBp%100, eur(got-limit), eur(got), eur(limit))
			}
		}
	}
	keys := make([][2]pulid.ID, 0, len(ck.used))
	for k := range ck.used {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]pulid.ID) int {
		return cmp.Or(cmp.Compare(ck.name(a[0]), ck.name(b[0])), cmp.Compare(a[1], b[1]))
	})
	for _, k := range keys {
		got := perMemberCat[k]
		if c := ck.committed[k]; got < c {
			add("allocation.below_committed", string(k[0]), string(k[1]), c-got,
				"%s: la quota nella categoria «%s» (%s) è inferiore a quanto i contratti già impegnano (%s) di %s.",
				ck.name(k[0]), ck.catName(k[1]), eur(got), eur(c), eur(c-got))
		} else if c := ck.claimed[k]; got < c {
			add("allocation.below_claimed", string(k[0]), string(k[1]), c-got,
				"%s: la quota nella categoria «%s» (%s) è inferiore a quanto già rendicontato (%s) di %s.",
				ck.name(k[0]), ck.catName(k[1]), eur(got), eur(c), eur(c-got))
		}
	}
}

// discretionary reports whether a variation is the lead's to apply alone:
// its only kind is REPLAN, every member keeps its total, and what each
// member moves between its categories and lines is within the call's
// free-move share of its allocation.
func (ck *checker) discretionary(v *gen.Variation, rows []Row) bool {
	if len(v.Kinds) != 1 || v.Kinds[0] != KindReplan || len(rows) == 0 {
		return false
	}
	before := map[key]int64{}
	for _, r := range ck.current.Rows {
		before[r.key()] += r.AmountCents
	}
	after := map[key]int64{}
	for _, r := range rows {
		after[r.key()] += r.AmountCents
	}
	totalBefore, totalAfter, moved := map[pulid.ID]int64{}, map[pulid.ID]int64{}, map[pulid.ID]int64{}
	for k, a := range before {
		totalBefore[k.body] += a
		if d := after[k] - a; d > 0 {
			moved[k.body] += d
		}
	}
	for k, a := range after {
		totalAfter[k.body] += a
		if _, ok := before[k]; !ok {
			moved[k.body] += a
		}
	}
	for b, t := range totalAfter {
		if totalBefore[b] != t {
			return false
		}
	}
	for b, t := range totalBefore {
		if totalAfter[b] != t {
			return false
		}
		if moved[b]*100 > t*int64(ck.call.FreeMovePercent) {
			return false
		}
	}
	return true
}
