package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// Label returns the Italian label of the status ("In corso"), or the code
// itself when unknown.
func (s DeliverableStatus) Label() string {
	switch s {
	case DeliverablePlanned:
		return "Previsto"
	case DeliverableInProgress:
		return "In corso"
	case DeliverableDelivered:
		return "Consegnato"
	case DeliverableAccepted:
		return "Accettato"
	case DeliverableRejected:
		return "Respinto"
	}
	return string(s)
}

// deliverableStatuses lists the states in lifecycle order.
var deliverableStatuses = []DeliverableStatus{
	DeliverablePlanned, DeliverableInProgress, DeliverableDelivered, DeliverableAccepted, DeliverableRejected,
}

// Label returns the Italian label of the result ("Conforme", "Non conforme",
// "Non applicabile"), or the code itself when unknown.
func (r CheckResult) Label() string {
	switch r {
	case CheckOK:
		return "Conforme"
	case CheckKO:
		return "Non conforme"
	case CheckNA:
		return "Non applicabile"
	}
	return string(r)
}

// Valid reports whether r is a known result.
func (r CheckResult) Valid() bool { return r == CheckOK || r == CheckKO || r == CheckNA }

// Label returns the Italian label of the outcome ("Accettato", "Accettato in
// parte", "Respinto", "Integrazioni richieste"), or the code itself when
// unknown.
func (o ReviewOutcome) Label() string {
	switch o {
	case OutcomeAccepted:
		return "Accettato"
	case OutcomePartiallyAccepted:
		return "Accettato in parte"
	case OutcomeRejected:
		return "Respinto"
	case OutcomeChangesRequested:
		return "Integrazioni richieste"
	}
	return string(o)
}

// Valid reports whether o is a known outcome.
func (o ReviewOutcome) Valid() bool {
	switch o {
	case OutcomeAccepted, OutcomePartiallyAccepted, OutcomeRejected, OutcomeChangesRequested:
		return true
	}
	return false
}

// eur formats cents as "1.608.615,45 €".
func eur(cents int64) string { return money.FormatEUR(cents) }

// date formats a date as "23/11/2026", or "—" for the zero date.
func date(d civil.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.Italian()
}

// integer formats n with Italian thousands separators: "362.014".
func integer(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// percent formats basis points as "12,34%".
func percent(bp int64) string {
	neg := bp < 0
	if neg {
		bp = -bp
	}
	s := fmt.Sprintf("%d,%02d%%", bp/100, bp%100)
	if neg {
		s = "-" + s
	}
	return s
}

// perHead returns cents divided by people, rounded half up, in cents; 0
// when people is not positive.
func perHead(cents int64, people int) int64 {
	if people <= 0 {
		return 0
	}
	p := int64(people)
	if cents < 0 {
		return -((-cents*2 + p) / (2 * p))
	}
	return (cents*2 + p) / (2 * p)
}

// orDash returns s, or "—" when s is blank.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// procedure returns "23 – Affidamento diretto" from code and label.
func procedure(code, label string) string {
	code, label = strings.TrimSpace(code), strings.TrimSpace(label)
	switch {
	case code != "" && label != "":
		return code + " – " + label
	case label != "":
		return label
	}
	return orDash(code)
}
