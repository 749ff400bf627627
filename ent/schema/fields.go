// Package schema holds the hand-written Ent schemas of Capofila: one file per
// entity of the domain glossary (docs/DOMAIN.md §2), plus the mixins and
// field constructors below that keep money, dates and references uniform.
package schema

import (
	"fmt"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	capmoney "github.com/capofila/capofila/internal/money"
)

// money is an amount in integer euro cents: never negative, never above
// money.MaxCents (one billion euro), so that sums of many amounts cannot
// wrap. A value out of bounds is INVALID (money.negative, money.too_large)
// with the field's name.
func money(name, comment string) F {
	return F{field.Int64(name).
		Validate(func(v int64) error { return capmoney.CheckBound("", v) }).
		Comment(comment + " In euro cents, at most 100.000.000.000 (one billion euro).").
		Annotations(entgql.Type("Cents"))}
}

// maxRunes bounds a free text (a description, a report, a reason) to max
// characters, checked before the row is written: INVALID text.too_long
// with the field's name. The column stays TEXT; without a bound a text
// could grow to the request body's limit (1 MiB) and on into every page
// and PDF that shows it.
func maxRunes(max int) func(string) error {
	return func(s string) error {
		if n := utf8.RuneCountInString(s); n > max {
			return apperr.InvalidField("", "text.too_long",
				fmt.Sprintf("Il testo è troppo lungo: %d caratteri, al più %d.", n, max))
		}
		return nil
	}
}

// basisPoints is a percentage in basis points (1% = 100), between 0 and 100%.
func basisPoints(name, comment string) F {
	return F{field.Int(name).
		Range(0, 10000).
		Comment(comment + " In basis points: 1% = 100, 100% = 10000.")}
}

var dateSchemaType = map[string]string{
	dialect.Postgres: "date",
	dialect.SQLite:   "date",
}

// date is a calendar date (a legal act, a due date): no time, no time zone.
func date(name, comment string) F {
	return F{field.Other(name, civil.Date{}).
		SchemaType(dateSchemaType).
		Comment(comment).
		Annotations(entgql.Type("Date"))}
}

// ref is the foreign key behind a required edge.
func ref(name, comment string) F {
	return F{field.String(name).GoType(pulid.ID("")).MaxLen(28).Comment(comment)}
}

// optRef is the foreign key behind an optional edge.
func optRef(name, comment string) F {
	return F{field.String(name).GoType(pulid.ID("")).MaxLen(28).Optional().Nillable().Comment(comment)}
}

// text is a short, required, non-empty string.
func text(name string, max int, comment string) F {
	return F{field.String(name).NotEmpty().MaxLen(max).Comment(comment)}
}

// optText is an optional string.
func optText(name string, max int, comment string) F {
	return F{field.String(name).Optional().MaxLen(max).Comment(comment)}
}

// TimeMixin records when a row was created and last updated.
type TimeMixin struct {
	mixin.Schema
}

// Fields returns created_at and updated_at.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Comment("When the record was created.").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput)),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Comment("When the record was last changed.").
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// base returns the mixins every audited entity has: its prefixed ID,
// timestamps, the privacy policy and the audit hook.
func base(prefix string) []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix(prefix), TimeMixin{}, PolicyMixin{}, AuditMixin{}}
}

// quiet returns the mixins of an entity whose changes are not audited
// (audit events themselves, sessions, sign-in attempts, API tokens).
func quiet(prefix string) []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix(prefix), TimeMixin{}, PolicyMixin{}}
}

// PolicyMixin applies the privacy policy of ent/rule: deny by default,
// reads filtered to the viewer's scopes, writes checked with Casbin.
type PolicyMixin struct{ mixin.Schema }

// Policy of PolicyMixin.
func (PolicyMixin) Policy() ent.Policy { return rule.Policy() }

// Hooks of PolicyMixin: after the policy, rows created under a parent are
// never linked or unlinked through it (hooks.OwnedLinks).
func (PolicyMixin) Hooks() []ent.Hook { return []ent.Hook{hooks.OwnedLinks()} }

// AuditMixin records every change in the audit log.
type AuditMixin struct{ mixin.Schema }

// Hooks of AuditMixin.
func (AuditMixin) Hooks() []ent.Hook { return []ent.Hook{rule.AuditHook()} }

// F wraps a field built by the constructors above so that schemas can keep
// chaining the usual modifiers on it.
type F struct{ ent.Field }

// Optional marks the field optional on create.
func (f F) Optional() F { f.Descriptor().Optional = true; return f }

// Nillable makes the Go field a pointer, nil when the column is NULL.
func (f F) Nillable() F { f.Descriptor().Nillable = true; return f }

// Immutable forbids changing the field after creation.
func (f F) Immutable() F { f.Descriptor().Immutable = true; return f }

// Unique adds a unique constraint on the field.
func (f F) Unique() F { f.Descriptor().Unique = true; return f }

// Default sets the default value, converted to the field's Go type.
func (f F) Default(v any) F {
	d := f.Descriptor()
	if i, ok := v.(int); ok && d.Info.Type == field.TypeInt64 {
		v = int64(i)
	}
	d.Default = v
	return f
}

// Annotations adds annotations to the field.
func (f F) Annotations(as ...schema.Annotation) F {
	d := f.Descriptor()
	d.Annotations = append(d.Annotations, as...)
	return f
}
