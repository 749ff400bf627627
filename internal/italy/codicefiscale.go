package italy

import "strings"

// Omocodia: when two people would get the same personal codice fiscale, the
// Agenzia delle Entrate replaces digits (from the right) with these letters,
// where L stands for 0, M for 1, …, V for 9.
const omocodiaLetters = "LMNPQRSTUV"

// monthLetters are the letters that encode the month of birth (A = January, …,
// T = December).
const monthLetters = "ABCDEHLMPRST"

var (
	classDigitOrOmocodia = charClass{
		ok:   func(b byte) bool { return isDigit(b) || strings.IndexByte(omocodiaLetters, b) >= 0 },
		desc: "una cifra (o una lettera di omocodia: L, M, N, P, Q, R, S, T, U, V)",
	}
	classMonth = charClass{
		ok:   func(b byte) bool { return strings.IndexByte(monthLetters, b) >= 0 },
		desc: "la lettera del mese di nascita (A, B, C, D, E, H, L, M, P, R, S, T)",
	}

	// cfClasses is the structure of the 16-character personal codice fiscale:
	// surname (3) and name (3) letters, year (2), month (1), day and sex (2),
	// cadastral code of the place of birth (1 letter + 3), check letter.
	cfClasses = concat(
		repeat(classUpper, 6),
		repeat(classDigitOrOmocodia, 2),
		[]charClass{classMonth},
		repeat(classDigitOrOmocodia, 2),
		[]charClass{classUpper},
		repeat(classDigitOrOmocodia, 3),
		[]charClass{classUpper},
	)
)

// cfOddDigits and cfOddLetters are the "dispari" table: the value of a
// character at an odd position (1, 3, …, 15), for 0–9 and for A–Z.
var cfOddDigits = [10]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21}
var cfOddLetters = [26]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// cfCheckChar computes the check letter of 15 upper-case alphanumeric ASCII
// characters.
func cfCheckChar(first15 string) byte {
	sum := 0
	for i := 0; i < 15; i++ {
		c := first15[i]
		if i%2 == 0 { // odd positions 1, 3, …, 15: "dispari" table
			if isDigit(c) {
				sum += cfOddDigits[c-'0']
			} else {
				sum += cfOddLetters[c-'A']
			}
		} else { // even positions: "pari" values
			if isDigit(c) {
				sum += int(c - '0')
			} else {
				sum += int(c - 'A')
			}
		}
	}
	return byte('A' + sum%26)
}

// CheckCharCodiceFiscale returns the check letter that completes the first 15
// characters of a personal codice fiscale (omocodia letters allowed). The 15
// characters must have the structure of a codice fiscale.
func CheckCharCodiceFiscale(first15 string) (byte, error) {
	if err := checkPattern(first15, "codice_fiscale", cfClasses[:15],
		"Per calcolare il carattere di controllo servono i primi 15 caratteri del codice fiscale",
		"I primi 15 caratteri del codice fiscale non sono validi"); err != nil {
		return 0, err
	}
	return cfCheckChar(first15), nil
}

// ValidateCodiceFiscale checks an Italian codice fiscale of either form: the
// 16-character code of a natural person (see ValidateCodiceFiscalePersona) or
// the 11-digit code of a body or company (see ValidateCodiceFiscaleEnte).
func ValidateCodiceFiscale(s string) error {
	switch runeCount(s) {
	case 16:
		return ValidateCodiceFiscalePersona(s)
	case 11:
		if c := s[0] | 0x20; 'a' <= c && c <= 'z' {
			// Starts like a personal code: it is probably incomplete.
			return ValidateCodiceFiscalePersona(s)
		}
		return ValidateCodiceFiscaleEnte(s)
	default:
		return invalid("codice_fiscale.length",
			"Il codice fiscale deve avere 16 caratteri (persona fisica) oppure 11 cifre (ente o società); ne contiene %d.",
			runeCount(s))
	}
}

// ValidateCodiceFiscalePersona checks the 16-character codice fiscale of a
// natural person: its structure (omocodia letters allowed in place of digits)
// and its check letter.
func ValidateCodiceFiscalePersona(s string) error {
	if err := checkPattern(s, "codice_fiscale", cfClasses,
		"Il codice fiscale di una persona fisica deve avere 16 caratteri",
		"Il codice fiscale non è valido"); err != nil {
		return err
	}
	if want := cfCheckChar(s[:15]); s[15] != want {
		return invalid("codice_fiscale.checksum",
			"Il codice fiscale %s non è valido: il carattere di controllo (l'ultima lettera) non corrisponde: verificare il codice sul documento.", s)
	}
	return nil
}

// ValidateCodiceFiscaleEnte checks the 11-digit numeric codice fiscale of a
// body or company, which follows the same check-digit rule as the partita IVA.
func ValidateCodiceFiscaleEnte(s string) error { return numCodiceFiscale.validate(s) }
