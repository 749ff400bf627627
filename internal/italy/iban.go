package italy

// ibanCountry is the IBAN length and the Italian name of a country.
type ibanCountry struct {
	length int
	name   string
}

// ibanCountries lists the IBAN lengths of the EU/EEA countries and of the
// neighbouring countries Italian bodies deal with most (from the SWIFT IBAN
// registry). IBANs of other countries are accepted with any length from 15
// to 34 characters.
var ibanCountries = map[string]ibanCountry{
	"AD": {24, "Andorra"},
	"AT": {20, "Austria"},
	"BE": {16, "Belgio"},
	"BG": {22, "Bulgaria"},
	"CH": {21, "Svizzera"},
	"CY": {28, "Cipro"},
	"CZ": {24, "Repubblica Ceca"},
	"DE": {22, "Germania"},
	"DK": {18, "Danimarca"},
	"EE": {20, "Estonia"},
	"ES": {24, "Spagna"},
	"FI": {18, "Finlandia"},
	"FR": {27, "Francia"},
	"GB": {22, "Regno Unito"},
	"GI": {23, "Gibilterra"},
	"GR": {27, "Grecia"},
	"HR": {21, "Croazia"},
	"HU": {28, "Ungheria"},
	"IE": {22, "Irlanda"},
	"IS": {26, "Islanda"},
	"IT": {27, "Italia"},
	"LI": {21, "Liechtenstein"},
	"LT": {20, "Lituania"},
	"LU": {20, "Lussemburgo"},
	"LV": {21, "Lettonia"},
	"MC": {27, "Monaco"},
	"MT": {31, "Malta"},
	"NL": {18, "Paesi Bassi"},
	"NO": {15, "Norvegia"},
	"PL": {28, "Polonia"},
	"PT": {25, "Portogallo"},
	"RO": {24, "Romania"},
	"SE": {24, "Svezia"},
	"SI": {19, "Slovenia"},
	"SK": {24, "Slovacchia"},
	"SM": {27, "San Marino"},
	"VA": {22, "Città del Vaticano"},
}

const (
	ibanMinLength = 15
	ibanMaxLength = 34
)

// ibanClassAt is the structure of an IBAN: 2 letters (country), 2 check
// digits, then the upper-case alphanumeric BBAN.
func ibanClassAt(i int) charClass {
	switch {
	case i < 2:
		return classUpper
	case i < 4:
		return classDigit
	default:
		return classUpperAlnum
	}
}

// ValidateIBAN checks an IBAN (ISO 13616) written without spaces in upper
// case: its structure (country letters, check digits, alphanumeric BBAN), its
// length (exact for the countries in the table, 15 to 34 characters
// otherwise) and its mod-97 check digits.
func ValidateIBAN(s string) error {
	// The characters are checked first so that an IBAN typed with spaces
	// is reported as such rather than as too long.
	if pos, r, cls, bad := mismatch(s, ibanClassAt); bad {
		return formatError("iban.format", "L'IBAN non è valido", pos, r, cls)
	}
	n := len(s) // ASCII only from here
	if n >= 2 {
		if c, ok := ibanCountries[s[:2]]; ok && n != c.length {
			return invalid("iban.length", "Un IBAN con codice paese %s (%s) deve avere %d caratteri (ne contiene %d).",
				s[:2], c.name, c.length, n)
		}
	}
	if n < ibanMinLength || n > ibanMaxLength {
		return invalid("iban.length", "L'IBAN deve avere da %d a %d caratteri (ne contiene %d).",
			ibanMinLength, ibanMaxLength, n)
	}
	want := ibanCheckDigits(s)
	// Check digits 00, 01 and 99 satisfy mod 97 like 97, 98 and 02 but are
	// never issued (ISO 7064 MOD 97-10 yields 02..98).
	if s[2:4] != want {
		return invalid("iban.checksum",
			"L'IBAN %s non è valido: le cifre di controllo (3° e 4° carattere) non corrispondono: verificare il codice sul documento.", s)
	}
	return nil
}

// ibanCheckDigits computes the two check digits (02..98) of an IBAN whose
// structure is valid, ignoring its current check digits.
func ibanCheckDigits(s string) string {
	rem := 0
	add := func(b byte) {
		if isDigit(b) {
			rem = (rem*10 + int(b-'0')) % 97
		} else {
			rem = (rem*100 + int(b-'A') + 10) % 97
		}
	}
	for i := 4; i < len(s); i++ {
		add(s[i])
	}
	add(s[0])
	add(s[1])
	add('0')
	add('0')
	check := 98 - rem
	return string([]byte{byte('0' + check/10), byte('0' + check%10)})
}
