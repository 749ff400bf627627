package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/schema/scope"
)

// Aggregation (Aggregazione) is a group of public bodies applying and
// working together, led by one of them (the capofila).
type Aggregation struct {
	ent.Schema
}

// Mixin of Aggregation.
func (Aggregation) Mixin() []ent.Mixin { return append(scoped("AG"), VersionMixin{}) }

// Fields of Aggregation.
func (Aggregation) Fields() []ent.Field {
	return []ent.Field{
		text("name", 200, "Name of the aggregation, e.g. \"Marche Sud\".").
			Annotations(entgql.OrderField("NAME")),
		ref("lead_id", "The lead body (ente capofila)."),
		field.Text("description").Optional().Validate(maxRunes(2000)).Comment("What the aggregation is for."),
	}
}

// Edges of Aggregation.
func (Aggregation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("lead", PublicBody.Type).Ref("led_aggregations").Field("lead_id").Unique().Required(),
		edge.To("memberships", Membership.Type).Annotations(conn()).
			Comment("Member bodies, including the lead."),
		edge.To("agreements", Agreement.Type).Annotations(conn()).
			Comment("Conventions and partnership agreements binding the members."),
		edge.To("applications", Application.Type).Annotations(conn()).
			Comment("Applications drafted by the lead for this aggregation."),
		edge.To("projects", Project.Type).Annotations(conn()).
			Comment("Funded projects of this aggregation."),
	}
}

// Indexes of Aggregation.
func (Aggregation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("lead_id"), index.Fields("name")}
}

// Hooks of Aggregation.
func (Aggregation) Hooks() []ent.Hook { return []ent.Hook{hooks.AggregationLead()} }

// Annotations of Aggregation.
func (Aggregation) Annotations() []schema.Annotation {
	return listed("An aggregation (*aggregazione*): public bodies that apply for a call and run the funded project together, led by one of them, the lead body (*ente capofila*). Its lead managers and member referents see it, and the officers and auditors of a Region once it applied to one of the Region's calls.", scope.Decl{Kind: scope.Tenant, Aggregation: scope.Self, Read: scope.Applied})
}

// Membership (Adesione) is one body's participation in an aggregation, with
// the council resolution (delibera) approving it.
type Membership struct {
	ent.Schema
}

// Mixin of Membership.
func (Membership) Mixin() []ent.Mixin { return append(scoped("MB"), VersionMixin{}) }

// Fields of Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		ref("aggregation_id", "The aggregation.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		enum("role", "The body's part in the aggregation.",
			EnumValue{"LEAD", "The lead body (*ente capofila*): it applies, runs the procurement, pays the invoices and reports for all."},
			EnumValue{"MEMBER", "A member body: it receives its share of the money and of the deliverables."},
		).Default("MEMBER"),
		date("joined_on", "Day the body joined.").Optional().Nillable(),
		date("left_on", "Day the body left; empty while it is a member.").Optional().Nillable(),
		optText("resolution_number", 50, "Number of the council resolution (delibera) approving the membership."),
		date("resolution_date", "Date of the council resolution.").Optional().Nillable(),
		enum("resolution_organ", "Organ that adopted the resolution.",
			EnumValue{"GIUNTA", "The executive (*giunta*: the mayor and the assessori)."},
			EnumValue{"CONSIGLIO", "The council (*consiglio comunale* or of the union)."},
		).Optional().Nillable(),
	}
}

// Edges of Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("aggregation", Aggregation.Type).Ref("memberships").Field("aggregation_id").Unique().Required().Immutable(),
		edge.From("body", PublicBody.Type).Ref("memberships").Field("body_id").Unique().Required().Immutable(),
	}
}

// Indexes of Membership.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("aggregation_id", "body_id").Unique(),
		index.Fields("body_id"),
	}
}

// Hooks of Membership.
func (Membership) Hooks() []ent.Hook { return []ent.Hook{hooks.MembersFrozen()} }

// Annotations of Membership.
func (Membership) Annotations() []schema.Annotation {
	return nested("A body's membership of an aggregation (*adesione*): its role (the lead or a member), when it joined or left, and the council resolution (*delibera*) approving it.", inAggregation(scope.AggregationApplied))
}

// Agreement (Convenzione / Accordo) is the convention (art. 30 TUEL) or
// partnership agreement binding the members of an aggregation.
type Agreement struct {
	ent.Schema
}

// Mixin of Agreement.
func (Agreement) Mixin() []ent.Mixin { return append(scoped("AR"), VersionMixin{}) }

// Fields of Agreement.
func (Agreement) Fields() []ent.Field {
	return []ent.Field{
		ref("aggregation_id", "The aggregation bound by the agreement.").Immutable(),
		enum("kind", "Legal form of the agreement.",
			EnumValue{"CONVENZIONE_ART30_TUEL", "A *convenzione* between local bodies under art. 30 of the TUEL (D.Lgs. 267/2000)."},
			EnumValue{"PARTNERSHIP_AGREEMENT", "A partnership agreement (*accordo di partenariato*) among the applicants, as a call may require."},
			EnumValue{"OTHER", "Another kind of agreement."},
		),
		text("title", 300, "Title of the agreement."),
		field.Text("purpose").Optional().Validate(maxRunes(4000)).Comment("Purpose (oggetto) of the agreement."),
		date("signed_on", "Day the last party signed.").Optional().Nillable(),
		date("valid_from", "First day of validity.").Optional().Nillable(),
		date("valid_until", "Last day of validity.").Optional().Nillable(),
		field.Text("financial_rules").Optional().Validate(maxRunes(10000)).Comment("How costs and funds are shared among the members."),
	}
}

// Edges of Agreement.
func (Agreement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("aggregation", Aggregation.Type).Ref("agreements").Field("aggregation_id").Unique().Required().Immutable(),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("Signed copies and annexes."),
	}
}

// Annotations of Agreement.
func (Agreement) Annotations() []schema.Annotation {
	return nested("The agreement binding the members of an aggregation: a convention under art. 30 of the TUEL (*convenzione*) or a partnership agreement (*accordo di partenariato*), with its dates, how costs and funds are shared, and the signed documents.", inAggregation(scope.AggregationApplied))
}

// Indexes of Agreement: an aggregation's agreements are listed with it.
func (Agreement) Indexes() []ent.Index { return []ent.Index{index.Fields("aggregation_id")} }
