package main

import (
	"log/slog"
	"runtime/debug"
	"strconv"
)

// The garbage collector of serve. A GraphQL answer allocates a lot of
// short-lived memory (about 500 objects per expense item of a claim page)
// over a small live heap, so with Go's default (GOGC=100: collect when the
// heap has doubled) the collector runs very often: BenchmarkOperations on
// PostgreSQL took 17-20% less time per claim page and 10-16% less per
// project page with GOGC=400 (docs/PERFORMANCE.md). The soft memory limit
// keeps that from growing the heap without bound: near it the collector
// runs as often as it must. Operators set GOGC or GOMEMLIMIT to choose
// otherwise; each is left alone when set.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 1 << 30 // 1 GiB
)

// tuneGC applies serve's collector settings that the environment (getenv)
// does not set, and logs them.
func tuneGC(getenv func(string) string, log *slog.Logger) {
	gogc, limit := getenv("GOGC"), getenv("GOMEMLIMIT")
	if gogc == "" {
		debug.SetGCPercent(serveGCPercent)
		gogc = strconv.Itoa(serveGCPercent)
	}
	if limit == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
		limit = "1GiB"
	}
	log.Info("garbage collector", "gogc", gogc, "gomemlimit", limit)
}
