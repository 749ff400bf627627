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

// PublicBody (Ente) is a public administration: a Comune, an Unione di
// Comuni, a Provincia, a Regione or another body.
type PublicBody struct {
	ent.Schema
}

// Mixin of PublicBody.
func (PublicBody) Mixin() []ent.Mixin { return append(base("PB"), VersionMixin{}) }

// Fields of PublicBody.
func (PublicBody) Fields() []ent.Field {
	return []ent.Field{
		text("name", 200, "Official name, e.g. \"Comune di San Benedetto del Tronto\" or \"Regione Marche\".").
			Annotations(entgql.OrderField("NAME")),
		enum("kind", "Kind of body.",
			EnumValue{"COMUNE", "A municipality (*comune*)."},
			EnumValue{"UNIONE_COMUNI", "A union of municipalities (*Unione di Comuni*)."},
			EnumValue{"PROVINCIA", "A province (*provincia*)."},
			EnumValue{"CITTA_METROPOLITANA", "A metropolitan city (*città metropolitana*)."},
			EnumValue{"REGIONE", "A region (*regione*): issues calls and funds projects."},
			EnumValue{"OTHER", "Another public administration."},
		).
			Annotations(entgql.OrderField("KIND")),
		field.String("codice_fiscale").Optional().Nillable().Unique().
			Validate(italy.ValidateCodiceFiscaleEnte).
			Comment("Codice fiscale of the body: 11 digits with check digit."),
		field.String("codice_ipa").Optional().Nillable().Unique().
			Validate(italy.ValidateCodiceIPA).
			Comment("Code of the body in the IPA index (Indice dei domicili digitali della PA)."),
		field.Strings("invoicing_office_codes").Optional().
			Comment("Codici univoci ufficio of the body's e-invoicing offices in the IPA index (6 characters each, e.g. UFQKV2): the CodiceDestinatario of the invoices addressed to the body."),
		field.String("istat_code").Optional().Nillable().Unique().
			Validate(italy.ValidateISTATComune).
			Comment("ISTAT code: 6 digits for a comune (e.g. 044066).").
			Annotations(entgql.OrderField("ISTAT_CODE")),
		field.String("codice_catastale").Optional().Nillable().Unique().
			Validate(italy.ValidateCodiceCatastale).
			Comment("Codice catastale (Belfiore) of a comune, e.g. H769."),
		field.String("province_code").Optional().
			Validate(italy.ValidateProvinceCode).
			Comment("Sigla of the province, e.g. AP.").
			Annotations(entgql.OrderField("PROVINCE_CODE")),
		optText("province_name", 100, "Name of the province, e.g. Ascoli Piceno."),
		optText("region_code", 2, "ISTAT code of the region, e.g. 11 for Marche."),
		optText("region_name", 100, "Name of the region, e.g. Marche.").
			Annotations(entgql.OrderField("REGION_NAME")),
		field.Int("population").Optional().Nillable().NonNegative().
			Comment("Resident population, as of population_year.").
			Annotations(entgql.OrderField("POPULATION")),
		field.Int("population_year").Optional().Nillable().Range(1861, 2100).
			Comment("Year the population figure refers to (e.g. 2011 for the census)."),
		field.String("pec").Optional().
			Validate(italy.ValidatePEC).
			Comment("Certified e-mail address (PEC) of the body."),
		optText("address", 300, "Postal address of the seat."),
		field.Bool("anac_qualified").Default(false).
			Comment("The body is a qualified contracting authority (stazione appaltante qualificata, art. 63 D.Lgs. 36/2023): it may run procedures above the direct-award limits on its own."),
	}
}

// Edges of PublicBody.
func (PublicBody) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("memberships", Membership.Type).Annotations(conn()).
			Comment("Aggregations the body belongs to."),
		edge.To("led_aggregations", Aggregation.Type).Annotations(conn()).
			Comment("Aggregations the body leads as capofila."),
		edge.From("beneficiary_of", Procurement.Type).Ref("beneficiaries").Annotations(entgql.Skip()).
			Comment("Procedures buying for the body (many-to-many)."),
		edge.To("issued_calls", Call.Type).Annotations(conn()).
			Comment("Calls issued by this body (a Region)."),
		edge.To("population_figures", PopulationFigure.Type).Annotations(entgql.Skip()).
			Comment("Resident population of the body, year by year (ISTAT)."),
	}
}

// Indexes of PublicBody.
func (PublicBody) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name"),
		index.Fields("province_code", "name"),
		index.Fields("kind", "region_code"),
	}
}

// Annotations of PublicBody.
func (PublicBody) Annotations() []schema.Annotation {
	return append(listed(
		"A public administration (*ente*): a comune, a union of comuni, a province, a metropolitan city, a region or another body, with the codes it is known by (codice fiscale, IPA code, e-invoicing office codes, ISTAT code, codice catastale) and its resident population. Reference data every signed-in user reads.", global(scope.Everyone)),
		entgql.MultiOrder())
}

// PopulationFigure is the resident population of a body at 1 January of a
// year, as published by ISTAT: the figure a call names for its splits and
// per-capita amounts (e.g. "ISTAT at 1 January 2024").
type PopulationFigure struct {
	ent.Schema
}

// Mixin of PopulationFigure.
func (PopulationFigure) Mixin() []ent.Mixin { return base("PP") }

// Fields of PopulationFigure.
func (PopulationFigure) Fields() []ent.Field {
	return []ent.Field{
		ref("body_id", "The body.").Immutable(),
		field.Int("year").Range(1861, 2100).Immutable().
			Comment("Year of the figure: the population resident at 1 January of that year (a census year for census figures)."),
		field.Int("population").NonNegative().Comment("Resident population."),
		text("source", 200, "Where the figure comes from, e.g. \"ISTAT, popolazione residente al 1° gennaio 2024\"."),
	}
}

// Edges of PopulationFigure.
func (PopulationFigure) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("body", PublicBody.Type).Ref("population_figures").Field("body_id").Unique().Required().Immutable(),
	}
}

// Indexes of PopulationFigure.
func (PopulationFigure) Indexes() []ent.Index {
	return []ent.Index{index.Fields("body_id", "year").Unique(), index.Fields("year")}
}

// Annotations of PopulationFigure.
func (PopulationFigure) Annotations() []schema.Annotation {
	return reference("The resident population of a body at 1 January of a year, as published by ISTAT: the figure a call names (populationYear) for splits by population and amounts per inhabitant.", global(scope.Everyone))
}
