package claims

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/notifykind"
)

// outcomeWords says a review's outcome in Italian.
var outcomeWords = map[review.Outcome]string{
	review.OutcomeACCEPTED:           "accettato",
	review.OutcomePARTIALLY_ACCEPTED: "accettato in parte",
	review.OutcomeREJECTED:           "respinto",
}

// reviewed is the event of a completed review of claim cl: the lead's
// staff are told, and for a final outcome also the members' referents,
// whose admitted amounts it sets.
func reviewed(cl *gen.ExpenseClaim, rv *gen.Review) events.Event {
	lead := events.Audience{Role: authz.LeadManager, AggregationID: cl.TenantAggregationID}
	ev := events.Event{
		Key:         "REVIEW:" + string(rv.ID),
		Path:        "/rendiconti/" + string(cl.ID),
		SubjectType: "ExpenseClaim", SubjectID: string(cl.ID),
	}
	if rv.Outcome != nil && *rv.Outcome == review.OutcomeCHANGES_REQUESTED {
		ev.Kind = notifykind.ClaimChangesRequested
		ev.Title = fmt.Sprintf("Rendiconto n. %d: il controllore chiede modifiche", cl.Number)
		ev.Body = rv.Comments
		ev.To = []events.Audience{lead}
		return ev
	}
	words := ""
	if rv.Outcome != nil {
		words = outcomeWords[*rv.Outcome]
	}
	ev.Kind = notifykind.ReviewCompleted
	ev.Title = fmt.Sprintf("Rendiconto n. %d: controllo concluso, %s", cl.Number, words)
	ev.Body = fmt.Sprintf("Ammesso %s, decurtato %s. %s", money.FormatEUR(rv.AdmittedCents), money.FormatEUR(rv.CutCents), rv.Comments)
	ev.To = []events.Audience{lead, {Role: authz.MemberReferent, AggregationID: cl.TenantAggregationID}}
	return ev
}
