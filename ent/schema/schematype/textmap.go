// Package schematype holds Go types used by Ent fields that need their own
// GraphQL scalar.
package schematype

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
)

// TextMap is a set of named texts, e.g. the narrative sections of an
// application keyed by the section the call asks for.
type TextMap map[string]string

// MarshalGQL implements graphql.Marshaler.
func (m TextMap) MarshalGQL(w io.Writer) {
	if m == nil {
		m = TextMap{}
	}
	_ = json.NewEncoder(w).Encode(map[string]string(m))
}

// UnmarshalGQL implements graphql.Unmarshaler.
func (m *TextMap) UnmarshalGQL(v any) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return apperr.InvalidField("", "textmap.format", "Atteso un oggetto i cui valori sono testi.")
	}
	out := make(TextMap, len(obj))
	for k, val := range obj {
		s, ok := val.(string)
		if !ok {
			return apperr.InvalidField("", "textmap.format", fmt.Sprintf("La sezione %q deve essere un testo.", k))
		}
		out[k] = s
	}
	*m = out
	return nil
}

// ChecklistEntry is one check of an auditor's review.
type ChecklistEntry struct {
	Key    string `json:"key"`
	Label  string `json:"label"`
	Result string `json:"result"` // OK, KO or NA
	Note   string `json:"note,omitempty"`
}

// ShareSnapshot is a member's cost share of a contract at one moment, kept
// on a contract modification: the body (with its name then), the expense
// category and the amount in euro cents.
type ShareSnapshot struct {
	BodyID            pulid.ID  `json:"body_id"`
	BodyName          string    `json:"body_name"`
	ExpenseCategoryID *pulid.ID `json:"expense_category_id,omitempty"`
	AmountCents       int64     `json:"amount_cents"`
}

// AggregationProposal is an aggregation a person asks to form (an access
// request for the role of lead manager of a new aggregation): its name,
// its lead body and its members with their resolutions, the bodies' names
// as they were when asked. An admin approves it, and the aggregation is
// formed as proposed.
type AggregationProposal struct {
	Name         string           `json:"name"`
	Description  string           `json:"description,omitempty"`
	LeadBodyID   pulid.ID         `json:"lead_body_id"`
	LeadBodyName string           `json:"lead_body_name"`
	Members      []ProposedMember `json:"members"`
}

// ProposedMember is a body proposed as a member of an aggregation, with the
// resolution (delibera) approving its membership.
type ProposedMember struct {
	BodyID           pulid.ID    `json:"body_id"`
	BodyName         string      `json:"body_name"`
	ResolutionNumber string      `json:"resolution_number,omitempty"`
	ResolutionDate   *civil.Date `json:"resolution_date,omitempty"`
	// ResolutionOrgan is GIUNTA or CONSIGLIO (Membership.resolution_organ),
	// or empty.
	ResolutionOrgan string      `json:"resolution_organ,omitempty"`
	JoinedOn        *civil.Date `json:"joined_on,omitempty"`
}
