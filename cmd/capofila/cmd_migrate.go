package main

import (
	"context"
	"fmt"

	"github.com/capofila/capofila/internal/migrate"
)

// runMigrateUp is "capofila migrate up": it applies the pending migrations.
func runMigrateUp(ctx context.Context, e env, args []string) error {
	var cfg config
	// The flag set is named after "migrate" alone, as it always was.
	fs := newFlags("migrate", &cfg, e.stderr)
	if done, err := parseFlags(fs, args); done {
		return err
	}
	d, err := cfg.openDB(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	n, err := migrate.Up(ctx, d.SQL, d.Dialect)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d migrations applied\n", n)
	return nil
}

// runMigrateStatus is "capofila migrate status": it lists the migrations
// and whether they are applied.
func runMigrateStatus(ctx context.Context, e env, args []string) error {
	var cfg config
	fs := newFlags("migrate", &cfg, e.stderr)
	if done, err := parseFlags(fs, args); done {
		return err
	}
	d, err := cfg.openDB(ctx)
	if err != nil {
		return err
	}
	defer d.Close()
	st, err := migrate.Status(ctx, d.SQL, d.Dialect)
	if err != nil {
		return err
	}
	for _, m := range st {
		state := "pending"
		if m.Applied {
			state = "applied"
		}
		fmt.Fprintf(e.stdout, "%-8s %d %s\n", state, m.Version, m.Source)
	}
	return nil
}
