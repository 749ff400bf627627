package opendata

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
)

func int64p(v int64) *int64 { return &v }

func sampleTable() Table {
	return Table{
		Name: "Prova: àèìòù / [1]",
		Columns: []Column{
			{"Ente", Text},
			{"Importo", Money},
			{"Data", Date},
			{"Abitanti", Int},
			{"% spesa", Percent},
		},
		Rows: [][]any{
			{"Comune di Sant'Elpidio a Mare", int64(123456), civil.New(2026, time.November, 23), 16889, int64(1234)},
			{"Comune di Doberdò del Lago / Doberdob", int64(-5), time.Date(2026, 1, 1, 23, 30, 0, 0, time.UTC), int64(1398), 10000},
			{"Unione \"Vallata\"; Tronto", nil, civil.Date{}, nil, nil},
			{"Grande", int64(160861545), civil.New(1900, time.March, 1), int32(0), int64(123456)},
			{"Vuoto", (*int64)(nil), nil, 0, int64(0)},
		},
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, sampleTable()); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("no UTF-8 BOM: % x", b[:3])
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("want CRLF line ends")
	}
	r := csv.NewReader(bytes.NewReader(b[3:]))
	r.Comma = ';'
	got, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Ente", "Importo", "Data", "Abitanti", "% spesa"},
		{"Comune di Sant'Elpidio a Mare", "1.234,56", "23/11/2026", "16889", "12,34"},
		// 23:30 UTC on 1 January is 2 January in Rome.
		{"Comune di Doberdò del Lago / Doberdob", "-0,05", "02/01/2026", "1398", "100,00"},
		{"Unione \"Vallata\"; Tronto", "", "", "", ""},
		{"Grande", "1.608.615,45", "01/03/1900", "0", "1234,56"},
		{"Vuoto", "", "", "0", "0,00"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("CSV =\n%q\nwant\n%q", got, want)
	}
}

func TestXLSX(t *testing.T) {
	var buf bytes.Buffer
	budget := BudgetTable([]BudgetRow{{Member: "Comune di Fermo", LineCode: "A", Line: "Pagamenti online (pagoPA)", CategoryCode: "SERV", Category: "Servizi", Year: 2026, Amount: 700000}})
	if err := XLSX(&buf, sampleTable(), budget); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Prova- àèìòù - -1-", "Budget"}) {
		t.Fatalf("sheets = %q", got)
	}
	sh := "Prova- àèìòù - -1-"

	cell := func(ref string, raw bool) string {
		t.Helper()
		var opts []excelize.Options
		if raw {
			opts = append(opts, excelize.Options{RawCellValue: true})
		}
		v, err := f.GetCellValue(sh, ref, opts...)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numFmt := func(ref string) string {
		t.Helper()
		id, err := f.GetCellStyle(sh, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil {
			return ""
		}
		return *st.CustomNumFmt
	}

	for ref, want := range map[string]string{
		"A1": "Ente", "E1": "% spesa",
		"A2": "Comune di Sant'Elpidio a Mare",
		"B2": "1234.56", "B3": "-0.05", "B5": "1608615.45",
		"C2": "46349", "C3": "46024", "C5": "61",
		"D2": "16889", "E2": "0.1234", "E3": "1", "E5": "12.3456",
		"B4": "", "C4": "", "D4": "", "E4": "", "B6": "", "C6": "",
	} {
		if got := cell(ref, true); got != want {
			t.Errorf("%s raw = %q, want %q", ref, got, want)
		}
	}
	// Numbers are numeric cells, text is text.
	for ref, want := range map[string]excelize.CellType{
		"A2": excelize.CellTypeSharedString, "B2": excelize.CellTypeUnset, "C2": excelize.CellTypeUnset,
		"D2": excelize.CellTypeUnset, "E2": excelize.CellTypeUnset,
	} {
		got, err := f.GetCellType(sh, ref)
		if err != nil || got != want {
			t.Errorf("%s type = %v, want %v (%v)", ref, got, want, err)
		}
	}
	for ref, want := range map[string]string{
		"B2": `#,##0.00 "€"`, "C2": "dd/mm/yyyy", "D2": "0", "E2": "0.00%", "A2": "",
	} {
		if got := numFmt(ref); got != want {
			t.Errorf("%s number format = %q, want %q", ref, got, want)
		}
	}
	if got := cell("C2", false); got != "23/11/2026" {
		t.Errorf("C2 shown as %q", got)
	}

	// Header bold, frozen.
	id, _ := f.GetCellStyle(sh, "A1")
	st, _ := f.GetStyle(id)
	if st.Font == nil || !st.Font.Bold {
		t.Error("header not bold")
	}
	panes, err := f.GetPanes(sh)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes = %+v, %v", panes, err)
	}
	wA, _ := f.GetColWidth(sh, "A")
	wD, _ := f.GetColWidth(sh, "D")
	if wA < 35 || wA > 60 || wD < 9 || wD > 15 {
		t.Errorf("widths A=%v D=%v", wA, wD)
	}

	rows, err := f.GetRows("Budget")
	if err != nil || len(rows) != 2 || rows[1][0] != "Comune di Fermo" || rows[1][6] != "7.000,00 €" && rows[1][6] != "7,000.00 €" {
		t.Errorf("Budget rows = %q, %v", rows, err)
	}
}

func TestXLSXDeterministic(t *testing.T) {
	write := func() []byte {
		var buf bytes.Buffer
		if err := XLSX(&buf, sampleTable(), AllocationTable(nil)); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	// Map iteration order (randomized) would show within a few runs; the
	// zip entries carry no timestamp.
	a := write()
	for range 10 {
		if b := write(); !bytes.Equal(a, b) {
			t.Fatal("XLSX output differs between two runs")
		}
	}
}

func TestTableErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		t    Table
		want string
	}{
		"no columns": {Table{Name: "X"}, "no columns"},
		"kind":       {Table{Columns: []Column{{"A", Kind(9)}}}, "unknown kind"},
		"row length": {Table{Columns: []Column{{"A", Text}}, Rows: [][]any{{"a", "b"}}}, "2 values for 1 columns"},
		"money type": {Table{Columns: []Column{{"Importo", Money}}, Rows: [][]any{{12.5}}}, `column "Importo": want an integer, got float64`},
		"date type":  {Table{Columns: []Column{{"Data", Date}}, Rows: [][]any{{"2026-01-01"}}}, "want a civil.Date"},
		"text type":  {Table{Columns: []Column{{"Ente", Text}}, Rows: [][]any{{42}}}, "want a string"},
	} {
		t.Run(name, func(t *testing.T) {
			err := CSV(&bytes.Buffer{}, tc.t)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("CSV err = %v, want %q", err, tc.want)
			}
			err = XLSX(&bytes.Buffer{}, tc.t)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("XLSX err = %v, want %q", err, tc.want)
			}
		})
	}
	if err := XLSX(&bytes.Buffer{}); err == nil {
		t.Error("XLSX without tables should fail")
	}
	one := Table{Name: "Fatture", Columns: []Column{{"A", Text}}}
	two := Table{Name: "fatture", Columns: []Column{{"A", Text}}}
	if err := XLSX(&bytes.Buffer{}, one, two); err == nil || !strings.Contains(err.Error(), "duplicate sheet") {
		t.Errorf("duplicate sheets: %v", err)
	}
	bad := Table{Name: "D", Columns: []Column{{"Data", Date}}, Rows: [][]any{{civil.New(1899, time.December, 31)}}}
	if err := XLSX(&bytes.Buffer{}, bad); err == nil || !strings.Contains(err.Error(), "outside the range") {
		t.Errorf("old date: %v", err)
	}
}

func TestSheetName(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "Foglio",
		"Quote assegnate":  "Quote assegnate",
		"a/b\\c?d*e[f]g:h": "a-b-c-d-e-f-g-h",
		"'Spese'":          "Spese",
		"Spese rendicontate del progetto Marche Sud": "Spese rendicontate del progetto",
	} {
		if got := sheetName(in); got != want {
			t.Errorf("sheetName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuilders(t *testing.T) {
	budget := BudgetTable([]BudgetRow{
		{Member: "Comune di Fermo", LineCode: "B", Line: "Fatturazione elettronica", CategoryCode: "SERV", Category: "Servizi", Year: 2027, Amount: 100},
		{Member: "Comune di Ascoli Piceno", LineCode: "A", Line: "pagoPA", CategoryCode: "SERV", Category: "Servizi", Amount: 200},
		{Member: "Comune di Fermo", LineCode: "A", Line: "pagoPA", CategoryCode: "HW", Category: "Hardware", Year: 2026, Amount: 300},
	})
	var buf bytes.Buffer
	if err := CSV(&buf, budget); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFFEnte;Codice linea;Linea di intervento;Codice categoria;Categoria di spesa;Anno;Importo\r\n" +
		"Comune di Ascoli Piceno;A;pagoPA;SERV;Servizi;;2,00\r\n" +
		"Comune di Fermo;A;pagoPA;HW;Hardware;2026;3,00\r\n" +
		"Comune di Fermo;B;Fatturazione elettronica;SERV;Servizi;2027;1,00\r\n"
	if buf.String() != want {
		t.Errorf("budget CSV =\n%q\nwant\n%q", buf.String(), want)
	}

	alloc := AllocationTable([]AllocationRow{
		{Member: "Comune di Fermo", CategoryCode: "SERV", Category: "Servizi", Figures: ledger.Figures{Allocated: 7000000,
			Committed: 6000000, Invoiced: 3000000, Paid: 2345600, Claimed: 2000000, Admitted: 1900000}},
		{Member: "Comune di Amandola", CategoryCode: "SERV", Category: "Servizi"},
	})
	buf.Reset()
	if err := CSV(&buf, alloc); err != nil {
		t.Fatal(err)
	}
	want = "\uFEFFEnte;Codice categoria;Categoria di spesa;Assegnato;Impegnato;Fatturato;Pagato;Rendicontato;Ammesso;Residuo;% spesa\r\n" +
		"Comune di Amandola;SERV;Servizi;0,00;0,00;0,00;0,00;0,00;0,00;0,00;\r\n" +
		"Comune di Fermo;SERV;Servizi;70.000,00;60.000,00;30.000,00;23.456,00;20.000,00;19.000,00;10.000,00;33,51\r\n"
	if buf.String() != want {
		t.Errorf("allocation CSV =\n%q\nwant\n%q", buf.String(), want)
	}

	inv := InvoiceTable([]InvoiceRow{
		{Number: "FPR 12/26", Date: civil.New(2026, time.June, 3), Vendor: "Alfa Informatica S.r.l.", VendorVAT: "01234567897",
			CIG: "8874674CA7", CUP: "D81B21004560006", Taxable: 4050015, VAT: 891003, Total: 4941018, SplitPayment: true,
			Paid: 4050015, PaidOn: civil.New(2026, time.June, 30)},
		{Number: "7", Date: civil.New(2026, time.May, 3), Vendor: "Beta", VendorVAT: "09876543217", Total: 100},
	})
	buf.Reset()
	if err := CSV(&buf, inv); err != nil {
		t.Fatal(err)
	}
	want = "\uFEFFNumero fattura;Data fattura;Fornitore;Partita IVA fornitore;CIG;CUP;Imponibile;IVA;Totale;Scissione dei pagamenti;Pagato;Data pagamento\r\n" +
		"7;03/05/2026;Beta;09876543217;;;0,00;0,00;1,00;No;0,00;\r\n" +
		"FPR 12/26;03/06/2026;Alfa Informatica S.r.l.;01234567897;8874674CA7;D81B21004560006;40.500,15;8.910,03;49.410,18;Sì;40.500,15;30/06/2026\r\n"
	if buf.String() != want {
		t.Errorf("invoice CSV =\n%q\nwant\n%q", buf.String(), want)
	}

	exp := ExpenseTable([]ExpenseRow{
		{ClaimNumber: 2, Member: "Comune di Fermo", CategoryCode: "SERV", Category: "Servizi", InvoiceNumber: "FPR 12/26",
			InvoiceDate: civil.New(2026, time.June, 3), Vendor: "Alfa", VendorVAT: "01234567897", CIG: "8874674CA7", CUP: "D81B21004560006",
			Taxable: 4050015, VAT: 891003, Total: 4941018, Charged: 63282, Admitted: int64p(60000),
			MandateNumber: "M-2026-0412", MandateDate: civil.New(2026, time.June, 28), ReceiptDate: civil.New(2026, time.June, 30)},
		{ClaimNumber: 1, Member: "Comune di Fermo", CategoryCode: "SERV", Category: "Servizi", InvoiceNumber: "3",
			InvoiceDate: civil.New(2026, time.April, 3), Charged: 100},
	})
	buf.Reset()
	if err := CSV(&buf, exp); err != nil {
		t.Fatal(err)
	}
	want = "\uFEFFRendiconto n.;Ente;Codice categoria;Categoria di spesa;Numero fattura;Data fattura;Fornitore;Partita IVA fornitore;CIG;CUP;Imponibile;IVA;Totale fattura;Importo imputato;Importo ammesso;Mandato n.;Data mandato;Data quietanza\r\n" +
		"1;Comune di Fermo;SERV;Servizi;3;03/04/2026;;;;;0,00;0,00;0,00;1,00;;;;\r\n" +
		"2;Comune di Fermo;SERV;Servizi;FPR 12/26;03/06/2026;Alfa;01234567897;8874674CA7;D81B21004560006;40.500,15;8.910,03;49.410,18;632,82;600,00;M-2026-0412;28/06/2026;30/06/2026\r\n"
	if buf.String() != want {
		t.Errorf("expense CSV =\n%q\nwant\n%q", buf.String(), want)
	}

	// All four as one workbook.
	buf.Reset()
	if err := XLSX(&buf, budget, alloc, inv, exp); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Budget", "Quote assegnate", "Fatture", "Spese rendicontate"}) {
		t.Errorf("sheets = %q", got)
	}
	if v, _ := f.GetCellValue("Spese rendicontate", "O3", excelize.Options{RawCellValue: true}); v != "600" {
		t.Errorf("admitted = %q", v)
	}
	if v, _ := f.GetCellValue("Quote assegnate", "K3", excelize.Options{RawCellValue: true}); v != "0.3351" {
		t.Errorf("%% spent = %q", v)
	}
}

// TestInvoiceTable_SupplierNameIsNeverAFormula: a supplier's name comes from
// a FatturaPA file, written by someone else; in fatture.csv a name a
// spreadsheet would run as a formula (the outside run's
// "=cmd|' /C calc'!A0", and + - @ tab) stays text, and in XLSX it is a
// string cell.
func TestInvoiceTable_SupplierNameIsNeverAFormula(t *testing.T) {
	names := []string{"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1"}
	var rows []InvoiceRow
	for i, n := range names {
		rows = append(rows, InvoiceRow{Number: string(rune('A' + i)), Date: civil.New(2026, 3, 1), Vendor: n, VendorVAT: "01234567897"})
	}
	tb := InvoiceTable(rows)
	var buf bytes.Buffer
	if err := CSV(&buf, tb); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), utf8BOM)))
	r.Comma = ';'
	got, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(got[0], "Fornitore")
	if col < 0 {
		t.Fatalf("no Fornitore column in %q", got[0])
	}
	for i, n := range names {
		if cell := got[i+1][col]; cell != "'"+n {
			t.Errorf("supplier %q written as %q, want it prefixed with '", n, cell)
		}
	}
	buf.Reset()
	if err := XLSX(&buf, tb); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sh := f.GetSheetList()[0]
	for i := range names {
		cell, _ := excelize.CoordinatesToCellName(col+1, i+2)
		if formula, _ := f.GetCellFormula(sh, cell); formula != "" {
			t.Errorf("%s is a formula: %q", cell, formula)
		}
	}
}
