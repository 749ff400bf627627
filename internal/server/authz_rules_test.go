package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/agreement"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reqctx"
	"github.com/capofila/capofila/internal/testdb"
)

// TestAuthorizationRules checks the rules the matrix cannot express as
// "row × operation": who the viewer is (me), counts and edges at the Ent
// level, another tenant's IDs hidden in filters and inputs, an auditor
// trying every mutation, a member referent's deliverables, privilege
// escalation.
func TestAuthorizationRules(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		// Counts first: later subtests create rows.
		t.Run("CountsAreFiltered", func(t *testing.T) { testCountsAreFiltered(t, f) })
		t.Run("Group", func(t *testing.T) {
			t.Run("MeShowsOwnRoles", func(t *testing.T) { t.Parallel(); testMe(t, f) })
			t.Run("NestedEdgesAreFiltered", func(t *testing.T) { t.Parallel(); testNestedEdges(t, f) })
			t.Run("ForeignIDsInFilters", func(t *testing.T) { t.Parallel(); testForeignIDsInFilters(t, f) })
			t.Run("ForeignIDsInInputs", func(t *testing.T) { t.Parallel(); testForeignIDsInInputs(t, f) })
			t.Run("AuditorTriesEveryMutation", func(t *testing.T) { t.Parallel(); testAuditorSweep(t, f) })
			t.Run("MemberReferentDeliverables", func(t *testing.T) { t.Parallel(); testMemberDeliverables(t, f) })
			t.Run("NoPrivilegeEscalation", func(t *testing.T) { t.Parallel(); testNoEscalation(t, f) })
		})
		// Last: if it succeeds, it changes the auditor's roles.
		t.Run("AuditorFormsNoAggregation", func(t *testing.T) { testAuditorFormsNoAggregation(t, f) })
		// After every other: it makes tenant A's aggregation apply to
		// Region B, which changes what B's officers read.
		t.Run("DocumentsOfAnotherRegionsProject", func(t *testing.T) { testDocumentsOfAnotherRegionsProject(t, f) })
	})
}

// testCountsAreFiltered: aggregate queries count only readable rows. The
// expected counts come from authzTable (the rules), the admin's from the
// database.
func testCountsAreFiltered(t *testing.T, f *authzFixture) {
	counts := []struct {
		table string
		count func(ctx ctxT, c *gen.Client) (int, error)
	}{
		{invoice.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.Invoice.Query().Count(ctx) }},
		{deliverable.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.Deliverable.Query().Count(ctx) }},
		{document.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.Document.Query().Count(ctx) }},
		{expenseclaim.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.ExpenseClaim.Query().Count(ctx) }},
		{project.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.Project.Query().Count(ctx) }},
		{procurement.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.Procurement.Query().Count(ctx) }},
		{expenseitem.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.ExpenseItem.Query().Count(ctx) }},
		{costshare.Table, func(ctx ctxT, c *gen.Client) (int, error) { return c.CostShare.Query().Count(ctx) }},
	}
	for _, cnt := range counts {
		all, err := cnt.count(f.Sys, f.C)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range f.Viewers {
			if v.Kind == RoleAnon {
				continue
			}
			want := 0
			for _, s := range authzTable {
				if s.Table != cnt.table {
					continue
				}
				for _, tn := range f.tenants() {
					if s.visibleTo(v, tn == v.Home) {
						want++
					}
				}
			}
			if v.Kind == RoleAdmin {
				want = all
			}
			got, err := cnt.count(v.ctx(""), f.C)
			if err != nil {
				t.Errorf("%s counting %s: %v", v.Name, cnt.table, err)
				continue
			}
			if got != want {
				t.Errorf("%s: Query().Count() of %s = %d, want %d (the rows the rules let it read)", v.Name, cnt.table, got, want)
			}
		}
	}
}

// testMe: me returns the viewer with its role assignments and their scope.
func testMe(t *testing.T, f *authzFixture) {
	const q = `{ me { id email roleAssignments(first: 10) { totalCount edges { node { userID role regionBodyID aggregationID bodyID } } } } }`
	type ra struct {
		UserID        pulid.ID  `json:"userID"`
		Role          string    `json:"role"`
		RegionBodyID  *pulid.ID `json:"regionBodyID"`
		AggregationID *pulid.ID `json:"aggregationID"`
		BodyID        *pulid.ID `json:"bodyID"`
	}
	for _, v := range f.Viewers {
		t.Run(v.Name, func(t *testing.T) {
			r := v.gql(t, "", q, nil)
			var data struct {
				Me *struct {
					ID              pulid.ID `json:"id"`
					Email           string   `json:"email"`
					RoleAssignments struct {
						TotalCount int                 `json:"totalCount"`
						Edges      []struct{ Node ra } `json:"edges"`
					} `json:"roleAssignments"`
				} `json:"me"`
			}
			if r.hasData() {
				r.decode(t, &data)
			}
			if v.Kind == RoleAnon {
				if data.Me != nil || len(r.Errors) > 0 {
					t.Errorf("anonymous me = %+v, errors %v; want null without errors", data.Me, r.Errors)
				}
				return
			}
			mustOK(t, r)
			if data.Me == nil || data.Me.ID != v.User.ID {
				t.Fatalf("me = %+v, want user %s", data.Me, v.User.ID)
			}
			var want []string
			if v.Grant != nil {
				want = append(want, fmt.Sprintf("%s region=%s aggregation=%s body=%s", v.Grant.Role, v.Grant.RegionBodyID, v.Grant.AggregationID, v.Grant.BodyID))
			}
			var got []string
			for _, e := range data.Me.RoleAssignments.Edges {
				if e.Node.UserID != v.User.ID {
					t.Errorf("me.roleAssignments holds an assignment of user %s", e.Node.UserID)
				}
				got = append(got, fmt.Sprintf("%s region=%s aggregation=%s body=%s", e.Node.Role, idOrEmpty(e.Node.RegionBodyID), idOrEmpty(e.Node.AggregationID), idOrEmpty(e.Node.BodyID)))
			}
			if !slices.Equal(got, want) || data.Me.RoleAssignments.TotalCount != len(want) {
				t.Errorf("me.roleAssignments = %v (totalCount %d), want %v", got, data.Me.RoleAssignments.TotalCount, want)
			}
		})
	}
}

func idOrEmpty(id *pulid.ID) pulid.ID {
	if id == nil {
		return ""
	}
	return *id
}

// testNestedEdges: walking edges (at the Ent level and in GraphQL) never
// reaches an unreadable row, from a readable or a public one.
func testNestedEdges(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	cases := []struct {
		name, viewer string
		count        func(ctx ctxT, c *gen.Client) (int, error)
		want         int
	}{
		{"member referent: project's deliverables are its own body's", "memberA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Project.Query().Where(project.ID(A.Project.ID)).QueryDeliverables().Count(ctx)
		}, 1},
		{"member referent: eager-loaded deliverables are its own body's", "memberA", func(ctx ctxT, c *gen.Client) (int, error) {
			p, err := c.Project.Query().Where(project.ID(A.Project.ID)).WithDeliverables().Only(ctx)
			if err != nil {
				return 0, err
			}
			return len(p.Edges.Deliverables), nil
		}, 1},
		{"member referent: agreement's documents are its own body's", "memberA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Agreement.Query().Where(agreement.ID(A.Agreement.ID)).QueryDocuments().Count(ctx)
		}, 1},
		{"member referent: all memberships of its aggregation", "memberA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Project.Query().Where(project.ID(A.Project.ID)).QueryAggregation().QueryMemberships().Count(ctx)
		}, 3},
		{"officer of another Region: nothing through the project", "officerB", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Project.Query().Where(project.ID(A.Project.ID)).QueryAggregation().QueryMemberships().Count(ctx)
		}, 0},
		{"lead: another tenant's memberships of a public body", "leadA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.PublicBody.Query().Where(publicbody.ID(B.ReferentBody().ID)).QueryMemberships().Count(ctx)
		}, 0},
		{"lead: another tenant's aggregation led by a public body", "leadA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.PublicBody.Query().Where(publicbody.ID(B.Lead().ID)).QueryLedAggregations().Count(ctx)
		}, 0},
		{"lead: another tenant's contracts of a public vendor", "leadA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Vendor.Query().Where(vendor.ID(B.Vendor.ID)).QueryContracts().Count(ctx)
		}, 0},
		{"lead: another tenant's applications to a published call", "leadA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Call.Query().Where(call.ID(B.Call.ID)).QueryApplications().Count(ctx)
		}, 0},
		{"officer: a draft application to its own Region's call", "officerA", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.Call.Query().Where(call.ID(A.SecondCall.ID)).QueryApplications().Count(ctx)
		}, 0},
		{"admin: every membership of a public body", "admin", func(ctx ctxT, c *gen.Client) (int, error) {
			return c.PublicBody.Query().Where(publicbody.ID(B.ReferentBody().ID)).QueryMemberships().Count(ctx)
		}, 1},
	}
	for _, tc := range cases {
		got, err := tc.count(f.ByName[tc.viewer].ctx(""), f.C)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s: %d rows, want %d", tc.name, got, tc.want)
		}
	}

	// The same through GraphQL: public rows expose connections to tenant rows.
	gqlCases := []struct {
		name, viewer, typ, conn string
		id                      pulid.ID
		want                    int
	}{
		{"lead: vendor's contracts in another tenant", "leadA", "Vendor", "contracts", B.Vendor.ID, 0},
		{"lead: body's memberships in another tenant", "leadA", "PublicBody", "memberships", B.ReferentBody().ID, 0},
		{"lead: body's led aggregations in another tenant", "leadA", "PublicBody", "ledAggregations", B.Lead().ID, 0},
		{"lead: published call's applications in another tenant", "leadA", "Call", "applications", B.Call.ID, 0},
		{"officer: own Region's call's draft applications", "officerA", "Call", "applications", A.SecondCall.ID, 0},
		{"member referent: project's deliverables", "memberA", "Project", "deliverables", A.Project.ID, 1},
		{"member referent: agreement's documents", "memberA", "Agreement", "documents", A.Agreement.ID, 1},
	}
	for _, tc := range gqlCases {
		q := fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { c: %s(first: 100) { totalCount edges { node { id } } } } } }`, tc.typ, tc.conn)
		var data struct {
			Node *struct {
				C struct {
					TotalCount int               `json:"totalCount"`
					Edges      []json.RawMessage `json:"edges"`
				}
			}
		}
		mustOK(t, f.ByName[tc.viewer].gql(t, "", q, map[string]any{"id": tc.id})).decode(t, &data)
		if data.Node == nil {
			t.Errorf("%s: the %s is not readable", tc.name, tc.typ)
			continue
		}
		if data.Node.C.TotalCount != tc.want || len(data.Node.C.Edges) != tc.want {
			t.Errorf("%s: %s has %d edges, totalCount %d; want %d", tc.name, tc.conn, len(data.Node.C.Edges), data.Node.C.TotalCount, tc.want)
		}
	}
}

// testForeignIDsInFilters: another tenant's IDs inside a connection's
// where (directly or through an edge predicate) match nothing. An edge
// predicate must not let anyone probe rows it cannot read.
func testForeignIDsInFilters(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	cases := []struct {
		name, viewer, field, where string
		vars                       map[string]any
		want                       int
	}{
		{"applications by another tenant's id", "leadA", "applications", `{id: $x}`, map[string]any{"x": B.Application.ID}, 0},
		{"applications by own and another tenant's ids", "leadA", "applications", `{idIn: [$x, $y]}`, map[string]any{"x": A.Application.ID, "y": B.Application.ID}, 1},
		{"aggregations having another tenant's application", "leadA", "aggregations", `{hasApplicationsWith: {id: $x}}`, map[string]any{"x": B.Application.ID}, 0},
		{"projects of another tenant's aggregation", "leadA", "projects", `{hasAggregationWith: {id: $x}}`, map[string]any{"x": B.Aggregation.ID}, 0},
		{"officer: applications by a draft's id", "officerA", "applications", `{id: $x}`, map[string]any{"x": A.DraftApplication.ID}, 0},
		// Public rows filtered by edges to tenant rows: the predicate must not
		// reveal another tenant's members, contracts or drafts.
		{"public bodies that are members of another tenant's aggregation, found by its name", "leadA", "publicBodies", `{hasMembershipsWith: {hasAggregationWith: {name: $x}}}`, map[string]any{"x": B.Aggregation.Name}, 0},
		{"vendors with a contract of another tenant", "leadA", "vendors", `{hasContractsWith: {id: $x}}`, map[string]any{"x": B.Contract.ID}, 0},
		{"calls with an application titled like another tenant's", "leadA", "calls", `{hasApplicationsWith: {title: $x}}`, map[string]any{"x": B.Application.Title}, 0},
		{"users holding a role in another aggregation", "leadA", "users", `{hasRoleAssignmentsWith: {aggregationID: $x}}`, map[string]any{"x": B.Aggregation.ID}, 0},
		{"officer: calls of its Region with a draft application", "officerA", "calls", `{hasApplicationsWith: {status: DRAFT}, id: $x}`, map[string]any{"x": A.SecondCall.ID}, 0},
		{"member referent: projects with another member's deliverable", "memberA", "projects", `{hasDeliverablesWith: {bodyID: $x}}`, map[string]any{"x": A.OtherBody().ID}, 0},
	}
	// The same inside a connection of one's own row.
	var nested struct {
		Node *struct {
			C struct {
				TotalCount int               `json:"totalCount"`
				Edges      []json.RawMessage `json:"edges"`
			}
		}
	}
	mustOK(t, f.ByName["leadA"].gql(t, "", `query($id: ID!, $x: ID!) { node(id: $id) { ... on Application { c: budgetLines(first: 100, where: {id: $x}) { totalCount edges { node { id } } } } } }`,
		map[string]any{"id": A.Application.ID, "x": B.BudgetLine.ID})).decode(t, &nested)
	if nested.Node == nil || nested.Node.C.TotalCount != 0 || len(nested.Node.C.Edges) != 0 {
		t.Errorf("leadA: own application's budgetLines(where: {id: B's line}) = %+v, want none", nested.Node)
	}
	for _, tc := range cases {
		var decl []string
		for k := range tc.vars {
			typ := "ID"
			if k == "x" && (strings.Contains(tc.where, "title") || strings.Contains(tc.where, "name")) {
				typ = "String"
			}
			decl = append(decl, fmt.Sprintf("$%s: %s!", k, typ))
		}
		sort.Strings(decl)
		q := fmt.Sprintf(`query(%s) { c: %s(first: 100, where: %s) { totalCount edges { node { id } } } }`, strings.Join(decl, ", "), tc.field, tc.where)
		var data struct {
			C struct {
				TotalCount int               `json:"totalCount"`
				Edges      []json.RawMessage `json:"edges"`
			}
		}
		r := f.ByName[tc.viewer].gql(t, "", q, tc.vars)
		if len(r.Errors) > 0 {
			// Filtering through an edge to rows that may be unreadable is
			// refused outright (rule filter.edge): that reveals nothing either.
			if len(r.Errors) != 1 || r.Errors[0].Extensions.Code != "INVALID" || r.Errors[0].Extensions.Rule != "filter.edge" {
				t.Errorf("%s (%s): errors %v", tc.name, tc.viewer, r.Errors)
			}
			continue
		}
		r.decode(t, &data)
		if data.C.TotalCount != tc.want || len(data.C.Edges) != tc.want {
			t.Errorf("%s (%s): %s(where: %s) has %d edges, totalCount %d; want %d: nobody sees anything of an aggregation it holds no role in",
				tc.name, tc.viewer, tc.field, tc.where, len(data.C.Edges), data.C.TotalCount, tc.want)
		}
	}
}

// mutationCase is one mutation tried by a viewer, and what it must answer.
type mutationCase struct {
	name, viewer, query string
	vars                map[string]any
	want                []string // acceptable codes
	changed             func() (bool, error)
}

// tryMutation runs a mutation case: the answer must be one of the wanted codes and,
// when refused, nothing may have changed.
func tryMutation(t *testing.T, f *authzFixture, tc mutationCase) {
	t.Helper()
	m := f.marker()
	reqID := fmt.Sprintf("rules-%s-%d", testdb.Name(f.DB.Dialect), m.N)
	r := f.ByName[tc.viewer].gql(t, reqID, tc.query, tc.vars)
	got := errorCodes(r)
	if got == "" {
		got = outOK
	}
	if !slices.Contains(tc.want, got) {
		t.Errorf("%s (%s): got %s, want %s; errors %v", tc.name, tc.viewer, got, strings.Join(tc.want, " or "), r.Errors)
	}
	if got == outOK {
		return
	}
	n, err := f.C.AuditEvent.Query().Where(auditevent.RequestID(reqID)).Count(f.Sys)
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 {
		t.Errorf("%s (%s): refused with %s but wrote %d audit events", tc.name, tc.viewer, got, n)
	}
	if tc.changed != nil {
		ch, err := tc.changed()
		if err != nil {
			t.Fatal(err)
		}
		if ch {
			t.Errorf("%s (%s): refused with %s but changed the database", tc.name, tc.viewer, got)
		}
	}
}

// Codes a case may expect.
var (
	wantNotFound  = []string{"NOT_FOUND"}
	wantForbidden = []string{"FORBIDDEN"}
	wantDenied    = []string{"FORBIDDEN", "NOT_FOUND"}
)

// testForeignIDsInInputs: another tenant's ID inside an input object is
// NOT_FOUND, and a row of another tenant cannot be linked to one's own.
func testForeignIDsInInputs(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	budgetLine := func(app, body, line, cat pulid.ID, note string) map[string]any {
		return map[string]any{"input": map[string]any{"applicationID": app, "bodyID": body, "interventionLineID": line,
			"expenseCategoryID": cat, "amountCents": 100, "note": note}}
	}
	noteExists := func(note string) func() (bool, error) {
		return func() (bool, error) {
			return f.C.BudgetLine.Query().Where(budgetline.Note(note)).Exist(f.Sys)
		}
	}
	const createBL = `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id } }`
	for _, tc := range []mutationCase{
		{name: "createBudgetLine into another tenant's application", viewer: "leadA", query: createBL,
			vars: budgetLine(B.DraftApplication.ID, B.OtherBody().ID, B.SecondLine.ID, B.SecondCategory.ID, "x-1"), want: wantNotFound, changed: noteExists("x-1")},
		{name: "createBudgetLine of own application with another Region's line and category", viewer: "leadA", query: createBL,
			vars: budgetLine(A.DraftApplication.ID, A.OtherBody().ID, B.SecondLine.ID, B.SecondCategory.ID, "x-2"), want: []string{"NOT_FOUND", "INVALID"}, changed: noteExists("x-2")},
		{name: "createMembership into another tenant's aggregation", viewer: "leadA",
			query: `mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }`,
			vars:  map[string]any{"input": map[string]any{"aggregationID": B.Aggregation.ID, "bodyID": A.Pool[0].ID}}, want: wantNotFound},
		{name: "updateAggregation of another tenant", viewer: "leadA",
			query: `mutation($id: ID!) { updateAggregation(id: $id, input: {description: "x-3"}) { id } }`,
			vars:  map[string]any{"id": B.Aggregation.ID}, want: wantNotFound},
		{name: "createApplication of own aggregation to another Region's draft call", viewer: "leadA",
			query: `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
			vars:  map[string]any{"input": map[string]any{"aggregationID": A.Aggregation.ID, "callID": B.DraftCall.ID, "title": "x-4"}}, want: wantNotFound},
		{name: "createAgreement for another tenant's aggregation", viewer: "leadA",
			query: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
			vars:  map[string]any{"input": map[string]any{"aggregationID": B.Aggregation.ID, "kind": "OTHER", "title": "x-5"}}, want: wantNotFound},
		{name: "setBudgetLines of another tenant's application", viewer: "leadA",
			query: `mutation($id: ID!, $lines: [BudgetLineInput!]!) { setBudgetLines(applicationID: $id, lines: $lines) { application { id } } }`,
			vars: map[string]any{"id": B.DraftApplication.ID, "lines": []any{map[string]any{"bodyID": B.OtherBody().ID,
				"interventionLineID": B.SecondLine.ID, "expenseCategoryID": B.SecondCategory.ID, "amountCents": 100}}}, want: wantNotFound},
		{name: "setAllocations of another tenant's project", viewer: "leadA",
			query: `mutation($id: ID!) { setAllocations(projectID: $id, allocations: []) { id } }`,
			vars:  map[string]any{"id": B.Project.ID}, want: wantNotFound},
		{name: "deleteMembership of another tenant", viewer: "leadA",
			query: `mutation($id: ID!) { deleteMembership(id: $id) }`, vars: map[string]any{"id": B.Memberships[2].ID}, want: wantNotFound},
		{name: "submitApplication of another tenant", viewer: "leadA",
			query: `mutation($id: ID!) { submitApplication(id: $id) { id } }`, vars: map[string]any{"id": B.DraftApplication.ID}, want: wantNotFound},
		{name: "decideApplication of another Region", viewer: "officerA",
			query: `mutation($id: ID!) { decideApplication(id: $id, decision: ADMISSIBLE, reason: "Requisiti rispettati") { id } }`, vars: map[string]any{"id": B.Application.ID}, want: wantNotFound},
		{name: "decideApplication of a draft of its own Region", viewer: "officerA",
			query: `mutation($id: ID!) { decideApplication(id: $id, decision: ADMISSIBLE, reason: "Requisiti rispettati") { id } }`, vars: map[string]any{"id": A.DraftApplication.ID}, want: wantNotFound},
		{name: "publishCall of another Region's draft", viewer: "officerA",
			query: `mutation($id: ID!) { publishCall(id: $id) { id } }`, vars: map[string]any{"id": B.DraftCall.ID}, want: wantNotFound},
		{name: "closeCall of another Region's published call", viewer: "officerA",
			query: `mutation($id: ID!) { closeCall(id: $id) { id } }`, vars: map[string]any{"id": B.Call.ID}, want: wantForbidden},
		{name: "submitApplication by a member referent", viewer: "memberA",
			query: `mutation($id: ID!) { submitApplication(id: $id) { id } }`, vars: map[string]any{"id": A.DraftApplication.ID}, want: wantForbidden},
		{name: "withdrawApplication by a member referent", viewer: "memberA",
			query: `mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, vars: map[string]any{"id": A.DraftApplication.ID}, want: wantForbidden},
		// Linking a row through an edge stored on it changes that row: the
		// viewer must be allowed to update it (an officer updates calls,
		// not the applications made to them).
		{name: "updateCall moving an application of its Region to another call", viewer: "officerA",
			query: `mutation($id: ID!, $a: ID!) { updateCall(id: $id, input: {addApplicationIDs: [$a]}) { id } }`,
			vars:  map[string]any{"id": A.DraftCall.ID, "a": A.Application.ID}, want: wantForbidden,
			changed: func() (bool, error) {
				app, err := f.C.Application.Get(f.Sys, A.Application.ID)
				return err == nil && app.CallID != A.Call.ID, err
			}},
		{name: "updateCall detaching every application of a call", viewer: "officerA",
			query: `mutation($id: ID!) { updateCall(id: $id, input: {clearApplications: true}) { id } }`,
			vars:  map[string]any{"id": A.DraftCall.ID}, want: wantForbidden},
		{name: "createVendor taking over a grouping's member", viewer: "leadA",
			query: `mutation($m: ID!) { createVendor(input: {name: "Raggruppamento rivale", groupingMemberIDs: [$m]}) { id } }`,
			vars:  map[string]any{"m": A.GroupingMember.ID}, want: wantForbidden,
			changed: func() (bool, error) {
				gm, err := f.C.GroupingMember.Get(f.Sys, A.GroupingMember.ID)
				return err == nil && gm.GroupingID != A.Grouping.ID, err
			}},
	} {
		tryMutation(t, f, tc)
	}

	// Linking rows of two tenants at the Ent level: by a lead of A alone
	// (the foreign row is unreadable, or belongs to another Region's call),
	// and by a user leading both aggregations (both rows readable: the rows
	// must still belong to one tenant).
	lead := f.ByName["leadA"]
	both := &authz.Viewer{UserID: lead.User.ID, Email: lead.User.Email, Grants: []authz.Grant{
		{Role: authz.LeadManager, AggregationID: A.Aggregation.ID},
		{Role: authz.LeadManager, AggregationID: B.Aggregation.ID},
	}}
	for _, tc := range []struct {
		name   string
		viewer *authz.Viewer
		write  func(ctx ctxT) error
		want   []string
	}{
		{"lead of A: invoice of its project matched to B's contract", lead.ent, func(ctx ctxT) error {
			return f.newInvoice(A.Project).SetContractID(B.Contract.ID).Exec(ctx)
		}, wantNotFound},
		{"lead of A: expense item of its claim for B's invoice", lead.ent, func(ctx ctxT) error {
			return f.C.ExpenseItem.Create().SetClaimID(A.Claim.ID).SetInvoiceID(B.Invoice.ID).SetBodyID(A.ReferentBody().ID).
				SetExpenseCategoryID(A.Category.ID).SetClaimedCents(100).Exec(ctx)
		}, wantNotFound},
		{"lead of A: cost share charged to another Region's category", lead.ent, func(ctx ctxT) error {
			return f.newCostShare(A.Contract, A.OtherBody()).SetExpenseCategoryID(B.Category.ID).Exec(ctx)
		}, []string{"NOT_FOUND", "INVALID"}},
		{"lead of A and B: invoice of A's project matched to B's contract", both, func(ctx ctxT) error {
			return f.newInvoice(A.Project).SetContractID(B.Contract.ID).Exec(ctx)
		}, []string{"NOT_FOUND", "INVALID"}},
		{"lead of A and B: expense item of A's claim for B's invoice", both, func(ctx ctxT) error {
			return f.C.ExpenseItem.Create().SetClaimID(A.Claim.ID).SetInvoiceID(B.Invoice.ID).SetBodyID(A.ReferentBody().ID).
				SetExpenseCategoryID(A.Category.ID).SetClaimedCents(100).Exec(ctx)
		}, []string{"NOT_FOUND", "INVALID"}},
		{"lead of A and B: document of A's aggregation attached to B's contract", both, func(ctx ctxT) error {
			return f.newDocument(A, A.ReferentBody()).SetContractID(B.Contract.ID).Exec(ctx)
		}, []string{"NOT_FOUND", "INVALID"}},
	} {
		m := f.marker()
		reqID := fmt.Sprintf("rules-%s-%d", testdb.Name(f.DB.Dialect), m.N)
		ctx := authz.NewContext(ctxWithRequestID(reqID), tc.viewer)
		got := outOK
		if err := tc.write(ctx); err != nil {
			got = entCode(lead, err)
		}
		if !slices.Contains(tc.want, got) {
			t.Errorf("%s: got %s, want %s: a row of one tenant never links to another tenant's", tc.name, got, strings.Join(tc.want, " or "))
		}
	}
}

// ctxT shortens the signatures of the Ent-level cases.
type ctxT = context.Context

func ctxWithRequestID(id string) context.Context {
	return reqctx.WithRequestID(context.Background(), id)
}

// testAuditorSweep: an auditor tries every mutation of the schema on its own
// Region's rows; none may succeed (except creating its own API token, which
// every user may). A mutation without a sample here fails the test, so a new
// one cannot be forgotten.
func testAuditorSweep(t *testing.T, f *authzFixture) {
	A := f.A
	lead := f.ByName["leadA"]
	samples := map[string]mutationCase{
		"createPublicBody": {query: `mutation { createPublicBody(input: {name: "Ente del revisore", kind: OTHER}) { id } }`},
		"updatePublicBody": {query: `mutation($id: ID!) { updatePublicBody(id: $id, input: {address: "x"}) { id } }`, vars: map[string]any{"id": A.ReferentBody().ID}},
		"createVendor":     {query: `mutation { createVendor(input: {name: "Fornitore del revisore"}) { id } }`},
		"updateMemberBodyCodes": {query: `mutation($id: ID!) { updateMemberBodyCodes(bodyID: $id, input: {invoicingOfficeCodes: ["UFZZA1"]}, version: 1) { id } }`,
			vars: map[string]any{"id": A.ReferentBody().ID}},
		"updateVendor": {query: `mutation($id: ID!) { updateVendor(id: $id, input: {address: "x"}) { id } }`, vars: map[string]any{"id": A.Vendor.ID}},
		"createCall": {query: `mutation($r: ID!) { createCall(input: {title: "Bando del revisore", fund: FESR, totalBudgetCents: 100, issuerID: $r}) { id } }`,
			vars: map[string]any{"r": A.Region.ID}},
		"updateCall":             {query: `mutation($id: ID!) { updateCall(id: $id, input: {reference: "x"}) { id } }`, vars: map[string]any{"id": A.DraftCall.ID}},
		"createExpenseCategory":  {query: `mutation($c: ID!) { createExpenseCategory(input: {code: "REV", name: "x", callID: $c}) { id } }`, vars: map[string]any{"c": A.DraftCall.ID}},
		"updateExpenseCategory":  {query: `mutation($id: ID!) { updateExpenseCategory(id: $id, input: {description: "x"}) { id } }`, vars: map[string]any{"id": A.DraftCategory.ID}},
		"createInterventionLine": {query: `mutation($c: ID!) { createInterventionLine(input: {code: "REV", name: "x", callID: $c}) { id } }`, vars: map[string]any{"c": A.DraftCall.ID}},
		"updateInterventionLine": {query: `mutation($id: ID!) { updateInterventionLine(id: $id, input: {description: "x"}) { id } }`, vars: map[string]any{"id": A.DraftLine.ID}},
		"createAggregation":      {query: `mutation($l: ID!) { createAggregation(input: {name: "Aggregazione del revisore", leadID: $l}) { id } }`, vars: map[string]any{"l": A.Pool[1].ID}},
		"updateAggregation":      {query: `mutation($id: ID!) { updateAggregation(id: $id, input: {description: "x"}) { id } }`, vars: map[string]any{"id": A.Aggregation.ID}},
		"createMembership": {query: `mutation($a: ID!, $b: ID!) { createMembership(input: {aggregationID: $a, bodyID: $b}) { id } }`,
			vars: map[string]any{"a": A.Aggregation.ID, "b": A.Pool[2].ID}},
		"updateMembership": {query: `mutation($id: ID!) { updateMembership(id: $id, input: {resolutionNumber: "x"}) { id } }`, vars: map[string]any{"id": A.Memberships[1].ID}},
		"createAgreement": {query: `mutation($a: ID!) { createAgreement(input: {aggregationID: $a, kind: OTHER, title: "x"}) { id } }`,
			vars: map[string]any{"a": A.Aggregation.ID}},
		"updateAgreement": {query: `mutation($id: ID!) { updateAgreement(id: $id, input: {purpose: "x"}) { id } }`, vars: map[string]any{"id": A.Agreement.ID}},
		"createApplication": {query: `mutation($a: ID!, $c: ID!) { createApplication(input: {aggregationID: $a, callID: $c, title: "x"}) { id } }`,
			vars: map[string]any{"a": A.Aggregation.ID, "c": A.Call.ID}},
		"updateApplication": {query: `mutation($id: ID!) { updateApplication(id: $id, input: {summary: "x"}) { id } }`, vars: map[string]any{"id": A.Application.ID}},
		"createBudgetLine": {query: `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id } }`,
			vars: map[string]any{"input": map[string]any{"applicationID": A.Application.ID, "bodyID": A.OtherBody().ID,
				"interventionLineID": A.Line.ID, "expenseCategoryID": A.Category.ID, "amountCents": 100}}},
		"updateBudgetLine":  {query: `mutation($id: ID!) { updateBudgetLine(id: $id, input: {note: "x"}) { id } }`, vars: map[string]any{"id": A.BudgetLine.ID}},
		"deleteMembership":  {query: `mutation($id: ID!) { deleteMembership(id: $id) }`, vars: map[string]any{"id": A.Memberships[2].ID}},
		"publishCall":       {query: `mutation($id: ID!) { publishCall(id: $id) { id } }`, vars: map[string]any{"id": A.DraftCall.ID}},
		"closeCall":         {query: `mutation($id: ID!) { closeCall(id: $id) { id } }`, vars: map[string]any{"id": A.Call.ID}},
		"archiveCall":       {query: `mutation($id: ID!) { archiveCall(id: $id) { id } }`, vars: map[string]any{"id": A.Call.ID}},
		"correctCall":       {query: `mutation($id: ID!) { correctCall(id: $id, input: {reference: "x"}) { id } }`, vars: map[string]any{"id": A.Call.ID}},
		"submitApplication": {query: `mutation($id: ID!) { submitApplication(id: $id) { id } }`, vars: map[string]any{"id": A.Application.ID}},
		"setBudgetLines": {query: `mutation($id: ID!, $lines: [BudgetLineInput!]!) { setBudgetLines(applicationID: $id, lines: $lines) { application { id } } }`,
			vars: map[string]any{"id": A.Application.ID, "lines": []any{map[string]any{"bodyID": A.OtherBody().ID,
				"interventionLineID": A.Line.ID, "expenseCategoryID": A.Category.ID, "amountCents": 100}}}},
		"withdrawApplication": {query: `mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, vars: map[string]any{"id": A.Application.ID}},
		"decideApplication":   {query: `mutation($id: ID!) { decideApplication(id: $id, decision: ADMISSIBLE, reason: "Requisiti rispettati") { id } }`, vars: map[string]any{"id": A.Application.ID}},
		"fundApplication": {query: `mutation($id: ID!) { fundApplication(id: $id, input: {cup: "E99C00000000001", decreeNumber: "1", decreeDate: "2027-03-01", grantedCents: 100}) { id } }`,
			vars: map[string]any{"id": A.Application.ID}},
		"createVariation": {query: `mutation($p: ID!) { createVariation(input: {projectID: $p, kinds: [END_DATE_EXTENSION], reason: "x", requestedEndsOn: "2030-06-30"}) { id } }`,
			vars: map[string]any{"p": A.Project.ID}},
		"updateVariation":       {query: `mutation($id: ID!) { updateVariation(id: $id, input: {reason: "y"}) { id } }`, vars: map[string]any{"id": A.Variation.ID}},
		"submitVariation":       {query: `mutation($id: ID!) { submitVariation(id: $id) { id } }`, vars: map[string]any{"id": A.Variation.ID}},
		"decideAccessRequest":   {query: `mutation($id: ID!) { decideAccessRequest(id: $id, version: 1, input: {approve: true}) { id } }`, vars: map[string]any{"id": A.AccessRequest.ID}},
		"withdrawAccessRequest": {query: `mutation($id: ID!) { withdrawAccessRequest(id: $id, version: 1) { id } }`, vars: map[string]any{"id": A.AccessRequest.ID}},
		"requestAccess":         {}, // every signed-in user may ask for a role
		"requestAggregation":    {}, // every signed-in user may ask to form an aggregation
		"withdrawVariation":     {query: `mutation($id: ID!) { withdrawVariation(id: $id) { id } }`, vars: map[string]any{"id": A.Variation.ID}},
		"decideVariation":       {query: `mutation($id: ID!) { decideVariation(id: $id, input: {outcome: APPROVED}) { id } }`, vars: map[string]any{"id": A.Variation.ID}},
		"setAllocations":        {query: `mutation($id: ID!) { setAllocations(projectID: $id, allocations: []) { id } }`, vars: map[string]any{"id": A.Project.ID}},
		"revokeAPIToken":        {query: `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, vars: map[string]any{"id": lead.SpareToken.ID}},
		"revokeCalendarFeed":    {query: `mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }`, vars: map[string]any{"id": lead.SpareFeed.ID}},
		"createUser":            {query: `mutation { createUser(input: {email: "revisore-bis@capofila.test", displayName: "x", password: "password-di-prova"}) { id } }`},
		"setPassword":           {query: `mutation($u: ID!) { setPassword(userID: $u, password: "password-del-revisore") }`, vars: map[string]any{"u": lead.User.ID}},
		"updateProfile":         {query: `mutation($u: ID!) { updateProfile(userID: $u, input: {jobTitle: "Revisore"}) { id } }`, vars: map[string]any{"u": lead.User.ID}},
		"grantRole":             {query: `mutation($u: ID!) { grantRole(input: {userID: $u, role: ADMIN}) { id } }`, vars: map[string]any{"u": f.ByName["auditorA"].User.ID}},
		"revokeRole":            {query: `mutation($id: ID!) { revokeRole(id: $id) }`, vars: map[string]any{"id": lead.Role.ID}},
		"createProcurement": {query: `mutation($p: ID!, $b: ID!) { createProcurement(input: {projectID: $p, runningBodyID: $b, title: "x", objectType: SERVICES, procedureType: DIRECT_AWARD, baseCents: 100}) { id } }`,
			vars: map[string]any{"p": A.Project.ID, "b": A.ReferentBody().ID}},
		"updateProcurement":     {query: `mutation($id: ID!) { updateProcurement(id: $id, input: {title: "x"}) { id } }`, vars: map[string]any{"id": A.Procurement.ID}},
		"transitionProcurement": {query: `mutation($id: ID!) { transitionProcurement(id: $id, to: CANCELLED) { id } }`, vars: map[string]any{"id": A.Procurement.ID}},
		"createLot": {query: `mutation($p: ID!) { createLot(input: {procurementID: $p, title: "x", cig: "Z063947806", baseCents: 1}) { id } }`,
			vars: map[string]any{"p": A.Procurement.ID}},
		"awardLot": {query: `mutation($id: ID!, $v: ID!) { awardLot(id: $id, input: {vendorID: $v, awardCents: 1, awardedOn: "2027-01-01"}) { id } }`,
			vars: map[string]any{"id": A.Lot.ID, "v": A.Vendor.ID}},
		"signContract": {query: `mutation($l: ID!, $v: ID!, $c: ID!) { signContract(input: {lotID: $l, vendorID: $v, netCents: 1, split: {method: EQUAL, expenseCategoryID: $c}}) { id } }`,
			vars: map[string]any{"l": A.Lot.ID, "v": A.Vendor.ID, "c": A.Category.ID}},
		"splitContract": {query: `mutation($id: ID!, $c: ID!) { splitContract(id: $id, split: {method: EQUAL, expenseCategoryID: $c}) { id } }`,
			vars: map[string]any{"id": A.Contract.ID, "c": A.Category.ID}},
		"proposeContractModification": {query: `mutation($c: ID!) { proposeContractModification(input: {contractID: $c, basis: FIFTH_INCREASE_DECREASE, reason: "x", netCents: 3100000, vatCents: 682000}) { id } }`,
			vars: map[string]any{"c": A.Contract.ID}},
		"applyContractModification":    {query: `mutation($id: ID!) { applyContractModification(id: $id) { id } }`, vars: map[string]any{"id": A.ContractModification.ID}},
		"withdrawContractModification": {query: `mutation($id: ID!) { withdrawContractModification(id: $id) { id } }`, vars: map[string]any{"id": A.ContractModification.ID}},
		"createGroupingMember": {query: `mutation($g: ID!, $m: ID!) { createGroupingMember(input: {groupingID: $g, memberID: $m, role: MANDANTE}) { id } }`,
			vars: map[string]any{"g": A.Grouping.ID, "m": f.B.Vendor.ID}},
		"registerInvoice": {query: `mutation($p: ID!) { registerInvoice(input: {projectID: $p, supplierVatID: "00125680033", number: "REV-1", issuedOn: "2027-05-02", taxableCents: 1, totalCents: 1}) { id } }`,
			vars: map[string]any{"p": A.Project.ID}},
		"recordPayment": {query: `mutation($i: ID!) { recordPayment(input: {invoiceID: $i, mandateNumber: "x", mandateDate: "2027-07-01", amountCents: 1}) { id } }`,
			vars: map[string]any{"i": A.Invoice.ID}},
		"discardInvoice": {query: `mutation($i: ID!) { discardInvoice(id: $i, reason: "x") { id } }`, vars: map[string]any{"i": A.Invoice.ID}},
		"recordInvoiceEuroValue": {query: `mutation($i: ID!) { recordInvoiceEuroValue(input: {invoiceID: $i, taxableCents: 1, conversionAct: "x"}) { id } }`,
			vars: map[string]any{"i": A.Invoice.ID}},
		"defineDeliverable": {query: `mutation($p: ID!, $l: ID!) { defineDeliverable(input: {projectID: $p, interventionLineID: $l, title: "x"}) { id } }`,
			vars: map[string]any{"p": A.Project.ID, "l": A.Line.ID}},
		"transitionDeliverable": {query: `mutation($id: ID!) { transitionDeliverable(id: $id, to: IN_PROGRESS) { id } }`, vars: map[string]any{"id": A.Deliverable.ID}},
		"createMilestone": {query: `mutation($p: ID!) { createMilestone(input: {projectID: $p, title: "x", dueOn: "2027-01-01"}) { id } }`,
			vars: map[string]any{"p": A.Project.ID}},
		"updateMilestone": {query: `mutation($id: ID!) { updateMilestone(id: $id, input: {title: "x"}) { id } }`, vars: map[string]any{"id": A.Milestone.ID}},
		"createExpenseClaim": {query: `mutation($p: ID!) { createExpenseClaim(projectID: $p, input: {periodStart: "2027-01-01", periodEnd: "2027-06-30"}) { id } }`,
			vars: map[string]any{"p": A.Project.ID}},
		"updateExpenseClaim": {query: `mutation($id: ID!) { updateExpenseClaim(id: $id, input: {periodStart: "2027-01-01", periodEnd: "2027-06-30", narrative: "x"}) { id } }`,
			vars: map[string]any{"id": A.Claim.ID}},
		"addExpenseItems": {query: `mutation($id: ID!, $i: ID!, $b: ID!, $c: ID!) { addExpenseItems(claimID: $id, items: [{invoiceID: $i, bodyID: $b, expenseCategoryID: $c, claimedCents: 1}]) { id } }`,
			vars: map[string]any{"id": A.Claim.ID, "i": A.Invoice.ID, "b": A.ReferentBody().ID, "c": A.Category.ID}},
		"removeExpenseItem":           {query: `mutation($id: ID!) { removeExpenseItem(id: $id) }`, vars: map[string]any{"id": A.Item.ID}},
		"submitExpenseClaim":          {query: `mutation($id: ID!) { submitExpenseClaim(id: $id) { id } }`, vars: map[string]any{"id": A.Claim.ID}},
		"transitionProject":           {query: `mutation($id: ID!) { transitionProject(id: $id, to: SUSPENDED) { id } }`, vars: map[string]any{"id": A.Project.ID}},
		"requestDisbursement":         {query: `mutation($id: ID!) { requestDisbursement(projectID: $id, kind: ADVANCE) { id } }`, vars: map[string]any{"id": A.Project.ID}},
		"transitionDisbursement":      {query: `mutation($id: ID!) { transitionDisbursement(id: $id, to: APPROVED) { id } }`, vars: map[string]any{"id": A.Disbursement.ID}},
		"uploadContractDocument":      {}, // multipart: below
		"uploadClaimAttachment":       {}, // multipart: below
		"uploadVariationAttachment":   {}, // multipart: below
		"removeVariationAttachment":   {query: `mutation($d: ID!) { removeVariationAttachment(documentID: $d) { id } }`, vars: map[string]any{"d": A.VariationDocument.ID}},
		"recordReceipt":               {query: `mutation($id: ID!) { recordReceipt(paymentID: $id, receiptDate: "2027-06-05") { id } }`, vars: map[string]any{"id": A.Payment.ID}},
		"decideExpenseItems":          {}, // auditors review: TestReviewRoles
		"importInvoices":              {}, // multipart: below
		"uploadDeliverableEvidence":   {}, // multipart: below
		"startReview":                 {}, // auditors review: TestReviewRoles
		"decideExpenseItem":           {}, // auditors review: TestReviewRoles
		"setReviewChecklist":          {}, // auditors review: TestReviewRoles
		"completeReview":              {}, // auditors review: TestReviewRoles
		"importBudget":                {}, // multipart: below
		"uploadApplicationAttachment": {}, // multipart: below
		"uploadAgreementDocument":     {}, // multipart: below
		"createAPIToken":              {}, // every user manages its own tokens
		"createCalendarFeed":          {}, // every user manages its own calendar feeds
		"formAggregation":             {}, // AuditorFormsNoAggregation, last
		"retryJob":                    {query: `mutation { retryJob(id: "1") { id } }`},
		"markNotificationsRead":       {},
		"setNotificationPreference":   {},
	}
	exempt := map[string]string{
		"createAPIToken":            "every signed-in user creates its own API tokens",
		"createCalendarFeed":        "every signed-in user creates its own calendar feeds",
		"markNotificationsRead":     "every signed-in user marks its own notifications (internal/notify tests: never another's)",
		"setNotificationPreference": "every signed-in user sets its own e-mail preferences (the matrix: own only)",
		"requestAccess":             "every signed-in user asks for a role with its act (TestOIDC_AccessRequestFlow, internal/access); a role comes only with a decision",
		"formAggregation":           "tried last, by AuditorFormsNoAggregation: it would change the auditor's roles",
		"requestAggregation":        "every signed-in user asks to form an aggregation with its act (TestMarcheSudStory step 3, TestAccess_AggregationProposal); only an admin's approval forms it",
		"startReview":               "auditors review claims: TestReviewRoles says who may",
		"decideExpenseItem":         "auditors review claims: TestReviewRoles says who may",
		"setReviewChecklist":        "auditors review claims: TestReviewRoles says who may",
		"completeReview":            "auditors review claims: TestReviewRoles says who may",
		"decideExpenseItems":        "auditors review claims: TestReviewRoles says who may",
	}

	var schema struct {
		Schema struct {
			MutationType struct {
				Fields []struct{ Name string } `json:"fields"`
			} `json:"mutationType"`
		} `json:"__schema"`
	}
	mustOK(t, f.ByName["admin"].gql(t, "", `{ __schema { mutationType { fields { name } } } }`, nil)).decode(t, &schema)
	var names []string
	for _, fl := range schema.Schema.MutationType.Fields {
		names = append(names, fl.Name)
	}
	sort.Strings(names)
	for _, name := range names {
		tc, ok := samples[name]
		if !ok {
			t.Errorf("mutation %s has no sample in the auditor sweep: add one (an auditor must never be able to call it)", name)
			continue
		}
		if why, ok := exempt[name]; ok {
			t.Logf("%s: not tried (%s)", name, why)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if name == "importBudget" {
				tryImport(t, f, "auditorA", A.Application.ID)
				return
			}
			if name == "uploadContractDocument" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadContractDocument(contractID: $id, file: $file) { id } }`,
					A.Contract.ID, "contratto.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			if name == "uploadVariationAttachment" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadVariationAttachment(variationID: $id, file: $file) { id } }`,
					A.DraftVariation.ID, "delibera.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			if name == "uploadClaimAttachment" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadClaimAttachment(claimID: $id, file: $file) { id } }`,
					A.Claim.ID, "rendiconto-firmato.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			if name == "importInvoices" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { importInvoices(projectID: $id, file: $file) { invoices { id } } }`,
					A.Project.ID, "fattura.xml", []byte("<FatturaElettronica/>"))
				return
			}
			if name == "uploadDeliverableEvidence" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadDeliverableEvidence(deliverableID: $id, file: $file) { id } }`,
					A.Deliverable.ID, "verbale.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			if name == "uploadAgreementDocument" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadAgreementDocument(agreementID: $id, file: $file) { id } }`,
					A.Agreement.ID, "convenzione.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			if name == "uploadApplicationAttachment" {
				tryUpload(t, f, "auditorA", `mutation($id: ID!, $file: Upload!) { uploadApplicationAttachment(applicationID: $id, name: "Delibere", file: $file) { id } }`,
					A.Application.ID, "delibere.pdf", []byte("%PDF-1.7\n%%EOF\n"))
				return
			}
			tc.name, tc.viewer, tc.want = name, "auditorA", wantDenied
			tryMutation(t, f, tc)
		})
	}
}

// testAuditorFormsNoAggregation: an auditor "edits nothing else", so it
// cannot form an aggregation either; if it could, it would become the
// aggregation's LEAD_MANAGER and, with that role, write the vendors of
// every tenant (a LEAD_MANAGER's Vendor rights are not scoped).
func testAuditorFormsNoAggregation(t *testing.T, f *authzFixture) {
	A := f.A
	tryMutation(t, f, mutationCase{name: "formAggregation", viewer: "auditorA", want: wantDenied,
		query: `mutation($l: ID!, $m: ID!) { formAggregation(input: {name: "Aggregazione del revisore", leadID: $l, members: [{bodyID: $m}]}) { id } }`,
		vars:  map[string]any{"l": A.Pool[3].ID, "m": A.Pool[4].ID}})
	tryMutation(t, f, mutationCase{name: "updateVendor after formAggregation", viewer: "auditorA", want: wantForbidden,
		query: `mutation($id: ID!) { updateVendor(id: $id, input: {address: "via del revisore"}) { id } }`,
		vars:  map[string]any{"id": f.B.Vendor.ID},
		changed: func() (bool, error) {
			v, err := f.C.Vendor.Get(f.Sys, f.B.Vendor.ID)
			return err == nil && v.Address == "via del revisore", err
		}})
}

// tryImport posts importBudget as a multipart request (a CSV whose rows are
// wrong): a viewer who may not edit the budget must be refused before its
// file is even read.
func tryImport(t *testing.T, f *authzFixture, viewer string, appID pulid.ID) {
	t.Helper()
	tryUpload(t, f, viewer, `mutation($id: ID!, $file: Upload!) { importBudget(applicationID: $id, file: $file) { saved errors { row reason } } }`,
		appID, "budget.csv", []byte("codice_istat;linea;categoria;importo\n999999;Z;Z;abc\n"))
}

// tryUpload sends a multipart GraphQL mutation with one file ($file) and
// expects it to be refused before the file is read.
func tryUpload(t *testing.T, f *authzFixture, viewer, query string, appID pulid.ID, filename string, content []byte) {
	t.Helper()
	v := f.ByName[viewer]
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     query,
		"variables": map[string]any{"id": appID, "file": nil},
	})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.file"]}`)
	part, _ := w.CreateFormFile("0", filename)
	_, _ = part.Write(content)
	_ = w.Close()
	req, err := http.NewRequest(http.MethodPost, v.http.srv.URL+"/graphql", &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	r := readResponse(t, v.http.send(t, req))
	got := errorCodes(r)
	if got == "" {
		got = outOK
	}
	if got != "FORBIDDEN" && got != "NOT_FOUND" {
		t.Errorf("%s by %s of application %s: got %s (data %s), want FORBIDDEN: authorization comes before reading the file", filename, viewer, appID, got, r.Data)
	}
}

// testMemberDeliverables: a member referent updates its own body's
// deliverable, and cannot touch another member's (NOT_FOUND: it cannot
// read it); at the Ent level, as there is no mutation yet.
func testMemberDeliverables(t *testing.T, f *authzFixture) {
	member := f.ByName["memberA"]
	ctx := member.ctx("")
	if err := f.C.Deliverable.UpdateOneID(f.A.Deliverable.ID).SetProgressNote("consegna in corso").Exec(ctx); err != nil {
		t.Errorf("member referent updating its own body's deliverable: %v", err)
	}
	err := f.C.Deliverable.UpdateOneID(f.A.OtherDeliverable.ID).SetProgressNote("x").Exec(ctx)
	switch {
	case err == nil:
		t.Errorf("member referent updated another member's deliverable: a referent edits only its own body's")
	case !gen.IsNotFound(err):
		t.Errorf("member referent updating another member's deliverable: %v (privacy deny %v), want not found: the row is unreadable to it", err, isPrivacyDeny(err))
	}
	d, err := f.C.Deliverable.Get(f.Sys, f.A.OtherDeliverable.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.ProgressNote == "x" {
		t.Errorf("another member's deliverable changed")
	}
	if err := f.C.Deliverable.UpdateOneID(f.B.Deliverable.ID).SetProgressNote("x").Exec(ctx); !gen.IsNotFound(err) {
		t.Errorf("member referent updating a deliverable of another tenant: %v, want not found", err)
	}
}

// testDocumentsOfAnotherRegionsProject (finding 3 of issue #23): once
// tenant A's aggregation applies to a call of Region B, B's officers read
// the aggregation and the documents of what they read under their own call
// (the application to it, the aggregation's agreement) — never the
// documents of A's project under Region A (its contract, another member's
// deliverable evidence, a claim's report), nor of A's drafts, nor those
// attached to nothing. Through node(id:) and through /documents/{id}.
func testDocumentsOfAnotherRegionsProject(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	app := saveFixture(t, f.Sys, f.newApplication(A, B.Call).SetStatus("SUBMITTED").SetSubmittedAt(A.Application.SubmittedAt.Add(1)))
	appDoc := saveFixture(t, f.Sys, f.newDocument(A, nil).SetKind(document.KindATTACHMENT).SetApplicationID(app.ID))
	officer := f.ByName["officerB"]
	for _, tc := range []struct {
		what    string
		id      pulid.ID
		visible bool
	}{
		{"the attachment of the application to its call", appDoc.ID, true},
		{"a document of the aggregation's agreement", A.Document.ID, true},
		{"the contract of the project under Region A", A.ContractDocument.ID, false},
		{"another member's deliverable evidence under Region A", A.EvidenceDocument.ID, false},
		{"the report of a claim under Region A", A.ReportDocument.ID, false},
		{"an attachment of a draft claim", A.DraftClaimDocument.ID, false},
		{"an attachment of a draft application", A.DraftAppDocument.ID, false},
		{"a document attached to nothing", A.LooseDocument.ID, false},
	} {
		var data struct {
			Node *struct{ ID pulid.ID } `json:"node"`
		}
		if r := officer.gql(t, "", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": tc.id}); r.hasData() {
			r.decode(t, &data)
		}
		code, _ := officer.http.get(t, documentPath(tc.id))
		wantCode := map[bool]int{true: 200, false: 404}[tc.visible]
		if (data.Node != nil) != tc.visible || code != wantCode {
			t.Errorf("an officer of Region B, to whose call A's aggregation applied, reading %s: node %v, download HTTP %d; want visible=%v (HTTP %d): %s",
				tc.what, data.Node != nil, code, tc.visible, wantCode, ruleDocument)
		}
	}
	// The aggregation itself is B's to read now.
	var agg struct {
		Node *struct{ ID pulid.ID } `json:"node"`
	}
	mustOK(t, officer.gql(t, "", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": A.Aggregation.ID})).decode(t, &agg)
	if agg.Node == nil {
		t.Errorf("precondition: Region B's officer does not read the aggregation that applied to its call")
	}
}

// testNoEscalation: nobody but an admin grants roles, not even to itself.
func testNoEscalation(t *testing.T, f *authzFixture) {
	const grant = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`
	roles := func(v *fixtureViewer) func() (bool, error) {
		return func() (bool, error) {
			n, err := f.C.RoleAssignment.Query().Where(roleassignment.UserID(v.User.ID)).Count(f.Sys)
			return n > 1, err
		}
	}
	for _, tc := range []mutationCase{
		{name: "lead grants itself ADMIN", viewer: "leadA", want: wantForbidden, changed: roles(f.ByName["leadA"]),
			vars: map[string]any{"input": map[string]any{"userID": f.ByName["leadA"].User.ID, "role": "ADMIN"}}},
		{name: "lead grants itself the lead of another aggregation", viewer: "leadA", want: wantDenied, changed: roles(f.ByName["leadA"]),
			vars: map[string]any{"input": map[string]any{"userID": f.ByName["leadA"].User.ID, "role": "LEAD_MANAGER", "aggregationID": f.B.Aggregation.ID}}},
		{name: "member referent grants itself the lead of its aggregation", viewer: "memberA", want: wantForbidden, changed: roles(f.ByName["memberA"]),
			vars: map[string]any{"input": map[string]any{"userID": f.ByName["memberA"].User.ID, "role": "LEAD_MANAGER", "aggregationID": f.A.Aggregation.ID}}},
		{name: "officer grants itself the auditor of its Region", viewer: "officerA", want: wantForbidden, changed: roles(f.ByName["officerA"]),
			vars: map[string]any{"input": map[string]any{"userID": f.ByName["officerA"].User.ID, "role": "AUDITOR", "regionBodyID": f.A.Region.ID}}},
		{name: "user without roles grants itself ADMIN", viewer: "noRole", want: wantForbidden, changed: func() (bool, error) {
			return f.C.RoleAssignment.Query().Where(roleassignment.UserID(f.ByName["noRole"].User.ID)).Exist(f.Sys)
		}, vars: map[string]any{"input": map[string]any{"userID": f.ByName["noRole"].User.ID, "role": "ADMIN"}}},
	} {
		tc.query = grant
		tryMutation(t, f, tc)
	}
	// Whatever a user does, its token still carries only its own roles.
	v, err := f.Server.Auth().ViewerFromToken(f.Sys, f.ByName["leadA"].http.bearer)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Grants) != 1 || v.Grants[0].Role != authz.LeadManager {
		t.Errorf("leadA's grants are now %+v", v.Grants)
	}
}

func isPrivacyDeny(err error) bool { return errors.Is(err, privacy.Deny) }
