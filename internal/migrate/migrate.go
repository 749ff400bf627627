// Package migrate applies the embedded versioned migrations with goose and
// reports their status. It is the only way the schema of a real database
// changes: Capofila never auto-migrates outside tests.
package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/crc64"

	"entgo.io/ent/dialect"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/capofila/capofila/migrations"
)

// Applied describes one migration and whether it has been applied.
type Applied struct {
	Version int64
	Source  string
	Applied bool
}

func provider(db *sql.DB, dia string) (*goose.Provider, error) {
	fsys, err := migrations.FS(dia)
	if err != nil {
		return nil, err
	}
	opts := []goose.ProviderOption{goose.WithGoMigrations(riverMigrations(dia)...)}
	gd := goose.DialectSQLite3
	if dia == dialect.Postgres {
		gd = goose.DialectPostgres
		// Several replicas may start at once: one applies, the others wait.
		locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(crc64.Checksum([]byte("capofila-migrations"), crc64.MakeTable(crc64.ECMA)) >> 1)))
		if err != nil {
			return nil, err
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	return goose.NewProvider(gd, db, fsys, opts...)
}

// Up applies every pending migration and returns how many it applied.
func Up(ctx context.Context, db *sql.DB, dia string) (int, error) {
	p, err := provider(db, dia)
	if err != nil {
		return 0, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		var partial *goose.PartialError
		if errors.As(err, &partial) {
			return len(partial.Applied), fmt.Errorf("migration %d failed: %w", partial.Failed.Source.Version, partial.Err)
		}
		return len(res), fmt.Errorf("applying migrations: %w", err)
	}
	return len(res), nil
}

// Status lists every migration and whether it is applied.
func Status(ctx context.Context, db *sql.DB, dia string) ([]Applied, error) {
	p, err := provider(db, dia)
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Applied, 0, len(st))
	for _, s := range st {
		out = append(out, Applied{Version: s.Source.Version, Source: s.Source.Path, Applied: s.State == goose.StateApplied})
	}
	return out, nil
}

// Pending reports whether some migration is not applied yet.
func Pending(ctx context.Context, db *sql.DB, dia string) (bool, error) {
	p, err := provider(db, dia)
	if err != nil {
		return false, err
	}
	return p.HasPending(ctx)
}
