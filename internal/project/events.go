package project

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/notifykind"
)

// deliverableRejected is the event of the lead rejecting d, told to the
// referents of the member that delivers it.
func deliverableRejected(d *gen.Deliverable) events.Event {
	return events.Event{
		Kind:        notifykind.DeliverableRejected,
		Key:         fmt.Sprintf("DELIVERABLE:%s:REJECTED:%d", d.ID, d.UpdatedAt.UnixNano()),
		Title:       fmt.Sprintf("Il capofila ha respinto il prodotto «%s»", d.Title),
		Body:        d.ProgressNote,
		Path:        fmt.Sprintf("/progetti/%s/prodotti", d.ProjectID),
		SubjectType: "Deliverable", SubjectID: string(d.ID),
		To: []events.Audience{{Role: authz.MemberReferent, AggregationID: d.TenantAggregationID, BodyID: string(d.BodyID)}},
	}
}
