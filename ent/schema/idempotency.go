package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
)

// IdempotencyKey records the answer to a mutation sent with an
// Idempotency-Key header, in the mutation's own transaction: the same
// request sent again with the same key (a retry after a lost answer) gets
// that answer back instead of running twice. Kept 24 hours; only the
// system reads and writes it.
type IdempotencyKey struct {
	ent.Schema
}

// Mixin of IdempotencyKey.
func (IdempotencyKey) Mixin() []ent.Mixin { return quiet("IK") }

// Fields of IdempotencyKey.
func (IdempotencyKey) Fields() []ent.Field {
	return []ent.Field{
		ref("user_id", "The user who sent the request.").Immutable(),
		field.String("key").NotEmpty().MaxLen(100).Immutable().Comment("The client's Idempotency-Key."),
		field.String("request_sha256").MinLen(64).MaxLen(64).Immutable().
			Comment("SHA-256 of the request (query and variables): a key reused for another request is refused."),
		field.Bytes("response").Immutable().Comment("The data of the answer, as JSON."),
	}
}

// Indexes of IdempotencyKey.
func (IdempotencyKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "key").Unique(), index.Fields("created_at")}
}

// Annotations of IdempotencyKey.
func (IdempotencyKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll), systemOnly(scope.Nobody)}
}
