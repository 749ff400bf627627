package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSeed_ScaleFlags(t *testing.T) {
	sqlite := "sqlite:" + filepath.Join(t.TempDir(), "x.db")
	pg := "postgres://postgres@127.0.0.1:1/none?sslmode=disable"
	for _, tc := range []struct {
		name, want string
		args       []string
	}{
		{"ErrNationalOnSQLite", "needs PostgreSQL", []string{"seed", "--scale", "national", "--database-url", sqlite}},
		{"ErrUnknownScale", "unknown --scale", []string{"seed", "--scale", "regional", "--database-url", pg}},
		{"ErrResetWithDemo", "--scale national only", []string{"seed", "--reset", "--database-url", sqlite}},
		{"ErrFactor", "--scale-factor", []string{"seed", "--scale", "national", "--scale-factor", "2", "--database-url", pg}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCmd(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%v: error %v, want one about %q", tc.args, err, tc.want)
			}
		})
	}
}
