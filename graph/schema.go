package graph

import (
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/capofila/capofila/graph/generated"
)

// clientDirectives are the directives the server declares to clients: those
// of the GraphQL specification that it implements.
var clientDirectives = map[string]bool{
	"include": true, "skip": true, "deprecated": true, "specifiedBy": true, "oneOf": true,
}

// Schema returns the schema the server serves and validates operations
// against. It is the generated schema without the directives that are not
// for clients: gqlgen's code-generation directives (@goField and @goModel,
// which entgql declares in ent.graphql because its enums are bound with
// them), and @defer, which gqlparser's prelude declares but this server
// cannot honour — it answers every operation with a single JSON response —
// so an operation that asks for it is refused as invalid instead of being
// answered as if the directive were not there. Types are shared with the
// generated schema; only the directive list is the server's own.
func Schema() *ast.Schema {
	generatedSchema := generated.NewExecutableSchema(generated.Config{}).Schema()
	public := *generatedSchema
	public.Directives = make(map[string]*ast.DirectiveDefinition, len(clientDirectives))
	for name, d := range generatedSchema.Directives {
		if clientDirectives[name] {
			public.Directives[name] = d
		}
	}
	return &public
}
