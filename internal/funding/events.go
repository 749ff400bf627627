package funding

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/notifykind"
)

// decisionWords says a decision in Italian, as the lead reads it.
var decisionWords = map[application.Status]string{
	application.StatusADMISSIBLE:   "è ammissibile",
	application.StatusINADMISSIBLE: "non è ammissibile",
	application.StatusREJECTED:     "non è finanziata",
	application.StatusFUNDED:       "è finanziata",
}

// decided is the event of the Region's decision on a, told to the lead's
// project staff; path is where they read it.
func decided(a *gen.Application, path string) events.Event {
	ev := events.Event{
		Kind:  notifykind.ApplicationDecided,
		Key:   fmt.Sprintf("APPLICATION:%s:%s:%d", a.ID, a.Status, a.Version),
		Title: fmt.Sprintf("La domanda «%s» %s", a.Title, decisionWords[a.Status]),
		Body:  a.DecisionReason, Path: path,
		SubjectType: "Application", SubjectID: string(a.ID),
		To: []events.Audience{{Role: authz.LeadManager, AggregationID: string(a.AggregationID)}},
	}
	if a.Status == application.StatusINTEGRATION_REQUESTED {
		ev.Kind = notifykind.IntegrationRequested
		ev.Title = fmt.Sprintf("La Regione chiede integrazioni alla domanda «%s»", a.Title)
	}
	return ev
}
