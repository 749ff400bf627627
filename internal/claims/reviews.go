package claims

import (
	"context"
	"fmt"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// StandardChecklist is what first-level auditors check on every claim when
// the call lists no checks of its own.
var StandardChecklist = []string{
	"Spese sostenute nel periodo di ammissibilità",
	"Fatture elettroniche con CIG e CUP del progetto",
	"Procedure di affidamento conformi al D.Lgs. 36/2023",
	"Pagamenti quietanzati e tracciabili (L. 136/2010)",
	"Spese imputate alle categorie e nei limiti del bando",
	"Assenza di doppio finanziamento",
	"Prodotti e servizi consegnati agli enti",
}

// StartReview opens the review of a submitted claim: the claim goes UNDER
// REVIEW and the review starts with the call's checklist. An auditor of the
// call's Region may call it.
func (s *Service) StartReview(ctx context.Context, claimID pulid.ID) (*gen.Review, error) {
	c := s.Client(ctx)
	cl, err := c.ExpenseClaim.Query().Where(expenseclaim.ID(claimID)).WithProject(func(q *gen.ProjectQuery) { q.WithCall() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActReview, projectsvc.Scope(cl.TenantAggregationID, cl.TenantRegionID)); err != nil {
		return nil, err
	}
	if cl.Status != expenseclaim.StatusSUBMITTED {
		return nil, apperr.Conflictf("review.not_submitted", "Si controlla un rendiconto presentato; questo è %s.", lifecycle.ExpenseClaim.Label(string(cl.Status)))
	}
	checks := cl.Edges.Project.Edges.Call.ReviewChecklist
	if len(checks) == 0 {
		checks = StandardChecklist
	}
	entries := make([]schematype.ChecklistEntry, len(checks))
	for i, label := range checks {
		entries[i] = schematype.ChecklistEntry{Key: checkKey(i), Label: label}
	}
	sys := authz.Elevate(ctx)
	if _, err := cl.Update().SetStatus(expenseclaim.StatusUNDER_REVIEW).Save(sys); err != nil {
		return nil, err
	}
	return c.Review.Create().SetClaimID(cl.ID).SetReviewerID(authz.FromContext(ctx).UserID).SetChecklist(entries).Save(sys)
}

func checkKey(i int) string { return "C" + string(rune('1'+i/9)) + string(rune('1'+i%9)) }

// openReview loads a review still open, of a claim under review, that the
// viewer may work on.
func (s *Service) openReview(ctx context.Context, id pulid.ID) (*gen.Review, error) {
	rv, err := s.Client(ctx).Review.Query().Where(review.ID(id)).WithClaim().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Review", authz.ActUpdate, projectsvc.Scope(rv.TenantAggregationID, rv.TenantRegionID)); err != nil {
		return nil, err
	}
	if rv.CompletedAt != nil || rv.Edges.Claim.Status != expenseclaim.StatusUNDER_REVIEW {
		return nil, apperr.Conflictf("review.closed", "Il controllo è chiuso.")
	}
	return rv, nil
}

// DecideExpenseItem records the auditor's decision on an expense of a claim under
// review: the amount admitted (between 0 and the amount claimed); a cut
// needs its reason. An auditor of the call's Region may call it.
func (s *Service) DecideExpenseItem(ctx context.Context, itemID pulid.ID, admittedCents int64, reason string) (*gen.ExpenseItem, error) {
	c := s.Client(ctx)
	it, err := c.ExpenseItem.Query().Where(expenseitem.ID(itemID)).WithClaim().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "ExpenseItem", authz.ActReview, projectsvc.Scope(it.TenantAggregationID, it.TenantRegionID)); err != nil {
		return nil, err
	}
	if it.Edges.Claim.Status != expenseclaim.StatusUNDER_REVIEW {
		return nil, apperr.Conflictf("review.not_under_review", "Il rendiconto è %s: le decisioni si prendono durante il controllo.", lifecycle.ExpenseClaim.Label(string(it.Edges.Claim.Status)))
	}
	reason = strings.TrimSpace(reason)
	switch {
	case admittedCents < 0:
		return nil, apperr.Invalidf("admittedCents", "review.admitted_negative", "L'importo ammesso non può essere negativo.")
	case admittedCents > it.ClaimedCents:
		return nil, apperr.Invalidf("admittedCents", "review.admitted_above_claimed", "L'importo ammesso (%s) supera quello rendicontato (%s).",
			money.FormatEUR(admittedCents), money.FormatEUR(it.ClaimedCents))
	case admittedCents < it.ClaimedCents && reason == "":
		return nil, apperr.Invalidf("reason", "review.cut_reason", "Indica il motivo del taglio di %s.", money.FormatEUR(it.ClaimedCents-admittedCents))
	}
	d := expenseitem.DecisionADMITTED
	switch {
	case admittedCents == 0:
		d = expenseitem.DecisionCUT
	case admittedCents < it.ClaimedCents:
		d = expenseitem.DecisionPARTIALLY_ADMITTED
	default:
		reason = ""
	}
	return it.Update().SetDecision(d).SetAdmittedCents(admittedCents).SetCutReason(reason).Save(authz.Elevate(ctx))
}

// SetReviewChecklist records the results of a review's checks (OK, KO or NA,
// with a note; a KO needs its note). An auditor may call it.
func (s *Service) SetReviewChecklist(ctx context.Context, reviewID pulid.ID, results []schematype.ChecklistEntry) (*gen.Review, error) {
	rv, err := s.openReview(ctx, reviewID)
	if err != nil {
		return nil, err
	}
	entries := append([]schematype.ChecklistEntry(nil), rv.Checklist...)
	byKey := map[string]int{}
	for i, e := range entries {
		byKey[e.Key] = i
	}
	for _, r := range results {
		i, ok := byKey[r.Key]
		switch {
		case !ok:
			return nil, apperr.Invalidf("checklist", "review.unknown_check", "Controllo sconosciuto: %s.", r.Key)
		case r.Result != "OK" && r.Result != "KO" && r.Result != "NA" && r.Result != "":
			return nil, apperr.Invalidf("checklist", "review.check_result", "Esito non valido per «%s»: usare OK, KO o NA.", entries[i].Label)
		case r.Result == "KO" && strings.TrimSpace(r.Note) == "":
			return nil, apperr.Invalidf("checklist", "review.ko_note", "Spiegare l'esito negativo di «%s».", entries[i].Label)
		}
		entries[i].Result, entries[i].Note = r.Result, strings.TrimSpace(r.Note)
	}
	return rv.Update().SetChecklist(entries).Save(authz.Elevate(ctx))
}

// CompleteReview closes a review with its outcome. CHANGES_REQUESTED sends
// the claim back to the lead with comments; the other outcomes need every
// check answered and every expense decided, and must agree with the
// decisions: ACCEPTED without cuts, REJECTED with nothing admitted,
// PARTIALLY_ACCEPTED otherwise. An auditor may call it.
func (s *Service) CompleteReview(ctx context.Context, reviewID pulid.ID, outcome review.Outcome, comments string) (*gen.Review, error) {
	rv, err := s.openReview(ctx, reviewID)
	if err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	items, err := s.Client(ctx).ExpenseItem.Query().Where(expenseitem.ClaimID(rv.ClaimID)).All(sys)
	if err != nil {
		return nil, err
	}
	var admitted, cut int64
	pending := 0
	for _, it := range items {
		if it.Decision == expenseitem.DecisionPENDING || it.AdmittedCents == nil {
			pending++
			continue
		}
		admitted += *it.AdmittedCents
		cut += it.ClaimedCents - *it.AdmittedCents
	}
	comments = strings.TrimSpace(comments)
	if outcome == review.OutcomeCHANGES_REQUESTED {
		if comments == "" {
			return nil, apperr.Invalidf("comments", "review.changes_comments", "Indica quali modifiche si richiedono.")
		}
	} else {
		for _, e := range rv.Checklist {
			if e.Result == "" {
				return nil, apperr.Invalidf("checklist", "review.check_missing", "Manca l'esito del controllo «%s».", e.Label)
			}
		}
		switch {
		case pending > 0:
			return nil, apperr.Invalidf("items", "review.items_pending", "Restano %d spese senza decisione.", pending)
		case outcome == review.OutcomeACCEPTED && cut > 0:
			return nil, apperr.Invalidf("outcome", "review.outcome_mismatch", "Ci sono tagli per %s: l'esito è «accettato in parte».", money.FormatEUR(cut))
		case outcome == review.OutcomeREJECTED && admitted > 0:
			return nil, apperr.Invalidf("outcome", "review.outcome_mismatch", "Sono ammessi %s: l'esito non può essere «respinto».", money.FormatEUR(admitted))
		case outcome == review.OutcomePARTIALLY_ACCEPTED && (cut == 0 || admitted == 0):
			return nil, apperr.Invalidf("outcome", "review.outcome_mismatch", "«Accettato in parte» richiede importi sia ammessi sia decurtati.")
		}
	}
	cl := rv.Edges.Claim
	if _, err := cl.Update().SetStatus(expenseclaim.Status(outcome)).Save(sys); err != nil {
		return nil, err
	}
	done, err := rv.Update().SetOutcome(outcome).SetComments(comments).SetCompletedAt(s.Now()).
		SetAdmittedCents(admitted).SetCutCents(cut).Save(sys)
	if err != nil {
		return nil, err
	}
	if s.freezer != nil {
		// The minutes as completed are stored once, in the same transaction.
		if err := s.freezer.FreezeReview(ctx, done.ID); err != nil {
			return nil, fmt.Errorf("freezing the review minutes: %w", err)
		}
	}
	return done, s.Emit(ctx, reviewed(cl, done))
}

// ReviewQueue lists the claims waiting for review (submitted or under
// review) that the viewer may review, oldest submission first, at most
// first (1–100). Auditors of a Region see their Region's claims. shape
// adds what the caller reads (resolvers: the GraphQL selection).
func (s *Service) ReviewQueue(ctx context.Context, first int, shape ...Shape[*gen.ExpenseClaimQuery]) ([]*gen.ExpenseClaim, error) {
	if first < 1 || first > 100 {
		return nil, apperr.Invalidf("first", "page.first", "Indica quanti elementi leggere, da 1 a 100.")
	}
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, authz.ErrUnauthenticated
	}
	q := s.Client(ctx).ExpenseClaim.Query().
		Where(expenseclaim.StatusIn(expenseclaim.StatusSUBMITTED, expenseclaim.StatusUNDER_REVIEW)).
		Order(expenseclaim.BySubmittedAt(), expenseclaim.ByID()).Limit(first)
	if !v.IsAdmin() && !v.IsSystem() {
		q.Where(expenseclaim.TenantRegionIDIn(v.Regions(authz.Auditor)...))
	}
	q, err := shaped(q, shape)
	if err != nil {
		return nil, err
	}
	return q.All(ctx)
}

// Decision is an auditor's decision on one expense.
type Decision struct {
	ItemID        pulid.ID
	AdmittedCents int64
	Reason        string
}

// DecideExpenseItems records several decisions at once, all or none (e.g. "admit
// every pending expense"): each follows DecideExpenseItem's rules.
func (s *Service) DecideExpenseItems(ctx context.Context, decisions []Decision) ([]*gen.ExpenseItem, error) {
	if len(decisions) == 0 || len(decisions) > 500 {
		return nil, apperr.Invalidf("decisions", "review.decisions_count", "Indica da 1 a 500 decisioni.")
	}
	out := make([]*gen.ExpenseItem, 0, len(decisions))
	for i, d := range decisions {
		it, err := s.DecideExpenseItem(ctx, d.ItemID, d.AdmittedCents, d.Reason)
		if err != nil {
			if ae, ok := apperr.As(err); ok {
				msg := *ae
				msg.Message = fmt.Sprintf("Decisione %d: %s", i+1, ae.Message)
				return nil, &msg
			}
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// ClaimTotals are a claim's amounts: claimed, admitted and cut by the
// decisions taken so far, and how many expenses wait for one.
type ClaimTotals struct {
	Items, Pending         int
	Claimed, Admitted, Cut int64
}

// Totals sums a claim's expenses in one query. Whoever reads the claim may
// call it; the items are read as the viewer.
func (s *Service) Totals(ctx context.Context, claimID pulid.ID) (*ClaimTotals, error) {
	items, err := s.Client(ctx).ExpenseItem.Query().Where(expenseitem.ClaimID(claimID)).
		Select(expenseitem.FieldClaimedCents, expenseitem.FieldAdmittedCents, expenseitem.FieldDecision).All(ctx)
	if err != nil {
		return nil, err
	}
	t := &ClaimTotals{Items: len(items)}
	for _, it := range items {
		t.Claimed += it.ClaimedCents
		if it.Decision == expenseitem.DecisionPENDING || it.AdmittedCents == nil {
			t.Pending++
			continue
		}
		t.Admitted += *it.AdmittedCents
		t.Cut += it.ClaimedCents - *it.AdmittedCents
	}
	return t, nil
}
