package fatturapa

import (
	"bytes"
	"encoding/xml"
	"math/big"
	"strconv"
	"strings"
)

// Namespace is the XML namespace of FatturaPA 1.2.
const Namespace = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2"

const schemaLocation = Namespace +
	" http://www.fatturapa.gov.it/export/fatturazione/sdi/fatturapa/v1.2/Schema_del_file_xml_FatturaPA_versione_1.2.xsd"

// Encode writes f as a FatturaPA 1.2 XML document: root p:FatturaElettronica
// with the versione attribute, a DatiTrasmissione header with plausible values
// (CodiceDestinatario of 6 characters for FPA12, 7 for FPR12), placeholder
// addresses and regime fiscale, and amounts as "1234.56".
//
// CodiceDestinatario is f.BuyerOfficeCode, or a placeholder when it is empty.
// Every body gets its CIGs and CUPs in DatiContratto blocks (IdDocumento "1"):
// one block, or one per position when there are several codes, since the XSD
// allows one CIG and one CUP per block; its Linked invoices in
// DatiFattureCollegate blocks; DatiRitenuta (one block with
// WithholdingCents) and DatiBollo (StampDeclaredCents) when not zero.
// DatiRiepilogo is one block with the taxable amount and the VAT, an
// AliquotaIVA derived from them and EsigibilitaIVA S when SplitPayment is
// set, I otherwise, and, when StampInSummary is set, a second block with
// Natura N1 holding StampCents. A line's Natura is its Nature, or N2.2 when
// its VAT rate is zero and it has none. DatiPagamento is written when DueOn
// or PaymentCents is set, ImportoTotaleDocumento when HasTotal is.
//
// Parse(Encode(f)) returns f except for Signed (false), Index (renumbered
// from 1), BuyerOfficeCode when empty (the placeholder), the Nature of
// zero-rate lines without one (N2.2) and, when HasTotal is false,
// TotalCents (recomputed); values Parse normalizes (trimmed text,
// upper-cased codes, the default currency "EUR") come back normalized.
// Encode parses its own output and returns the error of Parse when f does
// not hold a readable invoice (no supplier VAT ID, no invoices, an invalid
// date, …).
func Encode(f *File) ([]byte, error) {
	if f == nil {
		return nil, invalid("empty", "Il file non contiene nessuna fattura (FatturaElettronicaBody).")
	}
	if f.Version != VersionPA && f.Version != VersionPrivate {
		return nil, invalid("version", "La versione «%s» della fattura non è supportata: sono ammesse FPA12 e FPR12.",
			show(f.Version))
	}
	w := &writer{}
	w.buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.buf.WriteString(`<p:FatturaElettronica xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="` + Namespace +
		`" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" versione="` + f.Version +
		`" xsi:schemaLocation="` + schemaLocation + `">` + "\n")
	w.depth = 1

	w.open("FatturaElettronicaHeader")
	w.open("DatiTrasmissione")
	w.open("IdTrasmittente")
	w.elem("IdPaese", "IT")
	w.elem("IdCodice", "01234567890")
	w.close("IdTrasmittente")
	w.elem("ProgressivoInvio", "00001")
	w.elem("FormatoTrasmissione", f.Version)
	w.elem("CodiceDestinatario", OfficeCodeOrPlaceholder(f.Version, f.BuyerOfficeCode))
	w.close("DatiTrasmissione")
	w.open("CedentePrestatore")
	w.party(&f.Supplier, true)
	w.close("CedentePrestatore")
	w.open("CessionarioCommittente")
	w.party(&f.Buyer, false)
	w.close("CessionarioCommittente")
	w.close("FatturaElettronicaHeader")

	for i := range f.Invoices {
		w.body(&f.Invoices[i])
	}
	w.depth = 0
	w.buf.WriteString("</p:FatturaElettronica>\n")

	out := w.buf.Bytes()
	if _, err := Parse(out); err != nil {
		return nil, err
	}
	return out, nil
}

// OfficeCodeOrPlaceholder is the CodiceDestinatario Encode writes: code,
// or when it is empty a placeholder of the right length for the version
// ("UFQ7B3" for FPA12, "0000000" for FPR12).
func OfficeCodeOrPlaceholder(version, code string) string {
	switch {
	case code != "":
		return code
	case version == VersionPA:
		return "UFQ7B3"
	default:
		return "0000000"
	}
}

// writer writes indented XML elements without namespace.
type writer struct {
	buf   bytes.Buffer
	depth int
}

func (w *writer) indent() {
	for i := 0; i < w.depth; i++ {
		w.buf.WriteString("  ")
	}
}

func (w *writer) open(name string) {
	w.indent()
	w.buf.WriteString("<" + name + ">\n")
	w.depth++
}

func (w *writer) close(name string) {
	w.depth--
	w.indent()
	w.buf.WriteString("</" + name + ">\n")
}

func (w *writer) elem(name, text string) {
	w.indent()
	w.buf.WriteString("<" + name + ">")
	_ = xml.EscapeText(&w.buf, []byte(text)) // bytes.Buffer does not fail
	w.buf.WriteString("</" + name + ">\n")
}

func (w *writer) party(p *Party, supplier bool) {
	w.open("DatiAnagrafici")
	if p.Country != "" || p.VATID != "" {
		w.open("IdFiscaleIVA")
		w.elem("IdPaese", p.Country)
		w.elem("IdCodice", p.VATID)
		w.close("IdFiscaleIVA")
	}
	if p.CodiceFiscale != "" {
		w.elem("CodiceFiscale", p.CodiceFiscale)
	}
	w.open("Anagrafica")
	w.elem("Denominazione", p.Name)
	w.close("Anagrafica")
	if supplier {
		w.elem("RegimeFiscale", "RF01")
	}
	w.close("DatiAnagrafici")
	w.open("Sede")
	w.elem("Indirizzo", "Via Roma 1")
	w.elem("CAP", "00100")
	w.elem("Comune", "Roma")
	w.elem("Provincia", "RM")
	w.elem("Nazione", "IT")
	w.close("Sede")
}

func (w *writer) body(inv *Invoice) {
	w.open("FatturaElettronicaBody")
	w.open("DatiGenerali")
	w.document(inv)
	w.related(inv)
	w.close("DatiGenerali")
	w.open("DatiBeniServizi")
	for i := range inv.Lines {
		w.line(&inv.Lines[i])
	}
	w.summary(inv)
	w.close("DatiBeniServizi")
	w.payment(inv)
	w.close("FatturaElettronicaBody")
}

// document writes DatiGeneraliDocumento.
func (w *writer) document(inv *Invoice) {
	w.open("DatiGeneraliDocumento")
	w.elem("TipoDocumento", inv.DocumentType)
	currency := inv.Currency
	if currency == "" {
		currency = "EUR"
	}
	w.elem("Divisa", currency)
	w.elem("Data", inv.Date.String())
	w.elem("Numero", inv.Number)
	if inv.WithholdingCents != 0 {
		w.open("DatiRitenuta")
		w.elem("TipoRitenuta", "RT01")
		w.elem("ImportoRitenuta", formatCents(inv.WithholdingCents))
		w.elem("AliquotaRitenuta", "20.00")
		w.elem("CausalePagamento", "A")
		w.close("DatiRitenuta")
	}
	if inv.StampDeclaredCents != 0 {
		w.open("DatiBollo")
		w.elem("BolloVirtuale", "SI")
		w.elem("ImportoBollo", formatCents(inv.StampDeclaredCents))
		w.close("DatiBollo")
	}
	if inv.HasTotal {
		w.elem("ImportoTotaleDocumento", formatCents(inv.TotalCents))
	}
	w.close("DatiGeneraliDocumento")
}

// related writes the contract blocks (CIG and CUP) and the invoices a
// credit note names (DatiFattureCollegate).
func (w *writer) related(inv *Invoice) {
	for i := 0; i < max(len(inv.CIGs), len(inv.CUPs)); i++ {
		w.open("DatiContratto")
		w.elem("IdDocumento", "1")
		if i < len(inv.CUPs) {
			w.elem("CodiceCUP", inv.CUPs[i])
		}
		if i < len(inv.CIGs) {
			w.elem("CodiceCIG", inv.CIGs[i])
		}
		w.close("DatiContratto")
	}
	for _, l := range inv.Linked {
		w.open("DatiFattureCollegate")
		w.elem("IdDocumento", l.Number)
		if l.Date != nil {
			w.elem("Data", l.Date.String())
		}
		w.close("DatiFattureCollegate")
	}
}

// line writes one DettaglioLinee.
func (w *writer) line(l *Line) {
	w.open("DettaglioLinee")
	w.elem("NumeroLinea", strconv.Itoa(l.Number))
	w.elem("Descrizione", l.Description)
	if l.Quantity != "" {
		w.elem("Quantita", l.Quantity)
	}
	w.elem("PrezzoUnitario", l.UnitPrice)
	w.elem("PrezzoTotale", l.TotalPrice)
	if l.VATRate != "" {
		w.elem("AliquotaIVA", l.VATRate)
	}
	switch {
	case l.Nature != "":
		w.elem("Natura", l.Nature)
	case l.VATRate != "" && isZero(l.VATRate):
		w.elem("Natura", "N2.2")
	}
	w.close("DettaglioLinee")
}

// summary writes the VAT summary and, when the stamp duty is re-billed in
// the summary, its N1 block.
func (w *writer) summary(inv *Invoice) {
	w.open("DatiRiepilogo")
	rate := vatRate(inv.TaxableCents, inv.VATCents)
	w.elem("AliquotaIVA", formatCents(rate))
	if rate == 0 {
		w.elem("Natura", "N2.2")
	}
	w.elem("ImponibileImporto", formatCents(inv.TaxableCents))
	w.elem("Imposta", formatCents(inv.VATCents))
	if inv.SplitPayment {
		w.elem("EsigibilitaIVA", "S")
	} else {
		w.elem("EsigibilitaIVA", "I")
	}
	w.close("DatiRiepilogo")
	if inv.StampInSummary {
		w.open("DatiRiepilogo")
		w.elem("AliquotaIVA", "0.00")
		w.elem("Natura", "N1")
		w.elem("ImponibileImporto", formatCents(inv.StampCents))
		w.elem("Imposta", "0.00")
		w.elem("RiferimentoNormativo", "Escluse ex art. 15 DPR 633/72 - imposta di bollo")
		w.close("DatiRiepilogo")
	}
}

// payment writes DatiPagamento when the invoice has a due date or amount.
func (w *writer) payment(inv *Invoice) {
	if inv.DueOn == nil && inv.PaymentCents == 0 {
		return
	}
	w.open("DatiPagamento")
	w.elem("CondizioniPagamento", "TP02")
	w.open("DettaglioPagamento")
	w.elem("ModalitaPagamento", "MP05")
	if inv.DueOn != nil {
		w.elem("DataScadenzaPagamento", inv.DueOn.String())
	}
	w.elem("ImportoPagamento", formatCents(inv.PaymentCents))
	w.close("DettaglioPagamento")
	w.close("DatiPagamento")
}

// isZero reports whether the decimal s is zero.
func isZero(s string) bool {
	return strings.Trim(strings.TrimPrefix(s, "-"), "0.") == ""
}

// vatRate returns the VAT rate, in hundredths of a percent, of vat on
// taxable, rounded half up and capped at 100%: 2200 for 22%. Without a
// taxable amount, it is 0 for no VAT and the ordinary 22% otherwise.
func vatRate(taxable, vat int64) int64 {
	if taxable == 0 {
		if vat == 0 {
			return 0
		}
		return 2200
	}
	t := new(big.Int).Abs(big.NewInt(taxable))
	v := new(big.Int).Abs(big.NewInt(vat))
	// (2·v·10000 + t) / (2·t)
	num := new(big.Int).Mul(v, big.NewInt(20000))
	num.Add(num, t)
	r := num.Quo(num, new(big.Int).Mul(t, big.NewInt(2)))
	if r.Cmp(big.NewInt(10000)) > 0 {
		return 10000
	}
	return r.Int64()
}
