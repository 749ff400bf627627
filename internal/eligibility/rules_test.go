package eligibility

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// ruleKeys reads the rule keys declared in eligibility.go: every constant
// whose name starts with Rule, by name.
func ruleKeys(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "eligibility.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, "Rule") || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("%s is not a string literal", name.Name)
				}
				if keys[name.Name], err = strconv.Unquote(lit.Value); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	return keys
}

// TestCheck_EveryRuleHasACase fails when a rule key of eligibility.go has
// no case in ruleCases that breaks that rule alone and asserts its amount.
func TestCheck_EveryRuleHasACase(t *testing.T) {
	keys := ruleKeys(t)
	if len(keys) < 20 {
		t.Fatalf("found %d rule keys in eligibility.go, want the ~21 Rule constants", len(keys))
	}
	alone := map[string]bool{}
	for _, tc := range ruleCases() {
		if len(tc.want) == 1 {
			alone[tc.want[0].rule] = true
		}
	}
	for name, key := range keys {
		if !alone[key] {
			t.Errorf("rule %s (%q) has no case in ruleCases that breaks it alone", name, key)
		}
	}
}
