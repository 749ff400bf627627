package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/testdb"
)

// syncBuffer is a log destination safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines() []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(s.b.Bytes()))
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

// TestOps_AccessLogAndMetrics checks the access log (one JSON line per
// request with request id, user id, operation, status and duration) and
// the Prometheus metrics (requests by operation and outcome, latency
// histograms, database pool, Go runtime), and that /metrics is not served
// on the public handler.
func TestOps_AccessLogAndMetrics(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	var logs syncBuffer
	c, s := newServerClient(t, d, app.Config{}, slog.New(slog.NewJSONHandler(&logs, nil)))

	body, _ := json.Marshal(map[string]any{"query": `query Versione { serverVersion }`})
	req, _ := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "ops-test-1")
	mustOK(t, readResponse(t, c.send(t, req)))
	wantCode(t, c.do(t, "query Profonda "+deepQuery(handler.DefaultMaxDepth+1), nil), "INVALID")
	mustOK(t, c.anonymous().do(t, `{ serverVersion }`, nil))
	var me struct {
		Me struct {
			ID string `json:"id"`
		} `json:"me"`
	}
	mustOK(t, c.do(t, `query Io { me { id } }`, nil)).decode(t, &me)

	t.Run("AccessLog", func(t *testing.T) {
		var line map[string]any
		for _, l := range logs.lines() {
			if l["msg"] == "request" && l["request_id"] == "ops-test-1" {
				line = l
			}
		}
		if line == nil {
			t.Fatalf("no access-log line with request_id ops-test-1 in\n%s", logs.b.String())
		}
		for k, want := range map[string]any{
			"method": "POST", "path": "/graphql", "route": "/graphql", "status": float64(200),
			"operation": "Versione", "operation_type": "query", "outcome": "ok", "user_id": me.Me.ID,
		} {
			if line[k] != want {
				t.Errorf("%s = %v, want %v", k, line[k], want)
			}
		}
		if _, ok := line["duration_ms"].(float64); !ok {
			t.Errorf("duration_ms missing: %v", line)
		}
		// The session is looked up in the database: at least one statement.
		if n, ok := line["sql_statements"].(float64); !ok || n < 1 {
			t.Errorf("sql_statements = %v, want the statements the request sent", line["sql_statements"])
		}
		if me.Me.ID == "" {
			t.Error("the admin client has no user id")
		}
	})

	t.Run("Metrics", func(t *testing.T) {
		rec := httptest.NewRecorder()
		s.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		text := rec.Body.String()
		for _, want := range []string{
			`capofila_graphql_requests_total{operation="Versione",outcome="ok",type="query"} 1`,
			`capofila_graphql_requests_total{operation="Profonda",outcome="INVALID",type="query"} 1`,
			`capofila_graphql_requests_total{operation="anonymous",outcome="ok",type="query"} 1`,
			`capofila_graphql_request_duration_seconds_bucket{operation="Io",type="query",le="+Inf"} 1`,
			`capofila_http_requests_total{method="POST",route="/graphql",status="200"} 4`,
			`capofila_http_request_duration_seconds_count{route="/graphql"} 4`,
			`capofila_request_sql_statements_count{operation="Io",route="/graphql"} 1`,
			`go_sql_max_open_connections{db_name="capofila"}`,
			`go_goroutines`,
		} {
			if !strings.Contains(text, want) {
				t.Errorf("metrics lack %s", want)
			}
		}
		// me reads the session and the user: statements were counted.
		if strings.Contains(text, `capofila_request_sql_statements_sum{operation="Io",route="/graphql"} 0`+"\n") {
			t.Error("the statements of query Io were not counted")
		}
		if t.Failed() {
			t.Logf("metrics:\n%s", grep(text, "capofila_"))
		}
	})

	t.Run("NotPublic", func(t *testing.T) {
		_, b := c.get(t, "/metrics")
		if strings.Contains(b, "capofila_http_requests_total") {
			t.Error("/metrics is served on the public handler")
		}
	})

	t.Run("OperationNamesBounded", func(t *testing.T) {
		for _, name := range []string{"a b", strings.Repeat("x", 100), "ok\nno"} {
			b, _ := json.Marshal(map[string]any{"query": `{ serverVersion }`, "operationName": name})
			c.post(t, "application/json", b)
		}
		rec := httptest.NewRecorder()
		s.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		if strings.Contains(rec.Body.String(), "xxxxxxxxxx") || !strings.Contains(rec.Body.String(), `operation="invalid"`) {
			t.Errorf("client-chosen names that are not GraphQL names must be counted as \"invalid\":\n%s",
				grep(rec.Body.String(), "capofila_graphql_requests_total"))
		}
	})
}

func grep(text, prefix string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestOps_CanceledRequestIsNotInternal: a client that goes away while its
// request runs (a browser leaving the page) is neither an INTERNAL error
// nor an error line in the log; it is counted as outcome "canceled".
func TestOps_CanceledRequestIsNotInternal(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	var logs syncBuffer
	c, s := newServerClient(t, d, app.Config{}, slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))

	ctx, cancel := context.WithCancel(context.Background())
	cancel() // gone before the server reads the session: every statement fails with context.Canceled
	body, _ := json.Marshal(map[string]any{"query": `query Io { me { id } }`})
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.bearer)
	req.Header.Set("X-Request-Id", "ops-canceled")
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)

	if strings.Contains(rec.Body.String(), `"INTERNAL"`) {
		t.Errorf("a canceled request answered INTERNAL: %d %s", rec.Code, rec.Body.String())
	}
	var line map[string]any
	for _, l := range logs.lines() {
		if l["level"] == "ERROR" {
			t.Errorf("error logged for a canceled request: %v", l)
		}
		if l["msg"] == "request" && l["request_id"] == "ops-canceled" {
			line = l
		}
	}
	if line == nil || line["canceled"] != true || line["level"] != "INFO" {
		t.Errorf("access-log line = %v, want level INFO and canceled=true", line)
	}
	m := httptest.NewRecorder()
	s.MetricsHandler().ServeHTTP(m, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if strings.Contains(m.Body.String(), `outcome="INTERNAL"`) {
		t.Errorf("a canceled request was counted as INTERNAL:\n%s", grep(m.Body.String(), "capofila_graphql_requests_total"))
	}
}
