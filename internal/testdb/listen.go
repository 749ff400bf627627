package testdb

import (
	"context"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/db"
)

// Listen runs d's listener of viewer and reference changes (PostgreSQL:
// db.DB.ListenViewers, as serve does) until the test ends, and waits for
// it to connect: until then the viewer and reference caches are bypassed.
// On SQLite it returns at once.
func Listen(tb testing.TB, d *db.DB) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { d.ListenViewers(ctx, nil); close(done) }()
	tb.Cleanup(func() { cancel(); <-done })
	for deadline := time.Now().Add(10 * time.Second); !d.ListeningViewers(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			tb.Fatal("the listener of viewer and reference changes did not connect")
		}
	}
}
