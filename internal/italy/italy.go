// Package italy validates Italian (and a few European) identifiers used in
// public procurement and grant management: partita IVA, codice fiscale, CIG,
// CUP, IBAN, ISTAT and cadastral codes, CPV, codice univoco ufficio, codice
// IPA, PEC addresses and province codes.
//
// Every validator has the signature func(string) error so that it can be used
// directly as an Ent field validator:
//
//	field.String("vat_id").Validate(italy.ValidatePartitaIVA)
//
// A validator returns nil or an *apperr.Error with code INVALID, a stable rule
// key (e.g. "partita_iva.checksum") and an Italian message written for a
// municipal clerk. Validators never trim or normalize their input and never
// panic, whatever bytes they are given; callers normalize user input first
// with NormalizeCode or NormalizePEC.
package italy

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/apperr"
)

// NormalizeCode prepares a typed code (codice fiscale, partita IVA, CIG, CUP,
// IBAN, …) for validation: it removes all white space, including inner spaces,
// and converts letters to upper case.
func NormalizeCode(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.ToUpper(s)
}

// invalid builds the INVALID error returned by every validator of the package.
func invalid(rule, format string, args ...any) error {
	return apperr.InvalidField("", rule, fmt.Sprintf(format, args...))
}

// charClass is the set of characters accepted at one position of a code, with
// its Italian description for messages ("una cifra", …).
type charClass struct {
	ok   func(b byte) bool
	desc string
}

func isDigit(b byte) bool    { return '0' <= b && b <= '9' }
func isUpper(b byte) bool    { return 'A' <= b && b <= 'Z' }
func isHexUpper(b byte) bool { return isDigit(b) || ('A' <= b && b <= 'F') }
func isUpperAlnum(b byte) bool {
	return isDigit(b) || isUpper(b)
}

var (
	classDigit      = charClass{isDigit, "una cifra"}
	classUpper      = charClass{isUpper, "una lettera maiuscola"}
	classHex        = charClass{isHexUpper, "una cifra esadecimale (da 0 a 9 oppure da A a F)"}
	classUpperAlnum = charClass{isUpperAlnum, "una cifra o una lettera maiuscola"}
)

// runeCount returns the number of characters of s, counting every invalid
// UTF-8 byte as one character.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// mismatch reports the first character of s that its class rejects. classAt
// gives the class of the i-th character (0-based). Non-ASCII characters are
// always rejected. pos is 1-based.
func mismatch(s string, classAt func(i int) charClass) (pos int, r rune, cls charClass, found bool) {
	i := 0
	for _, r := range s {
		c := classAt(i)
		if r >= utf8.RuneSelf || !c.ok(byte(r)) {
			return i + 1, r, c, true
		}
		i++
	}
	return 0, 0, charClass{}, false
}

// describeRune renders r for an Italian message.
func describeRune(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "un carattere non valido"
	case r == ' ':
		return "uno spazio"
	case !unicode.IsPrint(r):
		return fmt.Sprintf("il carattere di controllo U+%04X", r)
	default:
		return "«" + string(r) + "»"
	}
}

// formatError describes a character that is not allowed at a position.
// subject is the start of the sentence, e.g. "Il CUP non è valido".
func formatError(rule, subject string, pos int, r rune, cls charClass) error {
	hint := ""
	if 'a' <= r && r <= 'z' && cls.ok(byte(r-'a'+'A')) {
		hint = " (le lettere vanno scritte in maiuscolo)"
	}
	return invalid(rule, "%s: in posizione %d deve esserci %s, invece c'è %s%s.",
		subject, pos, cls.desc, describeRune(r), hint)
}

// checkPattern validates s against a fixed-length sequence of classes,
// returning the ".length" or ".format" error of the family.
func checkPattern(s, family string, classes []charClass, lengthMsg, subject string) error {
	if n := runeCount(s); n != len(classes) {
		return invalid(family+".length", "%s (ne contiene %d).", lengthMsg, n)
	}
	if pos, r, cls, bad := mismatch(s, func(i int) charClass { return classes[i] }); bad {
		return formatError(family+".format", subject, pos, r, cls)
	}
	return nil
}

// repeat returns n copies of c.
func repeat(c charClass, n int) []charClass {
	out := make([]charClass, n)
	for i := range out {
		out[i] = c
	}
	return out
}

// concat joins class sequences.
func concat(parts ...[]charClass) []charClass {
	var out []charClass
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
