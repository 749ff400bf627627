package main

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// A sign-in refused as busy is neither an operation nor an error: the
// sign-in row reports the accepted ones and the refusals apart.
func TestClosedLoop_CountsRefusalsApart(t *testing.T) {
	var n atomic.Int64
	r := closedLoop(context.Background(), 2, 0, 50*time.Millisecond, func(context.Context, int) error {
		time.Sleep(time.Millisecond)
		switch n.Add(1) % 3 {
		case 0:
			return errRefused
		case 1:
			return errors.New("HTTP 500")
		}
		return nil
	})
	if r.Ops == 0 || r.Refused == 0 || r.Errors == 0 {
		t.Fatalf("result = %+v, want operations, refusals and errors each counted", r)
	}
	if total := int64(r.Ops + r.Refused + r.Errors); total != n.Load() {
		t.Fatalf("%d ops + %d refused + %d errors = %d, want the %d calls", r.Ops, r.Refused, r.Errors, total, n.Load())
	}
	if got := errNote(r); got == "" {
		t.Fatal("errNote says nothing of the refusals and errors")
	}
}

func TestClientAddr_OnePerWorker(t *testing.T) {
	seen := map[string]bool{}
	for w := range 600 {
		a := clientAddr(w)
		if seen[a] {
			t.Fatalf("worker %d shares the address %s", w, a)
		}
		seen[a] = true
	}
}
