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
	"github.com/capofila/capofila/internal/puc"
)

// Call (Bando / Avviso) is a Region's call for funding. All its rules are
// data: caps, co-financing, categories, lines, windows and deadlines.
type Call struct {
	ent.Schema
}

// Mixin of Call.
func (Call) Mixin() []ent.Mixin { return append(scoped("CL"), RowVersionMixin{}) }

// Fields of Call.
func (Call) Fields() []ent.Field {
	return []ent.Field{
		ref("issuer_id", "The body issuing the call (usually a Region).").Immutable(),
		text("title", 500, "Title of the call.").Annotations(entgql.OrderField("TITLE")),
		optText("reference", 200, "Reference of the act approving the call, e.g. \"DDPF n. 123 del 10/03/2026\"."),
		field.Text("description").Optional().Validate(maxRunes(4000)).Comment("Summary of the call's purpose."),
		enum("fund", "Source of the money.",
			EnumValue{"FESR", "European Regional Development Fund (*Fondo europeo di sviluppo regionale*), through the Region's programme."},
			EnumValue{"FSE_PLUS", "European Social Fund Plus (FSE+)."},
			EnumValue{"PNRR", "The national recovery and resilience plan (*Piano nazionale di ripresa e resilienza*)."},
			EnumValue{"FSC", "The national development and cohesion fund (*Fondo per lo sviluppo e la coesione*)."},
			EnumValue{"REGIONAL", "The Region's own budget."},
			EnumValue{"OTHER", "Another source."},
		),
		enum("regime", "How the funded costs are recognised.",
			EnumValue{"COST_BASED", "Refund of costs actually paid and audited: the members claim invoices and payments."},
			EnumValue{"LUMP_SUM", "Payment on verified targets instead of paid invoices (simplified cost options). Recorded only: claims and disbursements work as for COST_BASED."},
		).Default("COST_BASED"),
		enum("status", "Lifecycle: DRAFT → PUBLISHED → CLOSED → ARCHIVED.",
			EnumValue{"DRAFT", "Being prepared: only the issuing Region's officers and auditors see it."},
			EnumValue{"PUBLISHED", "Visible to every signed-in user; applications are accepted between opensAt and closesAt. Its rules change only by a correction (*rettifica*), which makes a new version."},
			EnumValue{"CLOSED", "No longer accepts applications."},
			EnumValue{"ARCHIVED", "Closed and put away; final."},
		).Default("DRAFT").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("version").Default(1).Positive().
			Comment("Version of the call's rules; a correction (rettifica) of a published call makes a new version.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		money("total_budget_cents", "Total money available (dotazione)."),
		money("cap_per_member_cents", "Maximum budget for each member body.").Optional().Nillable(),
		money("cap_per_project_cents", "Maximum budget for one project.").Optional().Nillable(),
		money("min_project_cents", "Minimum total cost of a project.").Optional().Nillable(),
		basisPoints("cofinancing_rate_bp", "Share of the eligible cost the call funds; the rest is the applicants' own money.").Default(10000),
		field.Int("min_members").Optional().Nillable().Positive().Comment("Minimum number of bodies in an aggregation."),
		field.Int("max_members").Optional().Nillable().Positive().Comment("Maximum number of bodies in an aggregation."),
		field.Strings("eligible_applicant_kinds").Optional().
			Comment("Kinds of bodies that may apply (e.g. COMUNE, UNIONE_COMUNI); empty means any."),
		field.Time("opens_at").Optional().Nillable().
			Comment("When applications open (instant; shown in Europe/Rome).").
			Annotations(entgql.OrderField("OPENS_AT")),
		field.Time("closes_at").Optional().Nillable().
			Comment("When applications close (instant; shown in Europe/Rome). Later submissions are refused.").
			Annotations(entgql.OrderField("CLOSES_AT")),
		date("eligible_from", "First day on which expenses are eligible.").Optional().Nillable(),
		date("eligible_until", "Last day on which expenses are eligible.").Optional().Nillable(),
		field.Int("duration_months").Optional().Nillable().Positive().Comment("Duration of funded projects, in months."),
		field.Int("cup_deadline_days").Optional().Nillable().Positive().Comment("Days after funding within which the CUP must be communicated."),
		field.Int("contract_deadline_months").Optional().Nillable().Positive().Comment("Months after funding within which the supplier contract must be signed."),
		field.Int("reporting_every_months").Optional().Nillable().Positive().Comment("Cadence of expense claims, in months."),
		field.Int("integration_days").Optional().Nillable().Range(1, 365).
			Comment("Days the lead has to answer a request for missing items (*soccorso istruttorio*, L. 241/1990 art. 6 c. 1 lett. b), from the request, when the officer gives no date. Empty: 10 days, the term of art. 10-bis L. 241/1990."),
		field.Int("decision_days").Optional().Nillable().Range(1, 730).
			Comment("Days from submission within which the Region decides an application (the term of the procedure, L. 241/1990 art. 2). Empty: the call sets no term and no deadline is shown."),
		field.Int("review_days").Optional().Nillable().Range(1, 365).
			Comment("Days from submission within which the Region's auditors complete the review of an expense claim. Empty: 60 days, leaving the Region 20 of the 80 days within which a beneficiary is paid (Reg. (UE) 2021/1060 art. 74)."),
		field.Strings("required_attachments").Optional().
			Comment("Attachments every application must carry, by name (e.g. \"Delibere di adesione\", \"Convenzione firmata\")."),
		basisPoints("advance_bp", "Advance paid at funding, as a share of the grant.").Default(0),
		basisPoints("interim_max_bp", "Maximum cumulative interim payments, as a share of the grant.").Default(0),
		basisPoints("balance_bp", "Balance paid at completion, as a share of the grant.").Default(0),
		field.Int("population_year").Optional().Nillable().Range(1861, 2100).
			Comment("Year of the population the call uses for splits by population and per-capita amounts: ISTAT resident population at 1 January of that year (e.g. 2024). Empty: each body's latest figure."),
		field.Int("free_move_percent").Default(10).Range(0, 100).
			Comment("Variations: the share of a member's allocation (in %) the lead may move alone between its expense categories, the member's total unchanged; larger moves need the Region's approval."),
		field.Int("max_extensions").Default(1).Range(0, 10).
			Comment("Variations: how many extensions of the end date (*proroghe*) a project may be granted."),
		field.Int("max_extension_months").Default(12).Range(0, 120).
			Comment("Variations: the total months all the extensions of a project may add to its end date."),
		field.Text("puc_settings").Optional().
			Validate(puc.ValidateSettingsText).
			Comment("National monitoring (Protocollo Unico di Colloquio): the codes the Region's and the State's monitoring systems assign and Capofila cannot know, one per line as KEY=VALUE: COD_PROGRAMMA (programme CCI), COD_PROC_ATT (the call's code in the national system), TIPO_OPERAZIONE, COD_LIV_GERARCHICO, optionally TIP_PROCEDURA_ATT, COD_TIPO_RESP_PROC, TIPO_AIUTO, TIPO_LOCALIZZAZIONE, COD_VULNERABILI, COD_NORMA, COD_DEL_CIPE, COD_FONDO:EU|STATE|REGION|OWN, and repeatable CLASSIFICAZIONE=TYPE:CODE, VOCE_SPESA:<category code>=<item>, INDICATORE_OUTPUT=COM|DPR:<code>[:<intervention line code>]. See docs/REPORTS.md."),
		field.Strings("review_checklist").Optional().
			Comment("Checks the Region's auditors perform on every expense claim (controlli di primo livello); a standard list when empty."),
	}
}

// Edges of Call.
func (Call) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("issuer", PublicBody.Type).Ref("issued_calls").Field("issuer_id").Unique().Required().Immutable(),
		edge.To("expense_categories", ExpenseCategory.Type).Annotations(conn()).
			Comment("Expense categories defined by the call."),
		edge.To("intervention_lines", InterventionLine.Type).Annotations(conn()).
			Comment("Intervention lines (work packages) defined by the call."),
		edge.To("applications", Application.Type).Annotations(conn()).
			Comment("Applications to this call."),
	}
}

// Indexes of Call.
func (Call) Indexes() []ent.Index {
	return []ent.Index{index.Fields("issuer_id", "status"), index.Fields("closes_at")}
}

// Hooks of Call.
func (Call) Hooks() []ent.Hook { return []ent.Hook{hooks.CallFrozen()} }

// Annotations of Call.
func (Call) Annotations() []schema.Annotation {
	return listed("A call for funding (*bando* / *avviso*) issued by a Region. Every rule is data: fund, total budget, caps per member and per project, minimum cost, co-financing rate, eligible applicants, aggregation size, expense categories, intervention lines, application and eligibility windows, deadlines, disbursement plan and population year. Region officers draft and publish it; a published call is corrected (*rettifica*) into a new version.", scope.Decl{Kind: scope.Tenant, Region: "issuer", Read: scope.Published})
}

// ExpenseCategory (Categoria di spesa) is a kind of eligible cost defined by
// a call, with an optional cap.
type ExpenseCategory struct {
	ent.Schema
}

// Mixin of ExpenseCategory.
func (ExpenseCategory) Mixin() []ent.Mixin { return append(scoped("EC"), VersionMixin{}) }

// Fields of ExpenseCategory.
func (ExpenseCategory) Fields() []ent.Field {
	return []ent.Field{
		ref("call_id", "The call defining the category.").Immutable(),
		text("code", 20, "Short code, unique within the call, e.g. SERV."),
		text("name", 200, "Name, e.g. \"Acquisizione di servizi\"."),
		field.Text("description").Optional().Validate(maxRunes(4000)).Comment("What the category covers."),
		basisPoints("cap_bp", "Maximum share of the project total for this category.").Optional().Nillable(),
		money("cap_cents", "Maximum amount for this category in one project.").Optional().Nillable(),
		field.Bool("vat_eligible").Default(true).Comment("Whether VAT is an eligible cost in this category."),
		field.Int("position").Default(0).Comment("Display order."),
	}
}

// Edges of ExpenseCategory.
func (ExpenseCategory) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("call", Call.Type).Ref("expense_categories").Field("call_id").Unique().Required().Immutable(),
	}
}

// Indexes of ExpenseCategory.
func (ExpenseCategory) Indexes() []ent.Index {
	return []ent.Index{index.Fields("call_id", "code").Unique()}
}

// Hooks of ExpenseCategory.
func (ExpenseCategory) Hooks() []ent.Hook { return []ent.Hook{hooks.CallPartFrozen()} }

// Annotations of ExpenseCategory.
func (ExpenseCategory) Annotations() []schema.Annotation {
	return nested("A kind of eligible cost defined by a call (*categoria di spesa*), e.g. \"Acquisizione di servizi\", with an optional cap (a share of the project total or an amount) and whether VAT is eligible in it. Budget lines, allocations, cost shares and claimed expenses are charged to one.", under("call", scope.ParentPublished))
}

// InterventionLine (Linea di intervento) is a work package defined by a
// call, e.g. "A — Pagamenti online (pagoPA)".
type InterventionLine struct {
	ent.Schema
}

// Mixin of InterventionLine.
func (InterventionLine) Mixin() []ent.Mixin { return append(scoped("IL"), VersionMixin{}) }

// Fields of InterventionLine.
func (InterventionLine) Fields() []ent.Field {
	return []ent.Field{
		ref("call_id", "The call defining the line.").Immutable(),
		text("code", 20, "Short code, unique within the call, e.g. A."),
		text("name", 200, "Name, e.g. \"Pagamenti online (pagoPA)\"."),
		field.Text("description").Optional().Validate(maxRunes(4000)).Comment("What the line delivers."),
		field.Int("position").Default(0).Comment("Display order."),
	}
}

// Edges of InterventionLine.
func (InterventionLine) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("call", Call.Type).Ref("intervention_lines").Field("call_id").Unique().Required().Immutable(),
		edge.From("applications", Application.Type).Ref("intervention_lines").Annotations(entgql.Skip()).
			Comment("Applications covering the line (many-to-many)."),
	}
}

// Indexes of InterventionLine.
func (InterventionLine) Indexes() []ent.Index {
	return []ent.Index{index.Fields("call_id", "code").Unique()}
}

// Hooks of InterventionLine.
func (InterventionLine) Hooks() []ent.Hook { return []ent.Hook{hooks.CallPartFrozen()} }

// Annotations of InterventionLine.
func (InterventionLine) Annotations() []schema.Annotation {
	return nested("A work package of a call (*linea di intervento*), e.g. \"A — Pagamenti online (pagoPA)\": what the funded projects deliver. Budget lines, allocations, contracts and deliverables may be tracked by line.", under("call", scope.ParentPublished))
}
