// Package notifykind lists the kinds of notification Capofila sends, with
// their Italian labels and default e-mail delivery, and the ways a user may
// have them delivered by e-mail. It is pure data: the Ent schema
// (NotificationPreference), the preference service (internal/notifypref),
// the mail templates and the job queue all read it.
package notifykind

import (
	"fmt"
	"io"
	"strconv"
)

// Kind is a kind of notification; its values are GraphQL enum values and
// database values: never rename one.
type Kind string

// The kinds of notification.
const (
	ApplicationDecided    Kind = "APPLICATION_DECIDED"
	IntegrationRequested  Kind = "INTEGRATION_REQUESTED"
	ClaimChangesRequested Kind = "CLAIM_CHANGES_REQUESTED"
	ReviewCompleted       Kind = "REVIEW_COMPLETED"
	DeliverableRejected   Kind = "DELIVERABLE_REJECTED"
	DisbursementPaid      Kind = "DISBURSEMENT_PAID"
	DeadlineReminder      Kind = "DEADLINE_REMINDER"
	VariationRequested    Kind = "VARIATION_REQUESTED"
	VariationDecided      Kind = "VARIATION_DECIDED"
	AccessRequested       Kind = "ACCESS_REQUESTED"
	AccessDecided         Kind = "ACCESS_DECIDED"
)

// Delivery is how the notifications of a kind reach a user by e-mail.
// In-app notifications are always shown, whatever the delivery.
type Delivery string

// The deliveries.
const (
	// Immediate sends one e-mail per notification, as it happens.
	Immediate Delivery = "IMMEDIATE"
	// Daily gathers the day's notifications in one digest e-mail.
	Daily Delivery = "DAILY"
	// Off sends no e-mail.
	Off Delivery = "OFF"
)

// info is what is known of a kind.
type info struct {
	label, doc string
	def        Delivery
}

var kinds = map[Kind]info{
	ApplicationDecided:    {"Esito di una domanda di finanziamento", "A Region decided on an application (admitted, funded, rejected).", Immediate},
	IntegrationRequested:  {"Richiesta di integrazioni", "A Region asked for integrations to an application.", Immediate},
	ClaimChangesRequested: {"Rendiconto da correggere", "An expense claim was sent back for changes.", Immediate},
	ReviewCompleted:       {"Controllo completato", "An auditor completed the review of an expense claim.", Immediate},
	DeliverableRejected:   {"Prodotto non approvato", "A deliverable was rejected.", Immediate},
	DisbursementPaid:      {"Erogazione pagata", "A disbursement was paid.", Immediate},
	DeadlineReminder:      {"Scadenze in arrivo o superate", "A deadline is near or was missed.", Daily},
	VariationRequested:    {"Variazione di progetto da decidere", "A lead requested a variation of a project of the Region.", Immediate},
	VariationDecided:      {"Esito di una variazione di progetto", "A Region decided on a variation of a project (approved, in part, rejected).", Immediate},
	AccessRequested:       {"Nuova richiesta di accesso", "Someone asked for a role the user may grant (an access request to decide).", Immediate},
	AccessDecided:         {"Esito di una richiesta di accesso", "An access request of the user was approved or refused.", Immediate},
}

// order is the order in which kinds are listed to users.
var order = []Kind{ApplicationDecided, IntegrationRequested, ClaimChangesRequested, ReviewCompleted,
	DeliverableRejected, DisbursementPaid, VariationRequested, VariationDecided, AccessRequested, AccessDecided, DeadlineReminder}

// All returns every kind, in the order users see them.
func All() []Kind { return append([]Kind(nil), order...) }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { _, ok := kinds[k]; return ok }

// Label is the kind's name for users, in Italian.
func (k Kind) Label() string { return kinds[k].label }

// Doc says what the kind means, for API readers (English).
func (k Kind) Doc() string { return kinds[k].doc }

// Default is the delivery of a kind the user has not chosen one for:
// IMMEDIATE for events, DAILY for deadline reminders.
func (k Kind) Default() Delivery { return kinds[k].def }

// Values lists the kinds, for Ent's enum field.
func (Kind) Values() []string { return strs(order) }

// MarshalGQL writes the kind as a GraphQL enum value.
func (k Kind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *Kind) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Kind(s).Valid() {
		return fmt.Errorf("%v is not a valid NotificationKind", v)
	}
	*k = Kind(s)
	return nil
}

var deliveries = []Delivery{Immediate, Daily, Off}

// Valid reports whether d is a known delivery.
func (d Delivery) Valid() bool { return d == Immediate || d == Daily || d == Off }

// Label is the delivery's name for users, in Italian.
func (d Delivery) Label() string {
	switch d {
	case Immediate:
		return "Subito"
	case Daily:
		return "Riepilogo giornaliero"
	case Off:
		return "Mai"
	}
	return ""
}

// Values lists the deliveries, for Ent's enum field.
func (Delivery) Values() []string { return strs(deliveries) }

// MarshalGQL writes the delivery as a GraphQL enum value.
func (d Delivery) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(d))) }

// UnmarshalGQL reads a GraphQL enum value.
func (d *Delivery) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Delivery(s).Valid() {
		return fmt.Errorf("%v is not a valid NotificationDelivery", v)
	}
	*d = Delivery(s)
	return nil
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
