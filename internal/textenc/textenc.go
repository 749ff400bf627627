// Package textenc decodes the text files that Italian public bodies publish
// and users download: UTF-8 with or without a byte-order mark, or
// Windows-1252 (the "ANSI" of Italian Excel and of many ISTAT and IndicePA
// exports, a superset of the printable ISO-8859-1).
package textenc

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Encoding names a decoded file's encoding, for reports.
type Encoding string

// The encodings Decode recognises.
const (
	UTF8        Encoding = "UTF-8"
	UTF8BOM     Encoding = "UTF-8 con BOM"
	Windows1252 Encoding = "Windows-1252 (Latin-1)"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// undefined1252 are the five bytes Windows-1252 leaves unassigned: a file
// that contains one is neither UTF-8 nor Windows-1252.
var undefined1252 = [...]byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}

// Decode returns b as a UTF-8 string without byte-order mark. Valid UTF-8 is
// taken as UTF-8; anything else is decoded as Windows-1252, unless it holds a
// byte that Windows-1252 does not define (or a NUL, the sign of a binary or
// UTF-16 file), which is an error naming the line.
func Decode(b []byte) (string, Encoding, error) {
	enc := UTF8
	if bytes.HasPrefix(b, bom) {
		b, enc = b[len(bom):], UTF8BOM
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", "", fmt.Errorf("riga %d: il file contiene un carattere nullo: non è un file di testo (CSV) in UTF-8 o Windows-1252 (un foglio Excel o un file UTF-16 va prima salvato come CSV UTF-8)", lineOf(b, i))
	}
	if utf8.Valid(b) {
		return string(b), enc, nil
	}
	if enc == UTF8BOM {
		i := FirstInvalidUTF8(b)
		return "", "", fmt.Errorf("riga %d: il file dichiara UTF-8 (BOM) ma contiene byte non validi in UTF-8", lineOf(b, i))
	}
	for _, u := range undefined1252 {
		if i := bytes.IndexByte(b, u); i >= 0 {
			return "", "", fmt.Errorf("riga %d: il file non è né UTF-8 né Windows-1252 (byte 0x%02X non definito)", lineOf(b, i), u)
		}
	}
	s, err := charmap.Windows1252.NewDecoder().String(string(b))
	if err != nil {
		return "", "", fmt.Errorf("decodifica Windows-1252: %w", err)
	}
	return s, Windows1252, nil
}

// FirstInvalidUTF8 is the offset of the first byte of b that is not valid
// UTF-8 (len(b) when b is valid).
func FirstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// lineOf is the 1-based line number of byte offset i.
func lineOf(b []byte, i int) int { return bytes.Count(b[:i], []byte{'\n'}) + 1 }

// Separator guesses the field separator of a CSV header line: the one of
// ';', ',' and tab that occurs most often outside quotes (';' wins ties, as
// in Italian exports).
func Separator(header string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range header {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ';' || r == ',' || r == '\t'):
			counts[r]++
		}
	}
	best := ';'
	for _, r := range []rune{',', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// Normalize folds a column name for comparison: trimmed, lower case, with
// spaces, dashes and underscores removed ("Codice_uni_uo", "codice uni uo").
func Normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "", "_", "", "-", "", "\u00a0", "").Replace(s)
}

// Clip cuts s to at most max bytes, at a character boundary.
func Clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}
