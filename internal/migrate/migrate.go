// Package migrate applies the embedded versioned migrations with goose and
// reports their status. It is the only way the schema of a real database
// changes: Capofila never auto-migrates outside tests.
package migrate

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc64"
	"io/fs"

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

// Fingerprint identifies what Up makes of an empty database: a SHA-256 of
// every embedded migration of both dialects and of River's steps. Two
// builds with the same fingerprint migrate to the same schema (the tests
// keep one migrated copy per fingerprint, internal/testdb).
func Fingerprint() (string, error) {
	h := sha256.New()
	for _, dia := range []string{dialect.Postgres, dialect.SQLite} {
		fsys, err := migrations.FS(dia)
		if err != nil {
			return "", err
		}
		err = fs.WalkDir(fsys, ".", func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := fs.ReadFile(fsys, path)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s/%s %d\n", dia, path, len(b))
			h.Write(b)
			return nil
		})
		if err != nil {
			return "", err
		}
	}
	for _, s := range riverSteps {
		fmt.Fprintf(h, "river %d %d\n", s.version, s.target)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
