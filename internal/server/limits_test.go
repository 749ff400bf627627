package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/graph/generated"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/server"
	"github.com/capofila/capofila/internal/testdb"
)

// newLimitedClient is newClient over a server with the given configuration
// (limits, rate limits, trusted proxies); the server's logs go to logs
// when it is not nil.
func newLimitedClient(t *testing.T, d *db.DB, cfg app.Config) (*client, *server.Server) {
	t.Helper()
	return newServerClient(t, d, cfg, slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
}

func newServerClient(t *testing.T, d *db.DB, cfg app.Config, log *slog.Logger) (*client, *server.Server) {
	t.Helper()
	cfg.Version = testVersion
	cfg.Documents = docstore.Disk{Root: t.TempDir()}
	s := app.New(cfg, d, d.Client(), log).Server
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return adminOf(t, s, srv), s
}

// adminOf returns a client of srv acting as a new ADMIN user of s.
func adminOf(t *testing.T, s *server.Server, srv *httptest.Server) *client {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	u, err := s.Auth().CreateUser(sys, fmt.Sprintf("admin%d@capofila.test", adminSeq.Add(1)), "Admin", "password-di-prova")
	if err != nil {
		t.Fatalf("creating an admin: %v", err)
	}
	if _, err := s.Auth().Grant(sys, u.ID, authz.Grant{Role: authz.Admin}); err != nil {
		t.Fatalf("granting ADMIN: %v", err)
	}
	token, _, err := s.Auth().CreateToken(authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "test", nil)
	if err != nil {
		t.Fatalf("creating a token: %v", err)
	}
	return &client{srv: srv, bearer: token}
}

// TestLimits_RefuseExpensiveOperations checks every limit of a single
// operation: each refuses with INVALID and its own rule, and an operation
// just within the limit passes.
func TestLimits_RefuseExpensiveOperations(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)

		// 100 aggregations × 100 memberships × 100 memberships of each body
		// × 3 fields: 3 million values.
		costly := `{ aggregations(first: 100) { edges { node { memberships(first: 100) { edges { node {
			body { memberships(first: 100) { edges { node { id role } } } } } } } } } } }`
		costlyVars := `query($n: Int!) { aggregations(first: $n) { edges { node { memberships(first: 100) { edges { node {
			body { memberships(first: 100) { edges { node { id role } } } } } } } } } } }`
		aliases := func(n int) string {
			var b strings.Builder
			b.WriteString("{")
			for i := range n {
				fmt.Fprintf(&b, " a%d: serverVersion", i)
			}
			b.WriteString(" }")
			return b.String()
		}
		for _, tc := range []struct {
			name, query string
			vars        map[string]any
			rule        string
		}{
			{"ErrDepth", deepQuery(handler.DefaultMaxDepth + 1), nil, "query.depth"},
			{"DepthAtTheLimit", deepQuery(handler.DefaultMaxDepth), nil, ""},
			{"ErrCost", costly, nil, "query.complexity"},
			{"ErrCostThroughVariables", costlyVars, map[string]any{"n": 100}, "query.complexity"},
			{"CostWithSmallPages", costlyVars, map[string]any{"n": 1}, ""},
			{"ErrAliases", aliases(31), nil, "query.aliases"},
			{"AliasesAtTheLimit", aliases(30), nil, ""},
			{"ErrAliasesInFragments", `{ ...F ...F } fragment F on Query { ` + strings.TrimPrefix(aliases(31), "{"), nil, "query.aliases"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, tc.query, tc.vars)
				if tc.rule == "" {
					mustOK(t, r)
					return
				}
				e := wantCode(t, r, "INVALID")
				if e.Extensions.Rule != tc.rule {
					t.Errorf("rule %q, want %q (%s)", e.Extensions.Rule, tc.rule, e)
				}
				if r.hasData() {
					t.Errorf("data %s: a refused operation must not run", r.Data)
				}
			})
		}

		// Fragments spreading each other twice per level would make a
		// naive walk take 2^40 steps; each fragment is measured once.
		t.Run("ErrFragmentBomb", func(t *testing.T) {
			var b strings.Builder
			b.WriteString("query { ...F0 }\n")
			for i := range 40 {
				fmt.Fprintf(&b, "fragment F%d on Query { a%d: serverVersion ...F%d ...F%d }\n", i, i, i+1, i+1)
			}
			b.WriteString("fragment F40 on Query { serverVersion }\n")
			e := wantCode(t, c.do(t, b.String(), nil), "INVALID")
			if e.Extensions.Rule != "query.aliases" {
				t.Errorf("rule %q, want query.aliases", e.Extensions.Rule)
			}
		})

		t.Run("ErrTooManyTokens", func(t *testing.T) {
			q := "{ serverVersion " + strings.Repeat("__typename ", handler.DefaultMaxTokens) + "}"
			e := wantCode(t, c.do(t, q, nil), "INVALID")
			t.Logf("%s", e)
		})

		// Introspection (GraphiQL, code generators) is not held to the
		// depth limit: its size is bounded by the schema.
		t.Run("Introspection", func(t *testing.T) {
			mustOK(t, c.do(t, introspectionQuery, nil))
		})
	})
}

// TestLimits_Batch refuses a JSON array of operations with 400 and rule
// query.batch, and a body over the limit with 413 and request.too_large.
func TestLimits_Batch(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d)
	for _, tc := range []struct {
		name   string
		body   []byte
		status int
		rule   string
	}{
		{"ErrBatch", []byte(` [{"query":"{ serverVersion }"},{"query":"{ serverVersion }"}]`), http.StatusBadRequest, "query.batch"},
		{"ErrTooLarge", append(append([]byte(`{"query":"{ serverVersion }`), bytes.Repeat([]byte(" "), 1<<20)...), `"}`...),
			http.StatusRequestEntityTooLarge, "request.too_large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.post(t, "application/json", tc.body)
			e := wantCode(t, r, "INVALID")
			if r.Status != tc.status || e.Extensions.Rule != tc.rule {
				t.Errorf("HTTP %d, rule %q; want %d, %q", r.Status, e.Extensions.Rule, tc.status, tc.rule)
			}
		})
	}
}

// TestLimits_RequestTimeout gives requests a deadline that has passed by
// the time they reach the database: the client gets TIMEOUT, not INTERNAL.
func TestLimits_RequestTimeout(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c, _ := newLimitedClient(t, d, app.Config{Limits: handler.Limits{RequestTimeout: time.Nanosecond}})
		r := c.do(t, `{ aggregations(first: 1) { totalCount } }`, nil)
		e := wantCode(t, r, "TIMEOUT")
		if e.Extensions.Rule != "request.timeout" {
			t.Errorf("rule %q, want request.timeout", e.Extensions.Rule)
		}
		// Requests without the database still answer.
		mustOK(t, c.do(t, `{ serverVersion }`, nil))
	})
}

// deadlineDriver is an Ent driver that notes whether the transactions
// it opens have a deadline.
type deadlineDriver struct {
	*entsql.Driver
	txs, withDeadline atomic.Int64
}

func (d *deadlineDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	d.txs.Add(1)
	if _, ok := ctx.Deadline(); ok {
		d.withDeadline.Add(1)
	}
	return d.Driver.Tx(ctx)
}

// TestLimits_MutationTransactionUnderTheDeadline: a mutation's
// transaction is opened, and committed, under the GraphQL request's
// deadline (graphQLTimeout wraps the Transactioner), so that waiting for a
// connection of an exhausted pool or a commit past the deadline ends in
// TIMEOUT instead of outliving the request's time. Before, the
// Transactioner ran outside it: its transaction had no deadline.
func TestLimits_MutationTransactionUnderTheDeadline(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		drv := &deadlineDriver{Driver: d.Driver}
		log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
		s := app.New(app.Config{Version: testVersion, Documents: docstore.Disk{Root: t.TempDir()}}, d, d.Client(gen.Driver(drv)), log).Server
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		c := adminOf(t, s, srv)
		// The token's first use is noted (outside GraphQL) before counting.
		mustOK(t, c.do(t, `{ serverVersion }`, nil))
		drv.txs.Store(0)
		drv.withDeadline.Store(0)
		mustOK(t, c.do(t, `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "Scadenza S.r.l.", "vatID": "01114601006"}}))
		if n, w := drv.txs.Load(), drv.withDeadline.Load(); n == 0 || w != n {
			t.Errorf("the mutation opened %d transactions, %d of them under the request's deadline; want all", n, w)
		}
		// Past its deadline before its transaction opens: TIMEOUT, as a
		// query, and nothing saved.
		late, _ := newLimitedClient(t, d, app.Config{Limits: handler.Limits{RequestTimeout: time.Nanosecond}})
		r := late.do(t, `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "Tardiva S.r.l.", "vatID": "02123456788"}})
		if e := wantCode(t, r, "TIMEOUT"); e.Extensions.Rule != "request.timeout" {
			t.Errorf("rule %q, want request.timeout", e.Extensions.Rule)
		}
		if n, err := d.Client().Vendor.Query().Where(vendor.Name("Tardiva S.r.l.")).Count(authz.WithSystem(context.Background())); err != nil || n != 0 {
			t.Errorf("%d vendors saved past the deadline (%v)", n, err)
		}
	})
}

// TestLimits_TextInputs: no field takes a NUL character or invalid UTF-8
// (PostgreSQL refused NUL with an internal error, SQLite stored it, and
// invalid UTF-8 was silently replaced): the request is INVALID on both
// databases and saves nothing; an oversized upload is refused like any
// oversized request.
func TestLimits_TextInputs(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)
		create := `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`
		for _, tc := range []struct {
			name string
			r    func() response
			rule string
		}{
			{"ErrNULInVariable", func() response {
				return c.do(t, create, map[string]any{"in": map[string]any{"name": "Forni\x00tore", "vatID": "01114601006"}})
			}, "input.text"},
			{"ErrNULInline", func() response {
				return c.do(t, `mutation { createVendor(input: {name: "Forni\u0000tore", vatID: "01114601006"}) { id } }`, nil)
			}, "input.text"},
			{"ErrInvalidUTF8", func() response {
				body := append([]byte(`{"query":"mutation { createVendor(input: {name: \"Forni`), 0xff)
				body = append(body, `tore\", vatID: \"01114601006\"}) { id } }"}`...)
				return c.post(t, "application/json", body)
			}, "request.encoding"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e := wantCode(t, tc.r(), "INVALID")
				if e.Extensions.Rule != tc.rule {
					t.Errorf("rule %q, want %q", e.Extensions.Rule, tc.rule)
				}
			})
		}
		n, err := d.Client().Vendor.Query().Where(vendor.NameHasPrefix("Forni")).Count(authz.WithSystem(context.Background()))
		if err != nil || n != 0 {
			t.Errorf("%d vendors saved from refused requests (%v)", n, err)
		}

		t.Run("ErrUploadTooLarge", func(t *testing.T) {
			r := c.upload(t, `query($file: Upload!) { verifyDocument(file: $file) { matches } }`, map[string]any{},
				"grande.pdf", bytes.Repeat([]byte("x"), 7<<20))
			if r.Status != http.StatusRequestEntityTooLarge {
				t.Errorf("HTTP %d, want 413", r.Status)
			}
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "request.too_large" || !strings.Contains(e.Message, "MB") {
				t.Errorf("rule %q, message %q", e.Extensions.Rule, e.Message)
			}
		})
	})
}

// TestLimits_UploadTimeout: a multipart request has a deadline too — its
// own, longer one — even without a file, and a mutation past it saves
// nothing.
func TestLimits_UploadTimeout(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c, _ := newLimitedClient(t, d, app.Config{Limits: handler.Limits{UploadTimeout: time.Nanosecond}})
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		ops, _ := json.Marshal(map[string]any{
			"query":     `mutation { createVendor(input: {name: "Fornitore scaduto", vatID: "01114601006"}) { id } }`,
			"variables": map[string]any{}})
		_ = w.WriteField("operations", string(ops))
		_ = w.WriteField("map", `{}`)
		_ = w.Close()
		r := c.post(t, w.FormDataContentType(), body.Bytes())
		wantCode(t, r, "TIMEOUT")
		n, err := d.Client().Vendor.Query().Where(vendor.Name("Fornitore scaduto")).Count(authz.WithSystem(context.Background()))
		if err != nil || n != 0 {
			t.Fatalf("%d vendors saved past the deadline (%v)", n, err)
		}
		// A JSON request keeps the request deadline (30 s by default).
		mustOK(t, c.do(t, `mutation { createVendor(input: {name: "Fornitore puntuale", vatID: "01114601006"}) { id } }`, nil))
	})
}

// TestRateLimit_PerUserAndAddress checks both token buckets: past the
// burst a client gets 429 with Retry-After and RATE_LIMITED; another user
// (or another address behind a trusted proxy) is not affected. The rates
// are so low that no bucket refills during the test.
func TestRateLimit_PerUserAndAddress(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	const q = `{ serverVersion }`

	t.Run("PerUser", func(t *testing.T) {
		c, s := newLimitedClient(t, d, app.Config{Rate: server.RateLimit{PerUser: 0.001, Burst: 3}})
		for range 3 {
			mustOK(t, c.do(t, q, nil))
		}
		wantRateLimited(t, c, "rate.user")
		other := adminOf(t, s, c.srv)
		mustOK(t, other.do(t, q, nil))
		// Anonymous requests have no user bucket.
		mustOK(t, c.anonymous().do(t, q, nil))
	})

	t.Run("PerAddress", func(t *testing.T) {
		c, _ := newLimitedClient(t, d, app.Config{Rate: server.RateLimit{PerAddress: 0.001, Burst: 2}})
		mustOK(t, c.do(t, q, nil))
		mustOK(t, c.anonymous().do(t, q, nil))
		wantRateLimited(t, c.anonymous(), "rate.address")
		wantRateLimited(t, c, "rate.address")
		// The web app's files and the probes are not limited.
		if status, _ := c.get(t, "/healthz"); status != http.StatusOK {
			t.Errorf("/healthz: HTTP %d", status)
		}
		if status, _ := c.get(t, "/"); status != http.StatusOK {
			t.Errorf("/: HTTP %d", status)
		}
	})

	t.Run("BehindTrustedProxy", func(t *testing.T) {
		c, _ := newLimitedClient(t, d, app.Config{
			Rate:           server.RateLimit{PerAddress: 0.001, Burst: 1},
			TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")},
		})
		c = c.anonymous()
		from := func(addr string) response {
			body, _ := json.Marshal(map[string]any{"query": q})
			req, _ := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Forwarded-For", addr+", 127.0.0.1")
			return readResponse(t, c.send(t, req))
		}
		mustOK(t, from("203.0.113.5"))
		mustOK(t, from("203.0.113.6"))
		if r := from("203.0.113.5"); r.Status != http.StatusTooManyRequests {
			t.Errorf("second request from 203.0.113.5: HTTP %d, want 429", r.Status)
		}
		// Two addresses of one IPv6 /64 share a bucket.
		mustOK(t, from("2001:db8:1:2::1"))
		if r := from("2001:db8:1:2::2"); r.Status != http.StatusTooManyRequests {
			t.Errorf("same /64: HTTP %d, want 429", r.Status)
		}
	})

	t.Run("UntrustedForwardedFor", func(t *testing.T) {
		c, _ := newLimitedClient(t, d, app.Config{Rate: server.RateLimit{PerAddress: 0.001, Burst: 1}})
		c = c.anonymous()
		for i, addr := range []string{"203.0.113.7", "203.0.113.8"} {
			body, _ := json.Marshal(map[string]any{"query": q})
			req, _ := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Forwarded-For", addr)
			r := readResponse(t, c.send(t, req))
			if want := []int{http.StatusOK, http.StatusTooManyRequests}[i]; r.Status != want {
				t.Errorf("request %d with X-Forwarded-For %s: HTTP %d, want %d (the header of an untrusted peer is ignored)", i+1, addr, r.Status, want)
			}
		}
	})
}

// deepQuery returns a valid query whose fields nest on exactly depth
// levels: aggregations > edges > node > memberships > edges > node >
// aggregation > memberships > … > a scalar.
func deepQuery(depth int) string {
	type level struct{ field, leaf string }
	head := []level{{"aggregations(first: 1)", "totalCount"}, {"edges", "cursor"}, {"node", "id"}}
	cycle := []level{{"memberships(first: 1)", "totalCount"}, {"edges", "cursor"}, {"node", "id"}, {"aggregation", "id"}}
	var path []level
	for i := 0; len(path) < depth-1; i++ {
		if i < len(head) {
			path = append(path, head[i])
		} else {
			path = append(path, cycle[(i-len(head))%len(cycle)])
		}
	}
	var b strings.Builder
	b.WriteString("{")
	for _, l := range path {
		b.WriteString(" " + l.field + " {")
	}
	b.WriteString(" " + path[len(path)-1].leaf)
	b.WriteString(strings.Repeat(" }", len(path)) + " }")
	return b.String()
}

func wantRateLimited(t *testing.T, c *client, rule string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `{ serverVersion }`})
	req, _ := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp := c.send(t, req)
	retry := resp.Header.Get("Retry-After")
	r := readResponse(t, resp)
	if r.Status != http.StatusTooManyRequests {
		t.Fatalf("HTTP %d, want 429", r.Status)
	}
	if e := wantCode(t, r, "RATE_LIMITED"); e.Extensions.Rule != rule {
		t.Errorf("rule %q, want %q", e.Extensions.Rule, rule)
	}
	if s, err := strconv.Atoi(retry); err != nil || s < 1 {
		t.Errorf("Retry-After %q, want a number of seconds ≥ 1", retry)
	}
}

// TestLimits_WebAppOperationsPass measures every operation of the web app
// (the trusted documents the binary embeds, frontend/src/gql) with its
// page sizes at their worst (100 where a variable sets them) and checks
// that it stays within the default limits, with two levels of depth to
// spare.
func TestLimits_WebAppOperationsPass(t *testing.T) {
	t.Parallel()
	trusted, err := handler.ParseTrustedDocuments(frontend.TrustedDocuments())
	if err != nil {
		t.Fatal(err)
	}
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	q := &ast.QueryDocument{}
	for _, text := range trusted {
		doc, errs := gqlparser.LoadQuery(schema, text)
		if len(errs) > 0 {
			t.Fatalf("a web app document does not validate against the schema: %v\n%s", errs, text)
		}
		q.Operations = append(q.Operations, doc.Operations...)
	}
	if len(q.Operations) == 0 {
		t.Fatal("the web app has no documents")
	}
	worst := map[string]handler.OperationCost{}
	for _, op := range q.Operations {
		m := handler.Measure(schema, op, nil)
		t.Logf("%-32s depth %2d  cost %6d  aliases %d", op.Name, m.Depth, m.Cost, m.Aliases)
		if m.Depth > handler.DefaultMaxDepth-2 || m.Cost > handler.DefaultMaxCost || m.Aliases > handler.DefaultMaxAliases {
			t.Errorf("%s is close to or over the limits (depth %d, cost %d, aliases %d): raise them or page less",
				op.Name, handler.DefaultMaxDepth, handler.DefaultMaxCost, handler.DefaultMaxAliases)
		}
		for k, v := range map[string]int{"depth": m.Depth, "cost": m.Cost, "aliases": m.Aliases} {
			w := worst[k]
			if v > map[string]int{"depth": w.Depth, "cost": w.Cost, "aliases": w.Aliases}[k] {
				worst[k] = m
			}
		}
	}
	t.Logf("%d operations; heaviest: depth %d, cost %d, aliases %d", len(q.Operations), worst["depth"].Depth, worst["cost"].Cost, worst["aliases"].Aliases)
}

// introspectionQuery is GraphiQL's (graphql-js getIntrospectionQuery).
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`

// TestLimits_StatementTimeoutIsTimeout: PostgreSQL cancelling a statement
// at the statement timeout (SQLSTATE 57014) reaches clients as TIMEOUT.
func TestLimits_StatementTimeoutIsTimeout(t *testing.T) {
	err := fmt.Errorf("querying: %w", &pgconn.PgError{Code: "57014", Message: "canceling statement due to statement timeout"})
	if e := problem.Classify(err); e.Code != apperr.Timeout || strings.Contains(e.Message, "statement") {
		t.Errorf("Classify = %+v, want TIMEOUT with a user-safe message", e)
	}
}

// TestRateLimit_SharedAcrossReplicas runs two servers on one PostgreSQL:
// with shared limits a user's requests through either replica spend one
// bucket; with limits in the process each replica has its own.
func TestRateLimit_SharedAcrossReplicas(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.Postgres)
	const q = `{ serverVersion }`
	for _, shared := range []bool{true, false} {
		cfg := app.Config{Rate: server.RateLimit{PerUser: 0.001, Burst: 3, Shared: shared}}
		a, _ := newLimitedClient(t, d, cfg)
		other, _ := newLimitedClient(t, d, cfg)
		b := &client{srv: other.srv, bearer: a.bearer} // the same user through the other replica
		mustOK(t, a.do(t, q, nil))
		mustOK(t, b.do(t, q, nil))
		mustOK(t, a.do(t, q, nil))
		if shared {
			wantRateLimited(t, b, "rate.user")
			wantRateLimited(t, a, "rate.user")
			// Another user still has a full bucket on both replicas.
			mustOK(t, other.do(t, q, nil))
			continue
		}
		// Each replica counts on its own: five requests pass in all.
		mustOK(t, b.do(t, q, nil))
		mustOK(t, a.do(t, q, nil))
		wantRateLimited(t, a, "rate.user")
	}
}
