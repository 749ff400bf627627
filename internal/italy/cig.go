package italy

import (
	"fmt"
	"unicode/utf8"
)

// CIG (Codice Identificativo Gara, issued by ANAC) check rules:
//
//   - standard CIG: 7 decimal digits N (not all zero) followed by 3 upper-case
//     hexadecimal digits K, with K = (N × 211) mod 4091, written as 3 hex
//     digits with leading zeros. The largest possible K is FFA.
//   - Smart CIG (simplified, for small contracts): X, Y or Z, then 2
//     hexadecimal digits KK, then 7 hexadecimal digits C, with
//     KK = (C × 211) mod 251, C read as a hexadecimal number. The largest
//     possible KK is FA.
const (
	cigFactor         = 211
	cigModulus        = 4091
	smartCIGModulus   = 251
	cigMaxNumber      = 9_999_999
	smartCIGMaxNumber = 0xFFFFFFF
)

var (
	cigStandardClasses = concat(repeat(classDigit, 7), repeat(classHex, 3))
	cigSmartClasses    = concat([]charClass{{
		ok:   func(b byte) bool { return b == 'X' || b == 'Y' || b == 'Z' },
		desc: "X, Y o Z",
	}}, repeat(classHex, 9))
	classCIGFirst = charClass{
		ok:   func(b byte) bool { return isDigit(b) || b == 'X' || b == 'Y' || b == 'Z' },
		desc: "una cifra (CIG ordinario) oppure X, Y o Z (Smart CIG)",
	}
)

// CIGCheck returns the 3 hexadecimal check characters of the standard CIG
// whose first 7 digits are the number n, so that fmt.Sprintf("%07d%s", n,
// CIGCheck(n)) is a valid CIG. It returns "" when n is not in 1..9999999.
func CIGCheck(n int) string {
	if n < 1 || n > cigMaxNumber {
		return ""
	}
	return fmt.Sprintf("%03X", n*cigFactor%cigModulus)
}

// SmartCIGCheck returns the 2 hexadecimal check characters of the Smart CIG
// whose last 7 hexadecimal digits are c, so that fmt.Sprintf("Z%s%07X",
// SmartCIGCheck(c), c) is a valid Smart CIG. It returns "" when c is not in
// 0..0xFFFFFFF.
func SmartCIGCheck(c int) string {
	if c < 0 || c > smartCIGMaxNumber {
		return ""
	}
	return fmt.Sprintf("%02X", c*cigFactor%smartCIGModulus)
}

// ValidateCIG checks a CIG (Codice Identificativo Gara): either a standard
// CIG (7 digits and 3 hexadecimal check characters) or a Smart CIG (X, Y or
// Z, 2 hexadecimal check characters and 7 hexadecimal digits).
func ValidateCIG(s string) error {
	if n := runeCount(s); n != 10 {
		return invalid("cig.length", "Il CIG deve avere 10 caratteri (ne contiene %d).", n)
	}
	if r, _ := utf8.DecodeRuneInString(s); r >= utf8.RuneSelf || !classCIGFirst.ok(byte(r)) {
		return formatError("cig.format", "Il CIG non è valido", 1, r, classCIGFirst)
	}
	if isDigit(s[0]) {
		return validateStandardCIG(s)
	}
	return validateSmartCIG(s)
}

func validateStandardCIG(s string) error {
	if pos, r, cls, bad := mismatch(s, func(i int) charClass { return cigStandardClasses[i] }); bad {
		return formatError("cig.format", "Il CIG non è valido", pos, r, cls)
	}
	n := 0
	for i := 0; i < 7; i++ {
		n = n*10 + int(s[i]-'0')
	}
	if n == 0 {
		return invalid("cig.format", "Il CIG %s non è valido: le prime 7 cifre non possono essere tutte zero.", s)
	}
	if want := CIGCheck(n); s[7:] != want {
		return invalid("cig.checksum",
			"Il CIG %s non è valido: i caratteri di controllo (ultimi 3) non corrispondono (attesi %s).", s, want)
	}
	return nil
}

func validateSmartCIG(s string) error {
	if pos, r, cls, bad := mismatch(s, func(i int) charClass { return cigSmartClasses[i] }); bad {
		return formatError("cig.format", "Lo Smart CIG non è valido", pos, r, cls)
	}
	c := 0
	for i := 3; i < 10; i++ {
		c = c*16 + hexValue(s[i])
	}
	if want := SmartCIGCheck(c); s[1:3] != want {
		return invalid("cig.checksum",
			"Lo Smart CIG %s non è valido: i caratteri di controllo (2° e 3°) non corrispondono (attesi %s).", s, want)
	}
	return nil
}

// hexValue returns the value of an upper-case hexadecimal digit.
func hexValue(b byte) int {
	if isDigit(b) {
		return int(b - '0')
	}
	return int(b-'A') + 10
}
