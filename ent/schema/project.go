package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/italy"
)

// Project (Progetto finanziato) is created when an application is funded:
// its CUP, funding decree, granted amount and funding split.
type Project struct {
	ent.Schema
}

// Mixin of Project.
func (Project) Mixin() []ent.Mixin { return scoped("PR") }

// Fields of Project.
func (Project) Fields() []ent.Field {
	return []ent.Field{
		ref("application_id", "The funded application.").Immutable().Unique(),
		ref("call_id", "The call that funds the project.").Immutable(),
		ref("aggregation_id", "The aggregation running the project.").Immutable(),
		text("title", 500, "Title of the project.").Annotations(entgql.OrderField("TITLE")),
		field.String("cup").Unique().
			Validate(italy.ValidateCUP).
			Comment("Codice Unico di Progetto: 15 characters, e.g. D71B21000450006.").
			Annotations(entgql.OrderField("CUP")),
		text("decree_number", 50, "Number of the funding decree."),
		date("decree_date", "Date of the funding decree."),
		money("granted_cents", "Amount granted."),
		money("eu_cents", "Part of the grant from EU funds.").Default(0),
		money("state_cents", "Part of the grant from State funds.").Default(0),
		money("region_cents", "Part of the grant from regional funds.").Default(0),
		money("own_cents", "Co-financing from the aggregation's own funds.").Default(0),
		enum("status", "Lifecycle: ACTIVE ⇄ SUSPENDED → COMPLETED → CLOSED; REVOKED. Region officers move it.",
			EnumValue{"ACTIVE", "Running: procurement, invoices, payments and claims go on."},
			EnumValue{"SUSPENDED", "Suspended by the Region; may become ACTIVE again."},
			EnumValue{"COMPLETED", "The work is done; the balance may be requested."},
			EnumValue{"CLOSED", "Closed after the balance; final."},
			EnumValue{"REVOKED", "The funding was revoked; final."},
		).Default("ACTIVE").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		date("starts_on", "Start of the project.").Optional().Nillable(),
		date("ends_on", "Planned end of the project.").Optional().Nillable(),
	}
}

// Edges of Project.
func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("application", Application.Type).Ref("project").Field("application_id").Unique().Required().Immutable(),
		edge.To("call", Call.Type).Field("call_id").Unique().Required().Immutable(),
		edge.From("aggregation", Aggregation.Type).Ref("projects").Field("aggregation_id").Unique().Required().Immutable(),
		edge.To("allocations", Allocation.Type).Annotations(conn()).Comment("Granted money per member and category."),
		edge.To("procurements", Procurement.Type).Annotations(conn()).Comment("Procurement procedures of the project."),
		edge.To("deliverables", Deliverable.Type).Annotations(conn()).Comment("Deliverables, per member and line."),
		edge.To("milestones", Milestone.Type).Annotations(conn()).Comment("Dated events: deadlines, meetings, training."),
		edge.To("invoices", Invoice.Type).Annotations(conn()).Comment("Invoices matched to the project by CUP."),
		edge.To("expense_claims", ExpenseClaim.Type).Annotations(conn()).Comment("Expense claims sent to the Region."),
		edge.To("disbursements", Disbursement.Type).Annotations(conn()).Comment("Payments from the Region."),
		edge.To("variations", Variation.Type).Annotations(conn()).Comment("Requests to change the project (variations), in any status."),
		edge.To("plan_versions", PlanVersion.Type).Annotations(entgql.Skip()).Comment("Versions of the plan (see planVersions)."),
	}
}

// Indexes of Project.
func (Project) Indexes() []ent.Index {
	return []ent.Index{index.Fields("aggregation_id"), index.Fields("call_id")}
}

// Annotations of Project.
func (Project) Annotations() []schema.Annotation {
	return queried("A funded project (*progetto finanziato*), created when an application is funded: CUP, funding decree, grant and its split among EU, State, Region and own funds, and everything that runs it — allocations, procurement, invoices, deliverables, milestones, expense claims and the Region's disbursements.", under("application", scope.Members))
}

// Allocation (Quota assegnata) is the granted money for one member and
// expense category; the allocations of a project sum to its grant.
type Allocation struct {
	ent.Schema
}

// Mixin of Allocation.
func (Allocation) Mixin() []ent.Mixin { return scoped("AL") }

// Fields of Allocation.
func (Allocation) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		ref("expense_category_id", "The expense category.").Immutable(),
		optRef("intervention_line_id", "The intervention line, when the allocation is per line.").Immutable(),
		money("amount_cents", "Amount allocated."),
	}
}

// Edges of Allocation.
func (Allocation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("allocations").Field("project_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique().Immutable(),
	}
}

// Indexes of Allocation.
func (Allocation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("project_id", "body_id", "expense_category_id", "intervention_line_id").Unique(),
	}
}

// Annotations of Allocation.
func (Allocation) Annotations() []schema.Annotation {
	return readOnly("Granted money of a funded project reserved for one member and expense category, and optionally intervention line (*quota assegnata*). A project's allocations sum to its grant (setAllocations replaces them); a member's commitments and claims in the category are checked against it.", under("project", scope.Members))
}
