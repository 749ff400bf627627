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
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
	_ "time/tzdata" // Europe/Rome without relying on the host's zoneinfo

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
  seed           load the "Marche Sud" demo data and demo users (imports the comuni if missing); idempotent
  user create    create a user:  capofila user create --email E --name N  (password from $CAPOFILA_PASSWORD or stdin)
  user grant     assign a role:  capofila user grant --email E --role ROLE [--region-code 11]
                                   [--aggregation NAME_OR_ID] [--body-istat 044066 | --body ID]
  export         write an open-data export or a report: capofila export --cup CUP --what ocds|allocazioni.xlsx|fatture.csv|spese.csv|budget.csv|rendiconto-1 [--out F]
                                   capofila export --what anac190 --body-istat 044066 --year 2025
  version        print the version

Configuration (flags override environment variables):
  --database-url  $CAPOFILA_DATABASE_URL  database: postgres://user@host:5432/db?sslmode=disable
                                          or sqlite:PATH (default sqlite:data/capofila.db)
  --addr          $CAPOFILA_ADDR          listen address of serve (default 127.0.0.1:8080)
  --dev           $CAPOFILA_DEV           development mode: GraphiQL at /graphiql (default false)
  --seed          $CAPOFILA_SEED          serve: load the demo data at start (default false)
  --db-max-conns  $CAPOFILA_DB_MAX_CONNS  database pool size (default 20 PostgreSQL, 8 SQLite)
  --log-format    $CAPOFILA_LOG_FORMAT    text or json (default text)
  --insecure-cookies $CAPOFILA_INSECURE_COOKIES  serve: session cookie without Secure (plain HTTP only)
  --documents-dir $CAPOFILA_DOCUMENTS_DIR  serve: folder of uploaded documents (default data/documents)

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
	// DocumentsDir is where uploaded documents are kept.
	DocumentsDir string
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

func newFlags(name string, cfg *config, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("capofila "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.DatabaseURL, "database-url", envOr("CAPOFILA_DATABASE_URL", db.DefaultURL), "database URL: postgres://… or sqlite:PATH ($CAPOFILA_DATABASE_URL)")
	fs.IntVar(&cfg.DBMaxConns, "db-max-conns", envInt("CAPOFILA_DB_MAX_CONNS"), "database pool size; 0 for the default ($CAPOFILA_DB_MAX_CONNS)")
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
	)
	cmd, rest := args[0], args[1:]
	fs := newFlags(cmd, &cfg, stderr)
	switch cmd {
	case "serve":
		fs.StringVar(&cfg.Addr, "addr", envOr("CAPOFILA_ADDR", "127.0.0.1:8080"), "listen address ($CAPOFILA_ADDR)")
		fs.BoolVar(&cfg.Dev, "dev", envBool("CAPOFILA_DEV"), "development mode: GraphiQL at /graphiql ($CAPOFILA_DEV)")
		fs.BoolVar(&cfg.Seed, "seed", envBool("CAPOFILA_SEED"), "load the demo data at start ($CAPOFILA_SEED)")
		fs.StringVar(&cfg.DocumentsDir, "documents-dir", envOr("CAPOFILA_DOCUMENTS_DIR", "data/documents"), "folder of uploaded documents ($CAPOFILA_DOCUMENTS_DIR)")
		fs.BoolVar(&cfg.InsecureCookies, "insecure-cookies", envBool("CAPOFILA_INSECURE_COOKIES"), "session cookie without Secure, for plain-HTTP development ($CAPOFILA_INSECURE_COOKIES)")
	case "migrate":
		if len(rest) == 0 || (rest[0] != "up" && rest[0] != "status") {
			return errors.New(`migrate needs a subcommand: "up" or "status"`)
		}
		cmd, rest = "migrate "+rest[0], rest[1:]
	case "import-comuni":
		fs.StringVar(&cfg.ComuniFile, "file", "", "read the comuni from this file (format of internal/refdata) instead of the embedded ISTAT data")
	case "seed":
	case "user":
		if len(rest) == 0 || (rest[0] != "create" && rest[0] != "grant") {
			return errors.New(`user needs a subcommand: "create" or "grant"`)
		}
		cmd, rest = "user "+rest[0], rest[1:]
		fs = newFlags(cmd, &cfg, stderr)
		bindUserFlags(fs, &uf)
	case "export":
		bindExportFlags(fs, &ef)
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
	d, err := db.Open(ctx, cfg.DatabaseURL, db.Options{MaxOpenConns: cfg.DBMaxConns})
	if err != nil {
		return err
	}
	defer d.Close()
	switch cmd {
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
	case "seed":
		return seedDemo(ctx, client, stdout)
	case "user create":
		return userCreate(ctx, client, uf, os.Stdin, stdout)
	case "user grant":
		return userGrant(ctx, client, uf, stdout)
	case "export":
		return exportData(ctx, client, ef, stdout)
	case "serve":
		if cfg.Seed {
			if err := seedDemo(ctx, client, stdout); err != nil {
				return err
			}
		}
		return serve(ctx, cfg, d, log, stdout)
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

func serve(ctx context.Context, cfg config, d *db.DB, log *slog.Logger, stdout io.Writer) error {
	srv := server.New(server.Config{
		Dev: cfg.Dev, Version: version,
		Cookies:   auth.HTTPConfig{InsecureCookie: cfg.InsecureCookies},
		Web:       frontend.Dist(),
		Documents: docstore.Disk{Root: cfg.DocumentsDir},
	}, d, d.Client(), log)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Capofila %s in ascolto su %s\n  App web: %s/\n  GraphQL: %s/graphql\n", version, url, url, url)
	if cfg.Dev {
		fmt.Fprintf(stdout, "  GraphiQL: %s/graphiql\n", url)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing in-flight requests")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return hs.Shutdown(shutdownCtx)
}

func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}
