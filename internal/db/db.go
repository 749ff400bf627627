// Package db opens Capofila's database: PostgreSQL (production, through
// pgx) or embedded SQLite (the zero-setup default, pure Go), chosen by the
// URL, and returns an Ent client over it.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // also registers the "pgx" driver
	_ "modernc.org/sqlite"           // registers the "sqlite" driver

	"github.com/capofila/capofila/ent/gen"
	_ "github.com/capofila/capofila/ent/gen/runtime" // schema hooks, policies and defaults
)

// DefaultURL is where the data live when nothing is configured: an SQLite
// file under ./data.
const DefaultURL = "sqlite:data/capofila.db"

// Options tune the connection pool.
type Options struct {
	// MaxOpenConns caps open connections (default 20 for PostgreSQL, 8 for SQLite).
	MaxOpenConns int
	// MaxIdleConns caps idle connections (default: MaxOpenConns).
	MaxIdleConns int
	// ConnMaxLifetime recycles connections (default 30 minutes).
	ConnMaxLifetime time.Duration
	// ConnMaxIdleTime closes connections idle for longer (default 5 minutes).
	ConnMaxIdleTime time.Duration
	// StatementTimeout makes PostgreSQL cancel any statement that runs
	// longer (SQLSTATE 57014, which the API reports as TIMEOUT); 0 keeps
	// the server's setting, as does a statement_timeout in the URL. SQLite
	// has no such setting: a request's deadline interrupts its queries.
	StatementTimeout time.Duration
}

// DB is an open database.
type DB struct {
	// SQL is the underlying pool.
	SQL *sql.DB
	// Dialect is dialect.Postgres or dialect.SQLite.
	Dialect string
	// Driver is the Ent driver over SQL.
	Driver *entsql.Driver

	statements atomic.Int64
	// trace, when set, receives the text of every statement (Trace).
	trace atomic.Pointer[func(query string)]
	// lock is the shared advisory lock on an SQLite database's lock file,
	// held while the database is open (see LockExclusive).
	lock *os.File
	// viewers tells when a viewer may have changed (viewers.go).
	viewers viewers
}

// ErrLocked is returned when an SQLite database is being restored (opening
// it) or is open in another process (restoring it).
var ErrLocked = errors.New("the database is in use by another Capofila process")

// LockPath is the advisory lock file of an SQLite database file.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// LockExclusive takes the exclusive lock of an SQLite database file: it
// fails with ErrLocked while any Capofila process (a server, a command)
// has the database open. Release it by closing the returned file.
func LockExclusive(dbPath string) (*os.File, error) { return lockFile(LockPath(dbPath), true) }

// Client returns a new Ent client over the database; its statements are
// counted (see Statements and Counting), and its changes that may change a
// viewer move ViewerStamp (see viewers.go).
func (d *DB) Client(opts ...gen.Option) *gen.Client {
	drv := countingDriver{Driver: d.Driver, total: &d.statements, trace: &d.trace}
	c := gen.NewClient(append([]gen.Option{gen.Driver(drv)}, opts...)...)
	c.Use(d.viewersHook())
	return c
}

// Close closes the pool and releases the database's lock.
func (d *DB) Close() error {
	err := d.SQL.Close()
	if d.lock != nil {
		d.lock.Close()
	}
	return err
}

// Open opens the database at rawURL: "postgres://…" (or "postgresql://…")
// for PostgreSQL, "sqlite:PATH" (or "file:PATH") for SQLite. For SQLite the
// parent folder is created, and foreign keys, WAL, a busy timeout and
// immediate write transactions are switched on; a URL that turns foreign keys
// off is refused.
func Open(ctx context.Context, rawURL string, o Options) (*DB, error) {
	var (
		driverName, dsn, dia string
		err                  error
	)
	switch {
	case strings.HasPrefix(rawURL, "postgres://"), strings.HasPrefix(rawURL, "postgresql://"):
		driverName, dsn, dia = "pgx", rawURL, dialect.Postgres
		if o.MaxOpenConns == 0 {
			o.MaxOpenConns = 20
		}
	case strings.HasPrefix(rawURL, "sqlite:"), strings.HasPrefix(rawURL, "file:"):
		driverName, dia = "sqlite", dialect.SQLite
		if dsn, err = sqliteDSN(rawURL); err != nil {
			return nil, err
		}
		if o.MaxOpenConns == 0 {
			o.MaxOpenConns = 8
		}
	default:
		return nil, fmt.Errorf("unsupported database URL %q: use postgres://… or sqlite:PATH", redact(rawURL))
	}
	var lock *os.File
	if path, ok := SQLitePath(rawURL); ok && dia == dialect.SQLite && path != ":memory:" && !strings.Contains(rawURL, "mode=memory") {
		if lock, err = lockFile(LockPath(path), false); err != nil {
			if errors.Is(err, ErrLocked) {
				return nil, fmt.Errorf("%s is being restored from a backup: wait for the restore to finish", path)
			}
			return nil, err
		}
	}
	var (
		sdb  *sql.DB
		view viewers
	)
	if path, ok := SQLitePath(rawURL); ok && path != ":memory:" && !strings.Contains(rawURL, "mode=memory") {
		view.shm = path + "-shm"
	}
	if dia == dialect.Postgres {
		cfg, err := pgx.ParseConfig(dsn)
		if err != nil {
			return nil, fmt.Errorf("database URL %s: %w", redact(rawURL), err)
		}
		if _, set := cfg.RuntimeParams["statement_timeout"]; !set && o.StatementTimeout > 0 {
			cfg.RuntimeParams["statement_timeout"] = strconv.FormatInt(o.StatementTimeout.Milliseconds(), 10)
		}
		sdb = stdlib.OpenDB(*cfg)
		view.pg = cfg.Copy()
	} else if sdb, err = sql.Open(driverName, dsn); err != nil {
		if lock != nil {
			lock.Close()
		}
		return nil, fmt.Errorf("opening database: %w", err)
	}
	if o.MaxIdleConns == 0 {
		o.MaxIdleConns = o.MaxOpenConns
	}
	if o.ConnMaxLifetime == 0 {
		o.ConnMaxLifetime = 30 * time.Minute
	}
	sdb.SetMaxOpenConns(o.MaxOpenConns)
	sdb.SetMaxIdleConns(o.MaxIdleConns)
	sdb.SetConnMaxLifetime(o.ConnMaxLifetime)
	if o.ConnMaxIdleTime == 0 {
		o.ConnMaxIdleTime = 5 * time.Minute
	}
	sdb.SetConnMaxIdleTime(o.ConnMaxIdleTime)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := sdb.PingContext(pingCtx); err != nil {
		_ = sdb.Close()
		if lock != nil {
			lock.Close()
		}
		return nil, fmt.Errorf("connecting to %s: %w", redact(rawURL), err)
	}
	d := &DB{SQL: sdb, Dialect: dia, Driver: entsql.OpenDB(dia, sdb), lock: lock}
	d.viewers.shm, d.viewers.pg = view.shm, view.pg
	if view.shm != "" {
		d.viewers.shmz = append([]byte(view.shm), 0)
	}
	return d, nil
}

// SQLitePath returns the file of an SQLite database URL ("sqlite:PATH" or
// "file:PATH"), and false for any other URL.
func SQLitePath(rawURL string) (string, bool) {
	if !strings.HasPrefix(rawURL, "sqlite:") && !strings.HasPrefix(rawURL, "file:") {
		return "", false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rawURL, "sqlite:"), "file:"), "//")
	path, _, _ := strings.Cut(rest, "?")
	return path, path != ""
}

// IsPostgres reports whether rawURL names a PostgreSQL database.
func IsPostgres(rawURL string) bool {
	return strings.HasPrefix(rawURL, "postgres://") || strings.HasPrefix(rawURL, "postgresql://")
}

// sqliteDSN turns "sqlite:PATH?params" into a modernc DSN with the pragmas
// Capofila relies on.
func sqliteDSN(rawURL string) (string, error) {
	rest := strings.TrimPrefix(strings.TrimPrefix(rawURL, "sqlite:"), "file:")
	rest = strings.TrimPrefix(rest, "//")
	path, query, _ := strings.Cut(rest, "?")
	if path == "" {
		return "", fmt.Errorf("database URL %q has no file path", rawURL)
	}
	params, err := url.ParseQuery(query)
	if err != nil {
		return "", fmt.Errorf("database URL %q: %w", rawURL, err)
	}
	for _, p := range params["_pragma"] {
		if strings.HasPrefix(strings.ReplaceAll(strings.ToLower(p), " ", ""), "foreign_keys(0") ||
			strings.HasPrefix(strings.ReplaceAll(strings.ToLower(p), " ", ""), "foreign_keys(off") {
			return "", fmt.Errorf("database URL %q disables foreign keys: Capofila needs them", rawURL)
		}
	}
	if path != ":memory:" && params.Get("mode") != "memory" {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return "", fmt.Errorf("creating the folder of %s: %w", path, err)
		}
	}
	want := map[string]string{
		"foreign_keys": "foreign_keys(1)",
		"busy_timeout": "busy_timeout(10000)",
		"journal_mode": "journal_mode(WAL)",
		"synchronous":  "synchronous(FULL)",
	}
	for _, p := range params["_pragma"] {
		name, _, _ := strings.Cut(p, "(")
		delete(want, strings.ToLower(strings.TrimSpace(name)))
	}
	for _, k := range []string{"foreign_keys", "busy_timeout", "journal_mode", "synchronous"} {
		if v, ok := want[k]; ok {
			params.Add("_pragma", v)
		}
	}
	if params.Get("_time_format") == "" {
		// Times are written as SQLite's own "YYYY-MM-DD HH:MM:SS.SSS+HH:MM",
		// which its date functions read; the driver's default is Go's
		// time.String(), monotonic clock reading ("m=+1.26") included.
		params.Set("_time_format", "sqlite")
	}
	if params.Get("_txlock") == "" {
		// Writers take the lock at BEGIN, so two concurrent transactions wait
		// (busy_timeout) instead of failing when one upgrades to a write.
		params.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + params.Encode(), nil
}

// redact hides the password of a URL for logs and errors.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}
