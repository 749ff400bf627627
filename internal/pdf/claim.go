package pdf

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// claimDeclaration is the statement in lieu of an affidavit (dichiarazione
// sostitutiva di atto di notorietà, D.P.R. 445/2000, art. 47) signed with
// the claim. Its arguments: declarant's name, declarant's role, claim
// number, CUP.
const claimDeclaration = `Il/La sottoscritto/a %s, %s, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000 (D.P.R. 28 dicembre 2000, n. 445) per le ipotesi di falsità in atti e di dichiarazioni mendaci, nonché della decadenza dai benefici eventualmente conseguiti sulla base di dichiarazioni non veritiere (art. 75), dichiara ai sensi dell'art. 47 del D.P.R. 445/2000:
a) che le informazioni e i dati riportati nel presente rendiconto n. %d, relativo al progetto CUP %s, sono veritieri e corrispondono alla documentazione conservata agli atti degli enti dell'aggregazione;
b) che le spese rendicontate sono state effettivamente sostenute e quietanzate nel periodo di ammissibilità, sono riferite esclusivamente al progetto e non sono state oggetto di altri contributi pubblici (divieto di doppio finanziamento);
c) che le procedure di affidamento sono state svolte nel rispetto del D.Lgs. 31 marzo 2023, n. 36 e degli obblighi di tracciabilità dei flussi finanziari di cui alla L. 13 agosto 2010, n. 136;
d) che i prodotti indicati sono stati realizzati per gli enti dell'aggregazione secondo quanto riportato e che la documentazione originale è conservata presso gli enti e resa disponibile per i controlli.`

// blankLine stands for a name to be written by hand.
const blankLine = "________________________________"

// ClaimReport renders the expense claim (rendiconto) for the Region, A4
// landscape: cover with identifiers and the financial summary,
// deliverables per line and member, the financial table per member and per
// category within member, procurements, expense items, declarations and
// signature.
func ClaimReport(in ClaimReportData) ([]byte, error) {
	catIdx, err := codeIndex("category", categoryCodes(in.Categories))
	if err != nil {
		return nil, err
	}
	lineIdx, err := codeIndex("line", lineCodes(in.Lines))
	if err != nil {
		return nil, err
	}

	// Financial figures per member, per category and in total.
	nc := len(in.Categories)
	byCat := make([]CategoryFinance, nc)
	byMember := make([]CategoryFinance, len(in.Finance))
	var grand CategoryFinance
	ordered := make([][]titledFinance, len(in.Finance))
	for i, mf := range in.Finance {
		if ordered[i], err = orderedCategories(mf.Categories, in.Categories); err != nil {
			return nil, err
		}
		for _, cf := range mf.Categories {
			ci, ok := catIdx[cf.Category]
			if !ok {
				return nil, fmt.Errorf("pdf: %s: unknown expense category %q", mf.Member, cf.Category)
			}
			if err := cmp.Or(addFinance(&byCat[ci], cf), addFinance(&byMember[i], cf), addFinance(&grand, cf)); err != nil {
				return nil, err
			}
		}
	}
	for _, dl := range in.Deliverables {
		if _, ok := lineIdx[dl.Line]; !ok {
			return nil, fmt.Errorf("pdf: %s: deliverable %q on unknown intervention line %q", dl.Member, dl.Title, dl.Line)
		}
	}

	title := fmt.Sprintf("Rendiconto delle spese n. %d", in.ClaimNumber)
	d, err := newDoc(in.Header, title, true)
	if err != nil {
		return nil, err
	}

	claimCover(d, in, title, byCat, grand)
	claimDeliverables(d, in, lineIdx)
	claimFinance(d, in, byMember, ordered, grand)
	claimProcurements(d, in)
	claimExpenses(d, in)
	claimSignature(d, in)
	return d.bytes()
}

// claimCover writes the cover: identifiers and the summary by category.
func claimCover(d *doc, in ClaimReportData, title string, byCat []CategoryFinance, grand CategoryFinance) {
	// Cover.
	d.title(title, fmt.Sprintf("Domanda di rimborso – periodo dal %s al %s", date(in.PeriodFrom), date(in.PeriodTo)))
	d.kv(250,
		[2]string{"Bando", orDash(in.CallTitle)},
		[2]string{"Amministrazione regionale", orDash(in.RegionName)},
		[2]string{"Progetto", orDash(in.ProjectTitle)},
		[2]string{"CUP", orDash(in.CUP)},
		[2]string{"Ente capofila", orDash(in.LeadName)},
		[2]string{"Periodo di rendicontazione", fmt.Sprintf("dal %s al %s", date(in.PeriodFrom), date(in.PeriodTo))},
		[2]string{"Rendiconto", fmt.Sprintf("n. %d del %s", in.ClaimNumber, date(in.ClaimDate))},
		[2]string{"Identificativo del documento", orDash(in.DocumentID)},
		[2]string{"Impronta SHA-256 del contenuto", orDash(strings.ToLower(in.ContentSHA256))},
		[2]string{"Voci di spesa rendicontate", fmt.Sprintf("%d voci per %s", len(in.Expenses), eur(sumCharged(in.Expenses)))},
	)
	d.section("Quadro finanziario per categoria di spesa")
	t := financeTable(d, "Categoria di spesa")
	for ci, c := range in.Categories {
		t.add(t.row(financeCells(c.Title, byCat[ci])...))
	}
	t.addTotal(financeCells("Totale", grand)...)
	t.render()
}

// claimDeliverables writes section 1: deliverables per line, and per member and line.
func claimDeliverables(d *doc, in ClaimReportData, lineIdx map[string]int) {
	// 1. Deliverables.
	d.newPage()
	d.section("1. Stato di avanzamento dei prodotti")
	d.subsection("1.1 Riepilogo per linea di intervento")
	cols := []column{{"Linea", 6, false}, {"Linea di intervento", 32, false}, {"Prodotti previsti", 38, false}, {"Scadenza", 17, false}, {"Prodotti", 10, true}}
	for _, s := range deliverableStatuses {
		cols = append(cols, column{s.Label(), 13, true})
	}
	t := d.table(sizeTable, cols...)
	sum := summarizeDeliverables(in.Deliverables, lineIdx, len(in.Lines))
	totCounts := map[DeliverableStatus]int{}
	for li, l := range in.Lines {
		ls := sum[li]
		cells := []string{l.Code, l.Title, orDash(strings.Join(ls.titles, "; ")), ls.due(), integer(ls.n)}
		for _, s := range deliverableStatuses {
			cells = append(cells, integer(ls.counts[s]))
			totCounts[s] += ls.counts[s]
		}
		t.add(t.row(cells...))
	}
	tot := []string{"", "Totale", "", "", integer(len(in.Deliverables))}
	for _, s := range deliverableStatuses {
		tot = append(tot, integer(totCounts[s]))
	}
	t.addTotal(tot...)
	t.render()

	d.subsection("1.2 Stato dei prodotti per ente e linea di intervento")
	cols = []column{{"Ente", 46, false}}
	for _, l := range in.Lines {
		cols = append(cols, column{"Linea " + l.Code, 20, false})
	}
	t = d.table(sizeTable, cols...)
	members, statuses := deliverableMatrix(in, lineIdx)
	for _, m := range members {
		cells := []string{m}
		for li := range in.Lines {
			cells = append(cells, orDash(strings.Join(statuses[m][li], ", ")))
		}
		t.add(t.row(cells...))
	}
	t.render()
}

// claimFinance writes section 2: the finances per member, and per member and category.
func claimFinance(d *doc, in ClaimReportData, byMember []CategoryFinance, ordered [][]titledFinance, grand CategoryFinance) {
	// 2. Financial tables.
	d.newPage()
	d.section("2. Quadro finanziario")
	d.subsection("2.1 Riepilogo per ente")
	t := financeTable(d, "Ente")
	for i, mf := range in.Finance {
		t.add(t.row(financeCells(mf.Member, byMember[i])...))
	}
	t.addTotal(financeCells("Totale", grand)...)
	t.render()

	d.subsection("2.2 Dettaglio per ente e categoria di spesa")
	t = financeTable(d, "Ente / categoria di spesa")
	for i, mf := range in.Finance {
		block := []core.Row{t.group(mf.Member)}
		for _, cf := range ordered[i] {
			block = append(block, t.indented(financeCells(cf.title, cf.CategoryFinance)...))
		}
		t.add(block...)
	}
	t.addTotal(financeCells("Totale", grand)...)
	t.render()
}

// claimProcurements writes section 3: the procurements.
func claimProcurements(d *doc, in ClaimReportData) {
	// 3. Procurements.
	d.newPage()
	d.section("3. Procedure di affidamento")
	t := d.table(sizeTable,
		column{"CIG", 14, false}, column{"Oggetto", 40, false}, column{"Tipo di procedura", 32, false},
		column{"Base d'asta", 17, true}, column{"Importo aggiudicato", 17, true}, column{"Aggiudicatario", 30, false},
		column{"Partita IVA", 14.5, false}, column{"Data contratto", 12.5, false})
	var base, award int64
	for _, p := range in.Procurements {
		t.add(t.row(p.CIG, p.Object, procedure(p.ProcedureCode, p.ProcedureLabel), eur(p.BaseAmount), eur(p.AwardAmount),
			orDash(p.Vendor), orDash(p.VendorVAT), date(p.ContractDate)))
		base += p.BaseAmount
		award += p.AwardAmount
	}
	t.addTotal("", fmt.Sprintf("Totale (%d procedure)", len(in.Procurements)), "", eur(base), eur(award), "", "", "")
	t.render()
}

// claimExpenses writes section 4: the expense items.
func claimExpenses(d *doc, in ClaimReportData) {
	// 4. Expense items.
	d.section("4. Elenco delle spese rendicontate")
	t := d.table(sizeTable-0.5,
		column{"N.", 4.5, true}, column{"Fattura n.", 13, false}, column{"Data fattura", 11, false},
		column{"P. IVA fornitore", 14, false}, column{"CIG", 13, false}, column{"CUP", 15.5, false},
		column{"Imponibile", 14.2, true}, column{"IVA", 14.2, true}, column{"Totale", 14.2, true},
		column{"Importo imputato", 14.2, true}, column{"Ente", 31, false},
		column{"Mandato n.", 11, false}, column{"Quietanza", 11, false})
	for i, e := range in.Expenses {
		t.add(t.row(integer(i+1), e.InvoiceNumber, date(e.InvoiceDate), orDash(e.VendorVAT), orDash(e.CIG), orDash(e.CUP),
			eur(e.Taxable), eur(e.VAT), eur(e.Total), eur(e.Charged), e.Member, orDash(e.MandateNumber), date(e.ReceiptDate)))
	}
	inv := distinctInvoices(in.Expenses)
	t.addTotal("", "Totale", fmt.Sprintf("%d voci, %d fatture", len(in.Expenses), inv.count), "", "", "",
		eur(inv.taxable), eur(inv.vat), eur(inv.total), eur(sumCharged(in.Expenses)), "", "", "")
	t.render()
	d.note("Imponibile, IVA e totale sono sommati una sola volta per fattura, anche quando la fattura è imputata a più enti; l'importo imputato è la somma delle voci.")
}

// claimSignature writes section 5: the declaration (DPR 445/2000 art. 47) and its signature.
func claimSignature(d *doc, in ClaimReportData) {
	// 5. Declarations and signature.
	d.section("5. Dichiarazioni")
	name, role := strings.TrimSpace(in.Declarant), strings.TrimSpace(in.DeclarantRole)
	if name == "" {
		name = blankLine // to be filled in by hand
	}
	if role == "" {
		role = "in qualità di legale rappresentante dell'ente capofila " + orDash(in.LeadName)
	}
	decl := strings.Split(fmt.Sprintf(claimDeclaration, name, role, in.ClaimNumber, orDash(in.CUP)), "\n")
	rows := make([]core.Row, len(decl))
	for i, p := range decl {
		indent := 0.0
		if i > 0 {
			indent = 5
		}
		rows[i] = d.para(p, sizeBody, fontstyle.Normal, indent)
	}
	// The declaration and its signature stay on one page.
	d.signature(placeDate(in.Place, date(in.ClaimDate)), "Il/La dichiarante", orDash(strings.TrimSpace(in.Declarant)), signatureNote, rows...)
}

// lineDeliverables summarizes the deliverables of one intervention line.
type lineDeliverables struct {
	n           int
	titles      []string // distinct, in order of appearance
	first, last civil.Date
	counts      map[DeliverableStatus]int
}

// due is "31/12/2026", or "dal 30/06/2026 al 31/12/2026" when the due dates differ.
func (l lineDeliverables) due() string {
	switch {
	case l.first.IsZero():
		return "—"
	case l.first == l.last:
		return date(l.first)
	}
	return "dal " + date(l.first) + " al " + date(l.last)
}

func summarizeDeliverables(ds []MemberDeliverable, lineIdx map[string]int, n int) []lineDeliverables {
	out := make([]lineDeliverables, n)
	seen := make([]map[string]bool, n)
	for i := range out {
		out[i].counts = map[DeliverableStatus]int{}
		seen[i] = map[string]bool{}
	}
	for _, d := range ds {
		l := &out[lineIdx[d.Line]]
		l.n++
		l.counts[d.Status]++
		if t := strings.TrimSpace(d.Title); t != "" && !seen[lineIdx[d.Line]][t] {
			seen[lineIdx[d.Line]][t] = true
			l.titles = append(l.titles, t)
		}
		if !d.Due.IsZero() {
			if l.first.IsZero() || d.Due.Before(l.first) {
				l.first = d.Due
			}
			if l.last.IsZero() || d.Due.After(l.last) {
				l.last = d.Due
			}
		}
	}
	return out
}

// addFinance adds src to dst with checked sums.
func addFinance(dst *CategoryFinance, src CategoryFinance) error {
	period, err := money.Sum(dst.ClaimedPeriod, src.ClaimedPeriod)
	if err != nil {
		return err
	}
	if err := dst.Figures.Add(src.Figures); err != nil {
		return err
	}
	dst.ClaimedPeriod = period
	return nil
}

func financeTable(d *doc, first string) *table {
	return d.table(sizeTable,
		column{first, 52, false},
		column{"Assegnato", 17, true}, column{"Impegnato", 17, true}, column{"Fatturato", 17, true},
		column{"Pagato", 17, true}, column{"Rendicontato nel periodo", 17, true},
		column{"Rendicontato a oggi", 17, true}, column{"Residuo", 17, true})
}

func financeCells(label string, f CategoryFinance) []string {
	return []string{label, eur(f.Allocated), eur(f.Committed), eur(f.Invoiced), eur(f.Paid),
		eur(f.ClaimedPeriod), eur(f.Claimed), eur(f.Remaining())}
}

type titledFinance struct {
	title string
	CategoryFinance
}

// orderedCategories returns a member's figures in the report's category
// order, several entries of one category added up.
func orderedCategories(cfs []CategoryFinance, cats []Category) ([]titledFinance, error) {
	var out []titledFinance
	for _, c := range cats {
		var f CategoryFinance
		found := false
		for _, cf := range cfs {
			if cf.Category == c.Code {
				if err := addFinance(&f, cf); err != nil {
					return nil, err
				}
				found = true
			}
		}
		if found {
			out = append(out, titledFinance{c.Title, f})
		}
	}
	return out, nil
}

// deliverableMatrix returns the members in order of first appearance (the
// Finance order first) and, per member and line, the Italian statuses of
// its deliverables.
func deliverableMatrix(in ClaimReportData, lineIdx map[string]int) ([]string, map[string][][]string) {
	var members []string
	out := map[string][][]string{}
	addMember := func(m string) {
		if _, ok := out[m]; !ok {
			members = append(members, m)
			out[m] = make([][]string, len(in.Lines))
		}
	}
	for _, mf := range in.Finance {
		addMember(mf.Member)
	}
	for _, dl := range in.Deliverables {
		addMember(dl.Member)
		li := lineIdx[dl.Line]
		out[dl.Member][li] = append(out[dl.Member][li], dl.Status.Label())
	}
	return members, out
}

func sumCharged(es []Expense) int64 {
	var s int64
	for _, e := range es {
		s += e.Charged
	}
	return s
}

type invoiceTotals struct {
	count               int
	taxable, vat, total int64
}

// distinctInvoices adds up taxable, VAT and total once per invoice (vendor
// VAT id, number and date), however many members it is charged to.
func distinctInvoices(es []Expense) invoiceTotals {
	var t invoiceTotals
	seen := map[string]bool{}
	for _, e := range es {
		k := e.VendorVAT + "\x00" + e.InvoiceNumber + "\x00" + e.InvoiceDate.String()
		if seen[k] {
			continue
		}
		seen[k] = true
		t.count++
		t.taxable += e.Taxable
		t.vat += e.VAT
		t.total += e.Total
	}
	return t
}
