package server_test

import (
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/testdb"
)

func repeat(sel string, n int) string { return strings.Repeat(" "+sel, n) }

// TestLimits_SelectionsRefusedBeforeValidation (issue #23, finding 11):
// validation costs the square of a selection set's repeated fields
// ({ __typename × 9990 } took 8.7 s of CPU, anonymously). The document is
// refused before validation when a selection set holds more than 100
// selections, the document more than 300, more than 50 fragments or 10
// operations; documents at the limits pass.
func TestLimits_SelectionsRefusedBeforeValidation(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d).anonymous()
	fragments := func(n int) string {
		var b strings.Builder
		b.WriteString("{ ...F0 }")
		for i := range n {
			fmt.Fprintf(&b, " fragment F%d on Query { __typename", i)
			if i+1 < n {
				fmt.Fprintf(&b, " ...F%d", i+1)
			}
			b.WriteString(" }")
		}
		return b.String()
	}
	operations := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "query Q%d { __typename } ", i)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, query, rule string
	}{
		{"ErrTypename9990", "{" + repeat("__typename", 9990) + " }", "query.selections"},
		{"ErrMeID5000", "{ me {" + repeat("id", 5000) + " } }", "query.selections"},
		{"ErrSetOverTheLimit", "{" + repeat("__typename", handler.DefaultMaxSelectionsPerSet+1) + " }", "query.selections"},
		{"SetAtTheLimit", "{" + repeat("__typename", handler.DefaultMaxSelectionsPerSet) + " }", ""},
		// 4 × (1 + 99) selections.
		{"ErrInAll", "{" + repeat("me {"+repeat("__typename", 99)+" }", handler.DefaultMaxSelections/100+1) + " }", "query.selections"},
		{"ErrFragments", fragments(handler.DefaultMaxFragments + 1), "query.fragments"},
		{"FragmentsAtTheLimit", fragments(handler.DefaultMaxFragments), ""},
		{"ErrOperations", operations(handler.DefaultMaxOperations + 1), "query.operations"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.do(t, tc.query, nil)
			if tc.rule == "" {
				mustOK(t, r)
				return
			}
			e := wantCode(t, r, "INVALID")
			if e.Extensions.Rule != tc.rule || len(r.Errors) != 1 {
				t.Errorf("rule %q and %d errors, want %q alone: %v", e.Extensions.Rule, len(r.Errors), tc.rule, r.Errors)
			}
		})
	}
}

// TestLimits_ValidationErrorsCapped (issue #23, finding 12): 1,100
// conflicting fields without aliases gave 598,950 validation errors (156
// MB). Such a document is now refused before validation, and one within
// the limits lists at most 100 errors and a last one that says validation
// stopped, as graphql-js.
func TestLimits_ValidationErrorsCapped(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d).anonymous()
	conflicting := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " aggregations(first: %d) { totalCount }", i)
		}
		return b.String() + " }"
	}

	r := c.do(t, conflicting(100), nil) // 4,950 conflicting pairs
	if len(r.Errors) != handler.MaxValidationErrors+1 {
		t.Fatalf("%d errors, want %d", len(r.Errors), handler.MaxValidationErrors+1)
	}
	for _, e := range r.Errors {
		if e.Extensions.Code != "INVALID" {
			t.Fatalf("error %s, want INVALID", e)
		}
	}
	if last := r.Errors[handler.MaxValidationErrors].Message; !strings.Contains(last, "fermata") {
		t.Errorf("last error %q, want the note that validation stopped", last)
	}

	// Unknown fields: 200 errors, 101 listed.
	unknown := func(prefix string) string {
		var b strings.Builder
		for i := range 99 {
			fmt.Fprintf(&b, " %s%d", prefix, i)
		}
		return b.String()
	}
	if r := c.do(t, "{"+unknown("a")+" me {"+unknown("b")+" } }", nil); len(r.Errors) != handler.MaxValidationErrors+1 {
		t.Errorf("%d errors for 198 unknown fields, want %d", len(r.Errors), handler.MaxValidationErrors+1)
	}

	r = c.do(t, conflicting(1100), nil)
	if e := wantCode(t, r, "INVALID"); len(r.Errors) != 1 || e.Extensions.Rule != "query.selections" {
		t.Errorf("%d errors, first %s: want one, query.selections", len(r.Errors), e)
	}
}

// TestLimits_Introspection (issue #23, finding 13): introspection was
// left out of the depth, alias and cost limits (31 aliased __schema
// selections answered 36 MB in 42 s) and served to anonymous callers. It
// now counts like any field, and anonymous callers get it only from a
// server in development mode (--dev); so do the suggestions of field
// names in validation errors.
func TestLimits_Introspection(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d)
	const small = `{ __schema { queryType { name } } }`
	aliased := func(n int, sel string) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " s%d: %s", i, sel)
		}
		return b.String() + " }"
	}
	t.Run("ErrAnonymous", func(t *testing.T) {
		for _, q := range []string{small, `{ __type(name: "Query") { name } }`, `{ ...F } fragment F on Query { __schema { types { name } } }`} {
			e := wantCode(t, c.anonymous().do(t, q, nil), "UNAUTHENTICATED")
			if e.Extensions.Rule != "introspection.anonymous" {
				t.Errorf("%s: rule %q, want introspection.anonymous", q, e.Extensions.Rule)
			}
		}
		mustOK(t, c.anonymous().do(t, `{ __typename }`, nil))
		// Nor do validation errors suggest field names.
		for _, e := range c.anonymous().do(t, `{ aggregationz(first: 1) { totalCount } }`, nil).Errors {
			if strings.Contains(e.Message, "Did you mean") || strings.Contains(e.Message, "aggregations") {
				t.Errorf("the error suggests a field: %s", e)
			}
		}
	})
	t.Run("AnonymousInDevelopment", func(t *testing.T) {
		dev, _ := newLimitedClient(t, d, app.Config{Dev: true})
		mustOK(t, dev.anonymous().do(t, small, nil))
		if e := wantCode(t, dev.anonymous().do(t, `{ aggregationz(first: 1) { totalCount } }`, nil), "INVALID"); !strings.Contains(e.Message, "aggregations") {
			t.Errorf("in development the error suggests the field: %s", e)
		}
	})
	t.Run("SignedIn", func(t *testing.T) {
		mustOK(t, c.do(t, introspectionQuery, nil))
		mustOK(t, c.do(t, aliased(handler.DefaultMaxAliases, `__schema { queryType { name } }`), nil))
	})
	for _, tc := range []struct{ name, query, rule string }{
		{"ErrAliases", aliased(31, `__schema { types { name fields { name type { name } } } }`), "query.aliases"},
		// One full introspection costs about a quarter of the limit.
		{"ErrCost", aliased(8, `__schema { types { ...FullType } }`) + fragmentsOf(introspectionQuery), "query.complexity"},
		{"ErrDepth", `{ __schema { types { fields { type` + strings.Repeat(" { ofType", handler.DefaultMaxDepth) +
			" { name }" + strings.Repeat(" }", handler.DefaultMaxDepth) + " } } } }", "query.depth"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.do(t, tc.query, nil)
			e := wantCode(t, r, "INVALID")
			if e.Extensions.Rule != tc.rule {
				t.Errorf("rule %q, want %q (%s)", e.Extensions.Rule, tc.rule, e)
			}
			if r.hasData() {
				t.Error("a refused operation answered data")
			}
		})
	}
}

// fragmentsOf returns the fragment definitions of a document.
func fragmentsOf(doc string) string {
	_, frags, _ := strings.Cut(doc, "\nfragment ")
	return "\nfragment " + frags
}
