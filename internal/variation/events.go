package variation

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/notifykind"
)

func pathOf(v *gen.Variation) string {
	return fmt.Sprintf("/progetti/%s/variazioni/%s", v.ProjectID, v.ID)
}

// requested is the event of a variation waiting for the Region, told to
// the officers of the project's Region.
func requested(v *gen.Variation, p *gen.Project) events.Event {
	return events.Event{
		Kind:  notifykind.VariationRequested,
		Key:   fmt.Sprintf("VARIATION:%s:REQUESTED:%d", v.ID, v.Version),
		Title: fmt.Sprintf("Variazione n. %d del progetto %s da decidere", v.Number, p.Cup),
		Body:  v.Reason, Path: pathOf(v),
		SubjectType: "Variation", SubjectID: string(v.ID),
		To: []events.Audience{{Role: authz.RegionOfficer, RegionBodyID: string(p.TenantRegionID)}},
	}
}

var outcomeWords = map[variation.Status]string{
	variation.StatusAPPROVED:           "è approvata",
	variation.StatusPARTIALLY_APPROVED: "è approvata in parte",
	variation.StatusREJECTED:           "è respinta",
}

// decided is the event of the decision on a variation, told to the
// project's lead managers.
func decided(v *gen.Variation, p *gen.Project) events.Event {
	return events.Event{
		Kind:  notifykind.VariationDecided,
		Key:   fmt.Sprintf("VARIATION:%s:%s:%d", v.ID, v.Status, v.Version),
		Title: fmt.Sprintf("La variazione n. %d del progetto %s %s", v.Number, p.Cup, outcomeWords[v.Status]),
		Body:  v.DecisionReason, Path: pathOf(v),
		SubjectType: "Variation", SubjectID: string(v.ID),
		To: []events.Audience{{Role: authz.LeadManager, AggregationID: string(p.AggregationID)}},
	}
}
