// Package testdb gives tests a fresh, migrated database of each dialect.
//
// SQLite runs always. PostgreSQL runs when CAPOFILA_TEST_POSTGRES_URL points
// at a server where databases may be created (e.g.
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable); without it the
// PostgreSQL subtests are skipped, unless CAPOFILA_REQUIRE_POSTGRES=1 (set by
// CI), in which case they fail: CI never silently skips a database.
package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/migrate"
)

// Dialects are the databases every data-layer test runs on.
var Dialects = []string{dialect.SQLite, dialect.Postgres}

// Name returns the subtest name of a dialect.
func Name(dia string) string {
	if dia == dialect.SQLite {
		return "sqlite"
	}
	return "postgres"
}

// Each runs f as a subtest on a fresh migrated database of every dialect.
func Each(t *testing.T, f func(t *testing.T, d *db.DB)) {
	t.Helper()
	for _, dia := range Dialects {
		t.Run(Name(dia), func(t *testing.T) {
			f(t, Open(t, dia))
		})
	}
}

// Open returns a fresh, migrated database of the dialect, closed and
// removed when the test ends.
func Open(t testing.TB, dia string) *db.DB {
	t.Helper()
	var d *db.DB
	if dia == dialect.SQLite {
		d = openSQLite(t)
	} else {
		d = openPostgres(t)
	}
	if _, err := migrate.Up(context.Background(), d.SQL, d.Dialect); err != nil {
		t.Fatalf("migrating %s: %v", dia, err)
	}
	return d
}

// OpenEmpty is Open without the migrations.
func OpenEmpty(t testing.TB, dia string) *db.DB {
	t.Helper()
	if dia == dialect.SQLite {
		return openSQLite(t)
	}
	return openPostgres(t)
}

func openSQLite(t testing.TB) *db.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "capofila.db")
	d, err := db.Open(context.Background(), "sqlite:"+path, db.Options{})
	if err != nil {
		t.Fatalf("opening sqlite: %v", err)
	}
	urls.Store(d, "sqlite:"+path)
	t.Cleanup(func() { _ = d.Close() })
	return d
}

var (
	adminOnce sync.Once
	adminDB   *sql.DB
	adminErr  error
	counter   atomic.Int64
)

// Check pings the PostgreSQL server of rawURL within ten seconds.
func Check(ctx context.Context, rawURL string) error {
	conn, err := sql.Open("pgx", rawURL)
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return conn.PingContext(ctx)
}

// Advice says what failed in reaching the PostgreSQL server of rawURL and
// exactly what to do about it: create the missing database, start the
// server, or point CAPOFILA_TEST_POSTGRES_URL elsewhere.
func Advice(rawURL string, err error) string {
	u, perr := url.Parse(rawURL)
	if perr != nil {
		return fmt.Sprintf("CAPOFILA_TEST_POSTGRES_URL=%q is not a URL (%v): set it to e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable", rawURL, perr)
	}
	name := strings.TrimPrefix(u.Path, "/")
	host, port, user := u.Hostname(), u.Port(), u.User.Username()
	if port == "" {
		port = "5432"
	}
	if user == "" {
		user = "postgres"
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "SQLSTATE 3D000") || strings.Contains(msg, "does not exist") && strings.Contains(msg, "database"):
		return fmt.Sprintf("PostgreSQL at %s:%s answers but the database %q of CAPOFILA_TEST_POSTGRES_URL does not exist: create it with\n"+
			"    createdb -h %s -p %s -U %s %s\n"+
			"(or psql -h %s -p %s -U %s -d postgres -c 'CREATE DATABASE %s'); the tests create and drop their own databases beside it (%v)",
			host, port, name, host, port, user, name, host, port, user, name, err)
	case strings.Contains(msg, "password authentication failed") || strings.Contains(msg, "SQLSTATE 28"):
		return fmt.Sprintf("PostgreSQL at %s:%s refuses user %q: put a user allowed to create databases (and its password) in CAPOFILA_TEST_POSTGRES_URL (%v)", host, port, user, err)
	default:
		return fmt.Sprintf("PostgreSQL at %s:%s does not answer: start it (e.g. pg_ctlcluster <version> main start, or docker run -d -p %s:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres), "+
			"or set CAPOFILA_TEST_POSTGRES_URL to a server where user %q may create databases (%v)", host, port, port, user, err)
	}
}

// PostgresURL returns the configured server URL, or "".
func PostgresURL() string { return os.Getenv("CAPOFILA_TEST_POSTGRES_URL") }

// RequirePostgres reports whether a missing PostgreSQL must fail the tests.
func RequirePostgres() bool {
	v := os.Getenv("CAPOFILA_REQUIRE_POSTGRES")
	return v == "1" || strings.EqualFold(v, "true")
}

// SkipOrFailWithoutPostgres skips (or, in CI, fails) a test when no
// PostgreSQL server is configured.
func SkipOrFailWithoutPostgres(t testing.TB) {
	t.Helper()
	if PostgresURL() != "" {
		return
	}
	if RequirePostgres() {
		t.Fatal("CAPOFILA_REQUIRE_POSTGRES is set but CAPOFILA_TEST_POSTGRES_URL is empty")
	}
	t.Skip("PostgreSQL not configured: set CAPOFILA_TEST_POSTGRES_URL")
}

func openPostgres(t testing.TB) *db.DB {
	t.Helper()
	SkipOrFailWithoutPostgres(t)
	adminOnce.Do(func() {
		adminErr = Check(context.Background(), PostgresURL())
		if adminErr == nil {
			adminDB, adminErr = sql.Open("pgx", PostgresURL())
		}
	})
	if adminErr != nil {
		if !RequirePostgres() {
			t.Skipf("SKIPPING the PostgreSQL subtest: %s (CAPOFILA_REQUIRE_POSTGRES=1, as in CI, fails instead)", Advice(PostgresURL(), adminErr))
		}
		t.Fatalf("PostgreSQL required (CAPOFILA_REQUIRE_POSTGRES=1): %s", Advice(PostgresURL(), adminErr))
	}
	name := fmt.Sprintf("capofila_t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, counter.Add(1))
	ctx := context.Background()
	if _, err := adminDB.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating test database: %v", err)
	}
	u, err := url.Parse(PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	d, err := db.Open(ctx, u.String(), db.Options{MaxOpenConns: 10})
	if err != nil {
		t.Fatalf("opening test database: %v", err)
	}
	urls.Store(d, u.String())
	t.Cleanup(func() {
		_ = d.Close()
		_, _ = adminDB.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return d
}

// urls remembers the address each test database was opened at.
var urls sync.Map

// URL returns the address a test database was opened at, so that a test can
// open a second pool on it (a second replica of the server).
func URL(d *db.DB) string {
	u, _ := urls.Load(d)
	s, _ := u.(string)
	return s
}
