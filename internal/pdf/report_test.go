package pdf

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
)

// ---- Fixture ---------------------------------------------------------------

// fixtureMembers are 64 bodies: comuni of the provinces of Ascoli Piceno and
// Fermo, two unions, and a few names from elsewhere that exercise accents
// and Slovene letters. Populations are plausible, not official.
var fixtureMembers = []Member{
	{"Comune di San Benedetto del Tronto", "AP", "Comune", 47346},
	{"Comune di Ascoli Piceno", "AP", "Comune", 46547},
	{"Comune di Fermo", "FM", "Comune", 36870},
	{"Comune di Porto Sant'Elpidio", "FM", "Comune", 25960},
	{"Comune di Sant'Elpidio a Mare", "FM", "Comune", 16889},
	{"Comune di Grottammare", "AP", "Comune", 16174},
	{"Comune di Porto San Giorgio", "FM", "Comune", 16076},
	{"Comune di Monteprandone", "AP", "Comune", 12903},
	{"Comune di Montegranaro", "FM", "Comune", 12876},
	{"Comune di Folignano", "AP", "Comune", 9248},
	{"Comune di Castel di Lama", "AP", "Comune", 8610},
	{"Comune di Spinetoli", "AP", "Comune", 7259},
	{"Comune di Montegiorgio", "FM", "Comune", 6812},
	{"Comune di Monte Urano", "FM", "Comune", 8253},
	{"Comune di Offida", "AP", "Comune", 4948},
	{"Comune di Cupra Marittima", "AP", "Comune", 5418},
	{"Comune di Ripatransone", "AP", "Comune", 4224},
	{"Comune di Colli del Tronto", "AP", "Comune", 3672},
	{"Comune di Monsampolo del Tronto", "AP", "Comune", 4613},
	{"Comune di Comunanza", "AP", "Comune", 3171},
	{"Comune di Acquasanta Terme", "AP", "Comune", 2819},
	{"Comune di Castorano", "AP", "Comune", 2366},
	{"Comune di Acquaviva Picena", "AP", "Comune", 3800},
	{"Comune di Appignano del Tronto", "AP", "Comune", 1808},
	{"Comune di Arquata del Tronto", "AP", "Comune", 1116},
	{"Comune di Carassai", "AP", "Comune", 1050},
	{"Comune di Castignano", "AP", "Comune", 2849},
	{"Comune di Cossignano", "AP", "Comune", 935},
	{"Comune di Force", "AP", "Comune", 1313},
	{"Comune di Maltignano", "AP", "Comune", 2421},
	{"Comune di Massignano", "AP", "Comune", 1627},
	{"Comune di Montalto delle Marche", "AP", "Comune", 2080},
	{"Comune di Montefiore dell'Aso", "AP", "Comune", 2117},
	{"Comune di Montemonaco", "AP", "Comune", 599},
	{"Comune di Roccafluvione", "AP", "Comune", 1973},
	{"Comune di Venarotta", "AP", "Comune", 2042},
	{"Comune di Altidona", "FM", "Comune", 3450},
	{"Comune di Amandola", "FM", "Comune", 3566},
	{"Comune di Campofilone", "FM", "Comune", 1958},
	{"Comune di Falerone", "FM", "Comune", 3273},
	{"Comune di Francavilla d'Ete", "FM", "Comune", 941},
	{"Comune di Grottazzolina", "FM", "Comune", 3326},
	{"Comune di Lapedona", "FM", "Comune", 1163},
	{"Comune di Magliano di Tenna", "FM", "Comune", 1440},
	{"Comune di Monte San Pietrangeli", "FM", "Comune", 2455},
	{"Comune di Monte Vidon Combatte", "FM", "Comune", 452},
	{"Comune di Montefalcone Appennino", "FM", "Comune", 411},
	{"Comune di Monterubbiano", "FM", "Comune", 2237},
	{"Comune di Pedaso", "FM", "Comune", 2747},
	{"Comune di Petritoli", "FM", "Comune", 2363},
	{"Comune di Rapagnano", "FM", "Comune", 2041},
	{"Comune di Santa Vittoria in Matenano", "FM", "Comune", 1327},
	{"Comune di Servigliano", "FM", "Comune", 2281},
	{"Comune di Torre San Patrizio", "FM", "Comune", 2114},
	{"Comune di Smerillo", "FM", "Comune", 360},
	{"Comune di Monte Vidon Corrado", "FM", "Comune", 744},
	{"Unione dei Comuni Vallata del Tronto", "AP", "Unione di Comuni", 26410},
	{"Unione Montana dei Sibillini", "FM", "Unione di Comuni", 15083},
	{"Comune di Città di Castello", "PG", "Comune", 39596},
	{"Comune di Forlì", "FC", "Comune", 117570},
	{"Comune di Nardò", "LE", "Comune", 31755},
	{"Comune di Doberdò del Lago / Doberdob", "GO", "Comune", 1385},
	{"Comune di Savogna d'Isonzo / Sovodnje ob Soči", "GO", "Comune", 1675},
	{"Comune di Duino Aurisina / Devin Nabrežina – Štivan", "TS", "Comune", 8487},
}

var (
	fixtureLines = []Line{
		{"A", "Pagamenti online (pagoPA)"},
		{"B", "Fatturazione elettronica"},
		{"C", "Conservazione digitale"},
		{"D", "Banca dati condivisa dei procedimenti amministrativi"},
		{"E", "Integrazione con il catasto"},
		{"F", "Open data"},
	}
	fixtureCategories = []Category{
		{"SERV", "Servizi ICT e licenze"},
		{"FORN", "Forniture hardware"},
		{"CONS", "Consulenza e assistenza tecnica"},
		{"FORM", "Formazione del personale"},
		{"GEST", "Spese generali e di gestione"},
	}
	fixtureHeader = Header{
		RegionName:  "Regione Marche",
		LeadName:    "Comune di San Benedetto del Tronto",
		CallTitle:   "Avviso pubblico per il sostegno alla trasformazione digitale delle aggregazioni di enti locali – POR FESR Marche, Azione e-government",
		DocumentID:  "01JD4Y9T2V8Q6K3M5N7P9R1S3T",
		GeneratedAt: time.Date(2026, 11, 23, 9, 15, 0, 0, time.UTC),
	}
	fixtureCUP = "J71F18000120006"
)

func member(i int) Member { return fixtureMembers[i%len(fixtureMembers)] }

// fixtureBudget gives every member about 5 € per inhabitant (at least
// 4.000 €, at most 70.000 €) spread over lines and categories.
func fixtureBudget(n int) []DossierMember {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]DossierMember, n)
	for i := range out {
		m := member(i)
		if i >= len(fixtureMembers) {
			m.Name = fmt.Sprintf("%s (%d)", m.Name, i)
		}
		total := min(max(int64(m.Population)*500, 400_000), 7_000_000)
		dm := DossierMember{Member: m, Lead: i == 0}
		// Line shares with random weights, categories likewise; the last
		// part takes the remainder so that the parts sum to the total.
		weights := make([]int64, len(fixtureLines))
		var wsum int64
		for li := range weights {
			weights[li] = int64(60 + r.IntN(80))
			wsum += weights[li]
		}
		left := total
		for li, l := range fixtureLines {
			share := total * weights[li] / wsum
			if li == len(fixtureLines)-1 {
				share = left
			}
			left -= share
			cl := share
			for ci, c := range fixtureCategories {
				a := cl
				if ci < len(fixtureCategories)-1 {
					a = min(share*int64(10+r.IntN(20))/100, cl)
				}
				cl -= a
				dm.Budget = append(dm.Budget, BudgetAmount{Line: l.Code, Category: c.Code, Amount: a})
			}
		}
		out[i] = dm
	}
	return out
}

func fixtureDossier(n int) DossierData {
	ms := fixtureBudget(n)
	var total int64
	for _, m := range ms {
		for _, b := range m.Budget {
			total += b.Amount
		}
	}
	h := fixtureHeader
	h.DocumentID = "DOM-2026-000114"
	return DossierData{
		Header:              h,
		AggregationName:     "Marche Sud",
		ProjectTitle:        "Marche Sud digitale: servizi in rete per i comuni delle province di Ascoli Piceno e Fermo",
		Lines:               fixtureLines,
		Categories:          fixtureCategories,
		Members:             ms,
		Grant:               money.BasisPoints(total, 8_000),
		LegalRepresentative: "Antonio Spazzafumo",
		Place:               "San Benedetto del Tronto",
		Date:                civil.New(2026, 11, 23),
	}
}

var vendors = []struct{ name, vat string }{
	{"PagoNet Soluzioni S.r.l.", "02345670442"},
	{"Archivia Conservazione S.p.A.", "01987650435"},
	{"Catasto Integra S.r.l.", "03456780449"},
	{"Dati Aperti Adriatico soc. coop.", "02223330445"},
	{"Štivan Informatika d.o.o. – Città di Castello", "01234560546"},
}

// fixtureClaim builds a claim with n members and about items expense items.
func fixtureClaim(n, items int) ClaimReportData {
	r := rand.New(rand.NewPCG(3, 4))
	budget := fixtureBudget(n)
	h := fixtureHeader
	h.DocumentID = "REN-2026-0002"

	// Allocation per member and category: the budget (fully funded here).
	alloc := make([]map[string]int64, n)
	for i, m := range budget {
		alloc[i] = map[string]int64{}
		for _, b := range m.Budget {
			alloc[i][b.Category] += b.Amount
		}
	}

	procs := make([]Procurement, 0, len(fixtureLines))
	codes := []struct{ code, label string }{
		{"26", "Affidamento diretto in adesione ad accordo quadro/convenzione"},
		{"23", "Affidamento diretto"},
		{"33", "Procedura negoziata per affidamenti sotto soglia"},
		{"01", "Procedura aperta"},
		{"27", "Confronto competitivo in adesione ad accordo quadro/convenzione"},
		{"23", "Affidamento diretto"},
	}
	cigs := []string{"8874674CA7", "48886723C1", "95156957EC", "Z063947806", "ZEE0718779", "9123456AB0"}
	for i, l := range fixtureLines {
		v := vendors[i%len(vendors)]
		base := int64(180_000_00 + r.IntN(60_000_00))
		procs = append(procs, Procurement{
			CIG: cigs[i], Object: "Linea " + l.Code + " – " + l.Title + ": servizi per tutti gli enti dell'aggregazione",
			ProcedureCode: codes[i].code, ProcedureLabel: codes[i].label,
			BaseAmount: base, AwardAmount: base * int64(85+r.IntN(12)) / 100,
			Vendor: v.name, VendorVAT: v.vat, ContractDate: civil.New(2026, time.Month(2+i), 10+i),
		})
	}

	// Amounts claimed before this claim: up to a quarter of the allocation.
	prev := make([]map[string]int64, n)
	for i := range prev {
		prev[i] = map[string]int64{}
		for _, c := range fixtureCategories {
			prev[i][c.Code] = alloc[i][c.Code] * int64(r.IntN(25)) / 100
		}
	}
	claimed := make([]map[string]int64, n)
	for i := range claimed {
		claimed[i] = map[string]int64{}
	}
	// room is what member i may still claim in cat, keeping a margin.
	room := func(i int, cat string) int64 {
		return alloc[i][cat]*8/10 - prev[i][cat] - claimed[i][cat]
	}

	// Expense items: invoices, some split across two or three members.
	var exps []Expense
	inv := 0
	for len(exps) < items {
		inv++
		p := procs[r.IntN(len(procs))]
		taxable := int64(300_00 + r.IntN(3_700_00))
		vat := money.BasisPoints(taxable, 2_200)
		total := taxable + vat
		k := min(1+r.IntN(3), items-len(exps))
		day := civil.New(2026, time.Month(3+r.IntN(6)), 1+r.IntN(28))
		cat := fixtureCategories[r.IntN(len(fixtureCategories))].Code
		for j := 0; j < k; j++ {
			charged := total / int64(k)
			if j == 0 {
				charged += total % int64(k)
			}
			mi := r.IntN(n)
			for try := 0; try < 200 && room(mi, cat) < charged; try++ {
				mi = r.IntN(n)
			}
			if room(mi, cat) < charged {
				mi = 0 // the lead, with the largest allocation
			}
			exps = append(exps, Expense{
				InvoiceNumber: fmt.Sprintf("FPA %d/26", inv),
				InvoiceDate:   day,
				VendorVAT:     p.VendorVAT,
				CIG:           p.CIG,
				CUP:           fixtureCUP,
				Taxable:       taxable, VAT: vat, Total: total, Charged: charged,
				Member:        budget[mi].Name,
				Category:      cat,
				MandateNumber: fmt.Sprintf("%d/2026", 1000+inv),
				ReceiptDate:   day.AddDays(20 + r.IntN(30)),
			})
			claimed[mi][cat] += charged
		}
	}

	fin := make([]MemberFinance, n)
	var dels []MemberDeliverable
	statuses := deliverableStatuses
	for i, m := range budget {
		mf := MemberFinance{Member: m.Name}
		for _, c := range fixtureCategories {
			a := alloc[i][c.Code]
			toDate := prev[i][c.Code] + claimed[i][c.Code]
			committed := max(a*9/10, toDate)
			mf.Categories = append(mf.Categories, CategoryFinance{
				Category: c.Code, Figures: ledger.Figures{Allocated: a,
					Committed: committed, Invoiced: min(toDate+a/20, committed), Paid: toDate, Claimed: toDate},
				ClaimedPeriod: claimed[i][c.Code],
			})
		}
		fin[i] = mf
		for li, l := range fixtureLines {
			due := civil.New(2026, 12, 31)
			if li%2 == 1 {
				due = civil.New(2026, 6, 30).AddDays(i)
			}
			dels = append(dels, MemberDeliverable{Member: m.Name, Deliverable: Deliverable{
				Line: l.Code, Title: "Attivazione " + strings.ToLower(l.Title[:1]) + l.Title[1:],
				Due: due, Status: statuses[r.IntN(len(statuses))],
			}})
		}
	}
	return ClaimReportData{
		Header:        h,
		ProjectTitle:  "Marche Sud digitale: servizi in rete per i comuni delle province di Ascoli Piceno e Fermo",
		CUP:           fixtureCUP,
		ClaimNumber:   2,
		PeriodFrom:    civil.New(2026, 3, 1),
		PeriodTo:      civil.New(2026, 10, 31),
		ClaimDate:     civil.New(2026, 11, 23),
		ContentSHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Lines:         fixtureLines,
		Categories:    fixtureCategories,
		Deliverables:  dels,
		Finance:       fin,
		Procurements:  procs,
		Expenses:      exps,
		Declarant:     "Antonio Spazzafumo",
		DeclarantRole: "Sindaco del Comune di San Benedetto del Tronto, ente capofila dell'aggregazione «Marche Sud»",
		Place:         "San Benedetto del Tronto",
	}
}

// fixtureStatement is the statement of the member at index mi of the claim.
func fixtureStatement(c ClaimReportData, mi int) MemberStatementData {
	h := c.Header
	h.DocumentID = "SCH-2026-0042"
	mf := c.Finance[mi]
	m := member(mi)
	s := MemberStatementData{Header: h, Member: m, ProjectTitle: c.ProjectTitle, CUP: c.CUP, AsOf: civil.New(2026, 11, 20)}
	titles := map[string]string{}
	for _, cat := range c.Categories {
		titles[cat.Code] = cat.Title
	}
	for _, cf := range mf.Categories {
		f := cf.Figures
		f.Admitted = cf.Claimed - cf.ClaimedPeriod
		s.Categories = append(s.Categories, CategoryStatement{Category: titles[cf.Category], Figures: f})
	}
	for i, p := range c.Procurements {
		s.CostShares = append(s.CostShares, CostShare{
			Contract: fmt.Sprintf("Contratto n. %d/2026 – %s", i+1, p.Object), CIG: p.CIG,
			Vendor: p.Vendor, VendorVAT: p.VendorVAT, Amount: p.AwardAmount / int64(len(c.Finance)),
		})
	}
	for _, e := range c.Expenses {
		if e.Member != mf.Member {
			continue
		}
		s.Invoices = append(s.Invoices, MemberInvoice{Number: e.InvoiceNumber, Date: e.InvoiceDate, Vendor: vendorName(e.VendorVAT),
			VendorVAT: e.VendorVAT, CIG: e.CIG, Category: titles[e.Category], Total: e.Total, Charged: e.Charged})
		s.Payments = append(s.Payments, Payment{MandateNumber: e.MandateNumber, MandateDate: e.InvoiceDate.AddDays(15),
			Invoice: e.InvoiceNumber, Amount: e.Charged, ReceiptDate: e.ReceiptDate})
	}
	for _, d := range c.Deliverables {
		if d.Member == mf.Member {
			s.Deliverables = append(s.Deliverables, d.Deliverable)
		}
	}
	return s
}

func vendorName(vat string) string {
	for _, v := range vendors {
		if v.vat == vat {
			return v.name
		}
	}
	return ""
}

func fixtureReview(c ClaimReportData) ReviewMinutesData {
	h := c.Header
	h.DocumentID = "VER-2026-0007"
	r := rand.New(rand.NewPCG(5, 6))
	rm := ReviewMinutesData{
		Header: h, ProjectTitle: c.ProjectTitle, CUP: c.CUP, ClaimNumber: c.ClaimNumber, ClaimDate: c.ClaimDate,
		ClaimDocumentID: c.DocumentID, PeriodFrom: c.PeriodFrom, PeriodTo: c.PeriodTo,
		Auditor: "Maria Grazia Nardò", AuditorOffice: "Settore Controlli di primo livello FESR",
		StartedOn: civil.New(2026, 12, 1), CompletedOn: civil.New(2026, 12, 18),
		Outcome: OutcomePartiallyAccepted,
		Comments: "Il controllo documentale ha riguardato tutte le voci di spesa del rendiconto.\n" +
			"Per alcune fatture la quietanza del mandato di pagamento è successiva alla chiusura del periodo di ammissibilità: gli importi sono stati decurtati. Si invita l'ente capofila a trasmettere, con il prossimo rendiconto, le quietanze mancanti per le voci segnalate.",
		Place: "Ancona",
	}
	rm.Checklist = []Check{
		{"C.01", "Il rendiconto è stato presentato entro il termine previsto dall'avviso", CheckOK, ""},
		{"C.02", "Le fatture riportano il CUP del progetto e un CIG valido", CheckOK, ""},
		{"C.03", "Le procedure di affidamento rispettano il D.Lgs. 36/2023 (soglie e procedura scelta)", CheckOK, "Verificate le determine a contrarre"},
		{"C.04", "I pagamenti sono quietanzati entro il periodo di ammissibilità", CheckKO, "Tre quietanze fuori periodo"},
		{"C.05", "Assenza di doppio finanziamento delle spese", CheckOK, ""},
		{"C.06", "Rispetto dei massimali per ente (70.000 € nel triennio)", CheckOK, ""},
		{"C.07", "Spese per lavori pubblici", CheckNA, "Il progetto non prevede lavori"},
	}
	for i, e := range c.Expenses {
		adm := e.Charged
		reason := ""
		if i%17 == 5 {
			adm = e.Charged * int64(r.IntN(90)) / 100
			reason = "Quietanza successiva alla chiusura del periodo di ammissibilità"
		}
		rm.Decisions = append(rm.Decisions, ItemDecision{InvoiceNumber: e.InvoiceNumber, InvoiceDate: e.InvoiceDate,
			Member: e.Member, Claimed: e.Charged, Admitted: adm, Reason: reason})
	}
	return rm
}

// ---- PDF tools ---------------------------------------------------------------

func tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not found (install poppler-utils and qpdf): %v", name, err)
	}
	return p
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

// outDir is where samples go: $REPORT_SAMPLES_DIR if set, else a temp dir.
func outDir(t *testing.T) string {
	if d := os.Getenv("REPORT_SAMPLES_DIR"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

type checked struct {
	layout string // pdftotext -layout
	flat   string // pdftotext -raw with whitespace collapsed: wrapped cells joined
	pages  int
}

// checkPDF writes pdf, validates it with qpdf, renders page 1 to PNG and
// checks the page numbering; it returns the extracted text.
func checkPDF(t *testing.T, name string, pdf []byte) checked {
	t.Helper()
	dir := outDir(t)
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "qpdf", "--check", path)
	info := run(t, "pdfinfo", path)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count in\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if !strings.Contains(info, "CreationDate:") {
		t.Errorf("pdfinfo: no CreationDate")
	}
	run(t, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", path, filepath.Join(dir, name+"-p1"))
	if _, err := os.Stat(filepath.Join(dir, name+"-p1-"+pad(1, pages)+".png")); err != nil {
		t.Errorf("page 1 PNG missing: %v", err)
	}
	c := checked{
		layout: run(t, "pdftotext", "-layout", path, "-"),
		flat:   strings.Join(strings.Fields(run(t, "pdftotext", "-raw", path, "-")), " "),
		pages:  pages,
	}
	for _, p := range []int{1, pages} {
		want := fmt.Sprintf("Pagina %d di %d", p, pages)
		if !strings.Contains(c.layout, want) {
			t.Errorf("%s: %q missing", name, want)
		}
	}
	if strings.Contains(c.layout, fmt.Sprintf("Pagina %d di", pages+1)) {
		t.Errorf("%s: more page numbers than pages", name)
	}
	t.Logf("%s: %d pages, %d bytes, written to %s", name, pages, len(pdf), path)
	return c
}

// pad is how pdftoppm numbers page p of n: zero-padded to n's width.
func pad(p, n int) string {
	w := len(strconv.Itoa(n))
	return fmt.Sprintf("%0*d", w, p)
}

func (c checked) wantLayout(t *testing.T, what string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(c.layout, s) {
			t.Errorf("%s: %q not found in the text", what, s)
		}
	}
}

func (c checked) wantFlat(t *testing.T, what string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(c.flat, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("%s: %q not found in the text", what, s)
		}
	}
}

// count returns how many times s occurs in the layout text.
func (c checked) count(s string) int { return strings.Count(c.layout, s) }

func timed[T any](t *testing.T, name string, f func() (T, error)) T {
	t.Helper()
	start := time.Now()
	v, err := f()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	t.Logf("%s rendered in %v", name, time.Since(start).Round(time.Millisecond))
	return v
}

// ---- Tests -------------------------------------------------------------------

func TestDossier(t *testing.T) {
	in := fixtureDossier(64)
	pdf := timed(t, "Dossier", func() ([]byte, error) { return Dossier(in) })
	c := checkPDF(t, "dossier", pdf)

	var total int64
	pop := 0
	lineTot := map[string]int64{}
	catTot := map[string]int64{}
	for _, m := range in.Members {
		var mt int64
		for _, b := range m.Budget {
			mt += b.Amount
			lineTot[b.Line] += b.Amount
			catTot[b.Category] += b.Amount
		}
		total += mt
		pop += m.Population
		c.wantFlat(t, "member name", m.Name)
		c.wantLayout(t, "member total of "+m.Name, money.FormatEUR(mt))
	}
	for _, l := range in.Lines {
		c.wantLayout(t, "line total "+l.Code, money.FormatEUR(lineTot[l.Code]))
	}
	for _, cat := range in.Categories {
		c.wantLayout(t, "category total "+cat.Code, money.FormatEUR(catTot[cat.Code]))
	}
	c.wantLayout(t, "grand total", money.FormatEUR(total), money.FormatEUR(in.Grant), money.FormatEUR(total-in.Grant), integer(pop))
	c.wantLayout(t, "per inhabitant", money.FormatEUR(perHead(total, pop)))
	c.wantFlat(t, "signature", "Il legale rappresentante dell'ente capofila", in.LegalRepresentative)
	c.wantFlat(t, "accents", "Doberdò del Lago / Doberdob", "Sovodnje ob Soči", "Štivan", "Città di Castello", "Forlì", "Nardò", "Sant'Elpidio a Mare")
	// The grand total shows in the summary, the member table, two summaries
	// and the co-financing table.
	if n := c.count(money.FormatEUR(total)); n < 4 {
		t.Errorf("grand total %s printed %d times, want ≥ 4", money.FormatEUR(total), n)
	}
}

func TestClaimReport(t *testing.T) {
	in := fixtureClaim(64, 300)
	if len(in.Expenses) != 300 {
		t.Fatalf("fixture has %d expense items", len(in.Expenses))
	}
	pdf := timed(t, "ClaimReport", func() ([]byte, error) { return ClaimReport(in) })
	c := checkPDF(t, "rendiconto", pdf)

	var grand CategoryFinance
	for _, mf := range in.Finance {
		var mt CategoryFinance
		for _, cf := range mf.Categories {
			if err := addFinance(&mt, cf); err != nil {
				t.Fatal(err)
			}
		}
		if err := addFinance(&grand, mt); err != nil {
			t.Fatal(err)
		}
		c.wantFlat(t, "member name", mf.Member)
		c.wantLayout(t, "member allocation of "+mf.Member, money.FormatEUR(mt.Allocated), money.FormatEUR(mt.Claimed))
	}
	c.wantLayout(t, "grand totals", money.FormatEUR(grand.Allocated), money.FormatEUR(grand.Committed),
		money.FormatEUR(grand.Invoiced), money.FormatEUR(grand.Paid), money.FormatEUR(grand.ClaimedPeriod),
		money.FormatEUR(grand.Claimed), money.FormatEUR(grand.Remaining()))
	// Grand totals: cover (per category), per member, per member and category.
	if n := c.count(money.FormatEUR(grand.Allocated)); n < 3 {
		t.Errorf("allocated grand total printed %d times, want 3", n)
	}

	var charged, taxable, vat, total int64
	seen := map[string]bool{}
	for _, e := range in.Expenses {
		charged += e.Charged
		k := e.VendorVAT + e.InvoiceNumber + e.InvoiceDate.String()
		if !seen[k] {
			seen[k] = true
			taxable += e.Taxable
			vat += e.VAT
			total += e.Total
		}
	}
	if charged != grand.ClaimedPeriod {
		t.Fatalf("fixture: expenses %d ≠ claimed in period %d", charged, grand.ClaimedPeriod)
	}
	c.wantLayout(t, "expense totals", money.FormatEUR(charged), money.FormatEUR(taxable), money.FormatEUR(vat), money.FormatEUR(total))
	c.wantFlat(t, "expense rows", in.Expenses[0].InvoiceNumber+" "+in.Expenses[0].InvoiceDate.Italian(), in.Expenses[299].MandateNumber)
	for _, mf := range in.Finance {
		for _, cf := range mf.Categories {
			if cf.Remaining() < 0 || cf.Committed > cf.Allocated {
				t.Fatalf("fixture: %s %s over its allocation", mf.Member, cf.Category)
			}
		}
	}
	var base, award int64
	for _, p := range in.Procurements {
		base += p.BaseAmount
		award += p.AwardAmount
		c.wantLayout(t, "procurement", p.CIG, p.VendorVAT, money.FormatEUR(p.BaseAmount), money.FormatEUR(p.AwardAmount), p.ContractDate.Italian())
		c.wantFlat(t, "procedure label", p.ProcedureCode+" – "+p.ProcedureLabel)
	}
	c.wantLayout(t, "procurement totals", money.FormatEUR(base), money.FormatEUR(award))
	c.wantFlat(t, "cover", in.ContentSHA256, in.DocumentID, in.CUP, "dal 01/03/2026 al 31/10/2026", "n. 2 del 23/11/2026")
	c.wantFlat(t, "declaration", "Il/La sottoscritto/a Antonio Spazzafumo, Sindaco del Comune di San Benedetto del Tronto, ente capofila dell'aggregazione «Marche Sud», consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000",
		"dichiara ai sensi dell'art. 47 del D.P.R. 445/2000:", "Il/La dichiarante")
	c.wantFlat(t, "statuses", "Accettato", "In corso", "Consegnato", "Previsto", "Respinto")
	c.wantFlat(t, "accents", "Doberdò del Lago / Doberdob", "Sovodnje ob Soči", "Štivan", "Città di Castello", "Forlì", "Nardò")
}

func TestMemberStatement(t *testing.T) {
	claim := fixtureClaim(64, 300)
	mi := 63 // Duino Aurisina / Devin Nabrežina – Štivan
	in := fixtureStatement(claim, mi)
	pdf := timed(t, "MemberStatement", func() ([]byte, error) { return MemberStatement(in) })
	c := checkPDF(t, "scheda-ente", pdf)

	var sum ledger.Figures
	for _, cs := range in.Categories {
		if err := sum.Add(cs.Figures); err != nil {
			t.Fatal(err)
		}
		c.wantFlat(t, "category", cs.Category)
		c.wantLayout(t, "category amounts", money.FormatEUR(cs.Allocated), money.FormatEUR(cs.Remaining()))
	}
	c.wantLayout(t, "totals", money.FormatEUR(sum.Allocated), money.FormatEUR(sum.Claimed), money.FormatEUR(sum.Admitted), money.FormatEUR(sum.Remaining()))
	var charged, paid, shares int64
	for _, f := range in.Invoices {
		charged += f.Charged
		c.wantLayout(t, "invoice", f.Number, f.Date.Italian(), money.FormatEUR(f.Charged))
	}
	for _, p := range in.Payments {
		paid += p.Amount
	}
	for _, s := range in.CostShares {
		shares += s.Amount
	}
	c.wantLayout(t, "totals", money.FormatEUR(charged), money.FormatEUR(paid), money.FormatEUR(shares))
	c.wantFlat(t, "member", in.Member.Name, "Štivan Informatika d.o.o.")
	if len(in.Deliverables) != 6 {
		t.Fatalf("fixture: %d deliverables", len(in.Deliverables))
	}
	for _, d := range in.Deliverables {
		c.wantFlat(t, "deliverable", d.Title)
	}
}

func TestReviewMinutes(t *testing.T) {
	claim := fixtureClaim(64, 300)
	in := fixtureReview(claim)
	pdf := timed(t, "ReviewMinutes", func() ([]byte, error) { return ReviewMinutes(in) })
	c := checkPDF(t, "verbale", pdf)

	var claimed, admitted int64
	for _, d := range in.Decisions {
		claimed += d.Claimed
		admitted += d.Admitted
	}
	if admitted == claimed {
		t.Fatal("fixture: nothing cut")
	}
	c.wantLayout(t, "totals", money.FormatEUR(claimed), money.FormatEUR(admitted), money.FormatEUR(claimed-admitted))
	c.wantFlat(t, "checklist", "Conforme", "Non conforme", "Non applicabile", "Tre quietanze fuori periodo")
	c.wantFlat(t, "outcome", "Accettato in parte", "Il controllore", in.Auditor, "Rendiconto n. 2 del 23/11/2026")
	c.wantFlat(t, "comments", "le quietanze mancanti per le voci segnalate.")
}

// TestDeterministic renders each report twice from the same input and
// compares the bytes.
func TestDeterministic(t *testing.T) {
	claim := fixtureClaim(64, 300)
	cases := map[string]func() ([]byte, error){
		"Dossier":         func() ([]byte, error) { return Dossier(fixtureDossier(64)) },
		"ClaimReport":     func() ([]byte, error) { return ClaimReport(claim) },
		"MemberStatement": func() ([]byte, error) { return MemberStatement(fixtureStatement(claim, 4)) },
		"ReviewMinutes":   func() ([]byte, error) { return ReviewMinutes(fixtureReview(claim)) },
	}
	first := map[string][]byte{}
	for name, f := range cases {
		pdf, err := f()
		if err != nil {
			t.Fatal(err)
		}
		first[name] = pdf
	}
	time.Sleep(1100 * time.Millisecond) // a wall-clock date would now differ
	for name, f := range cases {
		a := first[name]
		b, err := f()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings of the same input differ (%d vs %d bytes)", name, len(a), len(b))
		} else {
			t.Logf("%s: byte-identical (%d bytes)", name, len(a))
		}
		if !bytes.Contains(a, []byte("/CreationDate (D:20261123101500)")) || !bytes.Contains(a, []byte("/ModDate (D:20261123101500)")) {
			t.Errorf("%s: creation/modification date is not GeneratedAt in Europe/Rome", name)
		}
	}
}

func TestErrors(t *testing.T) {
	d := fixtureDossier(3)
	d.GeneratedAt = time.Time{}
	if _, err := Dossier(d); err == nil {
		t.Error("Dossier without GeneratedAt: no error")
	}
	d = fixtureDossier(3)
	d.Members[1].Budget[0].Line = "Z"
	if _, err := Dossier(d); err == nil || !strings.Contains(err.Error(), `"Z"`) {
		t.Errorf("unknown line: %v", err)
	}
	d = fixtureDossier(3)
	d.Grant = 1 << 60
	if _, err := Dossier(d); err == nil {
		t.Error("grant above the total: no error")
	}
	r := fixtureReview(fixtureClaim(3, 10))
	r.Decisions[0].Admitted = r.Decisions[0].Claimed + 1
	if _, err := ReviewMinutes(r); err == nil {
		t.Error("admitted above claimed: no error")
	}
	r = fixtureReview(fixtureClaim(3, 10))
	r.Outcome = "MAYBE"
	if _, err := ReviewMinutes(r); err == nil {
		t.Error("unknown outcome: no error")
	}
}

func TestLabels(t *testing.T) {
	if got := integer(362014); got != "362.014" {
		t.Errorf("integer: %q", got)
	}
	if got := integer(-1234567); got != "-1.234.567" {
		t.Errorf("integer: %q", got)
	}
	if got := percent(8000); got != "80,00%" {
		t.Errorf("percent: %q", got)
	}
	if got := perHead(160861545, 362000); got != 444 {
		t.Errorf("perHead: %d", got)
	}
	if got := date(civil.Date{}); got != "—" {
		t.Errorf("zero date: %q", got)
	}
	if got := CheckKO.Label(); got != "Non conforme" {
		t.Errorf("CheckKO: %q", got)
	}
	if got := OutcomeChangesRequested.Label(); got != "Integrazioni richieste" {
		t.Errorf("outcome: %q", got)
	}
	if got := gridSizes([]float64{1, 1, 1}); got[0]+got[1]+got[2] != grid {
		t.Errorf("gridSizes: %v", got)
	}
}

func BenchmarkClaimReport64(b *testing.B) {
	in := fixtureClaim(64, 300)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ClaimReport(in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrent renders from several goroutines (run with -race): the
// fonts and gofpdf's defaults are shared.
func TestConcurrent(t *testing.T) {
	claim := fixtureClaim(8, 30)
	want, err := ClaimReport(claim)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < cap(errs); i++ {
		go func() {
			got, err := ClaimReport(claim)
			if err == nil && !bytes.Equal(got, want) {
				err = fmt.Errorf("concurrent rendering differs")
			}
			if err == nil {
				_, err = MemberStatement(fixtureStatement(claim, i%8))
			}
			errs <- err
		}()
	}
	for i := 0; i < cap(errs); i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
