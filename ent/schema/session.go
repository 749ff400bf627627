package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
)

// Session is a signed-in browser session. The cookie carries a random
// secret; only its SHA-256 is stored, so a database leak yields no usable
// sessions. Stored in the database so that every replica shares them.
type Session struct {
	ent.Schema
}

// Mixin of Session.
func (Session) Mixin() []ent.Mixin { return quiet("SE") }

// Fields of Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The signed-in user.").Immutable(),
		field.String("token_hash").Unique().Immutable().Sensitive().Comment("SHA-256 of the session secret, hex."),
		field.Time("expires_at").Comment("When the session ends."),
		field.Time("last_seen_at").Optional().Nillable().Comment("Last request made with the session."),
		optText("ip", 64, "Address that signed in.").Immutable(),
		optText("user_agent", 300, "Browser that signed in.").Immutable(),
	}
}

// Edges of Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique().Required().Immutable(),
	}
}

// Indexes of Session.
func (Session) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

// Annotations of Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), systemOnly(scope.Nobody)}
}

// APIToken is a personal token for scripts and integrations, sent as
// "Authorization: Bearer …". Only its SHA-256 is stored; it can be revoked.
type APIToken struct {
	ent.Schema
}

// Mixin of APIToken.
func (APIToken) Mixin() []ent.Mixin { return quiet("TK") }

// Fields of APIToken.
func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user the token acts as.").Immutable(),
		text("name", 100, "What the token is for, e.g. \"export contabilità\"."),
		field.String("token_hash").Unique().Immutable().Sensitive().Comment("SHA-256 of the token, hex.").
			Annotations(entgql.Skip()),
		field.String("prefix").Immutable().MaxLen(16).Comment("First characters of the token, to recognise it."),
		field.Time("expires_at").Optional().Nillable().Comment("When the token stops working; empty for no expiry."),
		field.Time("last_used_at").Optional().Nillable().Comment("Last request made with the token."),
		field.Time("revoked_at").Optional().Nillable().Comment("When the token was revoked."),
	}
}

// Edges of APIToken.
func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("api_tokens").Field("user_id").Unique().Required().Immutable(),
	}
}

// Annotations of APIToken.
func (APIToken) Annotations() []schema.Annotation {
	return readOnly("A personal API token, for scripts and integrations: sent as \"Authorization: Bearer …\", it acts as its user. Its secret is shown once, by createAPIToken: Capofila keeps only its SHA-256. A user sees only their own tokens; revokeAPIToken stops one.", global(scope.OwnRows))
}

// SignInAttempt records a failed sign-in, to throttle guessing per account
// and per address across every replica.
type SignInAttempt struct {
	ent.Schema
}

// Mixin of SignInAttempt.
func (SignInAttempt) Mixin() []ent.Mixin { return quiet("SA") }

// Fields of SignInAttempt.
func (SignInAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").MaxLen(254).Immutable().Comment("E-mail address tried, lower-case."),
		field.String("ip").MaxLen(64).Immutable().Comment("Client address the attempt came from; an IPv6 address by its /64 network."),
	}
}

// Indexes of SignInAttempt.
func (SignInAttempt) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email", "created_at"), index.Fields("ip", "created_at")}
}

// Annotations of SignInAttempt.
func (SignInAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), systemOnly(scope.Nobody)}
}
