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

// ContractModification (Modifica del contratto) is a change of a contract
// in execution under art. 120 D.Lgs. 36/2023: its legal basis, the act that
// orders it, the contract's amounts and end date before and after, and the
// cost shares of the members before and after, so that the contract's
// history shows what each member paid under each version.
type ContractModification struct {
	ent.Schema
}

// Mixin of ContractModification.
func (ContractModification) Mixin() []ent.Mixin { return append(scoped("CM"), VersionMixin{}) }

// Fields of ContractModification.
func (ContractModification) Fields() []ent.Field {
	return []ent.Field{
		ref("contract_id", "The contract modified.").Immutable(),
		field.Int("number").Positive().Immutable().
			Comment("Number of the modification within its contract: 1, 2, … in the order they were proposed."),
		enum("basis", "Legal basis of the modification (art. 120 D.Lgs. 36/2023, as amended by D.Lgs. 209/2024); it decides the limits checked (docs/DOMAIN.md §3).",
			EnumValue{"OPTION_CLAUSE", "Art. 120 c. 1 lett. a) and c. 10: foreseen by clear, precise and unequivocal clauses of the initial tender documents, options included (the *opzione di proroga* too), whatever their value."},
			EnumValue{"ADDITIONAL_SERVICES", "Art. 120 c. 1 lett. b): additional works, services or supplies not in the initial contract, where changing contractor is impracticable; each increase at most 50% of the initial value (c. 2)."},
			EnumValue{"UNFORESEEN_CIRCUMSTANCES", "Art. 120 c. 1 lett. c): variant for circumstances the contracting body could not foresee (*variante in corso d'opera*); each increase at most 50% of the initial value (c. 2)."},
			EnumValue{"DE_MINIMIS", "Art. 120 c. 3: a change below both the EU threshold (art. 14) and 10% (services and supplies) or 15% (works) of the initial value, counted on the net sum of the successive changes on this basis."},
			EnumValue{"FIFTH_INCREASE_DECREASE", "Art. 120 c. 9: *quinto d'obbligo*, an increase or decrease of the services up to one fifth of the contract's amount, imposed on the contractor at the initial conditions; increases and decreases each counted together."},
			EnumValue{"TECHNICAL_EXTENSION", "Art. 120 c. 11: *proroga tecnica*, in exceptional cases, of an expiring contract only for the time strictly needed to award it anew, at the same or better conditions: a later end date, never a lower amount."},
		),
		optText("act_number", 50, "Number of the act ordering the modification (the RUP's *determina*, the *atto aggiuntivo*)."),
		date("act_date", "Date of the act ordering the modification.").Optional().Nillable(),
		text("reason", 4000, "Why the contract is modified, as stated in the act."),
		money("before_net_cents", "The contract's amount net of VAT before the modification (when it was proposed; refreshed when applied).").Immutable(),
		money("before_vat_cents", "The contract's VAT before the modification.").Immutable(),
		date("before_ends_on", "The contract's end of execution before the modification.").Optional().Nillable().Immutable(),
		field.Int("before_contract_version").Positive().Immutable().
			Comment("The contract's version the modification was proposed on: applying it on another version is a CONFLICT."),
		money("net_cents", "The contract's amount net of VAT after the modification."),
		money("vat_cents", "The contract's VAT after the modification."),
		date("ends_on", "The contract's end of execution after the modification.").Optional().Nillable(),
		enum("status", "Lifecycle: PROPOSED → EFFECTIVE | WITHDRAWN.",
			EnumValue{"PROPOSED", "Recorded by the lead; the contract is unchanged until it is applied."},
			EnumValue{"EFFECTIVE", "Applied: the contract has the amounts and end date after, its cost re-split; final."},
			EnumValue{"WITHDRAWN", "Withdrawn before it was applied; final."},
		).Default("PROPOSED").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		date("effective_on", "Day the modification took effect: the date of its act, or the day it was applied when the act has no date.").Optional().Nillable(),
		field.JSON("shares_before", []schematype.ShareSnapshot{}).Optional().
			Comment("The members' cost shares under the contract before the modification (when applied).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("shares_after", []schematype.ShareSnapshot{}).Optional().
			Comment("The members' cost shares after the modification: a preview while proposed, the shares written when applied.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of ContractModification.
func (ContractModification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("contract", Contract.Type).Ref("modifications").Field("contract_id").Unique().Required().Immutable(),
	}
}

// Indexes of ContractModification.
func (ContractModification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("contract_id", "number").Unique()}
}

// Annotations of ContractModification.
func (ContractModification) Annotations() []schema.Annotation {
	return reference("A modification of a contract in execution under art. 120 D.Lgs. 36/2023 (*modifica del contratto*): its legal basis, the act ordering it, the contract's amounts and end date before and after, and the members' cost shares before and after. Proposed by the lead manager (proposeContractModification), applied (applyContractModification, or by the Region's approval of a variation) or withdrawn; applying it changes the contract and re-splits its cost by the contract's rule.", under("contract", scope.Members))
}
