package italy

// cupClasses is the structure of a CUP (Codice Unico di Progetto):
// ^[A-Z][0-9]{2}[A-Z][0-9]{11}$. The CUP has no public check character.
var cupClasses = concat(
	[]charClass{classUpper},
	repeat(classDigit, 2),
	[]charClass{classUpper},
	repeat(classDigit, 11),
)

// ValidateCUP checks the format of a CUP (Codice Unico di Progetto): 15
// characters, a letter, 2 digits, a letter and 11 digits. The CUP has no
// public check character, so only the format can be verified.
func ValidateCUP(s string) error {
	return checkPattern(s, "cup", cupClasses,
		"Il CUP deve avere 15 caratteri", "Il CUP non è valido")
}
