package money_test

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/money"
)

func FuzzSplitLargestRemainder(f *testing.F) {
	f.Add(int64(100), []byte{1, 1, 1}, uint8(0))
	f.Add(int64(160861545), []byte("population weights"), uint8(40))
	f.Add(int64(1_000_000_000_000_000), []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3, 4, 5, 6, 7, 8}, uint8(64))
	f.Add(int64(0), []byte{}, uint8(0))
	f.Add(int64(-1), []byte{1}, uint8(0))
	f.Add(int64(5), []byte{0, 0}, uint8(0))
	f.Fuzz(func(t *testing.T, total int64, raw []byte, shift uint8) {
		// Weights: one byte each (many ties) when shift is 0, otherwise
		// 8 bytes each shifted right; negative weights appear when the top
		// bit survives. raw is capped so that the fuzzer does not spend its
		// time minimizing long inputs (minimization is quadratic).
		if len(raw) > 256 {
			raw = raw[:256]
		}
		var weights []int64
		if shift == 0 {
			for _, b := range raw {
				weights = append(weights, int64(b))
			}
		} else {
			for len(raw) >= 8 {
				weights = append(weights, int64(binary.LittleEndian.Uint64(raw))>>(shift%64))
				raw = raw[8:]
			}
		}
		negWeight, allZero := false, true
		for _, w := range weights {
			negWeight = negWeight || w < 0
			allZero = allZero && w == 0
		}

		parts, err := money.SplitLargestRemainder(total, weights)
		switch {
		case total < 0 || negWeight || (total > 0 && allZero):
			if e, ok := apperr.As(err); !ok || e.Code != apperr.Invalid || parts != nil {
				t.Fatalf("SplitLargestRemainder(%d, %v) = %v, %v; want INVALID error", total, weights, parts, err)
			}
			return
		case err != nil:
			t.Fatalf("SplitLargestRemainder(%d, %v): %v", total, weights, err)
		}
		checkSplit(t, total, weights, parts) // sum == total, within 1 of quota
		again, _ := money.SplitLargestRemainder(total, weights)
		for i := range parts {
			if parts[i] != again[i] {
				t.Fatal("not deterministic")
			}
		}
	})
}

func FuzzParseEUR(f *testing.F) {
	for _, s := range []string{"1.608.615,45", "1608615,45", "1608615.45", "1.608.615", "70000", "€ 70.000,00",
		"70.000,00 €", "-1.234,50 €", "", "1,608,615.45", "92.233.720.368.547.758,08", "-92.233.720.368.547.758,08",
		"0,001", "\xff", "EUR 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Longer inputs only repeat the digit loops; the fuzzer would spend
		// its budget minimizing them (see the italy package fuzz tests).
		if len(s) > 200 {
			s = s[:200]
		}
		v, err := money.ParseEUR(s)
		if err != nil {
			e, ok := apperr.As(err)
			if !ok || e.Code != apperr.Invalid || !strings.HasPrefix(e.Rule, "money.") || v != 0 {
				t.Fatalf("ParseEUR(%q) = %d, %#v", s, v, err)
			}
			return
		}
		for _, out := range []string{money.Format(v), money.FormatEUR(v)} {
			back, err := money.ParseEUR(out)
			if err != nil || back != v {
				t.Fatalf("ParseEUR(%q) = %d, but ParseEUR(%q) = %d, %v", s, v, out, back, err)
			}
		}
		// A negative value needs a '-' in the input.
		if v < 0 && !strings.Contains(s, "-") {
			t.Fatalf("ParseEUR(%q) = %d without a minus sign", s, v)
		}
	})
}

// FuzzSum: a checked sum is the exact sum or an overflow refusal, never a
// wrapped number.
func FuzzSum(f *testing.F) {
	f.Add(int64(1), int64(2), int64(3))
	f.Add(int64(math.MaxInt64), int64(1), int64(0))
	f.Add(int64(1)<<62, int64(1)<<62, int64(-1))
	f.Add(int64(math.MinInt64), int64(-1), int64(5))
	f.Fuzz(func(t *testing.T, a, b, c int64) {
		exact := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
		exact.Add(exact, big.NewInt(c))
		got, err := money.Sum(a, b, c)
		// The checked sum fails as soon as a partial sum leaves int64,
		// even if the total would come back in range.
		partial := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
		fits := partial.IsInt64() && exact.IsInt64()
		switch {
		case fits && (err != nil || got != exact.Int64()):
			t.Fatalf("Sum(%d, %d, %d) = %d, %v; want %s", a, b, c, got, err, exact)
		case !fits && err == nil:
			t.Fatalf("Sum(%d, %d, %d) = %d: an overflow must be refused", a, b, c, got)
		}
	})
}
