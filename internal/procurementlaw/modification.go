package procurementlaw

import (
	"fmt"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// Basis is the legal basis of a modification of a contract in execution
// under art. 120 D.Lgs. 36/2023 (as amended by D.Lgs. 209/2024); the values
// are those of ContractModification.basis.
type Basis string

// The bases of a contract modification.
const (
	// OptionClause: c. 1 lett. a) and c. 10, modifications and options
	// (the opzione di proroga too) foreseen by clear clauses of the tender
	// documents, whatever their value.
	OptionClause Basis = "OPTION_CLAUSE"
	// AdditionalServices: c. 1 lett. b), additional works, services or
	// supplies; each increase at most 50% of the initial value (c. 2).
	AdditionalServices Basis = "ADDITIONAL_SERVICES"
	// UnforeseenCircumstances: c. 1 lett. c), varianti in corso d'opera
	// for unforeseeable circumstances; each increase at most 50% (c. 2).
	UnforeseenCircumstances Basis = "UNFORESEEN_CIRCUMSTANCES"
	// DeMinimis: c. 3, below both the EU threshold and 10% (services,
	// supplies) or 15% (works) of the initial value, on the net sum of the
	// successive changes.
	DeMinimis Basis = "DE_MINIMIS"
	// FifthIncreaseDecrease: c. 9, quinto d'obbligo, increases (and
	// decreases) up to one fifth of the contract's amount in all.
	FifthIncreaseDecrease Basis = "FIFTH_INCREASE_DECREASE"
	// TechnicalExtension: c. 11, proroga tecnica, a later end date for the
	// time strictly needed to award the contract anew, at the same or
	// better conditions.
	TechnicalExtension Basis = "TECHNICAL_EXTENSION"
)

var bases = map[Basis]struct{ ref, label string }{
	OptionClause:            {"art. 120, c. 1, lett. a), D.Lgs. 36/2023", "modifica prevista dai documenti di gara"},
	AdditionalServices:      {"art. 120, c. 1, lett. b), D.Lgs. 36/2023", "prestazioni supplementari"},
	UnforeseenCircumstances: {"art. 120, c. 1, lett. c), D.Lgs. 36/2023", "variante per circostanze imprevedibili"},
	DeMinimis:               {"art. 120, c. 3, D.Lgs. 36/2023", "modifica di modico valore"},
	FifthIncreaseDecrease:   {"art. 120, c. 9, D.Lgs. 36/2023", "quinto d'obbligo"},
	TechnicalExtension:      {"art. 120, c. 11, D.Lgs. 36/2023", "proroga tecnica"},
}

// Bases returns every Basis in the order of art. 120.
func Bases() []Basis {
	return []Basis{OptionClause, AdditionalServices, UnforeseenCircumstances, DeMinimis, FifthIncreaseDecrease, TechnicalExtension}
}

// LegalReference returns the provision a basis rests on, e.g.
// "art. 120, c. 9, D.Lgs. 36/2023"; "" for an unknown basis.
func (b Basis) LegalReference() string { return bases[b].ref }

// Label returns the Italian name of the basis, e.g. "quinto d'obbligo".
func (b Basis) Label() string {
	if l, ok := bases[b]; ok {
		return l.label
	}
	return string(b)
}

// PastModification is an effective modification of the same contract: its
// basis and how much it changed the amount net of VAT (negative for a
// decrease).
type PastModification struct {
	Basis      Basis
	DeltaCents int64
}

// Modification is a proposed change of a contract, checked by
// [CheckModification]. Amounts are euro cents net of VAT: the value of a
// modification is the change of the contract's net amount.
type Modification struct {
	Basis  Basis
	Object Object // of the procedure: selects the de minimis percentage and EU threshold
	// OriginalNetCents is the contract's amount at signing (the "valore
	// iniziale del contratto" the percentages are taken of).
	OriginalNetCents int64
	// BeforeNetCents and AfterNetCents are the amount in force and the
	// amount proposed.
	BeforeNetCents, AfterNetCents int64
	// BeforeEndsOn and AfterEndsOn are the end of execution in force and
	// proposed (nil when the contract has none).
	BeforeEndsOn, AfterEndsOn *civil.Date
	// On is the date of the act (or today): the EU thresholds in force that
	// day apply, and a technical extension must come before the contract
	// expires.
	On civil.Date
	// Past are the contract's effective modifications.
	Past []PastModification
}

func invalid(field, rule, format string, args ...any) error {
	return &apperr.Error{Code: apperr.Invalid, Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// CheckModification returns nil when m respects the limits of its basis,
// and otherwise an INVALID error whose rule names the limit
// (contract_modification.fifth_exceeded, …) and whose Italian message
// names the limit, the amount and the excess. The limits, and which are
// cumulative (docs/DOMAIN.md §3, "Contract modifications"):
//
//   - OPTION_CLAUSE: none (c. 1 lett. a): any value the clause foresees.
//   - ADDITIONAL_SERVICES: an increase; UNFORESEEN_CIRCUMSTANCES: any
//     change; for both each increase at most half the original amount
//     (c. 2: "la limitazione si applica al valore di ciascuna modifica",
//     not cumulative).
//   - DE_MINIMIS: the net sum of this and the earlier de minimis changes,
//     in absolute value, strictly below the EU threshold in force on On and
//     below 10% (services, supplies) or 15% (works) of the original amount
//     (c. 3, "al di sotto di entrambi"; cumulative as in art. 72(2) of
//     Directive 2014/24/EU).
//   - FIFTH_INCREASE_DECREASE: the increases on this basis together at
//     most one fifth of the original amount, and the decreases together at
//     most one fifth (c. 9, "fino a concorrenza del quinto"; cumulative).
//   - TECHNICAL_EXTENSION: a later end date, decided on or before the end
//     in force, and no decrease of the amount (c. 11).
func CheckModification(m Modification) error {
	if _, ok := bases[m.Basis]; !ok {
		return invalid("basis", "contract_modification.basis", "Base giuridica della modifica sconosciuta: %s.", m.Basis)
	}
	delta := m.AfterNetCents - m.BeforeNetCents
	orig := m.OriginalNetCents
	ref := m.Basis.LegalReference()
	switch m.Basis {
	case AdditionalServices, UnforeseenCircumstances:
		if m.Basis == AdditionalServices && delta <= 0 {
			return invalid("netCents", "contract_modification.additional_not_increase",
				"Le prestazioni supplementari (%s) aumentano l'importo del contratto: l'importo proposto (%s) non supera quello in vigore (%s).",
				ref, money.FormatEUR(m.AfterNetCents), money.FormatEUR(m.BeforeNetCents))
		}
		if limit := orig / 2; delta > limit {
			return invalid("netCents", "contract_modification.half_exceeded",
				"%s (%s): l'aumento di %s supera il 50%% del valore iniziale del contratto (%s, al massimo %s) di %s.",
				capital(m.Basis.Label()), ref, money.FormatEUR(delta), money.FormatEUR(orig), money.FormatEUR(limit), money.FormatEUR(delta-limit))
		}
	case DeMinimis:
		cum := delta
		for _, p := range m.Past {
			if p.Basis == DeMinimis {
				cum += p.DeltaCents
			}
		}
		value := abs(cum)
		pct := int64(10)
		if m.Object == Works {
			pct = 15
		}
		// Strictly below pct% of orig: value×100 < pct×orig. The largest
		// value allowed is ceil(pct×orig/100) − 1.
		if limit := (pct*orig+99)/100 - 1; value > limit {
			return invalid("netCents", "contract_modification.de_minimis_exceeded",
				"Modifica di modico valore (%s): le modifiche su questa base valgono in tutto %s, non al di sotto del %d%% del valore iniziale del contratto (%s, al massimo %s) di %s.",
				ref, money.FormatEUR(value), pct, money.FormatEUR(orig), money.FormatEUR(max(limit, 0)), money.FormatEUR(value-max(limit, 0)))
		}
		t, ok := ThresholdsOn(m.On)
		if !ok {
			t = table[0]
		}
		if eu := t.EULimit(m.Object); value >= eu {
			return invalid("netCents", "contract_modification.de_minimis_threshold",
				"Modifica di modico valore (%s): le modifiche su questa base valgono in tutto %s, non al di sotto della soglia europea per %s (%s) di %s.",
				ref, money.FormatEUR(value), objectPhrase(m.Object), money.FormatEUR(eu), money.FormatEUR(value-eu+1))
		}
	case FifthIncreaseDecrease:
		var up, down int64
		for _, p := range m.Past {
			if p.Basis != FifthIncreaseDecrease {
				continue
			}
			if p.DeltaCents > 0 {
				up += p.DeltaCents
			} else {
				down -= p.DeltaCents
			}
		}
		limit := orig / 5
		switch {
		case delta > 0 && up+delta > limit:
			return invalid("netCents", "contract_modification.fifth_exceeded",
				"Quinto d'obbligo (%s): gli aumenti sommano a %s, oltre il quinto dell'importo originario del contratto (%s, al massimo %s) di %s.",
				ref, money.FormatEUR(up+delta), money.FormatEUR(orig), money.FormatEUR(limit), money.FormatEUR(up+delta-limit))
		case delta < 0 && down-delta > limit:
			return invalid("netCents", "contract_modification.fifth_exceeded",
				"Quinto d'obbligo (%s): le diminuzioni sommano a %s, oltre il quinto dell'importo originario del contratto (%s, al massimo %s) di %s.",
				ref, money.FormatEUR(down-delta), money.FormatEUR(orig), money.FormatEUR(limit), money.FormatEUR(down-delta-limit))
		}
	case TechnicalExtension:
		switch {
		case m.BeforeEndsOn == nil || m.AfterEndsOn == nil || !m.BeforeEndsOn.Before(*m.AfterEndsOn):
			return invalid("endsOn", "contract_modification.extension_end",
				"La proroga tecnica (%s) sposta più avanti la fine dell'esecuzione: indicare una data successiva a quella in vigore%s.",
				ref, endPhrase(m.BeforeEndsOn))
		case m.BeforeEndsOn.Before(m.On):
			return invalid("actDate", "contract_modification.extension_expired",
				"La proroga tecnica (%s) si dispone prima della scadenza: il contratto è scaduto il %s, l'atto è del %s.",
				ref, m.BeforeEndsOn.Italian(), m.On.Italian())
		case delta < 0:
			return invalid("netCents", "contract_modification.extension_decrease",
				"La proroga tecnica (%s) è alle stesse o migliori condizioni per la stazione appaltante e prolunga le prestazioni: l'importo non diminuisce (da %s a %s).",
				ref, money.FormatEUR(m.BeforeNetCents), money.FormatEUR(m.AfterNetCents))
		}
	}
	return nil
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}

func endPhrase(d *civil.Date) string {
	if d == nil {
		return " (il contratto non ne indica una)"
	}
	return " (" + d.Italian() + ")"
}

// Valid reports whether b is one of the known bases.
func (b Basis) Valid() bool { _, ok := bases[b]; return ok }
