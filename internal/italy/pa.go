package italy

import (
	"net/mail"
	"strings"
	"unicode/utf8"
)

var (
	codiceUfficioClasses = repeat(classUpperAlnum, 6)
	classIPA             = charClass{
		ok: func(b byte) bool {
			return isUpperAlnum(b) || ('a' <= b && b <= 'z') || b == '_'
		},
		desc: "una lettera, una cifra o un trattino basso «_»",
	}
)

// Limits of a PEC address: 254 characters in all (RFC 5321), 64 for the part
// before the @.
const (
	pecMaxLength      = 254
	pecMaxLocalLength = 64
)

// ValidateCodiceUnivocoUfficio checks the format of a codice univoco ufficio
// (the IPA code of the office that receives electronic invoices): 6
// upper-case letters or digits, e.g. UFXYZ9.
func ValidateCodiceUnivocoUfficio(s string) error {
	return checkPattern(s, "codice_univoco_ufficio", codiceUfficioClasses,
		"Il codice univoco ufficio deve avere 6 caratteri", "Il codice univoco ufficio non è valido")
}

// ValidateCodiceIPA checks the format of the code of a body in the IPA
// (Indice dei domicili digitali della Pubblica Amministrazione): 1 to 20
// letters, digits or underscores, e.g. c_h769.
func ValidateCodiceIPA(s string) error {
	if n := runeCount(s); n < 1 || n > 20 {
		return invalid("codice_ipa.length", "Il codice IPA deve avere da 1 a 20 caratteri (ne contiene %d).", n)
	}
	if pos, r, cls, bad := mismatch(s, func(int) charClass { return classIPA }); bad {
		return formatError("codice_ipa.format", "Il codice IPA non è valido", pos, r, cls)
	}
	return nil
}

// NormalizePEC prepares a typed PEC address for validation: it removes
// surrounding white space and converts the address to lower case (PEC
// providers treat addresses case-insensitively).
func NormalizePEC(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// ValidatePEC checks that s is a single, bare e-mail address usable as a PEC
// (posta elettronica certificata) address, such as protocollo@pec.comune.it:
// no display name, no angle brackets, only ASCII characters, and a domain
// with at least one dot. A PEC address is technically an ordinary e-mail
// address, so the domain is not required to contain "pec".
func ValidatePEC(s string) error {
	const form = "nome@dominio.it"
	if s == "" {
		return invalid("pec.format", "Indica l'indirizzo PEC, nella forma %s.", form)
	}
	if len(s) > pecMaxLength {
		return invalid("pec.length", "L'indirizzo PEC può avere al massimo %d caratteri (ne contiene %d).",
			pecMaxLength, runeCount(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] < ' ' || s[i] == 0x7f {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return invalid("pec.format",
				"L'indirizzo PEC non è valido: contiene %s; sono ammessi solo lettere non accentate, cifre e simboli come . _ - +.",
				describeRune(r))
		}
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Name != "" || addr.Address != s {
		return invalid("pec.format",
			"L'indirizzo PEC non è valido: deve essere un solo indirizzo e-mail nella forma %s, senza nome, virgolette o parentesi.", form)
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], s[at+1:]
	if len(local) > pecMaxLocalLength {
		return invalid("pec.length", "L'indirizzo PEC non è valido: la parte prima di @ può avere al massimo %d caratteri.",
			pecMaxLocalLength)
	}
	if !validDomain(domain) {
		return invalid("pec.format",
			"L'indirizzo PEC non è valido: il dominio «%s» deve essere nella forma dominio.it (parti separate da punti, fatte di lettere, cifre e trattini).", domain)
	}
	return nil
}

// validDomain reports whether d is a DNS host name with at least two labels,
// each made of ASCII letters, digits and inner hyphens, the last one
// alphabetic and at least 2 characters long.
func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			b := l[i]
			if !(isDigit(b) || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') || b == '-') {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if isDigit(tld[i]) || tld[i] == '-' {
			return false
		}
	}
	return true
}

// ValidateInvoicingOfficeCode checks the codice univoco ufficio of a body's
// own e-invoicing office, as recorded on the body to recognise the invoices
// addressed to it: the format of ValidateCodiceUnivocoUfficio, and not
// 999999, the code a supplier writes when the body has no office in
// IndicePA (it identifies no one).
func ValidateInvoicingOfficeCode(s string) error {
	if err := ValidateCodiceUnivocoUfficio(s); err != nil {
		return err
	}
	if s == "999999" {
		return invalid("codice_univoco_ufficio.placeholder",
			"Il codice 999999 non identifica un ufficio: è il valore che il fornitore usa quando l'ente non è nell'IPA. Indica il codice univoco dell'ufficio di fatturazione elettronica dell'ente.")
	}
	return nil
}
