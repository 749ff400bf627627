package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/mail"
	"github.com/capofila/capofila/internal/migrate"
)

// config is the process configuration, from flags and environment.
type config struct {
	DatabaseURL string
	Addr        string
	Dev         bool
	Seed        bool
	DBMaxConns  int
	LogFormat   string
	ComuniFile  string
	// InsecureCookies drops the Secure attribute of the session cookie.
	InsecureCookies bool
	// AnyDocuments lets browser sessions send GraphQL documents other
	// than the web app's (serve's --any-graphql-documents).
	AnyDocuments bool
	// SessionIdle ends a session unused for that long; SessionMaxAge ends
	// it that long after sign-in, however much it is used.
	SessionIdle, SessionMaxAge time.Duration
	// DocumentsDir is where uploaded documents are kept when DocumentsS3
	// has no endpoint.
	DocumentsDir string
	// DocumentsS3 is the bucket of the documents, shared by every replica.
	DocumentsS3 docstore.S3Config

	DBMaxIdleConns     int
	DBConnMaxLifetime  time.Duration
	DBStatementTimeout time.Duration
	RequestTimeout     time.Duration
	UploadTimeout      time.Duration
	ShutdownTimeout    time.Duration
	RateUser           float64
	RateAddress        float64
	RateBurst          int
	RateShared         bool
	// TrustedProxies is a comma-separated list of addresses or CIDRs.
	TrustedProxies string
	// MetricsAddr is where /metrics is served; empty: nowhere.
	MetricsAddr string
	// Jobs makes the process work the job queue.
	Jobs bool
	// Mail is the SMTP server and sender of e-mail (the password from the
	// environment only), and the public URL of the app for its links.
	Mail mail.Config
	// OIDC is the OpenID Connect provider people sign in with (the client
	// secret from the environment only); OIDCScopes and OIDCClaims are
	// its space- or comma-separated lists as given.
	OIDC                   auth.OIDCConfig
	OIDCScopes, OIDCClaims string
	// NoPasswordSignIn turns sign-in by e-mail and password off.
	NoPasswordSignIn bool
	// ViewerCache keeps the viewers of sessions and tokens in memory
	// (internal/auth cache.go); on by default.
	ViewerCache bool
	// ReferenceCache keeps the reference data of projects' pages in
	// memory (internal/project summary_reference.go); on by default.
	ReferenceCache bool
	// PublicURL is the address users reach Capofila at, e.g.
	// https://capofila.regione.marche.it: written into the links Capofila
	// sends out (calendar feeds). Empty: the listening address.
	PublicURL string
}

// dbOptions are the pool settings; the statement timeout is for the
// server's requests only (migrations and maintenance run without it).
func (c config) dbOptions(withTimeouts bool) db.Options {
	o := db.Options{MaxOpenConns: c.DBMaxConns, MaxIdleConns: c.DBMaxIdleConns, ConnMaxLifetime: c.DBConnMaxLifetime}
	if withTimeouts {
		o.StatementTimeout = c.DBStatementTimeout
	}
	return o
}

// openDB opens the database for a maintenance command.
func (c config) openDB(ctx context.Context) (*db.DB, error) {
	return db.Open(ctx, c.DatabaseURL, c.dbOptions(false))
}

// onMigrated runs a maintenance command: it parses the common flags and
// those bind adds (bind may be nil), opens the database, applies the
// pending migrations and calls run with the database and the flags.
func onMigrated(ctx context.Context, e env, name string, args []string, bind func(*flag.FlagSet, *config),
	run func(context.Context, *db.DB, config) error) error {
	var cfg config
	fs := newFlags(name, &cfg, e.stderr)
	if bind != nil {
		bind(fs, &cfg)
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	d, err := cfg.openMigrated(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	return run(ctx, d, cfg)
}

// openMigrated opens the database for a maintenance command and applies
// the pending migrations.
func (c config) openMigrated(ctx context.Context) (*db.DB, error) {
	d, err := c.openDB(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := migrate.Up(ctx, d.SQL, d.Dialect); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func envBool(key string) bool {
	b, _ := strconv.ParseBool(os.Getenv(key))
	return b
}

// envBoolOr reads a boolean variable, def when unset or unreadable.
func envBoolOr(key string, def bool) bool {
	if b, err := strconv.ParseBool(os.Getenv(key)); err == nil {
		return b
	}
	return def
}

func envInt(key string) int {
	n, _ := strconv.Atoi(os.Getenv(key))
	return n
}

func envIntOr(key string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return n
	}
	return def
}

func envFloat(key string, def float64) float64 {
	if f, err := strconv.ParseFloat(os.Getenv(key), 64); err == nil {
		return f
	}
	return def
}

func envDuration(key string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return d
	}
	return def
}

// newFlags returns the flag set of a command with the flags every command
// has: the database and the log format.
func newFlags(name string, cfg *config, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("capofila "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.DatabaseURL, "database-url", envOr("CAPOFILA_DATABASE_URL", db.DefaultURL), "database URL: postgres://… or sqlite:PATH ($CAPOFILA_DATABASE_URL)")
	fs.IntVar(&cfg.DBMaxConns, "db-max-conns", envInt("CAPOFILA_DB_MAX_CONNS"), "database pool size; 0 for the default ($CAPOFILA_DB_MAX_CONNS)")
	fs.IntVar(&cfg.DBMaxIdleConns, "db-max-idle-conns", envInt("CAPOFILA_DB_MAX_IDLE_CONNS"), "idle connections kept in the pool; 0: the pool size ($CAPOFILA_DB_MAX_IDLE_CONNS)")
	fs.DurationVar(&cfg.DBConnMaxLifetime, "db-conn-max-lifetime", envDuration("CAPOFILA_DB_CONN_MAX_LIFETIME", 30*time.Minute), "recycle database connections after this long ($CAPOFILA_DB_CONN_MAX_LIFETIME)")
	fs.StringVar(&cfg.LogFormat, "log-format", envOr("CAPOFILA_LOG_FORMAT", "text"), "log format: text or json ($CAPOFILA_LOG_FORMAT)")
	return fs
}

// parseFlags parses a command's arguments; done is true when the command
// has nothing more to do: --help was asked (err is nil) or they are wrong.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return true, err
	}
	return false, nil
}

// bindDocumentFlags binds where the documents are kept: the folder, or an
// S3 bucket when an endpoint is set. The credentials are read from the
// environment only: flags show in ps and in shell histories.
func bindDocumentFlags(fs *flag.FlagSet, cfg *config) {
	s3 := &cfg.DocumentsS3
	fs.StringVar(&cfg.DocumentsDir, "documents-dir", envOr("CAPOFILA_DOCUMENTS_DIR", "data/documents"), "folder of uploaded documents, when no S3 endpoint is set ($CAPOFILA_DOCUMENTS_DIR)")
	fs.StringVar(&s3.Endpoint, "documents-s3-endpoint", envOr("CAPOFILA_DOCUMENTS_S3_ENDPOINT", ""), "keep the documents in an S3-compatible bucket at this host[:port] instead of the folder; credentials from $CAPOFILA_DOCUMENTS_S3_ACCESS_KEY and $CAPOFILA_DOCUMENTS_S3_SECRET_KEY ($CAPOFILA_DOCUMENTS_S3_ENDPOINT)")
	fs.StringVar(&s3.Bucket, "documents-s3-bucket", envOr("CAPOFILA_DOCUMENTS_S3_BUCKET", ""), "bucket of the documents; it must exist ($CAPOFILA_DOCUMENTS_S3_BUCKET)")
	fs.StringVar(&s3.Region, "documents-s3-region", envOr("CAPOFILA_DOCUMENTS_S3_REGION", ""), "region of the bucket; empty: asked to the service ($CAPOFILA_DOCUMENTS_S3_REGION)")
	fs.StringVar(&s3.Prefix, "documents-s3-prefix", envOr("CAPOFILA_DOCUMENTS_S3_PREFIX", ""), "put before every object name, e.g. capofila/ ($CAPOFILA_DOCUMENTS_S3_PREFIX)")
	fs.BoolVar(&s3.Insecure, "documents-s3-insecure", envBool("CAPOFILA_DOCUMENTS_S3_INSECURE"), "plain HTTP to the S3 endpoint instead of HTTPS ($CAPOFILA_DOCUMENTS_S3_INSECURE)")
	s3.AccessKey = os.Getenv("CAPOFILA_DOCUMENTS_S3_ACCESS_KEY")
	s3.SecretKey = os.Getenv("CAPOFILA_DOCUMENTS_S3_SECRET_KEY")
}

// documentStore opens the configured document store: the folder, or the
// bucket, whose existence is checked now so that a misconfigured server
// fails at start.
func (c config) documentStore(ctx context.Context) (docstore.Store, error) {
	if c.DocumentsS3.Endpoint == "" {
		if c.DocumentsS3.Bucket != "" || c.DocumentsS3.Prefix != "" {
			return nil, errors.New("documents: an S3 bucket or prefix is set but no --documents-s3-endpoint: the documents would stay in the local folder")
		}
		return docstore.Disk{Root: c.DocumentsDir}, nil
	}
	s, err := c.s3Store(ctx)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// s3Store opens the configured bucket.
func (c config) s3Store(ctx context.Context) (*docstore.S3, error) {
	if c.DocumentsS3.AccessKey == "" || c.DocumentsS3.SecretKey == "" {
		return nil, errors.New("documents: the bucket needs the keys in $CAPOFILA_DOCUMENTS_S3_ACCESS_KEY and $CAPOFILA_DOCUMENTS_S3_SECRET_KEY (environment only)")
	}
	s, err := docstore.NewS3(ctx, c.DocumentsS3)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return s, nil
}

// documentsWhere says where the documents are, for messages.
func (c config) documentsWhere() string {
	if s3 := c.DocumentsS3; s3.Endpoint != "" {
		return fmt.Sprintf("s3://%s/%s (%s)", s3.Bucket, strings.Trim(s3.Prefix, "/"), s3.Endpoint)
	}
	return c.DocumentsDir
}

func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// bindMailFlags binds the e-mail settings of serve. The SMTP password is
// read from the environment only: flags show in ps and in shell histories.
func bindMailFlags(fs *flag.FlagSet, cfg *config) {
	m := &cfg.Mail
	fs.StringVar(&m.Host, "smtp-host", envOr("CAPOFILA_SMTP_HOST", ""), "SMTP server that sends e-mail; empty: no e-mail is sent ($CAPOFILA_SMTP_HOST)")
	fs.IntVar(&m.Port, "smtp-port", envIntOr("CAPOFILA_SMTP_PORT", 587), "port of the SMTP server ($CAPOFILA_SMTP_PORT)")
	fs.Func("smtp-security", "starttls (default), tls, or none (only for a server on this host) ($CAPOFILA_SMTP_SECURITY)", func(v string) error {
		m.Security = mail.Security(v)
		return nil
	})
	m.Security = mail.Security(envOr("CAPOFILA_SMTP_SECURITY", string(mail.StartTLS)))
	fs.StringVar(&m.User, "smtp-user", envOr("CAPOFILA_SMTP_USER", ""), "SMTP user; the password from $CAPOFILA_SMTP_PASSWORD (environment only) ($CAPOFILA_SMTP_USER)")
	fs.StringVar(&m.From, "mail-from", envOr("CAPOFILA_MAIL_FROM", ""), "sender of e-mail, e.g. \"Capofila <noreply@regione.example.it>\"; required with --smtp-host ($CAPOFILA_MAIL_FROM)")
	m.Password = os.Getenv("CAPOFILA_SMTP_PASSWORD")
}

// mailConfig checks the e-mail settings: invalid ones refuse to start.
func (c config) mailConfig() (mail.Config, error) {
	m := c.Mail
	m.BaseURL = strings.TrimRight(c.PublicURL, "/") // --public-url, required with --smtp-host
	if m.BaseURL != "" {
		if u, err := url.Parse(m.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" {
			return m, fmt.Errorf("--public-url %q non è un indirizzo http(s) valido (es. https://capofila.regione.it)\n"+
				"--public-url %q is not a valid http(s) address (e.g. https://capofila.regione.it)", c.PublicURL, c.PublicURL)
		}
	}
	if !m.Enabled() && (m.User != "" || m.Password != "" || m.From != "") {
		return m, errors.New("e-mail: --smtp-user, --mail-from o CAPOFILA_SMTP_PASSWORD sono impostati ma --smtp-host no: nessuna e-mail sarebbe inviata\n" +
			"e-mail: --smtp-user, --mail-from or CAPOFILA_SMTP_PASSWORD is set but --smtp-host is not: no e-mail would be sent")
	}
	return m, m.Validate()
}

// mailWhere says how e-mail is sent, for the start message.
func (c config) mailWhere() string {
	m := c.Mail
	if !m.Enabled() {
		return "disattivata (--smtp-host non impostato): nessuna e-mail viene inviata"
	}
	return fmt.Sprintf("smtp://%s:%d (%s) da %s, link a %s", m.Host, m.Port, m.Security, m.From, m.BaseURL)
}

// bindOIDCFlags binds the settings of sign-in through an OpenID Connect
// provider (a SPID/CIE gateway, Keycloak…). The client secret is read from
// the environment only: flags show in ps and in shell histories.
func bindOIDCFlags(fs *flag.FlagSet, cfg *config) {
	o := &cfg.OIDC
	fs.StringVar(&o.Issuer, "oidc-issuer", envOr("CAPOFILA_OIDC_ISSUER", ""), "issuer URL of the OpenID Connect provider (SPID/CIE gateway, Keycloak realm); empty: no sign-in through it ($CAPOFILA_OIDC_ISSUER)")
	fs.StringVar(&o.ClientID, "oidc-client-id", envOr("CAPOFILA_OIDC_CLIENT_ID", ""), "client id of Capofila at the provider; the secret from $CAPOFILA_OIDC_CLIENT_SECRET (environment only) ($CAPOFILA_OIDC_CLIENT_ID)")
	fs.StringVar(&o.RedirectURL, "oidc-redirect-url", envOr("CAPOFILA_OIDC_REDIRECT_URL", ""), "callback to register at the provider; empty: PUBLIC_URL/auth/oidc/callback ($CAPOFILA_OIDC_REDIRECT_URL)")
	fs.StringVar(&cfg.OIDCScopes, "oidc-scopes", envOr("CAPOFILA_OIDC_SCOPES", strings.Join(auth.DefaultOIDCScopes, " ")), "scopes asked for, space- or comma-separated ($CAPOFILA_OIDC_SCOPES)")
	fs.StringVar(&cfg.OIDCClaims, "oidc-fiscal-number-claim", envOr("CAPOFILA_OIDC_FISCAL_NUMBER_CLAIM", strings.Join(auth.DefaultFiscalNumberClaims, ",")), "ID token claim carrying the codice fiscale; several, comma-separated, are tried in order ($CAPOFILA_OIDC_FISCAL_NUMBER_CLAIM)")
	fs.BoolVar(&cfg.NoPasswordSignIn, "no-password-sign-in", envBool("CAPOFILA_NO_PASSWORD_SIGN_IN"), "refuse sign-in by e-mail and password: people sign in through the OpenID Connect provider only ($CAPOFILA_NO_PASSWORD_SIGN_IN)")
	o.ClientSecret = os.Getenv("CAPOFILA_OIDC_CLIENT_SECRET")
}

// oidcConfig completes and checks the OpenID Connect settings: the
// redirect URL defaults to the public URL's /auth/oidc/callback. Invalid
// settings refuse to start.
func (c config) oidcConfig(publicURL *url.URL) (auth.OIDCConfig, error) {
	o := c.OIDC
	if !o.Enabled() {
		if o.ClientID != "" || o.ClientSecret != "" {
			return o, errors.New("OIDC: --oidc-client-id o CAPOFILA_OIDC_CLIENT_SECRET sono impostati ma --oidc-issuer no\n" +
				"OIDC: --oidc-client-id or CAPOFILA_OIDC_CLIENT_SECRET is set but --oidc-issuer is not")
		}
		if c.NoPasswordSignIn {
			return o, errors.New("--no-password-sign-in senza --oidc-issuer: nessuno potrebbe accedere\n" +
				"--no-password-sign-in without --oidc-issuer: nobody could sign in")
		}
		return o, nil
	}
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	}
	o.Scopes, o.FiscalNumberClaims = split(c.OIDCScopes), split(c.OIDCClaims)
	if o.RedirectURL == "" && publicURL != nil {
		o.RedirectURL = strings.TrimSuffix(publicURL.String(), "/") + "/auth/oidc/callback"
	}
	return o, o.Validate()
}
