package italy

// The ninth digit of a CPV code is a check digit, but the algorithm that
// computes it is not published in Regulation (EC) 213/2008 and we do not know
// it for certain, so ValidateCPV checks the format only.
var cpvClasses = concat(
	repeat(classDigit, 8),
	[]charClass{{ok: func(b byte) bool { return b == '-' }, desc: "un trattino «-»"}},
	[]charClass{classDigit},
)

// ValidateCPV checks the format of a CPV code (Common Procurement Vocabulary):
// 8 digits, a hyphen and a check digit, e.g. 45000000-7. The check digit
// itself is not verified because its algorithm is not public.
func ValidateCPV(s string) error {
	return checkPattern(s, "cpv", cpvClasses,
		"Il codice CPV deve avere 10 caratteri nella forma NNNNNNNN-N", "Il codice CPV non è valido")
}
