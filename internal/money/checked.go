package money

import (
	"github.com/capofila/capofila/internal/apperr"
)

// MaxCents is the largest amount any single figure of Capofila may hold:
// one billion euro (10^11 cents). No budget line, contract, invoice,
// payment or grant of a municipal digital-transformation project comes near
// it, and sums of many such figures stay far from the int64 limit.
const MaxCents int64 = 100_000_000_000

// CheckBound returns an INVALID error naming field when cents is negative
// or above MaxCents.
func CheckBound(field string, cents int64) error {
	switch {
	case cents < 0:
		return apperr.InvalidField(field, "money.negative", "L'importo non può essere negativo.")
	case cents > MaxCents:
		return apperr.InvalidField(field, "money.too_large",
			"L'importo "+FormatEUR(cents)+" supera il massimo ammesso ("+FormatEUR(MaxCents)+").")
	}
	return nil
}

// Add returns a + b, or ok = false when the sum does not fit in an int64.
func Add(a, b int64) (sum int64, ok bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// Sum adds amounts with checked arithmetic. It returns an INVALID error
// (rule money.overflow) instead of a wrapped result.
func Sum(amounts ...int64) (int64, error) {
	var total int64
	for _, a := range amounts {
		var ok bool
		if total, ok = Add(total, a); !ok {
			return 0, errSumOverflow()
		}
	}
	return total, nil
}

func errSumOverflow() error {
	return apperr.InvalidField("", "money.overflow", "La somma degli importi è troppo grande.")
}
