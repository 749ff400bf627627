//go:build ignore

// entc.go generates the Ent client (ent/gen) and the GraphQL schema of the
// entities (graph/schema/ent.graphql). Run it with `make generate`.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/schema/ent.graphql"),
		entgql.WithWhereInputs(true),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	templates := append(entgql.AllTemplates,
		gen.MustParse(gen.NewTemplate("pulid").ParseFiles("./schema/pulid/template/pulid.tmpl")),
		// Which edges write the other row (ent/rule checks them as its update).
		gen.MustParse(gen.NewTemplate("edges").ParseFiles("./template/edges.tmpl")))
	err = entc.Generate("./schema", &gen.Config{
		Target:    "./gen",
		Package:   "github.com/capofila/capofila/ent/gen",
		Templates: templates,
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureIntercept,
			gen.FeatureEntQL,
			gen.FeatureVersionedMigration,
			gen.FeatureModifier,
			gen.FeatureUpsert,
			gen.FeatureExecQuery,
			gen.FeatureLock,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
