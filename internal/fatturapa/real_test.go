package fatturapa

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
)

// want is what a test expects of one invoice of a real file; the zero
// value of a field means "not checked" only for the slices and DueOn.
type want struct {
	docType, currency, date, number   string
	total, taxable, vat               int64
	hasTotal                          bool
	stampDeclared, stamp, withholding int64
	stampInSummary, split             bool
	cigs, cups                        []string
	linked                            []LinkedInvoice
	due                               string
	payment                           int64
	lines                             int
	class                             Class
}

func checkInvoice(t *testing.T, got Invoice, w want) {
	t.Helper()
	var due string
	if got.DueOn != nil {
		due = got.DueOn.String()
	}
	g := want{got.DocumentType, got.Currency, got.Date.String(), got.Number, got.TotalCents, got.TaxableCents,
		got.VATCents, got.HasTotal, got.StampDeclaredCents, got.StampCents, got.WithholdingCents, got.StampInSummary,
		got.SplitPayment, got.CIGs, got.CUPs, got.Linked, due, got.PaymentCents, len(got.Lines), ClassOf(got.DocumentType)}
	gl, wl := fmt.Sprint(g.linked), fmt.Sprint(w.linked) // "[n. 99 del 28/02/2017 n. 99bis]"
	g.linked, w.linked = nil, nil
	if fmt.Sprintf("%+v", g) != fmt.Sprintf("%+v", w) || gl != wl {
		t.Errorf("invoice %d:\n got %+v %s\nwant %+v %s", got.Index, g, gl, w, wl)
	}
}

func linked(number, date string) LinkedInvoice {
	l := LinkedInvoice{Number: number}
	if date != "" {
		l.Date = datePtr(date)
	}
	return l
}

// TestParse_OfficialSamples reads the sample files published with the
// FatturaPA specification (fatturapa.gov.it): each imports as its XML says.
func TestParse_OfficialSamples(t *testing.T) {
	codes := func(s string) []string { return []string{s} }
	alpha := Party{Country: "IT", VATID: "01234567890", Name: "ALPHA SRL"}
	alphaPrivate := Party{Country: "IT", VATID: "01234567890", Name: "SOCIETA' ALPHA SRL"}
	for _, tc := range []struct {
		file     string
		version  string
		supplier Party
		buyer    Party
		office   string
		invoices []want
	}{
		{"IT01234567890_FPA01.xml", VersionPA, alpha, Party{CodiceFiscale: "09876543210", Name: "AMMINISTRAZIONE BETA"}, "AAAAAA",
			[]want{{docType: "TD01", currency: "EUR", date: "2017-01-18", number: "123", total: 610, taxable: 500, vat: 110,
				cigs: codes("456DEF"), cups: codes("123ABC"), due: "2017-02-18", payment: 610, lines: 1, class: Charge}}},
		{"IT01234567890_FPA02.xml", VersionPA, alpha, Party{CodiceFiscale: "09876543210", Name: "AMMINISTRAZIONE BETA"}, "AAAAAA",
			[]want{{docType: "TD01", currency: "EUR", date: "2017-01-18", number: "123", total: 3050, taxable: 2500, vat: 550,
				cigs: codes("456DEF"), cups: codes("123ABC"), due: "2017-03-30", payment: 3050, lines: 2, class: Charge}}},
		{"IT01234567890_FPA03.xml", VersionPA, alpha, Party{CodiceFiscale: "09876543210", Name: "AMMINISTRAZIONE BETA"}, "AAAAAA",
			[]want{
				{docType: "TD01", currency: "EUR", date: "2017-01-18", number: "12", total: 3050, taxable: 2500, vat: 550,
					cigs: codes("456DEF"), cups: codes("123ABC"), due: "2017-02-18", payment: 3050, lines: 2, class: Charge},
				{docType: "TD01", currency: "EUR", date: "2017-01-20", number: "456", total: 244000, taxable: 200000, vat: 44000,
					cigs: codes("456DEF"), cups: codes("123ABC"), due: "2017-02-20", payment: 244000, lines: 1, class: Charge},
			}},
		{"IT01234567890_FPR01.xml", VersionPrivate, alphaPrivate, Party{CodiceFiscale: "09876543210", Name: "DITTA BETA"}, "ABC1234",
			[]want{{docType: "TD01", currency: "EUR", date: "2014-12-18", number: "123", total: 610, taxable: 500, vat: 110,
				cigs: codes("456DEF"), cups: codes("123ABC"), due: "2015-01-30", payment: 610, lines: 1, class: Charge}}},
		{"IT01234567890_FPR02.xml", VersionPrivate, alphaPrivate, Party{CodiceFiscale: "09876543210", Name: "BETA GAMMA"}, "0000000",
			[]want{{docType: "TD01", currency: "EUR", date: "2014-12-18", number: "123", total: 3295, taxable: 2700, vat: 595,
				due: "2015-01-30", payment: 3295, lines: 2, class: Charge}}},
		{"IT01234567890_FPR03.xml", VersionPrivate, alphaPrivate, Party{CodiceFiscale: "09876543210", Name: "BETA GAMMA"}, "ABC1234",
			[]want{
				{docType: "TD01", currency: "EUR", date: "2014-12-18", number: "123", total: 3295, taxable: 2700, vat: 595,
					due: "2015-01-30", payment: 3295, lines: 2, class: Charge},
				{docType: "TD01", currency: "EUR", date: "2014-12-20", number: "456", total: 244000, taxable: 200000, vat: 44000,
					due: "2015-01-28", payment: 244000, lines: 1, class: Charge},
			}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := Parse(readTestdata(t, "official/"+tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.Version != tc.version || f.Supplier != tc.supplier || f.Buyer != tc.buyer || f.BuyerOfficeCode != tc.office {
				t.Errorf("header: %s %+v %+v %q", f.Version, f.Supplier, f.Buyer, f.BuyerOfficeCode)
			}
			if len(f.Invoices) != len(tc.invoices) {
				t.Fatalf("%d invoices, want %d", len(f.Invoices), len(tc.invoices))
			}
			for i, w := range tc.invoices {
				checkInvoice(t, f.Invoices[i], w)
			}
		})
	}
}

// TestParse_PublicFiles reads invoices published in public repositories
// (testdata/README.md says where each comes from): credit notes, split
// payment, stamp duty, withholding tax, foreign currency, deferred
// invoices, and the types that are not a supplier's charge.
func TestParse_PublicFiles(t *testing.T) {
	for _, tc := range []struct {
		file     string
		office   string
		buyer    Party
		invoices []want
	}{
		{"gobl_invoice-credit-note.xml", "ABCDEF1", Party{Country: "IT", VATID: "09876543217", Name: "MARIO LEONI"},
			// A credit note with positive amounts naming the invoice it
			// corrects; its ImportoTotaleDocumento is after a document
			// discount the summary does not show (kept as written).
			[]want{{docType: "TD04", currency: "EUR", date: "2024-10-09", number: "CN-001", total: 138840, hasTotal: true,
				taxable: 172000, vat: 35640, linked: []LinkedInvoice{linked("SAMPLE-001", "2023-03-02")}, payment: 138840,
				lines: 2, class: CreditNote}}},
		{"gobl_invoice-irpef.xml", "ABCDEF1", Party{CodiceFiscale: "MRALNE80E05H501C", Name: "MARIO LEONI"},
			// A parcella with two DatiRitenuta (324.00 + 50.00) and a 12.34
			// virtual stamp; the total leaves room for it outside the summary.
			[]want{{docType: "TD06", currency: "EUR", date: "2023-03-02", number: "SAMPLE-001", total: 102674, hasTotal: true,
				taxable: 172000, vat: 35640, stampDeclared: 1234, stamp: 1234, withholding: 37400, due: "2023-03-02",
				payment: 104440, lines: 2, class: Charge}}},
		{"gobl_invoice-despatch.xml", "M5UXCR5", Party{Country: "IT", VATID: "13029381004", Name: "Edilizia Firenze S.r.l."},
			[]want{{docType: "TD24", currency: "EUR", date: "2025-08-21", number: "SAMPLE-002", total: 97600, hasTotal: true,
				taxable: 80000, vat: 17600, lines: 2, class: Charge}}},
		{"gobl_invoice-simple.xml", "ABCDEF1", Party{Country: "IT", VATID: "09876543217", Name: "MARIO LEONI"},
			[]want{{docType: "TD06", currency: "EUR", date: "2023-03-02", number: "SAMPLE-001", total: 138840, hasTotal: true,
				taxable: 172000, vat: 35640, split: true, payment: 138840, lines: 2, class: Charge}}},
		{"oca_IT05979361218_003.xml", "UFPQ1O", Party{CodiceFiscale: "80213330584", Name: "AMMINISTRAZIONE BETA"},
			// DatiBollo without ImportoTotaleDocumento: the stamp is
			// charged, the total is taxable + VAT + stamp.
			[]want{{docType: "TD01", currency: "EUR", date: "2015-02-16", number: "FT/2015/0008", total: 1500,
				taxable: 900, stampDeclared: 600, stamp: 600, lines: 1, class: Charge}}},
		{"oca_IT05979361218_004.xml", "UFPQ1O", Party{CodiceFiscale: "80213330584", Name: "AMMINISTRAZIONE BETA"},
			[]want{{docType: "TD01", currency: "EUR", date: "2015-02-16", number: "FT/2015/0009", total: 143179,
				taxable: 117360, vat: 25819, split: true, lines: 2, class: Charge}}},
		{"oca_IT01234567890_FPR06.xml", "0000000", Party{CodiceFiscale: "03533590174", Name: "BETA GAMMA"},
			// A credit note that names no invoice.
			[]want{{docType: "TD04", currency: "EUR", date: "2020-01-09", number: "123", total: 1830, taxable: 1500, vat: 330,
				lines: 2, class: CreditNote}}},
		{"oca_IT01234567890_FPR08.xml", "0000000", Party{CodiceFiscale: "03533590174", Name: "BETA GAMMA"},
			[]want{{docType: "TD06", currency: "EUR", date: "2020-01-09", number: "124", total: 228384, hasTotal: true,
				taxable: 187200, vat: 41184, withholding: 36000, lines: 1, class: Charge}}},
		{"oca_IT01234567890_x05mX.xml", "0000000", Party{Country: "IT", VATID: "02780790107", CodiceFiscale: "02780790107", Name: "BETA GAMMA"},
			// A self-invoice for services bought abroad, in pounds.
			[]want{{docType: "TD17", currency: "GBP", date: "2022-07-21", number: "BEXS/2022/0009", total: 66124, hasTotal: true,
				taxable: 54200, vat: 11924, linked: []LinkedInvoice{linked("BEP/2022/0009", "2022-07-21"), linked("BEP/2022/0009", "2022-06-30")},
				lines: 1, class: Unsupported}}},
		{"oca_IT06363391001_00015a.xml", "UFPQ1O", Party{Country: "IT", VATID: "06363391001", CodiceFiscale: "06363391001", Name: "Public Administration"},
			// In dollars: every amount is in USD, as written.
			[]want{{docType: "TD01", currency: "USD", date: "2021-12-16", number: "INV/2021/0001", total: 1400, hasTotal: true,
				taxable: 1197, due: "2022-01-31", payment: 1400, lines: 1, class: Charge}}},
		{"net_IT02182030391_32.xml", "UFYAGJK", Party{Country: "IT", VATID: "01180680397", Name: "CIR 2000 snc"},
			[]want{
				{docType: "TD06", currency: "EUR", date: "2017-01-27", number: "3", total: 17480, hasTotal: true, taxable: 14328,
					vat: 3152, withholding: 2755, split: true, cigs: []string{"CIG"}, cups: []string{"CUP"},
					linked: []LinkedInvoice{linked("99", "2017-02-28"), linked("99bis", "")}, due: "2017-02-28", payment: 11986,
					lines: 2, class: Charge},
				{docType: "TD06", currency: "EUR", date: "2017-01-27", number: "4", total: 17480, hasTotal: true, taxable: 14328,
					vat: 3152, withholding: 2755, split: true, cigs: []string{"CIG"}, cups: []string{"CUP"},
					linked: []LinkedInvoice{linked("99", "2017-02-28"), linked("99bis", "")}, due: "2017-02-28", payment: 11986,
					lines: 2, class: Charge},
			}},
		{"derived_stamp_in_summary.xml", "UFPQ1O", Party{CodiceFiscale: "80213330584", Name: "AMMINISTRAZIONE BETA"},
			[]want{
				// The stamp re-billed as an N1 line with DatiBollo.
				{docType: "TD01", currency: "EUR", date: "2015-02-16", number: "FT/2015/0008", total: 1100, hasTotal: true,
					taxable: 900, stampDeclared: 200, stamp: 200, stampInSummary: true, lines: 2, class: Charge},
				// A vehicle tax ("bollo auto") re-billed at N1 is a cost, not
				// the stamp duty; the 2.00 stamp line is.
				{docType: "TD01", currency: "EUR", date: "2015-02-17", number: "FT/2015/0009", total: 16356, hasTotal: true,
					taxable: 16156, stampDeclared: 200, stamp: 200, stampInSummary: true, lines: 2, class: Charge},
				// Re-billed without DatiBollo.
				{docType: "TD01", currency: "EUR", date: "2015-02-18", number: "FT/2015/0010", total: 12400, hasTotal: true,
					taxable: 10000, vat: 2200, stamp: 200, stampInSummary: true, lines: 2, class: Charge},
			}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := Parse(readTestdata(t, "public/"+tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.BuyerOfficeCode != tc.office || f.Buyer != tc.buyer {
				t.Errorf("buyer %+v office %q, want %+v %q", f.Buyer, f.BuyerOfficeCode, tc.buyer, tc.office)
			}
			if len(f.Invoices) != len(tc.invoices) {
				t.Fatalf("%d invoices, want %d", len(f.Invoices), len(tc.invoices))
			}
			for i, w := range tc.invoices {
				checkInvoice(t, f.Invoices[i], w)
			}
			// What Parse reads, Encode writes back.
			out, err := Encode(f)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Parse(out)
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range tc.invoices {
				checkInvoice(t, again.Invoices[i], w)
			}
		})
	}
}

func TestParse_RefusedRealFiles(t *testing.T) {
	for _, tc := range []struct {
		file, rule, msg string
	}{
		// An anonymised real invoice whose root namespace has a stray
		// space: the SdI would have refused it.
		{"oca_ZGEXQROO37831_anonimizzata.xml", "fatturapa.namespace",
			"«http://ivaservizi.agenziaentrate.gov.it/ docs/xsd/fatture/v1.2»"},
		{"net_IT01234567890_FSM10.xml", "fatturapa.version", "fattura semplificata (formato FSM10)"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, err := Parse(readTestdata(t, "public/"+tc.file))
			assertInvalid(t, err, tc.rule, tc.msg)
		})
	}
}

func assertInvalid(t *testing.T, err error, rule, msg string) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok {
		t.Fatalf("error %T %v, want INVALID %s", err, err, rule)
	}
	if e.Code != apperr.Invalid || e.Rule != rule || !strings.Contains(e.Message, msg) {
		t.Errorf("got %s %s %q,\nwant INVALID %s containing %q", e.Code, e.Rule, e.Message, rule, msg)
	}
}

// TestParse_StampDuty covers where the virtual stamp duty can be: charged
// outside the summary, re-billed inside it at Natura N1, or borne by the
// supplier.
func TestParse_StampDuty(t *testing.T) {
	single := string(readTestdata(t, "fpa12_single.xml"))
	// The fixture's summaries: 10000.00 + 2200.00 at 22% and 122.00 at N1.
	bollo := "<DatiBollo><BolloVirtuale>SI</BolloVirtuale><ImportoBollo>2.00</ImportoBollo></DatiBollo>"
	withBollo := func(total string) string {
		return strings.Replace(strings.Replace(single, "<ImportoTotaleDocumento>12322.00</ImportoTotaleDocumento>",
			bollo+"<ImportoTotaleDocumento>"+total+"</ImportoTotaleDocumento>", 1), "</Numero>", "</Numero>", 1)
	}
	stampLine := `<DettaglioLinee><NumeroLinea>3</NumeroLinea><Descrizione>Rivalsa imposta di bollo</Descrizione>` +
		`<PrezzoUnitario>2.00</PrezzoUnitario><PrezzoTotale>2.00</PrezzoTotale><AliquotaIVA>0.00</AliquotaIVA>` +
		`<Natura>N1</Natura></DettaglioLinee><DatiRiepilogo>`
	for _, tc := range []struct {
		name                  string
		xml                   string
		taxable, stamp, total int64
		inSummary             bool
	}{
		{"no DatiBollo: the N1 summary is a cost", single, 1012200, 0, 1232200, false},
		{"charged outside the summary", withBollo("12324.00"), 1012200, 200, 1232400, false},
		{"inside the N1 summary, as the total shows", withBollo("12322.00"), 1012000, 200, 1232200, true},
		{"borne by the supplier: no N1 summary to hold it", strings.Replace(withBollo("12322.00"), "<Natura>N1</Natura>",
			"<Natura>N2.2</Natura>", 1), 1012200, 0, 1232200, false},
		{"an N1 stamp line, the total does not add up", strings.Replace(withBollo("99.00"), "<DatiRiepilogo>", stampLine, 1),
			1012000, 200, 9900, true},
		{"an N1 stamp line without DatiBollo", strings.Replace(single, "<DatiRiepilogo>", stampLine, 1), 1012000, 200,
			1232200, true},
		{"a vehicle tax line is not the stamp duty", strings.Replace(strings.Replace(single, "<DatiRiepilogo>", stampLine, 1),
			"Rivalsa imposta di bollo", "Tassa automobilistica (bollo auto)", 1), 1012200, 0, 1232200, false},
		{"no total: the declared stamp is charged", strings.Replace(withBollo("1"), "<ImportoTotaleDocumento>1</ImportoTotaleDocumento>", "", 1),
			1012200, 200, 1232400, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse([]byte(tc.xml))
			if err != nil {
				t.Fatal(err)
			}
			inv := f.Invoices[0]
			if inv.TaxableCents != tc.taxable || inv.StampCents != tc.stamp || inv.TotalCents != tc.total ||
				inv.StampInSummary != tc.inSummary {
				t.Errorf("taxable %d stamp %d total %d in summary %v, want %d %d %d %v", inv.TaxableCents, inv.StampCents,
					inv.TotalCents, inv.StampInSummary, tc.taxable, tc.stamp, tc.total, tc.inSummary)
			}
		})
	}
}

func TestIsStampDuty(t *testing.T) {
	for desc, want := range map[string]bool{
		"Imposta di bollo": true, "Rivalsa bollo": true, "Rimborso imposta di bollo": true, "Marca da bollo": true,
		"Spesebollo": true, "BOLLO": true, "Bolli su fattura": true, "Bollo virtuale assolto ai sensi del DM 17/06/2014": true,
		"Rifatturazione Tasse automobilistiche Bollo/Superbollo": false, "Bollo auto": false, "Superbollo": false,
		"Spese di trasferta": false, "Bollettino postale": false, "": false,
	} {
		if got := isStampDuty(desc); got != want {
			t.Errorf("isStampDuty(%q) = %v, want %v", desc, got, want)
		}
	}
}

// TestParse_DatesWithTimeZone: xs:date allows a time zone; the calendar
// date is the date part.
func TestParse_DatesWithTimeZone(t *testing.T) {
	single := string(readTestdata(t, "fpa12_single.xml"))
	for _, tc := range []struct {
		date string
		ok   bool
	}{
		{"2024-03-15+01:00", true}, {"2024-03-15Z", true}, {"2024-03-15-05:00", true}, {"2024-03-15+14:00", true},
		{"2024-03-15+14:01", false}, {"2024-03-15+01:60", false}, {"2024-03-15+0100", false}, {"2024-03-15T10:00:00", false},
		{"2024-03-15 ", true}, // white space is trimmed
	} {
		t.Run(tc.date, func(t *testing.T) {
			f, err := Parse([]byte(strings.Replace(single, "<Data>2024-03-15</Data>", "<Data>"+tc.date+"</Data>", 1)))
			if !tc.ok {
				assertInvalid(t, err, "fatturapa.date", "non è valida")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Invoices[0].Date != civil.New(2024, 3, 15) {
				t.Errorf("date %v", f.Invoices[0].Date)
			}
		})
	}
	t.Run("due and linked dates too", func(t *testing.T) {
		credit := strings.NewReplacer("<Data>2024-03-15</Data>", "<Data>2024-03-15Z</Data>").
			Replace(string(readTestdata(t, "fpa12_credit_note.xml")))
		f, err := Parse([]byte(credit))
		if err != nil {
			t.Fatal(err)
		}
		if l := f.Invoices[0].Linked; len(l) != 1 || *l[0].Date != civil.New(2024, 3, 15) {
			t.Errorf("linked %+v", l)
		}
		due := strings.Replace(single, "2024-04-14</DataScadenzaPagamento>", "2024-04-14+02:00</DataScadenzaPagamento>", 1)
		f, err = Parse([]byte(due))
		if err != nil || *f.Invoices[0].DueOn != civil.New(2024, 4, 14) {
			t.Errorf("due %v %v", f, err)
		}
	})
}

func TestParse_Currency(t *testing.T) {
	single := string(readTestdata(t, "fpa12_single.xml"))
	for _, tc := range []struct {
		divisa, want string
	}{
		{"GBP", "GBP"}, {" usd ", "USD"}, {"CHF", "CHF"}, {"EURO", ""}, {"E1R", ""}, {"€", ""}, {"EU", ""},
	} {
		t.Run(tc.divisa, func(t *testing.T) {
			f, err := Parse([]byte(strings.Replace(single, "<Divisa>EUR</Divisa>", "<Divisa>"+tc.divisa+"</Divisa>", 1)))
			if tc.want == "" {
				assertInvalid(t, err, "fatturapa.currency", "non è un codice ISO 4217")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Invoices[0].Currency != tc.want || f.Invoices[0].TotalCents != 1232200 {
				t.Errorf("currency %q total %d", f.Invoices[0].Currency, f.Invoices[0].TotalCents)
			}
		})
	}
}

func TestParse_Namespace(t *testing.T) {
	single := string(readTestdata(t, "fpa12_single.xml"))
	for _, tc := range []struct {
		name, xml, rule string
	}{
		{"prefixed", single, ""},
		{"default namespace", strings.NewReplacer("p:FatturaElettronica", "FatturaElettronica", "xmlns:p=", "xmlns=").Replace(single), ""},
		{"no namespace at all", strings.NewReplacer("p:FatturaElettronica", "FatturaElettronica",
			`xmlns:p="`+Namespace+`"`, "").Replace(single), ""},
		{"the FatturaPA 1.1 namespace", strings.Replace(single, `xmlns:p="`+Namespace+`"`,
			`xmlns:p="http://www.fatturapa.gov.it/sdi/fatturapa/v1.1"`, 1), "fatturapa.namespace"},
		{"the simplified invoice namespace", strings.Replace(single, `xmlns:p="`+Namespace+`"`,
			`xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0"`, 1), "fatturapa.namespace"},
		{"another document's namespace", strings.Replace(single, `xmlns:p="`+Namespace+`"`,
			`xmlns:p="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"`, 1), "fatturapa.namespace"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse([]byte(tc.xml))
			if tc.rule != "" {
				assertInvalid(t, err, tc.rule, Namespace)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			assertFile(t, f, singleWant())
		})
	}
}

func TestParse_InvoiceCount(t *testing.T) {
	multi := string(readTestdata(t, "fpr12_multi.xml"))
	start := strings.Index(multi, "<FatturaElettronicaBody>")
	end := strings.Index(multi, "</FatturaElettronicaBody>") + len("</FatturaElettronicaBody>")
	head, body, tail := multi[:start], multi[start:end], multi[strings.LastIndex(multi, "</p:FatturaElettronica>"):]
	file := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(head)
		for i := range n {
			b.WriteString(strings.Replace(body, "<Numero>1/A</Numero>", fmt.Sprintf("<Numero>%d/A</Numero>", i+1), 1))
		}
		b.WriteString(tail)
		return b.Bytes()
	}
	f, err := Parse(file(MaxInvoices))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Invoices) != MaxInvoices || f.Invoices[MaxInvoices-1].Number != "1000/A" {
		t.Errorf("%d invoices", len(f.Invoices))
	}
	_, err = Parse(file(MaxInvoices + 1))
	assertInvalid(t, err, "fatturapa.bodies", "più di 1000 fatture")
}

func TestParse_WithholdingAndLinked(t *testing.T) {
	credit := string(readTestdata(t, "fpa12_credit_note.xml"))
	ritenuta := "<DatiRitenuta><TipoRitenuta>RT02</TipoRitenuta><ImportoRitenuta>%s</ImportoRitenuta>" +
		"<AliquotaRitenuta>20.00</AliquotaRitenuta><CausalePagamento>A</CausalePagamento></DatiRitenuta>"
	x := strings.Replace(credit, "<Numero>NC 3/24</Numero>", "<Numero>NC 3/24</Numero>"+fmt.Sprintf(ritenuta, "200.00")+
		fmt.Sprintf(ritenuta, "0.55"), 1)
	x = strings.Replace(x, "</DatiFattureCollegate>", "</DatiFattureCollegate><DatiFattureCollegate><IdDocumento> FPA 12/24 "+
		"</IdDocumento><Data>2024-03-15</Data></DatiFattureCollegate><DatiFattureCollegate><IdDocumento>FPA 14/24</IdDocumento>"+
		"</DatiFattureCollegate><DatiFattureCollegate><IdDocumento/><CodiceCUP>H51B22000150006</CodiceCUP></DatiFattureCollegate>", 1)
	f, err := Parse([]byte(x))
	if err != nil {
		t.Fatal(err)
	}
	inv := f.Invoices[0]
	if inv.WithholdingCents != 20055 {
		t.Errorf("withholding %d, want 20055", inv.WithholdingCents)
	}
	want := []LinkedInvoice{linked("FPA 12/24", "2024-03-15"), linked("FPA 14/24", "")}
	if fmt.Sprint(inv.Linked) != fmt.Sprint(want) || *inv.Linked[0].Date != civil.New(2024, 3, 15) {
		t.Errorf("linked %+v, want %+v", inv.Linked, want)
	}
	_, err = Parse([]byte(strings.Replace(credit, "<Data>2024-03-15</Data>", "<Data>15/03/2024</Data>", 1)))
	assertInvalid(t, err, "fatturapa.date", "data della fattura collegata «15/03/2024»")
}

func TestClassOf(t *testing.T) {
	for _, tc := range []struct {
		types  []string
		class  Class
		reason string
	}{
		{[]string{"TD01", "TD02", "TD03", "TD05", "TD06", "TD24", "TD25"}, Charge, ""},
		{[]string{"TD04"}, CreditNote, ""},
		{[]string{"TD16", "TD17", "TD18", "TD19", "TD20", "TD22", "TD23", "TD28", "TD29"}, Unsupported, "integrare o regolarizzare l'IVA"},
		{[]string{"TD21", "TD26", "TD27"}, Unsupported, "operazioni del cedente"},
		{[]string{"TD07", "TD08", "TD09"}, Unsupported, "formato semplificato"},
		{[]string{"TD10", "TD99", "FATTURA", ""}, Unsupported, "non è tra quelli della specifica"},
	} {
		for _, ty := range tc.types {
			if got := ClassOf(ty); got != tc.class {
				t.Errorf("ClassOf(%q) = %v, want %v", ty, got, tc.class)
			}
			reason := UnsupportedReason(ty)
			if (tc.reason == "") != (reason == "") || !strings.Contains(reason, tc.reason) {
				t.Errorf("UnsupportedReason(%q) = %q, want it to say %q", ty, reason, tc.reason)
			}
			if tc.class != Unsupported && DocumentTypeName(ty) == "" {
				t.Errorf("%s has no name", ty)
			}
		}
	}
}
