// Command migrategen writes a new versioned migration for each dialect from
// the difference between the Ent schema and the existing migrations. Used by
// `make migration NAME=…`; it needs a scratch PostgreSQL server (it creates
// and drops a temporary database there) and nothing else.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"time"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/capofila/capofila/ent/gen"
)

func main() {
	name := flag.String("name", "", "name of the migration, e.g. add_vendor_city")
	rehash := flag.Bool("rehash", false, "only rewrite each dialect's atlas.sum after adding a hand-written (data) migration")
	pgURL := flag.String("postgres", envOr("CAPOFILA_DEV_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"),
		"URL of a PostgreSQL server where a scratch database may be created ($CAPOFILA_DEV_DATABASE_URL)")
	flag.Parse()
	if *rehash {
		for _, dir := range []string{"migrations/sqlite", "migrations/postgres"} {
			if err := rehashDir(dir); err != nil {
				log.Fatalf("%s: %v", dir, err)
			}
			fmt.Printf("%s: atlas.sum rewritten\n", dir)
		}
		return
	}
	if *name == "" {
		log.Fatal("migrategen: -name is required")
	}
	ctx := context.Background()
	if err := diffSQLite(ctx, *name); err != nil {
		log.Fatalf("sqlite: %v", err)
	}
	if err := diffPostgres(ctx, *name, *pgURL); err != nil {
		log.Fatalf("postgres: %v", err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func diff(ctx context.Context, db *sql.DB, dia, dir, name string) error {
	d, err := sqltool.NewGooseDir(dir)
	if err != nil {
		return err
	}
	client := gen.NewClient(gen.Driver(entsql.OpenDB(dia, db)))
	err = client.Schema.NamedDiff(ctx, name,
		schema.WithDir(d),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
	)
	if err == atlasmigrate.ErrNoPlan {
		fmt.Printf("%s: no changes\n", dir)
		return nil
	}
	if err == nil {
		fmt.Printf("%s: new migration %q written\n", dir, name)
	}
	return err
}

func diffSQLite(ctx context.Context, name string) error {
	db, err := sql.Open("sqlite", "file:migrategen?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return diff(ctx, db, dialect.SQLite, "migrations/sqlite", name)
}

func diffPostgres(ctx context.Context, name, serverURL string) error {
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		return err
	}
	defer admin.Close()
	scratch := fmt.Sprintf("capofila_migrategen_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+scratch); err != nil {
		return fmt.Errorf("creating scratch database: %w", err)
	}
	defer admin.ExecContext(context.WithoutCancel(ctx), "DROP DATABASE "+scratch+" WITH (FORCE)")
	u, err := url.Parse(serverURL)
	if err != nil {
		return err
	}
	u.Path = "/" + scratch
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	return diff(ctx, db, dialect.Postgres, "migrations/postgres", name)
}

// rehashDir rewrites the checksum file of a migration folder. A
// hand-written migration (data moved by SQL, which the schema diff cannot
// write) is added with a timestamp that orders it where it must run, and
// then the folder is re-hashed deliberately.
func rehashDir(dir string) error {
	d, err := sqltool.NewGooseDir(dir)
	if err != nil {
		return err
	}
	sum, err := d.Checksum()
	if err != nil {
		return err
	}
	return atlasmigrate.WriteSumFile(d, sum)
}
