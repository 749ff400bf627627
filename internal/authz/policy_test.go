package authz_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/authz"
)

// Every line of the policy grants something the code asks for: an action
// of authz.Actions on an entity of the schema. ent/rule asks create, update
// and delete of every write; each named action is asked by some service
// (authz.Require), found below in the Go sources outside this package.
func TestPolicy_OnlyAskedActions(t *testing.T) {
	b, err := os.ReadFile("policy.csv")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 4 || strings.TrimSpace(f[0]) != "p" {
			t.Errorf("policy.csv:%d: %q is no p, role, entity, action line", n+1, line)
			continue
		}
		role, entity, act := strings.TrimSpace(f[1]), strings.TrimSpace(f[2]), strings.TrimSpace(f[3])
		if !slices.Contains(authz.Roles, authz.Role(role)) {
			t.Errorf("policy.csv:%d: unknown role %q", n+1, role)
		}
		if _, ok := gen.Scopes[entity]; !ok && entity != "*" {
			t.Errorf("policy.csv:%d: %q is no entity of the schema", n+1, entity)
		}
		if !slices.Contains(authz.Actions, act) && act != "*" {
			t.Errorf("policy.csv:%d: nothing asks for action %q (authz.Actions)", n+1, act)
		}
	}
	named := map[string]string{
		"ActTransition": authz.ActTransition, "ActSubmit": authz.ActSubmit, "ActDecide": authz.ActDecide,
		"ActReview": authz.ActReview, "ActCorrectCodes": authz.ActCorrectCodes,
	}
	if len(named)+3 != len(authz.Actions) {
		t.Fatalf("authz.Actions has %d actions: list the named ones here", len(authz.Actions))
	}
	src := goSources(t, filepath.Join("..", ".."))
	for name := range named {
		if !strings.Contains(src, "authz."+name) {
			t.Errorf("no service asks for authz.%s: drop it and its policy lines", name)
		}
	}
}

// goSources returns the non-test Go sources of the module outside this
// package and the generated client, concatenated.
func goSources(t *testing.T, root string) string {
	t.Helper()
	var sb strings.Builder
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", "frontend", ".git", "gen", "authz":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sb.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sb.String()
}
