package rule

import (
	"context"
	"errors"
	"testing"

	"entgo.io/ent/entql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/authz"
)

// Every entity of the schema declares its scope (entc refuses to generate
// without one), and the rules here know every read rule the declarations
// use: adding an entity touches its schema file, not this package.
func TestScopes_EveryEntityDeclaresOne(t *testing.T) {
	if len(gen.Edges) == 0 {
		t.Fatal("gen.Edges lists no entity")
	}
	for typ := range gen.Edges {
		d, ok := gen.Scopes[typ]
		if !ok {
			t.Errorf("%s declares no scope (scope.Decl in its schema's annotations)", typ)
			continue
		}
		switch d.Kind {
		case scope.Tenant:
			if d.Parent == "" && d.AggregationField == "" && d.RegionField == "" {
				t.Errorf("%s: a tenant entity copies its scope from nothing", typ)
			}
		case scope.Global, scope.System:
		default:
			t.Errorf("%s: unknown scope kind %q", typ, d.Kind)
		}
		if _, ok := readRules[d.Read]; !ok && d.Read != scope.Everyone && d.Read != scope.Audit && d.Read != scope.Nobody {
			t.Errorf("%s: read rule %q has no filter in readRules", typ, d.Read)
		}
	}
	for typ := range gen.Scopes {
		if _, ok := gen.Edges[typ]; !ok {
			t.Errorf("gen.Scopes declares %s, which is no entity", typ)
		}
	}
}

// The generated code maps a query's filter to its entity.
func TestScopes_FilterType(t *testing.T) {
	c := gen.NewClient()
	for want, f := range map[string]any{
		"Call":        c.Call.Query().Filter(),
		"ExpenseItem": c.ExpenseItem.Query().Filter(),
		"User":        c.User.Query().Filter(),
	} {
		if got := gen.FilterType(f); got != want {
			t.Errorf("FilterType(%T) = %q, want %q", f, got, want)
		}
	}
	if got := gen.FilterType(undeclared{}); got != "" {
		t.Errorf("FilterType(undeclared) = %q, want none", got)
	}
}

// A filter of an entity without a declaration is denied, whoever reads.
func TestReadFilter_UndeclaredIsDenied(t *testing.T) {
	ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US1", Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: "AG1"}}})
	err := readFilter(ctx, undeclared{})
	if !errors.Is(err, privacy.Deny) {
		t.Fatalf("readFilter(undeclared) = %v, want a denial", err)
	}
}

type undeclared struct{}

func (undeclared) Where(entql.P) {}
