package puc

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
)

// sample is a small valid project: the demo's first lot and payments.
func sample() Input {
	award := int64(11_815_000)
	set, err := ParseSettings("FESR", SettingsLines("COD_PROGRAMMA=2021IT16RFPR010\nCOD_PROC_ATT=MARCHE-FESR-EGOV-2025\n"+
		"TIPO_OPERAZIONE=02.02\nCOD_LIV_GERARCHICO=2021IT16RFPR010.1.1.2\nCLASSIFICAZIONE=CI:016\nVOCE_SPESA:SERV=06\nINDICATORE_OUTPUT=COM:RCO14:A"))
	if err != nil {
		panic(err)
	}
	vendor := Body{Name: "Adriatica Software S.r.l.", TaxID: "01987650445", LegalForm: "1.3.20"}
	return Input{Settings: set, AsOf: civil.New(2026, 6, 30), CallID: "CL01", CallTitle: "Avviso e-government 2025",
		CallOpens: civil.New(2025, 1, 20), CallCloses: civil.New(2025, 2, 28), CallBudgetCents: 300_000_000,
		Region:  Body{Name: "Regione Marche", TaxID: "80008630420", LegalForm: "2.4.10", Public: true},
		Lead:    Body{Name: "Comune di San Benedetto del Tronto", TaxID: "00360140446", LegalForm: "2.4.30", Public: true},
		Members: []Body{{Name: "Comune di Grottammare", LegalForm: "2.4.30", Public: true}},
		CUP:     "D79J25000120006", Title: "Marche Sud digitale", StartsOn: civil.New(2025, 4, 1), EndsOn: civil.New(2028, 3, 31), Status: "ACTIVE",
		EUCents: 1_000_000, StateCents: 700_000, RegionCents: 300_000,
		Categories: []CategoryAmount{{Code: "SERV", Cents: 2_000_000}},
		Locations:  []Location{{ISTAT: "044066", RegionCode: "11"}},
		Lots: []Lot{{CIG: "95156957EC", Description: "pagoPA", ProcedureCode: "23", BaseCents: 13_900_000, AwardCents: &award,
			StartedOn: civil.New(2025, 4, 10), AwardedOn: civil.New(2025, 5, 5),
			Contracts: []Contract{{SignedOn: civil.New(2025, 5, 20), Cents: 14_414_300, Reference: "Rep. 1187/2025",
				StartsOn: civil.New(2025, 6, 1), EndsOn: civil.New(2027, 5, 31), Vendor: vendor,
				Payments: []Payment{{Mandate: "1843", Year: 2025, PaidOn: civil.New(2025, 10, 31), Cents: 4_726_000, Payee: vendor},
					{Mandate: "1921", Year: 2025, PaidOn: civil.New(2025, 11, 17), Cents: 1_039_720, Treasury: true,
						Payee: Body{Name: "Agenzia delle Entrate", TaxID: "06363391001", Public: true}}}}}}},
		Transfers:    []Transfer{{Kind: "ADVANCE", PaidOn: civil.New(2025, 5, 2), Cents: 600_000}},
		Deliverables: map[string][2]int{"A": {64, 51}, "C": {64, 0}},
	}
}

func TestBuild_SampleIsValid(t *testing.T) {
	f, ps := Build(sample())
	var errs []Problem
	for _, p := range append(ps, Validate(f)...) {
		if !p.Warning {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		t.Fatalf("problems: %+v", errs)
	}
	// The member without codice fiscale is a warning, not a record.
	if len(ps) != 1 || ps[0].Rule != RuleSource || !strings.Contains(ps[0].Message, "Grottammare") {
		t.Errorf("builder problems = %+v", ps)
	}
	want := map[string]string{
		"FN06": "D79J25000120006|1843/2025|P|31/10/2025|47260,00|INT||\r\nD79J25000120006|F24-1921/2025|P|17/11/2025|10397,20|INT||\r\n",
		"IN01": "D79J25000120006|COM|RCO14|64,00|51,00|\r\n",
		"TR00": "D79J25000120006-ADVANCE-1|02/05/2025|2021IT16RFPR010|1|6000,00|00360140446|S|\r\n",
		"PR01": "D79J25000120006|2|30/06/2026|\r\n",
	}
	for code, w := range want {
		if got := string(f.File(code)); got != w {
			t.Errorf("%s:\n got %q\nwant %q", code, got, w)
		}
	}
	for _, fam := range Families {
		for i, r := range f.Records(fam.Code) {
			if len(r) != len(fam.Fields) {
				t.Errorf("%s record %d: %d fields, want %d", fam.Code, i+1, len(r), len(fam.Fields))
			}
		}
	}
}

func TestFmtAmount(t *testing.T) {
	for cents, want := range map[int64]string{0: "0,00", 5: "0,05", 123456: "1234,56", -1050: "-10,50", 100_000_000_000: "1000000000,00"} {
		if got := FmtAmount(cents); got != want {
			t.Errorf("FmtAmount(%d) = %q, want %q", cents, got, want)
		}
		if back, ok := parseAmount(FmtAmount(cents)); !ok || back != cents {
			t.Errorf("parseAmount(%q) = %d, %v", FmtAmount(cents), back, ok)
		}
	}
}

// TestValidate_Rules breaks one field of a valid feed per case and expects
// exactly that rule on that family, record and field.
func TestValidate_Rules(t *testing.T) {
	cases := []struct {
		name, family string
		record       int
		field, value string
		rule         string
	}{
		{"mandatory", "AP00", 1, "TITOLO_PROGETTO", "", RuleMandatory},
		{"length", "AP00", 1, "TITOLO_PROGETTO", strings.Repeat("x", 501), RuleLength},
		{"date format", "PR01", 1, "DATA_RIFERIMENTO", "2026-06-30", RuleFormat},
		{"impossible date", "FN04", 1, "DATA_IMPEGNO", "31/02/2025", RuleFormat},
		{"amount with dot", "FN00", 1, "IMPORTO", "10000.00", RuleFormat},
		{"amount with thousands", "FN01", 1, "IMPORTO_AMMESSO", "20.000,00", RuleFormat},
		{"flag", "AP02", 1, "GENERATORE_ENTRATE", "X", RuleFormat},
		{"CUP", "AP00", 1, "CUP", "D79J2500012000", RuleFormat},
		{"CIG", "PG00", 1, "CIG", "95156957ED", RuleFormat},
		{"tax code", "SC00", 1, "CODICE_FISCALE", "80008630421", RuleFormat},
		{"code", "SC00", 1, "COD_RUOLO_SOG", "9", RuleCode},
		{"procedure code", "PG00", 1, "TIPO_PROC_AGG", "99", RuleCode},
		{"separator", "AP00", 1, "SINTESI_PRG", "a|b", RuleFormat},
		{"project reference", "FN06", 1, "COD_LOCALE_PROGETTO", "D79J25000120014", RuleReference},
		{"payment reference", "FN08", 1, "COD_PAGAMENTO", "9999/2025", RuleReference},
		{"procedure reference", "AP01", 1, "COD_PROC_ATT", "ALTRO", RuleReference},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, _ := Build(sample())
			fam, _ := FamilyOf(c.family)
			f.Records(c.family)[c.record-1][fam.Index(c.field)] = c.value
			ps := Validate(f)
			found := false
			for _, p := range ps {
				if p.Family == c.family && p.Record == c.record && p.Field == c.field && p.Rule == c.rule {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s on %s record %d %s; got %+v", c.rule, c.family, c.record, c.field, ps)
			}
		})
	}
}

func TestValidate_FamilyRules(t *testing.T) {
	t.Run("missing", func(t *testing.T) {
		f, _ := Build(sample())
		f.Set("FN01", nil)
		if !has(Validate(f), "FN01", RuleMissing) {
			t.Error("no puc.missing for FN01")
		}
	})
	t.Run("no beneficiary", func(t *testing.T) {
		f, _ := Build(sample())
		var keep [][]string
		for _, r := range f.Records("SC00") {
			if r[1] != "2" {
				keep = append(keep, r)
			}
		}
		f.Set("SC00", keep)
		if !has(Validate(f), "SC00", RuleMissing) {
			t.Error("no puc.missing for the beneficiary")
		}
	})
	t.Run("admitted over funding", func(t *testing.T) {
		f, _ := Build(sample())
		f.Records("FN01")[0][3] = "20000,01"
		if !has(Validate(f), "FN01", RuleAmounts) {
			t.Error("no puc.amounts")
		}
	})
	t.Run("payments over commitments", func(t *testing.T) {
		f, _ := Build(sample())
		f.Records("FN04")[0][4] = "100,00"
		if !has(Validate(f), "FN06", RuleAmounts) {
			t.Error("no puc.amounts")
		}
	})
	t.Run("duplicate", func(t *testing.T) {
		f, _ := Build(sample())
		f.Set("FN06", append(f.Records("FN06"), f.Records("FN06")[0]))
		if !has(Validate(f), "FN06", RuleDuplicate) {
			t.Error("no puc.duplicate")
		}
	})
	t.Run("fields", func(t *testing.T) {
		f, _ := Build(sample())
		f.Records("AP04")[0] = f.Records("AP04")[0][:3]
		if !has(Validate(f), "AP04", RuleFields) {
			t.Error("no puc.fields")
		}
	})
	t.Run("deleted records are not referenced", func(t *testing.T) {
		f, _ := Build(sample())
		f.Records("FN06")[0][7] = "S"
		if !has(Validate(f), "FN08", RuleReference) {
			t.Error("FN08 points at a deleted payment without puc.reference")
		}
	})
}

func has(ps []Problem, family, rule string) bool {
	for _, p := range ps {
		if p.Family == family && p.Rule == rule && !p.Warning {
			return true
		}
	}
	return false
}

// A call's settings that cannot be read are refused on the field, the
// message naming the line (blank lines are not counted: the web app
// sends none).
func TestValidateSettingsText(t *testing.T) {
	if err := ValidateSettingsText("COD_PROGRAMMA=2021IT16RFPR010\nCOD_PROC_ATT=MARCHE-FESR-EGOV-2025\n"); err != nil {
		t.Fatal(err)
	}
	err := ValidateSettingsText("COD_PROGRAMMA=2021IT16RFPR010\nTIP_PROCEDURA_ATT=7")
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.Invalid || e.Rule != "puc.settings" || e.Field != "pucSettings" ||
		!strings.HasPrefix(e.Message, "Codici di monitoraggio (PUC), riga 2: ") || !strings.Contains(e.Message, "tabella TC2") {
		t.Errorf("err = %#v", err)
	}
}

func TestParseSettings(t *testing.T) {
	for _, bad := range []string{"COD_PROGRAMMA", "CHIAVE=1", "TIP_PROCEDURA_ATT=7", "COD_PROC_ATT=" + strings.Repeat("X", 31),
		"CLASSIFICAZIONE=ZZ:1", "INDICATORE_OUTPUT=XXX:RCO14", "COD_FONDO:ALTRO=ERDF", "VOCE_SPESA=06", "COD_PROGRAMMA=a|b"} {
		if _, err := ParseSettings("FESR", []string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	s, err := ParseSettings("FSE_PLUS", []string{"COD_FONDO:STATE=ALTRO_NAZ", "INDICATORE_OUTPUT=DPR:IO01"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Funds["EU"] != "ESF+" || s.Funds["STATE"] != "ALTRO_NAZ" || s.Indicators[0] != (Indicator{Kind: "DPR", Code: "IO01"}) {
		t.Errorf("settings = %+v", s)
	}
}
