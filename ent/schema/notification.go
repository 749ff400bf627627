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

// Notification is one message in a user's inbox: an event that concerns
// them (an application decided, a claim sent back…) or a reminder of a
// deadline they must meet. Services write notifications in the transaction
// of the change that causes them, together with the job that mails them
// (internal/notify); users only read them and mark them read.
type Notification struct {
	ent.Schema
}

// Mixin of Notification.
func (Notification) Mixin() []ent.Mixin { return quiet("NT") }

// Fields of Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user the notification is for.").Immutable().Annotations(entgql.Skip()),
		field.Enum("kind").GoType(notifykind.Kind("")).Immutable().
			Annotations(entgql.Type("NotificationKind"), entgql.Skip(entgql.SkipEnumField)).
			Comment("What happened (see the NotificationKind enum)."),
		text("title", 300, "One line saying what happened, in Italian.").Immutable(),
		optText("body", 2000, "More detail: the reason, the amounts, what to do.").Immutable(),
		text("path", 300, "The page of the web app where the user sees or acts on it (e.g. /progetti/…/rendiconti).").Immutable(),
		optText("subject_type", 40, "The type of the object it is about (e.g. ExpenseClaim).").Immutable(),
		optText("subject_id", 28, "The ID of the object it is about.").Immutable(),
		date("due_on", "For a deadline reminder, the day the deadline falls due.").Optional().Nillable().Immutable(),
		field.String("dedup_key").MaxLen(200).Immutable().Annotations(entgql.Skip()).
			Comment("What makes the notification unique for its user (an event's key, a reminder's deadline and stage): the same event is never notified twice, whichever replica notices it."),
		field.Time("read_at").Optional().Nillable().Comment("When the user marked it read; empty while unread."),
		field.Time("mailed_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("When it was sent by e-mail (at once or in a daily digest); empty while not sent."),
	}
}

// Indexes of Notification.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "dedup_key").Unique(),
		index.Fields("user_id", "read_at"),
		index.Fields("mailed_at", "user_id"),
	}
}

// Annotations of Notification.
func (Notification) Annotations() []schema.Annotation {
	return append(readOnly("A message in the signed-in user's inbox: an event that concerns them or a reminder of a deadline they must meet, with the page where they act. Each user reads only their own; markNotificationsRead marks them read.", global(scope.OwnRows)),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField))
}
