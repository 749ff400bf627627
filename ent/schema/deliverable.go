package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
)

// Deliverable (Prodotto / Output) is an output of an intervention line for
// one member; outputs defined once are replicated to every member.
type Deliverable struct {
	ent.Schema
}

// Mixin of Deliverable.
func (Deliverable) Mixin() []ent.Mixin { return scoped("DV") }

// Fields of Deliverable.
func (Deliverable) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		ref("body_id", "The member body receiving the output.").Immutable(),
		ref("intervention_line_id", "The intervention line.").Immutable(),
		optText("group_key", 50, "Key shared by the copies of one deliverable replicated across members."),
		text("title", 300, "What is delivered.").Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Optional().Validate(maxRunes(4000)).Comment("Details and acceptance criteria."),
		date("due_on", "Due date.").Optional().Nillable().Annotations(entgql.OrderField("DUE_ON")),
		enum("status", "Lifecycle: PLANNED → IN_PROGRESS → DELIVERED → ACCEPTED | REJECTED (→ IN_PROGRESS).",
			EnumValue{"PLANNED", "Defined, work not started."},
			EnumValue{"IN_PROGRESS", "Being worked on (again, after a rejection)."},
			EnumValue{"DELIVERED", "Delivered (see deliveredOn), waiting to be accepted."},
			EnumValue{"ACCEPTED", "Accepted; final."},
			EnumValue{"REJECTED", "Not accepted; may be moved back to IN_PROGRESS."},
		).Default("PLANNED").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		date("delivered_on", "Day it was delivered.").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
		field.Text("progress_note").Optional().Validate(maxRunes(4000)).Comment("Latest progress note from the member."),
	}
}

// Edges of Deliverable.
func (Deliverable) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("deliverables").Field("project_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique().Required().Immutable(),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("Evidence documents."),
	}
}

// Indexes of Deliverable.
func (Deliverable) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "body_id"), index.Fields("due_on", "status")}
}

// Annotations of Deliverable.
func (Deliverable) Annotations() []schema.Annotation {
	return readOnly("An output of an intervention line for one member (*prodotto*). Defined once with defineDeliverable, it is replicated to every member (the copies share a groupKey); it moves from PLANNED to ACCEPTED with evidence documents. A member referent sees and moves only its own body's.", under("project", scope.OwnBody))
}

// Milestone (Scadenza / Cronoprogramma) is a dated event of a project:
// a deadline, a meeting, a training session.
type Milestone struct {
	ent.Schema
}

// Mixin of Milestone.
func (Milestone) Mixin() []ent.Mixin { return append(scoped("MS"), VersionMixin{}) }

// Fields of Milestone.
func (Milestone) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		text("title", 300, "What happens."),
		enum("kind", "What kind of event it is.",
			EnumValue{"DEADLINE", "A deadline of the call or of the project plan (*cronoprogramma*)."},
			EnumValue{"MEETING", "A meeting of the members, e.g. a steering committee."},
			EnumValue{"TRAINING", "A training session for the members' staff."},
			EnumValue{"REPORTING", "A reporting date: an expense claim is due."},
			EnumValue{"OTHER", "Any other event."},
		).Default("DEADLINE"),
		date("due_on", "Day of the event or deadline.").Annotations(entgql.OrderField("DUE_ON")),
		date("done_on", "Day it was met; empty while pending.").Optional().Nillable(),
		optText("location", 300, "Place or link of a meeting."),
		field.Text("notes").Optional().Validate(maxRunes(20000)).Comment("Notes, agenda or minutes."),
	}
}

// Edges of Milestone.
func (Milestone) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("milestones").Field("project_id").Unique().Required().Immutable(),
	}
}

// Indexes of Milestone.
func (Milestone) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "due_on")}
}

// Annotations of Milestone.
func (Milestone) Annotations() []schema.Annotation {
	return nested("A dated event of a project (*scadenza*, part of the *cronoprogramma*): a deadline, a meeting, a training session or a reporting date, pending or done. Project.overdue lists those past their date.", under("project", scope.Members))
}
