package main

import (
	"io"
	"log/slog"
	"runtime/debug"
	"testing"
)

// TestTuneGC: serve collects at GOGC=400 under a 1 GiB soft limit, unless
// the environment sets GOGC or GOMEMLIMIT, which are then left alone.
func TestTuneGC(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	read := func() (int, int64) {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p, debug.SetMemoryLimit(-1)
	}

	debug.SetMemoryLimit(1 << 40)
	tuneGC(func(string) string { return "" }, quiet)
	if p, l := read(); p != 400 || l != 1<<30 {
		t.Errorf("without GOGC and GOMEMLIMIT: GOGC %d, limit %d; want 400 and 1 GiB", p, l)
	}

	debug.SetGCPercent(150)
	debug.SetMemoryLimit(1 << 40)
	tuneGC(func(k string) string { return map[string]string{"GOGC": "150", "GOMEMLIMIT": "1TiB"}[k] }, quiet)
	if p, l := read(); p != 150 || l != 1<<40 {
		t.Errorf("with GOGC and GOMEMLIMIT set: GOGC %d, limit %d; want them left at 150 and 1 TiB", p, l)
	}
}
