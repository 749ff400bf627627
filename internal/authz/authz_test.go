package authz_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// Scopes of the tests: two Regions, two aggregations, two member bodies.
const (
	regionA, regionB pulid.ID = "PBREGIONA", "PBREGIONB"
	aggA, aggB       pulid.ID = "AGAGGA", "AGAGGB"
	bodyA, bodyB     pulid.ID = "PBBODYA", "PBBODYB"
)

func TestPermits_Policy(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		role        authz.Role
		entity, act string
		want        bool
	}{
		// ADMIN may do anything, on any entity, named actions included.
		{authz.Admin, "Vendor", authz.ActCreate, true},
		{authz.Admin, "Call", authz.ActDelete, true},
		{authz.Admin, "Application", authz.ActDecide, true},
		{authz.Admin, "SomethingNew", "anything", true},

		{authz.RegionOfficer, "Call", authz.ActCreate, true},
		{authz.RegionOfficer, "Call", authz.ActTransition, true},
		{authz.RegionOfficer, "Application", authz.ActDecide, true},
		{authz.RegionOfficer, "Call", authz.ActDelete, false},
		{authz.RegionOfficer, "Application", authz.ActSubmit, false},
		{authz.RegionOfficer, "Vendor", authz.ActCreate, false},

		{authz.Auditor, "Review", authz.ActCreate, true},
		{authz.Auditor, "ExpenseItem", authz.ActReview, true},
		{authz.Auditor, "Document", "read", false}, // reading is no action (scope.Read)
		{authz.Auditor, "Application", authz.ActUpdate, false},
		{authz.Auditor, "Application", authz.ActDecide, false},
		{authz.Auditor, "Review", authz.ActDelete, false},

		{authz.LeadManager, "BudgetLine", authz.ActCreate, true},
		{authz.LeadManager, "BudgetLine", authz.ActDelete, true},
		{authz.LeadManager, "Application", authz.ActSubmit, true},
		{authz.LeadManager, "Vendor", authz.ActUpdate, false},
		{authz.LeadManager, "Call", authz.ActCreate, false},
		{authz.LeadManager, "Application", authz.ActDecide, false},
		{authz.LeadManager, "Application", authz.ActDelete, false},
		{authz.LeadManager, "Vendor", authz.ActDelete, false},
		{authz.LeadManager, "Review", authz.ActCreate, false},
		{authz.LeadManager, "User", authz.ActCreate, false},
		{authz.LeadManager, "RoleAssignment", authz.ActCreate, false},

		{authz.MemberReferent, "Deliverable", authz.ActUpdate, true},
		{authz.MemberReferent, "Deliverable", authz.ActTransition, true},
		{authz.MemberReferent, "Document", authz.ActCreate, true},
		{authz.MemberReferent, "Invoice", authz.ActCreate, false},
		{authz.MemberReferent, "Deliverable", authz.ActCreate, false},
		{authz.MemberReferent, "Deliverable", authz.ActDelete, false},

		// Nobody else, and no wildcard smuggled in by the caller.
		{"", "Vendor", authz.ActCreate, false},
		{"OWNER", "Vendor", authz.ActCreate, false},
		{"admin", "Vendor", authz.ActCreate, false},
		{authz.LeadManager, "budgetline", authz.ActCreate, false},
		{authz.MemberReferent, "Deliverable", "*", false},
		{authz.MemberReferent, "*", authz.ActUpdate, false},
		{authz.Auditor, "*", "*", false},
	} {
		if got := authz.Permits(tc.role, tc.entity, tc.act); got != tc.want {
			t.Errorf("Permits(%q, %q, %q) = %v, want %v", tc.role, tc.entity, tc.act, got, tc.want)
		}
	}
}

func TestGrant_Covers(t *testing.T) {
	t.Parallel()
	global := authz.Scope{}
	inRegionA := authz.Scope{RegionBodyID: regionA}
	inAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA}
	inAggB := authz.Scope{AggregationID: aggB, RegionBodyID: regionB}
	bodyAInAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA, BodyID: bodyA}
	bodyBInAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA, BodyID: bodyB}

	for _, tc := range []struct {
		name  string
		grant authz.Grant
		scope authz.Scope
		want  bool
	}{
		{"AdminGlobal", authz.Grant{Role: authz.Admin}, global, true},
		{"AdminAnyAggregation", authz.Grant{Role: authz.Admin}, inAggB, true},

		{"RegionOfficerOwnRegion", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: regionA}, inRegionA, true},
		{"RegionOfficerAggregationInRegion", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: regionA}, inAggA, true},
		{"ErrRegionOfficerOtherRegion", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: regionA}, inAggB, false},
		{"ErrRegionOfficerGlobal", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: regionA}, global, false},
		{"ErrRegionOfficerWithoutRegion", authz.Grant{Role: authz.RegionOfficer}, global, false},
		{"AuditorOwnRegion", authz.Grant{Role: authz.Auditor, RegionBodyID: regionB}, inAggB, true},
		{"ErrAuditorOtherRegion", authz.Grant{Role: authz.Auditor, RegionBodyID: regionB}, inAggA, false},

		{"LeadManagerOwnAggregation", authz.Grant{Role: authz.LeadManager, AggregationID: aggA}, inAggA, true},
		{"LeadManagerAnyBodyOfAggregation", authz.Grant{Role: authz.LeadManager, AggregationID: aggA}, bodyBInAggA, true},
		{"ErrLeadManagerOtherAggregation", authz.Grant{Role: authz.LeadManager, AggregationID: aggA}, inAggB, false},
		{"ErrLeadManagerRegionOnly", authz.Grant{Role: authz.LeadManager, AggregationID: aggA}, inRegionA, false},
		{"ErrLeadManagerGlobal", authz.Grant{Role: authz.LeadManager, AggregationID: aggA}, global, false},
		{"ErrLeadManagerWithoutAggregation", authz.Grant{Role: authz.LeadManager}, global, false},

		{"MemberReferentOwnBody", authz.Grant{Role: authz.MemberReferent, AggregationID: aggA, BodyID: bodyA}, bodyAInAggA, true},
		{"ErrMemberReferentSharedRow", authz.Grant{Role: authz.MemberReferent, AggregationID: aggA, BodyID: bodyA}, inAggA, false},
		{"ErrMemberReferentOtherBody", authz.Grant{Role: authz.MemberReferent, AggregationID: aggA, BodyID: bodyA}, bodyBInAggA, false},
		{"ErrMemberReferentOtherAggregation", authz.Grant{Role: authz.MemberReferent, AggregationID: aggB, BodyID: bodyA}, bodyAInAggA, false},
		{"ErrMemberReferentGlobal", authz.Grant{Role: authz.MemberReferent, AggregationID: aggA, BodyID: bodyA}, global, false},

		{"ErrUnknownRole", authz.Grant{Role: "OWNER", AggregationID: aggA}, inAggA, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.grant.Covers(tc.scope); got != tc.want {
				t.Errorf("%+v.Covers(%+v) = %v, want %v", tc.grant, tc.scope, got, tc.want)
			}
		})
	}
}

func TestViewer_Can(t *testing.T) {
	t.Parallel()
	lead := &authz.Viewer{UserID: "US1", Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: aggA}}}
	officer := &authz.Viewer{UserID: "US2", Grants: []authz.Grant{{Role: authz.RegionOfficer, RegionBodyID: regionA}}}
	admin := &authz.Viewer{UserID: "US3", Grants: []authz.Grant{{Role: authz.Admin}}}
	// A member referent in aggregation A who also leads aggregation B.
	both := &authz.Viewer{UserID: "US4", Grants: []authz.Grant{
		{Role: authz.MemberReferent, AggregationID: aggA, BodyID: bodyA},
		{Role: authz.LeadManager, AggregationID: aggB},
	}}
	noRole := &authz.Viewer{UserID: "US5"}
	inAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA}
	inAggB := authz.Scope{AggregationID: aggB, RegionBodyID: regionB}
	bodyAInAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA, BodyID: bodyA}

	for _, tc := range []struct {
		name        string
		v           *authz.Viewer
		entity, act string
		scope       authz.Scope
		scoped      bool
		want        bool
	}{
		{"LeadInOwnAggregation", lead, "BudgetLine", authz.ActCreate, inAggA, true, true},
		{"ErrLeadInOtherAggregation", lead, "BudgetLine", authz.ActCreate, inAggB, true, false},
		{"ErrLeadNotPermitted", lead, "Call", authz.ActCreate, inAggA, true, false},
		{"LeadUnscopedReferenceData", lead, "Vendor", authz.ActCreate, authz.Scope{}, false, true},
		{"ErrLeadUnscopedNotPermitted", lead, "Vendor", authz.ActDelete, authz.Scope{}, false, false},
		{"ErrLeadScopedGlobalRow", lead, "Vendor", authz.ActCreate, authz.Scope{}, true, false},

		{"OfficerInOwnRegion", officer, "Call", authz.ActCreate, authz.Scope{RegionBodyID: regionA}, true, true},
		{"ErrOfficerInOtherRegion", officer, "Call", authz.ActCreate, authz.Scope{RegionBodyID: regionB}, true, false},
		{"OfficerUnscopedIgnoresScope", officer, "Call", authz.ActCreate, authz.Scope{RegionBodyID: regionB}, false, true},

		{"AdminAnywhere", admin, "Invoice", authz.ActDelete, inAggB, true, true},
		{"AdminUnscoped", admin, "User", authz.ActCreate, authz.Scope{}, false, true},
		{"SystemAnything", authz.SystemViewer, "AuditEvent", authz.ActDelete, inAggA, true, true},

		{"MemberOwnDeliverable", both, "Deliverable", authz.ActUpdate, bodyAInAggA, true, true},
		{"ErrMemberCannotInvoice", both, "Invoice", authz.ActCreate, inAggA, true, false},
		{"LeadGrantInItsAggregation", both, "Invoice", authz.ActCreate, inAggB, true, true},

		{"ErrNoRole", noRole, "Vendor", authz.ActCreate, authz.Scope{}, false, false},
		{"ErrNilViewer", nil, "Vendor", authz.ActCreate, authz.Scope{}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.v.Can(tc.entity, tc.act, tc.scope, tc.scoped); got != tc.want {
				t.Errorf("Can(%s, %s, %+v, scoped %v) = %v, want %v", tc.entity, tc.act, tc.scope, tc.scoped, got, tc.want)
			}
		})
	}
}

func TestViewer_RolesAndScopes(t *testing.T) {
	t.Parallel()
	v := &authz.Viewer{UserID: "US1", Grants: []authz.Grant{
		{Role: authz.RegionOfficer, RegionBodyID: regionA},
		{Role: authz.Auditor, RegionBodyID: regionA},
		{Role: authz.Auditor, RegionBodyID: regionB},
		{Role: authz.LeadManager, AggregationID: aggA},
		{Role: authz.MemberReferent, AggregationID: aggB, BodyID: bodyB},
	}}

	t.Run("Regions", func(t *testing.T) {
		if got := v.Regions(); !slices.Equal(got, []string{string(regionA), string(regionB)}) {
			t.Errorf("Regions() = %v, want each Region once", got)
		}
		if got := v.Regions(authz.RegionOfficer); !slices.Equal(got, []string{string(regionA)}) {
			t.Errorf("Regions(REGION_OFFICER) = %v", got)
		}
	})
	t.Run("Aggregations", func(t *testing.T) {
		if got := v.Aggregations(authz.LeadManager); !slices.Equal(got, []string{string(aggA)}) {
			t.Errorf("Aggregations(LEAD_MANAGER) = %v", got)
		}
		if got := v.Aggregations(authz.LeadManager, authz.MemberReferent); !slices.Equal(got, []string{string(aggA), string(aggB)}) {
			t.Errorf("Aggregations(LEAD_MANAGER, MEMBER_REFERENT) = %v", got)
		}
	})
	t.Run("MemberGrants", func(t *testing.T) {
		if got := v.MemberGrants(); len(got) != 1 || got[0].BodyID != bodyB {
			t.Errorf("MemberGrants() = %+v", got)
		}
	})
	t.Run("IsAdmin", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			v    *authz.Viewer
			want bool
		}{
			{"Admin", &authz.Viewer{Grants: []authz.Grant{{Role: authz.Admin}}}, true},
			{"System", authz.SystemViewer, true},
			{"ErrOtherRoles", v, false},
			{"ErrNil", nil, false},
		} {
			if got := tc.v.IsAdmin(); got != tc.want {
				t.Errorf("%s: IsAdmin() = %v, want %v", tc.name, got, tc.want)
			}
		}
	})
	t.Run("IsSystem", func(t *testing.T) {
		if !authz.FromContext(authz.WithSystem(context.Background())).IsSystem() {
			t.Errorf("WithSystem: the viewer is not the system")
		}
		admin := &authz.Viewer{Grants: []authz.Grant{{Role: authz.Admin}}}
		if admin.IsSystem() || (*authz.Viewer)(nil).IsSystem() {
			t.Errorf("an admin or a nil viewer is the system")
		}
	})
}

func TestViewer_Context(t *testing.T) {
	t.Parallel()
	if v := authz.FromContext(context.Background()); v != nil {
		t.Errorf("empty context has viewer %+v", v)
	}
	v := &authz.Viewer{UserID: "US1", Email: "a@b.it"}
	if got := authz.FromContext(authz.NewContext(context.Background(), v)); got != v {
		t.Errorf("FromContext(NewContext(v)) = %+v, want %+v", got, v)
	}
}

func TestRequire_AuthenticatedViewerWithPermission(t *testing.T) {
	t.Parallel()
	ctxOf := func(v *authz.Viewer) context.Context { return authz.NewContext(context.Background(), v) }
	lead := ctxOf(&authz.Viewer{UserID: "US1", Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: aggA}}})
	inAggA := authz.Scope{AggregationID: aggA, RegionBodyID: regionA}
	inAggB := authz.Scope{AggregationID: aggB, RegionBodyID: regionB}

	for _, tc := range []struct {
		name        string
		ctx         context.Context
		entity, act string
		scope       authz.Scope
		want        apperr.Code // "" for allowed
	}{
		{"OK", lead, "Application", authz.ActSubmit, inAggA, ""},
		{"System", authz.WithSystem(context.Background()), "Application", authz.ActDecide, inAggB, ""},
		{"ErrNoViewer", context.Background(), "Application", authz.ActSubmit, inAggA, apperr.Unauthenticated},
		{"ErrNilViewer", ctxOf(nil), "Application", authz.ActSubmit, inAggA, apperr.Unauthenticated},
		{"ErrNotPermitted", lead, "Application", authz.ActDecide, inAggA, apperr.Forbidden},
		{"ErrOutOfScope", lead, "Application", authz.ActSubmit, inAggB, apperr.Forbidden},
		{"ErrNoRole", ctxOf(&authz.Viewer{UserID: "US2"}), "Application", authz.ActSubmit, inAggA, apperr.Forbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := authz.Require(tc.ctx, tc.entity, tc.act, tc.scope)
			if got := apperr.CodeOf(err); got != tc.want {
				t.Errorf("Require = %v (code %q), want code %q", err, got, tc.want)
			}
			switch tc.want {
			case apperr.Unauthenticated:
				if !errors.Is(err, authz.ErrUnauthenticated) {
					t.Errorf("error %v, want ErrUnauthenticated", err)
				}
			case apperr.Forbidden:
				if !errors.Is(err, authz.ErrForbidden) {
					t.Errorf("error %v, want ErrForbidden", err)
				}
			}
		})
	}
}

func TestViewer_Elevate(t *testing.T) {
	t.Parallel()
	t.Run("OK", func(t *testing.T) {
		lead := &authz.Viewer{UserID: "US1", Email: "capofila@comune.it", Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: aggA}}}
		v := authz.FromContext(authz.Elevate(authz.NewContext(context.Background(), lead)))
		if !v.IsSystem() || !v.Can("Call", authz.ActDelete, authz.Scope{AggregationID: aggB}, true) {
			t.Errorf("the elevated viewer %+v does not act with the system's rights", v)
		}
		// The audit log records the user, not "system", as the actor.
		if v.UserID != lead.UserID || v.Email != lead.Email || len(v.Grants) != 1 {
			t.Errorf("the elevated viewer %+v lost the user's identity %+v", v, lead)
		}
		if lead.IsSystem() {
			t.Errorf("elevating changed the original viewer: it is now the system")
		}
	})
	t.Run("Anonymous", func(t *testing.T) {
		v := authz.FromContext(authz.Elevate(context.Background()))
		if !v.IsSystem() || v.UserID != "" {
			t.Errorf("elevating an anonymous context gives %+v, want the system", v)
		}
	})
}
