// Command capofila is the Capofila server and its maintenance commands.
// It only reads the configuration and opens the database and the document
// store; the services and the HTTP server come from the composition root
// (app), the behaviour lives in internal/. Each command is an entry of the table in
// this file, run by a function in the cmd_*.go file of its name.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // Europe/Rome without relying on the host's zoneinfo
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// env is where a command writes.
type env struct {
	stdout, stderr io.Writer
}

// command is a command of capofila.
type command struct {
	// name is the command, or the command and its subcommand ("migrate up").
	name string
	// summary describes it in the usage; its further lines are indented
	// under the first.
	summary string
	// run parses the arguments after the name and runs the command.
	run func(ctx context.Context, e env, args []string) error
}

// commands are the commands of capofila, in the order of the usage.
var commands = []command{
	{"serve", "start the HTTP server (GraphQL at /graphql); applies pending migrations first", runServe},
	{"migrate up", "apply pending database migrations", runMigrateUp},
	{"migrate status", "list migrations and whether they are applied", runMigrateStatus},
	{"import-comuni", "load or update every Italian comune and the Region bodies (ISTAT data)", runImportComuni},
	{"import-population", `load ISTAT's population resident at 1 January by comune:
capofila import-population --file POSAS_2025_it_Comuni.csv [--year 2025]`, runImportPopulation},
	{"import-ipa", `set codice fiscale, IPA code and e-invoicing offices (codici univoci ufficio) of the bodies
from the IndicePA open data: capofila import-ipa --file enti.csv --file serv_fatt.csv`, runImportIPA},
	{"seed", `load the "Marche Sud" demo data and demo users (imports the comuni if missing); idempotent
seed --scale national [--scale-factor F] [--reset]: a deterministic country of 2,000
funded aggregations (PostgreSQL only, empty database), for performance work`, runSeed},
	{"user create", "create a user:  capofila user create --email E --name N  (password from $CAPOFILA_PASSWORD or stdin)", runUserCreate},
	{"user grant", `assign a role:  capofila user grant --email E --role ROLE [--region-code 11]
                  [--aggregation NAME_OR_ID] [--body-istat 044066 | --body ID]`, runUserGrant},
	{"export", `write an open-data export or a report: capofila export --cup CUP --what ocds|allocazioni.xlsx|fatture.csv|spese.csv|budget.csv|trasparenza.csv|trasparenza.xlsx|rendiconto-1 [--out F]
                  capofila export --what anac190 --body-istat 044066 --year 2023   (L. 190/2012 XML, years up to 2023;
                  from 2024 the transparency table links each CIG to ANAC's BDNCP record)`, runExport},
	{"backup", `write a backup of the embedded SQLite database and the documents: capofila backup --out F.tar.gz
(online; on PostgreSQL use pg_dump, see docs/DEPLOY.md)`, runBackup},
	{"restore", "restore such a backup, the server stopped: capofila restore --from F.tar.gz [--force]", runRestore},
	{"version", "print the version", func(_ context.Context, e env, _ []string) error {
		fmt.Fprintln(e.stdout, version)
		return nil
	}},
}

const usageHead = `Capofila — funding and running regional digital-transformation projects of
aggregations of Italian public bodies.

Usage:
  capofila <command> [flags]

Commands:
`

const usageConfig = `
Configuration (flags override environment variables):
  --database-url  $CAPOFILA_DATABASE_URL  database: postgres://user@host:5432/db?sslmode=disable
                                          or sqlite:PATH (default sqlite:data/capofila.db)
  --addr          $CAPOFILA_ADDR          listen address of serve (default 127.0.0.1:8080)
  --dev           $CAPOFILA_DEV           development mode: GraphiQL at /graphiql, introspection without signing in (default false)
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

// run runs the command line args (without the program name).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage())
		return nil
	}
	cmd, rest, err := lookup(args)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return cmd.run(ctx, env{stdout: stdout, stderr: stderr}, rest)
}

// lookup finds the command that args name, with a subcommand when it has
// some, and returns it with the arguments that follow.
func lookup(args []string) (*command, []string, error) {
	name := args[0]
	if strings.Contains(name, " ") {
		return nil, nil, fmt.Errorf("unknown command %q (see capofila --help)", name)
	}
	var subs []string
	for i := range commands {
		c := &commands[i]
		if c.name == name {
			return c, args[1:], nil
		}
		if sub, ok := strings.CutPrefix(c.name, name+" "); ok {
			if len(args) > 1 && args[1] == sub {
				return c, args[2:], nil
			}
			subs = append(subs, fmt.Sprintf("%q", sub))
		}
	}
	if len(subs) == 0 {
		return nil, nil, fmt.Errorf("unknown command %q (see capofila --help)", name)
	}
	list := subs[len(subs)-1]
	if len(subs) > 1 {
		list = strings.Join(subs[:len(subs)-1], ", ") + " or " + list
	}
	return nil, nil, fmt.Errorf("%s needs a subcommand: %s", name, list)
}

// usage is the help of capofila: its commands, from the table, and the
// configuration.
func usage() string {
	var b strings.Builder
	b.WriteString(usageHead)
	const column = 15 // where the summaries start, after the two spaces of indentation
	for _, c := range commands {
		name := c.name
		if len(name) >= column {
			name += "  "
		}
		lines := strings.Split(c.summary, "\n")
		fmt.Fprintf(&b, "  %-*s%s\n", column, name, lines[0])
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "  %*s%s\n", column, "", l)
		}
	}
	b.WriteString(usageConfig)
	return b.String()
}
