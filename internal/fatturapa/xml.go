package fatturapa

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// The structure of a FatturaPA document, limited to what Parse extracts.
// Element names carry no namespace: FatturaPA elements below the root are
// unqualified, and a tag without a namespace matches any.
type (
	xDoc struct {
		Versione string  `xml:"versione,attr"`
		Header   xHeader `xml:"FatturaElettronicaHeader"`
		Bodies   []xBody `xml:"FatturaElettronicaBody"`
		// namespace is the namespace of the root element.
		namespace string
	}
	xHeader struct {
		Transmission struct {
			CodiceDestinatario string `xml:"CodiceDestinatario"`
		} `xml:"DatiTrasmissione"`
		Supplier struct {
			Data xAnagraphic `xml:"DatiAnagrafici"`
		} `xml:"CedentePrestatore"`
		Buyer struct {
			Data xAnagraphic `xml:"DatiAnagrafici"`
		} `xml:"CessionarioCommittente"`
	}
	xAnagraphic struct {
		IDFiscaleIVA *struct {
			IdPaese  string `xml:"IdPaese"`
			IdCodice string `xml:"IdCodice"`
		} `xml:"IdFiscaleIVA"`
		CodiceFiscale string `xml:"CodiceFiscale"`
		Anagrafica    struct {
			Denominazione string `xml:"Denominazione"`
			Nome          string `xml:"Nome"`
			Cognome       string `xml:"Cognome"`
		} `xml:"Anagrafica"`
	}
	xBody struct {
		General struct {
			Document struct {
				TipoDocumento          string `xml:"TipoDocumento"`
				Divisa                 string `xml:"Divisa"`
				Data                   string `xml:"Data"`
				Numero                 string `xml:"Numero"`
				ImportoTotaleDocumento string `xml:"ImportoTotaleDocumento"`
				Ritenuta               []struct {
					ImportoRitenuta string `xml:"ImportoRitenuta"`
				} `xml:"DatiRitenuta"`
				Bollo *struct {
					ImportoBollo string `xml:"ImportoBollo"`
				} `xml:"DatiBollo"`
			} `xml:"DatiGeneraliDocumento"`
			Order     []xRelated `xml:"DatiOrdineAcquisto"`
			Contract  []xRelated `xml:"DatiContratto"`
			Agreement []xRelated `xml:"DatiConvenzione"`
			Receipt   []xRelated `xml:"DatiRicezione"`
			Linked    []xRelated `xml:"DatiFattureCollegate"`
		} `xml:"DatiGenerali"`
		Goods struct {
			Lines   []xLine `xml:"DettaglioLinee"`
			Summary []struct {
				Natura            string `xml:"Natura"`
				ImponibileImporto string `xml:"ImponibileImporto"`
				Imposta           string `xml:"Imposta"`
				EsigibilitaIVA    string `xml:"EsigibilitaIVA"`
			} `xml:"DatiRiepilogo"`
		} `xml:"DatiBeniServizi"`
		Payments []struct {
			Details []struct {
				DataScadenzaPagamento string `xml:"DataScadenzaPagamento"`
				ImportoPagamento      string `xml:"ImportoPagamento"`
			} `xml:"DettaglioPagamento"`
		} `xml:"DatiPagamento"`
	}
	// xRelated is DatiDocumentiCorrelatiType. The XSD allows one CUP and one
	// CIG per block; slices also collect repeated ones.
	xRelated struct {
		IdDocumento string   `xml:"IdDocumento"`
		Data        string   `xml:"Data"`
		CodiceCUP   []string `xml:"CodiceCUP"`
		CodiceCIG   []string `xml:"CodiceCIG"`
	}
	xLine struct {
		NumeroLinea    string `xml:"NumeroLinea"`
		Descrizione    string `xml:"Descrizione"`
		Quantita       string `xml:"Quantita"`
		PrezzoUnitario string `xml:"PrezzoUnitario"`
		PrezzoTotale   string `xml:"PrezzoTotale"`
		AliquotaIVA    string `xml:"AliquotaIVA"`
		Natura         string `xml:"Natura"`
	}
)

// maxDepth is the deepest element nesting accepted. FatturaPA documents nest
// about 8 levels; the limit keeps hostile inputs from costing memory.
const maxDepth = 64

// parseXML reads a FatturaPA XML document.
func parseXML(data []byte) (*File, error) {
	// A first pass over the raw tokens bounds the nesting before the
	// decoder keeps a stack of open elements.
	// It also counts the invoices, so that a file with too many is
	// refused before any of them is decoded.
	d, cs := newDecoder(data)
	depth, bodies := 0, 0
	for {
		t, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(err, d, cs)
		}
		switch t := t.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return nil, invalid("xml", "Il file XML non è valido: gli elementi sono annidati oltre %d livelli "+
					"(riga %d).", maxDepth, lineOf(d))
			}
			if depth == 2 && t.Name.Local == "FatturaElettronicaBody" {
				if bodies++; bodies > MaxInvoices {
					return nil, invalid("bodies", "Il file contiene più di %d fatture (FatturaElettronicaBody): "+
						"dividerlo in file più piccoli.", MaxInvoices)
				}
			}
		case xml.EndElement:
			depth--
		}
	}

	d, cs = newDecoder(data)
	var root xml.StartElement
	for {
		t, err := d.Token()
		if err == io.EOF {
			return nil, errNotInvoice()
		}
		if err != nil {
			return nil, xmlError(err, d, cs)
		}
		if se, ok := t.(xml.StartElement); ok {
			root = se
			break
		}
	}
	switch root.Name.Local {
	case "FatturaElettronica":
	case "FatturaElettronicaSemplificata":
		return nil, invalid("version", "Il file è una fattura semplificata (formato FSM10), che non si può emettere "+
			"verso la pubblica amministrazione: sono ammesse FPA12 e FPR12.")
	default:
		return nil, errNotInvoice()
	}
	var doc xDoc
	if err := d.DecodeElement(&doc, &root); err != nil {
		return nil, xmlError(err, d, cs)
	}
	doc.namespace = root.Name.Space
	return build(&doc)
}

func errNotInvoice() error {
	return invalid("xml", "Il file non è una fattura elettronica FatturaPA.")
}

// lineOf returns the current line of d.
func lineOf(d *xml.Decoder) int {
	l, _ := d.InputPos()
	return l
}

// xmlError converts an error of the XML decoder.
func xmlError(err error, d *xml.Decoder, cs *charsets) error {
	if cs.unsupported != "" {
		return invalid("encoding", "La codifica dei caratteri «%s» dichiarata dal file non è supportata: "+
			"usare UTF-8.", show(cs.unsupported))
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Msg, "invalid UTF-8") {
			return invalid("encoding", "Il file XML non è valido: alla riga %d ci sono caratteri che non sono UTF-8; "+
				"se il file usa un'altra codifica, va dichiarata nell'intestazione <?xml … encoding=\"…\"?>.", se.Line)
		}
		return invalid("xml", "Il file XML non è valido: errore alla riga %d (%s).", se.Line, show(se.Msg))
	}
	return invalid("xml", "Il file XML non è valido: errore alla riga %d (%s).", lineOf(d), show(err.Error()))
}

// newDecoder returns a strict decoder of data that understands the
// single-byte encodings Italian software still declares.
func newDecoder(data []byte) (*xml.Decoder, *charsets) {
	d := xml.NewDecoder(bytes.NewReader(data))
	cs := &charsets{}
	d.CharsetReader = cs.reader
	return d, cs
}

// charsets converts declared encodings to UTF-8 and remembers an unsupported
// one for the error message.
type charsets struct{ unsupported string }

func (c *charsets) reader(label string, r io.Reader) (io.Reader, error) {
	var high *[128]rune
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
		"us-ascii", "ascii":
		high = &latin1
	case "windows-1252", "cp1252", "x-cp1252":
		high = &windows1252
	case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9":
		high = &latin9
	default:
		c.unsupported = label
		return nil, errors.New("unsupported encoding")
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(raw)+len(raw)/8)
	for _, b := range raw {
		if b < 0x80 {
			out = append(out, b)
		} else {
			out = utf8.AppendRune(out, high[b-0x80])
		}
	}
	return bytes.NewReader(out), nil
}

// The upper halves (bytes 0x80–0xFF) of the single-byte encodings.
var latin1, windows1252, latin9 = func() (l1, w, l9 [128]rune) {
	for i := range l1 {
		l1[i] = rune(0x80 + i)
	}
	w, l9 = l1, l1
	// windows-1252 replaces the C1 controls, except 5 unassigned bytes,
	// which keep their ISO-8859-1 meaning as in the WHATWG mapping.
	for i, r := range [32]rune{
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	} {
		w[i] = r
	}
	for b, r := range map[byte]rune{
		0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D,
		0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
	} {
		l9[b-0x80] = r
	}
	return
}()
