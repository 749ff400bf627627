// Package app is Capofila's composition root: the one place that builds
// the domain services (auth, funding, project, reports), the GraphQL
// handler (graph/handler) and the HTTP server (internal/server) over what
// it is given (database, Ent client, document store, logger). It opens
// nothing itself. cmd/capofila and the tests that need the whole product
// get everything from here.
package app

import (
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/server"
)

// Config is the configuration of the product.
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
	// Documents keeps uploaded files and frozen reports (nil: uploads are
	// refused and reports are rendered without being frozen).
	Documents docstore.Store
	// Limits protect the GraphQL API (depth, cost, aliases, request
	// timeout); zero values take the defaults.
	Limits handler.Limits
	// Rate limits requests per user and per client address; zero is off.
	Rate server.RateLimit
	// TrustedProxies are the reverse proxies and load balancers whose
	// X-Forwarded-For header tells the client address.
	TrustedProxies []netip.Prefix
	// PublicURL is the address users reach Capofila at (serve's
	// --public-url), written into the calendar feeds' addresses and links;
	// nil: DefaultPublicURL.
	PublicURL *url.URL
}

// DefaultPublicURL is the public address assumed when none is configured.
var DefaultPublicURL = &url.URL{Scheme: "http", Host: "localhost:8080"}

// NewServices builds the domain services over client: the project
// service and the reports service share one instance, and the submission
// workflows (funding, claims) freeze their documents through reports.
// The resolvers receive them as they are (graph.Services). publicURL
// (nil: DefaultPublicURL) is the address of the app in the calendar feeds.
func NewServices(client *gen.Client, authCfg auth.Config, docs docstore.Store, publicURL *url.URL) graph.Services {
	proj := project.NewService(client, nil, docs)
	rep := reports.NewService(client, docs, nil, proj)
	freezer := reports.Freezer{S: rep}
	id := auth.New(client, authCfg)
	if publicURL == nil {
		publicURL = DefaultPublicURL
	}
	return graph.Services{
		Auth:          id,
		Calendar:      calendar.NewService(client, id.ViewerOf, calendarSource(client), publicURL),
		Funding:       funding.NewService(client, nil).WithStore(docs).WithFreezer(freezer),
		Project:       proj,
		Contracting:   contracting.NewService(client, nil, docs),
		Invoicing:     invoicing.NewService(client, nil, docs),
		Claims:        claims.NewService(client, nil, docs).WithFreezer(freezer),
		Disbursements: disbursements.NewService(client, nil),
		Reports:       rep,
	}
}

// calendarSource lists the events of a user's calendar feed, read as that
// user: for now the pending milestones and deliverables of the projects
// the user reads (calendar.ProjectItems); internal/deadlines (every
// deadline a user must act on, Deadline → calendar.Event) replaces it here.
func calendarSource(client *gen.Client) calendar.Source {
	return calendar.ProjectItems(client)
}

// App is the assembled product.
type App struct {
	graph.Services
	// GraphQL is the GraphQL-over-HTTP handler (graph/handler).
	GraphQL http.Handler
	// Server is the HTTP server; Server.Handler() serves everything.
	Server *server.Server
}

// New assembles the product over an open database and its Ent client.
func New(cfg Config, d *db.DB, client *gen.Client, log *slog.Logger) *App {
	svc := NewServices(client, cfg.Auth, cfg.Documents, cfg.PublicURL)
	limits := cfg.Limits.WithDefaults()
	gql := handler.New(handler.Config{
		Dev:         cfg.Dev,
		Limits:      limits,
		Client:      client,
		Resolvers:   graph.NewResolver(client, svc, cfg.Version),
		Log:         log,
		OnOperation: server.NoteOperation,
		OnCode:      server.NoteCode,
	})
	srv := server.New(server.Config{
		Dev:            cfg.Dev,
		MaxBodyBytes:   cfg.MaxBodyBytes,
		Cookies:        cfg.Cookies,
		Web:            cfg.Web,
		Documents:      cfg.Documents,
		RequestTimeout: limits.RequestTimeout,
		Rate:           cfg.Rate,
		TrustedProxies: cfg.TrustedProxies,
		GraphQL:        gql,
		Auth:           svc.Auth,
		Reports:        svc.Reports,
		Calendar:       svc.Calendar,
	}, d, client, log)
	return &App{Services: svc, GraphQL: gql, Server: srv}
}
