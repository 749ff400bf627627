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

// CalendarFeed is a user's subscription to the iCalendar feed of their
// deadlines (GET /calendar/{secret}.ics). Calendar programs cannot sign
// in, so the URL's secret is the credential: only its SHA-256 is stored,
// and a feed can be revoked.
type CalendarFeed struct {
	ent.Schema
}

// Mixin of CalendarFeed.
func (CalendarFeed) Mixin() []ent.Mixin { return quiet("CF") }

// Fields of CalendarFeed.
func (CalendarFeed) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user whose deadlines the feed lists, as that user may read them.").Immutable(),
		field.String("token_hash").Unique().Immutable().Sensitive().Comment("SHA-256 of the feed's secret, hex.").
			Annotations(entgql.Skip()),
		field.String("prefix").Immutable().MaxLen(16).Comment("First characters of the feed's secret, to recognise its address."),
		field.Time("last_used_at").Optional().Nillable().Comment("Last time a calendar program read the feed (updated at most once an hour)."),
		field.Time("revoked_at").Optional().Nillable().Comment("When the feed was revoked; its address answers 404 since."),
	}
}

// Edges of CalendarFeed.
func (CalendarFeed) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("calendar_feeds").Field("user_id").Unique().Required().Immutable(),
	}
}

// Indexes of CalendarFeed.
func (CalendarFeed) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

// Annotations of CalendarFeed.
func (CalendarFeed) Annotations() []schema.Annotation {
	return readOnly("A subscription to the iCalendar feed of the deadlines its user must act on, for Outlook, Thunderbird or Google Calendar. Its address, which carries a secret, is shown once, by createCalendarFeed: Capofila keeps only the secret's SHA-256. A user sees only their own feeds; revokeCalendarFeed stops one.", global(scope.OwnRows))
}
