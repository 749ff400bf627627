package pulid

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// MixinWithPrefix returns the mixin that gives an entity its prefixed ID.
func MixinWithPrefix(prefix string) *Mixin {
	if len(prefix) != PrefixLen {
		panic("pulid: prefix must have two characters: " + prefix)
	}
	return &Mixin{prefix: prefix}
}

// Mixin adds the "id" field with the entity's prefix.
type Mixin struct {
	mixin.Schema
	prefix string
}

// Fields returns the id field.
func (m Mixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			GoType(ID("")).
			MaxLen(28).
			Immutable().
			DefaultFunc(func() ID { return New(m.prefix) }).
			Comment("Opaque global identifier; its first two letters tell the type."),
	}
}

// Annotation records the ID prefix of an entity for code generation.
type Annotation struct {
	Prefix string
}

// Name implements schema.Annotation.
func (Annotation) Name() string { return "PULID" }

// Annotations returns the prefix annotation.
func (m Mixin) Annotations() []schema.Annotation {
	return []schema.Annotation{Annotation{Prefix: m.prefix}}
}
