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
	"github.com/capofila/capofila/internal/italy"
)

// Procurement (Procedura di affidamento) is a procedure under D.Lgs. 36/2023
// run by one body (usually the lead) for some or all members of a project.
type Procurement struct {
	ent.Schema
}

// Mixin of Procurement.
func (Procurement) Mixin() []ent.Mixin { return append(scoped("PC"), VersionMixin{}) }

// Fields of Procurement.
func (Procurement) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project the procedure serves.").Immutable(),
		ref("running_body_id", "The body running the procedure (stazione appaltante)."),
		text("title", 500, "Object of the procedure.").Annotations(entgql.OrderField("TITLE")),
		enum("object_type", "What the procedure buys; the thresholds in force depend on it.",
			EnumValue{"WORKS", "Works (*lavori*)."},
			EnumValue{"SERVICES", "Services (*servizi*)."},
			EnumValue{"SUPPLIES", "Supplies (*forniture*)."},
		),
		enum("procedure_type", "Procedure type under D.Lgs. 36/2023, following ANAC's list of codes; checked against the thresholds in force on startedOn.",
			EnumValue{"OPEN", "ANAC 01: open procedure (*procedura aperta*)."},
			EnumValue{"RESTRICTED", "ANAC 02: restricted procedure (*procedura ristretta*)."},
			EnumValue{"NEGOTIATED_WITH_NOTICE", "ANAC 03: negotiated procedure with prior publication (*procedura negoziata previa pubblicazione*)."},
			EnumValue{"NEGOTIATED_WITHOUT_NOTICE", "ANAC 04: negotiated procedure without prior publication (*procedura negoziata senza previa pubblicazione*)."},
			EnumValue{"DIRECT_AWARD", "ANAC 23: direct award (*affidamento diretto*, art. 50), below 140,000 EUR for services and supplies and 150,000 EUR for works."},
			EnumValue{"DIRECT_AWARD_FRAMEWORK", "ANAC 26: direct award under a framework agreement or convention, e.g. Consip's (*affidamento diretto in adesione ad accordo quadro/convenzione*)."},
			EnumValue{"COMPETITIVE_FRAMEWORK", "ANAC 27: competitive comparison under a framework agreement or convention (*confronto competitivo in adesione ad accordo quadro/convenzione*)."},
			EnumValue{"NEGOTIATED_BELOW_THRESHOLD", "ANAC 33: negotiated procedure below the EU thresholds (*procedura negoziata per affidamenti sotto soglia*, art. 50)."},
		),
		optText("legal_basis", 300, "Legal basis, e.g. \"art. 50, c. 1, lett. b), D.Lgs. 36/2023\"."),
		money("base_cents", "Base amount of the procedure (importo a base d'asta), net of VAT."),
		field.String("cpv").Optional().Validate(italy.ValidateCPV).
			Comment("Main CPV code, e.g. 72000000-5."),
		optText("rup_name", 200, "Name of the person responsible for the procedure (RUP)."),
		field.String("rup_codice_fiscale").Optional().Validate(italy.ValidateCodiceFiscalePersona).
			Comment("Codice fiscale of the RUP."),
		optText("determina_number", 50, "Number of the decision to contract (determina a contrarre)."),
		date("determina_date", "Date of the determina a contrarre.").Optional().Nillable(),
		date("started_on", "Start date of the procedure; selects the thresholds in force.").Optional().Nillable(),
		enum("status", "Lifecycle: PLANNED → PUBLISHED → AWARDED → CONTRACTED; DESERTED | CANCELLED.",
			EnumValue{"PLANNED", "Recorded, not started; a direct award may go straight to AWARDED."},
			EnumValue{"PUBLISHED", "Started: the notice is published or the operators are invited."},
			EnumValue{"AWARDED", "Its lots are awarded (*aggiudicata*)."},
			EnumValue{"CONTRACTED", "A contract is signed for its lots; final."},
			EnumValue{"DESERTED", "No acceptable bid arrived (*deserta*); final."},
			EnumValue{"CANCELLED", "Cancelled by the contracting body (*annullata*); final."},
		).Default("PLANNED").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optText("framework_reference", 300, "Consip framework or convention adhered to, e.g. \"SPC Cloud – Lotto 1\"."),
		optText("needs_plan_reference", 100, "Reference of the Consip needs plan (piano dei fabbisogni)."),
		optText("needs_project_reference", 100, "Reference of the Consip needs project (progetto dei fabbisogni)."),
		money("separate_estimate_cents", "Sum of what the members would have spent buying separately, when estimated; measures joint-procurement savings.").Optional().Nillable(),
		field.Bool("threshold_warning_acknowledged").Default(false).
			Comment("The user acknowledged a warning about the procedure type and the thresholds in force."),
		field.Strings("threshold_warnings").Optional().
			Comment("Warnings about the procedure type and the thresholds in force found at the last save (acknowledged by the user).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Procurement.
func (Procurement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("procurements").Field("project_id").Unique().Required().Immutable(),
		edge.To("running_body", PublicBody.Type).Field("running_body_id").Unique().Required(),
		edge.To("beneficiaries", PublicBody.Type).Comment("Member bodies the procedure buys for."),
		edge.To("lots", Lot.Type).Annotations(conn()).Comment("Lots, one CIG each."),
	}
}

// Indexes of Procurement.
func (Procurement) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "status")}
}

// Annotations of Procurement.
func (Procurement) Annotations() []schema.Annotation {
	return listed("A procurement procedure (*procedura di affidamento*) under D.Lgs. 36/2023, run by one body (the contracting authority, *stazione appaltante*, usually the lead) for some or all members of a project: object, procedure type checked against the thresholds in force, base amount, CPV, RUP, *determina a contrarre*, and its lots.", under("project", scope.Members))
}

// Lot (Lotto) is a part of a procedure, identified by its CIG.
type Lot struct {
	ent.Schema
}

// Mixin of Lot.
func (Lot) Mixin() []ent.Mixin { return scoped("LT") }

// Fields of Lot.
func (Lot) Fields() []ent.Field {
	return []ent.Field{
		ref("procurement_id", "The procedure.").Immutable(),
		field.Int("number").Positive().Default(1).Comment("Lot number within the procedure."),
		text("title", 500, "Object of the lot."),
		field.String("cig").Validate(italy.ValidateCIG).
			Comment("Codice Identificativo Gara, 10 characters: a unified CIG of the national e-procurement platform (a letter A–U and 9 hexadecimal characters, every procedure started since 1 January 2024), or a standard or Smart CIG issued before 2024. Unique within an aggregation; another aggregation's lot with the same CIG is neither refused nor disclosed, and is shown to the Regions' officers and auditors and to ADMIN (cigElsewhere)."),
		field.Bool("legacy_cig_acknowledged").Default(false).
			Comment("The user confirmed a standard or Smart CIG (issued before 2024) on a procedure started on or after 1 January 2024, which needs a unified CIG: e.g. a contract that runs on from an earlier procedure."),
		money("base_cents", "Base amount of the lot, net of VAT."),
		money("award_cents", "Awarded amount, net of VAT.").Optional().Nillable(),
		optRef("awarded_vendor_id", "The vendor the lot was awarded to."),
		date("awarded_on", "Date of the award.").Optional().Nillable(),
	}
}

// Edges of Lot.
func (Lot) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("procurement", Procurement.Type).Ref("lots").Field("procurement_id").Unique().Required().Immutable(),
		edge.To("awarded_vendor", Vendor.Type).Field("awarded_vendor_id").Unique(),
		edge.To("invited_vendors", Vendor.Type).Comment("Vendors invited to bid."),
		edge.To("bidders", Vendor.Type).Comment("Vendors that submitted a bid."),
		edge.To("contracts", Contract.Type).Annotations(conn()).Comment("Contracts signed for the lot."),
	}
}

// Indexes of Lot.
func (Lot) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("procurement_id", "number").Unique(),
		// A CIG once per aggregation (docs/DOMAIN.md): a lot of another
		// aggregation never blocks the procedure's genuine owner.
		index.Fields("cig", "tenant_aggregation_id").Unique(),
	}
}

// Hooks of Lot.
func (Lot) Hooks() []ent.Hook { return []ent.Hook{hooks.GroupingUse("awarded_vendor_id")} }

// Annotations of Lot.
func (Lot) Annotations() []schema.Annotation {
	return created("A lot of a procurement procedure (*lotto*), identified by its CIG (*Codice Identificativo Gara*): base amount, award and awarded vendor, the vendors invited and those that bid, and the contracts signed for it.", under("procurement", scope.Members))
}

// Contract (Contratto / Ordine) binds a vendor for a lot; its cost is split
// across members by CostShares.
type Contract struct {
	ent.Schema
}

// Mixin of Contract.
func (Contract) Mixin() []ent.Mixin { return append(scoped("CT"), VersionMixin{}) }

// Fields of Contract.
func (Contract) Fields() []ent.Field {
	return []ent.Field{
		ref("lot_id", "The lot.").Immutable(),
		ref("vendor_id", "The vendor.").Immutable(),
		optRef("intervention_line_id", "The intervention line the contract delivers, for tracking by line."),
		optText("reference", 100, "Contract or order number (e.g. the MePA order number)."),
		date("signed_on", "Day the contract was signed.").Optional().Nillable(),
		money("net_cents", "Amount net of VAT."),
		money("vat_cents", "VAT.").Default(0),
		date("starts_on", "Start of the execution period.").Optional().Nillable(),
		date("ends_on", "End of the execution period.").Optional().Nillable(),
		enum("split_method", "How the contract's cost was split across the members (costShares); the parts always sum to the whole.",
			EnumValue{"EQUAL", "In equal parts among the procedure's beneficiaries (largest remainder for the odd cents)."},
			EnumValue{"POPULATION", "In proportion to the beneficiaries' resident population of populationYear (largest remainder)."},
			EnumValue{"CUSTOM", "In the amounts given for each member."},
		).Default("CUSTOM"),
		field.Int("population_year").Optional().Nillable().Range(1861, 2100).
			Comment("For a split by POPULATION: the year of the population figures used (resident at 1 January).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		enum("status", "Lifecycle: ACTIVE → EXECUTED (conformity verified) → CLOSED; TERMINATED.",
			EnumValue{"ACTIVE", "Being executed (*in esecuzione*); its cost counts as committed."},
			EnumValue{"EXECUTED", "Executed, conformity verified (*eseguito*)."},
			EnumValue{"CLOSED", "Closed; final."},
			EnumValue{"TERMINATED", "Terminated early (*risolto*); its cost no longer counts as committed; final."},
		).Default("ACTIVE").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Contract.
func (Contract) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("lot", Lot.Type).Ref("contracts").Field("lot_id").Unique().Required().Immutable(),
		edge.From("vendor", Vendor.Type).Ref("contracts").Field("vendor_id").Unique().Required().Immutable(),
		edge.To("intervention_line", InterventionLine.Type).Field("intervention_line_id").Unique(),
		edge.To("cost_shares", CostShare.Type).Annotations(conn()).Comment("The contract's cost split across members."),
		edge.To("invoices", Invoice.Type).Annotations(conn()).Comment("Invoices matched to the contract by CIG."),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("The signed contract and annexes."),
		edge.To("modifications", ContractModification.Type).Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Modifications under art. 120 D.Lgs. 36/2023, oldest first (Contract.modifications)."),
	}
}

// Hooks of Contract.
func (Contract) Hooks() []ent.Hook { return []ent.Hook{hooks.GroupingUse("vendor_id")} }

// Annotations of Contract.
func (Contract) Annotations() []schema.Annotation {
	return readOnly("A contract (*contratto* / *ordine*) signed with a vendor for an awarded lot: amount net of VAT and VAT, execution period, and the cost split across the members (costShares), which commits their allocations. Invoices are matched to it by the lot's CIG. Created by signContract.", under("lot", scope.Members))
}

// Indexes of Contract: a project's contracts are found through their lots
// (allocation summary, commitment checks, invoice matching).
func (Contract) Indexes() []ent.Index { return []ent.Index{index.Fields("lot_id")} }

// CostShare is the part of a contract's cost charged to one member.
type CostShare struct {
	ent.Schema
}

// Mixin of CostShare.
func (CostShare) Mixin() []ent.Mixin { return scoped("CS") }

// Fields of CostShare.
func (CostShare) Fields() []ent.Field {
	return []ent.Field{
		ref("contract_id", "The contract.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		optRef("expense_category_id", "Expense category the cost is charged to."),
		money("amount_cents", "Amount charged to the member, VAT included when VAT is eligible."),
	}
}

// Edges of CostShare.
func (CostShare) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("contract", Contract.Type).Ref("cost_shares").Field("contract_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique(),
	}
}

// Indexes of CostShare.
func (CostShare) Indexes() []ent.Index {
	return []ent.Index{index.Fields("contract_id", "body_id").Unique(), index.Fields("body_id")}
}

// Annotations of CostShare.
func (CostShare) Annotations() []schema.Annotation {
	return readOnly("The part of a contract's cost charged to one member, in an expense category. A contract's shares sum to its amount; splitContract replaces them.", under("contract", scope.Members))
}
