// Package ipa reads the open data of IndicePA (Indice dei domicili digitali
// delle Pubbliche Amministrazioni, indicepa.gov.it) and records on the
// bodies already loaded their codice fiscale, their IPA code and the
// codici univoci ufficio of their e-invoicing offices: the
// CodiceDestinatario by which an invoice is recognised as addressed to a
// member.
package ipa

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/textenc"
)

// Kind is which IndicePA dataset a file is.
type Kind string

// The datasets Parse reads.
const (
	// KindEnti is the "Enti" dataset (enti.csv): one row per body with
	// Codice_IPA, Denominazione_ente, Codice_fiscale_ente,
	// Codice_Categoria, Codice_comune_ISTAT, Codice_catastale_comune, …
	KindEnti Kind = "IndicePA Enti"
	// KindOffices is the dataset of the e-invoicing services ("Servizi di
	// fatturazione elettronica"): one row per office with Codice_IPA,
	// Codice_fiscale_ente, Codice_uni_uo, Descrizione_uo,
	// Codice_fiscale_sfe, Data_avvio_sfe; also its pre-2021 tab-separated
	// form (cod_amm, cod_uni_ou, des_ou, cf, data_avvio_sfe).
	KindOffices Kind = "IndicePA uffici di fatturazione elettronica"
)

// Limits bound what Parse accepts.
type Limits struct {
	MaxBytes int64
	MaxRows  int
}

// DefaultLimits fit the national files (about 23,000 bodies and 60,000
// e-invoicing offices) with room to spare.
var DefaultLimits = Limits{MaxBytes: 256 << 20, MaxRows: 1_000_000}

// Body is a row of the Enti dataset.
type Body struct {
	IPA, Name, CodiceFiscale, Category, ISTAT, Catastale string
	Line                                                 int
}

// Office is an e-invoicing office.
type Office struct {
	IPA, CodiceFiscale, Code, Name string
	Line                           int
}

// File is a parsed IndicePA file.
type File struct {
	Kind     Kind
	Encoding textenc.Encoding
	Rows     int
	Bodies   []Body
	Offices  []Office
	// Refused are the rows left out, with their line and reason.
	Refused []string
}

// column names (normalized) and their older aliases.
var aliases = map[string][]string{
	"codiceipa":             {"codiceipa", "codamm"},
	"denominazioneente":     {"denominazioneente", "desamm"},
	"codicefiscaleente":     {"codicefiscaleente", "cf"},
	"codicecategoria":       {"codicecategoria"},
	"codicecomuneistat":     {"codicecomuneistat"},
	"codicecatastalecomune": {"codicecatastalecomune"},
	"codiceuniuo":           {"codiceuniuo", "coduniou"},
	"descrizioneuo":         {"descrizioneuo", "desou"},
	"codicefiscalesfe":      {"codicefiscalesfe"},
	"dataavviosfe":          {"dataavviosfe"},
	"codiceuniaoo":          {"codiceuniaoo", "codaoo"},
}

type cols map[string]int

func (c cols) has(k string) bool { _, ok := c[k]; return ok }

func (c cols) get(rec []string, k string) string {
	i, ok := c[k]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// Parse reads an IndicePA CSV (comma, semicolon or tab separated; UTF-8
// with or without BOM, or Windows-1252). A header it does not recognise is
// an error naming the datasets it expects; a row with an invalid codice
// fiscale, IPA code or office code is refused (listed in File.Refused) and
// the rest is read.
func Parse(data []byte, lim Limits) (*File, error) {
	if int64(len(data)) > lim.MaxBytes {
		return nil, fmt.Errorf("il file è di %d byte, oltre il limite di %d", len(data), lim.MaxBytes)
	}
	data, err := textenc.Open(data, lim.MaxBytes, lim.MaxRows)
	if err != nil {
		return nil, err
	}
	text, enc, err := textenc.Decode(data)
	if err != nil {
		return nil, err
	}
	head, _, _ := strings.Cut(text, "\n")
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = textenc.Separator(head)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("riga 1: intestazione illeggibile: %v", err)
	}
	c := columnsOf(header)
	f := &File{Encoding: enc}
	if f.Kind, err = kindOf(c); err != nil {
		return nil, err
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("riga %d: CSV non valido: %v", line, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		f.Rows++
		if f.Rows > lim.MaxRows {
			return nil, fmt.Errorf("riga %d: il file ha più di %d righe", line, lim.MaxRows)
		}
		f.row(c, rec, line)
	}
	if f.Rows == 0 {
		return nil, errors.New("il file non contiene righe di dati")
	}
	return f, nil
}

// columnsOf finds the known columns of a header row.
func columnsOf(header []string) cols {
	c := cols{}
	for i, h := range header {
		n := textenc.Normalize(h)
		for k, as := range aliases {
			if slices.Contains(as, n) {
				if _, dup := c[k]; !dup {
					c[k] = i
				}
			}
		}
	}
	return c
}

// kindOf tells the dataset from its columns, or says which datasets are
// expected.
func kindOf(c cols) (Kind, error) {
	switch {
	case c.has("codiceuniuo") && (c.has("codicefiscalesfe") || c.has("dataavviosfe")) && c.has("codiceipa"):
		return KindOffices, nil
	case c.has("codiceuniuo"):
		return "", errors.New("è l'elenco delle unità organizzative senza il servizio di fatturazione elettronica: scaricare da indicepa.gov.it il dataset «Servizi di fatturazione elettronica» (colonne Codice_uni_uo, Codice_fiscale_sfe, Data_avvio_sfe)")
	case c.has("codiceuniaoo"):
		return "", errors.New("è l'elenco delle aree organizzative omogenee (AOO): servono il dataset «Enti» e quello dei «Servizi di fatturazione elettronica»")
	case c.has("codiceipa") && c.has("denominazioneente") && c.has("codicefiscaleente"):
		return KindEnti, nil
	default:
		return "", errors.New("formato non riconosciuto: servono i file open data di IndicePA «Enti» (Codice_IPA, Denominazione_ente, Codice_fiscale_ente, …) o «Servizi di fatturazione elettronica» (Codice_IPA, Codice_uni_uo, Codice_fiscale_sfe, …)")
	}
}

// row reads one data row into the file: a body or an office, or a refusal
// naming the line.
func (f *File) row(c cols, rec []string, line int) {
	refuse := func(format string, args ...any) {
		f.Refused = append(f.Refused, fmt.Sprintf("riga %d: ", line)+fmt.Sprintf(format, args...))
	}
	ipaCode := c.get(rec, "codiceipa")
	if err := italy.ValidateCodiceIPA(ipaCode); err != nil {
		refuse("codice IPA %q: %v", ipaCode, err)
		return
	}
	cf := italy.NormalizeCode(c.get(rec, "codicefiscaleente"))
	if cf != "" {
		if err := italy.ValidateCodiceFiscaleEnte(cf); err != nil {
			refuse("%s, codice fiscale %q: %v", ipaCode, cf, err)
			return
		}
	}
	if f.Kind == KindOffices {
		code := italy.NormalizeCode(c.get(rec, "codiceuniuo"))
		if err := ValidateOfficeCode(code); err != nil {
			refuse("%s, codice univoco ufficio %q: %v", ipaCode, code, err)
			return
		}
		if c.has("codicefiscalesfe") && c.get(rec, "codicefiscalesfe") == "" && c.get(rec, "dataavviosfe") == "" {
			return // an office without the e-invoicing service
		}
		f.Offices = append(f.Offices, Office{IPA: ipaCode, CodiceFiscale: cf, Code: code, Name: c.get(rec, "descrizioneuo"), Line: line})
		return
	}
	istat := c.get(rec, "codicecomuneistat")
	if istat != "" && len(istat) < 6 && strings.Trim(istat, "0123456789") == "" {
		istat = strings.Repeat("0", 6-len(istat)) + istat
	}
	f.Bodies = append(f.Bodies, Body{IPA: ipaCode, Name: c.get(rec, "denominazioneente"), CodiceFiscale: cf,
		Category: c.get(rec, "codicecategoria"), ISTAT: istat,
		Catastale: strings.ToUpper(c.get(rec, "codicecatastalecomune")), Line: line})
}

// ValidateOfficeCode checks a codice univoco ufficio that identifies a
// body's e-invoicing office: the 6-character format of
// italy.ValidateCodiceUnivocoUfficio, and not "999999", the placeholder a
// supplier writes when the body is not in IndicePA.
func ValidateOfficeCode(s string) error {
	return italy.ValidateInvoicingOfficeCode(s)
}
