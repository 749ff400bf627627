package money_test

import (
	"math"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/money"
)

func TestSum_RefusesOverflow(t *testing.T) {
	if got, err := money.Sum(1, 2, 3); err != nil || got != 6 {
		t.Fatalf("Sum(1, 2, 3) = %d, %v", got, err)
	}
	for _, in := range [][]int64{{math.MaxInt64, 1}, {1 << 62, 1 << 62}, {math.MinInt64, -1}} {
		if _, err := money.Sum(in...); rule(err) != "money.overflow" {
			t.Errorf("Sum(%v): err %v, want money.overflow", in, err)
		}
	}
}

func TestCheckBound(t *testing.T) {
	for _, tc := range []struct {
		cents int64
		rule  string
	}{{0, ""}, {money.MaxCents, ""}, {money.MaxCents + 1, "money.too_large"}, {-1, "money.negative"}, {math.MaxInt64, "money.too_large"}} {
		err := money.CheckBound("amountCents", tc.cents)
		if (tc.rule == "" && err != nil) || (tc.rule != "" && rule(err) != tc.rule) {
			t.Errorf("CheckBound(%d) = %v, want rule %q", tc.cents, err, tc.rule)
		}
		if ae, ok := apperr.As(err); ok && ae.Field != "amountCents" {
			t.Errorf("CheckBound(%d) field %q", tc.cents, ae.Field)
		}
	}
}
