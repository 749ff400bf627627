package procurementlaw

import (
	"errors"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
)

func ruleOf(err error) string {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae.Rule
	}
	if err != nil {
		return "not an apperr: " + err.Error()
	}
	return ""
}

func datep(s string) *civil.Date { d := civil.MustParse(s); return &d }

// TestCheckModification_Limits walks each basis to the cent either side of
// its limit; the original amount is 100.000,00 EUR unless the case says.
func TestCheckModification_Limits(t *testing.T) {
	const orig = 10_000_000 // 100.000,00 EUR
	mod := func(b Basis, after int64, past ...PastModification) Modification {
		before := int64(orig)
		for _, p := range past {
			before += p.DeltaCents
		}
		return Modification{Basis: b, Object: Services, OriginalNetCents: orig, BeforeNetCents: before,
			AfterNetCents: after, On: d2026, Past: past}
	}
	cases := []struct {
		name string
		m    Modification
		rule string
	}{
		{"fifth: exactly 20% passes", mod(FifthIncreaseDecrease, orig+2_000_000), ""},
		{"fifth: 20% and a cent fails", mod(FifthIncreaseDecrease, orig+2_000_001), "contract_modification.fifth_exceeded"},
		{"fifth: 21% fails", mod(FifthIncreaseDecrease, orig+2_100_000), "contract_modification.fifth_exceeded"},
		{"fifth: cumulative 15% then 5% passes", mod(FifthIncreaseDecrease, orig+2_000_000, PastModification{FifthIncreaseDecrease, 1_500_000}), ""},
		{"fifth: cumulative 15% then 5% and a cent fails", mod(FifthIncreaseDecrease, orig+2_000_001, PastModification{FifthIncreaseDecrease, 1_500_000}), "contract_modification.fifth_exceeded"},
		{"fifth: other bases do not count", mod(FifthIncreaseDecrease, orig+3_000_000, PastModification{UnforeseenCircumstances, 1_000_000}), ""},
		{"fifth: decrease of exactly 20% passes", mod(FifthIncreaseDecrease, orig-2_000_000), ""},
		{"fifth: decrease of 20% and a cent fails", mod(FifthIncreaseDecrease, orig-2_000_001), "contract_modification.fifth_exceeded"},
		{"fifth: decreases count apart from increases", mod(FifthIncreaseDecrease, orig, PastModification{FifthIncreaseDecrease, 2_000_000}), ""},
		{"fifth: cumulative decrease fails", mod(FifthIncreaseDecrease, orig-2_000_001, PastModification{FifthIncreaseDecrease, -1_000_000}), "contract_modification.fifth_exceeded"},
		{"additional: exactly 50% passes", mod(AdditionalServices, orig+5_000_000), ""},
		{"additional: 50% and a cent fails", mod(AdditionalServices, orig+5_000_001), "contract_modification.half_exceeded"},
		{"additional: each modification on its own", mod(AdditionalServices, orig+4_000_000+5_000_000, PastModification{AdditionalServices, 4_000_000}), ""},
		{"additional: a decrease is no additional service", mod(AdditionalServices, orig-1), "contract_modification.additional_not_increase"},
		{"unforeseen: 50% and a cent fails", mod(UnforeseenCircumstances, orig+5_000_001), "contract_modification.half_exceeded"},
		{"unforeseen: a decrease passes", mod(UnforeseenCircumstances, orig-3_000_000), ""},
		{"option: any value", mod(OptionClause, orig*3), ""},
		{"de minimis: just below 10% passes", mod(DeMinimis, orig+999_999), ""},
		{"de minimis: exactly 10% fails", mod(DeMinimis, orig+1_000_000), "contract_modification.de_minimis_exceeded"},
		{"de minimis: net cumulative", mod(DeMinimis, orig+600_000-500_000, PastModification{DeMinimis, 600_000}), ""},
		{"de minimis: cumulative over 10% fails", mod(DeMinimis, orig+600_000+400_000, PastModification{DeMinimis, 600_000}), "contract_modification.de_minimis_exceeded"},
		{"de minimis: decrease counts by its value", mod(DeMinimis, orig-1_000_000), "contract_modification.de_minimis_exceeded"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ruleOf(CheckModification(c.m)); got != c.rule {
				t.Errorf("rule = %q, want %q", got, c.rule)
			}
		})
	}

	t.Run("de minimis: works 15%", func(t *testing.T) {
		m := mod(DeMinimis, orig+1_499_999)
		m.Object = Works
		if err := CheckModification(m); err != nil {
			t.Fatalf("14,99999%% of works refused: %v", err)
		}
		m.AfterNetCents = orig + 1_500_000
		if got := ruleOf(CheckModification(m)); got != "contract_modification.de_minimis_exceeded" {
			t.Errorf("15%% of works: rule %q", got)
		}
	})

	t.Run("de minimis: EU threshold in force on the act's date", func(t *testing.T) {
		// A 3.000.000 EUR services contract: 10% is 300.000 EUR, above the
		// 2026 EU threshold for services of sub-central bodies (216.000 EUR).
		big := int64(300_000_000)
		m := Modification{Basis: DeMinimis, Object: Services, OriginalNetCents: big, BeforeNetCents: big,
			AfterNetCents: big + 21_599_999, On: d2026}
		if err := CheckModification(m); err != nil {
			t.Fatalf("just below the threshold refused: %v", err)
		}
		m.AfterNetCents = big + 21_600_000
		err := CheckModification(m)
		if got := ruleOf(err); got != "contract_modification.de_minimis_threshold" {
			t.Fatalf("at the threshold: rule %q", got)
		}
		if !strings.Contains(err.Error(), "216.000,00") {
			t.Errorf("message does not name the threshold: %v", err)
		}
		// In 2025 the threshold was 221.000 EUR.
		m.On = d2025
		if err := CheckModification(m); err != nil {
			t.Errorf("216.000 EUR in 2025 refused: %v", err)
		}
	})

	t.Run("fifth: the message names limit, amount and excess", func(t *testing.T) {
		err := CheckModification(mod(FifthIncreaseDecrease, orig+2_100_000))
		for _, want := range []string{"21.000,00", "100.000,00", "20.000,00", "1.000,00"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message %q lacks %s", err.Error(), want)
			}
		}
	})

	t.Run("technical extension", func(t *testing.T) {
		m := mod(TechnicalExtension, orig+500_000)
		m.BeforeEndsOn, m.AfterEndsOn, m.On = datep("2026-12-31"), datep("2027-03-31"), civil.MustParse("2026-12-01")
		if err := CheckModification(m); err != nil {
			t.Fatalf("extension refused: %v", err)
		}
		same := m
		same.AfterEndsOn = same.BeforeEndsOn
		if got := ruleOf(CheckModification(same)); got != "contract_modification.extension_end" {
			t.Errorf("same end: rule %q", got)
		}
		late := m
		late.On = civil.MustParse("2027-01-01")
		if got := ruleOf(CheckModification(late)); got != "contract_modification.extension_expired" {
			t.Errorf("after expiry: rule %q", got)
		}
		lower := m
		lower.AfterNetCents = orig - 1
		if got := ruleOf(CheckModification(lower)); got != "contract_modification.extension_decrease" {
			t.Errorf("decrease: rule %q", got)
		}
	})
}
