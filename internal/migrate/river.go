package migrate

import (
	"context"
	"database/sql"
	"io/fs"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/pressly/goose/v3"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/capofila/capofila/migrations"
)

// River's tables (the job queue, internal/jobs) are created by River's own
// migrations, run here as steps of the project's sequence, each pinned to
// the River schema version it brings, so that every database reaches the
// same River schema at the same project version. Upgrading River adds a
// step with the new target version; a step never changes once released.
var riverSteps = []struct {
	version int64 // the project's migration version
	target  int   // River's schema version after it
}{
	// River v0.51.2, migration line "main" 1–8, in two transactions: 4 adds
	// the job state "pending", which PostgreSQL lets 6 use only once
	// committed.
	{20261207070000, 5},
	{20261207070001, 8},
}

// riverMigrations returns the River steps for dia as goose Go migrations.
func riverMigrations(dia string) []*goose.Migration {
	out := make([]*goose.Migration, 0, len(riverSteps))
	prev := -1 // down from the first step removes River's tables
	for _, s := range riverSteps {
		up, down := s.target, prev
		out = append(out, goose.NewGoMigration(s.version,
			&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error {
				return migrateRiver(ctx, tx, dia, rivermigrate.DirectionUp, up)
			}},
			&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error {
				return migrateRiver(ctx, tx, dia, rivermigrate.DirectionDown, down)
			}},
		))
		prev = s.target
	}
	return out
}

// migrateRiver moves River's schema in tx to version target (-1 down:
// none of River's tables).
func migrateRiver(ctx context.Context, tx *sql.Tx, dia string, dir rivermigrate.Direction, target int) error {
	opts := &rivermigrate.MigrateOpts{TargetVersion: target}
	if dia == dialect.SQLite {
		m, err := rivermigrate.New(riversqlite.New(nil), nil)
		if err != nil {
			return err
		}
		_, err = m.MigrateTx(ctx, tx, dir, opts)
		return err
	}
	m, err := rivermigrate.New(riverdatabasesql.New(nil), nil)
	if err != nil {
		return err
	}
	_, err = m.MigrateTx(ctx, tx, dir, opts)
	return err
}

// Newest returns the newest migration version this build knows for dia:
// its SQL files' and River's steps'.
func Newest(dia string) (int64, error) {
	fsys, err := migrations.FS(dia)
	if err != nil {
		return 0, err
	}
	files, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return 0, err
	}
	var newest int64
	for _, f := range files {
		digits, _, _ := strings.Cut(f, "_")
		if v, err := strconv.ParseInt(digits, 10, 64); err == nil && v > newest {
			newest = v
		}
	}
	for _, s := range riverSteps {
		newest = max(newest, s.version)
	}
	return newest, nil
}
