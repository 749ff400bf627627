package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/server"
)

// runServe is "capofila serve": it applies the pending migrations, seeds
// the demo data if asked, and serves until SIGINT or SIGTERM.
func runServe(ctx context.Context, e env, args []string) error {
	var cfg config
	fs := newFlags("serve", &cfg, e.stderr)
	bindServeFlags(fs, &cfg)
	if done, err := parseFlags(fs, args); done {
		return err
	}
	// Settings that cannot work refuse to start before anything happens.
	if _, err := cfg.mailConfig(); err != nil {
		return err
	}
	if pu, err := parsePublicURL(cfg.PublicURL, cfg.Addr); err != nil {
		return err
	} else if _, err := cfg.oidcConfig(pu); err != nil {
		return err
	}
	log := newLogger(cfg.LogFormat, e.stderr)
	tuneGC(os.Getenv, log)
	// The address first: a busy port fails at once, before migrating and
	// seeding.
	ln, err := listen(cfg.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	d, err := cfg.openMigrated(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	if cfg.Seed {
		if err := seedDemo(ctx, d.Client(), e.stdout); err != nil {
			return err
		}
	}
	// The server's own pool, with the statement timeout that migrations
	// and seeding must not have.
	_ = d.Close()
	return serve(ctx, cfg, ln, log, e.stdout)
}

// listen opens the listening socket of serve; an address in use is said
// plainly, in Italian and English, with how to choose another.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("l'indirizzo %s è già in uso: un altro programma (forse un altro Capofila) è in ascolto. "+
			"Fermarlo, o scegliere un altro indirizzo: --addr 127.0.0.1:8081 (make run ADDR=127.0.0.1:8081)\n"+
			"address %s is already in use: another program (perhaps another Capofila) is listening on it. "+
			"Stop it, or choose another address: --addr 127.0.0.1:8081 (make run ADDR=127.0.0.1:8081)", addr, addr)
	}
	return ln, err
}

// bindServeFlags binds the flags of serve beyond the common ones.
func bindServeFlags(fs *flag.FlagSet, cfg *config) {
	fs.StringVar(&cfg.Addr, "addr", envOr("CAPOFILA_ADDR", "127.0.0.1:8080"), "listen address ($CAPOFILA_ADDR)")
	fs.BoolVar(&cfg.Dev, "dev", envBool("CAPOFILA_DEV"), "development mode: GraphiQL at /graphiql, introspection without signing in ($CAPOFILA_DEV)")
	fs.StringVar(&cfg.PublicURL, "public-url", envOr("CAPOFILA_PUBLIC_URL", ""), "address users reach Capofila at, e.g. https://capofila.example.it, written into calendar feeds and links; empty: http://ADDR ($CAPOFILA_PUBLIC_URL)")
	fs.BoolVar(&cfg.AnyDocuments, "any-graphql-documents", envBool("CAPOFILA_ANY_GRAPHQL_DOCUMENTS"), "accept from browser sessions GraphQL documents other than the web app's (always so with --dev; API tokens always may) ($CAPOFILA_ANY_GRAPHQL_DOCUMENTS)")
	fs.BoolVar(&cfg.Seed, "seed", envBool("CAPOFILA_SEED"), "load the demo data at start ($CAPOFILA_SEED)")
	bindDocumentFlags(fs, cfg)
	fs.BoolVar(&cfg.InsecureCookies, "insecure-cookies", envBool("CAPOFILA_INSECURE_COOKIES"), "session cookie without Secure, for plain-HTTP development ($CAPOFILA_INSECURE_COOKIES)")
	fs.DurationVar(&cfg.SessionIdle, "session-idle-timeout", envDuration("CAPOFILA_SESSION_IDLE_TIMEOUT", 12*time.Hour), "a session ends after this long without use ($CAPOFILA_SESSION_IDLE_TIMEOUT)")
	fs.BoolVar(&cfg.ViewerCache, "viewer-cache", envBoolOr("CAPOFILA_VIEWER_CACHE", true), "keep who a session or token is (user, roles) in memory, sparing a statement per request; changes reach every replica at once (PostgreSQL LISTEN/NOTIFY, docs/DEPLOY.md) ($CAPOFILA_VIEWER_CACHE)")
	fs.BoolVar(&cfg.ReferenceCache, "reference-cache", envBoolOr("CAPOFILA_REFERENCE_CACHE", true), "keep the reference data every page of a project shares (its call, members, population) in memory, sparing 5 statements per dashboard and project page; changes reach every replica at once (PostgreSQL LISTEN/NOTIFY, docs/DEPLOY.md) ($CAPOFILA_REFERENCE_CACHE)")
	fs.DurationVar(&cfg.SessionMaxAge, "session-max-age", envDuration("CAPOFILA_SESSION_MAX_AGE", 12*time.Hour), "a session ends this long after sign-in, however much it is used ($CAPOFILA_SESSION_MAX_AGE)")
	bindServeLimits(fs, cfg)
	bindMailFlags(fs, cfg)
	bindOIDCFlags(fs, cfg)
}

// bindServeLimits binds the flags of serve's limits and operations.
func bindServeLimits(fs *flag.FlagSet, cfg *config) {
	fs.DurationVar(&cfg.DBStatementTimeout, "db-statement-timeout", envDuration("CAPOFILA_DB_STATEMENT_TIMEOUT", 30*time.Second), "PostgreSQL cancels statements running longer; 0: no limit ($CAPOFILA_DB_STATEMENT_TIMEOUT)")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", envDuration("CAPOFILA_REQUEST_TIMEOUT", handler.DefaultRequestTimeout), "deadline of a request, file uploads excepted; negative: none ($CAPOFILA_REQUEST_TIMEOUT)")
	fs.DurationVar(&cfg.UploadTimeout, "upload-timeout", envDuration("CAPOFILA_UPLOAD_TIMEOUT", handler.DefaultUploadTimeout), "deadline of a multipart upload once its body is received; negative: none ($CAPOFILA_UPLOAD_TIMEOUT)")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", envDuration("CAPOFILA_SHUTDOWN_TIMEOUT", 25*time.Second), "on SIGTERM, how long in-flight requests may finish ($CAPOFILA_SHUTDOWN_TIMEOUT)")
	fs.Float64Var(&cfg.RateUser, "rate-limit-user", envFloat("CAPOFILA_RATE_LIMIT_USER", 20), "API requests per second per signed-in user; 0: no limit ($CAPOFILA_RATE_LIMIT_USER)")
	fs.Float64Var(&cfg.RateAddress, "rate-limit-address", envFloat("CAPOFILA_RATE_LIMIT_ADDRESS", 50), "API requests per second per client address; 0: no limit ($CAPOFILA_RATE_LIMIT_ADDRESS)")
	fs.IntVar(&cfg.RateBurst, "rate-limit-burst", envIntOr("CAPOFILA_RATE_LIMIT_BURST", 60), "requests a quiet user or address may send at once ($CAPOFILA_RATE_LIMIT_BURST)")
	fs.BoolVar(&cfg.RateShared, "rate-limit-shared", envBool("CAPOFILA_RATE_LIMIT_SHARED"), "keep the rate limits in PostgreSQL, shared by every replica: one more statement per API request ($CAPOFILA_RATE_LIMIT_SHARED)")
	fs.StringVar(&cfg.TrustedProxies, "trusted-proxies", envOr("CAPOFILA_TRUSTED_PROXIES", ""), "comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed ($CAPOFILA_TRUSTED_PROXIES)")
	fs.BoolVar(&cfg.Jobs, "jobs", envBoolOr("CAPOFILA_JOBS", true), "work the job queue in this process: e-mail of events, daily reminders and digests; every replica may, each job runs once ($CAPOFILA_JOBS)")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", envOr("CAPOFILA_METRICS_ADDR", ""), "serve Prometheus metrics at http://ADDR/metrics, e.g. 127.0.0.1:9464; empty: off ($CAPOFILA_METRICS_ADDR)")
}

func serve(ctx context.Context, cfg config, ln net.Listener, log *slog.Logger, stdout io.Writer) error {
	if cfg.SessionIdle < 0 || cfg.SessionMaxAge < 0 {
		return errors.New("--session-idle-timeout and --session-max-age must be positive (0: the default, 12h)")
	}
	proxies, err := parsePrefixes(cfg.TrustedProxies)
	if err != nil {
		return err
	}
	publicURL, err := parsePublicURL(cfg.PublicURL, ln.Addr().String())
	if err != nil {
		return err
	}
	if cfg.Mail, err = cfg.mailConfig(); err != nil {
		return err
	}
	oidcCfg, err := cfg.oidcConfig(publicURL)
	if err != nil {
		return err
	}
	docs, err := cfg.documentStore(ctx)
	if err != nil {
		return err
	}
	d, err := db.Open(ctx, cfg.DatabaseURL, cfg.dbOptions(true))
	if err != nil {
		return err
	}
	defer d.Close()
	if cfg.RateShared && d.Dialect != dialect.Postgres {
		return errors.New("--rate-limit-shared needs PostgreSQL: the embedded database serves one process, whose own rate limits are exact")
	}
	a := app.New(app.Config{
		Dev: cfg.Dev, Version: version,
		TrustedDocumentsOnly: cfg.trustedDocumentsOnly(),
		Auth:                 auth.Config{SessionTTL: cfg.SessionIdle, SessionMaxAge: cfg.SessionMaxAge, PasswordSignInDisabled: cfg.NoPasswordSignIn},
		NoViewerCache:        !cfg.ViewerCache,
		NoReferenceCache:     !cfg.ReferenceCache,
		OIDC:                 oidcCfg,
		Cookies:              auth.HTTPConfig{InsecureCookie: cfg.InsecureCookies},
		Web:                  frontend.Dist(),
		Documents:            docs,
		Limits:               handler.Limits{RequestTimeout: cfg.RequestTimeout, UploadTimeout: cfg.UploadTimeout},
		Rate:                 server.RateLimit{PerUser: cfg.RateUser, PerAddress: cfg.RateAddress, Burst: cfg.RateBurst, Shared: cfg.RateShared},
		TrustedProxies:       proxies,
		PublicURL:            publicURL,
		Mail:                 cfg.Mail,
	}, d, d.Client(), log)
	srv := a.Server
	if cfg.ViewerCache || cfg.ReferenceCache {
		// Until it listens (PostgreSQL), requests read their viewer and
		// their reference data.
		go d.ListenViewers(ctx, log)
	}
	if cfg.Jobs {
		if err := a.Work(ctx, cfg.DatabaseURL, jobs.Options{Logger: log}); err != nil {
			return fmt.Errorf("starting the job queue: %w", err)
		}
		defer func() {
			stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
			defer cancel()
			if err := a.StopJobs(stopCtx); err != nil {
				log.Warn("stopping the job queue", "err", err)
			}
		}()
	}
	const readTimeout = 120 * time.Second
	servers := []listening{{ln, &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       readTimeout, // uploads of up to 20 MB on slow links
		// The answer must still reach the client when a request ends at its
		// deadline: the write timeout runs from the end of the headers,
		// through the body's upload and the operation's deadline.
		WriteTimeout: readTimeout + max(cfg.RequestTimeout, cfg.UploadTimeout, 0) + 30*time.Second,
		IdleTimeout:  120 * time.Second,
	}}}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Capofila %s in ascolto su %s\n  App web: %s/\n  GraphQL: %s/graphql\n  Documenti: %s\n  E-mail: %s\n", version, url, url, url, cfg.documentsWhere(), cfg.mailWhere())
	if oidcCfg.Enabled() {
		fmt.Fprintf(stdout, "  Accesso OpenID Connect: %s (ritorno a %s)\n", oidcCfg.Issuer, oidcCfg.RedirectURL)
	}
	if cfg.Dev {
		fmt.Fprintf(stdout, "  GraphiQL: %s/graphiql\n", url)
	}
	if cfg.MetricsAddr != "" {
		mln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("metrics address: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", srv.MetricsHandler())
		servers = append(servers, listening{mln, &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}})
		fmt.Fprintf(stdout, "  Metriche: http://%s/metrics\n", mln.Addr())
	}
	return serveUntilDone(ctx, log, cfg.ShutdownTimeout, servers...)
}

// listening is an HTTP server and the listener it serves.
type listening struct {
	ln  net.Listener
	srv *http.Server
}

// serveUntilDone serves until ctx ends (SIGINT, SIGTERM) or a server
// fails; then it stops accepting connections and lets in-flight requests
// finish, for at most grace.
func serveUntilDone(ctx context.Context, log *slog.Logger, grace time.Duration, servers ...listening) error {
	errc := make(chan error, len(servers))
	for _, s := range servers {
		go func() { errc <- s.srv.Serve(s.ln) }()
	}
	var err error
	select {
	case err = <-errc:
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing in-flight requests", "grace", grace.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	for _, s := range servers {
		if serr := s.srv.Shutdown(shutdownCtx); serr != nil && err == nil {
			err = serr
		}
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// parsePublicURL reads --public-url: an absolute http(s) address without
// query or fragment; empty, the listening address over plain HTTP.
func parsePublicURL(s, listenAddr string) (*url.URL, error) {
	if s == "" {
		return &url.URL{Scheme: "http", Host: listenAddr}, nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("--public-url %q: want an absolute http(s) address without query, e.g. https://capofila.example.it", s)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// parsePrefixes reads a comma-separated list of addresses and CIDRs.
func parsePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR", f)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// trustedDocumentsOnly reports whether browser sessions may send only the
// web app's GraphQL documents: in production, unless
// --any-graphql-documents says otherwise.
func (cfg config) trustedDocumentsOnly() bool { return !cfg.Dev && !cfg.AnyDocuments }
