package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/capofila/capofila/ent/schema/scope"
)

// The GraphQL shape of an entity is one of the functions below, given the
// entity's description for the API's readers (ent/entc.go writes it as the
// GraphQL type's description: entgql leaves object types undescribed) and
// its tenant scope (scope.Decl, see tenant.go): who reads it and where its
// tenant columns come from, the one place ent/rule learns them.
// Generated create and update inputs are published only where a mutation
// takes them (the schema test TestSchema_NoUnusedTypes checks it).

// listed is the shape of an entity that has a top-level Relay connection
// query and generated create/update inputs.
func listed(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{
		schema.Comment(doc), s,
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// queried is the shape of an entity that has a top-level Relay connection
// query and no generated inputs: services write it.
func queried(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{schema.Comment(doc), s, entgql.RelayConnection(), entgql.QueryField()}
}

// nested is the shape of an entity reached through its parent's
// connections only, with generated create/update inputs.
func nested(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{
		schema.Comment(doc), s,
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// created is the shape of an entity reached through its parent's
// connections, created with a generated input and changed only by the
// services' own mutations.
func created(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{
		schema.Comment(doc), s,
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate()),
	}
}

// readOnly is the shape of an entity that clients read but never write
// with a generated input: services create and change it.
func readOnly(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{schema.Comment(doc), s, entgql.RelayConnection()}
}

// reference is the shape of an entity clients read only through the node
// query and the fields of other types: no connection, filter or ordering.
func reference(doc string, s scope.Decl) []schema.Annotation {
	return []schema.Annotation{schema.Comment(doc), s, entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)}
}

// conn marks an edge as a Relay connection in GraphQL.
var conn = entgql.RelayConnection

// EnumValues describes the values of an enum field, in order. The enum
// helper below declares the field's values from it, and ent/entc.go writes
// each description on the value of the GraphQL enum.
type EnumValues []EnumValue

// EnumValue is one value of an enum field and what it means.
type EnumValue struct {
	Value string `json:"value"`
	Doc   string `json:"doc"`
}

// Name of the annotation: ent/entc.go reads it by this name.
func (EnumValues) Name() string { return "EnumValues" }

// enum is an enum field whose values are documented one by one (the
// usual modifiers, e.g. Optional or Default, chain on it).
func enum(name, comment string, values ...EnumValue) F {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = v.Value
	}
	return F{field.Enum(name).Values(names...).Comment(comment).Annotations(EnumValues(values))}
}
