package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/capofila/capofila/ent/hooks"

	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/ent/schema/scope"
)

// Application (Candidatura / Domanda) is the lead's application to a call on
// behalf of an aggregation, with its budget; frozen once submitted.
type Application struct {
	ent.Schema
}

// Mixin of Application.
func (Application) Mixin() []ent.Mixin { return append(scoped("AP"), VersionMixin{}) }

// Fields of Application.
func (Application) Fields() []ent.Field {
	return []ent.Field{
		ref("call_id", "The call applied to.").Immutable(),
		ref("aggregation_id", "The applying aggregation.").Immutable(),
		text("title", 500, "Title of the proposed project.").Annotations(entgql.OrderField("TITLE")),
		field.Text("summary").Optional().Validate(maxRunes(4000)).Comment("Summary of the proposal."),
		field.JSON("narrative", schematype.TextMap{}).Optional().
			Comment("Narrative sections the call asks for, by section key.").
			Annotations(entgql.Type("TextMap")),
		enum("status", "Lifecycle: DRAFT → SUBMITTED → ADMISSIBLE | INADMISSIBLE → FUNDED | REJECTED; INTEGRATION_REQUESTED while the officer awaits missing items; WITHDRAWN before a decision.",
			EnumValue{"DRAFT", "Being written by the lead; only the aggregation sees it."},
			EnumValue{"SUBMITTED", "Sent to the Region and frozen (its dossier PDF is stored with its fingerprint); awaiting the officer's check."},
			EnumValue{"INTEGRATION_REQUESTED", "The officer asked for missing items (*soccorso istruttorio*): the lead may change the parts listed in integrationItems and submit again."},
			EnumValue{"ADMISSIBLE", "Found admissible by the officer; may be funded."},
			EnumValue{"INADMISSIBLE", "Found inadmissible by the officer (see decisionReason); final."},
			EnumValue{"FUNDED", "Funded: its project exists (see project); final."},
			EnumValue{"REJECTED", "Admissible but not funded (see decisionReason); final."},
			EnumValue{"WITHDRAWN", "Withdrawn by the lead before a decision; final."},
		).Default("DRAFT").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("call_version").Default(1).Positive().
			Comment("Version of the call's rules the application follows.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("submitted_at").Optional().Nillable().
			Comment("When the application was (last) submitted.").
			Annotations(entgql.OrderField("SUBMITTED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optText("protocol_number", 50, "Protocol number assigned by the Region on receipt.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
		field.Strings("integration_items").Optional().
			Comment("While INTEGRATION_REQUESTED: what the lead may change — BUDGET, NARRATIVE, ATTACHMENTS, MEMBERS.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		date("integration_due_on", "While INTEGRATION_REQUESTED: the day by which the lead must submit the integrated application, set by the officer with the request (by default the call's integrationDays after it).").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("decision_reason").Optional().Validate(maxRunes(4000)).
			Comment("Reason given by the officer for the last decision (inadmissibility, rejection, integration request).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Application.
func (Application) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("call", Call.Type).Ref("applications").Field("call_id").Unique().Required().Immutable(),
		edge.From("aggregation", Aggregation.Type).Ref("applications").Field("aggregation_id").Unique().Required().Immutable(),
		edge.To("intervention_lines", InterventionLine.Type).
			Comment("Intervention lines the application covers."),
		edge.To("budget_lines", BudgetLine.Type).Annotations(conn()).
			Comment("Budget lines: member × intervention line × expense category (× year)."),
		edge.To("documents", Document.Type).Annotations(conn()).
			Comment("Attachments required by the call, and the frozen submitted dossier."),
		edge.To("project", Project.Type).Unique().
			Comment("The funded project, once the application is funded."),
	}
}

// Indexes of Application.
func (Application) Indexes() []ent.Index {
	return []ent.Index{index.Fields("call_id", "status"), index.Fields("aggregation_id", "call_id").Unique()}
}

// Hooks of Application.
func (Application) Hooks() []ent.Hook { return []ent.Hook{hooks.ApplicationFrozen()} }

// Annotations of Application.
func (Application) Annotations() []schema.Annotation {
	return listed("An application (*candidatura* / *domanda*) of an aggregation to a call, drafted by the lead: the proposal, the budget lines per member, line and category, and the attachments the call requires. Checked against the call's rules (problems), frozen into a PDF dossier when submitted, decided by the Region; funding it creates its project.", scope.Decl{Kind: scope.Tenant, Aggregation: "aggregation", RegionOf: "call", Read: scope.Submitted})
}

// BudgetLine (Voce di budget) is the amount an application requests for one
// member, intervention line and expense category (and optionally year).
type BudgetLine struct {
	ent.Schema
}

// Mixin of BudgetLine.
func (BudgetLine) Mixin() []ent.Mixin { return append(scoped("BL"), VersionMixin{}) }

// Fields of BudgetLine.
func (BudgetLine) Fields() []ent.Field {
	return []ent.Field{
		ref("application_id", "The application.").Immutable(),
		ref("body_id", "The member body the money is for.").Immutable(),
		ref("intervention_line_id", "The intervention line.").Immutable(),
		ref("expense_category_id", "The expense category.").Immutable(),
		field.Int("year").Default(0).Range(0, 10).
			Comment("Project year (1 for the first year, …); 0 when the line covers the whole period.").
			Immutable(),
		money("amount_cents", "Amount requested."),
		optText("note", 500, "Free note, e.g. what the amount buys."),
	}
}

// Edges of BudgetLine.
func (BudgetLine) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("application", Application.Type).Ref("budget_lines").Field("application_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Required().Immutable(),
	}
}

// Indexes of BudgetLine.
func (BudgetLine) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("application_id", "body_id", "intervention_line_id", "expense_category_id", "year").Unique(),
	}
}

// Hooks of BudgetLine.
func (BudgetLine) Hooks() []ent.Hook { return []ent.Hook{hooks.BudgetFrozen()} }

// Annotations of BudgetLine.
func (BudgetLine) Annotations() []schema.Annotation {
	return nested("A line of an application's budget (*voce di budget*): the amount requested for one member, intervention line and expense category, for one project year or the whole period. setBudgetLines and importBudget save a whole grid at once.", under("application", scope.ParentSubmitted))
}
