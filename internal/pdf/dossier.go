package pdf

import (
	"fmt"
	"strings"

	"github.com/capofila/capofila/internal/money"
)

const signatureNote = "Documento sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005"

// Dossier renders the application dossier (domanda di partecipazione), A4
// landscape: summary, members with population and budget per intervention
// line, totals per line and per category, co-financing and the signature
// of the lead's legal representative.
func Dossier(in DossierData) ([]byte, error) {
	if len(in.Lines) == 0 {
		return nil, fmt.Errorf("pdf: dossier without intervention lines")
	}
	sum, err := sumDossier(in)
	if err != nil {
		return nil, err
	}
	total, population := sum.total, sum.population
	if in.Grant < 0 || in.Grant > total {
		return nil, fmt.Errorf("pdf: requested grant %s outside 0 – %s (total cost)", eur(in.Grant), eur(total))
	}
	own := total - in.Grant

	d, err := newDoc(in.Header, "Domanda di partecipazione", true)
	if err != nil {
		return nil, err
	}

	d.title("Domanda di partecipazione", orDash(in.CallTitle))
	d.kv(250,
		[2]string{"Amministrazione regionale", orDash(in.RegionName)},
		[2]string{"Aggregazione", orDash(in.AggregationName)},
		[2]string{"Ente capofila", orDash(in.LeadName)},
		[2]string{"Titolo del progetto", orDash(in.ProjectTitle)},
		[2]string{"Enti aderenti", membersSummary(in.Members)},
		[2]string{"Popolazione complessiva", integer(population) + " abitanti" + basisNote(in.PopulationBasis)},
		[2]string{"Costo totale del progetto", eur(total)},
		[2]string{"Contributo regionale richiesto", eur(in.Grant) + " (" + percent(money.Percent(in.Grant, total)) + ")"},
		[2]string{"Cofinanziamento degli enti", eur(own) + " (" + percent(money.Percent(own, total)) + ")"},
		[2]string{"Costo per abitante", eur(perHead(total, population))},
		[2]string{"Identificativo del documento", orDash(in.DocumentID)},
		[2]string{"Impronta SHA-256 del contenuto", orDash(strings.ToLower(in.ContentSHA256))},
	)
	dossierMembers(d, in, sum)
	dossierLines(d, in, sum)
	if len(in.Categories) > 0 {
		dossierCategories(d, in, sum)
	}

	// Co-financing.
	d.section(fmt.Sprintf("%d. Quadro di cofinanziamento", 3+min(len(in.Categories), 1)))
	t := d.table(sizeTable+0.5, column{"Fonte di finanziamento", 90, false}, column{"Importo", 22, true}, column{"%", 14, true})
	t.add(t.row("Contributo regionale richiesto", eur(in.Grant), percent(money.Percent(in.Grant, total))))
	t.add(t.row("Cofinanziamento a carico degli enti aderenti", eur(own), percent(money.Percent(own, total))))
	t.addTotal("Costo totale del progetto", eur(total), percent(money.Percent(total, total)))
	t.render()

	d.note(fmt.Sprintf("Costo complessivo per abitante: %s (%s su %s abitanti).",
		eur(perHead(total, population)), eur(total), integer(population)))

	d.signature(placeDate(in.Place, date(in.Date)), "Il legale rappresentante dell'ente capofila", orDash(in.LegalRepresentative), signatureNote)
	return d.bytes()
}

// dossierSum is the budget of a dossier added up by member, line and
// category.
type dossierSum struct {
	perMember   [][]int64 // member × line
	memberTotal []int64
	lineTotal   []int64
	matrix      [][]int64 // category × line
	catTotal    []int64
	total       int64
	population  int
}

// sumDossier adds the members' budget lines up, refusing a line or a
// category the dossier does not list and a negative amount.
func sumDossier(in DossierData) (*dossierSum, error) {
	lineIdx, err := codeIndex("line", lineCodes(in.Lines))
	if err != nil {
		return nil, err
	}
	catIdx, err := codeIndex("category", categoryCodes(in.Categories))
	if err != nil {
		return nil, err
	}
	nl, nc := len(in.Lines), len(in.Categories)
	s := &dossierSum{perMember: make([][]int64, len(in.Members)), memberTotal: make([]int64, len(in.Members)),
		lineTotal: make([]int64, nl), matrix: make([][]int64, nc), catTotal: make([]int64, nc)}
	for i := range s.matrix {
		s.matrix[i] = make([]int64, nl)
	}
	for i, m := range in.Members {
		s.perMember[i] = make([]int64, nl)
		s.population += m.Population
		for _, b := range m.Budget {
			li, ok := lineIdx[b.Line]
			if !ok {
				return nil, fmt.Errorf("pdf: %s: unknown intervention line %q", m.Name, b.Line)
			}
			ci, ok := catIdx[b.Category]
			if !ok {
				return nil, fmt.Errorf("pdf: %s: unknown expense category %q", m.Name, b.Category)
			}
			if b.Amount < 0 {
				return nil, fmt.Errorf("pdf: %s: negative budget amount %s", m.Name, eur(b.Amount))
			}
			s.perMember[i][li] += b.Amount
			s.memberTotal[i] += b.Amount
			s.lineTotal[li] += b.Amount
			s.matrix[ci][li] += b.Amount
			s.catTotal[ci] += b.Amount
			s.total += b.Amount
		}
	}
	return s, nil
}

// dossierMembers writes section 1: the members and their budget per line.
func dossierMembers(d *doc, in DossierData, s *dossierSum) {
	d.section("1. Enti aderenti e piano finanziario per linea di intervento")
	cols := []column{{"N.", 4.5, true}, {"Ente", 38, false}, {"Prov.", 6, false}, {"Tipo", 15, false}, {"Abitanti", 10, true}}
	for _, l := range in.Lines {
		cols = append(cols, column{"Linea " + l.Code, 14, true})
	}
	cols = append(cols, column{"Totale", 16.5, true}, column{"Costo per abitante", 11, true})
	t := d.table(sizeTable, cols...)
	for i, m := range in.Members {
		name := m.Name
		if m.Lead {
			name += " (capofila)"
		}
		cells := []string{integer(i + 1), name, m.Province, m.Kind, integer(m.Population)}
		for _, v := range s.perMember[i] {
			cells = append(cells, eur(v))
		}
		cells = append(cells, eur(s.memberTotal[i]), eur(perHead(s.memberTotal[i], m.Population)))
		t.add(t.row(cells...))
	}
	tot := []string{"", "Totale", "", "", integer(s.population)}
	for _, v := range s.lineTotal {
		tot = append(tot, eur(v))
	}
	tot = append(tot, eur(s.total), eur(perHead(s.total, s.population)))
	t.addTotal(tot...)
	t.render()
}

// dossierLines writes section 2: the totals per line.
func dossierLines(d *doc, in DossierData, s *dossierSum) {
	d.section("2. Riepilogo per linea di intervento")
	t := d.table(sizeTable+0.5, column{"Linea", 8, false}, column{"Descrizione", 90, false}, column{"Importo", 22, true}, column{"% sul totale", 14, true})
	for i, l := range in.Lines {
		t.add(t.row(l.Code, l.Title, eur(s.lineTotal[i]), percent(money.Percent(s.lineTotal[i], s.total))))
	}
	t.addTotal("", "Totale", eur(s.total), percent(money.Percent(s.total, s.total)))
	t.render()
}

// dossierCategories writes section 3: category × line.
func dossierCategories(d *doc, in DossierData, s *dossierSum) {
	d.section("3. Ripartizione per categoria di spesa e linea di intervento")
	cols := []column{{"Categoria di spesa", 40, false}}
	for _, l := range in.Lines {
		cols = append(cols, column{"Linea " + l.Code, 15, true})
	}
	cols = append(cols, column{"Totale", 17, true}, column{"%", 9, true})
	t := d.table(sizeTable, cols...)
	for ci, c := range in.Categories {
		cells := []string{c.Title}
		for _, v := range s.matrix[ci] {
			cells = append(cells, eur(v))
		}
		cells = append(cells, eur(s.catTotal[ci]), percent(money.Percent(s.catTotal[ci], s.total)))
		t.add(t.row(cells...))
	}
	tot := []string{"Totale"}
	for _, v := range s.lineTotal {
		tot = append(tot, eur(v))
	}
	tot = append(tot, eur(s.total), percent(money.Percent(s.total, s.total)))
	t.addTotal(tot...)
	t.render()
}

func placeDate(place, date string) string {
	if strings.TrimSpace(place) == "" {
		return "Data: " + date
	}
	return strings.TrimSpace(place) + ", " + date
}

// membersSummary is "64 enti (Comune: 62, Unione di Comuni: 2)".
func membersSummary(ms []DossierMember) string {
	var kinds []string
	count := map[string]int{}
	for _, m := range ms {
		k := strings.TrimSpace(m.Kind)
		if k == "" {
			k = "altro"
		}
		if count[k] == 0 {
			kinds = append(kinds, k)
		}
		count[k]++
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s: %d", k, count[k])
	}
	s := fmt.Sprintf("%d enti", len(ms))
	if len(ms) == 1 {
		s = "1 ente"
	}
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

func lineCodes(ls []Line) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Code
	}
	return out
}

func categoryCodes(cs []Category) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Code
	}
	return out
}

// codeIndex maps each code to its position, refusing duplicates.
func codeIndex(what string, codes []string) (map[string]int, error) {
	idx := make(map[string]int, len(codes))
	for i, c := range codes {
		if _, dup := idx[c]; dup {
			return nil, fmt.Errorf("pdf: duplicate %s code %q", what, c)
		}
		idx[c] = i
	}
	return idx, nil
}

// basisNote is the population basis in brackets, or nothing.
func basisNote(basis string) string {
	if basis == "" {
		return ""
	}
	return " (" + basis + ")"
}
