package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strings"
	"testing"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/scalar"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/internal/testlog"
)

// nested returns a where filter of PublicBody nested depth levels deep
// through not, and one with width conditions under or.
func nested(depth int) map[string]any {
	w := map[string]any{"nameContains": "a"}
	for range depth - 1 {
		w = map[string]any{"not": w}
	}
	return w
}

func wide(width int) map[string]any {
	or := make([]any, width)
	for i := range or {
		or[i] = map[string]any{"nameContains": "a"}
	}
	return map[string]any{"or": or}
}

// TestInputs_BadValuesAreInvalid (issue #23, finding 14): client input
// that gqlgen or the database could not take was answered INTERNAL and
// logged as an error, and a Cents literal beyond 64 bits made the cost
// measurement panic. Each is now INVALID with a rule, on both databases,
// and nothing is logged as an error; filters get limits of depth, size
// and text length, and a cursor works only on the connection (and order)
// that issued it.
func TestInputs_BadValuesAreInvalid(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		logs := &testlog.ErrorLog{}
		c, _ := newServerClient(t, d, app.Config{}, slog.New(logs))
		const (
			callsCents = `query($c: Cents) { calls(first: 1, where: { totalBudgetCentsGT: $c }) { totalCount } }`
			callsTime  = `query($t: Time) { calls(first: 1, where: { createdAtGT: $t }) { totalCount } }`
			bodies     = `query($w: PublicBodyWhereInput) { publicBodies(first: 1, where: $w) { totalCount } }`
		)
		for _, tc := range []struct {
			name  string
			query string
			vars  map[string]any
			rule  string
		}{
			{"ErrCentsLiteralBeyond64Bits", `{ calls(first: 1, where: { totalBudgetCentsGT: 99999999999999999999 }) { totalCount } }`, nil, "input.number"},
			{"ErrFloatLiteralBeyondRange", `{ calls(first: 1, where: { totalBudgetCentsGT: 1e400 }) { totalCount } }`, nil, "input.number"},
			{"ErrCentsLiteralFraction", `{ calls(first: 1, where: { totalBudgetCentsGT: 1.5 }) { totalCount } }`, nil, "money.cents"},
			{"ErrCentsLiteralExponent", `{ calls(first: 1, where: { totalBudgetCentsGT: 1e30 }) { totalCount } }`, nil, "money.cents"},
			{"ErrCentsLiteralText", `{ calls(first: 1, where: { totalBudgetCentsGT: "12x" }) { totalCount } }`, nil, "money.cents"},
			{"ErrCentsText", callsCents, map[string]any{"c": "12x"}, "money.cents"},
			{"ErrCentsFraction", callsCents, map[string]any{"c": 1.5}, "money.cents"},
			{"ErrCentsExponent", callsCents, map[string]any{"c": 1e30}, "money.cents"},
			{"ErrCentsBeyond64Bits", callsCents, map[string]any{"c": json.Number("99999999999999999999")}, "money.cents"},
			{"CentsAsText", callsCents, map[string]any{"c": "12"}, ""},
			{"ErrTime", callsTime, map[string]any{"t": "ieri"}, "time.format"},
			{"ErrTimeLiteral", `{ calls(first: 1, where: { createdAtGT: "2026-13-45" }) { totalCount } }`, nil, "time.format"},
			{"ErrTimeNumber", callsTime, map[string]any{"t": 12}, "time.format"},
			{"Time", callsTime, map[string]any{"t": "2026-11-23T13:00:00+01:00"}, ""},
			{"ErrCursorGarbled", `{ aggregations(first: 1, after: "garbage") { totalCount } }`, nil, "page.cursor"},
			{"ErrCursorGarbledAfterTag", `{ aggregations(first: 1, after: "0011aabb.@@@") { totalCount } }`, nil, "page.cursor"},
			{"ErrFilterDeep", bodies, map[string]any{"w": nested(1000)}, "filter.depth"},
			{"ErrFilterDeepInline", `{ publicBodies(first: 1, where: ` + strings.Repeat("{ not: ", 200) + `{ nameContains: "a" }` +
				strings.Repeat(" }", 200) + `) { totalCount } }`, nil, "filter.depth"},
			{"FilterAtTheDepthLimit", bodies, map[string]any{"w": nested(graph.MaxFilterDepth)}, ""},
			{"ErrFilterWide", bodies, map[string]any{"w": wide(1000)}, "filter.size"},
			{"FilterAtTheSizeLimit", bodies, map[string]any{"w": wide(graph.MaxFilterTerms / 2)}, ""},
			{"ErrFilterLongText", bodies, map[string]any{"w": map[string]any{"nameContains": strings.Repeat("x", 50<<10)}}, "filter.text"},
			{"ErrFilterLongTextInList", bodies, map[string]any{"w": map[string]any{"nameIn": []string{"a", strings.Repeat("x", graph.MaxFilterText+1)}}}, "filter.text"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, tc.query, tc.vars)
				if tc.rule == "" {
					mustOK(t, r)
				} else if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != tc.rule {
					t.Errorf("rule %q, want %q (%s)", e.Extensions.Rule, tc.rule, e)
				}
				for _, l := range logs.Take() {
					t.Errorf("logged as an error: %s", l)
				}
			})
		}

		t.Run("CursorOnItsConnectionOnly", func(t *testing.T) {
			const page = `query($after: Cursor) { publicBodies(first: 2, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
				edges { cursor node { id } } pageInfo { endCursor } } }`
			type pageData struct {
				PublicBodies struct {
					Edges []struct {
						Cursor string
						Node   struct{ ID string }
					}
					PageInfo struct{ EndCursor string }
				}
			}
			var first, next pageData
			mustOK(t, c.do(t, page, nil)).decode(t, &first)
			after := first.PublicBodies.PageInfo.EndCursor
			if last := first.PublicBodies.Edges[1].Cursor; last != after {
				t.Errorf("the last edge's cursor %q is not the page's end cursor %q", last, after)
			}
			mustOK(t, c.do(t, page, map[string]any{"after": after})).decode(t, &next)
			if next.PublicBodies.Edges[0].Node.ID == first.PublicBodies.Edges[0].Node.ID {
				t.Errorf("the second page starts where the first did")
			}
			for name, q := range map[string]string{
				"another connection": `query($after: Cursor) { vendors(first: 2, after: $after) { totalCount } }`,
				"another order": `query($after: Cursor) { publicBodies(first: 2, after: $after,
					orderBy: [{ field: ISTAT_CODE, direction: ASC }]) { totalCount } }`,
				"no order":         `query($after: Cursor) { publicBodies(first: 2, after: $after) { totalCount } }`,
				"before elsewhere": `query($after: Cursor) { calls(last: 2, before: $after) { totalCount } }`,
			} {
				e := wantCode(t, c.do(t, q, map[string]any{"after": after}), "INVALID")
				if e.Extensions.Rule != "page.cursor_elsewhere" {
					t.Errorf("%s: rule %q, want page.cursor_elsewhere", name, e.Extensions.Rule)
				}
			}
			for _, l := range logs.Take() {
				t.Errorf("logged as an error: %s", l)
			}
		})

		// A cursor forged for the right connection and order, with an
		// ordering value of the wrong type: PostgreSQL refuses the value
		// (SQLSTATE 22P02, INVALID with rule input.value; it was INTERNAL),
		// SQLite compares it as it is.
		t.Run("ErrForgedCursor", func(t *testing.T) {
			h := fnv.New32a()
			h.Write([]byte("Query.publicBodies|POPULATION"))
			var b bytes.Buffer
			scalar.Cursor{ID: "PB00000000000000000000000000", Value: []any{"molti"}}.MarshalGQL(&b)
			forged := fmt.Sprintf("%08x.%s", h.Sum32(), bytes.Trim(b.Bytes(), `"`))
			r := c.do(t, `query($after: Cursor) { publicBodies(first: 2, after: $after, orderBy: [{ field: POPULATION, direction: ASC }]) {
				edges { node { id } } } }`, map[string]any{"after": forged})
			for _, e := range r.Errors {
				if e.Extensions.Code != "INVALID" {
					t.Errorf("error %s, want INVALID", e)
				}
			}
			for _, l := range logs.Take() {
				t.Errorf("logged as an error: %s", l)
			}
		})
	})
}
