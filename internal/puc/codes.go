package puc

import (
	"slices"

	"github.com/capofila/capofila/internal/procurementlaw"
)

// Table is a context table (tabella di contesto) of the PUC: the codes a
// field may take.
type Table struct {
	// Name is the table's number in the PUC, "TC24".
	Name string
	// Title is its title, "Ruolo soggetto".
	Title string
	// Codes maps each code to its label.
	Codes map[string]string
	// Checked is true when the codes were read in a public copy of the
	// specification or of a system implementing it; false marks the tables
	// whose codes Capofila uses as documented in docs/REPORTS.md but that
	// must be confirmed against the tables the RGS publishes with the PUC.
	Checked bool
}

// Has reports whether code belongs to the table.
func (t *Table) Has(code string) bool { _, ok := t.Codes[code]; return ok }

// Sorted returns the table's codes in order.
func (t *Table) Sorted() []string {
	out := make([]string, 0, len(t.Codes))
	for c := range t.Codes {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// The context tables Capofila fills or checks.
var (
	// TabFlagCancellazione is the only value of FLG_CANCELLAZIONE besides
	// empty: S deletes a record sent earlier.
	TabFlagCancellazione = &Table{Name: "FLG", Title: "Flag cancellazione", Checked: true, Codes: map[string]string{"S": "Cancellazione"}}
	// TabTipoProceduraAttivazione is TC2.
	TabTipoProceduraAttivazione = &Table{Name: "TC2", Title: "Tipo procedura di attivazione", Codes: map[string]string{
		"1": "Avviso / bando pubblico", "2": "Procedura negoziale", "3": "Individuazione diretta nel programma",
		"4": "Manifestazione di interesse", "5": "Accordo tra amministrazioni", "9": "Altro"}}
	// TabResponsabileProcedura is TC3.
	TabResponsabileProcedura = &Table{Name: "TC3", Title: "Responsabile della procedura", Codes: map[string]string{
		"1": "Autorità di gestione", "2": "Organismo intermedio", "3": "Responsabile di asse / azione", "9": "Altro"}}
	// TabTipoAiuto is TC6.
	TabTipoAiuto = &Table{Name: "TC6", Title: "Tipo aiuto", Codes: map[string]string{
		"A": "Aiuto notificato", "B": "Aiuto in esenzione (GBER)", "C": "Aiuto de minimis", "X": "Non costituisce aiuto di Stato"}}
	// TabTipoLocalizzazione is TC10.
	TabTipoLocalizzazione = &Table{Name: "TC10", Title: "Tipo localizzazione", Codes: map[string]string{
		"P": "Puntuale", "L": "Lineare", "A": "Areale", "N": "Non localizzabile"}}
	// TabTipoClassificazione is TC11: RA (risultato atteso) is checked
	// in the controls of a regional system (control 001).
	TabTipoClassificazione = &Table{Name: "TC11", Title: "Tipo classificazione", Codes: map[string]string{
		"RA": "Risultato atteso", "LA": "Linea di azione", "CI": "Campo di intervento", "FF": "Forma di finanziamento",
		"TT": "Tipo di territorio", "MET": "Meccanismi di erogazione territoriale", "AE": "Attività economica",
		"OS": "Obiettivo specifico", "SS": "Settore / sottosettore CUP", "DTT": "Dimensione tematica"}}
	// TabGruppoVulnerabile is TC13.
	TabGruppoVulnerabile = &Table{Name: "TC13", Title: "Gruppo vulnerabile di progetto", Codes: map[string]string{
		"01": "Migranti", "02": "Minoranze", "03": "Persone con disabilità", "04": "Altre persone svantaggiate", "99": "Non pertinente"}}
	// TabStatoProgramma is TC14's state of a project within a programme
	// (AP04 STATO): 1 active, 2 not active.
	TabStatoProgramma = &Table{Name: "AP04", Title: "Stato del progetto nel programma", Checked: true, Codes: map[string]string{
		"1": "Attivo", "2": "Non attivo"}}
	// TabMotivoAssenzaCIG is TC22.
	TabMotivoAssenzaCIG = &Table{Name: "TC22", Title: "Motivo assenza CIG", Codes: map[string]string{
		"01": "Contratto escluso dall'obbligo di CIG", "02": "Affidamento in house", "03": "Amministrazione diretta", "99": "Altro"}}
	// TabTipoProceduraAggiudicazione is TC23, written with ANAC's codes of
	// the procedure types (scelta del contraente) of internal/procurementlaw.
	TabTipoProceduraAggiudicazione = procedureTable()
	// TabRuoloSoggetto is TC24; 1 and 2 are the roles every project needs
	// (control 004 of a regional system).
	TabRuoloSoggetto = &Table{Name: "TC24", Title: "Ruolo soggetto", Checked: true, Codes: map[string]string{
		"1": "Programmatore del progetto", "2": "Beneficiario del progetto", "3": "Attuatore del progetto", "4": "Realizzatore del progetto"}}
	// TabFormaGiuridica is TC25, the ISTAT classification of legal forms
	// (the codes Capofila writes).
	TabFormaGiuridica = &Table{Name: "TC25", Title: "Forma giuridica", Codes: map[string]string{
		"1.1.10": "Imprenditore individuale", "1.3.10": "Società per azioni", "1.3.20": "Società a responsabilità limitata",
		"1.4.10": "Società cooperativa", "2.4.10": "Regione", "2.4.30": "Comune", "2.4.50": "Unione di comuni", "2.4.90": "Altro ente pubblico"}}
	// TabFonteFinanziaria is TC33.
	TabFonteFinanziaria = &Table{Name: "TC33", Title: "Fonte finanziaria", Codes: map[string]string{
		"ERDF": "FESR", "ESF+": "FSE+", "FDR": "Fondo di rotazione (L. 183/1987)", "FSC": "Fondo sviluppo e coesione",
		"PNRR": "Dispositivo per la ripresa e la resilienza", "REG": "Regione", "COM": "Comune", "ALTRO_NAZ": "Altro nazionale",
		"PRT": "Privato"}}
	// TabVoceSpesa is TC37: its codes are the Region's (the call's
	// settings map each expense category to one); any code up to 10
	// characters is accepted.
	TabVoceSpesa *Table
	// TabTipologiaImpegno is the kind of a commitment (FN04/FN05).
	TabTipologiaImpegno = &Table{Name: "FN04", Title: "Tipologia impegno", Checked: true, Codes: map[string]string{
		"I": "Impegno", "D": "Disimpegno", "I-TR": "Impegno per trasferimento", "D-TR": "Disimpegno per trasferimento"}}
	// TabCausaleDisimpegno is TC38.
	TabCausaleDisimpegno = &Table{Name: "TC38", Title: "Causale disimpegno", Codes: map[string]string{
		"01": "Economie", "02": "Revoca", "03": "Rinuncia", "99": "Altro"}}
	// TabTipologiaPagamento is the kind of a payment (FN06-FN08).
	TabTipologiaPagamento = &Table{Name: "FN06", Title: "Tipologia pagamento", Checked: true, Codes: map[string]string{
		"P": "Pagamento", "R": "Rettifica", "P-TR": "Pagamento per trasferimento", "R-TR": "Rettifica per trasferimento"}}
	// TabCausalePagamento is TC39.
	TabCausalePagamento = &Table{Name: "TC39", Title: "Causale pagamento", Codes: map[string]string{
		"ANT": "Anticipo", "INT": "Pagamento intermedio", "SLD": "Saldo", "SNA": "Spesa non ammissibile / recupero"}}
	// TabTipoPercettore is TC40.
	TabTipoPercettore = &Table{Name: "TC40", Title: "Tipo percettore", Codes: map[string]string{
		"1": "Impresa / operatore economico", "2": "Ente pubblico", "3": "Persona fisica", "4": "Erario (F24)"}}
	// TabTipoIndicatore is the kind of an indicator: COM common (TC44),
	// DPR of the programme (TC45).
	TabTipoIndicatore = &Table{Name: "TC44/45", Title: "Tipo indicatore", Codes: map[string]string{
		"COM": "Indicatore comune", "DPR": "Indicatore di programma"}}
	// TabFaseProcedurale is TC46, the phases of an acquisition of goods
	// and services.
	TabFaseProcedurale = &Table{Name: "TC46", Title: "Fase procedurale", Codes: map[string]string{
		"0201": "Stipula contratto", "0202": "Esecuzione fornitura", "0203": "Verifiche e controlli"}}
	// TabStatoProgetto is TC47.
	TabStatoProgetto = &Table{Name: "TC47", Title: "Stato progetto", Codes: map[string]string{
		"1": "Non avviato", "2": "In corso di esecuzione", "3": "Eseguito", "4": "Sospeso", "5": "Chiuso", "6": "Revocato"}}
	// TabCausaleTrasferimento is TC49.
	TabCausaleTrasferimento = &Table{Name: "TC49", Title: "Causale trasferimento", Codes: map[string]string{
		"1": "Anticipazione", "2": "Pagamento intermedio", "3": "Saldo", "4": "Restituzione"}}
)

func procedureTable() *Table {
	t := &Table{Name: "TC23", Title: "Tipo procedura di aggiudicazione", Codes: map[string]string{}}
	for _, p := range procurementlaw.Procedures() {
		t.Codes[procurementlaw.ANACCode(p)] = procurementlaw.Label(p)
	}
	return t
}
