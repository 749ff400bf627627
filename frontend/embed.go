// Package frontend embeds the built single-page app (frontend/dist, made by
// `npm run build`, which `make build` runs) in the Go binary.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// persisted holds the web app's GraphQL documents by their SHA-256
// (graphql-codegen's persisted documents, committed with the generated
// code, so that the binary knows them even before the web app is built).
//
//go:embed src/gql/persisted-documents.json
var persisted []byte

// TrustedDocuments returns the web app's GraphQL documents as
// graphql-codegen wrote them: {"sha256:<hex>": "<document>"}.
func TrustedDocuments() []byte { return persisted }

// Dist returns the built app, or nil when this binary was compiled without
// building it first (dist holds only its placeholder).
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil
	}
	return sub
}
