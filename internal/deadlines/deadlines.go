// Package deadlines computes every dated obligation (*scadenza*) of the
// data a viewer can read, in one place: the web app's lists, the project
// overview and the reminder job all read them from here.
//
// The pure part (this file and rules.go) turns rows into Deadlines with
// the call's rules as data; the Service (service.go) reads the rows
// through the request's client, so the Ent privacy policy decides what a
// viewer's deadlines are made of.
package deadlines

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
)

// Kind is what a deadline is about. The values are those of the GraphQL
// enum DeadlineKind.
type Kind string

// The kinds of deadline.
const (
	// KindCUPRequest would be the CUP to request after funding. It is
	// never produced: a project is created with its CUP (fundApplication
	// requires one), so the data holds no funded project without it.
	KindCUPRequest Kind = "CUP_REQUEST"
	// KindContractSignature: no contract of the project is signed yet;
	// due the call's contractDeadlineMonths after the funding decree.
	KindContractSignature Kind = "CONTRACT_SIGNATURE"
	// KindDeliverableDue: a deliverable neither delivered nor accepted.
	KindDeliverableDue Kind = "DELIVERABLE_DUE"
	// KindMilestoneDue: a pending DEADLINE milestone of the project plan
	// (and a REPORTING one when the call sets no reporting cadence).
	KindMilestoneDue Kind = "MILESTONE_DUE"
	// KindClaimDue: the next reporting period's end without a submitted
	// claim, from the call's reportingEveryMonths.
	KindClaimDue Kind = "CLAIM_DUE"
	// KindIntegrationResponse: an application whose integration the
	// officer requested, due on its integrationDueOn.
	KindIntegrationResponse Kind = "INTEGRATION_RESPONSE"
	// KindClaimReview: a submitted claim the Region's auditors review.
	KindClaimReview Kind = "CLAIM_REVIEW"
	// KindApplicationDecision: a submitted application the Region
	// decides, when the call sets decisionDays.
	KindApplicationDecision Kind = "APPLICATION_DECISION"
	// KindDisbursementPayment would be an approved disbursement to pay.
	// It is never produced: neither the calls nor the law in the data set
	// a term for it yet.
	KindDisbursementPayment Kind = "DISBURSEMENT_PAYMENT"
	// KindProjectEnd: the planned end of a running project.
	KindProjectEnd Kind = "PROJECT_END"
	// KindVariationDecision: a requested variation of a project the
	// Region's officers decide: submission plus the call's reviewDays
	// (DefaultReviewDays when unset).
	KindVariationDecision Kind = "VARIATION_DECISION"
	// KindMonitoringTransmission: the next bimonthly transmission of the
	// project's monitoring data (PUC) to the Region, for the lead, when
	// the call is monitored through the PUC (it has monitoring settings).
	KindMonitoringTransmission Kind = "MONITORING_TRANSMISSION"
)

// Kinds lists every kind, in the order of the GraphQL enum.
var Kinds = []Kind{KindCUPRequest, KindContractSignature, KindDeliverableDue, KindMilestoneDue, KindClaimDue,
	KindIntegrationResponse, KindClaimReview, KindApplicationDecision, KindDisbursementPayment, KindProjectEnd, KindVariationDecision,
	KindMonitoringTransmission}

// Actor is who must act on a deadline: a role and the scope of the role
// assignments that hold it (the ids as in RoleAssignment: the Region body
// for officers and auditors, the aggregation for leads, the aggregation
// and body for member referents).
type Actor struct {
	Role          authz.Role
	RegionBodyID  string
	AggregationID string
	BodyID        string
}

// MatchedBy reports whether grant g is one that must act on the deadline:
// the same role over the same scope. ADMIN acts on nothing.
func (a Actor) MatchedBy(g authz.Grant) bool {
	if g.Role != a.Role {
		return false
	}
	switch a.Role {
	case authz.RegionOfficer, authz.Auditor:
		return a.RegionBodyID != "" && a.RegionBodyID == string(g.RegionBodyID)
	case authz.LeadManager:
		return a.AggregationID != "" && a.AggregationID == string(g.AggregationID)
	case authz.MemberReferent:
		return a.AggregationID != "" && a.AggregationID == string(g.AggregationID) &&
			a.BodyID != "" && a.BodyID == string(g.BodyID)
	}
	return false
}

// Deadline is one dated obligation.
type Deadline struct {
	// Key is the deadline's stable identity, unique across all deadlines,
	// e.g. "DELIVERABLE:<id>", "CLAIM:<projectID>:2026-06-30".
	Key  string
	Kind Kind
	// Title is Italian and names the subject, e.g. "Consegna di
	// «Pagamenti online» – Comune di Acquaviva Picena".
	Title string
	DueOn civil.Date
	// ProjectID is empty when the deadline is not about a project (an
	// application).
	ProjectID string
	// SubjectType is the Ent type name of the row the deadline is about.
	SubjectType string
	SubjectID   string
	// Path is the web app's route where the user acts.
	Path  string
	Actor Actor
	// RemindDaysBefore are the days before DueOn on which a reminder is
	// sent; reminders also fall on DueOn and on the day after it is
	// missed (ReminderOn).
	RemindDaysBefore []int
}

// DaysLeft returns the days from today to the deadline: negative once it
// is missed, 0 on the day.
func (d Deadline) DaysLeft(today civil.Date) int { return today.DaysUntil(d.DueOn) }

// Overdue reports whether the deadline was missed by today.
func (d Deadline) Overdue(today civil.Date) bool { return d.DueOn.Before(today) }

// DefaultReminders are the days before a deadline on which its reminders
// fall.
var DefaultReminders = []int{14, 7, 1}

// Stage is which reminder of a deadline falls on a day.
type Stage string

// The reminder stages: BEFORE_<n> for each of RemindDaysBefore (the
// defaults below), DUE on the day, MISSED after it.
const (
	StageBefore14 Stage = "BEFORE_14"
	StageBefore7  Stage = "BEFORE_7"
	StageBefore1  Stage = "BEFORE_1"
	StageDue      Stage = "DUE"
	StageMissed   Stage = "MISSED"
)

// ReminderOn returns the reminder stage d is in on day: BEFORE_n from n
// days before DueOn (n the smallest of RemindDaysBefore not below the days
// left), DUE on DueOn, MISSED any day after. A user is told of each stage
// once (the reminder's key names it), on the first day the reminders run
// in it: a stage the server skipped (it was not running) is not lost, it
// is told with the next one, and a deadline already missed when first seen
// is told once as missed.
func ReminderOn(d Deadline, day civil.Date) (Stage, bool) {
	left := day.DaysUntil(d.DueOn)
	switch {
	case left == 0:
		return StageDue, true
	case left < 0:
		return StageMissed, true
	}
	n := -1
	for _, k := range d.RemindDaysBefore {
		if k >= left && (n < 0 || k < n) {
			n = k
		}
	}
	if n < 0 {
		return "", false
	}
	return Stage(fmt.Sprintf("BEFORE_%d", n)), true
}

// Filter narrows a viewer's deadlines. The zero Filter keeps every one.
type Filter struct {
	// ProjectID keeps a project's deadlines only.
	ProjectID string
	// Kinds keeps those of these kinds (all when empty).
	Kinds []Kind
	// DueAfter keeps those due strictly after the day.
	DueAfter *civil.Date
	// DueBefore keeps those due strictly before the day.
	DueBefore *civil.Date
	// Overdue keeps those already missed (due before today).
	Overdue bool
	// Mine keeps those whose actor is one of the viewer's grants.
	Mine bool
}

// Keep reports whether f keeps d, as of today, for a viewer with grants.
func (f Filter) Keep(d Deadline, today civil.Date, grants []authz.Grant) bool {
	switch {
	case f.ProjectID != "" && d.ProjectID != f.ProjectID,
		len(f.Kinds) > 0 && !slices.Contains(f.Kinds, d.Kind),
		f.DueAfter != nil && !d.DueOn.After(*f.DueAfter),
		f.DueBefore != nil && !d.DueOn.Before(*f.DueBefore),
		f.Overdue && !d.Overdue(today):
		return false
	case f.Mine:
		return slices.ContainsFunc(grants, d.Actor.MatchedBy)
	}
	return true
}

// Sort orders deadlines by DueOn, then Key.
func Sort(ds []Deadline) {
	slices.SortFunc(ds, func(a, b Deadline) int {
		if c := a.DueOn.Compare(b.DueOn); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
}

// MarshalGQL writes k as a GraphQL enum value (DeadlineKind).
func (k Kind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a DeadlineKind.
func (k *Kind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(Kinds, Kind(s)) {
		return fmt.Errorf("%v is not a DeadlineKind", v)
	}
	*k = Kind(s)
	return nil
}
