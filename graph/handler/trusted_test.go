package handler_test

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/handler"
)

// TestTrustedDocuments_TheWebAppsParseAndValidate reads the documents the
// binary embeds: every key is the SHA-256 of its text, and every document
// validates against the schema the server serves.
func TestTrustedDocuments_TheWebAppsParseAndValidate(t *testing.T) {
	docs, err := handler.ParseTrustedDocuments(frontend.TrustedDocuments())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 100 {
		t.Fatalf("%d trusted documents: the web app has more than 100 operations", len(docs))
	}
	schema := graph.Schema()
	for h, text := range docs {
		if _, errs := gqlparser.LoadQuery(schema, text); len(errs) > 0 {
			t.Errorf("%s (%.40s…) does not validate: %v", h, text, errs)
		}
	}
}

func TestTrustedDocuments_RefuseAForgedFile(t *testing.T) {
	for name, file := range map[string]string{
		"not JSON":            `{"sha256:00": `,
		"no algorithm":        `{"9e0a": "query { me { id } }"}`,
		"another algorithm":   `{"sha1:1c2d": "query { me { id } }"}`,
		"the hash of another": `{"sha256:` + strings.Repeat("0", 64) + `": "query { me { id } }"}`,
	} {
		if _, err := handler.ParseTrustedDocuments([]byte(file)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
