package italy

// numeric11 describes one use of the 11-digit identifier shared by the
// partita IVA and the numeric codice fiscale of bodies and companies.
type numeric11 struct {
	family    string // rule prefix
	lengthMsg string
	subject   string // "La partita IVA non è valida"
	invalidF  string // sentence start with the code, %s = code
}

var (
	numPartitaIVA = numeric11{
		family:    "partita_iva",
		lengthMsg: "La partita IVA deve avere 11 cifre",
		subject:   "La partita IVA non è valida",
		invalidF:  "La partita IVA %s non è valida",
	}
	numCodiceFiscale = numeric11{
		family:    "codice_fiscale",
		lengthMsg: "Il codice fiscale di un ente o di una società deve avere 11 cifre",
		subject:   "Il codice fiscale numerico non è valido",
		invalidF:  "Il codice fiscale %s non è valido",
	}
)

// ValidatePartitaIVA checks an Italian partita IVA: exactly 11 digits whose
// last digit is the check digit computed over the first ten.
func ValidatePartitaIVA(s string) error { return numPartitaIVA.validate(s) }

// CheckDigitPartitaIVA returns the check digit (an ASCII digit) that completes
// the first ten digits of a partita IVA or numeric codice fiscale: digits at
// odd positions are added as they are, digits at even positions are doubled
// (minus 9 when the double exceeds 9), and the check digit is
// (10 − sum mod 10) mod 10.
func CheckDigitPartitaIVA(first10 string) (byte, error) {
	if err := checkPattern(first10, "partita_iva", repeat(classDigit, 10),
		"Per calcolare la cifra di controllo servono le prime 10 cifre della partita IVA",
		"Le prime 10 cifre della partita IVA non sono valide"); err != nil {
		return 0, err
	}
	return checkDigit11(first10), nil
}

// checkDigit11 computes the check digit of 10 ASCII digits.
func checkDigit11(first10 string) byte {
	sum := 0
	for i := 0; i < 10; i++ {
		d := int(first10[i] - '0')
		if i%2 == 1 { // positions 2, 4, …, 10
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func (f numeric11) validate(s string) error {
	if err := checkPattern(s, f.family, repeat(classDigit, 11), f.lengthMsg, f.subject); err != nil {
		return err
	}
	if want := checkDigit11(s[:10]); s[10] != want {
		return invalid(f.family+".checksum",
			f.invalidF+": il carattere di controllo (l'ultima cifra) non corrisponde: verificare il numero sul documento.", s)
	}
	return nil
}
