package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reqctx"
)

// reqInfo collects, while a request is served, what its access-log line
// and its metrics say about it: the user, the GraphQL operation and the
// error codes it ended with.
type reqInfo struct {
	mu        sync.Mutex
	userID    string
	operation string
	opType    string
	codes     []string
}

type reqInfoKey struct{}

func infoFrom(ctx context.Context) *reqInfo {
	i, _ := ctx.Value(reqInfoKey{}).(*reqInfo)
	return i
}

func (i *reqInfo) setUser(id string) {
	i.mu.Lock()
	i.userID = id
	i.mu.Unlock()
}

func (i *reqInfo) setOperation(name, typ string) {
	i.mu.Lock()
	if name != "" {
		i.operation = name
	}
	if typ != "" {
		i.opType = typ
	}
	i.mu.Unlock()
}

func (i *reqInfo) addCode(code string) {
	i.mu.Lock()
	i.codes = append(i.codes, code)
	i.mu.Unlock()
}

// outcome is "ok", or the code of the first error.
func (i *reqInfo) outcome() string {
	if len(i.codes) == 0 {
		return "ok"
	}
	if i.codes[0] == "" {
		return "UNKNOWN"
	}
	return i.codes[0]
}

// metrics are the Prometheus collectors of one server, in a registry of
// its own (never the global one, so several servers can live in one
// process, as in the tests).
type metrics struct {
	reg *prometheus.Registry

	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec
	gqlRequests  *prometheus.CounterVec
	gqlDuration  *prometheus.HistogramVec
	rateLimited  *prometheus.CounterVec
	statements   *prometheus.HistogramVec

	// names are the operation names seen so far: client-chosen, so their
	// number is capped to keep the label's cardinality bounded.
	mu    sync.Mutex
	names map[string]bool
}

// maxOperationNames caps the distinct operation-name label values; later
// names are counted as "other".
const maxOperationNames = 300

var latencyBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

func (s *Server) initMetrics() {
	reg := prometheus.NewRegistry()
	m := &metrics{
		reg: reg,
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "capofila_http_requests_total",
			Help: "HTTP requests by route (the pattern that served them), method and status code.",
		}, []string{"route", "method", "status"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "capofila_http_request_duration_seconds",
			Help:    "Time to serve an HTTP request, by route.",
			Buckets: latencyBuckets,
		}, []string{"route"}),
		gqlRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "capofila_graphql_requests_total",
			Help: "GraphQL requests by operation name, operation type and outcome (ok or the extensions.code of the first error).",
		}, []string{"operation", "type", "outcome"}),
		gqlDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "capofila_graphql_request_duration_seconds",
			Help:    "Time to serve a GraphQL request, by operation name and type.",
			Buckets: latencyBuckets,
		}, []string{"operation", "type"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "capofila_rate_limited_total",
			Help: "Requests refused by the rate limiter, by scope (user or address).",
		}, []string{"scope"}),
		statements: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "capofila_request_sql_statements",
			Help:    "SQL statements sent to the database to serve one request, by route and GraphQL operation name (\"-\" outside GraphQL).",
			Buckets: []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000},
		}, []string{"route", "operation"}),
		names: map[string]bool{},
	}
	statementsTotal := prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "capofila_sql_statements_total",
		Help: "SQL statements the process sent through its Ent clients, requests and background jobs alike (River's own statements, sent through its pool, are not counted).",
	}, func() float64 { return float64(s.db.Statements()) })
	reg.MustRegister(m.httpRequests, m.httpDuration, m.gqlRequests, m.gqlDuration, m.rateLimited, m.statements, statementsTotal,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewDBStatsCollector(s.db.SQL, "capofila"))
	s.metrics = m
}

var validName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// operationLabel is the label value of an operation name: "anonymous",
// "invalid" for a name that is not a GraphQL name, "other" past
// maxOperationNames distinct names.
func (m *metrics) operationLabel(name string) string {
	switch {
	case name == "":
		return "anonymous"
	case !validName.MatchString(name):
		return "invalid"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.names[name] {
		return name
	}
	if len(m.names) >= maxOperationNames {
		return "other"
	}
	m.names[name] = true
	return name
}

// MetricsHandler serves the Prometheus metrics of the server: HTTP and
// GraphQL requests, latency histograms, rate-limit refusals, the database
// pool and the Go runtime. It is not part of Handler: serve it on a
// private address only.
func (s *Server) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})
}

// requestState is what the outermost middleware keeps of one request, in
// one allocation: the request id, what the access log and the metrics
// note (reqInfo), the response's status and size, the request's SQL
// statements and the route that served it.
type requestState struct {
	id      string
	idValue any       // id, as the context returns it
	idHdr   [1]string // the X-Request-Id response header's value
	info    reqInfo
	rec     statusRecorder
	sql     db.StatementCounter
	route   string // the mux's pattern, once it has routed the request
	attrs   [14]slog.Attr
}

// requestContext carries a request's id (reqctx), its reqInfo and its
// statement counter (db.Counting) in one context node.
type requestContext struct {
	context.Context
	st *requestState
}

func (c *requestContext) Value(key any) any {
	switch key {
	case reqInfoKey{}:
		return &c.st.info
	case reqctx.IDKey():
		return c.st.idValue
	case db.CounterKey():
		return &c.st.sql
	case requestStateKey{}:
		return c.st
	}
	return c.Context.Value(key)
}

type requestStateKey struct{}

// routed serves r with mux and notes the pattern that served it: observe
// reads the route from there instead of routing the request again.
func routed(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r)
		if st, _ := r.Context().Value(requestStateKey{}).(*requestState); st != nil {
			st.route = r.Pattern
		}
	})
}

// observe gives every request an id (the client's X-Request-Id when it
// looks sane), echoed in the response and carried in the context, writes
// one access-log line per request and updates the request metrics. The
// line carries the request id, method, path, route, status, size,
// duration, client address, user id and, for GraphQL, the operation's
// name, type and outcome, and the number of SQL statements the request
// sent. Probes log at debug level.
func (s *Server) observe(next http.Handler, mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		st := &requestState{}
		st.id = r.Header.Get("X-Request-Id")
		if len(st.id) == 0 || len(st.id) > 64 {
			var b [8]byte
			_, _ = rand.Read(b[:])
			var h [16]byte
			hex.Encode(h[:], b[:])
			st.id = string(h[:])
		}
		st.idValue, st.idHdr[0] = st.id, st.id
		w.Header()["X-Request-Id"] = st.idHdr[:]
		st.rec = statusRecorder{ResponseWriter: w, status: http.StatusOK}
		rec, info := &st.rec, &st.info
		next.ServeHTTP(rec, r.WithContext(&requestContext{Context: r.Context(), st: st}))
		elapsed := time.Since(start)
		// A client that went away (a browser leaving the page) is not a
		// failure of the server: counted and logged apart.
		canceled := errors.Is(r.Context().Err(), context.Canceled)

		route := st.route
		if route == "" {
			// Refused before the routes (rate limits, credentials), served
			// outside them (the unsubscribe link), or not found.
			_, route = mux.Handler(r)
		}
		if route == "" {
			route = "none"
		}
		s.metrics.httpRequests.WithLabelValues(route, r.Method, statusLabel(rec.status)).Inc()
		s.metrics.httpDuration.WithLabelValues(route).Observe(elapsed.Seconds())

		info.mu.Lock()
		defer info.mu.Unlock()
		sqlCount := st.sql.Load()
		attrs := append(st.attrs[:0],
			slog.String("request_id", st.id),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("route", route),
			slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes),
			slog.Float64("duration_ms", float64(elapsed.Microseconds())/1000),
			slog.String("remote", auth.ClientIP(r)),
			slog.String("user_id", info.userID),
			slog.Int64("sql_statements", sqlCount),
		)
		opLabel := "-"
		if route == "/graphql" {
			op, typ := s.metrics.operationLabel(info.operation), info.opType
			if typ == "" {
				typ = "unknown"
			}
			outcome := info.outcome()
			if canceled {
				outcome = "canceled"
			}
			s.metrics.gqlRequests.WithLabelValues(op, typ, outcome).Inc()
			s.metrics.gqlDuration.WithLabelValues(op, typ).Observe(elapsed.Seconds())
			opLabel = op
			attrs = append(attrs, slog.String("operation", info.operation), slog.String("operation_type", typ),
				slog.String("outcome", outcome))
		}
		s.metrics.statements.WithLabelValues(route, opLabel).Observe(float64(sqlCount))
		level := slog.LevelInfo
		switch {
		case route == "GET /healthz" || route == "GET /readyz":
			level = slog.LevelDebug
		case canceled:
			attrs = append(attrs, slog.Bool("canceled", true))
		case rec.status >= 500:
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// statusLabel is strconv.Itoa(status), without allocating for the usual
// statuses.
func statusLabel(status int) string {
	switch status {
	case http.StatusOK:
		return "200"
	case http.StatusNoContent:
		return "204"
	case http.StatusNotModified:
		return "304"
	case http.StatusBadRequest:
		return "400"
	case http.StatusUnauthorized:
		return "401"
	case http.StatusForbidden:
		return "403"
	case http.StatusNotFound:
		return "404"
	case http.StatusTooManyRequests:
		return "429"
	}
	return strconv.Itoa(status)
}

// statusRecorder remembers the status and size of a response.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Flush implements http.Flusher.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
