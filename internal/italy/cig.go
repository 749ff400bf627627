package italy

import (
	"fmt"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/civil"
)

// CIG (Codice Identificativo Gara, issued by ANAC) formats. Every CIG has 10
// characters; its first character tells the format:
//
//   - unified CIG ("CIG unico"), issued since 1 January 2024 by ANAC's
//     national e-procurement platform (Piattaforma dei Contratti Pubblici,
//     PCP) through the certified e-procurement platforms for every procedure
//     under D.Lgs. 36/2023 (ANAC, delibera 582/2023 and the Comunicato of 13
//     December 2023): one letter A–U, then 9 upper-case hexadecimal
//     characters. ANAC publishes no check rule for it, so only its shape is
//     checked.
//   - standard CIG (SIMOG, until 2023, still carried by contracts that run
//     on): 7 decimal digits N (not all zero) followed by 3 upper-case
//     hexadecimal digits K, with K = (N × 211) mod 4091, written as 3 hex
//     digits with leading zeros. The largest possible K is FFA.
//   - Smart CIG (simplified, for small awards, until 2023; the SmartCIG
//     service closed on 1 January 2024): one letter V–Z, then 9 hexadecimal
//     characters. For X, Y and Z the 2nd–3rd characters KK are a check on the
//     last 7 hexadecimal digits C, KK = (C × 211) mod 251, C read as a
//     hexadecimal number (the largest KK is FA); for V and W no check rule is
//     public, so only the shape is checked.
//
// A refusal names the format expected and never the check characters that
// would make the code pass: a typo must be corrected from the act or from
// ANAC's platform, not by copying what the message suggests.
const (
	cigFactor         = 211
	cigModulus        = 4091
	smartCIGModulus   = 251
	cigMaxNumber      = 9_999_999
	smartCIGMaxNumber = 0xFFFFFFF
)

// UnifiedCIGSince is the first day on which every new procedure gets a
// unified CIG from ANAC's national platform (PCP): a procedure started on
// or after it cannot carry a standard or Smart CIG of its own.
var UnifiedCIGSince = civil.New(2024, 1, 1)

// CIGKind is the format of a CIG.
type CIGKind string

// The formats of a CIG.
const (
	// CIGUnified is the "CIG unico" of the national platform (since 2024).
	CIGUnified CIGKind = "UNIFIED"
	// CIGStandard is the standard SIMOG CIG (until 2023).
	CIGStandard CIGKind = "STANDARD"
	// CIGSmart is the Smart CIG for small awards (until 2023).
	CIGSmart CIGKind = "SMART"
)

// Label returns the Italian name of the format: "CIG unico", "CIG
// ordinario" or "Smart CIG"; for an unknown kind it returns k itself.
func (k CIGKind) Label() string {
	switch k {
	case CIGUnified:
		return "CIG unico"
	case CIGStandard:
		return "CIG ordinario"
	case CIGSmart:
		return "Smart CIG"
	}
	return string(k)
}

// Legacy reports whether the format was issued only before 2024 (standard
// and Smart CIG).
func (k CIGKind) Legacy() bool { return k == CIGStandard || k == CIGSmart }

// cigShape describes the shape of each format in messages.
var cigShape = map[CIGKind]string{
	CIGUnified:  "il CIG unico, rilasciato dal 2024 dalla piattaforma nazionale ANAC, è una lettera da A a U seguita da 9 caratteri esadecimali (cifre da 0 a 9 e lettere da A a F)",
	CIGStandard: "il CIG ordinario, rilasciato fino al 2023, è formato da 7 cifre seguite da 3 caratteri di controllo esadecimali",
	CIGSmart:    "lo Smart CIG, rilasciato fino al 2023, è una lettera da V a Z seguita da 9 caratteri esadecimali",
}

// cigSubject starts a sentence about a CIG of each format.
var cigSubject = map[CIGKind]string{CIGUnified: "Il CIG unico", CIGStandard: "Il CIG ordinario", CIGSmart: "Lo Smart CIG"}

// cigCheckFailed is the refusal of a CIG whose check characters do not
// match. Its only variable part is the CIG as typed.
const cigCheckFailed = "%s %s non è valido: i caratteri di controllo non corrispondono: verificare il codice sull'atto o sulla piattaforma ANAC (%s)."

var (
	classUnifiedFirst = charClass{
		ok:   func(b byte) bool { return 'A' <= b && b <= 'U' },
		desc: "una lettera da A a U",
	}
	classSmartFirst = charClass{
		ok:   func(b byte) bool { return 'V' <= b && b <= 'Z' },
		desc: "una lettera da V a Z",
	}
	cigClasses = map[CIGKind][]charClass{
		CIGUnified:  concat([]charClass{classUnifiedFirst}, repeat(classHex, 9)),
		CIGStandard: concat(repeat(classDigit, 7), repeat(classHex, 3)),
		CIGSmart:    concat([]charClass{classSmartFirst}, repeat(classHex, 9)),
	}
	classCIGFirst = charClass{
		ok:   func(b byte) bool { return isDigit(b) || isUpper(b) },
		desc: "una lettera da A a U (CIG unico, dal 2024), una cifra (CIG ordinario) oppure una lettera da V a Z (Smart CIG)",
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
// SmartCIGCheck(c), c) is a valid Smart CIG (also with X or Y). It returns
// "" when c is not in 0..0xFFFFFFF.
func SmartCIGCheck(c int) string {
	if c < 0 || c > smartCIGMaxNumber {
		return ""
	}
	return fmt.Sprintf("%02X", c*cigFactor%smartCIGModulus)
}

// ValidateCIG checks a CIG (Codice Identificativo Gara) of any of the three
// formats (see CIGKindOf). Rule keys: cig.length, cig.format,
// cig.checksum.
func ValidateCIG(s string) error {
	_, err := CIGKindOf(s)
	return err
}

// CIGKindOf validates a CIG and tells its format: CIGUnified (a letter A–U
// and 9 hexadecimal characters), CIGStandard (7 digits and 3 hexadecimal
// check characters) or CIGSmart (a letter V–Z and 9 hexadecimal
// characters, checked for X, Y and Z). The input is not normalized (see
// NormalizeCode). An invalid CIG gives "" and an INVALID error with rule
// cig.length, cig.format or cig.checksum, whose message names the format
// expected and never the check characters that would make it valid.
func CIGKindOf(s string) (CIGKind, error) {
	if n := runeCount(s); n != 10 {
		return "", invalid("cig.length",
			"Il CIG deve avere 10 caratteri (ne contiene %d). Dal 2024 %s.", n, cigShape[CIGUnified])
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= utf8.RuneSelf || !classCIGFirst.ok(byte(r)) {
		return "", formatError("cig.format", "Il CIG non è valido", 1, r, classCIGFirst)
	}
	var kind CIGKind
	switch b := s[0]; {
	case isDigit(b):
		kind = CIGStandard
	case b <= 'U':
		kind = CIGUnified
	default:
		kind = CIGSmart
	}
	classes := cigClasses[kind]
	if pos, r, cls, bad := mismatch(s, func(i int) charClass { return classes[i] }); bad {
		return "", cigFormatError(kind, pos, r, cls)
	}
	switch kind {
	case CIGStandard:
		n := 0
		for i := 0; i < 7; i++ {
			n = n*10 + int(s[i]-'0')
		}
		if n == 0 {
			return "", invalid("cig.format", "Il CIG ordinario %s non è valido: le prime 7 cifre non possono essere tutte zero (%s).", s, cigShape[kind])
		}
		if s[7:] != CIGCheck(n) {
			return "", invalid("cig.checksum", cigCheckFailed, cigSubject[kind], s, cigShape[kind])
		}
	case CIGSmart:
		if s[0] == 'V' || s[0] == 'W' {
			break // no public check rule
		}
		c := 0
		for i := 3; i < 10; i++ {
			c = c*16 + hexValue(s[i])
		}
		if s[1:3] != SmartCIGCheck(c) {
			return "", invalid("cig.checksum", cigCheckFailed, cigSubject[kind], s, cigShape[kind])
		}
	}
	return kind, nil
}

// cigFormatError describes a character not allowed at a position of a CIG
// of the given format, and the format.
func cigFormatError(kind CIGKind, pos int, r rune, cls charClass) error {
	hint := ""
	if 'a' <= r && r <= 'z' && cls.ok(byte(r-'a'+'A')) {
		hint = " (le lettere vanno scritte in maiuscolo)"
	}
	return invalid("cig.format", "%s non è valido: in posizione %d deve esserci %s, invece c'è %s%s; %s.",
		cigSubject[kind], pos, cls.desc, describeRune(r), hint, cigShape[kind])
}

// hexValue returns the value of an upper-case hexadecimal digit.
func hexValue(b byte) int {
	if isDigit(b) {
		return int(b - '0')
	}
	return int(b-'A') + 10
}
