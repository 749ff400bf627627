// Package events names what happens in Capofila that someone must be told
// of: the domain services describe an event (Event) and hand it to an
// Emitter in the transaction of the change, and internal/notify turns it
// into notifications and e-mail for the users it concerns. The package is
// small so that every service can depend on it without depending on how
// people are notified.
package events

import (
	"context"

	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/notifykind"
)

// Kind is what happened: one of the notification kinds.
type Kind = notifykind.Kind

// Audience is who is told: the users holding Role within its scope (the
// Region body of officers and auditors, the aggregation of lead managers,
// the aggregation and body of member referents). Empty scope fields do not
// narrow. An audience with a UserID is that one user, whatever their roles
// (the requester of an access request, who may hold none).
type Audience struct {
	UserID        string
	Role          authz.Role
	RegionBodyID  string
	AggregationID string
	BodyID        string
}

// Event is something that happened, as its users read it.
type Event struct {
	Kind Kind
	// Key identifies the event: the same key is notified to a user once,
	// however many times or replicas report it (e.g. "CLAIM_REVIEW:<id>:3").
	Key string
	// Title says what happened in one Italian line; Body adds the reason,
	// the amounts, what to do.
	Title, Body string
	// Path is the web app's page where the user sees or acts on it.
	Path string
	// SubjectType and SubjectID name the object it is about.
	SubjectType, SubjectID string
	// DueOn is a reminder's deadline.
	DueOn *civil.Date
	// To are the users concerned; the user who caused the event is not
	// told of it.
	To []Audience
}

// Emitter records events in the caller's transaction.
type Emitter interface {
	Emit(ctx context.Context, ev Event) error
}
