package db_test

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestOpen_PostgresStatementTimeout checks that the statement timeout is
// set on every connection of the pool and that PostgreSQL cancels a
// statement running past it with SQLSTATE 57014.
func TestOpen_PostgresStatementTimeout(t *testing.T) {
	testdb.SkipOrFailWithoutPostgres(t)
	ctx := context.Background()
	d, err := db.Open(ctx, testdb.PostgresURL(), db.Options{MaxOpenConns: 2, StatementTimeout: 250 * time.Millisecond})
	if err != nil {
		if !testdb.RequirePostgres() {
			t.Skipf("PostgreSQL unreachable: %v", err)
		}
		t.Fatal(err)
	}
	defer d.Close()

	t.Run("OK", func(t *testing.T) {
		var got string
		if err := d.SQL.QueryRowContext(ctx, "SHOW statement_timeout").Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != "250ms" {
			t.Errorf("statement_timeout = %q, want 250ms", got)
		}
	})

	t.Run("ErrCancelled", func(t *testing.T) {
		_, err := d.SQL.ExecContext(ctx, "SELECT pg_sleep(30)")
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "57014" {
			t.Fatalf("a 30 s statement under a 250 ms timeout: err %v, want SQLSTATE 57014", err)
		}
	})

	t.Run("URLWins", func(t *testing.T) {
		sep := "?"
		if strings.Contains(testdb.PostgresURL(), "?") {
			sep = "&"
		}
		u := testdb.PostgresURL() + sep + "statement_timeout=1234"
		d2, err := db.Open(ctx, u, db.Options{MaxOpenConns: 1, StatementTimeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer d2.Close()
		var got string
		if err := d2.SQL.QueryRowContext(ctx, "SHOW statement_timeout").Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != "1234ms" {
			t.Errorf("statement_timeout = %q, want the URL's 1234ms", got)
		}
	})
}

func TestSQLitePath(t *testing.T) {
	for _, tc := range []struct {
		url, path string
		ok        bool
	}{
		{"sqlite:data/capofila.db", "data/capofila.db", true},
		{"sqlite:///var/lib/capofila/c.db?_pragma=busy_timeout(5000)", "/var/lib/capofila/c.db", true},
		{"file:c.db", "c.db", true},
		{"postgres://u@h/db", "", false},
		{"sqlite:", "", false},
	} {
		path, ok := db.SQLitePath(tc.url)
		if path != tc.path || ok != tc.ok {
			t.Errorf("SQLitePath(%q) = %q, %v; want %q, %v", tc.url, path, ok, tc.path, tc.ok)
		}
	}
}

// TestOpen_SQLiteTimesReadableBySQLite checks that times are stored in a
// format SQLite's own date functions read: no Go monotonic suffix.
func TestOpen_SQLiteTimesReadableBySQLite(t *testing.T) {
	ctx := context.Background()
	d, err := db.Open(ctx, "sqlite:"+t.TempDir()+"/t.db", db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := d.SQL.ExecContext(ctx, "CREATE TABLE t (at datetime)"); err != nil {
		t.Fatal(err)
	}
	now := time.Now() // carries a monotonic clock reading
	if _, err := d.SQL.ExecContext(ctx, "INSERT INTO t VALUES (?)", now); err != nil {
		t.Fatal(err)
	}
	var stored string
	var parsed *string
	if err := d.SQL.QueryRowContext(ctx, "SELECT CAST(at AS TEXT), datetime(at) FROM t").Scan(&stored, &parsed); err != nil {
		t.Fatal(err)
	}
	if parsed == nil || strings.Contains(stored, "m=") {
		t.Fatalf("stored %q: datetime() gives %v", stored, parsed)
	}
	var back time.Time
	if err := d.SQL.QueryRowContext(ctx, "SELECT at FROM t").Scan(&back); err != nil || !back.Equal(now) {
		t.Fatalf("read back %v (%v), want %v", back, err, now)
	}
}

// TestQuery_RetriesOnALostConnection: a pooled PostgreSQL connection killed
// by the server (a restart, a proxy) does not fail the next read: it is
// retried once on a fresh connection. What cannot be retried is reported as
// a lost connection, which the API tells as UNAVAILABLE, not INTERNAL.
func TestQuery_RetriesOnALostConnection(t *testing.T) {
	testdb.SkipOrFailWithoutPostgres(t)
	ctx := context.Background()
	d := testdb.Open(t, "postgres")
	d.SQL.SetMaxOpenConns(1)
	d.SQL.SetMaxIdleConns(1)
	c := d.Client()
	sys := authz.WithSystem(ctx)
	if _, err := c.PublicBody.Query().Count(sys); err != nil {
		t.Fatal(err)
	}
	var pid int
	if err := d.SQL.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	admin, err := db.Open(ctx, testdb.PostgresURL(), db.Options{MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.SQL.ExecContext(ctx, "SELECT pg_terminate_backend($1)", pid); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the backend is gone
	if _, err := c.PublicBody.Query().Count(sys); err != nil {
		t.Fatalf("the read after the connection was killed: %v", err)
	}

	t.Run("Classified", func(t *testing.T) {
		for _, err := range []error{
			&pgconn.PgError{Code: "57P01"}, &pgconn.PgError{Code: "08006"}, io.ErrUnexpectedEOF, driver.ErrBadConn,
			fmt.Errorf("ent: %w", &net.OpError{Op: "read", Err: errors.New("connection reset by peer")}),
		} {
			if !db.IsConnectionLost(err) {
				t.Errorf("%v is a lost connection", err)
			}
		}
		for _, err := range []error{&pgconn.PgError{Code: "23505"}, &pgconn.PgError{Code: "57014"}, errors.New("no rows"), nil} {
			if db.IsConnectionLost(err) {
				t.Errorf("%v is not a lost connection", err)
			}
		}
	})
}

// TestTx_BeginsAtItsFirstStatement: a transaction takes SQLite's write lock
// only at its first statement, so what a mutation does before touching the
// database (parsing an upload) blocks no other writer; a transaction
// without statements commits as a no-op.
func TestTx_BeginsAtItsFirstStatement(t *testing.T) {
	ctx := context.Background()
	sys := authz.WithSystem(ctx)
	d := testdb.Open(t, "sqlite3")
	c := d.Client()
	tx, err := c.Tx(sys)
	if err != nil {
		t.Fatal(err)
	}
	// Another writer goes ahead at once while the first transaction has
	// not touched the database yet.
	other := make(chan error, 1)
	go func() {
		_, err := c.Vendor.Create().SetName("Scrittore concorrente").Save(sys)
		other <- err
	}()
	select {
	case err := <-other:
		if err != nil {
			t.Fatalf("the other writer: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("the other writer waited for a transaction that has not begun")
	}
	if _, err := tx.Vendor.Create().SetName("Scrittore in transazione").Save(sys); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if n, err := c.Vendor.Query().Count(sys); err != nil || n != 2 {
		t.Fatalf("%d vendors (%v), want 2", n, err)
	}
	empty, err := c.Tx(sys)
	if err != nil {
		t.Fatal(err)
	}
	if err := empty.Commit(); err != nil {
		t.Fatalf("committing a transaction without statements: %v", err)
	}
	if err := empty.Rollback(); err == nil {
		t.Error("rolling back a committed transaction must fail")
	}
}

// TestIsBusy: SQLite's "database is locked" past the busy timeout is told
// apart (the API answers UNAVAILABLE, db.busy, not INTERNAL).
func TestIsBusy(t *testing.T) {
	ctx := context.Background()
	file := t.TempDir() + "/b.db"
	a, err := db.Open(ctx, "sqlite:"+file+"?_pragma=busy_timeout(50)", db.Options{MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := db.Open(ctx, "sqlite:"+file+"?_pragma=busy_timeout(50)", db.Options{MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.SQL.ExecContext(ctx, "CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	tx, err := a.SQL.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	_, err = b.SQL.ExecContext(ctx, "INSERT INTO t VALUES (2)")
	if !db.IsBusy(err) {
		t.Fatalf("a write under another's lock: %v, want busy", err)
	}
	if db.IsBusy(errors.New("constraint failed")) {
		t.Error("a constraint failure is not busy")
	}
}

// TestTrace_ListsEveryStatement: Trace hands over the text of each
// statement counted, and stops when given nil.
func TestTrace_ListsEveryStatement(t *testing.T) {
	sys := authz.WithSystem(context.Background())
	d := testdb.Open(t, "sqlite3")
	c := d.Client()
	var seen []string
	d.Trace(func(q string) { seen = append(seen, q) })
	before := d.Statements()
	if _, err := c.Vendor.Create().SetName("Fornitore tracciato").Save(sys); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Vendor.Query().Count(sys); err != nil {
		t.Fatal(err)
	}
	if n := d.Statements() - before; int64(len(seen)) != n || n == 0 {
		t.Fatalf("traced %d statements of %d: %q", len(seen), n, seen)
	}
	if last := seen[len(seen)-1]; !strings.Contains(last, "COUNT(") || !strings.Contains(last, "vendors") {
		t.Errorf("the count was traced as %q", last)
	}
	d.Trace(nil)
	n := len(seen)
	if _, err := c.Vendor.Query().Count(sys); err != nil {
		t.Fatal(err)
	}
	if len(seen) != n {
		t.Errorf("Trace(nil) did not stop the tracing: %q", seen[n:])
	}
}
