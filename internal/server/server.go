// Package server assembles Capofila's HTTP surface: the GraphQL endpoint,
// the development GraphiQL page, health probes and the web app.
package server

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/generated"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/migrate"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/reqctx"
)

// Config tunes the HTTP server.
type Config struct {
	// Dev enables the GraphiQL page at /graphiql and serves introspection
	// to anonymous callers (signed-in ones always get it).
	Dev bool
	// Version is reported by the serverVersion query.
	Version string
	// MaxBodyBytes caps the size of a GraphQL request body.
	MaxBodyBytes int64
	// Auth tunes sessions and sign-in throttling.
	Auth auth.Config
	// Cookies tunes the session cookie.
	Cookies auth.HTTPConfig
	// Web is the built single-page app (frontend/dist); nil serves a note.
	Web fs.FS
	// Documents keeps uploaded files.
	Documents docstore.Store
	// Limits protect the GraphQL API (depth, cost, aliases, request
	// timeout); zero values take the defaults.
	Limits Limits
	// Rate limits requests per user and per client address; zero is off.
	Rate RateLimit
	// TrustedProxies are the reverse proxies and load balancers whose
	// X-Forwarded-For header tells the client address.
	TrustedProxies []netip.Prefix
}

// Server holds the dependencies of the HTTP handlers.
type Server struct {
	cfg     Config
	db      *db.DB
	client  *gen.Client
	auth    *auth.Service
	reports *reports.Service
	project *project.Service
	log     *slog.Logger

	metrics   *metrics
	byUser    limiter
	byAddress limiter
}

// New returns a server over an open database and its Ent client.
func New(cfg Config, d *db.DB, client *gen.Client, log *slog.Logger) *Server {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	cfg.Limits = cfg.Limits.withDefaults()
	var shared *sql.DB
	switch {
	case cfg.Rate.Shared && d.Dialect == dialect.Postgres:
		shared = d.SQL
	case cfg.Rate.Shared:
		// capofila serve refuses the setting on SQLite before this point.
		log.Warn("shared rate limits need PostgreSQL: each process limits on its own")
	}
	proj := project.NewService(client, nil, cfg.Documents)
	rep := reports.NewService(client, cfg.Documents, nil, proj)
	proj.WithFreezer(reports.Freezer{S: rep})
	s := &Server{cfg: cfg, db: d, client: client, auth: auth.New(client, cfg.Auth), log: log,
		reports: rep, project: proj,
		byUser:    newLimiter(cfg.Rate.PerUser, cfg.Rate.Burst, shared, "user", log),
		byAddress: newLimiter(cfg.Rate.PerAddress, cfg.Rate.Burst, shared, "address", log)}
	s.initMetrics()
	return s
}

// Auth returns the identity service of the server.
func (s *Server) Auth() *auth.Service { return s.auth }

// Handler returns the root HTTP handler. Around the routes, from the
// outside in: request id, client address behind trusted proxies, access
// log and metrics, per-address rate limit, credentials, per-user rate
// limit, request deadline.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	gql := s.graphQL()
	mux.Handle("/graphql", guardBody(gql, s.cfg.MaxBodyBytes, funding.MaxImportBytes+1<<20))
	mux.Handle("POST /auth/sign-in", s.auth.SignInHandler(s.cfg.Cookies))
	mux.Handle("POST /auth/sign-out", s.auth.SignOutHandler(s.cfg.Cookies))
	if s.cfg.Dev {
		mux.Handle("GET /graphiql", playground.Handler("Capofila — GraphiQL", "/graphql"))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.HandleFunc("GET /documents/{id}", s.document)
	s.reportRoutes(mux)
	mux.Handle("/", web(s.cfg.Web))
	var h http.Handler = mux
	h = withTimeout(h, s.cfg.Limits.RequestTimeout)
	h = s.afterAuth(h)
	h = s.auth.Middleware(s.cfg.Cookies)(h)
	h = s.limitAddress(h)
	h = s.observe(h, mux)
	h = s.realIP(h)
	return s.requestID(h)
}

// graphQL returns the GraphQL-over-HTTP handler (graphQLTransport): POST
// with a JSON or multipart body, GET for queries only; each mutation in one
// transaction. Introspection is served to signed-in callers, and to
// anonymous ones only in development (Config.Dev), as are the suggestions
// of field names in validation errors.
func (s *Server) graphQL() http.Handler {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{
		Schema: graph.Schema(),
		Resolvers: graph.NewResolver(s.client, s.auth,
			funding.NewService(s.client, nil).WithStore(s.cfg.Documents).WithFreezer(reports.Freezer{S: s.reports}),
			s.project,
			s.reports, s.cfg.Version),
	}))
	srv.AddTransport(graphQLTransport{})
	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(s.cfg.Limits.MaxTokens)
	srv.SetDisableSuggestion(!s.cfg.Dev)
	srv.SetValidationRulesFn(validationRules(s.cfg.Dev, nil))
	srv.Use(&operationLimits{limits: s.cfg.Limits, dev: s.cfg.Dev})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	// After the persisted queries, which may fill in the query.
	srv.Use(documentGuard{limits: s.cfg.Limits, cache: cache})
	srv.Use(graph.Transactioner{TxOpener: s.client, Client: s.client})
	srv.AroundResponses(graphQLTimeout(s.cfg.Limits.RequestTimeout, s.cfg.Limits.UploadTimeout))
	srv.AroundFields(graph.FieldGuards)
	srv.AroundOperations(graph.Batches)
	present := problem.Presenter(s.log)
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		e := present(ctx, err)
		if info := infoFrom(ctx); info != nil {
			code, _ := e.Extensions["code"].(string)
			info.addCode(code)
		}
		return e
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		s.log.ErrorContext(ctx, "panic in resolver", "panic", p, "request_id", reqctx.RequestID(ctx))
		return problem.Recover(ctx, p)
	})
	return srv
}

// ready answers 200 when the database is reachable and fully migrated.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if err := s.db.SQL.PingContext(ctx); err != nil {
		http.Error(w, "database unreachable", http.StatusServiceUnavailable)
		return
	}
	pending, err := migrate.Pending(ctx, s.db.SQL, s.db.Dialect)
	if err != nil || pending {
		http.Error(w, "migrations pending", http.StatusServiceUnavailable)
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}

// requestID gives every request an id (the client's X-Request-Id when it
// looks sane), echoed in the response and carried in the context.
func (s *Server) requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if len(id) == 0 || len(id) > 64 {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(reqctx.WithRequestID(r.Context(), id)))
	})
}

var _ graphql.FieldMiddleware = graph.FieldGuards
