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

// AccessRequest (Richiesta di accesso) is a signed-in person's request for
// a role on an aggregation, a member body or a Region, with the act that
// appoints them; the lead, an officer of the Region or an admin decides it. A request to form a
// new aggregation (a proposal) is an admin's to decide.
type AccessRequest struct {
	ent.Schema
}

// Mixin of AccessRequest.
func (AccessRequest) Mixin() []ent.Mixin { return append(scoped("AQ"), VersionMixin{}) }

// Fields of AccessRequest.
func (AccessRequest) Fields() []ent.Field {
	noInput := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		ref("user_id", "The person asking for the role (the requester).").Immutable(),
		enum("role", "The role asked for; its scope is in aggregationID, bodyID and regionBodyID as for a role assignment.",
			EnumValue{"REGION_OFFICER", "An officer of the Region in regionBodyID."},
			EnumValue{"AUDITOR", "A first-level auditor of the Region in regionBodyID."},
			EnumValue{"LEAD_MANAGER", "The lead's project staff for the aggregation in aggregationID, or of a new aggregation to form (proposal)."},
			EnumValue{"MEMBER_REFERENT", "The officer of the member body in bodyID within the aggregation in aggregationID."},
		).Immutable().Annotations(entgql.OrderField("ROLE")),
		optRef("aggregation_id", "Aggregation of a LEAD_MANAGER or MEMBER_REFERENT request.").Immutable(),
		optRef("body_id", "Member body of a MEMBER_REFERENT request; the lead body of an aggregation proposal.").Immutable(),
		optRef("region_body_id", "Region body of a REGION_OFFICER or AUDITOR request.").Immutable(),
		text("scope_label", 400, "What the role is asked on, in words, as it was when asked (e.g. \"Comune di Grottammare nell'aggregazione Marche Sud\"): the requester may not read the aggregation yet.").Immutable().Annotations(noInput),
		enum("act_kind", "Kind of the act appointing the requester to the role.",
			EnumValue{"DECRETO_NOMINA", "A decree of appointment (*decreto di nomina*), e.g. of the mayor or of a director."},
			EnumValue{"DELIBERA", "A resolution (*delibera*) of the council or of the executive."},
			EnumValue{"DETERMINA", "A directorial decision (*determinazione dirigenziale*)."},
			EnumValue{"ALTRO", "Another act (an order of service, a letter of assignment)."},
		).Immutable(),
		text("act_number", 50, "Number of the appointing act, e.g. \"12/2026\".").Immutable(),
		date("act_date", "Date of the appointing act.").Immutable(),
		text("act_issuer", 200, "Who issued the act, e.g. \"Sindaco del Comune di Grottammare\".").Immutable(),
		text("act_filename", 255, "File name of the attached act (a PDF). Download at /access-requests/{id}/act.").Immutable().Annotations(noInput),
		field.Int64("act_size_bytes").NonNegative().Immutable().Comment("Size of the attached act in bytes.").Annotations(noInput),
		field.String("act_sha256").MinLen(64).MaxLen(64).Immutable().Comment("SHA-256 of the attached act, lower-case hex.").Annotations(noInput),
		field.String("act_storage_key").NotEmpty().Sensitive().Immutable().Comment("Where the document store keeps the act.").Annotations(entgql.Skip()),
		field.JSON("proposal", &schematype.AggregationProposal{}).Optional().Immutable().
			Comment("An aggregation to form, for a LEAD_MANAGER request without an aggregation: name, lead body, members with their resolutions. An admin decides it; approving forms the aggregation and makes the requester its lead manager.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		optText("note", 2000, "What the requester adds for the approver.").Immutable(),
		enum("status", "Lifecycle: PENDING → APPROVED | REFUSED | WITHDRAWN; every outcome is final.",
			EnumValue{"PENDING", "Waiting for a decision."},
			EnumValue{"APPROVED", "Approved: the role was granted."},
			EnumValue{"REFUSED", "Refused (see reason); final."},
			EnumValue{"WITHDRAWN", "Withdrawn by the requester before a decision; final."},
		).Default("PENDING").Annotations(entgql.OrderField("STATUS"), noInput),
		field.Time("decided_at").Optional().Nillable().Comment("When it was approved, refused or withdrawn.").Annotations(noInput),
		optRef("decided_by_id", "Who approved or refused it.").Annotations(noInput),
		field.Text("reason").Optional().Validate(maxRunes(4000)).Comment("Reason of the decision; always given for a refusal.").Annotations(noInput),
		optRef("role_assignment_id", "Once approved: the role assignment it made.").Annotations(noInput),
	}
}

// Edges of AccessRequest.
func (AccessRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable(),
		edge.To("aggregation", Aggregation.Type).Field("aggregation_id").Unique().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Immutable(),
		edge.To("region_body", PublicBody.Type).Field("region_body_id").Unique().Immutable(),
		edge.To("decided_by", User.Type).Field("decided_by_id").Unique(),
		edge.To("role_assignment", RoleAssignment.Type).Field("role_assignment_id").Unique(),
	}
}

// Indexes of AccessRequest.
func (AccessRequest) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "status"), index.Fields("status", "created_at")}
}

// Annotations of AccessRequest.
func (AccessRequest) Annotations() []schema.Annotation {
	return readOnly("A request for a role (*richiesta di accesso*) by a signed-in person, typically one who signed in with SPID or CIE and has no role yet, with the act that appoints them (a *decreto di nomina*, a *delibera*…) attached as a PDF. The lead managers of the aggregation decide member referents and lead managers of it; the officers of a Region decide officers and auditors of it; an admin decides any, and alone decides a request to form a new aggregation (proposal). The requester reads their own requests; an approver the ones they decide.",
		scope.Decl{Kind: scope.Tenant, Aggregation: "aggregation", Region: "region_body", Read: scope.Requests})
}
