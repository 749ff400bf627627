// Command capofila is the Capofila server and its maintenance commands.
// This file only wires configuration, database, Ent and HTTP together; the
// behaviour lives in internal/.
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
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // Europe/Rome without relying on the host's zoneinfo

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/migrate"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/refdata"
	"github.com/capofila/capofila/internal/reference"
	"github.com/capofila/capofila/internal/server"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

const usage = `Capofila — funding and running regional digital-transformation projects of
aggregations of Italian public bodies.

Usage:
  capofila <command> [flags]

Commands:
  serve          start the HTTP server (GraphQL at /graphql); applies pending migrations first
  migrate up     apply pending database migrations
  migrate status list migrations and whether they are applied
  import-comuni  load or update every Italian comune and the Region bodies (ISTAT data)
  import-population  load ISTAT's population resident at 1 January by comune:
                 capofila import-population --file POSAS_2025_it_Comuni.csv [--year 2025]
  import-ipa     set codice fiscale, IPA code and e-invoicing offices (codici univoci ufficio) of the bodies
                 from the IndicePA open data: capofila import-ipa --file enti.csv --file serv_fatt.csv
  seed           load the "Marche Sud" demo data and demo users (imports the comuni if missing); idempotent
                 seed --scale national [--scale-factor F] [--reset]: a deterministic country of 2,000
                 funded aggregations (PostgreSQL only, empty database), for performance work
  user create    create a user:  capofila user create --email E --name N  (password from $CAPOFILA_PASSWORD or stdin)
  user grant     assign a role:  capofila user grant --email E --role ROLE [--region-code 11]
                                   [--aggregation NAME_OR_ID] [--body-istat 044066 | --body ID]
  export         write an open-data export or a report: capofila export --cup CUP --what ocds|allocazioni.xlsx|fatture.csv|spese.csv|budget.csv|trasparenza.csv|trasparenza.xlsx|rendiconto-1 [--out F]
                                   capofila export --what anac190 --body-istat 044066 --year 2023   (L. 190/2012 XML, years up to 2023;
                                   from 2024 the transparency table links each CIG to ANAC's BDNCP record)
  backup         write a backup of the embedded SQLite database and the documents: capofila backup --out F.tar.gz
                 (online; on PostgreSQL use pg_dump, see docs/DEPLOY.md)
  restore        restore such a backup, the server stopped: capofila restore --from F.tar.gz [--force]
  version        print the version

Configuration (flags override environment variables):
  --database-url  $CAPOFILA_DATABASE_URL  database: postgres://user@host:5432/db?sslmode=disable
                                          or sqlite:PATH (default sqlite:data/capofila.db)
  --addr          $CAPOFILA_ADDR          listen address of serve (default 127.0.0.1:8080)
  --dev           $CAPOFILA_DEV           development mode: GraphiQL at /graphiql (default false)
  --seed          $CAPOFILA_SEED          serve: load the demo data at start (default false)
  --db-max-conns  $CAPOFILA_DB_MAX_CONNS  database pool size (default 20 PostgreSQL, 8 SQLite)
  --db-max-idle-conns $CAPOFILA_DB_MAX_IDLE_CONNS  idle connections kept (default: the pool size)
  --db-conn-max-lifetime $CAPOFILA_DB_CONN_MAX_LIFETIME  recycle connections after (default 30m)
  --log-format    $CAPOFILA_LOG_FORMAT    text or json (default text)
  --insecure-cookies $CAPOFILA_INSECURE_COOKIES  serve: session cookie without Secure (plain HTTP only)
  --documents-dir $CAPOFILA_DOCUMENTS_DIR  serve, export, backup, restore: folder of uploaded documents (default data/documents)
  --documents-s3-endpoint $CAPOFILA_DOCUMENTS_S3_ENDPOINT  serve, export, backup, restore: keep the documents in an
                                          S3-compatible bucket (MinIO, …) at host[:port] instead of the folder,
                                          as several replicas need; then also:
    --documents-s3-bucket $CAPOFILA_DOCUMENTS_S3_BUCKET  the bucket (must exist; checked at start)
    --documents-s3-region $CAPOFILA_DOCUMENTS_S3_REGION  its region (default: asked to the service)
    --documents-s3-prefix $CAPOFILA_DOCUMENTS_S3_PREFIX  put before every object name, e.g. capofila/
    --documents-s3-insecure $CAPOFILA_DOCUMENTS_S3_INSECURE  plain HTTP to the endpoint (default false: HTTPS)
    $CAPOFILA_DOCUMENTS_S3_ACCESS_KEY, $CAPOFILA_DOCUMENTS_S3_SECRET_KEY  the credentials (environment only)
  --db-statement-timeout $CAPOFILA_DB_STATEMENT_TIMEOUT  serve: PostgreSQL cancels statements running longer (default 30s)
  --request-timeout $CAPOFILA_REQUEST_TIMEOUT  serve: deadline of a request, uploads excepted (default 30s)
  --upload-timeout $CAPOFILA_UPLOAD_TIMEOUT    serve: deadline of a multipart upload once received (default 2m)
  --shutdown-timeout $CAPOFILA_SHUTDOWN_TIMEOUT  serve: how long in-flight requests may finish on SIGTERM (default 25s)
  --rate-limit-user $CAPOFILA_RATE_LIMIT_USER  serve: API requests per second per user, 0 = no limit (default 20)
  --rate-limit-address $CAPOFILA_RATE_LIMIT_ADDRESS  serve: API requests per second per client address (default 50)
  --rate-limit-burst $CAPOFILA_RATE_LIMIT_BURST  serve: requests a quiet client may send at once (default 60)
  --rate-limit-shared $CAPOFILA_RATE_LIMIT_SHARED  serve: the rate limits are shared by every replica (PostgreSQL; default: each process its own)
  --trusted-proxies $CAPOFILA_TRUSTED_PROXIES  serve: addresses/CIDRs of proxies whose X-Forwarded-For is believed
  --metrics-addr  $CAPOFILA_METRICS_ADDR  serve: Prometheus metrics at http://ADDR/metrics (default: off)

Run "capofila <command> --help" for the flags of a command.
`

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "capofila:", err)
		os.Exit(1)
	}
}

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

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		return nil
	}
	var (
		cfg config
		uf  userFlags
		ef  exportFlags
		bf  backupFlags
		sf  seedFlags
		rf  refFlags
	)
	cmd, rest := args[0], args[1:]
	fs := newFlags(cmd, &cfg, stderr)
	switch cmd {
	case "serve":
		fs.StringVar(&cfg.Addr, "addr", envOr("CAPOFILA_ADDR", "127.0.0.1:8080"), "listen address ($CAPOFILA_ADDR)")
		fs.BoolVar(&cfg.Dev, "dev", envBool("CAPOFILA_DEV"), "development mode: GraphiQL at /graphiql ($CAPOFILA_DEV)")
		fs.BoolVar(&cfg.Seed, "seed", envBool("CAPOFILA_SEED"), "load the demo data at start ($CAPOFILA_SEED)")
		bindDocumentFlags(fs, &cfg)
		fs.BoolVar(&cfg.InsecureCookies, "insecure-cookies", envBool("CAPOFILA_INSECURE_COOKIES"), "session cookie without Secure, for plain-HTTP development ($CAPOFILA_INSECURE_COOKIES)")
		bindServeLimits(fs, &cfg)
	case "migrate":
		if len(rest) == 0 || (rest[0] != "up" && rest[0] != "status") {
			return errors.New(`migrate needs a subcommand: "up" or "status"`)
		}
		cmd, rest = "migrate "+rest[0], rest[1:]
	case "import-comuni":
		fs.StringVar(&cfg.ComuniFile, "file", "", "read the comuni from this file (format of internal/refdata) instead of the embedded ISTAT data")
	case "import-population":
		bindPopulationFlags(fs, &rf)
	case "import-ipa":
		bindIPAFlags(fs, &rf)
	case "seed":
		bindSeedFlags(fs, &sf)
	case "user":
		if len(rest) == 0 || (rest[0] != "create" && rest[0] != "grant") {
			return errors.New(`user needs a subcommand: "create" or "grant"`)
		}
		cmd, rest = "user "+rest[0], rest[1:]
		fs = newFlags(cmd, &cfg, stderr)
		bindUserFlags(fs, &uf)
	case "export":
		bindExportFlags(fs, &ef)
		bindDocumentFlags(fs, &cfg)
	case "backup", "restore":
		bindBackupFlags(fs, cmd, &cfg, &bf)
	case "version":
		fmt.Fprintln(stdout, version)
		return nil
	default:
		return fmt.Errorf("unknown command %q (see capofila --help)", cmd)
	}
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	log := newLogger(cfg.LogFormat, stderr)
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch cmd {
	case "restore":
		return restore(ctx, cfg, bf, stdout)
	case "backup":
		if db.IsPostgres(cfg.DatabaseURL) {
			return errPostgresBackup
		}
	case "seed":
		if err := sf.check(cfg.DatabaseURL); err != nil {
			return err
		}
	}
	d, err := db.Open(ctx, cfg.DatabaseURL, cfg.dbOptions(false))
	if err != nil {
		return err
	}
	defer d.Close()
	switch cmd {
	case "backup":
		return backup(ctx, d, cfg, bf, stdout)
	case "migrate up":
		n, err := migrate.Up(ctx, d.SQL, d.Dialect)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d migrations applied\n", n)
		return nil
	case "migrate status":
		st, err := migrate.Status(ctx, d.SQL, d.Dialect)
		if err != nil {
			return err
		}
		for _, m := range st {
			state := "pending"
			if m.Applied {
				state = "applied"
			}
			fmt.Fprintf(stdout, "%-8s %d %s\n", state, m.Version, m.Source)
		}
		return nil
	}
	if _, err := migrate.Up(ctx, d.SQL, d.Dialect); err != nil {
		return err
	}
	client := d.Client()
	switch cmd {
	case "import-comuni":
		ds, err := loadComuni(cfg.ComuniFile)
		if err != nil {
			return err
		}
		res, err := reference.Import(ctx, client, ds)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d comuni and %d Region bodies loaded (list as of %s, population %d census; source: ISTAT, CC BY 3.0 IT)\n",
			res.Comuni, res.Regions, res.ReferenceDate, res.PopulationYear)
		return nil
	case "import-population":
		return importPopulation(ctx, client, rf, stdout)
	case "import-ipa":
		return importIPA(ctx, client, rf, stdout)
	case "seed":
		if sf.national() {
			return seedNational(ctx, cfg.DatabaseURL, sf, stdout)
		}
		return seedDemo(ctx, client, stdout)
	case "user create":
		return userCreate(ctx, client, uf, os.Stdin, stdout)
	case "user grant":
		return userGrant(ctx, client, uf, stdout)
	case "export":
		docs, err := cfg.documentStore(ctx)
		if err != nil {
			return err
		}
		return exportData(ctx, client, docs, ef, stdout)
	case "serve":
		if cfg.Seed {
			if err := seedDemo(ctx, client, stdout); err != nil {
				return err
			}
		}
		// The server's own pool, with the statement timeout that
		// migrations and seeding must not have.
		_ = d.Close()
		return serve(ctx, cfg, log, stdout)
	}
	return nil
}

func loadComuni(path string) (*refdata.Dataset, error) {
	if path == "" {
		return refdata.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return refdata.Read(f)
}

func seedDemo(ctx context.Context, client *gen.Client, stdout io.Writer) error {
	res, err := demo.SeedFull(ctx, client)
	if err != nil {
		return fmt.Errorf("seeding demo data: %w", err)
	}
	fmt.Fprintf(stdout, "Demo data: aggregazione %q, %d enti, %d abitanti; domanda in bozza per %s.\n",
		res.Aggregation.Name, res.Members, res.Population, money.FormatEUR(res.BudgetCents))
	fmt.Fprintf(stdout, "Accessi dimostrativi (password per tutti: %s):\n", demo.Password)
	for _, u := range demo.Users {
		fmt.Fprintf(stdout, "  %-34s %-16s %s\n", u.Email, u.Role, u.What)
	}
	return nil
}

func serve(ctx context.Context, cfg config, log *slog.Logger, stdout io.Writer) error {
	proxies, err := parsePrefixes(cfg.TrustedProxies)
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
	srv := server.New(server.Config{
		Dev: cfg.Dev, Version: version,
		Cookies:        auth.HTTPConfig{InsecureCookie: cfg.InsecureCookies},
		Web:            frontend.Dist(),
		Documents:      docs,
		Limits:         server.Limits{RequestTimeout: cfg.RequestTimeout, UploadTimeout: cfg.UploadTimeout},
		Rate:           server.RateLimit{PerUser: cfg.RateUser, PerAddress: cfg.RateAddress, Burst: cfg.RateBurst, Shared: cfg.RateShared},
		TrustedProxies: proxies,
	}, d, d.Client(), log)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
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
	fmt.Fprintf(stdout, "Capofila %s in ascolto su %s\n  App web: %s/\n  GraphQL: %s/graphql\n  Documenti: %s\n", version, url, url, url, cfg.documentsWhere())
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

// bindServeLimits binds the flags of serve's limits and operations.
func bindServeLimits(fs *flag.FlagSet, cfg *config) {
	fs.DurationVar(&cfg.DBStatementTimeout, "db-statement-timeout", envDuration("CAPOFILA_DB_STATEMENT_TIMEOUT", 30*time.Second), "PostgreSQL cancels statements running longer; 0: no limit ($CAPOFILA_DB_STATEMENT_TIMEOUT)")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", envDuration("CAPOFILA_REQUEST_TIMEOUT", server.DefaultRequestTimeout), "deadline of a request, file uploads excepted; negative: none ($CAPOFILA_REQUEST_TIMEOUT)")
	fs.DurationVar(&cfg.UploadTimeout, "upload-timeout", envDuration("CAPOFILA_UPLOAD_TIMEOUT", server.DefaultUploadTimeout), "deadline of a multipart upload once its body is received; negative: none ($CAPOFILA_UPLOAD_TIMEOUT)")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", envDuration("CAPOFILA_SHUTDOWN_TIMEOUT", 25*time.Second), "on SIGTERM, how long in-flight requests may finish ($CAPOFILA_SHUTDOWN_TIMEOUT)")
	fs.Float64Var(&cfg.RateUser, "rate-limit-user", envFloat("CAPOFILA_RATE_LIMIT_USER", 20), "API requests per second per signed-in user; 0: no limit ($CAPOFILA_RATE_LIMIT_USER)")
	fs.Float64Var(&cfg.RateAddress, "rate-limit-address", envFloat("CAPOFILA_RATE_LIMIT_ADDRESS", 50), "API requests per second per client address; 0: no limit ($CAPOFILA_RATE_LIMIT_ADDRESS)")
	fs.IntVar(&cfg.RateBurst, "rate-limit-burst", envIntOr("CAPOFILA_RATE_LIMIT_BURST", 60), "requests a quiet user or address may send at once ($CAPOFILA_RATE_LIMIT_BURST)")
	fs.BoolVar(&cfg.RateShared, "rate-limit-shared", envBool("CAPOFILA_RATE_LIMIT_SHARED"), "keep the rate limits in PostgreSQL, shared by every replica: one more statement per API request ($CAPOFILA_RATE_LIMIT_SHARED)")
	fs.StringVar(&cfg.TrustedProxies, "trusted-proxies", envOr("CAPOFILA_TRUSTED_PROXIES", ""), "comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed ($CAPOFILA_TRUSTED_PROXIES)")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", envOr("CAPOFILA_METRICS_ADDR", ""), "serve Prometheus metrics at http://ADDR/metrics, e.g. 127.0.0.1:9464; empty: off ($CAPOFILA_METRICS_ADDR)")
}

func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}
