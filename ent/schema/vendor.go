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

// Vendor (Operatore economico) is a supplier: a company, or a temporary
// grouping of companies (RTI) whose members are listed as GroupingMembers.
type Vendor struct {
	ent.Schema
}

// Mixin of Vendor.
func (Vendor) Mixin() []ent.Mixin { return append(base("VN"), VersionMixin{}) }

// Fields of Vendor.
func (Vendor) Fields() []ent.Field {
	return []ent.Field{
		text("name", 300, "Company name (ragione sociale).").
			Annotations(entgql.OrderField("NAME")),
		field.String("vat_id").Optional().Nillable().Unique().
			Validate(italy.ValidatePartitaIVA).
			Comment("Italian partita IVA: 11 digits with check digit. Unique.").
			Annotations(entgql.OrderField("VAT_ID")),
		field.String("codice_fiscale").Optional().Nillable().
			Validate(italy.ValidateCodiceFiscale).
			Comment("Codice fiscale, when it differs from the partita IVA (11 digits, or 16 characters for a sole trader)."),
		field.String("pec").Optional().
			Validate(italy.ValidatePEC).
			Comment("Certified e-mail address (PEC)."),
		optText("address", 300, "Registered office address."),
		optText("city", 100, "City of the registered office."),
		field.Bool("is_grouping").Default(false).
			Comment("True for a temporary grouping of companies (RTI); its members are in groupingMembers."),
		optRef("owner_aggregation_id", "For a grouping: the aggregation whose lead registered it. Only that aggregation's lead managers (and ADMIN) add its members, and only until a lot is awarded to it or a contract names it. Set when the grouping is created (by default the creating lead's only aggregation); never shown to other tenants.").
			Immutable().
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Vendor.
func (Vendor) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("grouping_members", GroupingMember.Type).Annotations(conn()).
			Comment("Members of this grouping (RTI), with their role."),
		edge.From("invited_to", Lot.Type).Ref("invited_vendors").Annotations(entgql.Skip()).
			Comment("Lots the vendor was invited to (many-to-many)."),
		edge.From("bid_on", Lot.Type).Ref("bidders").Annotations(entgql.Skip()).
			Comment("Lots the vendor bid on (many-to-many)."),
		edge.To("contracts", Contract.Type).Annotations(conn()).
			Comment("Contracts signed with this vendor."),
		edge.To("owner_aggregation", Aggregation.Type).Field("owner_aggregation_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationUpdateInput)).
			Comment("For a grouping: the aggregation whose lead registered it."),
	}
}

// Hooks of Vendor.
func (Vendor) Hooks() []ent.Hook { return []ent.Hook{hooks.VendorRules()} }

// Indexes of Vendor.
func (Vendor) Indexes() []ent.Index {
	return []ent.Index{index.Fields("name")}
}

// Annotations of Vendor.
func (Vendor) Annotations() []schema.Annotation {
	return listed("A supplier (*operatore economico*): a company with its partita IVA and codice fiscale, or a temporary grouping of companies (RTI) whose members are its groupingMembers. Reference data every signed-in user reads.", global(scope.Everyone))
}

// GroupingMember is a company taking part in a temporary grouping (RTI), as
// mandataria (the lead) or mandante.
type GroupingMember struct {
	ent.Schema
}

// Mixin of GroupingMember.
func (GroupingMember) Mixin() []ent.Mixin { return base("GM") }

// Fields of GroupingMember.
func (GroupingMember) Fields() []ent.Field {
	return []ent.Field{
		ref("grouping_id", "The grouping (RTI).").Immutable(),
		ref("member_id", "The member company.").Immutable(),
		enum("role", "The company's role in the grouping.",
			EnumValue{"MANDATARIA", "The lead company (*mandataria*), which acts for the grouping."},
			EnumValue{"MANDANTE", "A principal (*mandante*): a member that gave the lead its mandate."},
		),
		basisPoints("share_bp", "Share of the grouping's work.").Optional().Nillable(),
	}
}

// Edges of GroupingMember.
func (GroupingMember) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("grouping", Vendor.Type).Ref("grouping_members").Field("grouping_id").Unique().Required().Immutable(),
		edge.To("member", Vendor.Type).Field("member_id").Unique().Required().Immutable(),
	}
}

// Indexes of GroupingMember.
func (GroupingMember) Indexes() []ent.Index {
	return []ent.Index{index.Fields("grouping_id", "member_id").Unique()}
}

// Hooks of GroupingMember.
func (GroupingMember) Hooks() []ent.Hook { return []ent.Hook{hooks.GroupingFixed()} }

// Annotations of GroupingMember.
func (GroupingMember) Annotations() []schema.Annotation {
	return created("A company taking part in a temporary grouping of companies (*raggruppamento temporaneo di imprese*, RTI), with its role and share of the work.", global(scope.Everyone))
}
