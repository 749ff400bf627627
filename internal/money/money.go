// Package money handles amounts of money as integer euro cents (int64), as
// DOMAIN.md §3 requires: Italian formatting and parsing, proportional splits
// with the largest-remainder method, and basis-point percentages. All
// arithmetic is exact integer arithmetic; nothing here uses floating point.
package money

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Format renders cents in the Italian style without the currency sign:
// thousands separated by '.', two decimals after ',', a leading '-' for
// negative amounts. Format(160861545) is "1.608.615,45".
func Format(cents int64) string {
	neg := cents < 0
	// Work on the magnitude as uint64 so that math.MinInt64 is handled.
	mag := uint64(cents)
	if neg {
		mag = -mag
	}
	euros, rest := mag/100, mag%100

	digits := strconv.FormatUint(euros, 10)
	var b strings.Builder
	b.Grow(len(digits) + len(digits)/3 + 4)
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(digits[i])
	}
	b.WriteByte(',')
	b.WriteByte(byte('0' + rest/10))
	b.WriteByte(byte('0' + rest%10))
	return b.String()
}

// FormatEUR renders cents for display in Italian with the euro sign after a
// regular space: FormatEUR(160861545) is "1.608.615,45 €" and
// FormatEUR(-123450) is "-1.234,50 €".
func FormatEUR(cents int64) string {
	return Format(cents) + " €"
}

// BasisPoints returns amount × bp / 10000 (bp basis points of amount, 100 bp =
// 1%), rounded half away from zero (so half a cent is rounded up in
// magnitude), computed exactly. A result outside the int64 range saturates at
// math.MaxInt64 or math.MinInt64.
func BasisPoints(amount, bp int64) int64 {
	return mulDivRound(amount, bp, 10_000)
}

// Percent returns part as a share of whole in basis points (part × 10000 /
// whole, 10000 = 100%), rounded half away from zero, computed exactly. It
// returns 0 when whole is 0; a result outside the int64 range saturates.
func Percent(part, whole int64) (bp int64) {
	if whole == 0 {
		return 0
	}
	return mulDivRound(part, 10_000, whole)
}

// mulDivRound returns a × b / d rounded half away from zero, saturating at
// the int64 bounds. d must not be 0.
func mulDivRound(a, b, d int64) int64 {
	neg := (a < 0) != (b < 0)
	if d < 0 {
		neg = !neg
	}
	ua, ub, ud := absU(a), absU(b), absU(d)
	hi, lo := bits.Mul64(ua, ub)
	if hi >= ud {
		return saturate(neg) // the quotient needs more than 64 bits
	}
	q, r := bits.Div64(hi, lo, ud)
	// Round half away from zero: r/ud ≥ 1/2, written without overflow.
	if r >= ud-r {
		if q == math.MaxUint64 {
			return saturate(neg)
		}
		q++
	}
	if neg {
		if q > 1<<63 {
			return math.MinInt64
		}
		return int64(-q) // q = 1<<63 wraps to MinInt64 as wanted
	}
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}

func absU(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
}

func saturate(neg bool) int64 {
	if neg {
		return math.MinInt64
	}
	return math.MaxInt64
}
