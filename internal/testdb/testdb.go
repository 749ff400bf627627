// Package testdb gives tests a fresh, migrated database of each dialect.
//
// Migrating a database takes seconds on PostgreSQL and hundreds of
// milliseconds on SQLite, and the tests open hundreds: each dialect's
// migrated schema is made once per set of migrations (migrate.Fingerprint)
// and every test database is a copy of it — on PostgreSQL a database
// created from the template capofila_tpl_<fingerprint>, on SQLite a copy of
// the file capofila-test-template-<fingerprint>.db in the temporary
// folder. A new migration changes the fingerprint, so a template is never
// stale; old templates stay until removed by hand (DROP DATABASE after
// ALTER DATABASE … IS_TEMPLATE false; rm).
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
	"errors"
	"fmt"
	"hash/crc64"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
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
// removed when the test ends: a copy of the dialect's migrated template.
func Open(t testing.TB, dia string) *db.DB {
	t.Helper()
	if dia == dialect.SQLite {
		tpl, err := sqliteTemplate()
		if err != nil {
			t.Fatalf("migrated SQLite template: %v", err)
		}
		return openSQLite(t, func(path string) error { return copyFile(tpl, path) })
	}
	return openPostgres(t, true)
}

// OpenEmpty is Open without the migrations.
func OpenEmpty(t testing.TB, dia string) *db.DB {
	t.Helper()
	if dia == dialect.SQLite {
		return openSQLite(t, nil)
	}
	return openPostgres(t, false)
}

// openSQLite opens a new SQLite database in the test's folder, whose file
// fill writes first when given (a copy of a template).
func openSQLite(t testing.TB, fill func(path string) error) *db.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "capofila.db")
	if fill != nil {
		if err := fill(path); err != nil {
			t.Fatalf("copying the SQLite template: %v", err)
		}
	}
	d, err := db.Open(context.Background(), "sqlite:"+path, db.Options{})
	if err != nil {
		t.Fatalf("opening sqlite: %v", err)
	}
	urls.Store(d, "sqlite:"+path)
	t.Cleanup(func() { _ = d.Close() })
	return d
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o600)
}

var sqliteTpl struct {
	once sync.Once
	path string
	err  error
}

// sqliteTemplate returns the migrated SQLite template of this build's
// migrations, making it when missing: migrated under a name of this
// process, checkpointed, then renamed into place, so that processes
// making it at once never see half of one.
func sqliteTemplate() (string, error) {
	sqliteTpl.once.Do(func() {
		fp, err := migrate.Fingerprint()
		if err != nil {
			sqliteTpl.err = err
			return
		}
		path := filepath.Join(os.TempDir(), "capofila-test-template-"+fp[:16]+".db")
		if _, err := os.Stat(path); err == nil {
			sqliteTpl.path = path
			return
		}
		tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
		for _, f := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
			_ = os.Remove(f)
		}
		ctx := context.Background()
		d, err := db.Open(ctx, "sqlite:"+tmp, db.Options{})
		if err != nil {
			sqliteTpl.err = err
			return
		}
		_, err = migrate.Up(ctx, d.SQL, d.Dialect)
		if err == nil {
			_, err = d.SQL.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
		}
		if cerr := d.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
		for _, f := range []string{tmp, tmp + "-wal", tmp + "-shm", db.LockPath(tmp)} {
			_ = os.Remove(f)
		}
		sqliteTpl.path, sqliteTpl.err = path, err
	})
	return sqliteTpl.path, sqliteTpl.err
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

// admin opens, once, the pool on the configured server's database from
// which the tests create and drop theirs.
func admin() error {
	adminOnce.Do(func() {
		adminErr = Check(context.Background(), PostgresURL())
		if adminErr == nil {
			adminDB, adminErr = sql.Open("pgx", PostgresURL())
		}
	})
	return adminErr
}

// openPostgres creates a new PostgreSQL database, a copy of the migrated
// template when migrated is true, dropped when the test ends.
func openPostgres(t testing.TB, migrated bool) *db.DB {
	t.Helper()
	SkipOrFailWithoutPostgres(t)
	if err := admin(); err != nil {
		if !RequirePostgres() {
			t.Skipf("SKIPPING the PostgreSQL subtest: %s (CAPOFILA_REQUIRE_POSTGRES=1, as in CI, fails instead)", Advice(PostgresURL(), err))
		}
		t.Fatalf("PostgreSQL required (CAPOFILA_REQUIRE_POSTGRES=1): %s", Advice(PostgresURL(), err))
	}
	tpl := ""
	if migrated {
		var err error
		if tpl, err = pgTemplate(); err != nil {
			t.Fatalf("migrated PostgreSQL template: %v", err)
		}
	}
	return openPostgresFrom(t, tpl)
}

// openPostgresFrom creates a new PostgreSQL database, a copy of template
// when one is given, dropped when the test ends.
func openPostgresFrom(t testing.TB, template string) *db.DB {
	t.Helper()
	name := fmt.Sprintf("capofila_t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, counter.Add(1))
	stmt := "CREATE DATABASE " + name
	if template != "" {
		stmt += " TEMPLATE " + template
	}
	ctx := context.Background()
	if _, err := adminDB.ExecContext(ctx, stmt); err != nil {
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

var pgTpl struct {
	once sync.Once
	name string
	err  error
}

// pgTemplate returns the migrated PostgreSQL template database of this
// build's migrations, making it when missing. Processes serialize on an
// advisory lock; a template is usable once marked IS_TEMPLATE (a half-made
// one, left by a crash, is dropped and made again), and it accepts no
// connections, which would stop CREATE DATABASE from copying it.
func pgTemplate() (string, error) {
	pgTpl.once.Do(func() { pgTpl.name, pgTpl.err = makePGTemplate() })
	return pgTpl.name, pgTpl.err
}

func makePGTemplate() (string, error) {
	fp, err := migrate.Fingerprint()
	if err != nil {
		return "", err
	}
	name := "capofila_tpl_" + fp[:16]
	ctx := context.Background()
	conn, err := adminDB.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	key := int64(crc64.Checksum([]byte(name), crc64.MakeTable(crc64.ECMA)) >> 1)
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		return "", err
	}
	defer func() { _, _ = conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1)", key) }()
	var ready bool
	switch err := conn.QueryRowContext(ctx, "SELECT datistemplate FROM pg_database WHERE datname = $1", name).Scan(&ready); {
	case err == nil && ready:
		return name, nil
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
		return "", err
	}
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	u, err := url.Parse(PostgresURL())
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	d, err := db.Open(ctx, u.String(), db.Options{MaxOpenConns: 2})
	if err != nil {
		return "", err
	}
	_, err = migrate.Up(ctx, d.SQL, d.Dialect)
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	if _, err := conn.ExecContext(ctx, "ALTER DATABASE "+name+" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false"); err != nil {
		return "", err
	}
	return name, nil
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

// Seed fills a fresh migrated database (with the system's rights: the
// function sets up its own context).
type Seed func(ctx context.Context, d *db.DB) error

// EachSeeded is Each on databases that already hold what seed writes:
// seed runs once per process, dialect and key, and every test gets a copy
// of the result (on PostgreSQL a database created from a template of this
// process, on SQLite a copy of the file kept in memory). key names the
// seed: the same key must always mean the same seed. Seeding the demo
// takes seconds per database; copying it, a fraction of a second.
func EachSeeded(t *testing.T, key string, seed Seed, f func(t *testing.T, d *db.DB)) {
	t.Helper()
	for _, dia := range Dialects {
		t.Run(Name(dia), func(t *testing.T) {
			f(t, OpenSeeded(t, dia, key, seed))
		})
	}
}

// OpenSeeded is Open on a copy of the database seed made once per process,
// dialect and key (EachSeeded).
func OpenSeeded(t testing.TB, dia, key string, seed Seed) *db.DB {
	t.Helper()
	if dia == dialect.Postgres {
		SkipOrFailWithoutPostgres(t)
	}
	tpl := seededFor(dia, key)
	tpl.once.Do(func() { tpl.err = tpl.make(t, dia, key, seed) })
	if tpl.err != nil {
		t.Fatalf("seeding the %s template %q: %v", Name(dia), key, tpl.err)
	}
	if dia == dialect.SQLite {
		return openSQLite(t, func(path string) error { return os.WriteFile(path, tpl.file, 0o600) })
	}
	return openPostgresFrom(t, tpl.name)
}

// seededTemplate is one seeded template of this process.
type seededTemplate struct {
	once sync.Once
	err  error
	name string // PostgreSQL: the template database
	file []byte // SQLite: the database file
}

var seeded sync.Map // dialect + "/" + key → *seededTemplate

func seededFor(dia, key string) *seededTemplate {
	v, _ := seeded.LoadOrStore(dia+"/"+key, &seededTemplate{})
	return v.(*seededTemplate)
}

func (s *seededTemplate) make(t testing.TB, dia, key string, seed Seed) error {
	ctx := context.Background()
	if dia == dialect.SQLite {
		dir, err := os.MkdirTemp("", "capofila-seed-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		tpl, err := sqliteTemplate()
		if err != nil {
			return err
		}
		path := filepath.Join(dir, "seed.db")
		if err := copyFile(tpl, path); err != nil {
			return err
		}
		d, err := db.Open(ctx, "sqlite:"+path, db.Options{})
		if err != nil {
			return err
		}
		err = seed(ctx, d)
		if err == nil {
			_, err = d.SQL.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
		}
		if cerr := d.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		s.file, err = os.ReadFile(path)
		return err
	}
	if err := admin(); err != nil {
		return err
	}
	dropDeadTemplates(ctx)
	s.name = fmt.Sprintf("capofila_tpls_%d_%s", os.Getpid(), strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, strings.ToLower(key)))
	mig, err := pgTemplate()
	if err != nil {
		return err
	}
	if _, err := adminDB.ExecContext(ctx, "DROP DATABASE IF EXISTS "+s.name+" WITH (FORCE)"); err != nil {
		return err
	}
	if _, err := adminDB.ExecContext(ctx, "CREATE DATABASE "+s.name+" TEMPLATE "+mig); err != nil {
		return err
	}
	u, err := url.Parse(PostgresURL())
	if err != nil {
		return err
	}
	u.Path = "/" + s.name
	d, err := db.Open(ctx, u.String(), db.Options{MaxOpenConns: 10})
	if err != nil {
		return err
	}
	err = seed(ctx, d)
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	_, err = adminDB.ExecContext(ctx, "ALTER DATABASE "+s.name+" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false")
	return err
}

// dropDeadTemplates drops the seeded templates of test processes that have
// ended (their name carries the process id), so that they do not pile up
// run after run. Not on Windows, where a live process cannot be told from
// an ended one this way.
func dropDeadTemplates(ctx context.Context) {
	if runtime.GOOS == "windows" {
		return
	}
	rows, err := adminDB.QueryContext(ctx, `SELECT datname FROM pg_database WHERE datname LIKE 'capofila\_tpls\_%'`)
	if err != nil {
		return
	}
	var names []string
	for rows.Next() {
		var n string
		if rows.Scan(&n) == nil {
			names = append(names, n)
		}
	}
	_ = rows.Close()
	for _, n := range names {
		pidText, _, _ := strings.Cut(strings.TrimPrefix(n, "capofila_tpls_"), "_")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		_, _ = adminDB.ExecContext(ctx, "ALTER DATABASE "+n+" WITH IS_TEMPLATE false")
		_, _ = adminDB.ExecContext(ctx, "DROP DATABASE IF EXISTS "+n+" WITH (FORCE)")
	}
}

func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	return err == nil && p.Signal(syscall.Signal(0)) == nil
}
