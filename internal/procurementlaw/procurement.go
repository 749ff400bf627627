// Package procurementlaw holds the pure rules of Italian public procurement
// under the Codice dei contratti pubblici, D.Lgs. 31 marzo 2023, n. 36, as
// far as a grant-managing body needs them to check a procedure before it
// starts: which procedure an amount allows, how many operators a negotiated
// procedure must invite, and whether a body without ANAC qualification may
// run it alone. It touches no database; every function is deterministic
// except that [Check] falls back to today's date when the start date is
// missing.
//
// Sources:
//   - D.Lgs. 36/2023, art. 14 (EU thresholds, updated automatically by the
//     Commission's delegated regulations), art. 50 (procedures below the EU
//     thresholds: direct award under 150,000 EUR for works and 140,000 EUR
//     for services and supplies; negotiated procedure without notice with at
//     least 5 operators, or 10 for works from 1,000,000 EUR), art. 62
//     (bodies without qualification act alone only for services and supplies
//     up to the direct-award limit and works up to 500,000 EUR, otherwise
//     through a qualified central purchasing body or a soggetto aggregatore),
//     art. 76 (negotiated procedure without prior publication, only in the
//     cases it lists); the Code applies from 1 July 2023 (art. 229).
//   - Commission Delegated Regulations (EU) 2023/2495-2497 (thresholds for
//     2024-2025) and (EU) 2025/2150-2152 (thresholds for 2026-2027; 2025/2152
//     amends Directive 2014/24/EU, the ordinary sectors used here).
//   - ANAC's list of procedure types ("scelta del contraente") for the
//     two-digit codes, and OCDS 1.1 for procurementMethod.
//
// Thresholds are data: a table keyed by the date the procedure starts (see
// [ThresholdsOn] and [Table]), never constants inside the checks. Amounts are
// int64 euro cents net of VAT. Code and comments are in English; the messages
// shown to users are in Italian.
package procurementlaw

import (
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// Object is what a procurement buys: works, services or supplies.
type Object string

// The objects of a procurement.
const (
	Works    Object = "WORKS"    // Lavori
	Services Object = "SERVICES" // Servizi
	Supplies Object = "SUPPLIES" // Forniture
)

// Objects returns every Object in display order (works, services, supplies).
func Objects() []Object { return []Object{Works, Services, Supplies} }

// Valid reports whether o is one of the known objects.
func (o Object) Valid() bool { return o == Works || o == Services || o == Supplies }

// Procedure is the procedure used to choose the contractor ("scelta del
// contraente"), one value per ANAC procedure type.
type Procedure string

// The procedure types, with their ANAC codes.
const (
	Open                     Procedure = "OPEN"                       // 01 procedura aperta
	Restricted               Procedure = "RESTRICTED"                 // 02 procedura ristretta
	NegotiatedWithNotice     Procedure = "NEGOTIATED_WITH_NOTICE"     // 03 negoziata previa pubblicazione
	NegotiatedWithoutNotice  Procedure = "NEGOTIATED_WITHOUT_NOTICE"  // 04 negoziata senza previa pubblicazione
	DirectAward              Procedure = "DIRECT_AWARD"               // 23 affidamento diretto
	DirectAwardFramework     Procedure = "DIRECT_AWARD_FRAMEWORK"     // 26 affidamento diretto in adesione ad accordo quadro/convenzione
	CompetitiveFramework     Procedure = "COMPETITIVE_FRAMEWORK"      // 27 confronto competitivo in adesione ad accordo quadro/convenzione
	NegotiatedBelowThreshold Procedure = "NEGOTIATED_BELOW_THRESHOLD" // 33 negoziata per affidamenti sotto soglia
)

type procedureInfo struct {
	anac   string
	label  string
	method string
}

var procedures = map[Procedure]procedureInfo{
	Open:                     {"01", "Procedura aperta", "open"},
	Restricted:               {"02", "Procedura ristretta", "selective"},
	NegotiatedWithNotice:     {"03", "Procedura negoziata previa pubblicazione", "limited"},
	NegotiatedWithoutNotice:  {"04", "Procedura negoziata senza previa pubblicazione", "limited"},
	DirectAward:              {"23", "Affidamento diretto", "direct"},
	DirectAwardFramework:     {"26", "Affidamento diretto in adesione ad accordo quadro/convenzione", "direct"},
	CompetitiveFramework:     {"27", "Confronto competitivo in adesione ad accordo quadro/convenzione", "limited"},
	NegotiatedBelowThreshold: {"33", "Procedura negoziata per affidamenti sotto soglia", "limited"},
}

// Procedures returns every Procedure in the order of its ANAC code.
func Procedures() []Procedure {
	return []Procedure{Open, Restricted, NegotiatedWithNotice, NegotiatedWithoutNotice,
		DirectAward, DirectAwardFramework, CompetitiveFramework, NegotiatedBelowThreshold}
}

// Valid reports whether p is one of the known procedures.
func (p Procedure) Valid() bool { _, ok := procedures[p]; return ok }

// ANACCode returns the two-digit ANAC code of the procedure type ("01" open,
// "02" restricted, "03"/"04" negotiated with/without prior publication, "23"
// direct award, "26" direct award and "27" competitive comparison within a
// framework agreement or convention, "33" negotiated below threshold), or ""
// for an unknown procedure.
func ANACCode(p Procedure) string { return procedures[p].anac }

// Label returns the Italian label of the procedure, as in ANAC's list
// ("Affidamento diretto", "Procedura aperta", …); for an unknown procedure it
// returns p itself, so that nothing is shown blank.
func Label(p Procedure) string {
	if info, ok := procedures[p]; ok {
		return info.label
	}
	return string(p)
}

// ProcurementMethod returns the OCDS 1.1 procurementMethod of the procedure:
// "open" (open procedure), "selective" (restricted), "limited" (negotiated
// procedures and competitive comparison within a framework) or "direct"
// (direct awards, also within a framework); "" for an unknown procedure. The
// Italian text for procurementMethodDetails is [Label].
func ProcurementMethod(p Procedure) string { return procedures[p].method }

// ObjectLabel returns the Italian label of the object: "Lavori", "Servizi" or
// "Forniture"; for an unknown object it returns o itself.
func ObjectLabel(o Object) string {
	switch o {
	case Works:
		return "Lavori"
	case Services:
		return "Servizi"
	case Supplies:
		return "Forniture"
	}
	return string(o)
}

// Savings returns the saving of an award on its base amount: base − award in
// cents (negative when the award exceeds the base) and that saving as a share
// of base in basis points (10000 = 100%), rounded half away from zero; the
// share is 0 when base is 0.
func Savings(baseCents, awardCents int64) (cents int64, bp int64) {
	cents = baseCents - awardCents
	return cents, money.Percent(cents, baseCents)
}

// Thresholds are the amounts, in euro cents net of VAT, in force for
// procedures started on or after From (until the next row of [Table]).
type Thresholds struct {
	From                    civil.Date // first day in force
	DirectWorksCents        int64      // direct award allowed below this, works (art. 50 c.1 lett. a)
	DirectServicesCents     int64      // direct award allowed below this, services and supplies (art. 50 c.1 lett. b)
	NegotiatedWorksTenCents int64      // works from this amount need at least 10 operators (art. 50 c.1 lett. d)
	EUWorksCents            int64      // EU threshold, works (art. 14 c.1 lett. a)
	EUServicesCents         int64      // EU threshold, services and supplies of sub-central authorities (art. 14 c.1 lett. c)
	UnqualifiedWorksCents   int64      // a body without qualification may act alone for works up to this amount (art. 62 c.1)
}

// DirectAwardLimit returns the amount from which direct award is no longer
// allowed for o (direct award requires base < limit).
func (t Thresholds) DirectAwardLimit(o Object) int64 {
	if o == Works {
		return t.DirectWorksCents
	}
	return t.DirectServicesCents
}

// EULimit returns the EU threshold for o: a base amount equal to or above it
// makes the contract "sopra soglia".
func (t Thresholds) EULimit(o Object) int64 {
	if o == Works {
		return t.EUWorksCents
	}
	return t.EUServicesCents
}

// UnqualifiedLimit returns the largest base amount for o that a body without
// ANAC qualification may award on its own (art. 62 c.1: services and supplies
// "non superiore" to the direct-award limit, works "pari o inferiore" to
// 500,000 EUR).
func (t Thresholds) UnqualifiedLimit(o Object) int64 {
	if o == Works {
		return t.UnqualifiedWorksCents
	}
	return t.DirectServicesCents
}

// MinOperators returns how many operators a negotiated procedure below the EU
// threshold must consult for o and base (art. 50 c.1 lett. c, d, e): 10 for
// works from NegotiatedWorksTenCents, 5 otherwise.
func (t Thresholds) MinOperators(o Object, baseCents int64) int {
	if o == Works && baseCents >= t.NegotiatedWorksTenCents {
		return 10
	}
	return 5
}

const (
	eur = 100 // cents per euro

	directWorks      = 150_000 * eur
	directServices   = 140_000 * eur
	negotiatedTen    = 1_000_000 * eur
	unqualifiedWorks = 500_000 * eur
)

// table holds the thresholds, sorted by From. Add a row when the Commission
// revises the EU thresholds (every two years, in force from 1 January).
var table = []Thresholds{
	{ // D.Lgs. 36/2023 takes effect; EU thresholds of Reg. (EU) 2021/1952.
		From:             civil.New(2023, 7, 1),
		DirectWorksCents: directWorks, DirectServicesCents: directServices,
		NegotiatedWorksTenCents: negotiatedTen, UnqualifiedWorksCents: unqualifiedWorks,
		EUWorksCents: 5_382_000 * eur, EUServicesCents: 215_000 * eur,
	},
	{ // Reg. delegati (UE) 2023/2495-2497 (2024-2025).
		From:             civil.New(2024, 1, 1),
		DirectWorksCents: directWorks, DirectServicesCents: directServices,
		NegotiatedWorksTenCents: negotiatedTen, UnqualifiedWorksCents: unqualifiedWorks,
		EUWorksCents: 5_538_000 * eur, EUServicesCents: 221_000 * eur,
	},
	{ // Reg. delegato (UE) 2025/2152 (2026-2027).
		From:             civil.New(2026, 1, 1),
		DirectWorksCents: directWorks, DirectServicesCents: directServices,
		NegotiatedWorksTenCents: negotiatedTen, UnqualifiedWorksCents: unqualifiedWorks,
		EUWorksCents: 5_404_000 * eur, EUServicesCents: 216_000 * eur,
	},
}

// Table returns a copy of the threshold table, sorted by From.
func Table() []Thresholds { return slices.Clone(table) }

// ThresholdsOn returns the thresholds in force for a procedure started on d.
// It returns false for dates before 1 July 2023, when D.Lgs. 36/2023 took
// effect (earlier procedures follow D.Lgs. 50/2016).
func ThresholdsOn(d civil.Date) (Thresholds, bool) {
	i := rowOn(d)
	if i < 0 {
		return Thresholds{}, false
	}
	return table[i], true
}

// rowOn returns the index of the table row in force on d, or -1.
func rowOn(d civil.Date) int {
	for i := len(table) - 1; i >= 0; i-- {
		if !d.Before(table[i].From) {
			return i
		}
	}
	return -1
}

// inForceSince returns the first day from which the value that field reads
// from row i has been in force without interruption, so that messages date
// the direct-award limit from 2023 and the EU threshold from its last update.
func inForceSince(i int, field func(Thresholds) int64) civil.Date {
	v := field(table[i])
	for i > 0 && field(table[i-1]) == v {
		i--
	}
	return table[i].From
}

// Severity says whether a Finding blocks the procedure.
type Severity string

// The severities of a Finding.
const (
	// Error: the law forbids the procedure as described.
	Error Severity = "ERROR"
	// Warning: allowed, but the user must acknowledge it before going on.
	Warning Severity = "WARNING"
)

// The stable rule codes of the findings of [Check].
const (
	RuleStartDateMissing        = "procurement.start_date_missing"        // WARNING: no start date, today's thresholds used
	RulePreviousRegime          = "procurement.previous_regime"           // WARNING: started before 2023-07-01, not checked
	RuleBaseAmount              = "procurement.base_amount"               // ERROR: base amount ≤ 0
	RuleObject                  = "procurement.object"                    // ERROR: unknown object
	RuleProcedure               = "procurement.procedure"                 // ERROR: unknown procedure
	RuleFrameworkReference      = "procurement.framework_reference"       // ERROR: framework procedure without the framework
	RuleDirectAwardLimit        = "procurement.direct_award_limit"        // ERROR: direct award at or above its limit (art. 50)
	RuleBelowThresholdOnly      = "procurement.below_threshold_only"      // ERROR: code 33 at or above the EU threshold (art. 14, 50)
	RuleMinOperators            = "procurement.min_operators"             // ERROR: too few operators invited (art. 50)
	RuleQualification           = "procurement.qualification"             // ERROR: needs a qualified body (art. 62)
	RuleNegotiatedNotNeeded     = "procurement.negotiated_not_needed"     // WARNING: code 33 where direct award is allowed
	RuleNegotiatedWithoutNotice = "procurement.negotiated_without_notice" // WARNING: code 04 above the EU threshold (art. 76)
)

// Finding is one result of [Check].
type Finding struct {
	Severity   Severity
	Rule       string // stable code, one of the Rule… constants
	Message    string // Italian; names the amounts, the limit and the article
	LimitCents int64  // the threshold involved, when any (0 otherwise)
}

// Input describes a procurement procedure to check.
type Input struct {
	Object             Object
	Procedure          Procedure
	BaseCents          int64      // base amount net of VAT
	StartedOn          civil.Date // zero: today is used and a WARNING is added
	QualifiedBody      bool       // the running body holds ANAC qualification as a contracting authority
	InvitedCount       int        // operators invited; 0 = not known yet (no count check)
	FrameworkReference string     // Consip framework/convention, for DirectAwardFramework and CompetitiveFramework
}

// Check applies the rules of D.Lgs. 36/2023 to in, with the thresholds in
// force on in.StartedOn. It returns the findings sorted ERRORs first, then
// WARNINGs, each group in the fixed order of the rules below; nil when
// nothing is found.
//
//   - StartedOn zero: today is used, WARNING procurement.start_date_missing.
//   - Before 2023-07-01: only WARNING procurement.previous_regime (D.Lgs.
//     50/2016, not checked).
//   - Base ≤ 0: ERROR procurement.base_amount, and the rules that compare
//     the amount with a threshold are skipped (the operator count is still
//     checked against the minimum of 5). An unknown Object or Procedure: ERROR
//     procurement.object / procurement.procedure, and no other rule runs.
//   - DIRECT_AWARD_FRAMEWORK, COMPETITIVE_FRAMEWORK without a
//     FrameworkReference: ERROR procurement.framework_reference.
//   - DIRECT_AWARD with base ≥ the direct-award limit of its object: ERROR
//     procurement.direct_award_limit (art. 50 c.1 lett. a/b).
//   - NEGOTIATED_BELOW_THRESHOLD with base ≥ the EU threshold: ERROR
//     procurement.below_threshold_only; with base below the direct-award
//     limit: WARNING procurement.negotiated_not_needed.
//   - NEGOTIATED_BELOW_THRESHOLD, NEGOTIATED_WITH_NOTICE,
//     NEGOTIATED_WITHOUT_NOTICE below the EU threshold, InvitedCount > 0 and
//     below [Thresholds.MinOperators]: ERROR procurement.min_operators.
//   - Body without qualification, not adhering to a framework (26/27), base
//     above [Thresholds.UnqualifiedLimit]: ERROR procurement.qualification
//     (art. 62).
//   - NEGOTIATED_WITHOUT_NOTICE with base ≥ the EU threshold: WARNING
//     procurement.negotiated_without_notice (art. 76).
//
// OPEN and RESTRICTED get no finding on the amount: ordinary procedures are
// always allowed.
func Check(in Input) []Finding {
	var fs []Finding
	add := func(sev Severity, rule string, limit int64, format string, args ...any) {
		fs = append(fs, Finding{Severity: sev, Rule: rule, Message: fmt.Sprintf(format, args...), LimitCents: limit})
	}

	start := in.StartedOn
	if start.IsZero() {
		start = civil.Today()
		add(Warning, RuleStartDateMissing, 0,
			"Data di avvio della procedura non indicata: le soglie sono verificate con quelle in vigore oggi (%s).",
			start.Italian())
	}
	row := rowOn(start)
	if row < 0 {
		return []Finding{{
			Severity: Warning,
			Rule:     RulePreviousRegime,
			Message: fmt.Sprintf("La procedura è stata avviata il %s, prima del %s: si applica il D.Lgs. 50/2016 e le soglie non sono verificate.",
				start.Italian(), table[0].From.Italian()),
		}}
	}
	t := table[row]

	base, o, p := in.BaseCents, in.Object, in.Procedure
	fs = append(fs, inputFindings(base, o, p)...)
	if !o.Valid() || !p.Valid() {
		return sorted(fs)
	}
	amountKnown := base > 0

	direct, eu := t.DirectAwardLimit(o), t.EULimit(o)
	directSince := inForceSince(row, func(t Thresholds) int64 { return t.DirectAwardLimit(o) }).Italian()
	euSince := inForceSince(row, func(t Thresholds) int64 { return t.EULimit(o) }).Italian()
	what := objectPhrase(o)

	// Errors.
	if (p == DirectAwardFramework || p == CompetitiveFramework) && strings.TrimSpace(in.FrameworkReference) == "" {
		add(Error, RuleFrameworkReference, 0,
			"Per la procedura «%s» occorre indicare l'accordo quadro o la convenzione (Consip o soggetto aggregatore) a cui si aderisce.",
			Label(p))
	}
	if p == DirectAward && amountKnown && base >= direct {
		add(Error, RuleDirectAwardLimit, direct,
			"L'affidamento diretto di %s è ammesso sotto %s (art. 50, comma 1, lett. %s, D.Lgs. 36/2023; soglia in vigore dal %s): la base d'asta è %s; %s.",
			what, money.FormatEUR(direct), directLetter(o), directSince, money.FormatEUR(base), requiredProcedure(t, o, base))
	}
	if p == NegotiatedBelowThreshold && amountKnown && base >= eu {
		add(Error, RuleBelowThresholdOnly, eu,
			"La procedura negoziata per affidamenti sotto soglia è ammessa solo sotto la soglia europea di %s per %s (art. 14 e art. 50, D.Lgs. 36/2023; soglia in vigore dal %s): la base d'asta è %s; occorre una procedura ordinaria (aperta o ristretta).",
			money.FormatEUR(eu), what, euSince, money.FormatEUR(base))
	}
	negotiated := p == NegotiatedBelowThreshold || p == NegotiatedWithNotice || p == NegotiatedWithoutNotice
	if negotiated && base < eu && in.InvitedCount > 0 {
		if f, ok := minOperators(t, o, base, in.InvitedCount); ok {
			fs = append(fs, f)
		}
	}
	if !in.QualifiedBody && p != DirectAwardFramework && p != CompetitiveFramework && amountKnown {
		if limit := t.UnqualifiedLimit(o); base > limit {
			add(Error, RuleQualification, limit,
				"Un ente privo di qualificazione ANAC può affidare da solo %s solo fino a %s (art. 62, comma 1, D.Lgs. 36/2023): con una base d'asta di %s deve rivolgersi a una centrale di committenza qualificata o a un soggetto aggregatore (art. 62, comma 6), oppure aderire a un accordo quadro o a una convenzione.",
				what, money.FormatEUR(limit), money.FormatEUR(base))
		}
	}

	if amountKnown {
		fs = append(fs, warnings(p, o, base, direct, eu, euSince)...)
	}
	return sorted(fs)
}

// inputFindings are the errors of an amount, object or procedure type that
// no rule can be applied to.
func inputFindings(base int64, o Object, p Procedure) []Finding {
	var fs []Finding
	if base <= 0 {
		fs = append(fs, Finding{Severity: Error, Rule: RuleBaseAmount, Message: fmt.Sprintf(
			"La base d'asta deve essere maggiore di zero: è indicata %s.", money.FormatEUR(base))})
	}
	if !o.Valid() {
		fs = append(fs, Finding{Severity: Error, Rule: RuleObject, Message: fmt.Sprintf(
			"Oggetto dell'affidamento non valido (%q): indica lavori, servizi o forniture.", string(o))})
	}
	if !p.Valid() {
		fs = append(fs, Finding{Severity: Error, Rule: RuleProcedure, Message: fmt.Sprintf(
			"Tipo di procedura non valido (%q): indica una procedura dell'elenco ANAC.", string(p))})
	}
	return fs
}

// minOperators is the finding of a negotiated procedure that invites fewer
// operators than the law asks for its object and amount (ok false: enough).
func minOperators(t Thresholds, o Object, base int64, invitedCount int) (Finding, bool) {
	need := t.MinOperators(o, base)
	if invitedCount >= need {
		return Finding{}, false
	}
	var limit int64
	var scope, letter string
	switch {
	case o != Works:
		scope, letter = "per "+objectPhrase(o), "e"
	case need == 10:
		limit = t.NegotiatedWorksTenCents
		scope, letter = "per lavori di importo pari o superiore a "+money.FormatEUR(limit), "d"
	default:
		limit = t.NegotiatedWorksTenCents
		scope, letter = "per lavori di importo inferiore a "+money.FormatEUR(limit), "c"
	}
	return Finding{Severity: Error, Rule: RuleMinOperators, LimitCents: limit, Message: fmt.Sprintf(
		"La procedura negoziata %s richiede la consultazione di almeno %d operatori economici, ove esistenti (art. 50, comma 1, lett. %s, D.Lgs. 36/2023): %s.",
		scope, need, letter, invited(invitedCount))}, true
}

// warnings are the findings on a known amount that allow the procedure but
// call for care: a negotiation that a direct award would have made
// unnecessary, a negotiation without notice at or above the EU threshold.
func warnings(p Procedure, o Object, base, direct, eu int64, euSince string) []Finding {
	var fs []Finding
	what := objectPhrase(o)
	if p == NegotiatedBelowThreshold && base < direct {
		fs = append(fs, Finding{Severity: Warning, Rule: RuleNegotiatedNotNeeded, LimitCents: direct, Message: fmt.Sprintf(
			"Per %s sotto %s è ammesso l'affidamento diretto (art. 50, comma 1, lett. %s, D.Lgs. 36/2023): la procedura negoziata con base d'asta di %s è consentita ma non necessaria.",
			what, money.FormatEUR(direct), directLetter(o), money.FormatEUR(base))})
	}
	if p == NegotiatedWithoutNotice && base >= eu {
		fs = append(fs, Finding{Severity: Warning, Rule: RuleNegotiatedWithoutNotice, LimitCents: eu, Message: fmt.Sprintf(
			"La base d'asta di %s raggiunge la soglia europea di %s per %s (art. 14, D.Lgs. 36/2023; soglia in vigore dal %s): la procedura negoziata senza previa pubblicazione di un bando è ammessa solo nei casi eccezionali dell'art. 76, da motivare nella determina a contrarre.",
			money.FormatEUR(base), money.FormatEUR(eu), what, euSince)})
	}
	return fs
}

// sorted puts ERRORs before WARNINGs, keeping the order of the rules within
// each group.
func sorted(fs []Finding) []Finding {
	slices.SortStableFunc(fs, func(a, b Finding) int { return severityRank(a.Severity) - severityRank(b.Severity) })
	return fs
}

func severityRank(s Severity) int {
	if s == Error {
		return 0
	}
	return 1
}

// objectPhrase names the object as art. 50 groups it.
func objectPhrase(o Object) string {
	if o == Works {
		return "lavori"
	}
	return "servizi e forniture"
}

// directLetter is the letter of art. 50 c.1 that sets the direct-award limit.
func directLetter(o Object) string {
	if o == Works {
		return "a"
	}
	return "b"
}

// requiredProcedure names the least procedure the law requires for base.
func requiredProcedure(t Thresholds, o Object, base int64) string {
	switch {
	case base >= t.EULimit(o):
		return fmt.Sprintf("dalla soglia europea di %s occorre una procedura ordinaria (aperta o ristretta)", money.FormatEUR(t.EULimit(o)))
	case o == Works && base >= t.NegotiatedWorksTenCents:
		return "occorre almeno una procedura negoziata senza bando con 10 operatori economici (art. 50, comma 1, lett. d)"
	case o == Works:
		return "occorre almeno una procedura negoziata senza bando con 5 operatori economici (art. 50, comma 1, lett. c)"
	default:
		return "occorre almeno una procedura negoziata senza bando con 5 operatori economici (art. 50, comma 1, lett. e)"
	}
}

func invited(n int) string {
	if n == 1 {
		return "ne risulta invitato 1"
	}
	return fmt.Sprintf("ne risultano invitati %d", n)
}
