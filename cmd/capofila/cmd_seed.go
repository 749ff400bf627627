package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/scale"
)

// runSeed is "capofila seed": the demo data, or the national data set.
func runSeed(ctx context.Context, e env, args []string) error {
	var (
		cfg config
		sf  seedFlags
	)
	fs := newFlags("seed", &cfg, e.stderr)
	bindSeedFlags(fs, &sf)
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if err := sf.check(cfg.DatabaseURL); err != nil {
		return err
	}
	d, err := cfg.openMigrated(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	if sf.national() {
		return seedNational(ctx, cfg.DatabaseURL, sf, e.stdout)
	}
	return seedDemo(ctx, d.Client(), e.stdout)
}

// seedFlags are the flags of seed.
type seedFlags struct {
	Scale  string
	Factor float64
	Reset  bool
}

func bindSeedFlags(fs *flag.FlagSet, sf *seedFlags) {
	fs.StringVar(&sf.Scale, "scale", "demo", `"demo" (Marche Sud) or "national" (every comune, 2,000 funded aggregations and their projects; PostgreSQL only)`)
	fs.Float64Var(&sf.Factor, "scale-factor", 1, "with --scale national: share of the national aggregations, projects and vendors to generate (e.g. 0.1)")
	fs.BoolVar(&sf.Reset, "reset", false, "with --scale national: delete every row of the database first (it must otherwise be empty)")
}

func (sf seedFlags) national() bool { return sf.Scale == "national" }

// check refuses what seed cannot do before anything is opened.
func (sf seedFlags) check(databaseURL string) error {
	switch {
	case sf.Scale != "demo" && sf.Scale != "national":
		return fmt.Errorf(`unknown --scale %q: use "demo" or "national"`, sf.Scale)
	case !sf.national() && (sf.Reset || sf.Factor != 1):
		return errors.New("--reset and --scale-factor apply to --scale national only")
	case sf.national() && !db.IsPostgres(databaseURL):
		return errors.New("--scale national needs PostgreSQL (--database-url postgres://…): the national data set is millions of rows, written with PostgreSQL's COPY; the embedded SQLite database is for the demo")
	case sf.national() && (sf.Factor <= 0 || sf.Factor > 1):
		return errors.New("--scale-factor must be greater than 0 and at most 1")
	}
	return nil
}

// seedNational generates the national data set and reports it.
func seedNational(ctx context.Context, databaseURL string, sf seedFlags, stdout io.Writer) error {
	cfg := scale.National().Scaled(sf.Factor)
	fmt.Fprintf(stdout, "Generazione del paese su scala %g (seme %d)…\n", sf.Factor, cfg.Seed)
	res, err := scale.Generate(ctx, databaseURL, cfg, sf.Reset, stdout)
	if err != nil {
		return fmt.Errorf("seeding the national data set: %w", err)
	}
	res.Report(stdout)
	return nil
}

// seedDemo loads the "Marche Sud" demo data and lists the demo users.
func seedDemo(ctx context.Context, client *gen.Client, stdout io.Writer) error {
	res, err := demo.SeedFull(ctx, client)
	if err != nil {
		return fmt.Errorf("seeding demo data: %w", err)
	}
	fmt.Fprintf(stdout, "Demo data: aggregazione %q, %d enti, %d abitanti; domanda in bozza per %s.\n",
		res.Aggregation.Name, res.Members, res.Population, money.FormatEUR(res.BudgetCents))
	fmt.Fprintf(stdout, "Accessi dimostrativi (password per tutti: %s):\n", demo.Password)
	for _, u := range demo.Users {
		fmt.Fprintf(stdout, "  %-34s %-16s %s\n", u.Email, u.Role, u.What)
	}
	return nil
}
