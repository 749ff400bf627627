package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/ent/schema/scope"
)

// ExpenseClaim (Rendiconto / Domanda di rimborso) is a periodic report of
// expenses to the Region; frozen once submitted.
type ExpenseClaim struct {
	ent.Schema
}

// Mixin of ExpenseClaim.
func (ExpenseClaim) Mixin() []ent.Mixin { return append(scoped("EX"), VersionMixin{}) }

// Fields of ExpenseClaim.
func (ExpenseClaim) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		field.Int("number").Positive().Immutable().Comment("Sequence number of the claim within the project (1, 2, …)."),
		date("period_start", "First day of the reporting period."),
		date("period_end", "Last day of the reporting period."),
		enum("status", "Lifecycle: DRAFT → SUBMITTED → UNDER_REVIEW ⇄ CHANGES_REQUESTED → ACCEPTED | PARTIALLY_ACCEPTED | REJECTED.",
			EnumValue{"DRAFT", "Being prepared by the lead; the Region does not see it."},
			EnumValue{"SUBMITTED", "Sent to the Region and frozen (its report PDF is stored with its fingerprint and declarant); waiting for an auditor."},
			EnumValue{"UNDER_REVIEW", "An auditor opened a review (*controllo di primo livello*)."},
			EnumValue{"CHANGES_REQUESTED", "The auditor sent it back with comments: the lead may change it and submit it again."},
			EnumValue{"ACCEPTED", "Review completed, every expense admitted in full."},
			EnumValue{"PARTIALLY_ACCEPTED", "Review completed with some amounts admitted and some cut."},
			EnumValue{"REJECTED", "Review completed with nothing admitted."},
		).Default("DRAFT").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("narrative").Optional().Validate(maxRunes(20000)).Comment("Narrative report on the period's progress."),
		field.Time("submitted_at").Optional().Nillable().
			Comment("When the claim was (last) submitted.").
			Annotations(entgql.OrderField("SUBMITTED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optRef("submitted_by_id", "The user who (last) submitted the claim: the declarant of its report.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("plan_version").Optional().Nillable().Positive().
			Comment("Number of the plan version in force when the claim was (first) submitted: its report reads that version's allocations.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optText("declarant_name", 200, "Name of the declarant as printed in the report's declaration (DPR 445/2000, art. 47), taken at submission.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optText("declarant_role", 300, "Role of the declarant as printed in the report's declaration, e.g. \"Dirigente Settore Innovazione del Comune di San Benedetto del Tronto, ente capofila\".").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of ExpenseClaim.
func (ExpenseClaim) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("expense_claims").Field("project_id").Unique().Required().Immutable(),
		edge.To("items", ExpenseItem.Type).Annotations(conn()).Comment("Expenses claimed."),
		edge.To("reviews", Review.Type).Annotations(conn()).Comment("Auditors' reviews."),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("The frozen report PDF and annexes."),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique(),
	}
}

// Indexes of ExpenseClaim.
func (ExpenseClaim) Indexes() []ent.Index {
	// The Region's review queue reads its claims waiting by status: with
	// the tenant column first it needs neither the whole Region's claims
	// nor every claim of that status (docs/PERFORMANCE.md).
	return []ent.Index{index.Fields("project_id", "number").Unique(), index.Fields("status"),
		index.Fields("tenant_region_id", "status")}
}

// Annotations of ExpenseClaim.
func (ExpenseClaim) Annotations() []schema.Annotation {
	return readOnly("A periodic report of expenses to the Region (*rendiconto* / *domanda di rimborso*): the paid expenses the members claim for a period and the narrative; once submitted, the frozen report PDF with the declarant's declaration (art. 47 DPR 445/2000). The Region's auditors review it, and the cost they admit is the basis of interim and balance payments.", under("project", scope.Submitted))
}

// ExpenseItem (Voce di spesa rendicontata) is one paid invoice (or part of
// it) claimed for one member and category, with the auditor's decision.
type ExpenseItem struct {
	ent.Schema
}

// Mixin of ExpenseItem.
func (ExpenseItem) Mixin() []ent.Mixin { return scoped("EI") }

// Fields of ExpenseItem.
func (ExpenseItem) Fields() []ent.Field {
	return []ent.Field{
		ref("claim_id", "The claim.").Immutable(),
		ref("invoice_id", "The invoice.").Immutable(),
		optRef("payment_id", "The payment proving the expense."),
		ref("body_id", "The member body charged."),
		ref("expense_category_id", "The expense category."),
		optRef("intervention_line_id", "The intervention line."),
		money("claimed_cents", "Amount claimed."),
		enum("decision", "The auditor's decision on the expense.",
			EnumValue{"PENDING", "Not decided yet."},
			EnumValue{"ADMITTED", "Admitted in full: admittedCents equals claimedCents."},
			EnumValue{"PARTIALLY_ADMITTED", "Admitted in part: the rest is cut, for the reason in cutReason."},
			EnumValue{"CUT", "Not admitted at all (admittedCents 0), for the reason in cutReason."},
		).Default("PENDING").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		money("admitted_cents", "Amount admitted by the auditor.").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optText("cut_reason", 1000, "Why part of the amount was cut.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of ExpenseItem.
func (ExpenseItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("claim", ExpenseClaim.Type).Ref("items").Field("claim_id").Unique().Required().Immutable(),
		edge.To("invoice", Invoice.Type).Field("invoice_id").Unique().Required().Immutable(),
		edge.To("payment", Payment.Type).Field("payment_id").Unique(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Required(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique(),
	}
}

// Indexes of ExpenseItem.
func (ExpenseItem) Indexes() []ent.Index {
	// A claim's items are read and counted with the viewer's tenant
	// predicate: with both tenant columns in the claim's index PostgreSQL
	// answers from the index alone instead of ANDing the claim's rows
	// with a whole Region's (docs/PERFORMANCE.md).
	return []ent.Index{index.Fields("claim_id", "tenant_region_id", "tenant_aggregation_id"), index.Fields("invoice_id"),
		index.Fields("body_id", "expense_category_id")}
}

// Annotations of ExpenseItem.
func (ExpenseItem) Annotations() []schema.Annotation {
	return readOnly("One expense of a claim (*voce di spesa rendicontata*): a member's part of a paid invoice, in an expense category, with the amount claimed and the auditor's decision. addExpenseItems accepts only what is claimable (see Invoice.claimableShares).", scope.Decl{Kind: scope.Tenant, Parent: "claim", RegionOnceSubmitted: true, Read: scope.Members})
}

// Review (Controllo) is an auditor's first-level check of a claim.
type Review struct {
	ent.Schema
}

// Mixin of Review.
func (Review) Mixin() []ent.Mixin { return scoped("RV") }

// Fields of Review.
func (Review) Fields() []ent.Field {
	return []ent.Field{
		ref("claim_id", "The claim reviewed.").Immutable(),
		optRef("reviewer_id", "The auditor.").Immutable(),
		field.JSON("checklist", []schematype.ChecklistEntry{}).Optional().
			Comment("Checks performed, each with result OK, KO or NA and a note.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		enum("outcome", "Outcome; empty while the review is open. It becomes the claim's status.",
			EnumValue{"ACCEPTED", "Every expense admitted in full."},
			EnumValue{"PARTIALLY_ACCEPTED", "Some amounts admitted and some cut."},
			EnumValue{"REJECTED", "Nothing admitted."},
			EnumValue{"CHANGES_REQUESTED", "The claim goes back to the lead with the comments, to be changed and submitted again."},
		).Optional().Nillable(),
		field.Text("comments").Optional().Validate(maxRunes(10000)).Comment("Comments to the lead."),
		field.Time("completed_at").Optional().Nillable().Comment("When the review was closed."),
		money("admitted_cents", "Total admitted by this review.").Default(0),
		money("cut_cents", "Total cut by this review.").Default(0),
	}
}

// Edges of Review.
func (Review) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("claim", ExpenseClaim.Type).Ref("reviews").Field("claim_id").Unique().Required().Immutable(),
		edge.To("reviewer", User.Type).Field("reviewer_id").Unique().Immutable(),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("The frozen minutes (verbale) of the completed review."),
	}
}

// Annotations of Review.
func (Review) Annotations() []schema.Annotation {
	return readOnly("An auditor's first-level review of an expense claim (*controllo di primo livello*): the checklist, a decision on each expense, the outcome and the totals admitted and cut. Completing it stores its frozen minutes (*verbale*).", under("claim", scope.Members))
}

// Indexes of Review: a claim's reviews are read with the claim.
func (Review) Indexes() []ent.Index { return []ent.Index{index.Fields("claim_id")} }

// Disbursement (Erogazione) is a payment from the Region to the project:
// advance, interim or balance.
type Disbursement struct {
	ent.Schema
}

// Mixin of Disbursement.
func (Disbursement) Mixin() []ent.Mixin { return scoped("DB") }

// Indexes of Disbursement: a project's disbursements are listed with it.
func (Disbursement) Indexes() []ent.Index { return []ent.Index{index.Fields("project_id")} }

// Fields of Disbursement.
func (Disbursement) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project.").Immutable(),
		optRef("claim_id", "The claim the interim or balance payment follows."),
		enum("kind", "Which disbursement of the call's plan it is.",
			EnumValue{"ADVANCE", "The advance paid at funding: the call's advance share of the grant (*anticipo*)."},
			EnumValue{"INTERIM", "An interim payment after an accepted claim: the contribution on the cost admitted so far, up to the call's interim cap, less what was already disbursed (*acconto*)."},
			EnumValue{"BALANCE", "The balance after completion: the contribution on the total admitted cost, up to the grant, less what was already disbursed (*saldo*)."},
			EnumValue{"RECOVERY", "Money the lead returns because more was disbursed than the contribution due on the admitted costs (*recupero*)."},
		),
		money("amount_cents", "Amount: paid by the Region, or returned by the lead for a RECOVERY."),
		money("eu_cents", "Part of the amount from EU funds, in the funding decree's proportions.").Default(0),
		money("state_cents", "Part of the amount from State funds.").Default(0),
		money("region_cents", "Part of the amount from regional funds.").Default(0),
		money("admitted_to_date_cents", "Cumulative admitted cost the amount was computed on (the project's accepted claims when requested).").Default(0),
		enum("status", "Lifecycle: REQUESTED → APPROVED → PAID. A requested disbursement already counts as disbursed.",
			EnumValue{"REQUESTED", "Recorded as owed; counts as disbursed, so the same money cannot be requested twice."},
			EnumValue{"APPROVED", "Approved by the Region (see approvedOn)."},
			EnumValue{"PAID", "Paid by the Region (see paidOn); for a RECOVERY, returned by the lead."},
		).Default("REQUESTED").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		date("requested_on", "Day of the request.").Optional().Nillable(),
		date("approved_on", "Day of the approval.").Optional().Nillable(),
		date("paid_on", "Day of the payment.").Optional().Nillable(),
		optText("payment_reference", 100, "Reference of the act of payment (e.g. *mandato n. 1234/2026*), required when it is recorded as paid.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Disbursement.
func (Disbursement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("disbursements").Field("project_id").Unique().Required().Immutable(),
		edge.To("claim", ExpenseClaim.Type).Field("claim_id").Unique(),
	}
}

// Annotations of Disbursement.
func (Disbursement) Annotations() []schema.Annotation {
	return readOnly("A payment from the Region to a project (*erogazione*) — the advance, an interim payment or the balance — or a recovery the lead returns. Its amount comes from the call's disbursement plan and the cost admitted so far (see Project.disbursementPlan) and is shared among EU, State and Region in the funding decree's proportions.", under("project", scope.Members))
}
