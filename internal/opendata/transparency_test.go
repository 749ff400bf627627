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
	"github.com/capofila/capofila/internal/procurementlaw"
)

func transparencyRows() []TransparencyRow {
	award, contract := int64(11_815_000), int64(11_815_000)
	return []TransparencyRow{
		{CIG: "B96AE2FE01", Object: "Portale dei servizi online", Procedure: procurementlaw.DirectAward, StartedOn: civil.New(2026, time.July, 1),
			Base: 1_200_000},
		{CIG: "95156957EC", Object: "Piattaforma pagoPA", Procedure: procurementlaw.DirectAward, StartedOn: civil.New(2023, time.April, 10),
			Base: 13_900_000, Award: &award, Vendor: "=HYPERLINK(\"http://x\")", VendorVAT: "01234567897",
			ContractDate: civil.New(2023, time.May, 20), ContractAmount: &contract, Paid: 4_726_000},
	}
}

// TestTransparencyTable: one row per CIG, oldest procedure first, with the
// kind of CIG, the ANAC code and label, amounts net of VAT and the link to
// the CIG's record in ANAC's national database; in CSV a text that would
// run as a formula stays text, in XLSX the link is a hyperlink and text
// cells are strings.
func TestTransparencyTable(t *testing.T) {
	tb := TransparencyTable(transparencyRows())
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
	want := [][]string{
		{"CIG", "Tipo di CIG", "Oggetto", "Codice procedura ANAC", "Procedura di scelta del contraente", "Data di avvio",
			"Base d'asta (netto IVA)", "Importo aggiudicato (netto IVA)", "Aggiudicatario", "Partita IVA aggiudicatario",
			"Data del contratto", "Importo del contratto (netto IVA)", "Somme liquidate (netto IVA)", "Scheda ANAC (BDNCP)"},
		{"95156957EC", "CIG ordinario", "Piattaforma pagoPA", "23", "Affidamento diretto", "10/04/2023", "139.000,00", "118.150,00",
			"'=HYPERLINK(\"http://x\")", "01234567897", "20/05/2023", "118.150,00", "47.260,00",
			"https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=95156957EC"},
		{"B96AE2FE01", "CIG unico", "Portale dei servizi online", "23", "Affidamento diretto", "01/07/2026", "12.000,00", "",
			"", "", "", "", "0,00", "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=B96AE2FE01"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("CSV =\n%q\nwant\n%q", got, want)
	}

	buf.Reset()
	if err := XLSX(&buf, tb); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sh := f.GetSheetList()[0]
	if ok, link, err := f.GetCellHyperLink(sh, "N2"); err != nil || !ok || link != BDNCPRecordURL("95156957EC") {
		t.Errorf("N2 hyperlink = %v %q %v", ok, link, err)
	}
	if v, _ := f.GetCellValue(sh, "I2"); v != "=HYPERLINK(\"http://x\")" {
		t.Errorf("I2 = %q", v)
	}
	if formula, _ := f.GetCellFormula(sh, "I2"); formula != "" {
		t.Errorf("I2 is a formula: %q", formula)
	}
}

func TestCSV_NeutralizesFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+39 0735 7941": "'+39 0735 7941", "-5": "'-5", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"Alfa S.r.l.": "Alfa S.r.l.", "": "", "1=1": "1=1", "—": "—",
	} {
		if got := neutralize(in); got != want {
			t.Errorf("neutralize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkCells(t *testing.T) {
	bad := Table{Name: "x", Columns: []Column{{"Link", Link}}, Rows: [][]any{{"javascript:alert(1)"}}}
	if err := CSV(&bytes.Buffer{}, bad); err == nil {
		t.Error("a link that is not an http(s) URL is written")
	}
	if BDNCPRecordURL("A015882CCD") != "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=A015882CCD" {
		t.Error(BDNCPRecordURL("A015882CCD"))
	}
}
