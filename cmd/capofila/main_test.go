package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the command line args and returns its output.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

func TestRun_Commands(t *testing.T) {
	t.Run("Version", func(t *testing.T) {
		out, _, err := runCmd(t, "version")
		if err != nil || strings.TrimSpace(out) != "dev" {
			t.Errorf("version: %q, %v; want dev", out, err)
		}
	})

	t.Run("Help", func(t *testing.T) {
		for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {}} {
			out, _, err := runCmd(t, args...)
			if err != nil {
				t.Errorf("%v: %v", args, err)
			}
			for _, want := range []string{"serve", "migrate up", "migrate status", "import-comuni", "seed", "version", "--database-url"} {
				if !strings.Contains(out, want) {
					t.Errorf("%v: usage does not mention %q", args, want)
				}
			}
		}
	})

	t.Run("CommandHelp", func(t *testing.T) {
		_, errOut, err := runCmd(t, "seed", "--help")
		if err != nil || !strings.Contains(errOut, "-database-url") {
			t.Errorf("seed --help: %v, flags %q", err, errOut)
		}
	})

	for _, tc := range []struct {
		name string
		args []string
	}{
		{"ErrUnknownCommand", []string{"frobnicate"}},
		{"ErrMigrateWithoutSubcommand", []string{"migrate"}},
		{"ErrMigrateUnknownSubcommand", []string{"migrate", "down"}},
		{"ErrUnknownFlag", []string{"seed", "--no-such-flag"}},
		{"ErrUnsupportedDatabase", []string{"migrate", "up", "--database-url", "mysql://localhost/capofila"}},
		{"ErrMissingComuniFile", []string{"import-comuni", "--database-url", "sqlite:" + filepath.Join(t.TempDir(), "x.db"), "--file", filepath.Join(t.TempDir(), "missing.json.gz")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, _, err := runCmd(t, tc.args...); err == nil {
				t.Errorf("%v: no error (output %q)", tc.args, out)
			}
		})
	}

	t.Run("MigrateSeedOnSQLite", func(t *testing.T) {
		url := "sqlite:" + filepath.Join(t.TempDir(), "x.db")

		out, _, err := runCmd(t, "migrate", "status", "--database-url", url)
		if err != nil || !strings.Contains(out, "pending") || strings.Contains(out, "applied") {
			t.Errorf("migrate status on a new database: %v\n%s", err, out)
		}

		out, _, err = runCmd(t, "migrate", "up", "--database-url", url)
		if err != nil || !strings.Contains(out, "migrations applied") || strings.HasPrefix(out, "0 ") {
			t.Fatalf("migrate up: %v\n%s", err, out)
		}
		out, _, err = runCmd(t, "migrate", "up", "--database-url", url)
		if err != nil || !strings.HasPrefix(out, "0 migrations applied") {
			t.Errorf("migrate up again: %v\n%s; want 0 migrations applied", err, out)
		}

		out, _, err = runCmd(t, "migrate", "status", "--database-url", url)
		if err != nil || !strings.Contains(out, "applied") || strings.Contains(out, "pending") {
			t.Errorf("migrate status after up: %v\n%s", err, out)
		}

		for i := range 2 {
			out, _, err = runCmd(t, "seed", "--database-url", url)
			if err != nil || !strings.Contains(out, "64 enti") || !strings.Contains(out, "Marche Sud") {
				t.Errorf("seed #%d: %v\n%s", i+1, err, out)
			}
		}
		t.Logf("seed: %s", out)
	})
}
