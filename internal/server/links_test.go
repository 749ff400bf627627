package server_test

import (
	"testing"

	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestOwnedLinks: rows created under a parent (a membership under its
// aggregation, a budget line under its application, a population figure
// under its body) are never linked or unlinked through the parent's
// generated input. Unlinking them used to reach the database's NOT NULL and
// answer INTERNAL, to a lead as to an admin; now it is INVALID with the
// rule <entity>.links, and nothing changes.
func TestOwnedLinks(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		A := f.A
		member := A.Memberships[1].ID
		for _, c := range []struct {
			name, viewer, query string
			vars                map[string]any
			rule, field         string
		}{
			{"lead removes a member through the aggregation", "leadA",
				`mutation($id: ID!, $m: ID!) { updateAggregation(id: $id, input: {removeMembershipIDs: [$m]}) { id } }`,
				map[string]any{"id": A.Aggregation.ID, "m": member}, "aggregation.links", "membershipIDs"},
			{"admin clears the memberships of an aggregation", "admin",
				`mutation($id: ID!) { updateAggregation(id: $id, input: {clearMemberships: true}) { id } }`,
				map[string]any{"id": A.Aggregation.ID}, "aggregation.links", "membershipIDs"},
			{"admin moves the other aggregation's applications", "admin",
				`mutation($id: ID!, $a: ID!) { updateAggregation(id: $id, input: {addApplicationIDs: [$a]}) { id } }`,
				map[string]any{"id": A.Aggregation.ID, "a": A.DraftApplication.ID}, "aggregation.links", "applicationIDs"},
			{"lead removes a budget line through the application", "leadA",
				`mutation($id: ID!, $b: ID!) { updateApplication(id: $id, input: {removeBudgetLineIDs: [$b]}) { id } }`,
				map[string]any{"id": A.DraftApplication.ID, "b": A.DraftBudgetLine.ID}, "application.links", "budgetLineIDs"},
			{"admin clears a body's memberships", "admin",
				`mutation($id: ID!) { updatePublicBody(id: $id, input: {clearMemberships: true}) { id } }`,
				map[string]any{"id": A.ReferentBody().ID}, "public_body.links", "membershipIDs"},
			{"admin clears a call's applications", "admin",
				`mutation($id: ID!) { updateCall(id: $id, input: {clearApplications: true}) { id } }`,
				map[string]any{"id": A.Call.ID}, "call.links", "applicationIDs"},
			{"admin clears a grouping's members", "admin",
				`mutation($id: ID!) { updateVendor(id: $id, input: {clearGroupingMembers: true}) { id } }`,
				map[string]any{"id": A.Grouping.ID}, "vendor.links", "groupingMemberIDs"},
		} {
			t.Run(c.name, func(t *testing.T) {
				r := f.ByName[c.viewer].gql(t, "links", c.query, c.vars)
				if len(r.Errors) != 1 {
					t.Fatalf("errors %v, want one INVALID %s", r.Errors, c.rule)
				}
				e := r.Errors[0]
				if code := errorCodes(r); code != "INVALID" || e.Extensions.Rule != c.rule || e.Extensions.Field != c.field {
					t.Errorf("got %s %v, want INVALID rule %s field %s", code, e.Extensions, c.rule, c.field)
				}
			})
		}
		// Nothing changed.
		if ok, err := f.C.Membership.Query().Where(membership.ID(member), membership.AggregationID(A.Aggregation.ID)).Exist(f.Sys); err != nil || !ok {
			t.Errorf("the membership left its aggregation (err %v)", err)
		}
		if ok, err := f.C.BudgetLine.Query().Where(budgetline.ID(A.DraftBudgetLine.ID)).Exist(f.Sys); err != nil || !ok {
			t.Errorf("the budget line is gone (err %v)", err)
		}
	})
}
