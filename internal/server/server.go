// Package server assembles Capofila's HTTP surface: the GraphQL endpoint,
// the development GraphiQL page, health probes and the web app.
package server

import (
	"context"
	"database/sql"
	"github.com/capofila/capofila/internal/access"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/migrate"
	"github.com/capofila/capofila/internal/reports"
)

// Config tunes the HTTP server and gives it what it routes to; the
// composition root (app) builds it.
type Config struct {
	// Dev enables the GraphiQL page at /graphiql (built into Web, served
	// from the binary; it queries with the signed-in user's session), and
	// plain-HTTP addresses
	// in the open-data exports.
	Dev bool
	// MaxBodyBytes caps the size of a GraphQL request body.
	MaxBodyBytes int64
	// Cookies tunes the session cookie.
	Cookies auth.HTTPConfig
	// Web is the built single-page app (frontend/dist); nil serves a note.
	Web fs.FS
	// Documents keeps uploaded files.
	Documents docstore.Store
	// RequestTimeout is the deadline of every request but GraphQL ones
	// (the GraphQL handler sets theirs) and multipart uploads; zero or
	// negative: none.
	RequestTimeout time.Duration
	// Rate limits requests per user and per client address; zero is off.
	Rate RateLimit
	// TrustedProxies are the reverse proxies and load balancers whose
	// X-Forwarded-For header tells the client address.
	TrustedProxies []netip.Prefix
	// GraphQL serves /graphql (graph/handler); it reports operations and
	// error codes through NoteOperation and NoteCode.
	GraphQL http.Handler
	// Auth resolves the viewer of each request, signs in and out.
	Auth *auth.Service
	// OIDC signs people in through an OpenID Connect provider
	// (/auth/oidc/login and /auth/oidc/callback); nil: not served.
	OIDC *auth.OIDC
	// Reports renders the report and export downloads.
	Reports *reports.Service
	// Unsubscribe serves the "stop e-mail" link of messages
	// (/mail/unsubscribe, GET and POST, without signing in); nil: not served.
	Unsubscribe http.Handler
	// Calendar serves the users' iCalendar feeds (GET /calendar/…); required.
	Calendar *calendar.Service
	// Access serves the acts attached to access requests
	// (GET /access-requests/{id}/act); nil: not served.
	Access *access.Service
}

// Server holds the dependencies of the HTTP handlers.
type Server struct {
	cfg     Config
	db      *db.DB
	client  *gen.Client
	auth    *auth.Service
	reports *reports.Service
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
	if cfg.Calendar == nil {
		panic("server.New: Config.Calendar is required")
	}
	var shared *sql.DB
	switch {
	case cfg.Rate.Shared && d.Dialect == dialect.Postgres:
		shared = d.SQL
	case cfg.Rate.Shared:
		// capofila serve refuses the setting on SQLite before this point.
		log.Warn("shared rate limits need PostgreSQL: each process limits on its own")
	}
	s := &Server{cfg: cfg, db: d, client: client, auth: cfg.Auth, reports: cfg.Reports, log: log,
		byUser:    newLimiter(cfg.Rate.PerUser, cfg.Rate.Burst, shared, "user", log),
		byAddress: newLimiter(cfg.Rate.PerAddress, cfg.Rate.Burst, shared, "address", log)}
	s.initMetrics()
	return s
}

// Auth returns the identity service of the server.
func (s *Server) Auth() *auth.Service { return s.auth }

// Calendar returns the calendar feeds' service of the server.
func (s *Server) Calendar() *calendar.Service { return s.cfg.Calendar }

// Handler returns the root HTTP handler. Around the routes, from the
// outside in: client address behind trusted proxies, request id, access
// log and metrics, per-address rate limit, credentials, per-user rate
// limit, request deadline.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", guardBody(s.cfg.GraphQL, s.cfg.MaxBodyBytes, funding.MaxImportBytes+1<<20))
	mux.Handle("POST /auth/sign-in", s.auth.SignInHandler(s.cfg.Cookies))
	mux.Handle("POST /auth/sign-out", s.auth.SignOutHandler(s.cfg.Cookies))
	mux.HandleFunc("GET /auth/methods", s.signInMethods)
	if s.cfg.OIDC != nil {
		mux.Handle("GET /auth/oidc/login", s.cfg.OIDC.LoginHandler())
		mux.Handle("GET /auth/oidc/callback", s.cfg.OIDC.CallbackHandler())
	}
	if s.cfg.Dev {
		mux.Handle("GET /graphiql", graphiql(s.cfg.Web))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.HandleFunc("GET /documents/{id}", s.document)
	mux.HandleFunc("GET /calendar/{file}", s.calendarFeed)
	if s.cfg.Access != nil {
		mux.HandleFunc("GET /access-requests/{id}/act", s.accessRequestAct)
	}
	s.reportRoutes(mux)
	if s.cfg.Unsubscribe != nil {
		mux.Handle(unsubscribePath, s.cfg.Unsubscribe) // for the route's name; served below
	}
	mux.Handle("/", web(s.cfg.Web))
	h := routed(mux)
	h = withTimeout(h, s.cfg.RequestTimeout)
	h = s.afterAuth(h)
	h = s.auth.Middleware(s.cfg.Cookies)(h)
	h = s.withoutCredentials(h, withTimeout(s.cfg.Unsubscribe, s.cfg.RequestTimeout))
	h = s.limitAddress(h)
	h = s.observe(h, mux)
	return s.realIP(h)
}

// unsubscribePath is the "stop e-mail" link of messages.
const unsubscribePath = "/mail/unsubscribe"

// withoutCredentials serves the unsubscribe link with unsub, before the
// credentials are read: the link acts on its own secret only, whoever is
// signed in, and its page's form (or a mail provider's one-click POST)
// carries no CSRF header, which a signed-in browser would be refused
// without.
func (s *Server) withoutCredentials(next, unsub http.Handler) http.Handler {
	if s.cfg.Unsubscribe == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == unsubscribePath {
			unsub.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// NoteOperation records the GraphQL operation of the request of ctx (its
// name, and its type once parsed) for the access log and the metrics.
func NoteOperation(ctx context.Context, name, typ string) {
	if info := infoFrom(ctx); info != nil {
		info.setOperation(name, typ)
	}
}

// NoteCode records an error code the request of ctx ends with, for the
// access log and the metrics.
func NoteCode(ctx context.Context, code string) {
	if info := infoFrom(ctx); info != nil {
		info.addCode(code)
	}
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
