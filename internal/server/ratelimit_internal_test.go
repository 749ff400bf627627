package server

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/internal/testdb"
)

// TestSharedBuckets_BehaveAsTheInProcessBucket drives the PostgreSQL
// buckets (GCRA in one statement) and the in-process token bucket
// (golang.org/x/time/rate) with the same requests at the same instants:
// they must allow and refuse the same ones, and tell the same wait.
func TestSharedBuckets_BehaveAsTheInProcessBucket(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.Postgres)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	// 2 requests per second, bursts of 3: every instant below is a
	// multiple of a quarter second, so both count exactly.
	shared := newLimiter(2, 3, d.SQL, "user", log)
	local := newLimiter(2, 3, nil, "user", log)
	if _, ok := shared.(*sharedBuckets); !ok {
		t.Fatalf("newLimiter with a database returned %T", shared)
	}
	start := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(8, 36))
	now := start
	refused := 0
	for i := range 300 {
		if r.IntN(3) == 0 {
			now = now.Add(time.Duration(1+r.IntN(4)) * 250 * time.Millisecond)
		}
		key := []string{"a", "b"}[r.IntN(2)]
		okS, waitS := shared.take(ctx, key, now)
		okL, waitL := local.take(ctx, key, now)
		if okS != okL || (!okS && waitS != waitL) {
			t.Fatalf("request %d of %q at +%v: shared (%v, %v), in process (%v, %v)", i, key, now.Sub(start), okS, waitS, okL, waitL)
		}
		if !okS {
			refused++
		}
	}
	if refused < 30 || refused > 270 {
		t.Errorf("%d of 300 requests refused: the sequence does not exercise both outcomes", refused)
	}

	// A burst at one instant: three pass, the fourth waits half a second;
	// another key and the other scope have buckets of their own.
	burst := start.Add(time.Hour)
	for i := range 3 {
		if ok, _ := shared.take(ctx, "c", burst); !ok {
			t.Fatalf("request %d of a full bucket refused", i+1)
		}
	}
	if ok, wait := shared.take(ctx, "c", burst); ok || wait != 500*time.Millisecond {
		t.Errorf("fourth request: allowed %v, wait %v; want refused, 500ms", ok, wait)
	}
	if ok, _ := newLimiter(2, 3, d.SQL, "address", log).take(ctx, "c", burst); !ok {
		t.Error("the address scope spent the user's bucket")
	}
	if ok, _ := shared.take(ctx, "c", burst.Add(500*time.Millisecond)); !ok {
		t.Error("after the wait the request is still refused")
	}
}
