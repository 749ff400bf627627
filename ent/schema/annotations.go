package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent/schema"
)

// listed is the GraphQL shape of an entity that has a top-level Relay
// connection query and generated create/update inputs.
func listed() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// nested is the GraphQL shape of an entity reached through its parent's
// connections only, with generated create/update inputs.
func nested() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// readOnly is the GraphQL shape of an entity that clients read but never
// write directly: services create it.
func readOnly() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// conn marks an edge as a Relay connection in GraphQL.
var conn = entgql.RelayConnection
