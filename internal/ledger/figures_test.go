package ledger

import (
	"math"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
)

func TestFigures_Add(t *testing.T) {
	f := Figures{Allocated: 100, Committed: 40, Invoiced: 30, Paid: 20, Claimed: 10, Admitted: 5}
	if err := f.Add(Figures{Allocated: 1, Committed: 2, Invoiced: 3, Paid: 4, Claimed: 5, Admitted: 6}); err != nil {
		t.Fatal(err)
	}
	want := Figures{Allocated: 101, Committed: 42, Invoiced: 33, Paid: 24, Claimed: 15, Admitted: 11}
	if f != want {
		t.Fatalf("sum %+v, want %+v", f, want)
	}
	if f.Remaining() != 59 {
		t.Errorf("remaining %d, want 59", f.Remaining())
	}
	// Every figure is checked, and an overflow leaves the figures as they were.
	for i := range 6 {
		big := Figures{}
		*[]*int64{&big.Allocated, &big.Committed, &big.Invoiced, &big.Paid, &big.Claimed, &big.Admitted}[i] = math.MaxInt64
		before := f
		err := f.Add(big)
		if e, ok := apperr.As(err); !ok || e.Rule != "money.overflow" {
			t.Errorf("figure %d: err %v, want money.overflow", i, err)
		}
		if f != before {
			t.Errorf("figure %d: an overflowing Add changed the figures to %+v", i, f)
		}
	}
}
