package db_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

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
