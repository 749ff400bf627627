// Package authz decides who may do what. Permissions are code: an embedded
// Casbin model and policy say which role may perform which action on which
// entity type. Role assignments are data (RoleAssignment rows) loaded into a
// Viewer for each request; a permission applies only within the scope of the
// assignment that grants it (a Region body, an aggregation, or a member body
// within an aggregation). The Ent privacy rules (ent/rule) and the services
// call this package, so every path to the data is covered.
package authz

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
)

// Role is a kind of responsibility; see DOMAIN.md §1.
type Role string

// The roles.
const (
	Admin          Role = "ADMIN"
	RegionOfficer  Role = "REGION_OFFICER"
	Auditor        Role = "AUDITOR"
	LeadManager    Role = "LEAD_MANAGER"
	MemberReferent Role = "MEMBER_REFERENT"
)

// Roles lists every role.
var Roles = []Role{Admin, RegionOfficer, Auditor, LeadManager, MemberReferent}

// Actions on entities. Create, update and delete are the Ent operations;
// the others are named actions that services check with Require. Reading
// is no action: who reads which rows is each entity's scope (ent/schema
// scope.Read), which ent/rule turns into query filters.
const (
	ActCreate     = "create"
	ActUpdate     = "update"
	ActDelete     = "delete"
	ActTransition = "transition"
	ActSubmit     = "submit"
	ActDecide     = "decide"
	ActReview     = "review"
	// ActCorrectCodes corrects a member body's codice fiscale and
	// e-invoicing office codes (the lead of an aggregation it belongs to).
	ActCorrectCodes = "correct_codes"
)

// Actions lists every action the code asks the policy about: a line of
// policy.csv with another action would grant nothing.
var Actions = []string{ActCreate, ActUpdate, ActDelete, ActTransition, ActSubmit, ActDecide, ActReview, ActCorrectCodes}

//go:embed model.conf
var modelText string

//go:embed policy.csv
var policyText string

var enforcer = mustEnforcer()

func mustEnforcer() *casbin.Enforcer {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		panic(fmt.Sprintf("authz: model: %v", err))
	}
	var lines []string
	for _, l := range strings.Split(policyText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	e, err := casbin.NewEnforcer(m, stringadapter.NewAdapter(strings.Join(lines, "\n")))
	if err != nil {
		panic(fmt.Sprintf("authz: policy: %v", err))
	}
	return e
}

// Permits reports whether the policy lets role perform act on entity,
// regardless of scope.
func Permits(role Role, entity, act string) bool {
	ok, err := enforcer.Enforce(string(role), entity, act)
	return err == nil && ok
}

// Grant is one role assignment of a viewer.
type Grant struct {
	Role          Role
	RegionBodyID  pulid.ID // REGION_OFFICER, AUDITOR
	AggregationID pulid.ID // LEAD_MANAGER, MEMBER_REFERENT
	BodyID        pulid.ID // MEMBER_REFERENT
}

// Scope is where a row belongs: the aggregation and the Region body whose
// call funds it, and the member body it concerns. Empty parts are unknown
// or not applicable; a global row (a comune, a vendor) has an empty scope.
type Scope struct {
	AggregationID pulid.ID
	RegionBodyID  pulid.ID
	BodyID        pulid.ID
}

// Covers reports whether the grant reaches a row of scope s.
func (g Grant) Covers(s Scope) bool {
	switch g.Role {
	case Admin:
		return true
	case RegionOfficer, Auditor:
		return s.RegionBodyID != "" && s.RegionBodyID == g.RegionBodyID
	case LeadManager:
		return s.AggregationID != "" && s.AggregationID == g.AggregationID
	case MemberReferent:
		// A member referent changes only its own body's rows, never the
		// aggregation's shared ones (docs/DOMAIN.md, roles).
		return s.AggregationID != "" && s.AggregationID == g.AggregationID &&
			s.BodyID != "" && s.BodyID == g.BodyID
	}
	return false
}

// Viewer is who is making a request: a user with grants, or the system.
type Viewer struct {
	UserID pulid.ID
	Email  string
	Grants []Grant
	system bool
}

// IsSystem reports whether v is the system (migrations, seed, jobs).
func (v *Viewer) IsSystem() bool { return v != nil && v.system }

// IsAdmin reports whether v holds the ADMIN role (or is the system).
func (v *Viewer) IsAdmin() bool {
	if v == nil {
		return false
	}
	return v.system || slices.ContainsFunc(v.Grants, func(g Grant) bool { return g.Role == Admin })
}

// Regions returns the Region bodies v holds one of roles for.
func (v *Viewer) Regions(roles ...Role) []string {
	var out []string
	for _, g := range v.Grants {
		if g.RegionBodyID != "" && (len(roles) == 0 || slices.Contains(roles, g.Role)) {
			out = appendUnique(out, string(g.RegionBodyID))
		}
	}
	return out
}

// Aggregations returns the aggregations v holds one of roles in.
func (v *Viewer) Aggregations(roles ...Role) []string {
	var out []string
	for _, g := range v.Grants {
		if g.AggregationID != "" && (len(roles) == 0 || slices.Contains(roles, g.Role)) {
			out = appendUnique(out, string(g.AggregationID))
		}
	}
	return out
}

// MemberGrants returns v's MEMBER_REFERENT grants.
func (v *Viewer) MemberGrants() []Grant {
	var out []Grant
	for _, g := range v.Grants {
		if g.Role == MemberReferent {
			out = append(out, g)
		}
	}
	return out
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// Can reports whether v may perform act on an entity of the given type
// within scope s: some grant of v must both be permitted by the policy and
// cover the scope. For entities without scope (reference data), a permitted
// grant is enough.
func (v *Viewer) Can(entity, act string, s Scope, scoped bool) bool {
	if v == nil {
		return false
	}
	if v.system {
		return true
	}
	for _, g := range v.Grants {
		if !Permits(g.Role, entity, act) {
			continue
		}
		if g.Role == Admin || !scoped || g.Covers(s) {
			return true
		}
	}
	return false
}

type viewerKey struct{}

// NewContext returns a context carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer of ctx, or nil when nobody is signed in.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// SystemViewer is the viewer of maintenance work: it may do everything.
var SystemViewer = &Viewer{Email: "system", system: true}

// WithSystem returns a context in which the system acts: migrations, the
// seed, imports and background jobs. Never derive it from a user request
// except to perform a step the user was already authorized for.
func WithSystem(ctx context.Context) context.Context {
	return NewContext(ctx, SystemViewer)
}

// Elevate returns a context in which the viewer of ctx acts with the
// system's rights: a service uses it to perform the writes of an action it
// has already authorized with Require (a status change, a bulk budget
// update). The audit log still records the user as the actor.
func Elevate(ctx context.Context) context.Context {
	v := FromContext(ctx)
	if v == nil {
		return WithSystem(ctx)
	}
	e := *v
	e.system = true
	return NewContext(ctx, &e)
}

// Require returns nil when the viewer of ctx may perform act on entity in
// scope s, UNAUTHENTICATED when nobody is signed in, and FORBIDDEN otherwise.
// Services call it first thing for actions that are not a single write
// (submit, render a PDF, export).
func Require(ctx context.Context, entity, act string, s Scope) error {
	v := FromContext(ctx)
	if v == nil {
		return ErrUnauthenticated
	}
	if !v.Can(entity, act, s, true) {
		return ErrForbidden
	}
	return nil
}

// ControlsRegion reports whether the viewer of ctx is ADMIN or an officer
// or auditor of region: those who control the money of the region's rows.
func ControlsRegion(ctx context.Context, region string) bool {
	v := FromContext(ctx)
	if v == nil {
		return false
	}
	return v.IsAdmin() || (region != "" && slices.Contains(v.Regions(RegionOfficer, Auditor), region))
}

// The errors of this package.
var (
	ErrUnauthenticated = apperr.E(apperr.Unauthenticated, "Accesso richiesto: effettuare l'accesso.")
	ErrForbidden       = apperr.E(apperr.Forbidden, "Operazione non consentita per il proprio ruolo.")
)
