// Package puc writes and checks the national monitoring feed of a funded
// project: the record families of the "Monitoraggio unitario progetti –
// Protocollo Unico di Colloquio" (PUC) that the Region's system and the
// State's monitoring systems (ReGiS, the national database of cohesion
// projects of MEF-RGS-IGRUE) ingest.
//
// The layout follows the PUC as published in its public copies: version 2.1
// (June 2019) and version 1.4 (November 2016), which describe the same
// record families; where they differ, 2.1 wins. Each family is a text file of
// records, one a line, fields separated by "|" in the order of the
// specification, dates DD/MM/YYYY, amounts with two decimals and a decimal
// comma without thousands separator, flags "S"/"N", and the deletion flag
// FLG_CANCELLAZIONE ("S" to delete a record sent earlier; empty otherwise).
// The field tables (names, order, maximum lengths, mandatory fields) are
// [Families]; the context code tables (tabelle di contesto) Capofila fills are
// in codes.go. The pure builder ([Build]) turns a project's data into a
// [Feed]; [Validate] checks a feed record by record.
package puc

// Kind is how a field's value is written and checked.
type Kind int

// The kinds of field.
const (
	Text   Kind = iota // free text (no "|", no line breaks)
	Code               // a code of a context table, or an identifier
	Date               // DD/MM/YYYY
	Amount             // 1234,56: two decimals, decimal comma, no thousands separator
	Flag               // S or N
	TaxID              // codice fiscale of a body (11 digits) or person (16), or partita IVA
	CUP                // Codice Unico di Progetto
	CIG                // Codice Identificativo Gara
	Year               // YYYY
	Number             // a non-negative number with up to two decimals (indicator values)
)

// Field is one field of a record family, in the specification's order.
type Field struct {
	// Name is the specification's name, "COD_LOCALE_PROGETTO".
	Name string
	// Max is the maximum length in characters.
	Max int
	// Kind is the field's format.
	Kind Kind
	// Mandatory fields must not be empty (campo obbligatorio).
	Mandatory bool
	// Table is the context table the value must belong to; nil for none.
	Table *Table
}

// Family is a record family (struttura) of the PUC: one file of the feed.
type Family struct {
	// Code is "AP00".
	Code string
	// Name is the specification's title, "Anagrafica Progetti".
	Name string
	// Section is the section of PUC 2.1 that defines it, "4.3.1".
	Section string
	// Fields are in the specification's order.
	Fields []Field
}

// Index returns the position of the field called name, or -1.
func (f Family) Index(name string) int {
	for i, fd := range f.Fields {
		if fd.Name == name {
			return i
		}
	}
	return -1
}

// The fields every family repeats.
var (
	fLocale = Field{Name: "COD_LOCALE_PROGETTO", Max: 60, Kind: Code, Mandatory: true}
	fFlg    = Field{Name: "FLG_CANCELLAZIONE", Max: 1, Kind: Flag, Table: TabFlagCancellazione}
	fProg   = Field{Name: "COD_PROGRAMMA", Max: 50, Kind: Code, Mandatory: true}
)

// Families are the record families Capofila produces, in the order of the
// specification's chapter 4 (FO00 and SC01, training courses and their
// participants, FN03 cost plan, FN09 certified expenditure and IN00 result
// indicators are not produced: see docs/REPORTS.md).
var Families = []Family{
	{Code: "PA00", Name: "Procedure di Attivazione", Section: "4.1.1", Fields: []Field{
		{Name: "COD_PROC_ATT", Max: 30, Kind: Code, Mandatory: true},
		{Name: "COD_PROC_ATT_LOCALE", Max: 30, Kind: Code, Mandatory: true},
		{Name: "COD_AIUTO_RNA", Max: 30, Kind: Code},
		{Name: "TIP_PROCEDURA_ATT", Max: 2, Kind: Code, Mandatory: true, Table: TabTipoProceduraAttivazione},
		{Name: "FLAG_AIUTI", Max: 1, Kind: Flag, Mandatory: true},
		{Name: "DESCR_PROCEDURA_ATT", Max: 255, Kind: Text, Mandatory: true},
		{Name: "COD_TIPO_RESP_PROC", Max: 2, Kind: Code, Mandatory: true, Table: TabResponsabileProcedura},
		{Name: "DENOM_RESP_PROC", Max: 255, Kind: Text, Mandatory: true},
		{Name: "DATA_AVVIO_PROCEDURA", Max: 10, Kind: Date, Mandatory: true},
		{Name: "DATA_FINE_PROCEDURA", Max: 10, Kind: Date},
		fFlg,
	}},
	{Code: "PA01", Name: "Programmi collegati a Procedura attivazione", Section: "4.1.2", Fields: []Field{
		{Name: "COD_PROC_ATT", Max: 30, Kind: Code, Mandatory: true},
		fProg,
		{Name: "IMPORTO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "TR00", Name: "Trasferimenti", Section: "4.2.1", Fields: []Field{
		{Name: "COD_TRASFERIMENTO", Max: 60, Kind: Code, Mandatory: true},
		{Name: "DATA_TRASFERIMENTO", Max: 10, Kind: Date, Mandatory: true},
		fProg,
		{Name: "CAUSALE_TRASFERIMENTO", Max: 3, Kind: Code, Mandatory: true, Table: TabCausaleTrasferimento},
		{Name: "IMPORTO_TRASFERIMENTO", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "CF_SOG_RICEVENTE", Max: 16, Kind: TaxID, Mandatory: true},
		{Name: "FLAG_SOGGETTO_PUBBLICO", Max: 1, Kind: Flag, Mandatory: true},
		fFlg,
	}},
	{Code: "AP00", Name: "Anagrafica Progetti", Section: "4.3.1", Fields: []Field{
		fLocale,
		{Name: "TITOLO_PROGETTO", Max: 500, Kind: Text, Mandatory: true},
		{Name: "SINTESI_PRG", Max: 1300, Kind: Text, Mandatory: true},
		{Name: "TIPO_OPERAZIONE", Max: 11, Kind: Code, Mandatory: true},
		{Name: "CUP", Max: 15, Kind: CUP, Mandatory: true},
		{Name: "TIPO_AIUTO", Max: 2, Kind: Code, Mandatory: true, Table: TabTipoAiuto},
		{Name: "DATA_INIZIO", Max: 10, Kind: Date, Mandatory: true},
		{Name: "DATA_FINE_PREVISTA", Max: 10, Kind: Date, Mandatory: true},
		{Name: "DATA_FINE_EFFETTIVA", Max: 10, Kind: Date},
		{Name: "TIP_PROC_ATT_ORIG", Max: 2, Kind: Code},
		{Name: "CODICE_PROC_ATT_ORIG", Max: 30, Kind: Code},
		fFlg,
	}},
	{Code: "AP01", Name: "Associazione Progetti Procedura", Section: "4.3.2", Fields: []Field{
		fLocale,
		{Name: "COD_PROC_ATT", Max: 30, Kind: Code, Mandatory: true},
		fFlg,
	}},
	{Code: "AP02", Name: "Informazioni generali", Section: "4.3.3", Fields: []Field{
		fLocale,
		{Name: "COD_PRG_COMPLESSO", Max: 30, Kind: Code},
		{Name: "GRANDE_PROGETTO", Max: 50, Kind: Code},
		{Name: "GENERATORE_ENTRATE", Max: 1, Kind: Flag, Mandatory: true},
		{Name: "LIV_ISTITUZIONE_STR_FIN", Max: 3, Kind: Code},
		{Name: "FONDO_DI_FONDI", Max: 1, Kind: Flag},
		{Name: "TIPO_LOCALIZZAZIONE", Max: 5, Kind: Code, Mandatory: true, Table: TabTipoLocalizzazione},
		{Name: "COD_VULNERABILI", Max: 3, Kind: Code, Mandatory: true, Table: TabGruppoVulnerabile},
		fFlg,
	}},
	{Code: "AP03", Name: "Classificazioni", Section: "4.3.4", Fields: []Field{
		fLocale,
		fProg,
		{Name: "TIPO_CLASS", Max: 10, Kind: Code, Mandatory: true, Table: TabTipoClassificazione},
		{Name: "COD_CLASSIFICAZIONE", Max: 200, Kind: Code, Mandatory: true},
		fFlg,
	}},
	{Code: "AP04", Name: "Programma", Section: "4.3.5", Fields: []Field{
		fLocale,
		fProg,
		{Name: "STATO", Max: 1, Kind: Code, Mandatory: true, Table: TabStatoProgramma},
		{Name: "SPECIFICA_STATO", Max: 10, Kind: Code},
	}},
	{Code: "AP06", Name: "Localizzazione Geografica", Section: "4.3.7", Fields: []Field{
		fLocale,
		{Name: "COD_REGIONE", Max: 3, Kind: Code, Mandatory: true},
		{Name: "COD_PROVINCIA", Max: 3, Kind: Code, Mandatory: true},
		{Name: "COD_COMUNE", Max: 3, Kind: Code, Mandatory: true},
		{Name: "INDIRIZZO", Max: 1000, Kind: Text},
		{Name: "COD_CAP", Max: 5, Kind: Code},
		fFlg,
	}},
	{Code: "PG00", Name: "Procedure di Aggiudicazione", Section: "4.5.1", Fields: []Field{
		fLocale,
		{Name: "COD_PROC_AGG", Max: 30, Kind: Code, Mandatory: true},
		{Name: "CIG", Max: 10, Kind: CIG},
		{Name: "MOTIVO_ASSENZA_CIG", Max: 3, Kind: Code, Table: TabMotivoAssenzaCIG},
		{Name: "DESCR_PROCEDURA_AGG", Max: 1500, Kind: Text, Mandatory: true},
		{Name: "TIPO_PROC_AGG", Max: 10, Kind: Code, Mandatory: true, Table: TabTipoProceduraAggiudicazione},
		{Name: "IMPORTO_PROCEDURA_AGG", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "DATA_PUBBLICAZIONE", Max: 10, Kind: Date},
		{Name: "IMPORTO_AGGIUDICATO", Max: 20, Kind: Amount},
		{Name: "DATA_AGGIUDICAZIONE", Max: 10, Kind: Date},
		fFlg,
	}},
	{Code: "SC00", Name: "Soggetti collegati", Section: "4.6.1", Fields: []Field{
		fLocale,
		{Name: "COD_RUOLO_SOG", Max: 3, Kind: Code, Mandatory: true, Table: TabRuoloSoggetto},
		{Name: "CODICE_FISCALE", Max: 16, Kind: TaxID, Mandatory: true},
		{Name: "FLAG_SOGGETTO_PUBBLICO", Max: 1, Kind: Flag, Mandatory: true},
		{Name: "COD_UNI_IPA", Max: 10, Kind: Code},
		{Name: "DENOMINAZIONE_SOG", Max: 255, Kind: Text, Mandatory: true},
		{Name: "FORMA_GIURIDICA", Max: 10, Kind: Code, Mandatory: true, Table: TabFormaGiuridica},
		{Name: "SETT_ATT_ECONOMICA", Max: 120, Kind: Code},
		{Name: "NOTE", Max: 1000, Kind: Text},
		fFlg,
	}},
	{Code: "FN00", Name: "Finanziamento", Section: "4.7.1", Fields: []Field{
		fLocale,
		{Name: "COD_FONDO", Max: 10, Kind: Code, Mandatory: true, Table: TabFonteFinanziaria},
		{Name: "COD_NORMA", Max: 5, Kind: Code, Mandatory: true},
		{Name: "COD_DEL_CIPE", Max: 6, Kind: Code, Mandatory: true},
		{Name: "COD_LOCALIZZAZIONE", Max: 9, Kind: Code},
		{Name: "CF_COFINANZ", Max: 16, Kind: TaxID},
		{Name: "IMPORTO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "FN01", Name: "Costo Ammesso", Section: "4.7.2", Fields: []Field{
		fLocale,
		fProg,
		{Name: "COD_LIV_GERARCHICO", Max: 100, Kind: Code, Mandatory: true},
		{Name: "IMPORTO_AMMESSO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "FN02", Name: "Quadro Economico", Section: "4.7.3", Fields: []Field{
		fLocale,
		{Name: "VOCE_SPESA", Max: 10, Kind: Code, Mandatory: true, Table: TabVoceSpesa},
		{Name: "IMPORTO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "FN04", Name: "Impegni", Section: "4.7.5", Fields: []Field{
		fLocale,
		{Name: "COD_IMPEGNO", Max: 20, Kind: Code, Mandatory: true},
		{Name: "TIPOLOGIA_IMPEGNO", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaImpegno},
		{Name: "DATA_IMPEGNO", Max: 10, Kind: Date, Mandatory: true},
		{Name: "IMPORTO_IMPEGNO", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "CAUSALE_DISIMPEGNO", Max: 3, Kind: Code, Table: TabCausaleDisimpegno},
		{Name: "NOTE_IMPEGNO", Max: 1000, Kind: Text},
		fFlg,
	}},
	{Code: "FN05", Name: "Impegni Ammessi", Section: "4.7.6", Fields: []Field{
		fLocale,
		{Name: "COD_IMPEGNO", Max: 20, Kind: Code, Mandatory: true},
		{Name: "TIPOLOGIA_IMPEGNO", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaImpegno},
		{Name: "DATA_IMPEGNO", Max: 10, Kind: Date, Mandatory: true},
		fProg,
		{Name: "COD_LIV_GERARCHICO", Max: 100, Kind: Code, Mandatory: true},
		{Name: "DATA_IMP_AMM", Max: 10, Kind: Date, Mandatory: true},
		{Name: "TIPOLOGIA_IMP_AMM", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaImpegno},
		{Name: "CAUSALE_DISIMPEGNO_AMM", Max: 3, Kind: Code, Table: TabCausaleDisimpegno},
		{Name: "IMPORTO_IMP_AMM", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "NOTE_IMP", Max: 1000, Kind: Text},
		fFlg,
	}},
	{Code: "FN06", Name: "Pagamenti", Section: "4.7.7", Fields: []Field{
		fLocale,
		{Name: "COD_PAGAMENTO", Max: 20, Kind: Code, Mandatory: true},
		{Name: "TIPOLOGIA_PAG", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaPagamento},
		{Name: "DATA_PAGAMENTO", Max: 10, Kind: Date, Mandatory: true},
		{Name: "IMPORTO_PAG", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "CAUSALE_PAGAMENTO", Max: 3, Kind: Code, Mandatory: true, Table: TabCausalePagamento},
		{Name: "NOTE_PAG", Max: 1000, Kind: Text},
		fFlg,
	}},
	{Code: "FN07", Name: "Pagamenti Ammessi", Section: "4.7.8", Fields: []Field{
		fLocale,
		{Name: "COD_PAGAMENTO", Max: 20, Kind: Code, Mandatory: true},
		{Name: "TIPOLOGIA_PAG", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaPagamento},
		{Name: "DATA_PAGAMENTO", Max: 10, Kind: Date, Mandatory: true},
		fProg,
		{Name: "COD_LIV_GERARCHICO", Max: 100, Kind: Code, Mandatory: true},
		{Name: "DATA_PAG_AMM", Max: 10, Kind: Date, Mandatory: true},
		{Name: "TIPOLOGIA_PAG_AMM", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaPagamento},
		{Name: "CAUSALE_PAG_AMM", Max: 3, Kind: Code, Mandatory: true, Table: TabCausalePagamento},
		{Name: "IMPORTO_PAG_AMM", Max: 20, Kind: Amount, Mandatory: true},
		{Name: "NOTE_PAG", Max: 1000, Kind: Text},
		fFlg,
	}},
	{Code: "FN08", Name: "Percettori", Section: "4.7.9", Fields: []Field{
		fLocale,
		{Name: "COD_PAGAMENTO", Max: 20, Kind: Code, Mandatory: true},
		{Name: "TIPOLOGIA_PAG", Max: 5, Kind: Code, Mandatory: true, Table: TabTipologiaPagamento},
		{Name: "DATA_PAGAMENTO", Max: 10, Kind: Date, Mandatory: true},
		{Name: "CODICE_FISCALE", Max: 16, Kind: TaxID, Mandatory: true},
		{Name: "FLAG_SOGGETTO_PUBBLICO", Max: 1, Kind: Flag},
		{Name: "TIPO_PERCETTORE", Max: 3, Kind: Code, Mandatory: true, Table: TabTipoPercettore},
		{Name: "IMPORTO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "FN10", Name: "Economie", Section: "4.7.11", Fields: []Field{
		fLocale,
		{Name: "COD_FONDO", Max: 10, Kind: Code, Mandatory: true, Table: TabFonteFinanziaria},
		{Name: "IMPORTO", Max: 20, Kind: Amount, Mandatory: true},
		fFlg,
	}},
	{Code: "IN01", Name: "Indicatori di Output", Section: "4.8.2", Fields: []Field{
		fLocale,
		{Name: "TIPO_INDICATORE_DI_OUTPUT", Max: 3, Kind: Code, Mandatory: true, Table: TabTipoIndicatore},
		{Name: "COD_INDICATORE", Max: 80, Kind: Code, Mandatory: true},
		{Name: "VAL_PROGRAMMATO", Max: 20, Kind: Number, Mandatory: true},
		{Name: "VALORE_REALIZZATO", Max: 20, Kind: Number},
		fFlg,
	}},
	{Code: "PR00", Name: "Iter di Progetto", Section: "4.9.1", Fields: []Field{
		fLocale,
		{Name: "COD_FASE", Max: 10, Kind: Code, Mandatory: true, Table: TabFaseProcedurale},
		{Name: "DATA_INIZIO_PREVISTA", Max: 10, Kind: Date, Mandatory: true},
		{Name: "DATA_INIZIO_EFFETTIVA", Max: 10, Kind: Date},
		{Name: "DATA_FINE_PREVISTA", Max: 10, Kind: Date, Mandatory: true},
		{Name: "DATA_FINE_EFFETTIVA", Max: 10, Kind: Date},
		fFlg,
	}},
	{Code: "PR01", Name: "Stato di Attuazione del Progetto", Section: "4.9.2", Fields: []Field{
		fLocale,
		{Name: "STATO_PROGETTO", Max: 3, Kind: Code, Mandatory: true, Table: TabStatoProgetto},
		{Name: "DATA_RIFERIMENTO", Max: 10, Kind: Date, Mandatory: true},
		fFlg,
	}},
}

// FamilyOf returns the family with code, or false.
func FamilyOf(code string) (Family, bool) {
	for _, f := range Families {
		if f.Code == code {
			return f, true
		}
	}
	return Family{}, false
}
