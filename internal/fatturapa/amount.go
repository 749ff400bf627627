package fatturapa

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

var (
	errOverflow = errors.New("amount out of range")
	errFormat   = errors.New("bad amount")
)

// parseCents converts a decimal amount of the file ("1234.56", "-0.5", "12")
// to cents with integer arithmetic. It accepts an optional leading '-', at
// least one digit before the optional '.', and up to 2 decimals, or more when
// the extra ones are zeros ("12.5000"). It returns errFormat or errOverflow
// (beyond ±math.MaxInt64 cents).
func parseCents(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	units, frac, dot := strings.Cut(s, ".")
	if !isDigits(units) || (dot && !isDigits(frac)) {
		return 0, errFormat
	}
	if len(frac) > 2 {
		if strings.Trim(frac[2:], "0") != "" {
			return 0, errFormat
		}
		frac = frac[:2]
	}
	for len(frac) < 2 {
		frac += "0"
	}
	var v int64
	for _, c := range units + frac {
		d := int64(c - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, errOverflow
		}
		v = v*10 + d
	}
	if neg {
		v = -v
	}
	return v, nil
}

// formatCents writes cents as the file does: "1234.56", "-0.50".
func formatCents(c int64) string {
	sign := ""
	u := uint64(c)
	if c < 0 {
		sign, u = "-", -u
	}
	frac := u % 100
	return sign + strconv.FormatUint(u/100, 10) + "." + string(rune('0'+frac/10)) + string(rune('0'+frac%10))
}

// addCents returns a+b, or false when the sum leaves ±math.MaxInt64.
func addCents(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) || s == math.MinInt64 {
		return 0, false
	}
	return s, true
}
