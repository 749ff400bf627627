package money_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/money"
)

func TestFormatEUR(t *testing.T) {
	for _, c := range []struct {
		cents int64
		want  string
	}{
		{160861545, "1.608.615,45 €"},
		{0, "0,00 €"},
		{5, "0,05 €"},
		{50, "0,50 €"},
		{100, "1,00 €"},
		{99999, "999,99 €"},
		{100000, "1.000,00 €"},
		{7000000, "70.000,00 €"},
		{-123450, "-1.234,50 €"},
		{-5, "-0,05 €"},
		{100000000000, "1.000.000.000,00 €"},
		{math.MaxInt64, "92.233.720.368.547.758,07 €"},
		{math.MinInt64, "-92.233.720.368.547.758,08 €"},
	} {
		t.Run(c.want, func(t *testing.T) {
			if got := money.FormatEUR(c.cents); got != c.want {
				t.Fatalf("FormatEUR(%d) = %q, want %q", c.cents, got, c.want)
			}
			if got, want := money.Format(c.cents), c.want[:len(c.want)-len(" €")]; got != want {
				t.Fatalf("Format(%d) = %q, want %q", c.cents, got, want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		cents int64
		want  string
	}{
		{160861545, "1.608.615,45"},
		{0, "0,00"},
		{1, "0,01"},
		{-1, "-0,01"},
		{12345678, "123.456,78"},
	} {
		t.Run(c.want, func(t *testing.T) {
			if got := money.Format(c.cents); got != c.want {
				t.Fatalf("Format(%d) = %q, want %q", c.cents, got, c.want)
			}
		})
	}
}

func rule(err error) string {
	if e, ok := apperr.As(err); ok && e.Code == apperr.Invalid {
		return e.Rule
	}
	return fmt.Sprintf("not an INVALID *apperr.Error: %v", err)
}

func TestParseEUR(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		rule string
	}{
		{"1.608.615,45", 160861545, ""},
		{"1608615,45", 160861545, ""},
		{"1608615.45", 160861545, ""},
		{"1608615.4", 160861540, ""},
		{"1608615,4", 160861540, ""},
		{"1.608.615", 160861500, ""},
		{"1.608", 160800, ""},
		{"70000", 7000000, ""},
		{"€ 70.000,00", 7000000, ""},
		{"70.000,00 €", 7000000, ""},
		{"€70.000", 7000000, ""},
		{"70000€", 7000000, ""},
		{"EUR 70.000,00", 7000000, ""},
		{"70.000,00 eur", 7000000, ""},
		{"  1.234,50\t", 123450, ""},
		{"\u00a01.234,50\u00a0€", 123450, ""},
		{"0", 0, ""},
		{"0,05", 5, ""},
		{"0.05", 5, ""},
		{"-1.234,50 €", -123450, ""},
		{"-1.234,50", -123450, ""},
		{"-€ 1.234,50", -123450, ""},
		{"€ -1.234,50", -123450, ""},
		{"-0,00", 0, ""},
		{"0001", 100, ""},
		{"92.233.720.368.547.758,07", math.MaxInt64, ""},
		{"-92.233.720.368.547.758,08", math.MinInt64, ""},

		{"", 0, "money.empty"},
		{"   ", 0, "money.empty"},
		{"1.608.615,455", 0, "money.decimals"},
		{"1608615,455", 0, "money.decimals"},
		{"1608615.455", 0, "money.decimals"},
		{"12.3456", 0, "money.decimals"},
		{"0.555", 0, "money.decimals"},
		{"0.555,00", 0, "money.format"},
		{"01.555", 0, "money.decimals"},
		{"01.555.000", 0, "money.format"},
		{"1.555", 155500, ""},
		{"0,001", 0, "money.decimals"},
		{"92.233.720.368.547.758,08", 0, "money.overflow"},
		{"-92.233.720.368.547.758,09", 0, "money.overflow"},
		{"99999999999999999999999", 0, "money.overflow"},
		{"1,608,615.45", 0, "money.format"},
		{"1,608.45", 0, "money.format"},
		{"1.608.615.45", 0, "money.format"},
		{"1.60.615", 0, "money.format"},
		{"1608.615,45", 0, "money.format"},
		{".50", 0, "money.format"},
		{",50", 0, "money.format"},
		{"70,", 0, "money.format"},
		{"70.", 0, "money.format"},
		{"1 608 615,45", 0, "money.format"},
		{"+70", 0, "money.format"},
		{"70-", 0, "money.format"},
		{"--70", 0, "money.format"},
		{"- € -70", 0, "money.format"},
		{"7O", 0, "money.format"},
		{"€", 0, "money.format"},
		{"-", 0, "money.format"},
		{"€ 70 €", 0, "money.format"},
		{"$70", 0, "money.format"},
		{"1e5", 0, "money.format"},
		{"\xff", 0, "money.format"},
		{"７０", 0, "money.format"},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := money.ParseEUR(c.in)
			if c.rule == "" {
				if err != nil || got != c.want {
					t.Fatalf("ParseEUR(%q) = %d, %v; want %d", c.in, got, err, c.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseEUR(%q) = %d, want error %s", c.in, got, c.rule)
			}
			if r := rule(err); r != c.rule {
				t.Fatalf("ParseEUR(%q): rule %q (%v), want %q", c.in, r, err, c.rule)
			}
			if got != 0 {
				t.Fatalf("ParseEUR(%q) returned %d with an error", c.in, got)
			}
		})
	}
}

func TestParseFormatRoundTrip(t *testing.T) {
	values := []int64{0, 1, -1, 5, 99, 100, 101, 999, 1000, 99999, 100000, 160861545, -123450,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		values = append(values, r.Int64()>>r.IntN(64))
	}
	for _, v := range values {
		for _, s := range []string{money.Format(v), money.FormatEUR(v)} {
			got, err := money.ParseEUR(s)
			if err != nil || got != v {
				t.Fatalf("ParseEUR(%q) = %d, %v; want %d", s, got, err, v)
			}
		}
	}
}

// checkSplit asserts the properties of a largest-remainder split.
func checkSplit(t *testing.T, total int64, weights, parts []int64) {
	t.Helper()
	if len(parts) != len(weights) {
		t.Fatalf("got %d parts for %d weights", len(parts), len(weights))
	}
	sumW := new(big.Int)
	for _, w := range weights {
		sumW.Add(sumW, big.NewInt(w))
	}
	var sum int64
	for i, p := range parts {
		sum += p
		if sumW.Sign() == 0 {
			if p != 0 {
				t.Fatalf("all weights zero but part %d = %d", i, p)
			}
			continue
		}
		if weights[i] == 0 && p != 0 {
			t.Fatalf("part %d has weight 0 but gets %d", i, p)
		}
		// floor(quota) ≤ p ≤ floor(quota) + 1, and |p − quota| < 1.
		num := new(big.Int).Mul(big.NewInt(total), big.NewInt(weights[i]))
		floor := new(big.Int).Quo(num, sumW)
		d := new(big.Int).Sub(big.NewInt(p), floor)
		if d.Sign() < 0 || d.Cmp(big.NewInt(1)) > 0 {
			t.Fatalf("part %d = %d, quota floor %s (total %d, weights %v)", i, p, floor, total, weights)
		}
		diff := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(p), sumW), num)
		if diff.CmpAbs(sumW) >= 0 {
			t.Fatalf("part %d = %d is 1 cent or more away from its quota", i, p)
		}
	}
	if sum != total {
		t.Fatalf("parts %v sum to %d, want %d", parts, sum, total)
	}
}

func TestSplitLargestRemainder(t *testing.T) {
	for _, c := range []struct {
		name    string
		total   int64
		weights []int64
		want    []int64
		rule    string
	}{
		{"100 over 3 equal", 100, []int64{1, 1, 1}, []int64{34, 33, 33}, ""},
		{"1000000 over 3 equal", 1000000, []int64{3, 3, 3}, []int64{333334, 333333, 333333}, ""},
		{"by population", 160861545, []int64{104183, 99169, 1480, 3012, 265},
			[]int64{80530099, 76654439, 1143992, 2328179, 204836}, ""},
		{"exact", 1000, []int64{1, 2, 7}, []int64{100, 200, 700}, ""},
		{"tie broken by larger weight", 2, []int64{1, 3}, []int64{0, 2}, ""},
		{"tie broken by larger weight reversed", 2, []int64{3, 1}, []int64{2, 0}, ""},
		{"tie broken by lower index", 1, []int64{2, 5, 2, 5}, []int64{0, 1, 0, 0}, ""},
		{"zero weights get nothing", 7, []int64{0, 5, 0}, []int64{0, 7, 0}, ""},
		{"single part", 12345, []int64{9}, []int64{12345}, ""},
		{"zero total", 0, []int64{1, 2}, []int64{0, 0}, ""},
		{"zero total, zero weights", 0, []int64{0, 0}, []int64{0, 0}, ""},
		{"zero total, no weights", 0, nil, []int64{}, ""},
		{"large", 1_000_000_000_000_000, []int64{1_000_000_000_000, 999_999_999_999, 1},
			[]int64{500_000_000_000_000, 499_999_999_999_500, 500}, ""},
		{"int64 limits", math.MaxInt64, []int64{math.MaxInt64, math.MaxInt64, 1},
			[]int64{4611686018427387903, 4611686018427387903, 1}, ""},
		{"all weights zero", 100, []int64{0, 0}, nil, "money.split_weights"},
		{"no weights", 100, nil, nil, "money.split_weights"},
		{"negative total", -100, []int64{1, 1}, nil, "money.split_total"},
		{"negative weight", 100, []int64{1, -1}, nil, "money.split_weight"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := money.SplitLargestRemainder(c.total, c.weights)
			if c.rule != "" {
				if r := rule(err); r != c.rule {
					t.Fatalf("got %v, %v; want rule %s", got, err, c.rule)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("SplitLargestRemainder(%d, %v) = %v, %v; want %v", c.total, c.weights, got, err, c.want)
			}
			checkSplit(t, c.total, c.weights, got)
		})
	}
}

func TestSplitLargestRemainderProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 3000 {
		n := 1 + r.IntN(30)
		weights := make([]int64, n)
		var maxW int64 = 1_000_000_000_000
		if i%3 == 0 {
			maxW = 10 // many ties
		}
		for j := range weights {
			if r.IntN(5) > 0 {
				weights[j] = r.Int64N(maxW + 1)
			}
		}
		total := r.Int64N(1_000_000_000_000_001)
		if i%2 == 0 {
			total = r.Int64N(1000)
		}
		got, err := money.SplitLargestRemainder(total, weights)
		if slices.Max(weights) == 0 && total > 0 {
			if rule(err) != "money.split_weights" {
				t.Fatalf("all-zero weights: %v, %v", got, err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		checkSplit(t, total, weights, got)
		again, _ := money.SplitLargestRemainder(total, weights)
		if !slices.Equal(got, again) {
			t.Fatal("not deterministic")
		}
	}
}

func TestSplitEqual(t *testing.T) {
	for _, c := range []struct {
		total int64
		n     int
		want  []int64
		rule  string
	}{
		{100, 3, []int64{34, 33, 33}, ""},
		{2, 5, []int64{1, 1, 0, 0, 0}, ""},
		{0, 2, []int64{0, 0}, ""},
		{5, 1, []int64{5}, ""},
		{math.MaxInt64, 2, []int64{math.MaxInt64/2 + 1, math.MaxInt64 / 2}, ""},
		{100, 0, nil, "money.split_parts"},
		{100, -1, nil, "money.split_parts"},
		{-1, 2, nil, "money.split_total"},
	} {
		t.Run(fmt.Sprintf("%d/%d", c.total, c.n), func(t *testing.T) {
			got, err := money.SplitEqual(c.total, c.n)
			if c.rule != "" {
				if r := rule(err); r != c.rule {
					t.Fatalf("got %v, %v; want rule %s", got, err, c.rule)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("SplitEqual(%d, %d) = %v, %v; want %v", c.total, c.n, got, err, c.want)
			}
			ones := slices.Repeat([]int64{1}, c.n)
			if lr, _ := money.SplitLargestRemainder(c.total, ones); !slices.Equal(lr, got) {
				t.Fatalf("SplitEqual = %v but SplitLargestRemainder with equal weights = %v", got, lr)
			}
		})
	}
}

func TestBasisPoints(t *testing.T) {
	for _, c := range []struct {
		amount, bp, want int64
	}{
		{10000, 100, 100},        // 1% of 100 €
		{12345, 2000, 2469},      // 20% of 123,45 €
		{7000000, 8000, 5600000}, // 80% co-financing of 70.000 €
		{5, 1000, 1},             // 0,5 cent rounds up
		{-5, 1000, -1},           // and away from zero for negatives
		{15, 5000, 8},            // 7,5 → 8
		{14, 5000, 7},            // exact
		{1, 4999, 0},             // 0,4999 → 0
		{3, 1667, 1},             // 0,5001 → 1
		{0, 5000, 0},
		{5000, 0, 0},
		{100, -2500, -25},
		{math.MaxInt64, 10000, math.MaxInt64},
		{math.MinInt64, 10000, math.MinInt64},
		{math.MaxInt64, 10001, math.MaxInt64},  // saturates
		{math.MinInt64, 10001, math.MinInt64},  // saturates
		{math.MinInt64, -10000, math.MaxInt64}, // saturates
		{math.MaxInt64, math.MaxInt64, math.MaxInt64},
		{1_000_000_000_000_000, 3333, 333_300_000_000_000},
		{1_000_000_000_000_001, 3333, 333_300_000_000_000}, // 333300000000000,3333
	} {
		t.Run(fmt.Sprintf("%d×%dbp", c.amount, c.bp), func(t *testing.T) {
			if got := money.BasisPoints(c.amount, c.bp); got != c.want {
				t.Fatalf("BasisPoints(%d, %d) = %d, want %d", c.amount, c.bp, got, c.want)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		part, whole, want int64
	}{
		{1, 3, 3333},
		{2, 3, 6667},
		{50, 100, 5000},
		{100, 100, 10000},
		{150, 100, 15000},
		{-1, 3, -3333},
		{1, -3, -3333},
		{-2, -3, 6667},
		{1, 20000, 1}, // 0,5 bp rounds up
		{1, 20001, 0},
		{0, 0, 0},
		{5, 0, 0},
		{5600000, 7000000, 8000},
		{math.MaxInt64, math.MaxInt64, 10000},
		{math.MaxInt64, 1, math.MaxInt64},  // saturates
		{math.MinInt64, 1, math.MinInt64},  // saturates
		{math.MinInt64, -1, math.MaxInt64}, // saturates
	} {
		t.Run(fmt.Sprintf("%d/%d", c.part, c.whole), func(t *testing.T) {
			if got := money.Percent(c.part, c.whole); got != c.want {
				t.Fatalf("Percent(%d, %d) = %d, want %d", c.part, c.whole, got, c.want)
			}
		})
	}
}

// TestBasisPointsReference compares BasisPoints and Percent with math/big.
func TestBasisPointsReference(t *testing.T) {
	ref := func(a, b, d int64) int64 {
		num := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		den := big.NewInt(d)
		neg := num.Sign()*den.Sign() < 0
		num.Abs(num)
		den.Abs(den)
		q, m := new(big.Int).QuoRem(num, den, new(big.Int))
		if m.Lsh(m, 1).Cmp(den) >= 0 {
			q.Add(q, big.NewInt(1))
		}
		if neg {
			q.Neg(q)
		}
		switch {
		case q.Cmp(big.NewInt(math.MaxInt64)) > 0:
			return math.MaxInt64
		case q.Cmp(big.NewInt(math.MinInt64)) < 0:
			return math.MinInt64
		}
		return q.Int64()
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		a := r.Int64() >> r.IntN(64)
		b := r.Int64() >> r.IntN(64)
		if r.IntN(2) == 0 {
			a = -a
		}
		if r.IntN(2) == 0 {
			b = -b
		}
		if got, want := money.BasisPoints(a, b), ref(a, b, 10000); got != want {
			t.Fatalf("BasisPoints(%d, %d) = %d, want %d", a, b, got, want)
		}
		if b == 0 {
			continue
		}
		if got, want := money.Percent(a, b), ref(a, 10000, b); got != want {
			t.Fatalf("Percent(%d, %d) = %d, want %d", a, b, got, want)
		}
	}
}

// TestSplitLargestRemainder_SharedVectors checks the vectors the web app's
// split preview is tested against (frontend/src/features/contracts/split.test.ts):
// both sides split the same way, ties included.
func TestSplitLargestRemainder_SharedVectors(t *testing.T) {
	b, err := os.ReadFile("testdata/split_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []struct {
		Total   int64   `json:"total"`
		Weights []int64 `json:"weights"`
		Parts   []int64 `json:"parts"`
	}
	if err := json.Unmarshal(b, &vectors); err != nil {
		t.Fatal(err)
	}
	for _, v := range vectors {
		got, err := money.SplitLargestRemainder(v.Total, v.Weights)
		if err != nil || !slices.Equal(got, v.Parts) {
			t.Errorf("split %d by %v = %v (%v), the vector says %v", v.Total, v.Weights, got, err, v.Parts)
		}
	}
}
