package opendata

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/procurementlaw"
)

// Structures to read the dataset back, independent of the writer's.
type readPubblicazione struct {
	XMLName  xml.Name `xml:"legge190_1_0 pubblicazione"`
	Metadata struct {
		Titolo                         string `xml:"titolo"`
		Abstract                       string `xml:"abstract"`
		DataPubblicazioneDataset       string `xml:"dataPubblicazioneDataset"`
		EntePubblicatore               string `xml:"entePubblicatore"`
		DataUltimoAggiornamentoDataset string `xml:"dataUltimoAggiornamentoDataset"`
		AnnoRiferimento                string `xml:"annoRiferimento"`
		URLFile                        string `xml:"urlFile"`
		Licenza                        string `xml:"licenza"`
	} `xml:"metadata"`
	Lotti []readLotto `xml:"data>lotto"`
}

type readSoggetto struct {
	CodiceFiscale               string `xml:"codiceFiscale"`
	IdentificativoFiscaleEstero string `xml:"identificativoFiscaleEstero"`
	RagioneSociale              string `xml:"ragioneSociale"`
	Ruolo                       string `xml:"ruolo"`
}

type readLotto struct {
	CIG                 string `xml:"cig"`
	StrutturaProponente struct {
		CodiceFiscaleProp string `xml:"codiceFiscaleProp"`
		Denominazione     string `xml:"denominazione"`
	} `xml:"strutturaProponente"`
	Oggetto          string         `xml:"oggetto"`
	SceltaContraente string         `xml:"sceltaContraente"`
	Partecipanti     []readSoggetto `xml:"partecipanti>partecipante"`
	Raggruppamenti   []struct {
		Membri []readSoggetto `xml:"membro"`
	} `xml:"partecipanti>raggruppamento"`
	Aggiudicatari               []readSoggetto `xml:"aggiudicatari>aggiudicatario"`
	AggiudicatariRaggruppamento []struct {
		Membri []readSoggetto `xml:"membro"`
	} `xml:"aggiudicatari>aggiudicatarioRaggruppamento"`
	ImportoAggiudicazione string `xml:"importoAggiudicazione"`
	DataInizio            string `xml:"tempiCompletamento>dataInizio"`
	DataUltimazione       string `xml:"tempiCompletamento>dataUltimazione"`
	ImportoSommeLiquidate string `xml:"importoSommeLiquidate"`
}

func mustANAC(t *testing.T, d ANACData) (readPubblicazione, []byte) {
	t.Helper()
	b, err := ANAC190(d)
	if err != nil {
		t.Fatalf("ANAC190: %v", err)
	}
	var p readPubblicazione
	if err := xml.Unmarshal(b, &p); err != nil {
		t.Fatalf("reading back: %v\n%s", err, b)
	}
	return p, b
}

func TestANACReadBack(t *testing.T) {
	p, b := mustANAC(t, anacFixture())
	if !bytes.HasPrefix(b, []byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<legge190:pubblicazione xmlns:legge190="legge190_1_0" `)) {
		t.Errorf("root element:\n%s", b[:200])
	}
	m := p.Metadata
	for name, got := range map[string][2]string{
		"titolo":                         {m.Titolo, "Pubblicazione 1 legge 190"},
		"dataPubblicazioneDataset":       {m.DataPubblicazioneDataset, "2024-01-31"},
		"entePubblicatore":               {m.EntePubblicatore, "Comune di San Benedetto del Tronto"},
		"dataUltimoAggiornamentoDataset": {m.DataUltimoAggiornamentoDataset, "2024-01-20"},
		"annoRiferimento":                {m.AnnoRiferimento, "2023"},
		"urlFile":                        {m.URLFile, "https://www.comunesbt.it/trasparenza/legge190/2023.xml"},
		"licenza":                        {m.Licenza, "IODL"},
	} {
		if got[0] != got[1] {
			t.Errorf("%s = %q, want %q", name, got[0], got[1])
		}
	}
	if !strings.Contains(m.Abstract, "L. 190/2012") || !strings.Contains(m.Abstract, "2023") {
		t.Errorf("abstract = %q", m.Abstract)
	}

	if len(p.Lotti) != 2 {
		t.Fatalf("%d lots, want 2", len(p.Lotti))
	}
	// CIG order, whatever the input order.
	l := p.Lotti[0]
	if l.CIG != "8874674CA7" || l.SceltaContraente != "23-AFFIDAMENTO DIRETTO" || l.Oggetto != "Piattaforma pagoPA per 64 enti" {
		t.Errorf("lot 1 = %+v", l)
	}
	if l.StrutturaProponente.CodiceFiscaleProp != "00360140446" || l.StrutturaProponente.Denominazione != "Comune di San Benedetto del Tronto" {
		t.Errorf("strutturaProponente = %+v", l.StrutturaProponente)
	}
	alfaRead := readSoggetto{CodiceFiscale: "01234567897", RagioneSociale: "Alfa Informatica S.r.l."}
	if !slices.Equal(l.Partecipanti, []readSoggetto{alfaRead}) || !slices.Equal(l.Aggiudicatari, []readSoggetto{alfaRead}) {
		t.Errorf("participants %+v, awardees %+v", l.Partecipanti, l.Aggiudicatari)
	}
	if l.ImportoAggiudicazione != "135000.50" || l.ImportoSommeLiquidate != "81000.30" {
		t.Errorf("amounts %s / %s", l.ImportoAggiudicazione, l.ImportoSommeLiquidate)
	}
	if l.DataInizio != "2023-04-01" || l.DataUltimazione != "2024-03-31" {
		t.Errorf("dates %s / %s", l.DataInizio, l.DataUltimazione)
	}

	l = p.Lotti[1]
	if l.CIG != "95156957EC" || l.SceltaContraente != "01-PROCEDURA APERTA" {
		t.Errorf("lot 2 = %+v", l)
	}
	members := []readSoggetto{
		{CodiceFiscale: "05555555550", RagioneSociale: "Gamma Software S.r.l.", Ruolo: "01-MANDANTE"},
		{CodiceFiscale: "BTCLDS80A01H501X", RagioneSociale: "Beta Cloud S.p.A.", Ruolo: "02-MANDATARIA"},
	}
	if len(l.Raggruppamenti) != 1 || !slices.Equal(l.Raggruppamenti[0].Membri, members) {
		t.Errorf("raggruppamento = %+v", l.Raggruppamenti)
	}
	if len(l.AggiudicatariRaggruppamento) != 1 || !slices.Equal(l.AggiudicatariRaggruppamento[0].Membri, members) {
		t.Errorf("aggiudicatarioRaggruppamento = %+v", l.AggiudicatariRaggruppamento)
	}
	if want := []readSoggetto{alfaRead, {IdentificativoFiscaleEstero: "DE123456789", RagioneSociale: "Delta GmbH"}}; !slices.Equal(l.Partecipanti, want) {
		t.Errorf("single participants = %+v", l.Partecipanti)
	}
	if len(l.Aggiudicatari) != 0 {
		t.Errorf("single awardees = %+v", l.Aggiudicatari)
	}
	if l.ImportoSommeLiquidate != "0.00" || l.DataInizio != "2023-06-01" || l.DataUltimazione != "" {
		t.Errorf("lot 2 = %+v", l)
	}
}

// children returns, for every element whose name is in parents, the
// sequence of its child element names, in document order.
func children(t *testing.T, b []byte, parents ...string) map[string][][]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	type frame struct {
		name string
		kids []string
	}
	var stack []*frame
	out := map[string][][]string{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.kids = append(top.kids, e.Name.Local)
			}
			stack = append(stack, &frame{name: e.Name.Local})
		case xml.EndElement:
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if slices.Contains(parents, top.name) {
				out[top.name] = append(out[top.name], top.kids)
			}
		}
	}
	return out
}

func TestANACElementOrder(t *testing.T) {
	_, b := mustANAC(t, anacFixture())
	got := children(t, b, "pubblicazione", "metadata", "lotto", "strutturaProponente", "partecipante", "membro", "tempiCompletamento")
	want := map[string][]string{
		"pubblicazione":       {"metadata", "data"},
		"metadata":            {"titolo", "abstract", "dataPubblicazioneDataset", "entePubblicatore", "dataUltimoAggiornamentoDataset", "annoRiferimento", "urlFile", "licenza"},
		"lotto":               {"cig", "strutturaProponente", "oggetto", "sceltaContraente", "partecipanti", "aggiudicatari", "importoAggiudicazione", "tempiCompletamento", "importoSommeLiquidate"},
		"strutturaProponente": {"codiceFiscaleProp", "denominazione"},
		"membro":              {"codiceFiscale", "ragioneSociale", "ruolo"},
		"tempiCompletamento":  {"dataInizio", "dataUltimazione"},
	}
	for parent, seq := range want {
		if len(got[parent]) == 0 {
			t.Errorf("no %s element", parent)
		}
		for _, kids := range got[parent] {
			// Optional elements may be missing, but the rest keep the order.
			if !isSubsequence(kids, seq) || (parent != "tempiCompletamento" && !slices.Equal(kids, seq)) {
				t.Errorf("%s children = %v, want %v", parent, kids, seq)
			}
		}
	}
	for _, kids := range got["partecipante"] {
		if !slices.Equal(kids, []string{"codiceFiscale", "ragioneSociale"}) && !slices.Equal(kids, []string{"identificativoFiscaleEstero", "ragioneSociale"}) {
			t.Errorf("partecipante children = %v", kids)
		}
	}
}

func isSubsequence(sub, seq []string) bool {
	i := 0
	for _, s := range seq {
		if i < len(sub) && sub[i] == s {
			i++
		}
	}
	return i == len(sub)
}

func TestANACDefaultsAndLimits(t *testing.T) {
	d := anacFixture()
	d.Title = "Dataset L. 190 – Marche Sud"
	d.Publisher = "Comune di San Benedetto del Tronto – Settore Innovazione"
	d.License = "IODL 2.0"
	d.UpdatedOn = d.PublishedOn.AddDays(0)
	long := strings.Repeat("Servizio di conservazione à norma ", 20)
	d.Lots[0].Object = long
	other := Party{Name: "Unione dei Comuni Vallata del Tronto", TaxCode: "92033440445"}
	d.Lots[0].Proposer = &other
	d.Lots = append(d.Lots, ANACLot{CIG: "Z063947806", Object: "Formazione <base> & avanzata", Procedure: procurementlaw.NegotiatedBelowThreshold})
	p, b := mustANAC(t, d)
	if p.Metadata.Titolo != d.Title || p.Metadata.EntePubblicatore != d.Publisher || p.Metadata.Licenza != "IODL 2.0" {
		t.Errorf("metadata = %+v", p.Metadata)
	}
	l := p.Lotti[1] // 95156957EC
	if n := utf8.RuneCountInString(l.Oggetto); n > 250 || !strings.HasPrefix(long, l.Oggetto) {
		t.Errorf("oggetto has %d characters: %q", n, l.Oggetto)
	}
	if l.StrutturaProponente.CodiceFiscaleProp != "92033440445" {
		t.Errorf("proposer = %+v", l.StrutturaProponente)
	}
	l = p.Lotti[2]
	if l.Oggetto != "Formazione <base> & avanzata" || l.SceltaContraente != "33-PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA" {
		t.Errorf("lot 3 = %+v", l)
	}
	if l.ImportoAggiudicazione != "0.00" || len(l.Partecipanti) != 0 {
		t.Errorf("lot 3 = %+v", l)
	}
	if !bytes.Contains(b, []byte("<partecipanti></partecipanti>")) || !bytes.Contains(b, []byte("<tempiCompletamento></tempiCompletamento>")) {
		t.Error("empty partecipanti / tempiCompletamento should still be written (required by the XSD)")
	}

	// Deterministic, whatever the order of the lots.
	_, again := mustANAC(t, d)
	slices.Reverse(d.Lots)
	_, reversed := mustANAC(t, d)
	if !bytes.Equal(b, again) || !bytes.Equal(b, reversed) {
		t.Error("output is not deterministic")
	}
}

func TestANACProcedureValues(t *testing.T) {
	want := map[procurementlaw.Procedure]string{
		procurementlaw.Open:                     "01-PROCEDURA APERTA",
		procurementlaw.Restricted:               "02-PROCEDURA RISTRETTA",
		procurementlaw.NegotiatedWithNotice:     "03-PROCEDURA NEGOZIATA PREVIA PUBBLICAZIONE",
		procurementlaw.NegotiatedWithoutNotice:  "04-PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE",
		procurementlaw.DirectAward:              "23-AFFIDAMENTO DIRETTO",
		procurementlaw.DirectAwardFramework:     "26-AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE",
		procurementlaw.CompetitiveFramework:     "27-CONFRONTO COMPETITIVO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE",
		procurementlaw.NegotiatedBelowThreshold: "33-PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA",
	}
	for _, p := range procurementlaw.Procedures() {
		got := SceltaContraente(p)
		if got != want[p] {
			t.Errorf("SceltaContraente(%s) = %q, want %q", p, got, want[p])
		}
		// The code part agrees with the procurementlaw package's ANAC code.
		if !strings.HasPrefix(got, procurementlaw.ANACCode(p)+"-") {
			t.Errorf("%s: %q does not start with ANAC code %s", p, got, procurementlaw.ANACCode(p))
		}
	}
	if SceltaContraente("AUCTION") != "" {
		t.Error("unknown procedure should give an empty value")
	}
	for r, w := range map[GroupRole]string{RoleMandante: "01-MANDANTE", RoleMandataria: "02-MANDATARIA",
		RoleAssociata: "03-ASSOCIATA", RoleCapogruppo: "04-CAPOGRUPPO", RoleConsorziata: "05-CONSORZIATA", "X": ""} {
		if got := Ruolo(r); got != w {
			t.Errorf("Ruolo(%s) = %q, want %q", r, got, w)
		}
	}
}

func TestANACErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*ANACData)
		want   string
	}{
		"published": {func(d *ANACData) { d.PublishedOn = d.PublishedOn.AddDays(0); d.PublishedOn.Day = 0 }, "PublishedOn is required"},
		"year":      {func(d *ANACData) { d.Year = 26 }, "invalid Year"},
		"from 2024": {func(d *ANACData) { d.Year = 2024 }, "the L. 190/2012 dataset ends with 2023"},
		"url":       {func(d *ANACData) { d.URL = " " }, "URL is required"},
		"cig":       {func(d *ANACData) { d.Lots[0].CIG = "123" }, "10 characters"},
		"dup cig":   {func(d *ANACData) { d.Lots[1].CIG = d.Lots[0].CIG }, "duplicate lot CIG"},
		"procedure": {func(d *ANACData) { d.Lots[0].Procedure = "" }, "unknown procedure"},
		"negative":  {func(d *ANACData) { d.Lots[0].Paid = -1 }, "negative amount"},
		"body cf":   {func(d *ANACData) { d.Body.TaxCode = "" }, "has no codice fiscale"},
		"vendor":    {func(d *ANACData) { a := &d.Lots[1].Awardees[0]; a.TaxCode, a.VATNumber = "", "" }, `awardee: operator "Alfa Informatica S.r.l." has no codice fiscale`},
		"role":      {func(d *ANACData) { d.Lots[0].Participants[0].Members[0].Role = "" }, "unknown role"},
		"name":      {func(d *ANACData) { d.Lots[1].Participants[0].Name = "" }, "without a name"},
	} {
		t.Run(name, func(t *testing.T) {
			d := anacFixture()
			// Deep-copy the members the fixture shares with other tests.
			for i := range d.Lots {
				d.Lots[i].Participants = slices.Clone(d.Lots[i].Participants)
				d.Lots[i].Awardees = slices.Clone(d.Lots[i].Awardees)
				for j := range d.Lots[i].Participants {
					d.Lots[i].Participants[j].Members = slices.Clone(d.Lots[i].Participants[j].Members)
				}
			}
			tc.mutate(&d)
			_, err := ANAC190(d)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}
