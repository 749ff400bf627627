package backup

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/capofila/capofila/internal/migrate"
)

// checkDatabase checks a restored file before it replaces anything: SQLite's
// integrity check, that it is a Capofila database (its migrations table and
// core tables), and that its schema is one this binary knows — at most the
// newest embedded migration (older ones are migrated at the next start).
func checkDatabase(ctx context.Context, file string, m *Manifest) error {
	sdb, err := sql.Open("sqlite", "file:"+file+"?_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer sdb.Close()
	var res string
	if err := sdb.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("the database in the backup cannot be read: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("the database in the backup is damaged: %s", res)
	}
	for _, table := range []string{"goose_db_version", "public_bodies", "users", "documents"} {
		var n int
		if err := sdb.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("the database in the backup is not a Capofila database (no %s table)", table)
		}
	}
	got, err := appliedVersion(ctx, sdb)
	if err != nil {
		return err
	}
	newest, err := newestMigration()
	if err != nil {
		return err
	}
	switch {
	case got > newest:
		return fmt.Errorf("the database in the backup has migration %d, newer than this Capofila knows (%d): restore it with the version that made it (%s)", got, newest, m.Version)
	case m.SchemaVersion != 0 && got != m.SchemaVersion:
		return fmt.Errorf("the database in the backup has migration %d, the manifest says %d: the backup is damaged", got, m.SchemaVersion)
	}
	return nil
}

// schemaVersion returns the last migration applied to an SQLite file.
func schemaVersion(ctx context.Context, file string) (int64, error) {
	sdb, err := sql.Open("sqlite", "file:"+file+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer sdb.Close()
	return appliedVersion(ctx, sdb)
}

func appliedVersion(ctx context.Context, sdb *sql.DB) (int64, error) {
	var v sql.NullInt64
	if err := sdb.QueryRowContext(ctx, "SELECT MAX(version_id) FROM goose_db_version WHERE is_applied").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading the migrations of the database: %w", err)
	}
	return v.Int64, nil
}

// newestMigration is the version of the newest SQLite migration this
// binary applies (River's steps included).
func newestMigration() (int64, error) { return migrate.Newest("sqlite3") }
