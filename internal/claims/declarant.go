package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultDeclarantTitle is the position printed for a declarant whose
// account records none (User.job_title): what the product knows of them is
// that they report the project for the lead body.
const DefaultDeclarantTitle = "referente per la rendicontazione del progetto"

// maxDeclarantRole is the length of ExpenseClaim.declarant_role, in UTF-8
// bytes as the schema checks it.
const maxDeclarantRole = 300

// DeclarantRole is the role of the person who signs a claim's declaration
// (D.P.R. 445/2000, art. 47) as the report prints it after the name: the
// position (jobTitle, else DefaultDeclarantTitle) "del/della" the lead
// body, "ente capofila dell'aggregazione «name»", e.g. "Dirigente Settore
// Innovazione del Comune di San Benedetto del Tronto, ente capofila
// dell'aggregazione «Marche Sud»". It fits the column (300 bytes): the
// aggregation, then the end of the text, give way to a long position.
func DeclarantRole(jobTitle, leadName, aggregationName string) string {
	title := strings.Join(strings.Fields(jobTitle), " ")
	if title == "" {
		title = DefaultDeclarantTitle
	}
	lead := strings.Join(strings.Fields(leadName), " ")
	agg := strings.Join(strings.Fields(aggregationName), " ")
	role := title
	if lead != "" {
		role += " " + OfThe(lead) + ", ente capofila"
		if agg != "" {
			if full := role + " dell'aggregazione «" + agg + "»"; len(full) <= maxDeclarantRole {
				role = full
			}
		}
	}
	if len(role) > maxDeclarantRole {
		cut := maxDeclarantRole - len("…")
		for cut > 0 && !utf8.RuneStart(role[cut]) {
			cut--
		}
		role = strings.TrimSpace(role[:cut]) + "…"
	}
	return role
}

// feminineHeads are first words of body names that are feminine although
// they do not end in -a or -ione.
var feminineHeads = map[string]bool{"città": true, "comunità": true, "società": true, "università": true, "asl": true, "usl": true}

// masculineHeads are first words of body names that are masculine although
// they end in -a.
var masculineHeads = map[string]bool{"sistema": true, "programma": true, "consorzio": true}

// OfThe joins "di" and the article of a body's name, as Italian writes it:
// "del Comune di Fermo", "della Provincia di Ascoli Piceno", "dell'Unione
// dei Comuni …", "dello Stato". The gender is read from the first word (a
// word ending in -a or -ione, or a known feminine one, is feminine); names
// that already start with an article get "di" alone ("di Il Comune" never
// happens).
func OfThe(name string) string {
	name = strings.TrimSpace(name)
	head, _, _ := strings.Cut(name, " ")
	w := strings.ToLower(head)
	switch w {
	case "il", "lo", "la", "i", "gli", "le", "l'":
		return "di " + name
	}
	if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") {
		return "di " + name
	}
	first, _ := utf8.DecodeRuneInString(w)
	feminine := !masculineHeads[w] && (feminineHeads[w] || strings.HasSuffix(w, "a") || strings.HasSuffix(w, "ione"))
	switch {
	case strings.ContainsRune("aeiouàèéìòù", first) || first == 'h':
		return "dell'" + name
	case feminine:
		return "della " + name
	case first == 's' && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[1])),
		first == 'z', first == 'x', first == 'y',
		strings.HasPrefix(w, "gn"), strings.HasPrefix(w, "ps"), strings.HasPrefix(w, "pn"):
		return "dello " + name
	case !unicode.IsLetter(first):
		return "di " + name
	}
	return "del " + name
}
