package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"

	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/scope"
)

// TenantMixin gives a row the scope it belongs to, copied from its parent
// when it is created: the aggregation and the Region body whose call funds
// it. Authorization filters and checks read these two indexed columns
// instead of walking edges, so a read costs the same at any depth. They are
// internal: never exposed in GraphQL, never set by clients.
type TenantMixin struct {
	mixin.Schema
}

// Fields of TenantMixin.
func (TenantMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("tenant_aggregation_id").Optional().Immutable().
			Comment("Aggregation the row belongs to (internal, for access control).").
			Annotations(entgql.Skip()),
		field.String("tenant_region_id").Optional().Immutable().
			Comment("Region body whose call the row falls under (internal, for access control).").
			Annotations(entgql.Skip()),
	}
}

// Indexes of TenantMixin.
func (TenantMixin) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_aggregation_id"), index.Fields("tenant_region_id")}
}

// Hooks of TenantMixin.
func (TenantMixin) Hooks() []ent.Hook { return []ent.Hook{rule.TenantHook()} }

// under declares a tenant entity whose new rows copy both tenant columns
// from the row they hang from through edge (a project's rows from the
// project), read as read says.
func under(edge string, read scope.Read) scope.Decl {
	return scope.Decl{Kind: scope.Tenant, Parent: edge, Read: read}
}

// inAggregation declares a tenant entity whose rows belong to the
// aggregation of their "aggregation" edge, with the Region the service
// creating them sets, if any (a document of a Region's object).
func inAggregation(read scope.Read) scope.Decl {
	return scope.Decl{Kind: scope.Tenant, Aggregation: "aggregation", Read: read}
}

// global declares an entity without tenant columns: reference data and
// accounts.
func global(read scope.Read) scope.Decl { return scope.Decl{Kind: scope.Global, Read: read} }

// systemOnly declares an entity only the system writes.
func systemOnly(read scope.Read) scope.Decl { return scope.Decl{Kind: scope.System, Read: read} }

// scoped returns the mixins of a row that belongs to an aggregation or a
// Region: its ID, timestamps and tenant columns.
func scoped(prefix string) []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix(prefix), TimeMixin{}, PolicyMixin{}, TenantMixin{}, AuditMixin{}}
}

// VersionMixin gives a row a version for optimistic concurrency: clients
// send back the version they read with an update, and a stale one is a
// CONFLICT instead of a lost update (see hooks.OptimisticLock).
type VersionMixin struct {
	mixin.Schema
}

// Fields of VersionMixin.
func (VersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").Default(1).Positive().
			Comment("Version of the row, increased by every update; send the version you read with an update to be told (CONFLICT) when someone changed it in between.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
	}
}

// Hooks of VersionMixin.
func (VersionMixin) Hooks() []ent.Hook { return []ent.Hook{hooks.OptimisticLock()} }

// RowVersionMixin is VersionMixin for an entity whose "version" already
// means something else (a Call's version of its rules): the row's version
// for concurrent edits is "row_version" (rowVersion in GraphQL).
type RowVersionMixin struct {
	mixin.Schema
}

// Fields of RowVersionMixin.
func (RowVersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("row_version").Default(1).Positive().
			Comment("Version of the row, increased by every update; send the row version you read with an update to be told (CONFLICT) when someone changed it in between.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
	}
}

// Hooks of RowVersionMixin.
func (RowVersionMixin) Hooks() []ent.Hook { return []ent.Hook{hooks.OptimisticLockOn("row_version")} }
