package handler

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/core"

	"github.com/capofila/capofila/graph/generated"
)

// refusal is the work the server does on a document before it executes
// it, counted: the tokens the lexer reads, the nodes the document guard
// visits, the fields, fragments and values the validator visits, and the
// validation errors it builds. Validation also compares pairs of fields
// with the same response name (OverlappingFieldsCanBeMerged, not counted
// here): the guard's limits bound their number (at most 100²/2 per
// selection set, about 300²/2 in all), and BenchmarkRefusal measures it.
type refusal struct {
	tokens, guard, visits, errors int
	rule                          string // the guard's rule, when it refused
}

func (r refusal) work() int { return r.tokens + r.guard + r.visits + r.errors }

var testSchema = sync.OnceValue(func() *ast.Schema { return generated.NewExecutableSchema(generated.Config{}).Schema() })

// countRefusal runs what the server runs on query before executing it and
// counts its work; it panics if any step does.
func countRefusal(query string, vars map[string]any) refusal {
	l := Limits{}.WithDefaults()
	var r refusal
	lx := lexer.New(&ast.Source{Input: query})
	for r.tokens <= l.MaxTokens {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		r.tokens++
	}
	gerr, work := checkDocument(query, l)
	r.guard = work
	if gerr != nil {
		r.rule, _ = gerr.Extensions["rule"].(string)
		return r
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.MaxTokens)
	if err != nil {
		return r
	}
	rules := validationRules(false, func() { r.errors++ })()
	rules.AddRule("CountVisits", func(events *core.Events, _ core.AddErrFunc) {
		events.OnField(func(*core.Walker, *ast.Field) { r.visits++ })
		events.OnInlineFragment(func(*core.Walker, *ast.InlineFragment) { r.visits++ })
		events.OnFragmentSpread(func(*core.Walker, *ast.FragmentSpread) { r.visits++ })
		events.OnValue(func(*core.Walker, *ast.Value) { r.visits++ })
	})
	if errs := validator.ValidateWithRules(testSchema(), doc, rules); len(errs) > 0 {
		if len(errs) > MaxValidationErrors+1 {
			panic(fmt.Sprintf("%d validation errors", len(errs)))
		}
		return r
	}
	for _, op := range doc.Operations {
		Measure(testSchema(), op, vars)
	}
	return r
}

// The documents of issue #23 (findings 11–13).
var (
	typename9990 = "{" + strings.Repeat(" __typename", 9990) + " }"
	meID5000     = "{ me {" + strings.Repeat(" id", 5000) + " } }"
	conflicts    = func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " aggregations(first: %d) { totalCount }", i%101)
		}
		return b.String() + " }"
	}
	introspection31 = func() string {
		var b strings.Builder
		b.WriteString("{")
		for i := range 31 {
			fmt.Fprintf(&b, " s%d: __schema { types { name kind description fields { name description args { name type { name } } type { name kind ofType { name kind ofType { name } } } } } }", i)
		}
		return b.String() + " }"
	}()
	// nested is k copies of a field each selecting m copies of another:
	// the worst case of pair comparisons under the limits is about k = 10,
	// m = 29 (300 selections: 45 pairs of fields each comparing 29 × 29,
	// and 29²/2 within each: about 42,000 comparisons).
	nested = func(k, m int) string {
		return "{" + strings.Repeat(" me {"+strings.Repeat(" __typename", m)+" }", k) + " }"
	}
)

// TestRefusal_WorkGrowsLinearly counts the work of refusing (or passing)
// families of documents at growing sizes: repeated fields, conflicting
// fields, aliases, deep selections, deep and wide filters, fragments. The
// work is at most 4 units per byte of document, and doubling a document
// at most doubles the work (plus a little): no family grows with its
// square. Fragments are the exception below their limit: the validator
// walks each fragment definition with every fragment it spreads, so a
// chain of f fragments costs f²/2 visits; 50 fragments (the limit) cost
// about 1.4 units per byte.
func TestRefusal_WorkGrowsLinearly(t *testing.T) {
	t.Parallel()
	families := map[string]func(n int) string{
		"repeated":    func(n int) string { return "{" + strings.Repeat(" __typename", n) + " }" },
		"repeatedIn":  func(n int) string { return "{ me {" + strings.Repeat(" id", n) + " } }" },
		"conflicting": conflicts,
		"nested":      func(n int) string { return nested(n/10+1, 10) },
		"aliases": func(n int) string {
			var b strings.Builder
			b.WriteString("{")
			for i := range n {
				fmt.Fprintf(&b, " a%d: serverVersion", i)
			}
			return b.String() + " }"
		},
		"deepFilter": func(n int) string {
			return "{ publicBodies(first: 1, where: " + strings.Repeat("{ not: ", n/4) + `{ nameContains: "a" }` + strings.Repeat(" }", n/4) + ") { totalCount } }"
		},
		"wideFilter": func(n int) string {
			return "{ publicBodies(first: 1, where: { or: [" + strings.Repeat(`{ nameContains: "a" } `, n/4) + "] }) { totalCount } }"
		},
		"fragments": func(n int) string {
			var b strings.Builder
			b.WriteString("{ ...F0 }")
			f := n/4 + 1
			for i := range f {
				fmt.Fprintf(&b, " fragment F%d on Query { __typename", i)
				if i+1 < f {
					fmt.Fprintf(&b, " ...F%d", i+1)
				}
				b.WriteString(" }")
			}
			return b.String()
		},
	}
	const perByte = 4
	for name, family := range families {
		t.Run(name, func(t *testing.T) {
			var prev refusal
			var prevLen int
			for _, n := range []int{25, 50, 100, 200, 400, 800, 1600, 3200} {
				q := family(n)
				r := countRefusal(q, nil)
				if r.work() > perByte*len(q) {
					t.Errorf("n=%d: work %d (%+v) for %d bytes: more than %d per byte", n, r.work(), r, len(q), perByte)
				}
				if prevLen > 0 && name != "fragments" && float64(r.work()) > 2.5*float64(prev.work())*float64(len(q))/float64(2*prevLen)+100 {
					t.Errorf("n=%d: work %d after %d: it grows faster than the document (%d → %d bytes)", n, r.work(), prev.work(), prevLen, len(q))
				}
				prev, prevLen = r, len(q)
			}
			t.Logf("%s at %d bytes: %+v", name, prevLen, prev)
		})
	}
	for name, q := range map[string]string{"typename9990": typename9990, "meID5000": meID5000, "conflicts1100": conflicts(1100)} {
		if r := countRefusal(q, nil); r.rule != "query.selections" || r.visits != 0 || r.work() > 2*len(q) {
			t.Errorf("%s: %+v, want query.selections before validation, work at most 2 per byte", name, r)
		}
	}
}

// docGen writes random GraphQL documents, mostly within the token limit:
// repeated and conflicting fields, aliases, introspection, deep selections,
// deep and wide filters, bad literals and variables, fragments, several
// operations, and mangled copies of all of them.
type docGen struct{ r *rand.Rand }

func (g docGen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

func (g docGen) size() int {
	sizes := []int{0, 1, 2, 7, 30, 99, 100, 101, 150, 299, 300, 301, 1000, 3000, 9990}
	return sizes[g.r.IntN(len(sizes))]
}

func (g docGen) document() (string, map[string]any) {
	switch g.r.IntN(11) {
	case 0:
		f := g.pick("__typename", "serverVersion", "me { id }", "me { id email }")
		if g.r.IntN(3) == 0 {
			return "{ me {" + strings.Repeat(" id", g.size()) + " } }", nil
		}
		return "{" + strings.Repeat(" "+f, max(1, g.size())) + " }", nil
	case 1:
		return nested(1+g.r.IntN(40), 1+g.r.IntN(40)), nil
	case 2:
		var b strings.Builder
		b.WriteString("{")
		for i := range g.r.IntN(70) + 1 {
			fmt.Fprintf(&b, " a%d: %s", i, g.pick("serverVersion", "__typename", "__schema { queryType { name } }",
				fmt.Sprintf("aggregations(first: %d) { totalCount }", g.r.IntN(120)), `__type(name: "Query") { name }`))
		}
		return b.String() + " }", nil
	case 3:
		var b strings.Builder
		b.WriteString("{")
		for i := range g.r.IntN(12) + 1 {
			if g.r.IntN(2) == 0 {
				fmt.Fprintf(&b, " i%d:", i)
			}
			depth := g.r.IntN(25)
			b.WriteString(" __schema { types { name fields(includeDeprecated: true) { name type" +
				strings.Repeat(" { ofType", depth) + " { name }" + strings.Repeat(" }", depth) + " } } }")
		}
		return b.String() + " }", nil
	case 4:
		return conflicts(g.size()), nil
	case 5:
		return g.filter()
	case 6:
		return g.badLiteral()
	case 7:
		var b strings.Builder
		f := g.r.IntN(70) + 1
		b.WriteString("{ ...F0 }")
		for i := range f {
			fmt.Fprintf(&b, " fragment F%d on Query { __typename ...F%d ...F%d }", i, (i+1)%f, g.r.IntN(f))
		}
		return b.String(), nil
	case 8:
		var b strings.Builder
		for i := range g.r.IntN(15) + 1 {
			fmt.Fprintf(&b, "query Q%d { __typename } ", i)
		}
		return b.String(), nil
	case 9:
		return g.deep(g.r.IntN(40) + 1), nil
	default:
		q, vars := g.document()
		b := []byte(q)
		for range g.r.IntN(5) + 1 {
			if len(b) == 0 {
				break
			}
			i := g.r.IntN(len(b))
			switch g.r.IntN(3) {
			case 0:
				b = append(b[:i], b[i+1:]...)
			case 1:
				b = append(b[:i], append([]byte(g.pick("{", "}", "(", ")", "[", "]", "$x", "...", "@skip(if: true)", "\"", "1e999", ":")), b[i:]...)...)
			default:
				b[i] = "{}()[]:$@!.\"0aZ_ "[g.r.IntN(17)]
			}
		}
		return string(b), vars
	}
}

// filter writes a publicBodies query with a where argument nested, wide
// or long, inline or as a variable.
func (g docGen) filter() (string, map[string]any) {
	n := g.size()
	var w any = map[string]any{"nameContains": strings.Repeat("x", g.pick2(3, n*50))}
	switch g.r.IntN(3) {
	case 0:
		for range n {
			w = map[string]any{g.pick("not", "and", "or"): w}
			if m := w.(map[string]any); m["and"] != nil || m["or"] != nil {
				for k, v := range m {
					m[k] = []any{v}
				}
			}
		}
	case 1:
		or := make([]any, n)
		for i := range or {
			or[i] = map[string]any{"nameContains": "a"}
		}
		w = map[string]any{"or": or}
	}
	if g.r.IntN(2) == 0 {
		return `query($w: PublicBodyWhereInput) { publicBodies(first: 3, where: $w) { totalCount edges { cursor } } }`, map[string]any{"w": w}
	}
	b, _ := json.Marshal(w)
	// JSON object keys are quoted; GraphQL input fields are not.
	literal := strings.NewReplacer(`"nameContains":`, "nameContains:", `"not":`, "not:", `"and":`, "and:", `"or":`, "or:").Replace(string(b))
	return `{ publicBodies(first: 3, where: ` + literal + `) { totalCount } }`, nil
}

func (g docGen) pick2(a, b int) int {
	if g.r.IntN(2) == 0 {
		return a
	}
	return b
}

// badLiteral writes a query with a value no field takes: numbers beyond
// 64 bits or out of range, fractions and text as Cents, bad times,
// garbled or foreign cursors, negative or huge pages, wrong types.
func (g docGen) badLiteral() (string, map[string]any) {
	cents := g.pick("99999999999999999999", "-99999999999999999999", "1.5", "1e30", "1e400", `"12x"`, `""`, "true", "[1]", "{a: 1}", "null", "12")
	switch g.r.IntN(7) {
	case 0:
		return `{ calls(first: 1, where: { totalBudgetCentsGT: ` + cents + ` }) { totalCount } }`, nil
	case 1:
		var v any
		_ = json.Unmarshal([]byte(strings.ReplaceAll(cents, "{a: 1}", `{"a": 1}`)), &v)
		if v == nil && cents != "null" {
			v = cents
		}
		return `query($c: Cents) { calls(first: 1, where: { totalBudgetCentsGT: $c }) { totalCount } }`, map[string]any{"c": v}
	case 2:
		return `query($t: Time) { calls(first: 1, where: { createdAtGT: $t }) { totalCount } }`,
			map[string]any{"t": g.pickAny("ieri", "2026-13-45T99:00:00Z", 12, true, []any{"x"}, map[string]any{"a": 1}, "")}
	case 3:
		return `query($c: Cursor) { aggregations(first: 1, after: $c) { totalCount } }`,
			map[string]any{"c": g.pickAny("garbage", "00000000.", "00000000.gqA", strings.Repeat("A", 5000), 3, "deadbeef.kqNI")}
	case 4:
		return fmt.Sprintf(`{ aggregations(first: %s) { totalCount } }`, g.pick("-1", "101", "2147483648", "99999999999999999999", "1.5", `"10"`)), nil
	case 5:
		return `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": g.pickAny([]any{}, []any{"x"}, "x", nil, []any{1, 2})}
	default:
		return `mutation { createVendor(input: { name: "Fuzz S.r.l.", vatID: ` + g.pick(`"01114601006"`, "1e400", "12", `"x"`) + ` }) { id } }`, nil
	}
}

func (g docGen) pickAny(xs ...any) any { return xs[g.r.IntN(len(xs))] }

// deep writes a valid query whose fields nest depth levels.
func (g docGen) deep(depth int) string {
	levels := []string{"memberships(first: 2)", "edges", "node", "aggregation"}
	var b strings.Builder
	b.WriteString("{ aggregations(first: 2) { edges { node {")
	for i := range depth {
		b.WriteString(" " + levels[i%len(levels)] + " {")
	}
	b.WriteString(" id")
	b.WriteString(strings.Repeat(" }", depth) + " } } } }")
	return b.String()
}

// FuzzRefusal checks, for any document, that the steps before execution
// (lexing, the document guard, validation with the error cap, measuring)
// do not panic and that their work stays within 4 units per byte.
func FuzzRefusal(f *testing.F) {
	g := docGen{r: rand.New(rand.NewPCG(1, 2))}
	for range 50 {
		q, _ := g.document()
		f.Add(q)
	}
	for _, q := range []string{typename9990, meID5000, conflicts(1100), conflicts(100), introspection31, nested(10, 29)} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if r := countRefusal(q, nil); r.work() > 4*len(q)+16 {
			t.Errorf("work %d (%+v) for %d bytes", r.work(), r, len(q))
		}
	})
}

// TestDocumentGuard_WebAppDocumentsPass runs the document guard on every
// document of the web app (frontend/src/gql/gql.ts): each passes, with
// room to spare.
func TestDocumentGuard_WebAppDocumentsPass(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../frontend/src/gql/gql.ts")
	if err != nil {
		t.Skipf("web app documents not found: %v", err)
	}
	l := Limits{}.WithDefaults()
	n, largestSet, most := 0, 0, 0
	for _, line := range strings.Split(string(src), "\n") {
		key, _, ok := strings.Cut(strings.TrimSpace(line), `": typeof types.`)
		if !ok || !strings.HasPrefix(key, `"`) {
			continue
		}
		var doc string
		if err := json.Unmarshal([]byte(key+`"`), &doc); err != nil {
			t.Fatalf("reading %.60s…: %v", key, err)
		}
		n++
		if gerr, _ := checkDocument(doc, l); gerr != nil {
			t.Errorf("%s\n%.200s", gerr.Message, doc)
		}
		d, err := parser.ParseQuery(&ast.Source{Input: doc})
		if err != nil {
			t.Fatal(err)
		}
		s := shape{limits: l}
		s.document(d)
		most = max(most, s.selections)
		var walk func(ast.SelectionSet)
		walk = func(set ast.SelectionSet) {
			largestSet = max(largestSet, len(set))
			for _, sel := range set {
				switch x := sel.(type) {
				case *ast.Field:
					walk(x.SelectionSet)
				case *ast.InlineFragment:
					walk(x.SelectionSet)
				}
			}
		}
		for _, op := range d.Operations {
			walk(op.SelectionSet)
		}
		for _, f := range d.Fragments {
			walk(f.SelectionSet)
		}
	}
	if n == 0 {
		t.Fatal("no documents found in gql.ts")
	}
	if largestSet*2 > l.MaxSelectionsPerSet || most*2 > l.MaxSelections {
		t.Errorf("the web app comes close to the limits (%d selections in a set, %d in a document): raise them", largestSet, most)
	}
	t.Logf("%d documents; at most %d selections in a set, %d in a document", n, largestSet, most)
}
