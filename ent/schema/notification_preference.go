package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/notifykind"
)

// NotificationPreference is a user's choice of how the notifications of
// one kind reach them by e-mail. A kind without a row takes its default
// (notifykind.Kind.Default). In-app notifications are shown whatever the
// choice. Written by internal/notifypref only, for the signed-in user or
// by the unsubscribe link; GraphQL serves its own type (every kind, the
// defaults included), not this row.
type NotificationPreference struct {
	ent.Schema
}

// Mixin of NotificationPreference.
func (NotificationPreference) Mixin() []ent.Mixin {
	return append(quiet("NP"), VersionMixin{})
}

// Fields of NotificationPreference.
func (NotificationPreference) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user whose choice it is.").Immutable(),
		field.Enum("kind").GoType(notifykind.Kind("")).Immutable().Comment("The kind of notification."),
		field.Enum("delivery").GoType(notifykind.Delivery("")).
			Comment("How the notifications of the kind are e-mailed: IMMEDIATE, DAILY (in the digest) or OFF."),
	}
}

// Indexes of NotificationPreference.
func (NotificationPreference) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "kind").Unique()}
}

// Annotations of NotificationPreference.
func (NotificationPreference) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), global(scope.OwnRows)}
}

// UnsubscribeToken is a user's secret for the "stop e-mail" link of every
// message (GET/POST /mail/unsubscribe?t=…, without signing in). Unlike
// session secrets it is kept as it is, not hashed: every message sent to
// the user must carry it again, and all it can do is turn that user's
// e-mail off (never sign in, never read anything). Deleting the row
// invalidates the links already sent; the next message gets a new one.
type UnsubscribeToken struct {
	ent.Schema
}

// Mixin of UnsubscribeToken.
func (UnsubscribeToken) Mixin() []ent.Mixin { return quiet("UT") }

// Fields of UnsubscribeToken.
func (UnsubscribeToken) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user the link unsubscribes.").Unique().Immutable(),
		field.String("token").Unique().Immutable().Sensitive().MinLen(43).MaxLen(43).
			Comment("The random secret of the link (32 bytes, base64url)."),
		field.Time("used_at").Optional().Nillable().Comment("When the link was last used."),
	}
}

// Annotations of UnsubscribeToken.
func (UnsubscribeToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), systemOnly(scope.Nobody)}
}
