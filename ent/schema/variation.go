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

// Variation (Variante / Richiesta di variazione) is a lead's request to
// change a funded project — re-plan, extension, a member leaving or joining,
// a new lead, contract modifications — that the Region decides; approving
// it makes a new version of the plan.
type Variation struct {
	ent.Schema
}

// Mixin of Variation.
func (Variation) Mixin() []ent.Mixin { return append(scoped("VA"), VersionMixin{}) }

// Fields of Variation.
func (Variation) Fields() []ent.Field {
	noInput := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		field.Int("number").Positive().Immutable().Comment("Sequence number of the variation within the project (1, 2, …).").
			Annotations(entgql.OrderField("NUMBER")),
		field.Strings("kinds").Comment("What the variation changes: REPLAN, END_DATE_EXTENSION, MEMBER_WITHDRAWAL, MEMBER_ACCESSION, LEAD_CHANGE, CONTRACT_MODIFICATION (see the kinds field).").
			Annotations(entgql.Skip()),
		enum("status", "Lifecycle: DRAFT → REQUESTED → APPROVED | PARTIALLY_APPROVED | REJECTED; WITHDRAWN by the lead before a decision.",
			EnumValue{"DRAFT", "Being written by the lead; its problems are listed."},
			EnumValue{"REQUESTED", "Submitted and frozen; waiting for the Region's officer."},
			EnumValue{"APPROVED", "Approved as requested (or applied at once, when within the lead's discretion): its plan version is in force."},
			EnumValue{"PARTIALLY_APPROVED", "Approved in part: the officer's plan and end date are in force."},
			EnumValue{"REJECTED", "Rejected by the officer (see decisionReason); final."},
			EnumValue{"WITHDRAWN", "Withdrawn by the lead before a decision; final."},
		).Default("DRAFT").Annotations(entgql.OrderField("STATUS"), noInput),
		text("reason", 4000, "Why the project must change, as the lead explains it to the Region."),
		date("requested_ends_on", "END_DATE_EXTENSION: the end date requested.").Optional().Nillable(),
		optRef("leaving_body_id", "MEMBER_WITHDRAWAL: the member that leaves."),
		optRef("joining_body_id", "MEMBER_ACCESSION: the body that joins (a Comune or Unione)."),
		optRef("new_lead_body_id", "LEAD_CHANGE: the member that becomes the lead body."),
		date("requested_effective_from", "The day from which the lead asks the change to apply; empty: the decision day.").Optional().Nillable(),
		field.Strings("contract_modification_ids").Optional().
			Comment("CONTRACT_MODIFICATION: the IDs of the proposed contract modifications made effective, in this order, on approval (contractModificationIDs in GraphQL).").
			Annotations(entgql.Skip()),
		field.Time("submitted_at").Optional().Nillable().Comment("When the lead submitted it.").
			Annotations(entgql.OrderField("SUBMITTED_AT"), noInput),
		optRef("submitted_by_id", "The user who submitted it.").Annotations(noInput),
		field.Time("decided_at").Optional().Nillable().Comment("When it was decided (approved, partially approved or rejected).").Annotations(noInput),
		optRef("decided_by_id", "The user who decided it: the Region's officer, or the lead for a change within its discretion.").Annotations(noInput),
		field.Text("decision_reason").Optional().Validate(maxRunes(4000)).Comment("Reason of the decision.").Annotations(noInput),
		date("effective_from", "Once approved: the day from which the new plan is in force.").Optional().Nillable().Annotations(noInput),
		date("approved_ends_on", "Once approved with an extension: the end date granted.").Optional().Nillable().Annotations(noInput),
		optRef("plan_version_id", "Once approved: the plan version it made.").Annotations(noInput),
	}
}

// Edges of Variation.
func (Variation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("variations").Field("project_id").Unique().Required().Immutable(),
		edge.To("leaving_body", PublicBody.Type).Field("leaving_body_id").Unique(),
		edge.To("joining_body", PublicBody.Type).Field("joining_body_id").Unique(),
		edge.To("new_lead_body", PublicBody.Type).Field("new_lead_body_id").Unique(),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique(),
		edge.To("decided_by", User.Type).Field("decided_by_id").Unique(),
		edge.To("plan_version", PlanVersion.Type).Field("plan_version_id").Unique(),
		edge.To("allocations", VariationAllocation.Type).
			Comment("The proposed plan: the complete allocations after the change (empty: the plan does not change)."),
		edge.To("documents", Document.Type).Annotations(conn()).
			Comment("The files attached by the lead (a council resolution, the act of a contract modification) and the frozen PDFs of the request and of the decision (kinds VARIATION_REQUEST, VARIATION_DECISION)."),
	}
}

// Indexes of Variation.
func (Variation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "number").Unique(), index.Fields("tenant_region_id", "status")}
}

// Annotations of Variation.
func (Variation) Annotations() []schema.Annotation {
	return readOnly("A request to change a funded project (*variante*): re-plan of the allocations, extension of the end date (*proroga*), a member leaving or joining, a new lead body, contract modifications. The lead drafts and submits it; the Region's officer approves it, in part or whole, or rejects it; approval makes a new version of the plan in force from a date. A re-plan within the call's free-move limit is applied at once.", under("project", scope.Members))
}

// VariationAllocation is one row of a variation's proposed plan.
type VariationAllocation struct {
	ent.Schema
}

// Mixin of VariationAllocation.
func (VariationAllocation) Mixin() []ent.Mixin { return scoped("VL") }

// Fields of VariationAllocation.
func (VariationAllocation) Fields() []ent.Field {
	return []ent.Field{
		ref("variation_id", "The variation.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		ref("expense_category_id", "The expense category.").Immutable(),
		optRef("intervention_line_id", "The intervention line, when the allocation is per line.").Immutable(),
		money("amount_cents", "Amount proposed.").Immutable(),
	}
}

// Edges of VariationAllocation.
func (VariationAllocation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("variation", Variation.Type).Ref("allocations").Field("variation_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique().Immutable(),
	}
}

// Indexes of VariationAllocation.
func (VariationAllocation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("variation_id")}
}

// Annotations of VariationAllocation.
func (VariationAllocation) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One row of a variation's proposed plan: the amount for a member, expense category and optionally intervention line after the change."),
		under("variation", scope.Members), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)}
}

// PlanVersion (Versione del piano) is the plan of a project as it was in
// force from a day: version 1 at funding, N+1 at each approved variation.
type PlanVersion struct {
	ent.Schema
}

// Mixin of PlanVersion.
func (PlanVersion) Mixin() []ent.Mixin { return scoped("PV") }

// Fields of PlanVersion.
func (PlanVersion) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		field.Int("number").Positive().Immutable().Comment("Number of the version (1 at funding, then one more for each approved variation)."),
		date("effective_from", "The day from which the version is in force.").Immutable(),
		date("ends_on", "The project's end date in this version.").Optional().Nillable().Immutable(),
		optRef("variation_id", "The variation that made it; empty for version 1.").Immutable(),
	}
}

// Edges of PlanVersion.
func (PlanVersion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("plan_versions").Field("project_id").Unique().Required().Immutable(),
		edge.To("variation", Variation.Type).Field("variation_id").Unique().Immutable(),
		edge.To("allocations", PlanAllocation.Type).Comment("The allocations of this version."),
	}
}

// Indexes of PlanVersion.
func (PlanVersion) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "number").Unique()}
}

// Annotations of PlanVersion.
func (PlanVersion) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A version of a project's plan (*versione del piano*): the allocations and end date in force from a day. Version 1 is the plan at funding; each approved variation makes the next. Reports read the version in force at their date."),
		under("project", scope.Members), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)}
}

// PlanAllocation is one allocation of a plan version (a snapshot).
type PlanAllocation struct {
	ent.Schema
}

// Mixin of PlanAllocation.
func (PlanAllocation) Mixin() []ent.Mixin { return scoped("PA") }

// Fields of PlanAllocation.
func (PlanAllocation) Fields() []ent.Field {
	return []ent.Field{
		ref("plan_version_id", "The plan version.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		ref("expense_category_id", "The expense category.").Immutable(),
		optRef("intervention_line_id", "The intervention line, when the allocation is per line.").Immutable(),
		money("amount_cents", "Amount allocated in this version.").Immutable(),
	}
}

// Edges of PlanAllocation.
func (PlanAllocation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("plan_version", PlanVersion.Type).Ref("allocations").Field("plan_version_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique().Immutable(),
	}
}

// Indexes of PlanAllocation.
func (PlanAllocation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("plan_version_id")}
}

// Annotations of PlanAllocation.
func (PlanAllocation) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One allocation of a plan version: the money for a member, expense category and optionally intervention line in that version."),
		under("plan_version", scope.Members), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)}
}
