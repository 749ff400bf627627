package migrate_test

import (
	"context"
	"errors"
	"testing"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/migrate"
	"github.com/capofila/capofila/internal/testdb"
)

// TestMigrations_NoDrift applies the embedded migrations to an empty
// database and checks that the result is exactly the Ent schema: a diff
// between the two plans nothing.
func TestMigrations_NoDrift(t *testing.T) {
	for _, dia := range testdb.Dialects {
		t.Run(testdb.Name(dia), func(t *testing.T) {
			ctx := context.Background()
			d := testdb.OpenEmpty(t, dia)
			n, err := migrate.Up(ctx, d.SQL, d.Dialect)
			if err != nil {
				t.Fatalf("Up: %v", err)
			}
			if n == 0 {
				t.Fatal("no migration applied to an empty database")
			}
			if err := drift(ctx, d); !errors.Is(err, atlasmigrate.ErrNoPlan) {
				t.Fatalf("the migrations differ from the Ent schema (run `make migration NAME=…`): %v", err)
			}
			// The check itself must be able to fail: remove an index the
			// schema declares and expect a plan that restores it.
			if _, err := d.SQL.ExecContext(ctx, "DROP INDEX aggregation_name"); err != nil {
				t.Fatal(err)
			}
			if err := drift(ctx, d); err != nil {
				t.Fatalf("drift after dropping an index: got %v, want a plan (nil error)", err)
			}
		})
	}
}

// TestMigrations_UpIsIdempotent checks that a second Up applies nothing and
// that Status reports every migration applied.
func TestMigrations_UpIsIdempotent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		n, err := migrate.Up(ctx, d.SQL, d.Dialect)
		if err != nil || n != 0 {
			t.Fatalf("second Up: applied %d, err %v", n, err)
		}
		st, err := migrate.Status(ctx, d.SQL, d.Dialect)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range st {
			if !m.Applied {
				t.Errorf("migration %d not applied", m.Version)
			}
		}
		pending, err := migrate.Pending(ctx, d.SQL, d.Dialect)
		if err != nil || pending {
			t.Fatalf("Pending = %v, %v", pending, err)
		}
	})
}

// drift plans the changes that would bring d to the Ent schema; it returns
// atlasmigrate.ErrNoPlan when there are none.
func drift(ctx context.Context, d *db.DB) error {
	return d.Client().Schema.NamedDiff(ctx, "drift",
		schema.WithDir(&atlasmigrate.MemDir{}),
		schema.WithMigrationMode(schema.ModeInspect),
		schema.WithDialect(d.Dialect),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
	)
}
