package puc

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/apperr"
)

// Settings are the monitoring codes Capofila cannot know from its own data:
// the ones the Region's and the State's systems assign (the programme, the
// activation procedure's national code, the hierarchy level, the
// classifications, the indicators). The Region writes them on the call, as
// lines "KEY=VALUE" (Call.pucSettings); [ParseSettings] reads and checks them.
type Settings struct {
	// Programme is COD_PROGRAMMA (TC4), the programme's CCI code,
	// "2021IT16RFPR010".
	Programme string
	// Procedure is COD_PROC_ATT, the code of the call (procedura di
	// attivazione) in the national system (TC1).
	Procedure string
	// ProcedureType is TIP_PROCEDURA_ATT (TC2); default "1".
	ProcedureType string
	// Responsible is COD_TIPO_RESP_PROC (TC3); default "1".
	Responsible string
	// OperationType is TIPO_OPERAZIONE (TC5), from the CUP's nature and
	// type, "02.02.01".
	OperationType string
	// AidType is TIPO_AIUTO (TC6); default "X" (no State aid).
	AidType string
	// Level is COD_LIV_GERARCHICO (TC36), the programme's level (priority,
	// specific objective, action) the project is admitted on.
	Level string
	// Localization is TIPO_LOCALIZZAZIONE (TC10); default "A".
	Localization string
	// Vulnerable is COD_VULNERABILI (TC13); default "99".
	Vulnerable string
	// Norm and CIPE are COD_NORMA and COD_DEL_CIPE of FN00 (TC35, TC34);
	// default "N.P." (not pertinent).
	Norm, CIPE string
	// Funds are the COD_FONDO (TC33) of each share of the grant: EU, STATE,
	// REGION, OWN. The EU default follows the call's fund.
	Funds map[string]string
	// Classifications are AP03's pairs TIPO_CLASS:COD_CLASSIFICAZIONE.
	Classifications [][2]string
	// ExpenseItems map an expense category's code to VOCE_SPESA (TC37).
	ExpenseItems map[string]string
	// Indicators are IN01's output indicators.
	Indicators []Indicator
}

// Indicator is an output indicator the call defines: its value is the
// number of member bodies with deliverables of an intervention line
// (planned) and of those with one accepted (realized), e.g. the number of
// comuni with their services online.
type Indicator struct {
	// Kind is TIPO_INDICATORE_DI_OUTPUT: COM or DPR.
	Kind string
	// Code is COD_INDICATORE (TC44/TC45).
	Code string
	// Line is the code of the intervention line whose deliverables count;
	// empty counts every deliverable.
	Line string
}

// The keys of the settings.
const (
	KeyProgramme     = "COD_PROGRAMMA"
	KeyProcedure     = "COD_PROC_ATT"
	KeyProcedureType = "TIP_PROCEDURA_ATT"
	KeyResponsible   = "COD_TIPO_RESP_PROC"
	KeyOperationType = "TIPO_OPERAZIONE"
	KeyAidType       = "TIPO_AIUTO"
	KeyLevel         = "COD_LIV_GERARCHICO"
	KeyLocalization  = "TIPO_LOCALIZZAZIONE"
	KeyVulnerable    = "COD_VULNERABILI"
	KeyNorm          = "COD_NORMA"
	KeyCIPE          = "COD_DEL_CIPE"
	KeyFund          = "COD_FONDO"         // COD_FONDO:EU=ERDF
	KeyClass         = "CLASSIFICAZIONE"   // CLASSIFICAZIONE=RA:1.1
	KeyExpenseItem   = "VOCE_SPESA"        // VOCE_SPESA:SERV=06
	KeyIndicator     = "INDICATORE_OUTPUT" // INDICATORE_OUTPUT=COM:RCO14:A
)

// Defaults returns the settings of a call of fund (the Call.fund enum)
// before its lines are read.
func Defaults(fund string) Settings {
	eu := map[string]string{"FESR": "ERDF", "FSE_PLUS": "ESF+", "PNRR": "PNRR", "FSC": "FSC", "REGIONAL": "REG"}[fund]
	if eu == "" {
		eu = "ALTRO_NAZ"
	}
	return Settings{ProcedureType: "1", Responsible: "1", AidType: "X", Localization: "A", Vulnerable: "99", Norm: "N.P.", CIPE: "N.P.",
		Funds: map[string]string{"EU": eu, "STATE": "FDR", "REGION": "REG", "OWN": "COM"}, ExpenseItems: map[string]string{}}
}

// SettingsError is a line of the settings that cannot be read.
type SettingsError struct {
	Line    int
	Message string
}

func (e *SettingsError) Error() string {
	return fmt.Sprintf("impostazioni di monitoraggio, riga %d: %s", e.Line, e.Message)
}

// ParseSettings reads the lines "KEY=VALUE" of a call over the defaults
// of its fund. Unknown keys, codes not in their context table and values
// longer than their field are refused, naming the line.
func ParseSettings(fund string, lines []string) (Settings, error) {
	s := Defaults(fund)
	for i, ln := range lines {
		n := i + 1
		fail := func(format string, args ...any) (Settings, error) {
			return Settings{}, &SettingsError{Line: n, Message: fmt.Sprintf(format, args...)}
		}
		key, val, ok := strings.Cut(strings.TrimSpace(ln), "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" || val == "" {
			return fail("scrivere CHIAVE=VALORE (es. COD_PROGRAMMA=2021IT16RFPR010): %q", ln)
		}
		if strings.ContainsAny(val, "|\r\n") {
			return fail("il valore di %s non può contenere «|»", key)
		}
		fit := func(max int, tab *Table) error {
			if utf8.RuneCountInString(val) > max {
				return fmt.Errorf("%s ammette al massimo %d caratteri", key, max)
			}
			if tab != nil && !tab.Has(val) {
				return fmt.Errorf("%q non è un codice della tabella %s (%s): ammessi %s", val, tab.Name, tab.Title, strings.Join(tab.Sorted(), ", "))
			}
			return nil
		}
		base, sub, _ := strings.Cut(key, ":")
		var err error
		switch base {
		case KeyProgramme:
			s.Programme, err = val, fit(50, nil)
		case KeyProcedure:
			s.Procedure, err = val, fit(30, nil)
		case KeyProcedureType:
			s.ProcedureType, err = val, fit(2, TabTipoProceduraAttivazione)
		case KeyResponsible:
			s.Responsible, err = val, fit(2, TabResponsabileProcedura)
		case KeyOperationType:
			s.OperationType, err = val, fit(11, nil)
		case KeyAidType:
			s.AidType, err = val, fit(2, TabTipoAiuto)
		case KeyLevel:
			s.Level, err = val, fit(100, nil)
		case KeyLocalization:
			s.Localization, err = val, fit(5, TabTipoLocalizzazione)
		case KeyVulnerable:
			s.Vulnerable, err = val, fit(3, TabGruppoVulnerabile)
		case KeyNorm:
			s.Norm, err = val, fit(5, nil)
		case KeyCIPE:
			s.CIPE, err = val, fit(6, nil)
		case KeyFund:
			if sub != "EU" && sub != "STATE" && sub != "REGION" && sub != "OWN" {
				return fail("scrivere COD_FONDO:EU, COD_FONDO:STATE, COD_FONDO:REGION o COD_FONDO:OWN")
			}
			s.Funds[sub], err = val, fit(10, TabFonteFinanziaria)
		case KeyClass:
			t, c, ok := strings.Cut(val, ":")
			if !ok || c == "" {
				return fail("scrivere CLASSIFICAZIONE=TIPO:CODICE (es. CLASSIFICAZIONE=RA:1.1)")
			}
			if !TabTipoClassificazione.Has(t) {
				return fail("%q non è un tipo di classificazione della tabella TC11: ammessi %s", t, strings.Join(TabTipoClassificazione.Sorted(), ", "))
			}
			if utf8.RuneCountInString(c) > 200 {
				return fail("il codice di classificazione ammette al massimo 200 caratteri")
			}
			s.Classifications = append(s.Classifications, [2]string{t, c})
		case KeyExpenseItem:
			if sub == "" {
				return fail("scrivere VOCE_SPESA:<codice della categoria>=<voce>")
			}
			s.ExpenseItems[sub], err = val, fit(10, nil)
		case KeyIndicator:
			parts := strings.Split(val, ":")
			if len(parts) < 2 || len(parts) > 3 || !TabTipoIndicatore.Has(parts[0]) || parts[1] == "" || utf8.RuneCountInString(parts[1]) > 80 {
				return fail("scrivere INDICATORE_OUTPUT=COM|DPR:<codice>[:<linea di intervento>] (es. INDICATORE_OUTPUT=COM:RCO14:A)")
			}
			ind := Indicator{Kind: parts[0], Code: parts[1]}
			if len(parts) == 3 {
				ind.Line = parts[2]
			}
			s.Indicators = append(s.Indicators, ind)
		default:
			return fail("chiave sconosciuta %q", key)
		}
		if err != nil {
			return fail("%s", err.Error())
		}
	}
	return s, nil
}

// SettingsLines splits the settings as the call stores them, one per line;
// blank lines are skipped.
func SettingsLines(text string) []string {
	var out []string
	for _, ln := range strings.Split(text, "\n") {
		if ln = strings.TrimSpace(ln); ln != "" {
			out = append(out, ln)
		}
	}
	return out
}

// ValidateSettingsText checks a call's settings (the Call schema's
// validator); the fund does not change what is accepted. A line that
// cannot be read is INVALID puc.settings on the field pucSettings, its
// message naming the line, so that the form shows it on the field.
func ValidateSettingsText(text string) error {
	_, err := ParseSettings("", SettingsLines(text))
	var se *SettingsError
	if errors.As(err, &se) {
		return apperr.InvalidField("pucSettings", "puc.settings",
			fmt.Sprintf("Codici di monitoraggio (PUC), riga %d: %s.", se.Line, strings.TrimSuffix(se.Message, ".")))
	}
	return err
}
