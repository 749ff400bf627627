package money

import (
	"math"
	"strings"
	"unicode"

	"github.com/capofila/capofila/internal/apperr"
)

const example = "ad esempio 1.608.615,45"

// The errors of ParseEUR.
func parseErr(rule, msg string) error { return apperr.InvalidField("", rule, msg) }

func errEmpty() error { return parseErr("money.empty", "Indica un importo.") }

func errDecimals() error {
	return parseErr("money.decimals", "L'importo può avere al massimo 2 decimali (i centesimi), "+example+".")
}

func errOverflow() error { return parseErr("money.overflow", "L'importo è troppo grande.") }

func errChars() error {
	return parseErr("money.format", "L'importo non è valido: usare solo cifre, il punto per separare le migliaia "+
		"e la virgola per i decimali, "+example+".")
}

func errGroups() error {
	return parseErr("money.format", "L'importo non è valido: il punto separa le migliaia "+
		"e deve essere seguito da gruppi di 3 cifre, "+example+".")
}

func errComma() error {
	return parseErr("money.format", "L'importo non è valido: la virgola separa i decimali "+
		"e può comparire una sola volta, seguita da 1 o 2 cifre, "+example+".")
}

func errSign() error {
	return parseErr("money.format", "L'importo non è valido: il segno meno può comparire una sola volta, all'inizio.")
}

// ParseEUR parses an amount of euros as a clerk types it and returns it in
// cents. It accepts the Italian notation with '.' between thousands and ','
// before the decimals ("1.608.615,45", "1608615,45", "1.608.615", "70000"),
// a single '.' followed by exactly 1 or 2 digits and no comma as a decimal
// point ("1608615.45"), surrounding spaces, and a euro sign "€" (or "EUR")
// before or after the number ("€ 70.000,00", "70.000,00 €"). A negative
// amount needs a leading '-' ("-1.234,50 €"). Every output of Format and
// FormatEUR is accepted.
//
// It returns an INVALID *apperr.Error with rule "money.empty",
// "money.format", "money.decimals" (more than 2 decimals) or
// "money.overflow" (beyond the int64 range of cents).
func ParseEUR(s string) (int64, error) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return 0, errEmpty()
	}
	neg := false
	if strings.HasPrefix(t, "-") {
		neg = true
		t = trimSpace(t[1:])
	}
	t = stripCurrency(t)
	if strings.HasPrefix(t, "-") { // "€ -70"
		if neg {
			return 0, errSign()
		}
		neg = true
		t = trimSpace(t[1:])
	}
	if t == "" {
		return 0, errChars()
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c == '-' {
			return 0, errSign()
		} else if !isDigit(c) && c != '.' && c != ',' {
			return 0, errChars()
		}
	}

	intPart, frac, err := splitNumber(t)
	if err != nil {
		return 0, err
	}
	return toCents(intPart, frac, neg)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func trimSpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// stripCurrency removes one euro sign or "EUR" before or after the number.
func stripCurrency(t string) string {
	for _, sym := range []string{"€", "EUR"} {
		if len(t) >= len(sym) && strings.EqualFold(t[:len(sym)], sym) {
			return trimSpace(t[len(sym):])
		}
		if len(t) >= len(sym) && strings.EqualFold(t[len(t)-len(sym):], sym) {
			return trimSpace(t[:len(t)-len(sym)])
		}
	}
	return t
}

// splitNumber splits t (digits, '.' and ',' only) into the digits of the
// integer part, without thousands separators, and the decimal digits.
func splitNumber(t string) (intPart, frac string, err error) {
	switch strings.Count(t, ",") {
	case 0:
		if strings.Count(t, ".") == 1 {
			i := strings.IndexByte(t, '.')
			switch after := len(t) - i - 1; {
			case after == 1 || after == 2: // "1608615.45": decimal point
				if i == 0 {
					return "", "", errChars()
				}
				return t[:i], t[i+1:], nil
			case after > 3 || (after == 3 && (i > 3 || t[0] == '0')):
				// "12.3456", "1608615.455", "0.555": not thousands, so meant
				// as decimals.
				return "", "", errDecimals()
			}
		}
		intPart, err = ungroup(t)
		return intPart, "", err
	case 1:
		i := strings.IndexByte(t, ',')
		frac = t[i+1:]
		if strings.IndexByte(frac, '.') >= 0 || frac == "" || i == 0 {
			return "", "", errComma()
		}
		if len(frac) > 2 {
			return "", "", errDecimals()
		}
		intPart, err = ungroup(t[:i])
		return intPart, frac, err
	default:
		return "", "", errComma()
	}
}

// ungroup validates the integer part of an amount, digits optionally grouped
// by '.' in thousands ("1.608.615"; the first group has 1 to 3 digits and no
// leading zero), and returns its digits.
func ungroup(t string) (string, error) {
	if strings.IndexByte(t, '.') < 0 {
		if t == "" {
			return "", errChars()
		}
		return t, nil
	}
	groups := strings.Split(t, ".")
	if n := len(groups[0]); n < 1 || n > 3 || groups[0][0] == '0' {
		return "", errGroups()
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return "", errGroups()
		}
	}
	return strings.Join(groups, ""), nil
}

// toCents converts decimal digits (integer part and 0–2 decimals) to cents,
// reporting values beyond the int64 range.
func toCents(intPart, frac string, neg bool) (int64, error) {
	limit := uint64(math.MaxInt64)
	if neg {
		limit = 1 << 63
	}
	var v uint64
	add := func(d uint64) bool {
		if v > (limit-d)/10 {
			return false
		}
		v = v*10 + d
		return true
	}
	digits := intPart + frac + strings.Repeat("0", 2-len(frac))
	for i := 0; i < len(digits); i++ {
		if !add(uint64(digits[i] - '0')) {
			return 0, errOverflow()
		}
	}
	if neg {
		return int64(-v), nil // v = 1<<63 wraps to math.MinInt64 as wanted
	}
	return int64(v), nil
}
