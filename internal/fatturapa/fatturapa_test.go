package fatturapa

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func datePtr(s string) *civil.Date {
	d := civil.MustParse(s)
	return &d
}

// singleWant is the content of testdata/fpa12_single.xml.
func singleWant() *File {
	return &File{
		Version: "FPA12",
		Supplier: Party{Country: "IT", VATID: "01879020517", CodiceFiscale: "01879020517",
			Name: "Studio Tecnico Rossi & Associati S.r.l."},
		Buyer:           Party{CodiceFiscale: "80002010514", Name: "Comune di Castiglion Fiorentino"},
		BuyerOfficeCode: "UFHG7L",
		Invoices: []Invoice{{
			Index:        1,
			DocumentType: "TD01",
			Currency:     "EUR",
			Date:         civil.MustParse("2024-03-15"),
			Number:       "FPA 12/24",
			TotalCents:   1232200,
			HasTotal:     true,
			TaxableCents: 1012200,
			VATCents:     220000,
			SplitPayment: true,
			CIGs:         []string{"9A1B2C3D4E"},
			CUPs:         []string{"H51B22000150006"},
			DueOn:        datePtr("2024-04-14"),
			PaymentCents: 1012200,
			Lines: []Line{
				{Number: 1, Description: "Progettazione esecutiva impianti - SAL 1 (30%)", Quantity: "1.00000000",
					UnitPrice: "9600.00000000", TotalPrice: "9600.00000000", VATRate: "22.00"},
				{Number: 2, Description: "Contributo integrativo Inarcassa 4%",
					UnitPrice: "400.00", TotalPrice: "400.00", VATRate: "22.00"},
			},
		}},
	}
}

func TestParse(t *testing.T) {
	multi := &File{
		Version:         "FPR12",
		Supplier:        Party{Country: "IT", VATID: "02345678901", Name: "Cooperativa Sociale Il Ponte"},
		Buyer:           Party{CodiceFiscale: "BNCMRA80A41D612X", Name: "Maria Bianchi"},
		BuyerOfficeCode: "M5UXCR1",
		Invoices: []Invoice{
			{
				Index: 1, DocumentType: "TD01", Currency: "EUR", Date: civil.MustParse("2024-01-31"), Number: "1/A",
				TotalCents: 177000, TaxableCents: 150000, VATCents: 27000,
				CIGs:   []string{"ZB12345678", "9F8E7D6C5B", "Z0A1B2C3D4"},
				CUPs:   []string{"E31H23000010001", "J19I22000340002"},
				Linked: []LinkedInvoice{{Number: "45/2023"}},
				DueOn:  datePtr("2024-02-29"), PaymentCents: 177000,
				Lines: []Line{
					{Number: 1, Description: "Servizio di assistenza educativa - gennaio", Quantity: "40.00",
						UnitPrice: "25.00", TotalPrice: "1000.00", VATRate: "22.00"},
					{Number: 2, Description: "Materiale didattico", Quantity: "4",
						UnitPrice: "125.12345678", TotalPrice: "500.00", VATRate: "10.00"},
				},
			},
			{
				Index: 2, DocumentType: "TD01", Currency: "EUR", Date: civil.MustParse("2024-02-15"), Number: "2/A",
				TotalCents: 61000, HasTotal: true, TaxableCents: 50000, VATCents: 11000,
				Lines: []Line{{Number: 1, Description: "Servizio di assistenza educativa - febbraio",
					UnitPrice: "500.00", TotalPrice: "500.00", VATRate: "22.00"}},
			},
			{
				Index: 3, DocumentType: "TD24", Currency: "EUR", Date: civil.MustParse("2024-02-29"), Number: "3/A",
				TotalCents: 21000, TaxableCents: 20000, VATCents: 1000,
				Lines: []Line{{Number: 1, Description: "Trasporto disabili (DDT 17 e 18)", Quantity: "2.5",
					UnitPrice: "80", TotalPrice: "200.00", VATRate: "5.00"}},
			},
		},
	}
	credit := &File{
		Version:  "FPA12",
		Supplier: Party{Country: "IT", VATID: "01879020517", Name: "Studio Tecnico Rossi & Associati S.r.l."},
		Buyer: Party{Country: "IT", VATID: "00276430516", CodiceFiscale: "80002010514",
			Name: "Comune di Castiglion Fiorentino"},
		BuyerOfficeCode: "UFHG7L",
		Invoices: []Invoice{{
			Index: 1, DocumentType: "TD04", Currency: "EUR", Date: civil.MustParse("2024-04-02"), Number: "NC 3/24",
			TotalCents: -122000, HasTotal: true, TaxableCents: -100000, VATCents: -22000, SplitPayment: true,
			CIGs: []string{"9A1B2C3D4E"}, CUPs: []string{"H51B22000150006"},
			Linked:       []LinkedInvoice{{Number: "FPA 12/24", Date: datePtr("2024-03-15")}},
			PaymentCents: -100000,
			Lines: []Line{{Number: 1, Description: "Storno parziale SAL 1", Quantity: "1.00",
				UnitPrice: "-1000.00", TotalPrice: "-1000.00", VATRate: "22.00"}},
		}},
	}
	for _, tc := range []struct {
		name, file string
		want       *File
	}{
		{"fpa12 single body with p prefix and split payment", "fpa12_single.xml", singleWant()},
		{"fpa12 single body with ns2 prefix on one line", "fpa12_ns2.xml", singleWant()},
		{"fpr12 multi body with CIG and CUP from every block", "fpr12_multi.xml", multi},
		{"fpa12 credit note with negative amounts", "fpa12_credit_note.xml", credit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(readTestdata(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			assertFile(t, got, tc.want)
		})
	}
}

func assertFile(t *testing.T, got, want *File) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	if !reflect.DeepEqual(got.Supplier, want.Supplier) || !reflect.DeepEqual(got.Buyer, want.Buyer) ||
		got.Version != want.Version || got.Signed != want.Signed || got.BuyerOfficeCode != want.BuyerOfficeCode {
		t.Errorf("header:\n got %s %v %+v %+v %q\nwant %s %v %+v %+v %q", got.Version, got.Signed, got.Supplier, got.Buyer,
			got.BuyerOfficeCode, want.Version, want.Signed, want.Supplier, want.Buyer, want.BuyerOfficeCode)
	}
	if len(got.Invoices) != len(want.Invoices) {
		t.Fatalf("got %d invoices, want %d", len(got.Invoices), len(want.Invoices))
	}
	for i := range got.Invoices {
		g, w := got.Invoices[i], want.Invoices[i]
		if (g.DueOn == nil) != (w.DueOn == nil) || (g.DueOn != nil && *g.DueOn != *w.DueOn) {
			t.Errorf("invoice %d: DueOn %v, want %v", i+1, g.DueOn, w.DueOn)
		}
		g.DueOn, w.DueOn = nil, nil
		if !reflect.DeepEqual(g, w) {
			t.Errorf("invoice %d:\n got %+v\nwant %+v", i+1, g, w)
		}
	}
}

func TestParseVariants(t *testing.T) {
	single := readTestdata(t, "fpa12_single.xml")
	for _, tc := range []struct {
		name  string
		input []byte
		check func(t *testing.T, f *File)
	}{
		{"byte order mark and leading white space", append([]byte("\xef\xbb\xbf \r\n"), single...),
			func(t *testing.T, f *File) { assertFile(t, f, singleWant()) }},
		{"default namespace without prefix", []byte(strings.NewReplacer("p:FatturaElettronica", "FatturaElettronica",
			"xmlns:p=", "xmlns=").Replace(string(single))),
			func(t *testing.T, f *File) { assertFile(t, f, singleWant()) }},
		{"lower-case version", bytes.Replace(single, []byte(`versione="FPA12"`), []byte(`versione="fpa12"`), 1),
			func(t *testing.T, f *File) { assertFile(t, f, singleWant()) }},
		{"ISO-8859-1 encoding", latin1File(t, single, "ISO-8859-1", "Societ\xe0 Cooperativa Citt\xe0 Sociale"),
			func(t *testing.T, f *File) {
				if f.Supplier.Name != "Società Cooperativa Città Sociale" {
					t.Errorf("name %q", f.Supplier.Name)
				}
			}},
		{"windows-1252 encoding", latin1File(t, single, "windows-1252", "Forniture \x80 \x93Bianchi\x94"),
			func(t *testing.T, f *File) {
				if f.Supplier.Name != "Forniture € “Bianchi”" {
					t.Errorf("name %q", f.Supplier.Name)
				}
			}},
		{"ISO-8859-15 encoding", latin1File(t, single, "iso-8859-15", "Forniture \xa4"),
			func(t *testing.T, f *File) {
				if f.Supplier.Name != "Forniture €" {
					t.Errorf("name %q", f.Supplier.Name)
				}
			}},
		{"person name and VAT code with country prefix", []byte(strings.NewReplacer(
			"<Denominazione>Studio Tecnico Rossi &amp; Associati S.r.l.</Denominazione>",
			"<Nome> Mario </Nome><Cognome>Rossi</Cognome>",
			"<IdCodice>01879020517</IdCodice>\n        </IdFiscaleIVA>",
			"<IdCodice>it01879020517</IdCodice>\n        </IdFiscaleIVA>").Replace(string(single))),
			func(t *testing.T, f *File) {
				if f.Supplier.Name != "Mario Rossi" || f.Supplier.VATID != "01879020517" {
					t.Errorf("supplier %+v", f.Supplier)
				}
			}},
		{"foreign VAT code keeps its letters", []byte(strings.Replace(string(single),
			"<IdPaese>IT</IdPaese>\n          <IdCodice>01879020517</IdCodice>",
			"<IdPaese>AT</IdPaese>\n          <IdCodice>ATU12345678</IdCodice>", 1)),
			func(t *testing.T, f *File) {
				if f.Supplier.Country != "AT" || f.Supplier.VATID != "ATU12345678" {
					t.Errorf("supplier %+v", f.Supplier)
				}
			}},
		{"missing currency defaults to EUR", []byte(strings.Replace(string(single), "<Divisa>EUR</Divisa>", "", 1)),
			func(t *testing.T, f *File) {
				if f.Invoices[0].Currency != "EUR" {
					t.Errorf("currency %q", f.Invoices[0].Currency)
				}
			}},
		{"no split payment", []byte(strings.Replace(string(single), "<EsigibilitaIVA>S</EsigibilitaIVA>",
			"<EsigibilitaIVA>I</EsigibilitaIVA>", 1)),
			func(t *testing.T, f *File) {
				if f.Invoices[0].SplitPayment {
					t.Error("split payment")
				}
			}},
		{"amounts without decimals or with zero extra decimals", []byte(strings.NewReplacer(
			"<ImportoTotaleDocumento>12322.00<", "<ImportoTotaleDocumento>12322<",
			"<Imposta>2200.00<", "<Imposta>2200.0<",
			"<ImponibileImporto>10000.00<", "<ImponibileImporto> 10000.00000000 <").Replace(string(single))),
			func(t *testing.T, f *File) {
				inv := f.Invoices[0]
				if inv.TotalCents != 1232200 || inv.VATCents != 220000 || inv.TaxableCents != 1012200 {
					t.Errorf("amounts %+v", inv)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.input)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, f)
		})
	}
}

// latin1File declares encoding in single and replaces the supplier name with
// the raw bytes of name.
func latin1File(t *testing.T, single []byte, encoding, name string) []byte {
	t.Helper()
	s := strings.Replace(string(single), `encoding="UTF-8"`, `encoding="`+encoding+`"`, 1)
	s = strings.Replace(s, "Studio Tecnico Rossi &amp; Associati S.r.l.", name, 1)
	return []byte(s)
}

func TestParseErrors(t *testing.T) {
	single := string(readTestdata(t, "fpa12_single.xml"))
	multi := string(readTestdata(t, "fpr12_multi.xml"))
	repl := func(s string, pairs ...string) []byte { return []byte(strings.NewReplacer(pairs...).Replace(s)) }
	deep := "<p:FatturaElettronica versione=\"FPA12\" xmlns:p=\"x\">" + strings.Repeat("<a>", 100) +
		strings.Repeat("</a>", 100) + "</p:FatturaElettronica>"
	for _, tc := range []struct {
		name  string
		input []byte
		rule  string
		msg   string // a substring of the message
	}{
		{"empty file", nil, "fatturapa.empty", "Il file è vuoto."},
		{"only white space", []byte(" \n\t"), "fatturapa.empty", "Il file è vuoto."},
		{"too large", bytes.Repeat([]byte(" "), MaxSize+1), "fatturapa.size", "troppo grande"},
		{"not a FatturaElettronica root", []byte(`<?xml version="1.0"?><html><body/></html>`), "fatturapa.xml",
			"Il file non è una fattura elettronica FatturaPA."},
		{"no root element", []byte(`<?xml version="1.0"?><!-- nothing -->`), "fatturapa.xml",
			"Il file non è una fattura elettronica FatturaPA."},
		{"truncated XML", []byte(single[:len(single)/2]), "fatturapa.xml", "Il file XML non è valido: errore alla riga"},
		{"mismatched tags", repl(single, "</Numero>", "</Numer>"), "fatturapa.xml", "riga 66 (element <Numero> closed by </Numer>)"},
		{"undefined entity", repl(single, "&amp;", "&nbsp;"), "fatturapa.xml", "riga 24"},
		{"deep nesting", []byte(deep), "fatturapa.xml", "annidati oltre 64 livelli"},
		{"unsupported encoding", repl(single, `encoding="UTF-8"`, `encoding="EBCDIC-IT"`), "fatturapa.encoding",
			"«EBCDIC-IT»"},
		{"invalid UTF-8", repl(single, "Associati", "Associat\xe0"), "fatturapa.encoding", "alla riga 24 ci sono caratteri che non sono UTF-8"},
		{"missing version", repl(single, ` versione="FPA12"`, ""), "fatturapa.version", "attributo versione"},
		{"unknown version", repl(single, `versione="FPA12"`, `versione="FSM10"`), "fatturapa.version", "«FSM10»"},
		{"supplier without IdFiscaleIVA", repl(single, "<IdFiscaleIVA>", "<Altro>", "</IdFiscaleIVA>", "</Altro>"),
			"fatturapa.supplier", "partita IVA del cedente/prestatore"},
		{"supplier without IdCodice", repl(single, "<IdCodice>01879020517</IdCodice>\n        </IdFiscaleIVA>",
			"</IdFiscaleIVA>"), "fatturapa.supplier", "IdFiscaleIVA"},
		{"no body", []byte(single[:strings.Index(single, "<FatturaElettronicaBody>")] + "</p:FatturaElettronica>"),
			"fatturapa.empty", "nessuna fattura"},
		{"invalid month in body 2", repl(multi, "<Data>2024-02-15</Data>", "<Data>2024-13-01</Data>"),
			"fatturapa.date", "Fattura 2 del file: la data del documento «2024-13-01» (Data) non è valida"},
		{"29 February of a common year", repl(single, "<Data>2024-03-15</Data>", "<Data>2023-02-29</Data>"),
			"fatturapa.date", "Fattura 1 del file: la data del documento «2023-02-29» (Data) non è valida"},
		{"Italian date notation", repl(single, "<Data>2024-03-15</Data>", "<Data>15/03/2024</Data>"),
			"fatturapa.date", "«15/03/2024»"},
		{"missing date in body 3", repl(multi, "<Data>2024-02-29</Data>", ""),
			"fatturapa.date", "Fattura 3 del file: manca la data del documento (Data)."},
		{"invalid due date", repl(single, "2024-04-14", "2024-04-31"), "fatturapa.date",
			"Fattura 1 del file: la data di scadenza del pagamento «2024-04-31» (DataScadenzaPagamento) non è valida"},
		{"invalid second due date", repl(multi, "2024-03-31", "2024-03-32"), "fatturapa.date",
			"Fattura 1 del file: la data di scadenza del pagamento «2024-03-32»"},
		{"missing number", repl(single, "<Numero>FPA 12/24</Numero>", "<Numero> </Numero>"), "fatturapa.number",
			"Fattura 1 del file: manca il numero del documento (Numero)."},
		{"number too long", repl(single, "FPA 12/24", strings.Repeat("9", 51)), "fatturapa.number", "troppo lungo"},
		{"missing document type in body 2", repl(multi, "<TipoDocumento>TD01</TipoDocumento>\n        <Divisa>EUR</Divisa>\n        <Data>2024-02-15",
			"<Divisa>EUR</Divisa>\n        <Data>2024-02-15"), "fatturapa.document_type", "Fattura 2 del file: manca il tipo di documento"},
		{"decimal comma in total", repl(single, "12322.00", "12322,00"), "fatturapa.amount",
			"Fattura 1 del file: l'importo «12322,00» (ImportoTotaleDocumento) non è valido"},
		{"three significant decimals", repl(single, "<Imposta>2200.00<", "<Imposta>2200.005<"), "fatturapa.amount",
			"«2200.005» (Imposta)"},
		{"thousands separator", repl(single, "<ImportoPagamento>10122.00<", "<ImportoPagamento>10,122.00<"),
			"fatturapa.amount", "(ImportoPagamento)"},
		{"plus sign", repl(single, "<ImponibileImporto>122.00<", "<ImponibileImporto>+122.00<"), "fatturapa.amount",
			"(ImponibileImporto)"},
		{"amount out of range", repl(single, "12322.00", "92233720368547758.08"), "fatturapa.amount",
			"è troppo grande"},
		{"sum out of range", repl(single, "<Imposta>2200.00<", "<Imposta>92233720368547758.07<", "<Imposta>0.00<",
			"<Imposta>1.00<"), "fatturapa.amount", "la somma degli importi Imposta è troppo grande"},
		{"computed total out of range", repl(multi, "<Imposta>10.00<", "<Imposta>92233720368547758.07<"),
			"fatturapa.amount", "Fattura 3 del file: il totale di imponibile e imposta è troppo grande"},
		{"unit price with 9 decimals", repl(single, "9600.00000000</PrezzoUnitario>", "9600.000000001</PrezzoUnitario>"),
			"fatturapa.line", "Fattura 1 del file, riga di dettaglio 1: il prezzo unitario «9600.000000001» (PrezzoUnitario) non è valido"},
		{"total price not a number", repl(single, "<PrezzoTotale>400.00<", "<PrezzoTotale>n/a<"), "fatturapa.line",
			"riga di dettaglio 2: il prezzo totale «n/a»"},
		{"missing total price", repl(single, "<PrezzoTotale>400.00</PrezzoTotale>", ""), "fatturapa.line",
			"riga di dettaglio 2: manca il prezzo totale (PrezzoTotale)."},
		{"quantity with comma", repl(single, "<Quantita>1.00000000<", "<Quantita>1,5<"), "fatturapa.line",
			"la quantità «1,5» (Quantita) non è valida"},
		{"bad line number", repl(single, "<NumeroLinea>2<", "<NumeroLinea>due<"), "fatturapa.line",
			"il numero di linea «due»"},
		{"a PDF, not XML nor p7m", []byte("%PDF-1.7 not an invoice"), "fatturapa.format", "È un PDF"},
		{"a ZIP", []byte("PK\x03\x04\x14\x00 archive"), "fatturapa.format", "ZIP"},
		{"binary, not XML nor p7m", []byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a}, "fatturapa.format", "né un file firmato .p7m"},
		{"base64 of garbage", []byte("SGVsbG8sIHdvcmxkIQ=="), "fatturapa.p7m", "Il file firmato .p7m non è leggibile."},
		{"truncated DER", []byte{0x30, 0x82, 0x10, 0x00, 0x06}, "fatturapa.p7m", ".p7m"},
		{"BER nesting bomb", append(bytes.Repeat([]byte{0x30, 0x80}, 1<<20), make([]byte, 2<<20)...),
			"fatturapa.p7m", ".p7m"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.input)
			if err == nil {
				t.Fatalf("no error, got %+v", f)
			}
			e, ok := apperr.As(err)
			if !ok {
				t.Fatalf("error %T %v is not an *apperr.Error", err, err)
			}
			if e.Code != apperr.Invalid || e.Rule != tc.rule || !strings.Contains(e.Message, tc.msg) {
				t.Errorf("got %s %s %q,\nwant INVALID %s containing %q", e.Code, e.Rule, e.Message, tc.rule, tc.msg)
			}
		})
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	handmade := &File{
		Version:         VersionPA,
		Supplier:        Party{Country: "IT", VATID: "01879020517", CodiceFiscale: "RSSMRA70A01H501S", Name: "Mario <Rossi> & \"figli\""},
		Buyer:           Party{CodiceFiscale: "80002010514", Name: "Comune di Esempio"},
		BuyerOfficeCode: "UFQKV2",
		Invoices: []Invoice{
			{
				Index: 1, DocumentType: "TD01", Currency: "EUR", Date: civil.MustParse("2025-12-31"), Number: "2025/PA/001",
				TotalCents: 1220201, HasTotal: true, TaxableCents: 1000001, VATCents: 220000, SplitPayment: true,
				StampDeclaredCents: 200, StampCents: 200, StampInSummary: true, WithholdingCents: 150000,
				CIGs: []string{"9A1B2C3D4E", "ZB12345678", "Z0A1B2C3D4"}, CUPs: []string{"H51B22000150006"},
				Linked: []LinkedInvoice{{Number: "2025/PA/000", Date: datePtr("2025-11-30")}, {Number: "ordine 7"}},
				DueOn:  datePtr("2026-01-30"), PaymentCents: 1000001,
				Lines: []Line{
					{Number: 1, Description: "Riga\ncon a capo e\ttab", Quantity: "3.12345678", UnitPrice: "0.5",
						TotalPrice: "1.56", VATRate: "22.00"},
					{Number: 2, Description: "", UnitPrice: "-10", TotalPrice: "-10", VATRate: "0.00", Nature: "N2.2"},
					{Number: 3, Description: "Senza aliquota", UnitPrice: "1", TotalPrice: "1"},
					{Number: 4, Description: "Imposta di bollo", UnitPrice: "2.00", TotalPrice: "2.00", VATRate: "0.00",
						Nature: "N1"},
				},
			},
			{
				Index: 2, DocumentType: "TD04", Currency: "USD", Date: civil.MustParse("2026-01-02"), Number: "NC1",
				TotalCents: -1, HasTotal: true, TaxableCents: 0, VATCents: -1, PaymentCents: -99,
				StampDeclaredCents: 200, // borne by the supplier: the total leaves no room for it
			},
			{
				Index: 3, DocumentType: "TD01", Currency: "EUR", Date: civil.MustParse("2026-01-03"), Number: "X",
				TotalCents: 5, TaxableCents: 5, CUPs: []string{"A", "B"}, DueOn: datePtr("2026-02-01"),
			},
			{
				Index: 4, DocumentType: "TD01", Currency: "EUR", Date: civil.MustParse("2026-01-04"), Number: "Y",
				TotalCents: math.MaxInt64, HasTotal: true, TaxableCents: math.MaxInt64 - 1, VATCents: -math.MaxInt64,
			},
		},
	}
	cases := []struct {
		name string
		f    *File
	}{{"handmade FPA12 with every field", handmade}}
	private := *handmade
	private.Version, private.BuyerOfficeCode = VersionPrivate, "M5UXCR1"
	cases = append(cases, struct {
		name string
		f    *File
	}{"handmade FPR12", &private})
	for _, name := range []string{"fpa12_single.xml", "fpa12_ns2.xml", "fpr12_multi.xml", "fpa12_credit_note.xml"} {
		f, err := Parse(readTestdata(t, name))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			name string
			f    *File
		}{"testdata " + name, f})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Encode(tc.f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(out)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			assertFile(t, got, tc.f)
			s := string(out)
			for _, want := range []string{
				`<p:FatturaElettronica xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="` + Namespace + `"`,
				`versione="` + tc.f.Version + `"`,
				"<FormatoTrasmissione>" + tc.f.Version + "</FormatoTrasmissione>",
			} {
				if !strings.Contains(s, want) {
					t.Errorf("output lacks %s", want)
				}
			}
			dest := s[strings.Index(s, "<CodiceDestinatario>")+len("<CodiceDestinatario>"):]
			dest = dest[:strings.Index(dest, "<")]
			if wantLen := map[string]int{VersionPA: 6, VersionPrivate: 7}[tc.f.Version]; len(dest) != wantLen {
				t.Errorf("CodiceDestinatario %q, want %d characters", dest, wantLen)
			}
		})
	}
}

func TestEncodeRates(t *testing.T) {
	out, err := Encode(singleWant())
	if err != nil {
		t.Fatal(err)
	}
	// 220000 / 1012200 = 21.73%.
	for _, want := range []string{"<AliquotaIVA>21.73</AliquotaIVA>", "<ImponibileImporto>10122.00</ImponibileImporto>",
		"<Imposta>2200.00</Imposta>", "<EsigibilitaIVA>S</EsigibilitaIVA>", "<CodiceCIG>9A1B2C3D4E</CodiceCIG>",
		"<ImportoTotaleDocumento>12322.00</ImportoTotaleDocumento>", "<IdDocumento>1</IdDocumento>",
		"<DataScadenzaPagamento>2024-04-14</DataScadenzaPagamento>", "<ImportoPagamento>10122.00</ImportoPagamento>",
		"Studio Tecnico Rossi &amp; Associati S.r.l."} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("output lacks %s", want)
		}
	}
	for _, tc := range []struct{ taxable, vat, want int64 }{
		{10000, 2200, 2200}, {10000, 1000, 1000}, {3, 1, 3333}, {0, 0, 0}, {0, 5, 2200},
		{-10000, -400, 400}, {1, math.MaxInt64, 10000}, {math.MaxInt64, math.MaxInt64 / 100 * 22, 2200},
	} {
		if got := vatRate(tc.taxable, tc.vat); got != tc.want {
			t.Errorf("vatRate(%d, %d) = %d, want %d", tc.taxable, tc.vat, got, tc.want)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	noVAT := singleWant()
	noVAT.Supplier.VATID = ""
	noInvoices := singleWant()
	noInvoices.Invoices = nil
	badDate := singleWant()
	badDate.Invoices[0].Date = civil.Date{Year: 2024, Month: 2, Day: 30}
	badPrice := singleWant()
	badPrice.Invoices[0].Lines[0].UnitPrice = "1,5"
	for _, tc := range []struct {
		name string
		f    *File
		rule string
	}{
		{"nil file", nil, "fatturapa.empty"},
		{"no version", &File{}, "fatturapa.version"},
		{"supplier without VAT ID", noVAT, "fatturapa.supplier"},
		{"no invoices", noInvoices, "fatturapa.empty"},
		{"invalid date", badDate, "fatturapa.date"},
		{"invalid price", badPrice, "fatturapa.line"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Encode(tc.f)
			var e *apperr.Error
			if !errors.As(err, &e) || e.Rule != tc.rule {
				t.Errorf("got %v, want rule %s", err, tc.rule)
			}
		})
	}
}

func TestParseCents(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		err  error
	}{
		{"0", 0, nil}, {"0.00", 0, nil}, {"-0.00", 0, nil}, {"1", 100, nil}, {"1.5", 150, nil}, {"1.05", 105, nil},
		{"1234.56", 123456, nil}, {"-1234.56", -123456, nil}, {"007.10", 710, nil}, {"1.50000000", 150, nil},
		{"92233720368547758.07", math.MaxInt64, nil}, {"-92233720368547758.07", -math.MaxInt64, nil},
		{"92233720368547758.08", 0, errOverflow}, {"-92233720368547758.08", 0, errOverflow},
		{"1e3", 0, errFormat}, {"", 0, errFormat}, {"-", 0, errFormat}, {".5", 0, errFormat}, {"5.", 0, errFormat},
		{"1.001", 0, errFormat}, {"--1", 0, errFormat}, {"1.2.3", 0, errFormat}, {" 1", 0, errFormat},
		{"١", 0, errFormat}, {"+1", 0, errFormat},
	} {
		got, err := parseCents(tc.in)
		if got != tc.want || err != tc.err {
			t.Errorf("parseCents(%q) = %d, %v; want %d, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	for _, tc := range []struct {
		in   int64
		want string
	}{
		{0, "0.00"}, {5, "0.05"}, {-5, "-0.05"}, {123456, "1234.56"}, {-100, "-1.00"},
		{math.MaxInt64, "92233720368547758.07"}, {math.MinInt64, "-92233720368547758.08"},
	} {
		if got := formatCents(tc.in); got != tc.want {
			t.Errorf("formatCents(%d) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
