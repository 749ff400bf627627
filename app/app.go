// Package app is Capofila's composition root: the one place that builds
// the domain services (auth, funding, project, reports), the GraphQL
// handler (graph/handler) and the HTTP server (internal/server) over what
// it is given (database, Ent client, document store, logger). It opens
// nothing itself. cmd/capofila and the tests that need the whole product
// get everything from here.
package app

import (
	"context"
	"github.com/capofila/capofila/internal/access"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/riverqueue/river"
	"net/url"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/graph"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/deadlines"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/mail"
	"github.com/capofila/capofila/internal/notify"
	"github.com/capofila/capofila/internal/notifypref"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/server"
	"github.com/capofila/capofila/internal/variation"
)

// Config is the configuration of the product.
type Config struct {
	// Dev enables the GraphiQL page at /graphiql and serves introspection
	// to anonymous callers (signed-in ones always get it).
	Dev bool
	// TrustedDocumentsOnly refuses GraphQL documents other than the web
	// app's (frontend.TrustedDocuments, sent by hash) to every request not
	// authenticated by an API token: browser sessions and anonymous
	// callers. serve sets it unless --dev or --any-graphql-documents.
	TrustedDocumentsOnly bool
	// Version is reported by the serverVersion query.
	Version string
	// MaxBodyBytes caps the size of a GraphQL request body.
	MaxBodyBytes int64
	// Auth tunes sessions and sign-in throttling.
	Auth auth.Config
	// NoViewerCache turns off the cache of the viewers of sessions and
	// tokens (internal/auth cache.go). With it on, on PostgreSQL the cache
	// serves only while d.ListenViewers runs (serve starts it).
	NoViewerCache bool
	// NoReferenceCache turns off the cache of the reference data of a
	// project's pages (internal/project summary_reference.go); like the
	// viewer cache, on PostgreSQL it serves only while d.ListenViewers
	// runs.
	NoReferenceCache bool
	// Cookies tunes the session cookie.
	Cookies auth.HTTPConfig
	// OIDC is the OpenID Connect provider people sign in with (SPID/CIE
	// gateway, Keycloak…); an empty Issuer: none. It must be valid
	// (auth.OIDCConfig.Validate): New panics otherwise.
	OIDC auth.OIDCConfig
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
	// Now is the clock of notifications and reminders (nil: time.Now).
	Now func() time.Time
	// Mail is where e-mail is sent from and how (zero: no e-mail); its
	// BaseURL is the public URL of the web app, for links in messages.
	// It must be valid (mail.Config.Validate): New panics otherwise.
	Mail mail.Config
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
	dl := deadlines.NewService(client, nil)
	ctr := contracting.NewService(client, nil, docs)
	return graph.Services{
		Auth:          id,
		Calendar:      calendar.NewService(client, id.ViewerOf, deadlineEvents(dl), publicURL),
		Funding:       funding.NewService(client, nil).WithStore(docs).WithFreezer(freezer),
		Project:       proj,
		Contracting:   ctr,
		Invoicing:     invoicing.NewService(client, nil, docs),
		Claims:        claims.NewService(client, nil, docs).WithFreezer(freezer),
		Disbursements: disbursements.NewService(client, nil),
		// An approved variation makes the contract modifications it lists
		// effective, in the approval's transaction.
		Variation:   variation.NewService(client, nil).WithContractModifications(ctr).WithFreezer(freezer).WithStore(docs),
		Reports:     rep,
		Deadlines:   dl,
		NotifyPrefs: notifypref.NewService(client, strings.TrimSuffix(publicURL.String(), "/")),
		Access:      access.NewService(client, nil, docs),
	}
}

// deadlineEvents lists the events of a user's calendar feed, read as that
// user: every deadline the user must act on.
func deadlineEvents(s *deadlines.Service) calendar.Source {
	return func(ctx context.Context) ([]calendar.Event, error) {
		ds, err := s.ForViewer(ctx, deadlines.Filter{Mine: true})
		if err != nil {
			return nil, err
		}
		out := make([]calendar.Event, len(ds))
		for i, d := range ds {
			out[i] = calendar.Event{UID: d.Key, Summary: d.Title, Day: d.DueOn, URL: d.Path,
				Description: "Scadenza in Capofila: " + d.Title, Categories: []string{string(d.Kind)}, AlarmsDaysBefore: d.RemindDaysBefore}
		}
		return out, nil
	}
}

// App is the assembled product.
type App struct {
	graph.Services
	// GraphQL is the GraphQL-over-HTTP handler (graph/handler).
	GraphQL http.Handler
	// Server is the HTTP server; Server.Handler() serves everything.
	Server *server.Server
	// Mail sends e-mail over one SMTP connection per batch; with e-mail
	// off (MailConfig.Enabled() false) it sends nothing. The notification
	// jobs build messages with mail.Immediate and mail.Digest over
	// MailConfig, after asking Services.NotifyPrefs.
	Mail mail.Sender
	// MailConfig is the configuration Mail sends with (Config.Mail).
	MailConfig mail.Config
}

// New assembles the product over an open database and its Ent client.
func New(cfg Config, d *db.DB, client *gen.Client, log *slog.Logger) *App {
	svc := NewServices(client, cfg.Auth, cfg.Documents, cfg.PublicURL)
	if !cfg.NoViewerCache {
		svc.Auth.CacheViewers(d.ViewerStamp)
	}
	if !cfg.NoReferenceCache {
		svc.Project.CacheReference(d.ReferenceStamp)
	}
	sender, err := mail.NewSender(cfg.Mail)
	if err != nil {
		panic(err) // cmd/capofila validates the configuration first
	}
	withNotifications(&svc, cfg, d, client, sender, log)
	limits := cfg.Limits.WithDefaults()
	trusted, err := handler.ParseTrustedDocuments(frontend.TrustedDocuments())
	if err != nil {
		panic(err) // generated by npm run codegen; the tests read it
	}
	var free func(context.Context) bool
	if cfg.TrustedDocumentsOnly {
		free = auth.ByToken
	}
	gql := handler.New(handler.Config{
		Trusted:       trusted,
		FreeDocuments: free,
		Dev:           cfg.Dev,
		Limits:        limits,
		Client:        client,
		Resolvers:     graph.NewResolver(client, svc, cfg.Version),
		Log:           log,
		OnOperation:   server.NoteOperation,
		OnCode:        server.NoteCode,
	})
	var oidc *auth.OIDC
	if cfg.OIDC.Enabled() {
		if oidc, err = auth.NewOIDC(cfg.OIDC, svc.Auth, cfg.Cookies, log); err != nil {
			panic(err) // cmd/capofila validates the configuration first
		}
	}
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
		OIDC:           oidc,
		Reports:        svc.Reports,
		Unsubscribe:    svc.NotifyPrefs.Handler(log),
		Calendar:       svc.Calendar,
		Access:         svc.Access,
	}, d, client, log)
	return &App{Services: svc, GraphQL: gql, Server: srv, Mail: sender, MailConfig: cfg.Mail}
}

// withNotifications builds the job queue of d (inserting only: Work starts
// it) and the notification service, and makes the services that emit
// events tell it.
func withNotifications(svc *graph.Services, cfg Config, d *db.DB, client *gen.Client, sender mail.Sender, log *slog.Logger) {
	q, err := jobs.New(d)
	if err != nil {
		panic(err) // d is SQLite or PostgreSQL: db.Open opens nothing else
	}
	if cfg.Now != nil {
		svc.Deadlines = deadlines.NewService(client, cfg.Now)
	}
	n := notify.New(client, cfg.Now, notify.Deps{
		Queue:     q,
		Mail:      notify.Mail{Sender: sender, Config: cfg.Mail, Links: svc.NotifyPrefs},
		Prefs:     svc.NotifyPrefs,
		Deadlines: notify.DeadlineReminders{S: svc.Deadlines},
		Log:       log,
	})
	svc.Funding.SetEvents(n)
	svc.Claims.SetEvents(n)
	svc.Project.SetEvents(n)
	svc.Disbursements.SetEvents(n)
	svc.Variation.SetEvents(n)
	svc.Access.SetEvents(n)
	svc.Notify, svc.Jobs = n, q
}

// Work starts working the job queue in this process (e-mail of events,
// the daily reminders and digests) until StopJobs; url is the database's,
// on which PostgreSQL workers listen for new jobs.
func (a *App) Work(ctx context.Context, url string, o jobs.Options) error {
	w := river.NewWorkers()
	a.Notify.Register(w)
	o.Workers, o.Periodic = w, a.Notify.Periodic()
	return a.Jobs.Work(ctx, url, o)
}

// StopJobs lets running jobs finish (until ctx ends) and stops working.
func (a *App) StopJobs(ctx context.Context) error { return a.Jobs.Stop(ctx) }
