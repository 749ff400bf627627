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

// User is a person who signs in to Capofila.
type User struct {
	ent.Schema
}

// Mixin of User.
func (User) Mixin() []ent.Mixin { return append(base("US"), VersionMixin{}) }

// Fields of User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().MaxLen(254).Unique().
			Comment("Sign-in e-mail address, lower-case.").
			Annotations(entgql.OrderField("EMAIL")),
		text("display_name", 200, "Name shown to other users."),
		optText("job_title", 200, "Position held, printed in the declarations the user signs (e.g. \"Dirigente Settore Innovazione\")."),
		field.String("password_hash").Optional().Sensitive().
			Comment("argon2id hash of the password; never exposed.").
			Annotations(entgql.Skip()),
		field.String("codice_fiscale").Optional().Nillable().Unique().MaxLen(16).
			Validate(italy.ValidateCodiceFiscalePersona).
			Comment("Codice fiscale of the person, upper-case: how sign-in through SPID, CIE or another OpenID Connect provider recognises the account. Set by the first such sign-in, never by the user.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.Bool("active").Default(true).Comment("Inactive users cannot sign in."),
		field.Time("last_sign_in_at").Optional().Nillable().Comment("Last successful sign-in.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("role_assignments", RoleAssignment.Type).Annotations(conn()).Comment("Roles held by the user."),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("api_tokens", APIToken.Type).Annotations(conn()).Comment("Personal API tokens of the user."),
		edge.To("calendar_feeds", CalendarFeed.Type).Annotations(conn()).Comment("Subscriptions to the iCalendar feed of the user's deadlines."),
	}
}

// Annotations of User.
func (User) Annotations() []schema.Annotation {
	return queried("A person who signs in to Capofila, with their role assignments and API tokens. The display name and job title are printed as the declarant of the claims the user submits. A user sees only their own account; admins see every account.", global(scope.OwnAccount))
}

// RoleAssignment grants a user a role within a scope: a Region body, an
// aggregation, or a member body within an aggregation.
type RoleAssignment struct {
	ent.Schema
}

// Mixin of RoleAssignment.
func (RoleAssignment) Mixin() []ent.Mixin { return base("RA") }

// Fields of RoleAssignment.
func (RoleAssignment) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user.").Immutable(),
		enum("role", "The role granted; its scope is in regionBodyID, aggregationID and bodyID.",
			EnumValue{"ADMIN", "The installation's administrator: everything, everywhere; no scope."},
			EnumValue{"REGION_OFFICER", "An officer of the Region in regionBodyID: publishes its calls, decides on applications, funds projects, moves projects and disbursements."},
			EnumValue{"AUDITOR", "A first-level auditor of the Region in regionBodyID (*controllo di primo livello*): reads what was submitted to the Region and reviews expense claims."},
			EnumValue{"LEAD_MANAGER", "The lead's project staff for the aggregation in aggregationID: drafts and submits the application, runs procurement, contracts, invoices, payments, deliverables and claims."},
			EnumValue{"MEMBER_REFERENT", "A member body's officer (bodyID) within the aggregation in aggregationID: reads the aggregation's project, moves its own deliverables and uploads their evidence."},
		).Immutable(),
		optRef("region_body_id", "Region body scope of a REGION_OFFICER or AUDITOR.").Immutable(),
		optRef("aggregation_id", "Aggregation scope of a LEAD_MANAGER or MEMBER_REFERENT.").Immutable(),
		optRef("body_id", "Member body scope of a MEMBER_REFERENT.").Immutable(),
		optRef("granted_by_id", "The user who granted the role.").Immutable(),
	}
}

// Edges of RoleAssignment.
func (RoleAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("role_assignments").Field("user_id").Unique().Required().Immutable(),
		edge.To("region_body", PublicBody.Type).Field("region_body_id").Unique().Immutable(),
		edge.To("aggregation", Aggregation.Type).Field("aggregation_id").Unique().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Immutable(),
		edge.To("granted_by", User.Type).Field("granted_by_id").Unique().Immutable(),
	}
}

// Indexes of RoleAssignment.
func (RoleAssignment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id")}
}

// Annotations of RoleAssignment.
func (RoleAssignment) Annotations() []schema.Annotation {
	return readOnly("A role granted to a user within a scope: a Region body (REGION_OFFICER, AUDITOR), an aggregation (LEAD_MANAGER), a member body within an aggregation (MEMBER_REFERENT), or everything (ADMIN). Admins grant and revoke roles; a user sees only their own.", global(scope.OwnRows))
}

// AuditEvent (Registro attività) is an append-only record of a change: who,
// when, what entity, which fields before and after.
type AuditEvent struct {
	ent.Schema
}

// Mixin of AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin { return quiet("AE") }

// Fields of AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		optText("actor_id", 28, "ID of the user who made the change; empty for the system.").Immutable(),
		optText("actor_label", 300, "E-mail or name of the actor at the time of the change.").Immutable(),
		text("entity_type", 50, "Type of the changed entity, e.g. Application.").Immutable().
			Annotations(entgql.OrderField("ENTITY_TYPE")),
		text("entity_id", 28, "ID of the changed entity.").Immutable(),
		text("operation", 50, "CREATE, UPDATE, DELETE or a lifecycle transition such as SUBMIT.").Immutable(),
		field.JSON("changes", map[string]any{}).Optional().Immutable().
			Comment("Changed fields with their values before and after.").
			Annotations(entgql.Type("Map")),
		optText("request_id", 64, "ID of the HTTP request that made the change.").Immutable(),
		optText("aggregation_id", 28, "Aggregation the change belongs to, for access control.").Immutable(),
		optText("region_body_id", 28, "Region body whose calls the change falls under, for access control.").Immutable(),
		// Who reads the event besides admins and the aggregation's lead
		// managers, decided when it is written (ent/rule audience).
		field.String("body_id").Optional().MaxLen(28).Immutable().Annotations(entgql.Skip()).
			Comment("Member body whose referents read the event when member_access is BODY."),
		field.Enum("member_access").Values("ALL", "BODY", "NONE").Default("ALL").Immutable().Annotations(entgql.Skip()).
			Comment("Which member referents of the aggregation read the event: every one, those of body_id, none."),
		field.Enum("region_access").Values("NONE", "REGION", "APPLIED").Default("NONE").Immutable().Annotations(entgql.Skip()).
			Comment("Which Region's officers and auditors read the event: none, region_body_id's, or those of every Region the aggregation has submitted an application to."),
		field.String("user_id").Optional().MaxLen(28).Immutable().Annotations(entgql.Skip()).
			Comment("User whose account the change concerns (account, roles, API tokens, sign-ins): that user reads the event."),
	}
}

// Indexes of AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	// request_id: what one request changed, found from the request ID of
	// a log line (the where filter requestID), without reading the log.
	return []ent.Index{index.Fields("entity_id"), index.Fields("aggregation_id", "created_at"),
		index.Fields("region_body_id", "created_at"), index.Fields("user_id", "created_at"), index.Fields("request_id")}
}

// Annotations of AuditEvent.
func (AuditEvent) Annotations() []schema.Annotation {
	return queried("One entry of the audit log (*registro attività*): who changed which entity, when, in which request, and the changed fields before and after. Append-only. The leads of an aggregation read its events; a Region's officers and auditors read those of its calls and of the projects they fund.", systemOnly(scope.Audit))
}
