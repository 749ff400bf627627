// Package migrations embeds the versioned SQL migrations, one folder per
// dialect, generated from the Ent schema by `make migration NAME=…` and
// applied by `capofila migrate up` and at server start. Never edit a
// released migration: add a new one.
package migrations

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed postgres/*.sql sqlite/*.sql
var files embed.FS

// FS returns the migrations of a dialect ("postgres" or "sqlite3").
func FS(dialect string) (fs.FS, error) {
	switch dialect {
	case "postgres":
		return fs.Sub(files, "postgres")
	case "sqlite3":
		return fs.Sub(files, "sqlite")
	default:
		return nil, fmt.Errorf("no migrations for dialect %q", dialect)
	}
}
