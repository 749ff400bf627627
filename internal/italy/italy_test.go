package italy_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/italy"
)

// vcase is one validator case: rule is the expected rule key, "" for valid;
// msg, when set, must appear in the error message.
type vcase struct {
	name string
	in   string
	rule string
	msg  string
}

// checkErr asserts that err is nil (rule == "") or an INVALID *apperr.Error
// with the given rule, an empty field and a message containing msg.
func checkErr(t *testing.T, in string, err error, rule, msg string) {
	t.Helper()
	if rule == "" {
		if err != nil {
			t.Fatalf("%q: unexpected error: %v", in, err)
		}
		return
	}
	if err == nil {
		t.Fatalf("%q: got nil, want rule %s", in, rule)
	}
	e, ok := apperr.As(err)
	if !ok {
		t.Fatalf("%q: error %T is not *apperr.Error: %v", in, err, err)
	}
	if e.Code != apperr.Invalid || e.Field != "" || e.Rule != rule {
		t.Fatalf("%q: got code=%s field=%q rule=%q (%s), want INVALID, \"\", %q", in, e.Code, e.Field, e.Rule, e.Message, rule)
	}
	if e.Message == "" || !strings.HasSuffix(e.Message, ".") {
		t.Fatalf("%q: message %q is not a sentence", in, e.Message)
	}
	if msg != "" && !strings.Contains(e.Message, msg) {
		t.Fatalf("%q: message %q does not contain %q", in, e.Message, msg)
	}
}

func runCases(t *testing.T, validate func(string) error, cases []vcase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkErr(t, c.in, validate(c.in), c.rule, c.msg)
		})
	}
}

func TestValidatePartitaIVA(t *testing.T) {
	runCases(t, italy.ValidatePartitaIVA, []vcase{
		{name: "Comune di Novara", in: "00125680033"},
		{name: "Comune di Udine", in: "00168650307"},
		{name: "wrong check digit", in: "00125680034", rule: "partita_iva.checksum",
			msg: "La partita IVA 00125680034 non è valida: il carattere di controllo (l'ultima cifra) non corrisponde: verificare il numero sul documento."},
		{name: "transposed digits", in: "00152680033", rule: "partita_iva.checksum"},
		{name: "too short", in: "0012568003", rule: "partita_iva.length",
			msg: "La partita IVA deve avere 11 cifre (ne contiene 10)."},
		{name: "too long", in: "001256800330", rule: "partita_iva.length"},
		{name: "empty", in: "", rule: "partita_iva.length"},
		{name: "IT prefix", in: "IT00125680033", rule: "partita_iva.length"},
		{name: "letter", in: "0012568003A", rule: "partita_iva.format", msg: "posizione 11"},
		{name: "inner space not trimmed", in: "00125 80033", rule: "partita_iva.format", msg: "uno spazio"},
		{name: "leading space not trimmed", in: " 0125680033", rule: "partita_iva.format"},
		{name: "accented", in: "0012568003è", rule: "partita_iva.format", msg: "«è»"},
		{name: "invalid UTF-8", in: "\xff0125680033", rule: "partita_iva.format", msg: "carattere non valido"},
		{name: "fullwidth digits", in: "００１２５６８００３３", rule: "partita_iva.format"},
	})
}

func TestCheckDigitPartitaIVA(t *testing.T) {
	for _, c := range []struct {
		in   string
		want byte
		rule string
	}{
		{"0012568003", '3', ""},
		{"0016865030", '7', ""},
		{"0000000000", '0', ""},
		{"001256800", 0, "partita_iva.length"},
		{"001256800X", 0, "partita_iva.format"},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := italy.CheckDigitPartitaIVA(c.in)
			checkErr(t, c.in, err, c.rule, "")
			if got != c.want {
				t.Fatalf("CheckDigitPartitaIVA(%q) = %q, want %q", c.in, got, c.want)
			}
			if err == nil {
				if err := italy.ValidatePartitaIVA(c.in + string(got)); err != nil {
					t.Fatalf("completed code invalid: %v", err)
				}
			}
		})
	}
}

// omocodiaPositions are the 0-based positions of the digits of a personal
// codice fiscale, in the order omocodia replaces them (right to left).
var omocodiaPositions = []int{14, 13, 12, 10, 9, 7, 6}

// omocodic replaces the digits at the last k omocodia positions of the first
// 15 characters of cf with their letters and recomputes the check letter by
// the dispari/pari rule, independently of the package.
func omocodic(cf string, k int) string {
	b := []byte(cf[:15])
	for _, p := range omocodiaPositions[:k] {
		b[p] = "LMNPQRSTUV"[b[p]-'0']
	}
	odd := map[byte]int{}
	for i, v := range []int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21} {
		odd[byte('0'+i)] = v
		odd[byte('A'+i)] = v
	}
	for i, v := range []int{2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23} {
		odd[byte('K'+i)] = v
	}
	sum := 0
	for i, c := range b {
		switch {
		case i%2 == 0:
			sum += odd[c]
		case c >= '0' && c <= '9':
			sum += int(c - '0')
		default:
			sum += int(c - 'A')
		}
	}
	return string(b) + string(rune('A'+sum%26))
}

func TestValidateCodiceFiscale(t *testing.T) {
	cases := []vcase{
		{name: "persona", in: "RSSMRA85T10A562S"},
		{name: "ente numerico Novara", in: "00125680033"},
		{name: "ente numerico Udine", in: "00168650307"},
		{name: "omocodia hard-coded one letter", in: "RSSMRA85T10A56NH"},
		{name: "omocodia hard-coded all letters", in: "RSSMRAURTMLARSNL"},
		{name: "omocodia with old check letter", in: "RSSMRA85T10A56NS", rule: "codice_fiscale.checksum", msg: "il carattere di controllo (l'ultima lettera) non corrisponde"},
		{name: "wrong check letter", in: "RSSMRA85T10A562X", rule: "codice_fiscale.checksum",
			msg: "Il codice fiscale RSSMRA85T10A562X non è valido: il carattere di controllo (l'ultima lettera) non corrisponde: verificare il codice sul documento."},
		{name: "lower case", in: "rssmra85t10a562s", rule: "codice_fiscale.format", msg: "maiuscolo"},
		{name: "mixed case", in: "RSSMRA85T10a562S", rule: "codice_fiscale.format", msg: "posizione 12"},
		{name: "numeric wrong check", in: "00125680034", rule: "codice_fiscale.checksum", msg: "non corrisponde"},
		{name: "numeric with letter", in: "0012568003A", rule: "codice_fiscale.format"},
		{name: "incomplete personal code", in: "RSSMRA85T10", rule: "codice_fiscale.length", msg: "persona fisica deve avere 16 caratteri (ne contiene 11)"},
		{name: "15 chars", in: "RSSMRA85T10A562", rule: "codice_fiscale.length"},
		{name: "17 chars", in: "RSSMRA85T10A562SX", rule: "codice_fiscale.length"},
		{name: "empty", in: "", rule: "codice_fiscale.length"},
		{name: "not a month letter", in: "RSSMRA85F10A562S", rule: "codice_fiscale.format", msg: "mese"},
		{name: "non-omocodia letter in digit place", in: "RSSMRA85T10A56AS", rule: "codice_fiscale.format", msg: "posizione 15"},
		{name: "digit in name", in: "RSSMR085T10A562S", rule: "codice_fiscale.format", msg: "posizione 6"},
		{name: "digit in cadastral letter", in: "RSSMRA85T100562S", rule: "codice_fiscale.format"},
		{name: "digit as check", in: "RSSMRA85T10A5621", rule: "codice_fiscale.format"},
		{name: "spaces not trimmed", in: "RSS MRA85T10A562", rule: "codice_fiscale.format"},
		{name: "invalid UTF-8", in: "RSSMRA85T10A562\xff", rule: "codice_fiscale.format"},
	}
	for k := 1; k <= len(omocodiaPositions); k++ {
		cf := omocodic("RSSMRA85T10A562S", k)
		cases = append(cases, vcase{name: fmt.Sprintf("omocodia computed %d %s", k, cf), in: cf})
	}
	runCases(t, italy.ValidateCodiceFiscale, cases)
}

func TestValidateCodiceFiscalePersona(t *testing.T) {
	runCases(t, italy.ValidateCodiceFiscalePersona, []vcase{
		{name: "valid", in: "RSSMRA85T10A562S"},
		{name: "omocodia", in: "RSSMRA85T10A56NH"},
		{name: "numeric rejected", in: "00125680033", rule: "codice_fiscale.length", msg: "16 caratteri"},
		{name: "wrong check", in: "RSSMRA85T10A562T", rule: "codice_fiscale.checksum"},
	})
}

func TestValidateCodiceFiscaleEnte(t *testing.T) {
	runCases(t, italy.ValidateCodiceFiscaleEnte, []vcase{
		{name: "valid", in: "00125680033"},
		{name: "persona rejected", in: "RSSMRA85T10A562S", rule: "codice_fiscale.length", msg: "11 cifre"},
		{name: "wrong check", in: "00168650308", rule: "codice_fiscale.checksum", msg: "non corrisponde"},
	})
}

func TestCheckCharCodiceFiscale(t *testing.T) {
	for _, c := range []struct {
		in   string
		want byte
		rule string
	}{
		{"RSSMRA85T10A562", 'S', ""},
		{"RSSMRA85T10A56N", 'H', ""},
		{"RSSMRAURTMLARSN", 'L', ""},
		{"RSSMRA85T10A56", 0, "codice_fiscale.length"},
		{"RSSMRA85X10A562", 0, "codice_fiscale.format"},
		{"rssmra85t10a562", 0, "codice_fiscale.format"},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := italy.CheckCharCodiceFiscale(c.in)
			checkErr(t, c.in, err, c.rule, "")
			if got != c.want {
				t.Fatalf("CheckCharCodiceFiscale(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestValidateCIG(t *testing.T) {
	runCases(t, italy.ValidateCIG, []vcase{
		// Unified CIGs of the national platform (PCP), from public acts.
		{name: "unified A015882CCD", in: "A015882CCD"},
		{name: "unified B96AE2FE01", in: "B96AE2FE01"},
		{name: "unified first letter U", in: "U000000000"},
		{name: "unified lower-case", in: "b96ae2fe01", rule: "cig.format", msg: "maiuscol"},
		{name: "unified non-hex", in: "B96AE2FG01", rule: "cig.format", msg: "Il CIG unico non è valido: in posizione 8"},
		{name: "unified names its shape", in: "A01588ZCCD", rule: "cig.format", msg: "una lettera da A a U seguita da 9 caratteri esadecimali"},
		// Standard CIGs.
		{name: "8874674CA7", in: "8874674CA7"},
		{name: "48886723C1", in: "48886723C1"},
		{name: "95156957EC", in: "95156957EC"},
		{name: "computed N=1", in: "0000001" + italy.CIGCheck(1)},
		{name: "computed N=9999999", in: "9999999" + italy.CIGCheck(9999999)},
		{name: "wrong check", in: "8874674CA8", rule: "cig.checksum",
			msg: "Il CIG ordinario 8874674CA8 non è valido: i caratteri di controllo non corrispondono: verificare il codice sull'atto o sulla piattaforma ANAC"},
		{name: "wrong number", in: "8874675CA7", rule: "cig.checksum", msg: "7 cifre seguite da 3 caratteri di controllo"},
		{name: "lower-case hex", in: "8874674ca7", rule: "cig.format", msg: "maiuscol"},
		{name: "non-hex check", in: "8874674CG7", rule: "cig.format", msg: "posizione 9"},
		{name: "hex in number", in: "88746A4CA7", rule: "cig.format", msg: "Il CIG ordinario non è valido: in posizione 6 deve esserci una cifra"},
		{name: "all zero", in: "0000000000", rule: "cig.format", msg: "zero"},
		{name: "all zero number with check", in: "0000000FFF", rule: "cig.format"},
		// Smart CIGs.
		{name: "smart Z063947806", in: "Z063947806"},
		{name: "smart ZEE0718779", in: "ZEE0718779"},
		{name: "smart X prefix", in: "X063947806"},
		{name: "smart Y prefix", in: "Y063947806"},
		{name: "smart V, shape only", in: "V1A2B3C4D5"},
		{name: "smart W, shape only", in: "W063947806"},
		{name: "smart W non-hex", in: "W06394780G", rule: "cig.format", msg: "Lo Smart CIG"},
		{name: "smart wrong check", in: "Z073947806", rule: "cig.checksum",
			msg: "Lo Smart CIG Z073947806 non è valido: i caratteri di controllo non corrispondono"},
		{name: "smart lower-case prefix", in: "z063947806", rule: "cig.format", msg: "maiuscol"},
		{name: "smart non-hex", in: "Z06394780G", rule: "cig.format", msg: "posizione 10"},
		// Neither.
		{name: "accented first char", in: "É063947806", rule: "cig.format", msg: "«É»"},
		{name: "punctuation first", in: "-063947806", rule: "cig.format", msg: "una lettera da A a U (CIG unico, dal 2024)"},
		{name: "too short", in: "8874674CA", rule: "cig.length", msg: "Il CIG deve avere 10 caratteri (ne contiene 9). Dal 2024 il CIG unico"},
		{name: "too long", in: "8874674CA77", rule: "cig.length"},
		{name: "empty", in: "", rule: "cig.length"},
		{name: "space", in: "8874674 CA", rule: "cig.format"},
		{name: "invalid UTF-8", in: "8874674CA\xff", rule: "cig.format"},
	})
}

func TestCIGKindOf(t *testing.T) {
	for _, c := range []struct {
		in     string
		want   italy.CIGKind
		label  string
		legacy bool
	}{
		{"A015882CCD", italy.CIGUnified, "CIG unico", false},
		{"B96AE2FE01", italy.CIGUnified, "CIG unico", false},
		{"8874674CA7", italy.CIGStandard, "CIG ordinario", true},
		{"Z063947806", italy.CIGSmart, "Smart CIG", true},
		{"W063947806", italy.CIGSmart, "Smart CIG", true},
		{"8874674CA8", "", "", false},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := italy.CIGKindOf(c.in)
			if got != c.want || (err == nil) != (c.want != "") {
				t.Fatalf("CIGKindOf(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
			if got != "" && (got.Label() != c.label || got.Legacy() != c.legacy) {
				t.Fatalf("%s: Label %q Legacy %v, want %q %v", got, got.Label(), got.Legacy(), c.label, c.legacy)
			}
		})
	}
}

// TestValidateCIG_RefusalNeverRevealsCheck checks that a refusal for wrong
// check characters is the same sentence whatever the check characters that
// would pass: only the CIG as typed changes, so a typo cannot be "fixed" by
// copying the message.
func TestValidateCIG_RefusalNeverRevealsCheck(t *testing.T) {
	for _, c := range []struct {
		name, prefix, suffix string
		alternatives         []string
	}{
		{"standard", "8874674", "", []string{"CA8", "000", "FFF", "3C1"}},
		{"smart", "Z", "3947806", []string{"07", "00", "FF", "EE"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var first string
			for _, alt := range c.alternatives {
				in := c.prefix + alt + c.suffix
				err := italy.ValidateCIG(in)
				e, ok := apperr.As(err)
				if !ok || e.Rule != "cig.checksum" {
					t.Fatalf("%s: %v, want cig.checksum", in, err)
				}
				msg := strings.ReplaceAll(e.Message, in, "<CIG>")
				if first == "" {
					first = msg
				} else if msg != first {
					t.Fatalf("the refusal depends on more than the CIG typed:\n%s\n%s", first, msg)
				}
				if strings.Contains(e.Message, "attes") {
					t.Fatalf("the refusal suggests a value: %s", e.Message)
				}
			}
		})
	}
}

func TestCIGCheck(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{8874674, "CA7"}, {4888672, "3C1"}, {9515695, "7EC"},
		{1, "0D3"}, {0, ""}, {-1, ""}, {10_000_000, ""},
	} {
		t.Run(fmt.Sprint(c.n), func(t *testing.T) {
			if got := italy.CIGCheck(c.n); got != c.want {
				t.Fatalf("CIGCheck(%d) = %q, want %q", c.n, got, c.want)
			}
		})
	}
	// Every generated standard CIG is valid (a sample of the range).
	for n := 1; n <= 9_999_999; n += 9973 {
		if err := italy.ValidateCIG(fmt.Sprintf("%07d%s", n, italy.CIGCheck(n))); err != nil {
			t.Fatalf("N=%d: %v", n, err)
		}
	}
}

func TestSmartCIGCheck(t *testing.T) {
	for _, c := range []struct {
		c    int
		want string
	}{
		{0x3947806, "06"}, {0x0718779, "EE"}, {0, "00"},
		{-1, ""}, {0x10000000, ""},
	} {
		t.Run(fmt.Sprint(c.c), func(t *testing.T) {
			if got := italy.SmartCIGCheck(c.c); got != c.want {
				t.Fatalf("SmartCIGCheck(%#x) = %q, want %q", c.c, got, c.want)
			}
		})
	}
	if err := italy.ValidateCIG(fmt.Sprintf("Z%s%07X", italy.SmartCIGCheck(0xFFFFFFF), 0xFFFFFFF)); err != nil {
		t.Fatal(err)
	}
}

func TestValidateCUP(t *testing.T) {
	runCases(t, italy.ValidateCUP, []vcase{
		{name: "valid", in: "B63D21001490006"},
		{name: "valid J", in: "J51B21000350006"},
		{name: "lower case", in: "b63d21001490006", rule: "cup.format", msg: "maiuscolo"},
		{name: "digit first", in: "163D21001490006", rule: "cup.format", msg: "posizione 1"},
		{name: "letter in year", in: "B6AD21001490006", rule: "cup.format", msg: "posizione 3"},
		{name: "digit as fourth", in: "B63021001490006", rule: "cup.format", msg: "posizione 4"},
		{name: "letter at end", in: "B63D2100149000X", rule: "cup.format", msg: "posizione 15"},
		{name: "too short", in: "B63D2100149000", rule: "cup.length", msg: "15 caratteri (ne contiene 14)"},
		{name: "too long", in: "B63D210014900066", rule: "cup.length"},
		{name: "empty", in: "", rule: "cup.length"},
	})
}

func TestValidateIBAN(t *testing.T) {
	runCases(t, italy.ValidateIBAN, []vcase{
		{name: "IT example", in: "IT60X0542811101000000123456"},
		{name: "DE", in: "DE89370400440532013000"},
		{name: "GB", in: "GB82WEST12345698765432"},
		{name: "FR with letter in BBAN", in: "FR1420041010050500013M02606"},
		{name: "NO shortest", in: "NO9386011117947"},
		{name: "BE", in: "BE68539007547034"},
		{name: "country not in table, computed", in: computeIBAN("XK", "1212012345678906")},
		{name: "IT wrong check", in: "IT61X0542811101000000123456", rule: "iban.checksum", msg: "non corrispondono"},
		{name: "IT changed digit", in: "IT60X0542811101000000123457", rule: "iban.checksum"},
		{name: "check digits 00 (≡ 97) never issued", in: ibanAliasCheck("97", "00"), rule: "iban.checksum", msg: "non corrispondono"},
		{name: "check digits 01 (≡ 98) never issued", in: ibanAliasCheck("98", "01"), rule: "iban.checksum", msg: "non corrispondono"},
		{name: "check digits 99 (≡ 02) never issued", in: ibanAliasCheck("02", "99"), rule: "iban.checksum", msg: "non corrispondono"},
		{name: "IT too short", in: "IT60X054281110100000012345", rule: "iban.length",
			msg: "Un IBAN con codice paese IT (Italia) deve avere 27 caratteri (ne contiene 26)."},
		{name: "DE too long", in: "DE893704004405320130000", rule: "iban.length"},
		{name: "unknown too short", in: "XX12345678901", rule: "iban.length", msg: "da 15 a 34"},
		{name: "unknown too long", in: "XX" + strings.Repeat("1", 33), rule: "iban.length"},
		{name: "empty", in: "", rule: "iban.length"},
		{name: "lower case", in: "it60x0542811101000000123456", rule: "iban.format", msg: "maiuscolo"},
		{name: "lower case BBAN", in: "IT60x0542811101000000123456", rule: "iban.format", msg: "posizione 5"},
		{name: "letter in check digits", in: "ITX0X0542811101000000123456", rule: "iban.format", msg: "posizione 3"},
		{name: "digit in country", in: "1T60X0542811101000000123456", rule: "iban.format"},
		{name: "with spaces", in: "IT60 X054 2811 1010 0000 0123 456", rule: "iban.format", msg: "uno spazio"},
		{name: "punctuation", in: "XX60-0542811101000", rule: "iban.format"},
	})
}

// computeIBAN builds a valid IBAN for country and bban with the mod-97 rule,
// independently of the package.
func computeIBAN(country, bban string) string {
	rem := 0
	for _, c := range bban + country + "00" {
		v := int(c - '0')
		if c >= 'A' {
			rem = (rem*100 + int(c-'A') + 10) % 97
			continue
		}
		rem = (rem*10 + v) % 97
	}
	return fmt.Sprintf("%s%02d%s", country, 98-rem, bban)
}

// ibanAliasCheck finds an Italian IBAN whose correct check digits are want
// and returns it with the check digits replaced by alias, which has the same
// value mod 97 and so passes a bare mod-97 test.
func ibanAliasCheck(want, alias string) string {
	for i := 0; i < 1000; i++ {
		bban := fmt.Sprintf("X0542811101000000123%03d", i)
		if computeIBAN("IT", bban) == "IT"+want+bban {
			return "IT" + alias + bban
		}
	}
	panic("test setup: no BBAN with check digits " + want)
}

func TestValidateISTATComune(t *testing.T) {
	runCases(t, italy.ValidateISTATComune, []vcase{
		{name: "Novara", in: "003106"},
		{name: "Roma", in: "058091"},
		{name: "5 digits", in: "03106", rule: "istat_comune.length"},
		{name: "letter", in: "00310A", rule: "istat_comune.format"},
		{name: "empty", in: "", rule: "istat_comune.length"},
	})
}

func TestValidateCodiceCatastale(t *testing.T) {
	runCases(t, italy.ValidateCodiceCatastale, []vcase{
		{name: "Roma", in: "H501"},
		{name: "Palermo", in: "G273"},
		{name: "H769", in: "H769"},
		{name: "foreign state", in: "Z404"},
		{name: "lower case", in: "h769", rule: "codice_catastale.format", msg: "maiuscolo"},
		{name: "digit first", in: "1769", rule: "codice_catastale.format"},
		{name: "letter in digits", in: "H76L", rule: "codice_catastale.format"},
		{name: "too long", in: "H7690", rule: "codice_catastale.length"},
		{name: "empty", in: "", rule: "codice_catastale.length"},
	})
}

func TestValidateCPV(t *testing.T) {
	runCases(t, italy.ValidateCPV, []vcase{
		{name: "construction", in: "45000000-7"},
		{name: "software", in: "48000000-8"},
		{name: "no hyphen", in: "450000007", rule: "cpv.length"},
		{name: "space instead of hyphen", in: "45000000 7", rule: "cpv.format", msg: "trattino"},
		{name: "letter", in: "4500000A-7", rule: "cpv.format"},
		{name: "empty", in: "", rule: "cpv.length"},
	})
}

func TestValidateCodiceUnivocoUfficio(t *testing.T) {
	runCases(t, italy.ValidateCodiceUnivocoUfficio, []vcase{
		{name: "letters and digits", in: "UFXYZ9"},
		{name: "all digits", in: "123456"},
		{name: "lower case", in: "ufxyz9", rule: "codice_univoco_ufficio.format", msg: "maiuscolo"},
		{name: "7 chars", in: "0000000", rule: "codice_univoco_ufficio.length"},
		{name: "underscore", in: "UF_YZ9", rule: "codice_univoco_ufficio.format"},
		{name: "empty", in: "", rule: "codice_univoco_ufficio.length"},
	})
}

func TestValidateInvoicingOfficeCode(t *testing.T) {
	runCases(t, italy.ValidateInvoicingOfficeCode, []vcase{
		{name: "AgID's office", in: "UF4NU9"},
		{name: "placeholder of a body not in IPA", in: "999999", rule: "codice_univoco_ufficio.placeholder", msg: "non identifica un ufficio"},
		{name: "private recipient code", in: "0000000", rule: "codice_univoco_ufficio.length"},
		{name: "lower case", in: "uf4nu9", rule: "codice_univoco_ufficio.format"},
	})
}

func TestValidateCodiceIPA(t *testing.T) {
	runCases(t, italy.ValidateCodiceIPA, []vcase{
		{name: "comune", in: "c_h769"},
		{name: "upper", in: "C_F952"},
		{name: "one char", in: "a"},
		{name: "20 chars", in: strings.Repeat("a", 20)},
		{name: "21 chars", in: strings.Repeat("a", 21), rule: "codice_ipa.length"},
		{name: "empty", in: "", rule: "codice_ipa.length"},
		{name: "hyphen", in: "c-h769", rule: "codice_ipa.format", msg: "posizione 2"},
		{name: "space", in: "c h769", rule: "codice_ipa.format"},
		{name: "accent", in: "città", rule: "codice_ipa.format"},
	})
}

func TestValidatePEC(t *testing.T) {
	runCases(t, italy.ValidatePEC, []vcase{
		{name: "comune", in: "protocollo@pec.comune.novara.it"},
		{name: "no pec in domain", in: "ufficio.gare@example.com"},
		{name: "plus and hyphen", in: "gare+2026@posta-cert.it"},
		{name: "upper case accepted", in: "Protocollo@PEC.Comune.Udine.IT"},
		{name: "empty", in: "", rule: "pec.format"},
		{name: "no at", in: "protocollo.pec.it", rule: "pec.format"},
		{name: "display name", in: "Comune <protocollo@pec.comune.it>", rule: "pec.format", msg: "senza nome"},
		{name: "angle brackets", in: "<protocollo@pec.comune.it>", rule: "pec.format"},
		{name: "two addresses", in: "a@pec.it, b@pec.it", rule: "pec.format"},
		{name: "domain without dot", in: "protocollo@localhost", rule: "pec.format", msg: "dominio"},
		{name: "empty label", in: "a@pec..it", rule: "pec.format"},
		{name: "trailing dot", in: "a@pec.it.", rule: "pec.format"},
		{name: "hyphen label", in: "a@-pec.it", rule: "pec.format"},
		{name: "numeric tld", in: "a@10.0.0.1", rule: "pec.format"},
		{name: "domain literal", in: "a@[10.0.0.1]", rule: "pec.format"},
		{name: "quoted local", in: `"a b"@pec.it`, rule: "pec.format"},
		{name: "double dot in local part", in: "a..b@pec.it", rule: "pec.format"},
		{name: "comment", in: "a@pec.it (Comune)", rule: "pec.format"},
		{name: "encoded display name", in: "=?utf-8?q?x?= <a@pec.it>", rule: "pec.format"},
		{name: "leading space not trimmed", in: " a@pec.it", rule: "pec.format"},
		{name: "accented", in: "però@pec.it", rule: "pec.format", msg: "«ò»"},
		{name: "invalid UTF-8", in: "a\xff@pec.it", rule: "pec.format"},
		{name: "too long", in: strings.Repeat("a", 60) + "@" + strings.Repeat("b.", 100) + "it", rule: "pec.length"},
		{name: "local too long", in: strings.Repeat("a", 65) + "@pec.it", rule: "pec.length"},
	})
}

func TestValidateProvinceCode(t *testing.T) {
	runCases(t, italy.ValidateProvinceCode, []vcase{
		{name: "Novara", in: "NO"},
		{name: "Udine", in: "UD"},
		{name: "lower case", in: "no", rule: "provincia.format", msg: "maiuscolo"},
		{name: "digit", in: "N0", rule: "provincia.format"},
		{name: "three letters", in: "NOV", rule: "provincia.length"},
		{name: "empty", in: "", rule: "provincia.length"},
	})
}

func TestNormalizeCode(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{" rssmra85t10a562s ", "RSSMRA85T10A562S"},
		{"IT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"},
		{"\t8874674ca7\n", "8874674CA7"},
		{"00125\u00a0680033", "00125680033"},
		{"45000000-7", "45000000-7"},
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := italy.NormalizeCode(c.in); got != c.want {
				t.Fatalf("NormalizeCode(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	// Normalized input passes the validators that reject it as typed.
	if err := italy.ValidateCodiceFiscale(italy.NormalizeCode(" rssmra85t10a562s")); err != nil {
		t.Fatal(err)
	}
}

func TestNormalizePEC(t *testing.T) {
	if got := italy.NormalizePEC("  Protocollo@PEC.Comune.IT \n"); got != "protocollo@pec.comune.it" {
		t.Fatalf("NormalizePEC = %q", got)
	}
}

// TestNoPanicOnOddInput runs every validator on awkward inputs.
func TestNoPanicOnOddInput(t *testing.T) {
	validators := map[string]func(string) error{
		"PartitaIVA": italy.ValidatePartitaIVA, "CodiceFiscale": italy.ValidateCodiceFiscale,
		"CodiceFiscalePersona": italy.ValidateCodiceFiscalePersona, "CodiceFiscaleEnte": italy.ValidateCodiceFiscaleEnte,
		"CIG": italy.ValidateCIG, "CUP": italy.ValidateCUP, "IBAN": italy.ValidateIBAN,
		"ISTATComune": italy.ValidateISTATComune, "CodiceCatastale": italy.ValidateCodiceCatastale,
		"CPV": italy.ValidateCPV, "CodiceUnivocoUfficio": italy.ValidateCodiceUnivocoUfficio,
		"PEC": italy.ValidatePEC, "CodiceIPA": italy.ValidateCodiceIPA, "ProvinceCode": italy.ValidateProvinceCode,
	}
	inputs := []string{"", "\x00", "\xff\xfe", strings.Repeat("\xff", 16), strings.Repeat("9", 1<<20),
		"\u202e", "é", "IT", "Z", "@", "<>", strings.Repeat("a@b.", 1000)}
	for name, v := range validators {
		for _, in := range inputs {
			if err := v(in); err != nil {
				if _, ok := apperr.As(err); !ok {
					t.Errorf("%s(%.20q): error %T is not *apperr.Error", name, in, err)
				}
			}
		}
	}
}

// TestChecksumRefusals_NeverRevealTheAnswer: a refusal for a wrong check
// character says what is wrong, never which character would pass — else a
// typo is "fixed" by copying the suggestion instead of reading the
// document. The message is the same whatever the wrong character.
func TestChecksumRefusals_NeverRevealTheAnswer(t *testing.T) {
	for _, tc := range []struct {
		name     string
		validate func(string) error
		prefix   string
		alts     string
		suffix   string
		right    byte
	}{
		{"PartitaIVA", italy.ValidatePartitaIVA, "0012568003", "0123456789", "", '3'},
		{"CodiceFiscalePersona", italy.ValidateCodiceFiscalePersona, "RSSMRA85T10A562", "ABCDEFGHIJKLMNOPQRTUVWXYZ", "", 'S'},
		{"IBAN", italy.ValidateIBAN, "IT", "0123456789", "0X0542811101000000123456", '6'},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := ""
			for i := 0; i < len(tc.alts); i++ {
				if tc.alts[i] == tc.right {
					continue
				}
				in := tc.prefix + string(tc.alts[i]) + tc.suffix
				err := tc.validate(in)
				e, ok := apperr.As(err)
				if !ok || !strings.HasSuffix(e.Rule, ".checksum") {
					continue // another rule caught it first (e.g. a format)
				}
				msg := strings.ReplaceAll(e.Message, in, "<codice>")
				if first == "" {
					first = msg
				} else if msg != first {
					t.Fatalf("the refusal depends on more than the code typed:\n%s\n%s", first, msg)
				}
				if strings.Contains(e.Message, "attes") {
					t.Fatalf("the refusal suggests a value: %s", e.Message)
				}
			}
			if first == "" {
				t.Fatal("no checksum refusal was produced: the test proves nothing")
			}
		})
	}
}
