package calendar

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/internal/civil"
)

// Since how many days ago, and how many events of each kind at most, the
// project source lists.
const (
	pastDays  = 90
	maxEvents = 500
)

// milestoneKinds are the Italian names of the milestone kinds.
var milestoneKinds = map[milestone.Kind]string{
	milestone.KindDEADLINE:  "Scadenza",
	milestone.KindMEETING:   "Riunione",
	milestone.KindTRAINING:  "Formazione",
	milestone.KindREPORTING: "Rendicontazione",
	milestone.KindOTHER:     "Evento",
}

// ProjectItems is a Source of the dated items of the projects the viewer
// reads: milestones still pending (no doneOn) and deliverables with a due
// date not yet delivered, from 90 days ago on. It reads through the Ent
// client as the viewer (ent/rule), so a member referent gets only their
// own body's deliverables. It is the feed's source until the deadlines
// service (every deadline a user must act on) replaces it in package app.
func ProjectItems(client *gen.Client) Source {
	return func(ctx context.Context) ([]Event, error) {
		from := civil.Today().AddDays(-pastDays)
		ms, err := client.Milestone.Query().
			Where(milestone.DoneOnIsNil(), milestone.DueOnGTE(from)).
			WithProject().Order(gen.Asc(milestone.FieldDueOn), gen.Asc(milestone.FieldID)).Limit(maxEvents).All(ctx)
		if err != nil {
			return nil, err
		}
		ds, err := client.Deliverable.Query().
			Where(deliverable.DueOnNotNil(), deliverable.DueOnGTE(from),
				deliverable.StatusIn(deliverable.StatusPLANNED, deliverable.StatusIN_PROGRESS, deliverable.StatusREJECTED)).
			WithProject().Order(gen.Asc(deliverable.FieldDueOn), gen.Asc(deliverable.FieldID)).Limit(maxEvents).All(ctx)
		if err != nil {
			return nil, err
		}
		events := make([]Event, 0, len(ms)+len(ds))
		for _, m := range ms {
			kind := milestoneKinds[m.Kind]
			events = append(events, Event{
				UID: "milestone-" + string(m.ID), Summary: kind + ": " + m.Title,
				Description: projectLine(m.Edges.Project), Day: m.DueOn,
				URL: "/progetti/" + string(m.ProjectID) + "/cronoprogramma", Categories: []string{kind},
				AlarmsDaysBefore: []int{7, 1},
			})
		}
		for _, d := range ds {
			events = append(events, Event{
				UID: "deliverable-" + string(d.ID), Summary: "Consegna del prodotto: " + d.Title,
				Description: projectLine(d.Edges.Project), Day: *d.DueOn,
				URL: "/progetti/" + string(d.ProjectID) + "/prodotti", Categories: []string{"Prodotto"},
				AlarmsDaysBefore: []int{7, 1},
			})
		}
		return events, nil
	}
}

// projectLine names the project in an event's description.
func projectLine(p *gen.Project) string {
	if p == nil {
		return ""
	}
	return "Progetto " + p.Cup + " – " + p.Title
}
