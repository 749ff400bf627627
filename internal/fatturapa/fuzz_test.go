package fatturapa

import (
	"encoding/base64"
	"flag"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades/cadestest"
)

// FuzzParse checks that Parse never panics, that what it accepts is
// consistent, and that Encode writes back everything it extracted.
func FuzzParse(f *testing.F) {
	// The seeds are files of 2–15 KB, and the fuzzer minimizes every new
	// interesting input for 60 s by default: a short run would be spent
	// minimizing. Unless -fuzzminimizetime is given, minimize briefly.
	if mt := flag.Lookup("test.fuzzminimizetime"); mt != nil && !flagSet(mt.Name) {
		if err := mt.Value.Set("2s"); err != nil {
			f.Fatal(err)
		}
	}
	f.Add([]byte(minimalInvoice))
	f.Add([]byte(`<FatturaElettronica versione="FPA12"><FatturaElettronicaHeader><CedentePrestatore><DatiAnagrafici>` +
		`<IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>IT1</IdCodice></IdFiscaleIVA><Anagrafica><Nome>A</Nome>` +
		`<Cognome>B</Cognome></Anagrafica></DatiAnagrafici></CedentePrestatore></FatturaElettronicaHeader>` +
		`<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD04</TipoDocumento>` +
		`<Data>2024-02-29</Data><Numero>1</Numero><ImportoTotaleDocumento>-1.5</ImportoTotaleDocumento>` +
		`</DatiGeneraliDocumento><DatiContratto><CodiceCIG>z1</CodiceCIG><CodiceCUP>c</CodiceCUP></DatiContratto>` +
		`</DatiGenerali><DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>x</Descrizione>` +
		`<Quantita>1.5</Quantita><PrezzoUnitario>-1</PrezzoUnitario><PrezzoTotale>-1.50</PrezzoTotale>` +
		`<AliquotaIVA>0.00</AliquotaIVA></DettaglioLinee><DatiRiepilogo><ImponibileImporto>-1.5</ImponibileImporto>` +
		`<Imposta>0</Imposta><EsigibilitaIVA>S</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento>` +
		`<DettaglioPagamento><DataScadenzaPagamento>2024-03-31</DataScadenzaPagamento>` +
		`<ImportoPagamento>-1.5</ImportoPagamento></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>` +
		`</FatturaElettronica>`))
	for _, name := range []string{"fpa12_single.xml", "fpa12_ns2.xml", "fpr12_multi.xml", "fpa12_credit_note.xml"} {
		xml := readTestdata(f, name)
		der := cadestest.Sign(f, xml)
		f.Add(xml)
		f.Add(der)
		f.Add([]byte(base64.StdEncoding.EncodeToString(der)))
	}
	// The real files, as they are.
	real, err := filepath.Glob(filepath.Join("testdata", "*", "*.xml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range real {
		f.Add(readTestdata(f, strings.TrimPrefix(name, "testdata"+string(filepath.Separator))))
	}
	f.Fuzz(checkParse)
}

// checkParse parses data and checks the invariants of what Parse accepts.
func checkParse(t *testing.T, data []byte) {
	file, err := Parse(data)
	if err != nil {
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.Invalid || e.Rule == "" || e.Message == "" {
			t.Fatalf("unexpected error %T %v", err, err)
		}
		return
	}
	if len(file.Invoices) == 0 {
		t.Fatal("no invoices")
	}
	for i, inv := range file.Invoices {
		if inv.Index != i+1 {
			t.Errorf("invoice %d has index %d", i+1, inv.Index)
		}
		if !inv.Date.Valid() {
			t.Errorf("invoice %d: invalid date %v", i+1, inv.Date)
		}
		if inv.Number == "" {
			t.Errorf("invoice %d: empty number", i+1)
		}
		if !inv.HasTotal && inv.TaxableCents+inv.VATCents+inv.StampCents != inv.TotalCents {
			t.Errorf("invoice %d: %d + %d + %d != %d", i+1, inv.TaxableCents, inv.VATCents, inv.StampCents, inv.TotalCents)
		}
		if inv.StampCents < 0 || (inv.StampInSummary && inv.StampCents == 0) {
			t.Errorf("invoice %d: stamp duty %d (in the summary: %v)", i+1, inv.StampCents, inv.StampInSummary)
		}
		if !isCurrency(inv.Currency) {
			t.Errorf("invoice %d: currency %q", i+1, inv.Currency)
		}
		for _, l := range inv.Linked {
			if l.Number == "" || (l.Date != nil && !l.Date.Valid()) {
				t.Errorf("invoice %d: linked invoice %+v", i+1, l)
			}
		}
		if inv.DueOn != nil && !inv.DueOn.Valid() {
			t.Errorf("invoice %d: invalid due date %v", i+1, *inv.DueOn)
		}
	}
	out, err := Encode(file)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatalf("Parse(Encode): %v\n%s", err, out)
	}
	again.Signed = file.Signed
	// What Encode documents it fills in: the placeholder office code and
	// the Natura of zero-rate lines.
	want := *file
	want.BuyerOfficeCode = OfficeCodeOrPlaceholder(file.Version, file.BuyerOfficeCode)
	want.Invoices = make([]Invoice, len(file.Invoices))
	for i, inv := range file.Invoices {
		inv.Lines = append([]Line(nil), inv.Lines...)
		for j, l := range inv.Lines {
			if l.Nature == "" && l.VATRate != "" && isZero(l.VATRate) {
				inv.Lines[j].Nature = "N2.2"
			}
		}
		want.Invoices[i] = inv
	}
	file = &want
	if !reflect.DeepEqual(again, file) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", again, file)
	}
}

// FuzzFields puts fuzzed text, unescaped, in the fields of a valid invoice,
// which byte mutations of whole files rarely reach, and checks the
// invariants of FuzzParse.
func FuzzFields(f *testing.F) {
	f.Add("Rossi &amp; C.", "IT", "IT01234567890", "1/2024", "TD01", "2024-01-31", "1234.56", "-0.5", "zb12345678",
		"Riga\n", "1.12345678", "22.00", "S", "2024-02-29",
		"EUR", "2.00", "100.00", "FPA 1/24", "2024-01-01+01:00", "N1", "UFQKV2")
	f.Add("<![CDATA[a<b]]>", "it", "0123", "  7 ", "td04", "2024-02-29", "-1", "10.0000", " ",
		"&amp;&#x9;&#xD;", "-1", "", "s", "",
		"gbp", "", "-1", " ", "2024-02-29Z", "n2.2", "0000000")
	f.Add("Bollo", "IT", "01234567890", "3", "TD06", "2024-03-01Z", "1.00", "1.00", "",
		"Imposta di bollo", "1.00", "0.00", "I", "2024-03-31-05:00",
		"EUR", "1.00", "", "3", "", "N1", "")
	f.Fuzz(func(t *testing.T, name, country, vat, number, docType, date, total, taxable, cig,
		desc, price, rate, split, due, currency, stamp, withholding, linked, linkedDate, nature, office string) {
		checkParse(t, fieldsXML(name, country, vat, number, docType, date, total, taxable, cig, desc, price, rate,
			split, due, currency, stamp, withholding, linked, linkedDate, nature, office))
	})
}

// fieldsXML is the invoice of FuzzFields.
func fieldsXML(name, country, vat, number, docType, date, total, taxable, cig, desc, price, rate, split,
	due, currency, stamp, withholding, linked, linkedDate, nature, office string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPA12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
<FatturaElettronicaHeader><DatiTrasmissione><CodiceDestinatario>` + office + `</CodiceDestinatario></DatiTrasmissione>
<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>` + country + `</IdPaese>
<IdCodice>` + vat + `</IdCodice></IdFiscaleIVA><CodiceFiscale>` + vat + `</CodiceFiscale><Anagrafica><Denominazione>` + name +
		`</Denominazione></Anagrafica></DatiAnagrafici></CedentePrestatore><CessionarioCommittente><DatiAnagrafici>
<Anagrafica><Nome>` + name + `</Nome><Cognome>` + desc + `</Cognome></Anagrafica></DatiAnagrafici></CessionarioCommittente>
</FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>` + docType +
		`</TipoDocumento><Divisa>` + currency + `</Divisa><Data>` + date + `</Data><Numero>` + number + `</Numero>
<DatiRitenuta><ImportoRitenuta>` + withholding + `</ImportoRitenuta></DatiRitenuta>
<DatiRitenuta><ImportoRitenuta>` + stamp + `</ImportoRitenuta></DatiRitenuta>
<DatiBollo><BolloVirtuale>SI</BolloVirtuale><ImportoBollo>` + stamp + `</ImportoBollo></DatiBollo>
<ImportoTotaleDocumento>` + total + `</ImportoTotaleDocumento></DatiGeneraliDocumento>
<DatiOrdineAcquisto><CodiceCIG>` + cig + `</CodiceCIG><CodiceCUP>` + vat + `</CodiceCUP></DatiOrdineAcquisto>
<DatiRicezione><CodiceCIG>` + vat + `</CodiceCIG><CodiceCUP>` + cig + `</CodiceCUP></DatiRicezione>
<DatiFattureCollegate><IdDocumento>` + linked + `</IdDocumento><Data>` + linkedDate + `</Data></DatiFattureCollegate>
<DatiFattureCollegate><IdDocumento>` + number + `</IdDocumento></DatiFattureCollegate></DatiGenerali>
<DatiBeniServizi><DettaglioLinee><NumeroLinea>` + number + `</NumeroLinea><Descrizione>` + desc + `</Descrizione>
<Quantita>` + rate + `</Quantita><PrezzoUnitario>` + price + `</PrezzoUnitario><PrezzoTotale>` + price + `</PrezzoTotale>
<AliquotaIVA>` + rate + `</AliquotaIVA><Natura>` + nature + `</Natura></DettaglioLinee><DatiRiepilogo><ImponibileImporto>` +
		taxable + `</ImponibileImporto><Imposta>` + total + `</Imposta><EsigibilitaIVA>` + split +
		`</EsigibilitaIVA></DatiRiepilogo><DatiRiepilogo><Natura>` + nature + `</Natura><ImponibileImporto>` + price +
		`</ImponibileImporto></DatiRiepilogo>
</DatiBeniServizi><DatiPagamento><DettaglioPagamento><DataScadenzaPagamento>` + due + `</DataScadenzaPagamento>
<ImportoPagamento>` + taxable + `</ImportoPagamento></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>
<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>
<Data>2024-01-01</Data><Numero>` + number + `x</Numero></DatiGeneraliDocumento></DatiGenerali></FatturaElettronicaBody>
</p:FatturaElettronica>`)
}

// minimalInvoice is about the smallest file Parse accepts.
const minimalInvoice = `<FatturaElettronica versione="FPR12"><FatturaElettronicaHeader><CedentePrestatore>` +
	`<DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>1</IdCodice></IdFiscaleIVA></DatiAnagrafici>` +
	`</CedentePrestatore></FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento>` +
	`<TipoDocumento>TD01</TipoDocumento><Data>2024-01-01</Data><Numero>1</Numero></DatiGeneraliDocumento>` +
	`</DatiGenerali></FatturaElettronicaBody></FatturaElettronica>`

// flagSet reports whether the flag name was given on the command line.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
