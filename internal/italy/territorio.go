package italy

var (
	istatComuneClasses     = repeat(classDigit, 6)
	codiceCatastaleClasses = concat([]charClass{classUpper}, repeat(classDigit, 3))
	provinceClasses        = repeat(classUpper, 2)
)

// ValidateISTATComune checks the format of the ISTAT code of a comune: 6
// digits (e.g. 003106 for Novara).
func ValidateISTATComune(s string) error {
	return checkPattern(s, "istat_comune", istatComuneClasses,
		"Il codice ISTAT del comune deve avere 6 cifre", "Il codice ISTAT del comune non è valido")
}

// ValidateCodiceCatastale checks the format of a codice catastale (Belfiore
// code): a letter and 3 digits, e.g. H769 for a comune or Z404 for a foreign
// state (foreign states use the letter Z).
func ValidateCodiceCatastale(s string) error {
	return checkPattern(s, "codice_catastale", codiceCatastaleClasses,
		"Il codice catastale deve avere 4 caratteri, una lettera e 3 cifre", "Il codice catastale non è valido")
}

// ValidateProvinceCode checks the format of an Italian province code (sigla
// automobilistica): 2 upper-case letters, e.g. NO or UD. It does not check
// that the province exists.
func ValidateProvinceCode(s string) error {
	return checkPattern(s, "provincia", provinceClasses,
		"La sigla della provincia deve avere 2 lettere", "La sigla della provincia non è valida")
}
