package puc

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/italy"
)

// The rule keys of the validator's problems.
const (
	RuleMandatory = "puc.mandatory" // a mandatory field is empty
	RuleLength    = "puc.length"    // a value is longer than the field allows
	RuleFormat    = "puc.format"    // a date, amount, flag, CUP, CIG or tax code is malformed
	RuleCode      = "puc.code"      // a value is not a code of the field's context table
	RuleReference = "puc.reference" // a record points at a record the feed does not hold
	RuleDuplicate = "puc.duplicate" // two records have the same key
	RuleAmounts   = "puc.amounts"   // amounts of related records do not add up
	RuleFields    = "puc.fields"    // a record has the wrong number of fields
	RuleMissing   = "puc.missing"   // a family every project needs has no record for it
	// RuleSource is a warning of the builder: something of the project
	// could not be written (e.g. a member without codice fiscale).
	RuleSource = "puc.source"
)

// Problem is a record that breaks a rule of the specification.
type Problem struct {
	// Family is the family's code, "FN06".
	Family string
	// Record is the record's number in its file, from 1; 0 for a problem
	// of the family as a whole.
	Record int
	// Field is the field's name; empty for a problem of the record.
	Field string
	// Rule is the rule key, "puc.mandatory".
	Rule string
	// Message says what is wrong, in Italian.
	Message string
	// Warning problems do not make the feed invalid.
	Warning bool
}

// Invalid reports whether any problem is an error.
func Invalid(ps []Problem) bool {
	for _, p := range ps {
		if !p.Warning {
			return true
		}
	}
	return false
}

var (
	reAmount = regexp.MustCompile(`^-?[0-9]{1,13},[0-9]{2}$`)
	reNumber = regexp.MustCompile(`^[0-9]{1,15}(,[0-9]{1,2})?$`)
	reYear   = regexp.MustCompile(`^[0-9]{4}$`)
	reDate   = regexp.MustCompile(`^([0-9]{2})/([0-9]{2})/([0-9]{4})$`)
)

// Validate checks every record of the feed against the specification: the
// number of fields, mandatory fields, lengths, formats, context codes, then
// the references between records (every project record points at an AP00
// project; AP01 and PA01 at a PA00 procedure; FN05 at an FN04 commitment;
// FN07 and FN08 at an FN06 payment), duplicate keys, the families every
// project needs (AP00, AP01, AP06, SC00 with a programmer and a beneficiary,
// FN00, FN01, PR01), and the sums: the admitted cost (FN01) is covered by the
// funding (FN00), and the payments (FN06) do not exceed the commitments
// (FN04). Problems are returned in family, record and field order.
func Validate(f *Feed) []Problem {
	var ps []Problem
	add := func(p Problem) { ps = append(ps, p) }
	for _, fam := range Families {
		for i, r := range f.records[fam.Code] {
			n := i + 1
			if len(r) != len(fam.Fields) {
				add(Problem{Family: fam.Code, Record: n, Rule: RuleFields,
					Message: fmt.Sprintf("Il record ha %d campi invece dei %d del tracciato %s.", len(r), len(fam.Fields), fam.Code)})
				continue
			}
			for j, fd := range fam.Fields {
				if p, bad := checkField(fd, r[j]); bad {
					p.Family, p.Record, p.Field = fam.Code, n, fd.Name
					add(p)
				}
			}
		}
	}
	ps = append(ps, references(f)...)
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Family != b.Family {
			return familyIndex(a.Family) < familyIndex(b.Family)
		}
		return a.Record < b.Record
	})
	return ps
}

func familyIndex(code string) int {
	for i, f := range Families {
		if f.Code == code {
			return i
		}
	}
	return len(Families)
}

// checkField checks one value.
func checkField(fd Field, v string) (Problem, bool) {
	if v == "" {
		if fd.Mandatory {
			return Problem{Rule: RuleMandatory, Message: fmt.Sprintf("Il campo %s è obbligatorio.", fd.Name)}, true
		}
		return Problem{}, false
	}
	if n := utf8.RuneCountInString(v); n > fd.Max {
		return Problem{Rule: RuleLength, Message: fmt.Sprintf("Il campo %s ammette al massimo %d caratteri: ne ha %d.", fd.Name, fd.Max, n)}, true
	}
	if strings.ContainsAny(v, "|\r\n") {
		return Problem{Rule: RuleFormat, Message: fmt.Sprintf("Il campo %s contiene il separatore «|» o un a capo.", fd.Name)}, true
	}
	bad := func(msg string, args ...any) (Problem, bool) {
		return Problem{Rule: RuleFormat, Message: fmt.Sprintf(msg, args...)}, true
	}
	switch fd.Kind {
	case Date:
		m := reDate.FindStringSubmatch(v)
		if m == nil {
			return bad("Il campo %s deve essere una data GG/MM/AAAA: %q non lo è.", fd.Name, v)
		}
		var d, mo, y int
		fmt.Sscanf(m[1]+" "+m[2]+" "+m[3], "%d %d %d", &d, &mo, &y)
		if !civilValid(y, mo, d) {
			return bad("Il campo %s contiene una data inesistente: %s.", fd.Name, v)
		}
	case Amount:
		if !reAmount.MatchString(v) {
			return bad("Il campo %s deve essere un importo con due decimali e la virgola, senza separatore delle migliaia (es. 1234,56): %q non lo è.", fd.Name, v)
		}
	case Number:
		if !reNumber.MatchString(v) {
			return bad("Il campo %s deve essere un numero non negativo con la virgola decimale: %q non lo è.", fd.Name, v)
		}
	case Year:
		if !reYear.MatchString(v) {
			return bad("Il campo %s deve essere un anno di quattro cifre: %q non lo è.", fd.Name, v)
		}
	case Flag:
		if fd.Table == nil && v != "S" && v != "N" {
			return bad("Il campo %s ammette S o N: %q non è ammesso.", fd.Name, v)
		}
	case CUP:
		if err := italy.ValidateCUP(v); err != nil {
			return bad("Il campo %s non contiene un CUP valido: %s", fd.Name, err.Error())
		}
	case CIG:
		if err := italy.ValidateCIG(v); err != nil {
			return bad("Il campo %s non contiene un CIG valido: %s", fd.Name, err.Error())
		}
	case TaxID:
		if italy.ValidateCodiceFiscale(v) != nil && italy.ValidatePartitaIVA(v) != nil {
			return bad("Il campo %s non contiene un codice fiscale o una partita IVA validi: %q.", fd.Name, v)
		}
	}
	if fd.Table != nil && !fd.Table.Has(v) {
		return Problem{Rule: RuleCode, Message: fmt.Sprintf("Il valore %q del campo %s non è un codice della tabella %s (%s): ammessi %s.",
			v, fd.Name, fd.Table.Name, fd.Table.Title, strings.Join(fd.Table.Sorted(), ", "))}, true
	}
	return Problem{}, false
}

func civilValid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100 {
		return false
	}
	return civilNew(y, m, d).Valid()
}

// references checks the links between records and the sums.
func references(f *Feed) []Problem {
	var ps []Problem
	val := func(code string, r []string, field string) string {
		fam, _ := FamilyOf(code)
		if i := fam.Index(field); i >= 0 && i < len(r) {
			return r[i]
		}
		return ""
	}
	live := func(code string, r []string) bool { return val(code, r, "FLG_CANCELLAZIONE") != "S" }
	keys := func(code string, fields ...string) map[string]int {
		m := map[string]int{}
		for i, r := range f.records[code] {
			if !live(code, r) {
				continue
			}
			var k []string
			for _, fd := range fields {
				k = append(k, val(code, r, fd))
			}
			key := strings.Join(k, "|")
			if prev, dup := m[key]; dup {
				ps = append(ps, Problem{Family: code, Record: i + 1, Rule: RuleDuplicate,
					Message: fmt.Sprintf("Il record ripete la chiave %s del record %d.", strings.Join(k, " / "), prev)})
				continue
			}
			m[key] = i + 1
		}
		return m
	}
	projects := keys("AP00", "COD_LOCALE_PROGETTO")
	procedures := keys("PA00", "COD_PROC_ATT")
	commitments := keys("FN04", "COD_LOCALE_PROGETTO", "COD_IMPEGNO", "TIPOLOGIA_IMPEGNO", "DATA_IMPEGNO")
	payments := keys("FN06", "COD_LOCALE_PROGETTO", "COD_PAGAMENTO", "TIPOLOGIA_PAG", "DATA_PAGAMENTO")
	keys("PG00", "COD_LOCALE_PROGETTO", "COD_PROC_AGG")
	keys("TR00", "COD_TRASFERIMENTO")
	refTo := func(code, target string, have map[string]int, fields ...string) {
		for i, r := range f.records[code] {
			if !live(code, r) {
				continue
			}
			var k []string
			for _, fd := range fields {
				k = append(k, val(code, r, fd))
			}
			if _, ok := have[strings.Join(k, "|")]; !ok {
				ps = append(ps, Problem{Family: code, Record: i + 1, Field: fields[min(1, len(fields)-1)], Rule: RuleReference,
					Message: fmt.Sprintf("Il record %s si riferisce a %s, che non è nel tracciato %s.", code, strings.Join(k, " / "), target)})
			}
		}
	}
	for _, fam := range Families {
		if fam.Index("COD_LOCALE_PROGETTO") >= 0 && fam.Code != "AP00" {
			refTo(fam.Code, "AP00", projects, "COD_LOCALE_PROGETTO")
		}
	}
	refTo("AP01", "PA00", procedures, "COD_PROC_ATT")
	refTo("PA01", "PA00", procedures, "COD_PROC_ATT")
	refTo("FN05", "FN04", commitments, "COD_LOCALE_PROGETTO", "COD_IMPEGNO", "TIPOLOGIA_IMPEGNO", "DATA_IMPEGNO")
	refTo("FN07", "FN06", payments, "COD_LOCALE_PROGETTO", "COD_PAGAMENTO", "TIPOLOGIA_PAG", "DATA_PAGAMENTO")
	refTo("FN08", "FN06", payments, "COD_LOCALE_PROGETTO", "COD_PAGAMENTO", "TIPOLOGIA_PAG", "DATA_PAGAMENTO")

	// Every project needs these families; SC00 needs a programmer (1) and
	// a beneficiary (2).
	sum := func(code, field string, project string, sign func([]string) int64) (int64, bool) {
		var tot int64
		any := false
		for _, r := range f.records[code] {
			if !live(code, r) || val(code, r, "COD_LOCALE_PROGETTO") != project {
				continue
			}
			c, ok := parseAmount(val(code, r, field))
			if !ok {
				return 0, false
			}
			tot += sign(r) * c
			any = true
		}
		return tot, any
	}
	plus := func([]string) int64 { return 1 }
	for _, project := range sortedKeys(projects) {
		for _, need := range []string{"AP01", "AP06", "FN00", "FN01", "PR01"} {
			found := false
			for _, r := range f.records[need] {
				if live(need, r) && val(need, r, "COD_LOCALE_PROGETTO") == project {
					found = true
					break
				}
			}
			if !found {
				fam, _ := FamilyOf(need)
				ps = append(ps, Problem{Family: need, Rule: RuleMissing,
					Message: fmt.Sprintf("Manca il tracciato %s (%s) del progetto %s: è obbligatorio per ogni progetto.", need, fam.Name, project)})
			}
		}
		roles := map[string]bool{}
		for _, r := range f.records["SC00"] {
			if live("SC00", r) && val("SC00", r, "COD_LOCALE_PROGETTO") == project {
				roles[val("SC00", r, "COD_RUOLO_SOG")] = true
			}
		}
		for _, rl := range [][2]string{{"1", "programmatore"}, {"2", "beneficiario"}} {
			if role, label := rl[0], rl[1]; !roles[role] {
				ps = append(ps, Problem{Family: "SC00", Rule: RuleMissing,
					Message: fmt.Sprintf("Manca il soggetto con ruolo %s (%s) del progetto %s.", role, label, project)})
			}
		}
		funding, okF := sum("FN00", "IMPORTO", project, plus)
		admitted, okA := sum("FN01", "IMPORTO_AMMESSO", project, plus)
		if okF && okA && admitted > funding {
			ps = append(ps, Problem{Family: "FN01", Rule: RuleAmounts, Field: "IMPORTO_AMMESSO",
				Message: fmt.Sprintf("Il costo ammesso del progetto %s (%s €) supera il finanziamento (%s €).", project, FmtAmount(admitted), FmtAmount(funding))})
		}
		committed, okC := sum("FN04", "IMPORTO_IMPEGNO", project, func(r []string) int64 {
			if strings.HasPrefix(val("FN04", r, "TIPOLOGIA_IMPEGNO"), "D") {
				return -1
			}
			return 1
		})
		paid, okP := sum("FN06", "IMPORTO_PAG", project, func(r []string) int64 {
			if strings.HasPrefix(val("FN06", r, "TIPOLOGIA_PAG"), "R") {
				return -1
			}
			return 1
		})
		if okP && paid > committed && (okC || paid > 0) {
			ps = append(ps, Problem{Family: "FN06", Rule: RuleAmounts, Field: "IMPORTO_PAG",
				Message: fmt.Sprintf("I pagamenti del progetto %s (%s €) superano gli impegni (%s €).", project, FmtAmount(paid), FmtAmount(committed))})
		}
	}
	return ps
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// parseAmount reads an amount written by FmtAmount.
func parseAmount(s string) (int64, bool) {
	if !reAmount.MatchString(s) {
		return 0, false
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var e, c int64
	if _, err := fmt.Sscanf(strings.Replace(s, ",", " ", 1), "%d %d", &e, &c); err != nil {
		return 0, false
	}
	v := e*100 + c
	if neg {
		v = -v
	}
	return v, true
}

func civilNew(y, m, d int) civil.Date { return civil.New(y, time.Month(m), d) }
