// Package lifecycle holds the state machines of DOMAIN.md §4: one
// transition table per lifecycle, and the one function that checks a
// transition. Services change a status only after Check succeeds, so an
// illegal transition is always the same CONFLICT error naming the current
// state.
package lifecycle

import (
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
)

// Machine is a lifecycle: its states with their Italian labels and the
// transitions allowed between them.
type Machine struct {
	// Name is the Italian name of what moves through the lifecycle.
	Name string
	// Labels are the Italian names of the states.
	Labels map[string]string
	// Next lists, for each state, the states it may move to.
	Next map[string][]string
}

// Check returns nil when from → to is allowed, INVALID for an unknown
// target state, and CONFLICT naming the current state otherwise.
func (m Machine) Check(from, to string) error {
	if _, ok := m.Labels[to]; !ok {
		return &apperr.Error{Code: apperr.Invalid, Field: "status", Rule: "lifecycle.unknown_state",
			Message: fmt.Sprintf("Stato sconosciuto per %s: %s.", m.Name, to)}
	}
	if slices.Contains(m.Next[from], to) {
		return nil
	}
	return &apperr.Error{Code: apperr.Conflict, Field: "status", Rule: "lifecycle.transition",
		Message: fmt.Sprintf("%s è nello stato «%s»: non può passare a «%s».", capitalize(m.Name), m.Label(from), m.Label(to))}
}

// Label returns the Italian label of a state (the code if unknown).
func (m Machine) Label(state string) string {
	if l, ok := m.Labels[state]; ok {
		return l
	}
	return state
}

// Terminal reports whether no transition leaves state.
func (m Machine) Terminal(state string) bool { return len(m.Next[state]) == 0 }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}

// The lifecycles of DOMAIN.md §4.
var (
	Call = Machine{
		Name:   "il bando",
		Labels: map[string]string{"DRAFT": "bozza", "PUBLISHED": "pubblicato", "CLOSED": "chiuso", "ARCHIVED": "archiviato"},
		Next: map[string][]string{
			"DRAFT":     {"PUBLISHED"},
			"PUBLISHED": {"CLOSED"},
			"CLOSED":    {"ARCHIVED"},
		},
	}
	Application = Machine{
		Name: "la domanda",
		Labels: map[string]string{
			"DRAFT": "bozza", "SUBMITTED": "presentata", "INTEGRATION_REQUESTED": "integrazione richiesta",
			"ADMISSIBLE": "ammissibile", "INADMISSIBLE": "non ammissibile", "FUNDED": "finanziata",
			"REJECTED": "respinta", "WITHDRAWN": "ritirata",
		},
		Next: map[string][]string{
			"DRAFT":                 {"SUBMITTED", "WITHDRAWN"},
			"SUBMITTED":             {"ADMISSIBLE", "INADMISSIBLE", "INTEGRATION_REQUESTED", "WITHDRAWN"},
			"INTEGRATION_REQUESTED": {"SUBMITTED", "WITHDRAWN"},
			"ADMISSIBLE":            {"FUNDED", "REJECTED", "INTEGRATION_REQUESTED", "WITHDRAWN"},
		},
	}
	Project = Machine{
		Name: "il progetto",
		Labels: map[string]string{"ACTIVE": "attivo", "SUSPENDED": "sospeso", "COMPLETED": "completato",
			"CLOSED": "chiuso", "REVOKED": "revocato"},
		Next: map[string][]string{
			"ACTIVE":    {"SUSPENDED", "COMPLETED", "REVOKED"},
			"SUSPENDED": {"ACTIVE", "REVOKED"},
			"COMPLETED": {"CLOSED", "REVOKED"},
		},
	}
	Procurement = Machine{
		Name: "la procedura",
		Labels: map[string]string{"PLANNED": "programmata", "PUBLISHED": "pubblicata", "AWARDED": "aggiudicata",
			"CONTRACTED": "contrattualizzata", "DESERTED": "deserta", "CANCELLED": "annullata"},
		Next: map[string][]string{
			"PLANNED":   {"PUBLISHED", "AWARDED", "CANCELLED"}, // direct awards skip publication
			"PUBLISHED": {"AWARDED", "DESERTED", "CANCELLED"},
			"AWARDED":   {"CONTRACTED", "CANCELLED"},
		},
	}
	Variation = Machine{
		Name: "la variazione",
		Labels: map[string]string{"DRAFT": "in bozza", "REQUESTED": "richiesta", "APPROVED": "approvata",
			"PARTIALLY_APPROVED": "approvata in parte", "REJECTED": "respinta", "WITHDRAWN": "ritirata"},
		Next: map[string][]string{
			"DRAFT":     {"REQUESTED", "WITHDRAWN"},
			"REQUESTED": {"APPROVED", "PARTIALLY_APPROVED", "REJECTED", "WITHDRAWN"},
		},
	}
	Contract = Machine{
		Name:   "il contratto",
		Labels: map[string]string{"ACTIVE": "in esecuzione", "EXECUTED": "eseguito", "CLOSED": "chiuso", "TERMINATED": "risolto"},
		Next: map[string][]string{
			"ACTIVE":   {"EXECUTED", "TERMINATED"},
			"EXECUTED": {"CLOSED"},
		},
	}
	ContractModification = Machine{
		Name:   "la modifica del contratto",
		Labels: map[string]string{"PROPOSED": "proposta", "EFFECTIVE": "efficace", "WITHDRAWN": "ritirata"},
		Next: map[string][]string{
			"PROPOSED": {"EFFECTIVE", "WITHDRAWN"},
		},
	}
	Deliverable = Machine{
		Name: "il prodotto",
		Labels: map[string]string{"PLANNED": "previsto", "IN_PROGRESS": "in corso", "DELIVERED": "consegnato",
			"ACCEPTED": "accettato", "REJECTED": "respinto"},
		Next: map[string][]string{
			"PLANNED":     {"IN_PROGRESS"},
			"IN_PROGRESS": {"DELIVERED"},
			"DELIVERED":   {"ACCEPTED", "REJECTED"},
			"REJECTED":    {"IN_PROGRESS"},
		},
	}
	ExpenseClaim = Machine{
		Name: "il rendiconto",
		Labels: map[string]string{"DRAFT": "bozza", "SUBMITTED": "presentato", "UNDER_REVIEW": "in controllo",
			"CHANGES_REQUESTED": "modifiche richieste", "ACCEPTED": "accettato",
			"PARTIALLY_ACCEPTED": "accettato in parte", "REJECTED": "respinto"},
		Next: map[string][]string{
			"DRAFT":             {"SUBMITTED"},
			"SUBMITTED":         {"UNDER_REVIEW"},
			"UNDER_REVIEW":      {"CHANGES_REQUESTED", "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"},
			"CHANGES_REQUESTED": {"SUBMITTED"},
		},
	}
	Disbursement = Machine{
		Name:   "l'erogazione",
		Labels: map[string]string{"REQUESTED": "richiesta", "APPROVED": "approvata", "PAID": "pagata"},
		Next: map[string][]string{
			"REQUESTED": {"APPROVED"},
			"APPROVED":  {"PAID"},
		},
	}
)

// All lists every lifecycle, keyed by the entity type it belongs to.
var All = map[string]Machine{
	"Call": Call, "Application": Application, "Project": Project, "Procurement": Procurement,
	"Contract": Contract, "ContractModification": ContractModification, "Deliverable": Deliverable, "ExpenseClaim": ExpenseClaim, "Disbursement": Disbursement,
	"Variation": Variation,
}

// The parts of an application an integration request may reopen.
const (
	ItemBudget      = "BUDGET"
	ItemNarrative   = "NARRATIVE"
	ItemAttachments = "ATTACHMENTS"
	ItemMembers     = "MEMBERS"
)

// IntegrationItems lists the parts of an application, in display order.
var IntegrationItems = []string{ItemBudget, ItemNarrative, ItemAttachments, ItemMembers}

var itemLabels = map[string]string{ItemBudget: "budget", ItemNarrative: "descrizione del progetto",
	ItemAttachments: "allegati", ItemMembers: "enti aderenti"}

// Editable returns nil when the lead may change part of an application in
// the given status: anything in a draft; while an integration is requested,
// only the parts the officer listed (items). Otherwise it returns CONFLICT
// with rule "frozen".
func Editable(status string, items []string, part string) error {
	switch {
	case status == "DRAFT":
		return nil
	case status == "INTEGRATION_REQUESTED" && slices.Contains(items, part):
		return nil
	case status == "INTEGRATION_REQUESTED":
		labels := make([]string, 0, len(items))
		for _, it := range items {
			labels = append(labels, itemLabels[it])
		}
		return &apperr.Error{Code: apperr.Conflict, Rule: "frozen", Message: fmt.Sprintf(
			"La Regione ha chiesto integrazioni solo per: %s. La parte «%s» non si può modificare.",
			strings.Join(labels, ", "), itemLabels[part])}
	}
	return &apperr.Error{Code: apperr.Conflict, Rule: "frozen", Message: fmt.Sprintf(
		"La domanda è %s: non si può più modificare.", Application.Label(status))}
}
