package apperr_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestWebAppKnowsEveryCode keeps the web app's list of error codes
// (frontend/src/lib/errors.ts, serverCodes) equal to the codes this package
// declares: a code the server sends and the web app does not know would be
// shown as an internal error.
func TestWebAppKnowsEveryCode(t *testing.T) {
	server := declaredCodes(t)
	src, err := os.ReadFile("../../frontend/src/lib/errors.ts")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)export const serverCodes = \[(.*?)\]`).FindSubmatch(src)
	if m == nil {
		t.Fatal("frontend/src/lib/errors.ts declares no serverCodes = [...]")
	}
	var web []string
	for _, q := range regexp.MustCompile(`'([A-Z_]+)'`).FindAllSubmatch(m[1], -1) {
		web = append(web, string(q[1]))
	}
	slices.Sort(server)
	slices.Sort(web)
	if !slices.Equal(server, web) {
		t.Errorf("the web app knows the codes %v, the server sends %v (internal/apperr): keep frontend/src/lib/errors.ts serverCodes equal", web, server)
	}
	if len(server) < 9 {
		t.Errorf("read only %d codes from apperr.go: %v", len(server), server)
	}
}

// declaredCodes reads the values of the constants of type Code declared in
// this package's non-test sources.
func declaredCodes(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok {
						s, _ := strconv.Unquote(lit.Value)
						codes = append(codes, s)
					}
				}
			}
		}
	}
	return codes
}
