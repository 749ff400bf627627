package opendata

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/procurementlaw"
)

// ANACNamespace is the target namespace of ANAC's datasetAppaltiL190.xsd.
const ANACNamespace = "legge190_1_0"

// anacMaxText is the maxLength of the free-text elements of the XSD
// (titolo, abstract, entePubblicatore, denominazione, oggetto,
// ragioneSociale).
const anacMaxText = 250

// sceltaContraente holds ANAC's values of sceltaContraenteType for the
// procedure types of the product, as in the schema in force since the 2019
// update of the specifications (which renamed 03, 04 and 23, formerly
// "... PREVIA PUBBLICAZIONE DEL BANDO" and "23-AFFIDAMENTO IN ECONOMIA -
// AFFIDAMENTO DIRETTO").
var sceltaContraente = map[procurementlaw.Procedure]string{
	procurementlaw.Open:                     "01-PROCEDURA APERTA",
	procurementlaw.Restricted:               "02-PROCEDURA RISTRETTA",
	procurementlaw.NegotiatedWithNotice:     "03-PROCEDURA NEGOZIATA PREVIA PUBBLICAZIONE",
	procurementlaw.NegotiatedWithoutNotice:  "04-PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE",
	procurementlaw.DirectAward:              "23-AFFIDAMENTO DIRETTO",
	procurementlaw.DirectAwardFramework:     "26-AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE",
	procurementlaw.CompetitiveFramework:     "27-CONFRONTO COMPETITIVO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE",
	procurementlaw.NegotiatedBelowThreshold: "33-PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA",
}

// SceltaContraente returns the value of the ANAC L. 190/2012 element
// sceltaContraente for a procedure type, code and text as the XSD lists
// them ("23-AFFIDAMENTO DIRETTO"), or "" for an unknown procedure.
func SceltaContraente(p procurementlaw.Procedure) string { return sceltaContraente[p] }

// ruolo holds ANAC's values of ruoloType.
var ruolo = map[GroupRole]string{
	RoleMandante:    "01-MANDANTE",
	RoleMandataria:  "02-MANDATARIA",
	RoleAssociata:   "03-ASSOCIATA",
	RoleCapogruppo:  "04-CAPOGRUPPO",
	RoleConsorziata: "05-CONSORZIATA",
}

// Ruolo returns the value of the ANAC L. 190/2012 element ruolo for the role
// of a member of a grouping ("02-MANDATARIA"), or "" for an unknown role.
func Ruolo(r GroupRole) string { return ruolo[r] }

// ANAC190 returns the legacy ANAC dataset of art. 1, comma 32, L. 190/2012
// for one contracting body and one reference year up to [ANACLastYear]
// (later years are an error: see [TransparencyTable]): root legge190:pubblicazione
// (xmlns:legge190="legge190_1_0"), metadata, and data with one lotto per CIG
// in CIG order, elements in the order of datasetAppaltiL190.xsd. Groupings
// are written as raggruppamento / aggiudicatarioRaggruppamento with their
// members' roles; an operator is identified by its codice fiscale (else
// partita IVA, else identificativoFiscaleEstero). Amounts are written
// "1234.56", dates "2026-11-23"; free text longer than the schema allows
// (250 characters) is cut.
func ANAC190(d ANACData) ([]byte, error) {
	if err := checkANAC(d); err != nil {
		return nil, err
	}
	doc := anacPubblicazione{
		XMLNS:          ANACNamespace,
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: ANACNamespace + " datasetAppaltiL190.xsd",
	}
	m := &doc.Metadata
	m.Titolo = cut(orDefault(d.Title, "Pubblicazione 1 legge 190"))
	m.Abstract = cut(orDefault(d.Abstract, fmt.Sprintf(
		"Dati sui contratti pubblici ai sensi dell'art. 1, comma 32, L. 190/2012 – %s – anno di riferimento %d", d.Body.Name, d.Year)))
	m.DataPubblicazioneDataset = d.PublishedOn.String()
	m.EntePubblicatore = cut(orDefault(d.Publisher, d.Body.Name))
	updated := d.UpdatedOn
	if updated.IsZero() {
		updated = d.PublishedOn
	}
	m.DataUltimoAggiornamentoDataset = updated.String()
	m.AnnoRiferimento = strconv.Itoa(d.Year)
	m.URLFile = d.URL
	m.Licenza = orDefault(d.License, "IODL")

	lots := slices.Clone(d.Lots)
	slices.SortStableFunc(lots, func(a, b ANACLot) int { return strings.Compare(a.CIG, b.CIG) })
	for _, lot := range lots {
		l, err := anacLot(d, lot)
		if err != nil {
			return nil, err
		}
		doc.Data.Lotti = append(doc.Data.Lotti, l)
	}

	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("opendata: encoding ANAC XML: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

func checkANAC(d ANACData) error {
	var errs []error
	if d.PublishedOn.IsZero() || !d.PublishedOn.Valid() {
		errs = append(errs, errors.New("opendata: ANAC: PublishedOn is required (a valid date)"))
	}
	if !d.UpdatedOn.IsZero() && !d.UpdatedOn.Valid() {
		errs = append(errs, fmt.Errorf("opendata: ANAC: invalid UpdatedOn %s", d.UpdatedOn))
	}
	if d.Year < 1000 || d.Year > 9999 {
		errs = append(errs, fmt.Errorf("opendata: ANAC: invalid Year %d", d.Year))
	} else if d.Year > ANACLastYear {
		errs = append(errs, fmt.Errorf("opendata: ANAC: reference year %d: the L. 190/2012 dataset ends with %d (from 2024 the data reach the BDNCP through the e-procurement platforms)", d.Year, ANACLastYear))
	}
	if strings.TrimSpace(d.URL) == "" {
		errs = append(errs, errors.New("opendata: ANAC: URL is required"))
	}
	if strings.TrimSpace(d.Publisher) == "" && strings.TrimSpace(d.Body.Name) == "" {
		errs = append(errs, errors.New("opendata: ANAC: Publisher or Body.Name is required"))
	}
	seen := map[string]bool{}
	for _, lot := range d.Lots {
		if len(lot.CIG) != 10 {
			errs = append(errs, fmt.Errorf("opendata: ANAC: lot %q: the CIG must have 10 characters, got %q", lot.Object, lot.CIG))
		} else if seen[lot.CIG] {
			errs = append(errs, fmt.Errorf("opendata: ANAC: duplicate lot CIG %s", lot.CIG))
		}
		seen[lot.CIG] = true
	}
	return errors.Join(errs...)
}

func anacLot(d ANACData, lot ANACLot) (anacLotto, error) {
	fail := func(format string, args ...any) (anacLotto, error) {
		return anacLotto{}, fmt.Errorf("opendata: ANAC: lot %s: %s", lot.CIG, fmt.Sprintf(format, args...))
	}
	scelta := SceltaContraente(lot.Procedure)
	if scelta == "" {
		return fail("unknown procedure %q", lot.Procedure)
	}
	if lot.AwardAmount < 0 || lot.Paid < 0 {
		return fail("negative amount")
	}
	prop := d.Body
	if lot.Proposer != nil {
		prop = *lot.Proposer
	}
	cf := italianCode(prop)
	if cf == "" {
		return fail("the contracting body %q has no codice fiscale", prop.Name)
	}
	l := anacLotto{
		CIG: lot.CIG,
		StrutturaProponente: anacStruttura{
			CodiceFiscaleProp: cf,
			Denominazione:     cut(prop.Name),
		},
		Oggetto:               cut(lot.Object),
		SceltaContraente:      scelta,
		ImportoAggiudicazione: decimal(lot.AwardAmount),
		ImportoSommeLiquidate: decimal(lot.Paid),
	}
	for _, v := range lot.Participants {
		if len(v.Members) > 0 {
			g, err := anacGroup(v)
			if err != nil {
				return fail("participant %q: %v", v.Name, err)
			}
			l.Partecipanti.Items = append(l.Partecipanti.Items, anacChoice{XMLName: xml.Name{Local: "raggruppamento"}, Membri: g})
			continue
		}
		s, err := anacSingle(v.Party)
		if err != nil {
			return fail("participant: %v", err)
		}
		l.Partecipanti.Items = append(l.Partecipanti.Items, anacChoice{XMLName: xml.Name{Local: "partecipante"}, anacSoggetto: s})
	}
	for _, v := range lot.Awardees {
		if len(v.Members) > 0 {
			g, err := anacGroup(v)
			if err != nil {
				return fail("awardee %q: %v", v.Name, err)
			}
			l.Aggiudicatari.Items = append(l.Aggiudicatari.Items, anacChoice{XMLName: xml.Name{Local: "aggiudicatarioRaggruppamento"}, Membri: g})
			continue
		}
		s, err := anacSingle(v.Party)
		if err != nil {
			return fail("awardee: %v", err)
		}
		l.Aggiudicatari.Items = append(l.Aggiudicatari.Items, anacChoice{XMLName: xml.Name{Local: "aggiudicatario"}, anacSoggetto: s})
	}
	if !lot.Start.IsZero() {
		l.TempiCompletamento.DataInizio = lot.Start.String()
	}
	if !lot.End.IsZero() {
		l.TempiCompletamento.DataUltimazione = lot.End.String()
	}
	return l, nil
}

func anacGroup(v Vendor) ([]anacMembro, error) {
	out := make([]anacMembro, 0, len(v.Members))
	for _, m := range v.Members {
		s, err := anacSingle(m.Party)
		if err != nil {
			return nil, err
		}
		r := Ruolo(m.Role)
		if r == "" {
			return nil, fmt.Errorf("member %q: unknown role %q", m.Name, m.Role)
		}
		out = append(out, anacMembro{anacSoggetto: s, Ruolo: r})
	}
	return out, nil
}

// anacSingle identifies an operator by its Italian code, or else its
// foreign tax id.
func anacSingle(p Party) (anacSoggetto, error) {
	s := anacSoggetto{RagioneSociale: cut(p.Name)}
	if cf := italianCode(p); cf != "" {
		s.CodiceFiscale = cf
	} else if id := strings.TrimSpace(p.ForeignTaxID); id != "" {
		s.IdentificativoFiscaleEstero = id
	} else {
		return s, fmt.Errorf("operator %q has no codice fiscale, partita IVA or foreign tax id", p.Name)
	}
	if strings.TrimSpace(p.Name) == "" {
		return s, fmt.Errorf("operator %s without a name", s.CodiceFiscale+s.IdentificativoFiscaleEstero)
	}
	return s, nil
}

// italianCode is the codice fiscale of p, else its partita IVA (for
// companies the partita IVA is also a valid codice fiscale).
func italianCode(p Party) string {
	if cf := strings.ToUpper(strings.TrimSpace(p.TaxCode)); cf != "" {
		return cf
	}
	return strings.TrimSpace(p.VATNumber)
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// cut shortens s to the schema's 250 characters.
func cut(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= anacMaxText {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:anacMaxText]))
}

// ---- XML shapes (order of datasetAppaltiL190.xsd) ---------------------------

type anacPubblicazione struct {
	XMLName        xml.Name     `xml:"legge190:pubblicazione"`
	XMLNS          string       `xml:"xmlns:legge190,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Metadata       anacMetadata `xml:"metadata"`
	Data           anacData     `xml:"data"`
}

type anacMetadata struct {
	Titolo                         string `xml:"titolo"`
	Abstract                       string `xml:"abstract"`
	DataPubblicazioneDataset       string `xml:"dataPubblicazioneDataset"`
	EntePubblicatore               string `xml:"entePubblicatore"`
	DataUltimoAggiornamentoDataset string `xml:"dataUltimoAggiornamentoDataset"`
	AnnoRiferimento                string `xml:"annoRiferimento"`
	URLFile                        string `xml:"urlFile"`
	Licenza                        string `xml:"licenza"`
}

type anacData struct {
	Lotti []anacLotto `xml:"lotto"`
}

type anacLotto struct {
	CIG                   string        `xml:"cig"`
	StrutturaProponente   anacStruttura `xml:"strutturaProponente"`
	Oggetto               string        `xml:"oggetto"`
	SceltaContraente      string        `xml:"sceltaContraente"`
	Partecipanti          anacList      `xml:"partecipanti"`
	Aggiudicatari         anacList      `xml:"aggiudicatari"`
	ImportoAggiudicazione string        `xml:"importoAggiudicazione"`
	TempiCompletamento    anacTempi     `xml:"tempiCompletamento"`
	ImportoSommeLiquidate string        `xml:"importoSommeLiquidate"`
}

type anacStruttura struct {
	CodiceFiscaleProp string `xml:"codiceFiscaleProp"`
	Denominazione     string `xml:"denominazione"`
}

// anacList is partecipanti or aggiudicatari: a sequence of single operators
// and groupings, each element named by its XMLName.
type anacList struct {
	Items []anacChoice
}

// anacChoice is a partecipante / aggiudicatario (the embedded soggetto) or
// a raggruppamento / aggiudicatarioRaggruppamento (Membri).
type anacChoice struct {
	XMLName xml.Name
	anacSoggetto
	Membri []anacMembro `xml:"membro"`
}

// anacSoggetto is an operator: codiceFiscale or identificativoFiscaleEstero,
// then ragioneSociale; empty when the choice is a grouping.
type anacSoggetto struct {
	CodiceFiscale               string `xml:"codiceFiscale,omitempty"`
	IdentificativoFiscaleEstero string `xml:"identificativoFiscaleEstero,omitempty"`
	RagioneSociale              string `xml:"ragioneSociale,omitempty"`
}

type anacMembro struct {
	anacSoggetto
	Ruolo string `xml:"ruolo"`
}

type anacTempi struct {
	DataInizio      string `xml:"dataInizio,omitempty"`
	DataUltimazione string `xml:"dataUltimazione,omitempty"`
}
