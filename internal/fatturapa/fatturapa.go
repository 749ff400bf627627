// Package fatturapa reads and writes Italian electronic invoices in the
// FatturaPA 1.2 format.
//
// A FatturaPA file is an XML document whose root element is
// FatturaElettronica (in the namespace
// http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2, with any
// prefix) and whose attribute versione is FPA12 (invoices to public
// administrations) or FPR12 (invoices between private parties). The root holds
// one FatturaElettronicaHeader, which names the supplier (CedentePrestatore)
// and the buyer (CessionarioCommittente), and one or more
// FatturaElettronicaBody elements, each of which is an invoice (or a credit
// note, a debit note, …) from that supplier to that buyer. Files exchanged
// through the Sistema di Interscambio are often signed with CAdES: the XML is
// then wrapped in a PKCS#7 SignedData envelope, a ".p7m" file, stored as DER or
// as base64 text.
//
// Parse accepts both forms. It unwraps the envelope without verifying the
// signature and extracts what a grant manager needs to check an expense: the
// parties' VAT and tax codes and names, the buyer's office code
// (CodiceDestinatario), and for every body the document type, currency,
// date, number, totals in cents (taxable amount, VAT, virtual stamp duty,
// withholding tax, document total), whether VAT is under split payment
// (scissione dei pagamenti), the CIG and CUP codes cited in the
// related-document blocks, the invoices a credit note corrects
// (DatiFattureCollegate), the first payment due date, the amount to be paid
// and the detail lines. Amounts are converted with integer arithmetic; line
// prices and quantities are kept as the decimal strings of the file.
//
// Parse reads every document type; ClassOf says which ones are a supplier's
// charge, which one is a credit note and which ones are not expenses.
//
// Parse reports every problem as an INVALID *apperr.Error with an Italian
// message that names the invoice concerned and a stable rule key
// ("fatturapa.xml", "fatturapa.date", "fatturapa.amount", …).
//
// Encode writes a File back as a FatturaPA 1.2 document, with plausible values
// for the mandatory parts that File does not model (transmission data,
// addresses, payment method); tests and demo data use it to produce files.
package fatturapa

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades"
	"github.com/capofila/capofila/internal/civil"
)

// MaxSize is the largest file, in bytes, that Parse accepts.
const MaxSize = 20 << 20

// MaxInvoices is the largest number of invoices (FatturaElettronicaBody)
// that Parse accepts in one file. The specification sets no limit; the
// Sistema di Interscambio accepts files of up to 5 MB, which hold a few
// hundred invoices at most.
const MaxInvoices = 1000

// The versions of FatturaPA 1.2, as found in the versione attribute.
const (
	// VersionPA is the version of invoices to public administrations.
	VersionPA = "FPA12"
	// VersionPrivate is the version of invoices between private parties.
	VersionPrivate = "FPR12"
)

// maxNumberLen is the longest invoice number accepted, in characters. The XSD
// allows 20; some issuers exceed it and the Sistema di Interscambio is not
// the place where Capofila should refuse them.
const maxNumberLen = 50

// File is the content of one FatturaPA file.
type File struct {
	// Version is the versione attribute, VersionPA or VersionPrivate.
	Version string
	// Signed reports whether the file was a .p7m envelope. The signature is
	// not verified: the envelope is only unwrapped.
	Signed bool
	// Supplier is CedentePrestatore/DatiAnagrafici.
	Supplier Party
	// Buyer is CessionarioCommittente/DatiAnagrafici.
	Buyer Party
	// BuyerOfficeCode is DatiTrasmissione/CodiceDestinatario, upper-cased:
	// for FPA12 the codice univoco ufficio (6 characters, from the IPA
	// index) of the buyer's e-invoicing office; for FPR12 a 7-character
	// channel code ("0000000" when the file travels by PEC).
	BuyerOfficeCode string
	// Invoices holds one Invoice per FatturaElettronicaBody, in file order.
	Invoices []Invoice
}

// Party is a supplier or a buyer.
type Party struct {
	// Country is IdFiscaleIVA/IdPaese, e.g. "IT", upper-cased.
	Country string
	// VATID is IdFiscaleIVA/IdCodice, upper-cased. When the file repeats the
	// country code before a numeric code ("IT01234567890" with IdPaese IT),
	// the prefix is removed.
	VATID string
	// CodiceFiscale is the tax code, upper-cased.
	CodiceFiscale string
	// Name is Anagrafica/Denominazione or, for a person, Nome and Cognome
	// separated by a space.
	Name string
}

// Invoice is one FatturaElettronicaBody.
type Invoice struct {
	// Index is the 1-based position of the body in the file.
	Index int
	// DocumentType is TipoDocumento, upper-cased, e.g. "TD01" (invoice) or
	// "TD04" (credit note); see ClassOf.
	DocumentType string
	// Currency is Divisa (ISO 4217: three letters), upper-cased; "EUR" when
	// the file omits it. Every amount of the body is in this currency.
	Currency string
	// Date is DatiGeneraliDocumento/Data: the calendar date, without the
	// time zone xs:date allows.
	Date civil.Date
	// Number is DatiGeneraliDocumento/Numero.
	Number string
	// TotalCents is ImportoTotaleDocumento when present, else
	// TaxableCents + VATCents + StampCents.
	TotalCents int64
	// HasTotal reports whether ImportoTotaleDocumento was present.
	HasTotal bool
	// TaxableCents is the sum of DatiRiepilogo/ImponibileImporto, less the
	// stamp duty when the supplier re-billed it inside the summary
	// (StampInSummary).
	TaxableCents int64
	// VATCents is the sum of DatiRiepilogo/Imposta.
	VATCents int64
	// StampDeclaredCents is DatiBollo/ImportoBollo: the virtual stamp duty
	// the document bears (0 without DatiBollo).
	StampDeclaredCents int64
	// StampCents is the stamp duty charged to the buyer, part of the total
	// and never of the taxable amount:
	//   - when the supplier re-bills it as a summary line excluded from VAT
	//     (Natura N1, art. 15 DPR 633/1972) — a detail line with Natura N1
	//     describing the stamp duty, or an N1 summary that accounts for the
	//     total — it is taken out of TaxableCents (StampInSummary);
	//   - otherwise the declared stamp, unless ImportoTotaleDocumento equals
	//     taxable amount plus VAT, which says the supplier bore it (0).
	StampCents int64
	// StampInSummary reports that the stamp duty was re-billed inside
	// DatiRiepilogo (Natura N1) and taken out of TaxableCents.
	StampInSummary bool
	// WithholdingCents is the sum of DatiRitenuta/ImportoRitenuta: the
	// withholding tax the buyer pays to the Treasury for the supplier.
	WithholdingCents int64
	// SplitPayment reports whether some DatiRiepilogo/EsigibilitaIVA is "S"
	// (scissione dei pagamenti: the public buyer pays the VAT to the State).
	SplitPayment bool
	// CIGs holds the distinct CodiceCIG values (trimmed, upper-cased) in order
	// of appearance in DatiOrdineAcquisto, DatiContratto, DatiConvenzione,
	// DatiRicezione and DatiFattureCollegate.
	CIGs []string
	// CUPs holds the distinct CodiceCUP values, collected like CIGs.
	CUPs []string
	// Linked holds the invoices named in DatiFattureCollegate (the ones a
	// credit note or a debit note corrects), distinct, in file order.
	Linked []LinkedInvoice
	// DueOn is the first DettaglioPagamento/DataScadenzaPagamento, or nil.
	DueOn *civil.Date
	// PaymentCents is the sum of DettaglioPagamento/ImportoPagamento.
	PaymentCents int64
	// Lines holds the DettaglioLinee, in file order.
	Lines []Line
}

// LinkedInvoice is an invoice named in DatiFattureCollegate.
type LinkedInvoice struct {
	// Number is IdDocumento, trimmed.
	Number string
	// Date is Data, or nil when the block omits it.
	Date *civil.Date
}

// String names the invoice as Italian documents do: "n. 12 del 15/03/2024".
func (l LinkedInvoice) String() string {
	if l.Date == nil {
		return "n. " + l.Number
	}
	return "n. " + l.Number + " del " + l.Date.Italian()
}

// Line is one DettaglioLinee. Quantities and prices keep the decimal notation
// of the file ('.' as separator, up to 8 decimals, optional leading '-').
type Line struct {
	// Number is NumeroLinea.
	Number int
	// Description is Descrizione.
	Description string
	// Quantity is Quantita, or "" when absent.
	Quantity string
	// UnitPrice is PrezzoUnitario.
	UnitPrice string
	// TotalPrice is PrezzoTotale.
	TotalPrice string
	// VATRate is AliquotaIVA (a percentage, e.g. "22.00"), or "" when absent.
	VATRate string
	// Nature is Natura, upper-cased: why a line bears no VAT (e.g. "N1",
	// excluded under art. 15 DPR 633/1972; "N2.2", not subject), or "".
	Nature string
}

// invalid builds the INVALID error returned by Parse and Encode.
func invalid(rule, format string, args ...any) *apperr.Error {
	return apperr.InvalidField("", "fatturapa."+rule, fmt.Sprintf(format, args...))
}

// bodyErr builds an error about the body with the given 1-based index.
func bodyErr(index int, rule, format string, args ...any) *apperr.Error {
	return invalid(rule, "Fattura %d del file: %s", index, fmt.Sprintf(format, args...))
}

// show returns s for a message, shortened when it is long.
func show(s string) string { return showN(s, 40) }

// showN returns s for a message, shortened to limit characters.
func showN(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	return string([]rune(s)[:limit]) + "…"
}

// maxEnvelopes is how many .p7m envelopes may be nested (files signed twice
// are "fattura.xml.p7m.p7m").
const maxEnvelopes = 3

// Parse reads one FatturaPA file: plain XML (versione FPA12 or FPR12, any
// namespace prefix, optional byte order mark, encoded in UTF-8, ISO-8859-1,
// ISO-8859-15 or windows-1252) or a CAdES .p7m envelope (DER, BER or base64)
// whose content is such XML. The signature is not verified.
//
// It returns an INVALID *apperr.Error with an Italian message and a rule among
// fatturapa.size, fatturapa.empty, fatturapa.format, fatturapa.p7m, fatturapa.xml,
// fatturapa.bodies, fatturapa.encoding, fatturapa.version,
// fatturapa.namespace, fatturapa.supplier, fatturapa.document_type,
// fatturapa.currency, fatturapa.date, fatturapa.number, fatturapa.amount and
// fatturapa.line. It never panics.
func Parse(data []byte) (*File, error) {
	if len(data) > MaxSize {
		return nil, invalid("size", "Il file è troppo grande (%d MB): una fattura elettronica non supera i %d MB.",
			(len(data)+(1<<20)-1)>>20, MaxSize>>20)
	}
	return parse(data, 0)
}

// parse reads data that is either XML or an envelope nested depth times.
func parse(data []byte, depth int) (*File, error) {
	data = trimLeading(data)
	if len(data) == 0 {
		if depth > 0 {
			return nil, errP7M()
		}
		return nil, invalid("empty", "Il file è vuoto.")
	}
	if data[0] == '<' {
		return parseXML(data)
	}
	if depth >= maxEnvelopes {
		return nil, errP7M()
	}
	content, ok := cades.Unwrap(data)
	if !ok {
		if depth == 0 && !looksLikeP7M(data) {
			return nil, errNotAnInvoiceFile(data)
		}
		return nil, errP7M()
	}
	f, err := parse(content, depth+1)
	if err != nil {
		return nil, err
	}
	f.Signed = true
	return f, nil
}

func errP7M() *apperr.Error { return invalid("p7m", "Il file firmato .p7m non è leggibile.") }

// looksLikeP7M reports whether data could be a signed envelope: DER (an
// ASN.1 sequence) or base64 text.
func looksLikeP7M(data []byte) bool {
	if data[0] == 0x30 {
		return true
	}
	head := data[:min(len(data), 512)]
	other := 0
	for _, b := range head {
		if !(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=' || b == '\r' || b == '\n') {
			other++
		}
	}
	return other*20 <= len(head) // mostly base64, maybe damaged
}

// errNotAnInvoiceFile refuses a file that is neither XML nor a signed
// envelope, saying what it looks like.
func errNotAnInvoiceFile(data []byte) *apperr.Error {
	what := ""
	switch {
	case bytes.HasPrefix(data, []byte("%PDF")):
		what = " È un PDF: caricare il file XML della fattura elettronica (o il file firmato .p7m) ricevuto dal Sistema di Interscambio, non la sua stampa."
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		what = " È un archivio ZIP: estrarre le fatture e caricarle una per volta."
	}
	return invalid("format", "Il file non è una fattura elettronica FatturaPA (XML) né un file firmato .p7m.%s", what)
}

// trimLeading removes the UTF-8 byte order marks and the white space before
// the first significant byte.
func trimLeading(b []byte) []byte {
	bom := []byte("\xef\xbb\xbf")
	for {
		switch {
		case bytes.HasPrefix(b, bom):
			b = b[len(bom):]
		case len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n'):
			b = b[1:]
		default:
			return b
		}
	}
}

// build checks the decoded document and converts it to a File.
func build(doc *xDoc) (*File, error) {
	f := &File{Version: strings.ToUpper(clean(doc.Versione))}
	switch f.Version {
	case VersionPA, VersionPrivate:
	case "":
		return nil, invalid("version", "Il file non indica la versione della fattura (attributo versione): "+
			"sono ammesse FPA12 e FPR12.")
	default:
		return nil, invalid("version", "La versione «%s» della fattura non è supportata: sono ammesse FPA12 e FPR12.",
			show(f.Version))
	}
	// The root must be in the FatturaPA 1.2 namespace (every version of the
	// 1.2 schema, up to 1.2.3, keeps it). A file without any namespace is
	// read: the SdI refuses such files, but some accounting software strips
	// namespaces from the files it archives.
	if doc.namespace != Namespace && doc.namespace != "" {
		return nil, invalid("namespace", "L'elemento FatturaElettronica è nello spazio dei nomi «%s», "+
			"che non è quello della FatturaPA 1.2 («%s»): il file non è una fattura elettronica valida.",
			showN(doc.namespace, 120), Namespace)
	}
	f.Supplier = party(&doc.Header.Supplier.Data)
	if f.Supplier.Country == "" || f.Supplier.VATID == "" {
		return nil, invalid("supplier", "Il file non indica la partita IVA del cedente/prestatore "+
			"(IdFiscaleIVA con IdPaese e IdCodice).")
	}
	f.Buyer = party(&doc.Header.Buyer.Data)
	f.BuyerOfficeCode = code(doc.Header.Transmission.CodiceDestinatario)
	if len(doc.Bodies) == 0 {
		return nil, invalid("empty", "Il file non contiene nessuna fattura (FatturaElettronicaBody).")
	}
	f.Invoices = make([]Invoice, 0, len(doc.Bodies))
	for i := range doc.Bodies {
		inv, err := invoice(i+1, &doc.Bodies[i])
		if err != nil {
			return nil, err
		}
		f.Invoices = append(f.Invoices, inv)
	}
	return f, nil
}

// clean trims the white space around an element's text.
func clean(s string) string { return strings.TrimSpace(s) }

// code normalizes a code: trimmed and upper-cased.
func code(s string) string { return strings.ToUpper(clean(s)) }

func party(a *xAnagraphic) Party {
	p := Party{CodiceFiscale: code(a.CodiceFiscale)}
	if id := a.IDFiscaleIVA; id != nil {
		p.Country = code(id.IdPaese)
		p.VATID = stripCountry(p.Country, code(id.IdCodice))
	}
	if name := clean(a.Anagrafica.Denominazione); name != "" {
		p.Name = name
	} else {
		p.Name = clean(clean(a.Anagrafica.Nome) + " " + clean(a.Anagrafica.Cognome))
	}
	return p
}

// stripCountry removes a repeated country prefix from a numeric VAT code:
// ("IT", "IT01234567890") → "01234567890". Codes whose rest is not all digits
// are left alone, which keeps the function idempotent.
func stripCountry(country, id string) string {
	if len(country) != 2 || !isUpperASCII(country[0]) || !isUpperASCII(country[1]) {
		return id
	}
	rest, ok := strings.CutPrefix(id, country)
	if !ok || !isDigits(rest) {
		return id
	}
	return rest
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isDigits reports whether s is a non-empty string of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func invoice(index int, b *xBody) (Invoice, error) {
	inv, err := header(index, b)
	if err != nil {
		return inv, err
	}
	n1, err := inv.amounts(index, b)
	if err != nil {
		return inv, err
	}
	if err := inv.references(index, b); err != nil {
		return inv, err
	}
	if err := inv.payments(index, b); err != nil {
		return inv, err
	}
	var stampLines int64 // detail lines re-billing the stamp duty (Natura N1)
	for i := range b.Goods.Lines {
		l, err := line(index, i+1, &b.Goods.Lines[i])
		if err != nil {
			return inv, err
		}
		inv.Lines = append(inv.Lines, l)
		if l.Nature == "N1" && isStampDuty(l.Description) {
			if c, err := parseCents(l.TotalPrice); err == nil && c > 0 {
				stampLines, _ = addCents(stampLines, c)
			}
		}
	}
	if err := inv.settleStamp(n1, stampLines); err != nil {
		return inv, err
	}
	return inv, nil
}

// header reads DatiGeneraliDocumento's type, currency, date and number.
func header(index int, b *xBody) (Invoice, error) {
	doc := &b.General.Document
	inv := Invoice{
		Index:        index,
		DocumentType: code(doc.TipoDocumento),
		Currency:     code(doc.Divisa),
		Number:       clean(doc.Numero),
	}
	if inv.DocumentType == "" {
		return inv, bodyErr(index, "document_type", "manca il tipo di documento (TipoDocumento).")
	}
	switch {
	case inv.Currency == "":
		inv.Currency = "EUR"
	case !isCurrency(inv.Currency):
		return inv, bodyErr(index, "currency", "la divisa «%s» (Divisa) non è un codice ISO 4217 di tre lettere, "+
			"ad esempio EUR.", show(inv.Currency))
	}
	date, err := parseDate(index, clean(doc.Data), "data del documento", "Data")
	if err != nil {
		return inv, err
	}
	inv.Date = date
	switch n := utf8.RuneCountInString(inv.Number); {
	case n == 0:
		return inv, bodyErr(index, "number", "manca il numero del documento (Numero).")
	case n > maxNumberLen:
		return inv, bodyErr(index, "number", "il numero del documento «%s» è troppo lungo (al massimo %d caratteri).",
			show(inv.Number), maxNumberLen)
	}
	return inv, nil
}

// amounts sums the VAT summaries (taxable, VAT, split payment), the
// withholdings, the declared stamp duty and reads the document's total. It
// returns the taxable amount of the summaries excluded from VAT under
// art. 15 (Natura N1).
func (inv *Invoice) amounts(index int, b *xBody) (n1 int64, err error) {
	doc := &b.General.Document
	for i := range b.Goods.Summary {
		s := &b.Goods.Summary[i]
		if inv.TaxableCents, err = addAmount(index, inv.TaxableCents, s.ImponibileImporto, "ImponibileImporto"); err != nil {
			return 0, err
		}
		if inv.VATCents, err = addAmount(index, inv.VATCents, s.Imposta, "Imposta"); err != nil {
			return 0, err
		}
		if code(s.EsigibilitaIVA) == "S" {
			inv.SplitPayment = true
		}
		if code(s.Natura) == "N1" {
			if n1, err = addAmount(index, n1, s.ImponibileImporto, "ImponibileImporto"); err != nil {
				return 0, err
			}
		}
	}
	for i := range doc.Ritenuta {
		if inv.WithholdingCents, err = addAmount(index, inv.WithholdingCents, doc.Ritenuta[i].ImportoRitenuta,
			"ImportoRitenuta"); err != nil {
			return 0, err
		}
	}
	if doc.Bollo != nil {
		if inv.StampDeclaredCents, err = addAmount(index, 0, doc.Bollo.ImportoBollo, "ImportoBollo"); err != nil {
			return 0, err
		}
	}
	if t := clean(doc.ImportoTotaleDocumento); t != "" {
		if inv.TotalCents, err = amount(index, t, "ImportoTotaleDocumento"); err != nil {
			return 0, err
		}
		inv.HasTotal = true
	}
	return n1, nil
}

// references collects the CIG and CUP codes of every related-document
// block and the invoices a credit or debit note names
// (DatiFattureCollegate).
func (inv *Invoice) references(index int, b *xBody) error {
	for _, blocks := range [][]xRelated{b.General.Order, b.General.Contract, b.General.Agreement,
		b.General.Receipt, b.General.Linked} {
		for i := range blocks {
			inv.CIGs = appendCodes(inv.CIGs, blocks[i].CodiceCIG)
			inv.CUPs = appendCodes(inv.CUPs, blocks[i].CodiceCUP)
		}
	}
	for i := range b.General.Linked {
		l := &b.General.Linked[i]
		li := LinkedInvoice{Number: clean(l.IdDocumento)}
		if li.Number == "" {
			continue // IdDocumento is mandatory: a block without it names no invoice
		}
		if utf8.RuneCountInString(li.Number) > maxNumberLen {
			return bodyErr(index, "number", "il numero della fattura collegata «%s» (DatiFattureCollegate) "+
				"è troppo lungo (al massimo %d caratteri).", show(li.Number), maxNumberLen)
		}
		if s := clean(l.Data); s != "" {
			d, err := parseDate(index, s, "data della fattura collegata", "DatiFattureCollegate/Data")
			if err != nil {
				return err
			}
			li.Date = &d
		}
		if !containsLinked(inv.Linked, li) {
			inv.Linked = append(inv.Linked, li)
		}
	}
	return nil
}

// payments reads DatiPagamento: the first due date and the amounts.
func (inv *Invoice) payments(index int, b *xBody) (err error) {
	for i := range b.Payments {
		for j := range b.Payments[i].Details {
			d := &b.Payments[i].Details[j]
			if s := clean(d.DataScadenzaPagamento); s != "" {
				due, err := parseDate(index, s, "data di scadenza del pagamento", "DataScadenzaPagamento")
				if err != nil {
					return err
				}
				if inv.DueOn == nil {
					inv.DueOn = &due
				}
			}
			if inv.PaymentCents, err = addAmount(index, inv.PaymentCents, d.ImportoPagamento, "ImportoPagamento"); err != nil {
				return err
			}
		}
	}
	return nil
}

// settleStamp decides how much stamp duty the buyer is charged and where
// the document put it (see Invoice.StampCents), then completes a missing
// total. n1 is the taxable amount of the summaries with Natura N1 and
// stampLines the amount of the N1 detail lines that describe the stamp
// duty.
func (inv *Invoice) settleStamp(n1, stampLines int64) error {
	declared := inv.StampDeclaredCents
	summed, ok := addCents(inv.TaxableCents, inv.VATCents)
	if !ok {
		return bodyErr(inv.Index, "amount", "il totale di imponibile e imposta è troppo grande.")
	}
	switch {
	case declared > 0:
		// Re-billed inside the N1 summary: a stamp line says so, or the
		// total leaves no room for the stamp outside the summary.
		if n1 >= declared && (stampLines >= declared || (inv.HasTotal && inv.TotalCents == summed)) {
			inv.StampCents, inv.StampInSummary = declared, true
		} else if !inv.HasTotal || inv.TotalCents != summed {
			inv.StampCents = declared
		}
	case stampLines > 0 && n1 >= stampLines:
		// Re-billed without DatiBollo.
		inv.StampCents, inv.StampInSummary = stampLines, true
	}
	if inv.StampInSummary {
		taxable, ok := addCents(inv.TaxableCents, -inv.StampCents)
		if !ok {
			return bodyErr(inv.Index, "amount", "la somma degli importi ImponibileImporto è troppo grande.")
		}
		inv.TaxableCents = taxable
	}
	if !inv.HasTotal {
		total, ok := addCents(inv.TaxableCents, inv.VATCents)
		if ok {
			total, ok = addCents(total, inv.StampCents)
		}
		if !ok {
			return bodyErr(inv.Index, "amount", "il totale di imponibile, imposta e bollo è troppo grande.")
		}
		inv.TotalCents = total
	}
	return nil
}

// isStampDuty reports whether the description of a line excluded from VAT
// re-bills the stamp duty ("Imposta di bollo", "Rivalsa bollo", "Marca da
// bollo", "Spese bollo", …), and not a vehicle tax that shares the word
// ("Tasse automobilistiche Bollo/Superbollo").
func isStampDuty(desc string) bool {
	words := strings.FieldsFunc(strings.ToLower(desc), func(r rune) bool {
		return !('a' <= r && r <= 'z') && !('0' <= r && r <= '9') && r < utf8.RuneSelf
	})
	stamp := false
	for _, w := range words {
		switch w {
		case "bollo", "bolli", "spesebollo", "impostabollo":
			stamp = true
		case "auto", "automobilistica", "automobilistiche", "superbollo", "tassa", "tasse", "veicolo", "veicoli",
			"circolazione", "autoveicolo", "autoveicoli":
			return false
		}
	}
	return stamp
}

// isCurrency reports whether s has the shape of an ISO 4217 alphabetic
// code: three upper-case letters.
func isCurrency(s string) bool {
	return len(s) == 3 && isUpperASCII(s[0]) && isUpperASCII(s[1]) && isUpperASCII(s[2])
}

func containsLinked(list []LinkedInvoice, l LinkedInvoice) bool {
	for _, x := range list {
		if x.Number == l.Number && ((x.Date == nil && l.Date == nil) || (x.Date != nil && l.Date != nil && *x.Date == *l.Date)) {
			return true
		}
	}
	return false
}

// parseDate parses an xs:date of the body index; what names the date and elem
// its element in messages. The schema allows a time zone after the date
// ("2017-01-18+01:00", "2017-01-18Z"): the calendar date is the date part.
func parseDate(index int, s, what, elem string) (civil.Date, error) {
	if s == "" {
		return civil.Date{}, bodyErr(index, "date", "manca la %s (%s).", what, elem)
	}
	day, zone := s, ""
	if len(s) > 10 {
		day, zone = s[:10], s[10:]
	}
	d, err := civil.Parse(day)
	if err != nil || !d.Valid() || !isTimeZone(zone) {
		return civil.Date{}, bodyErr(index, "date", "la %s «%s» (%s) non è valida: usare il formato AAAA-MM-GG.",
			what, show(s), elem)
	}
	return d, nil
}

// isTimeZone reports whether s is the optional time zone of an xs:date:
// empty, "Z" or ±hh:mm within ±14:00.
func isTimeZone(s string) bool {
	switch {
	case s == "" || s == "Z":
		return true
	case len(s) != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' || !isDigits(s[1:3]) || !isDigits(s[4:6]):
		return false
	}
	h := int(s[1]-'0')*10 + int(s[2]-'0')
	m := int(s[4]-'0')*10 + int(s[5]-'0')
	return m < 60 && (h < 14 || (h == 14 && m == 0))
}

// appendCodes appends the distinct, non-empty, normalized codes to list.
func appendCodes(list []string, codes []string) []string {
	for _, c := range codes {
		c = code(c)
		if c != "" && !contains(list, c) {
			list = append(list, c)
		}
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// amount parses the amount s of the element named elem.
func amount(index int, s, elem string) (int64, error) {
	c, err := parseCents(s)
	switch err {
	case nil:
		return c, nil
	case errOverflow:
		return 0, bodyErr(index, "amount", "l'importo «%s» (%s) è troppo grande.", show(s), elem)
	default:
		return 0, bodyErr(index, "amount", "l'importo «%s» (%s) non è valido: usare il punto come separatore "+
			"dei decimali e al massimo 2 decimali, ad esempio 1234.56.", show(s), elem)
	}
}

// addAmount adds the amount s, if not empty, to sum.
func addAmount(index int, sum int64, s, elem string) (int64, error) {
	s = clean(s)
	if s == "" {
		return sum, nil
	}
	c, err := amount(index, s, elem)
	if err != nil {
		return 0, err
	}
	total, ok := addCents(sum, c)
	if !ok {
		return 0, bodyErr(index, "amount", "la somma degli importi %s è troppo grande.", elem)
	}
	return total, nil
}

func line(index, pos int, x *xLine) (Line, error) {
	l := Line{
		Description: clean(x.Descrizione),
		Quantity:    clean(x.Quantita),
		UnitPrice:   clean(x.PrezzoUnitario),
		TotalPrice:  clean(x.PrezzoTotale),
		VATRate:     clean(x.AliquotaIVA),
		Nature:      code(x.Natura),
	}
	lineErr := func(format string, args ...any) error {
		return invalid("line", "Fattura %d del file, riga di dettaglio %d: %s", index, pos, fmt.Sprintf(format, args...))
	}
	n := clean(x.NumeroLinea)
	if !isDigits(n) || len(n) > 9 {
		return l, lineErr("il numero di linea «%s» (NumeroLinea) non è valido.", show(n))
	}
	for _, c := range n {
		l.Number = l.Number*10 + int(c-'0')
	}
	for _, f := range []struct {
		value, elem, what, bad string
		required               bool
	}{
		{l.Quantity, "Quantita", "la quantità", "valida", false},
		{l.UnitPrice, "PrezzoUnitario", "il prezzo unitario", "valido", true},
		{l.TotalPrice, "PrezzoTotale", "il prezzo totale", "valido", true},
		{l.VATRate, "AliquotaIVA", "l'aliquota IVA", "valida", false},
	} {
		if f.value == "" {
			if f.required {
				return l, lineErr("manca %s (%s).", f.what, f.elem)
			}
			continue
		}
		if !isDecimal(f.value) {
			return l, lineErr("%s «%s» (%s) non è %s: usare il punto come separatore dei decimali "+
				"e al massimo 8 decimali.", f.what, show(f.value), f.elem, f.bad)
		}
	}
	return l, nil
}

// isDecimal reports whether s matches -?[0-9]+(\.[0-9]{1,8})?.
func isDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	i, frac, dot := strings.Cut(s, ".")
	if !isDigits(i) {
		return false
	}
	return !dot || (isDigits(frac) && len(frac) <= 8)
}
