package server_test

import (
	"context"
	"fmt"
	"github.com/capofila/capofila/ent/gen/accessrequest"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/agreement"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/calendarfeed"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/groupingmember"
	"github.com/capofila/capofila/ent/gen/idempotencykey"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/migrate"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/notificationpreference"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/planallocation"
	"github.com/capofila/capofila/ent/gen/planversion"
	"github.com/capofila/capofila/ent/gen/populationfigure"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/signinattempt"
	"github.com/capofila/capofila/ent/gen/unsubscribetoken"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/gen/variationallocation"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/notifykind"
	"github.com/capofila/capofila/internal/testdb"
)

// The authorization matrix: ONE table, authzTable, says for every entity
// type who reads its rows and who writes them; every subtest is generated
// from it, for every viewer of the fixture, for a row of the viewer's own
// tenant and of the other tenant, and for every way to reach the row (node,
// connection, update, create).
//
// The expectations come from the rules of the issue and policy.csv, not
// from the code:
//
//   - ADMIN: everything (except writing the append-only audit log, the
//     sessions and the sign-in attempts, which only the system writes).
//   - REGION_OFFICER of a Region: manages the Region's calls (drafts
//     included); sees the applications (not drafts) submitted to them and
//     everything under them; funds projects and pays disbursements.
//   - AUDITOR of a Region: reads what the officers read and records reviews;
//     edits nothing else.
//   - LEAD_MANAGER of an aggregation: drafts and edits the aggregation's
//     application, project, procurement, contracts, invoices, claims; sees
//     all members' data.
//   - MEMBER_REFERENT of a body in an aggregation: reads the aggregation's
//     data, edits its own body's deliverables, does not see the other
//     members' deliverables and documents.
//   - Nobody sees anything of an aggregation or Region they hold no role in
//     (published calls and reference data are public to signed-in users).
//   - Anonymous: UNAUTHENTICATED. A denied read looks like NOT_FOUND; a denied
//     write of a readable row is FORBIDDEN; a write touching an unreadable row
//     is NOT_FOUND; a permitted write of a frozen row is CONFLICT; nothing
//     changes on a denied write.
//
// Reads go through node(id:) and the row's connection; writes through the
// GraphQL mutation where there is one, else through the Ent client acting
// as the viewer (the data layer must enforce the same rules for services
// still to come). Account rows use the identity mutations: setPassword,
// revokeRole/grantRole, revokeAPIToken/createAPIToken.

// marker is what one case writes: unique in the fixture, so that a later
// look at the database tells whether this case's write landed.
type marker struct {
	S string
	N int64
}

// rowFunc returns the row a case is about, for viewer v in tenant tn ("" if
// there is none, e.g. the role assignment of a user without roles).
type rowFunc func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID

// entitySpec is one line of the table: an entity type (or a variant of it,
// e.g. a draft) and who may do what with its rows.
type entitySpec struct {
	Table string // the migrate table
	Label string
	Rule  string // the rule behind Reads, quoted when a case fails
	Row   rowFunc
	// Public rows are read by every signed-in user, in both tenants.
	Public bool
	// Reads are the viewer kinds that read a row of their own tenant (ADMIN
	// reads every row).
	Reads roleSet
	// List reaches the rows through a connection; nil when there is none.
	List *listSpec
	// EntRead reads the row at the Ent level, for types that are not GraphQL
	// nodes.
	EntRead func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error)
	// Update and Create are the writes, nil when there is no way to make one.
	Update, Create *writeSpec
	// Download is the path that serves the row's bytes (a document's),
	// which exactly its readers get (200; 404 for others, 401 anonymous).
	Download func(id pulid.ID) string
}

// documentPath is where a document is downloaded.
func documentPath(id pulid.ID) string { return "/documents/" + string(id) }

// listSpec is a connection that holds the rows.
type listSpec struct {
	Field string
	// Parent is the node holding the connection; nil for a Query field.
	Parent func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID
	Type   string // GraphQL type of the parent
}

// writeSpec is a write and who may make it.
type writeSpec struct {
	Op string // the mutation, or the Ent operation
	// Who may make it in their own tenant (or anywhere, if Global).
	Who    roleSet
	Global bool
	// Frozen: the row is frozen by a domain rule, so a permitted writer gets
	// CONFLICT (the rule is checked after authorization).
	Frozen bool
	// Parent is the Label of the spec whose row a create hangs from: when
	// the viewer cannot read it, the create is NOT_FOUND.
	Parent string
	// OwnOnly writes have no "other tenant" form (e.g. createAPIToken).
	OwnOnly bool
	// Late writes disturb other rows (setPassword ends sessions): they run
	// after every other case.
	Late bool
	// AnyRefusal: the write is not reachable over the API (system-only
	// rows), so FORBIDDEN and NOT_FOUND are equally good refusals.
	AnyRefusal bool

	// A write is a GraphQL mutation (GQL with Vars) or an Ent call (Ent).
	GQL  string
	Vars func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker) map[string]any
	Ent  func(ctx context.Context, f *authzFixture, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker) error
	// Target makes the row an update works on (default: the spec's Row).
	Target func(t *testing.T, f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID

	// Column (with Numeric for m.N) receives the marker; the database is
	// read there to tell whether the write landed. Changed replaces it.
	Column  string
	Numeric bool
	Changed func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker) (bool, error)
}

func (w *writeSpec) markerValue(m marker) any {
	if w.Numeric {
		return m.N
	}
	return m.S
}

// Helpers that keep the table short.

func tenantRow(get func(tn *fixtureTenant) pulid.ID) rowFunc {
	return func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer) pulid.ID { return get(tn) }
}

// selfRow picks the viewer's own account row in its own tenant, and another
// user's in the other.
func selfRow(get func(v *fixtureViewer) pulid.ID) rowFunc {
	return func(_ *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID {
		if tn == v.Home {
			return get(v)
		}
		return get(v.Other)
	}
}

func topList(field string) *listSpec { return &listSpec{Field: field} }

func nestedList(typ, field string, parent func(tn *fixtureTenant) pulid.ID) *listSpec {
	return &listSpec{Field: field, Type: typ, Parent: func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer) pulid.ID { return parent(tn) }}
}

// gqlUpdate is an update mutation writing the marker into one field.
func gqlUpdate(mutation, input, field, column string, who roleSet) *writeSpec {
	return &writeSpec{
		Op: mutation, Who: who, Column: column,
		GQL: fmt.Sprintf(`mutation($id: ID!, $input: %s!) { %s(id: $id, input: $input) { id } }`, input, mutation),
		Vars: func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) map[string]any {
			return map[string]any{"id": id, "input": map[string]any{field: m.S}}
		},
	}
}

// gqlCreate is a create mutation whose input carries the marker in column.
func gqlCreate(mutation, input, column string, who roleSet, parent string,
	in func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer, m marker) map[string]any) *writeSpec {
	return &writeSpec{
		Op: mutation, Who: who, Column: column, Parent: parent,
		GQL: fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { id } }`, input, mutation),
		Vars: func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer, _ pulid.ID, m marker) map[string]any {
			return map[string]any{"input": in(f, tn, v, m)}
		},
	}
}

// entWrite is a write made with the Ent client as the viewer: for entities
// without a GraphQL mutation yet, the data layer must still enforce the rules.
func entWrite(op, column string, numeric bool, who roleSet, parent string,
	fn func(ctx context.Context, f *authzFixture, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker) error) *writeSpec {
	return &writeSpec{Op: op, Who: who, Column: column, Numeric: numeric, Parent: parent, Ent: fn}
}

// frozen, global, ownOnly and anyRefusal set the flag of the same name and
// return w, so that the table reads as one expression per write.
func (w *writeSpec) frozen() *writeSpec  { w.Frozen = true; return w }
func (w *writeSpec) global() *writeSpec  { w.Global = true; return w }
func (w *writeSpec) ownOnly() *writeSpec { w.OwnOnly = true; return w }
func (w *writeSpec) anyRefusal() *writeSpec {
	w.AnyRefusal = true
	return w
}

// Rules quoted in failures.
const (
	ruleTenantData = "an aggregation's data is read by its lead and member referents, and by the officers and auditors of the Region it submitted an application to"
	ruleDrafts     = "officers and auditors see applications and claims once submitted, never drafts"
	ruleMemberOwn  = "a member referent does not see other members' deliverables and documents"
	rulePublic     = "reference data and published calls are read by every signed-in user"
	ruleDraftCall  = "a draft call is seen only by its Region's officers and auditors"
	ruleAccount    = "a user sees only its own account, roles, tokens"
	ruleSystem     = "sessions and sign-in attempts are internal: only admins read them, only the system writes them"
	ruleAudit      = "a change is read by whoever could read the row when it changed: the aggregation's lead and member referents (a deliverable's or a body's document's only by that body's), its Region's officers and auditors once they read the row (never an aggregation's drafts)"
	ruleAuditOwn   = "the events of a user's account (its API tokens, sign-ins) are read by that user"
	ruleDocument   = "a document is read by whoever reads the object it is attached to, no further (a member referent: its own body's and the aggregation's shared ones, not the claim reports)"
)

// authzTable is the matrix. Every entity table of the schema must have at
// least one line (TestAuthorizationMatrix fails otherwise).
var authzTable = []*entitySpec{
	{
		Table: publicbody.Table, Label: "PublicBody", Rule: rulePublic, Public: true,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.ReferentBody().ID }),
		List:   topList("publicBodies"),
		Update: gqlUpdate("updatePublicBody", "UpdatePublicBodyInput", "address", publicbody.FieldAddress, RoleAdmin).global(),
		Create: gqlCreate("createPublicBody", "CreatePublicBodyInput", publicbody.FieldName, RoleAdmin, "",
			func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"name": m.S, "kind": "OTHER"}
			}).global(),
	},
	{
		Table: vendor.Table, Label: "Vendor", Rule: rulePublic, Public: true,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Vendor.ID }),
		List: topList("vendors"),
		// Vendors are a registry shared by every aggregation: leads add
		// vendors, only admins change them.
		Update: gqlUpdate("updateVendor", "UpdateVendorInput", "address", vendor.FieldAddress, RoleAdmin).global(),
		Create: gqlCreate("createVendor", "CreateVendorInput", vendor.FieldName, RoleAdmin|RoleLead, "",
			func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"name": m.S, "vatID": f.vat()}
			}).global(),
	},
	{
		Table: groupingmember.Table, Label: "GroupingMember", Rule: rulePublic, Public: true,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.GroupingMember.ID }),
		List: nestedList("Vendor", "groupingMembers", func(tn *fixtureTenant) pulid.ID { return tn.Grouping.ID }),
		Update: entWrite("GroupingMember.UpdateOne", groupingmember.FieldShareBp, true, RoleAdmin, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.GroupingMember.UpdateOneID(id).SetShareBp(int(m.N)).Exec(ctx)
			}).global(),
		// A grouping belongs to the aggregation that registered it: only its
		// lead managers (and admins) add members.
		Create: entWrite("GroupingMember.Create", groupingmember.FieldShareBp, true, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				v, err := f.newVendor().Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.C.GroupingMember.Create().SetGroupingID(tn.Grouping.ID).SetMemberID(v.ID).
					SetRole(groupingmember.RoleMANDANTE).SetShareBp(int(m.N)).Exec(ctx)
			}),
	},
	{
		// ISTAT's yearly figures are reference data: everyone reads them,
		// the import (the system) and admins write them.
		Table: populationfigure.Table, Label: "PopulationFigure", Rule: rulePublic, Public: true,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.PopulationFigure.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.PopulationFigure.Query().Where(populationfigure.ID(id)).Exist(ctx)
		},
		Update: entWrite("PopulationFigure.UpdateOne", populationfigure.FieldPopulation, true, RoleAdmin, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.PopulationFigure.UpdateOneID(id).SetPopulation(int(m.N)).Exec(ctx)
			}).global(),
		Create: entWrite("PopulationFigure.Create", populationfigure.FieldPopulation, true, RoleAdmin, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				b, err := f.C.PublicBody.Create().SetName(fmt.Sprintf("Ente della matrice %d", m.N)).SetKind(publicbody.KindOTHER).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.C.PopulationFigure.Create().SetBodyID(b.ID).SetYear(2025).SetPopulation(int(m.N)).SetSource("matrice").Exec(ctx)
			}).global(),
	},
	{
		Table: call.Table, Label: "Call (published)", Rule: rulePublic, Public: true,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Call.ID }),
		List:   topList("calls"),
		Update: gqlUpdate("updateCall", "UpdateCallInput", "reference", call.FieldReference, RoleAdmin|RoleOfficer).frozen(),
		Create: gqlCreate("createCall", "CreateCallInput", call.FieldTitle, RoleAdmin|RoleOfficer, "",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"title": m.S, "fund": "FESR", "totalBudgetCents": 100_000_000, "issuerID": tn.Region.ID}
			}),
	},
	{
		Table: call.Table, Label: "Call (draft)", Rule: ruleDraftCall, Reads: RoleOfficer | RoleAuditor,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftCall.ID }),
		List:   topList("calls"),
		Update: gqlUpdate("updateCall", "UpdateCallInput", "reference", call.FieldReference, RoleAdmin|RoleOfficer),
	},
	{
		Table: expensecategory.Table, Label: "ExpenseCategory (published call)", Rule: rulePublic, Public: true,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Category.ID }),
		List:   nestedList("Call", "expenseCategories", func(tn *fixtureTenant) pulid.ID { return tn.Call.ID }),
		Update: gqlUpdate("updateExpenseCategory", "UpdateExpenseCategoryInput", "description", expensecategory.FieldDescription, RoleAdmin|RoleOfficer).frozen(),
		Create: gqlCreate("createExpenseCategory", "CreateExpenseCategoryInput", expensecategory.FieldCode, RoleAdmin|RoleOfficer, "Call (published)",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"code": m.S, "name": m.S, "callID": tn.Call.ID}
			}).frozen(),
	},
	{
		Table: expensecategory.Table, Label: "ExpenseCategory (draft call)", Rule: ruleDraftCall, Reads: RoleOfficer | RoleAuditor,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftCategory.ID }),
		List:   nestedList("Call", "expenseCategories", func(tn *fixtureTenant) pulid.ID { return tn.DraftCall.ID }),
		Update: gqlUpdate("updateExpenseCategory", "UpdateExpenseCategoryInput", "description", expensecategory.FieldDescription, RoleAdmin|RoleOfficer),
		Create: gqlCreate("createExpenseCategory", "CreateExpenseCategoryInput", expensecategory.FieldCode, RoleAdmin|RoleOfficer, "Call (draft)",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"code": m.S, "name": m.S, "callID": tn.DraftCall.ID}
			}),
	},
	{
		Table: interventionline.Table, Label: "InterventionLine (published call)", Rule: rulePublic, Public: true,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Line.ID }),
		List:   nestedList("Call", "interventionLines", func(tn *fixtureTenant) pulid.ID { return tn.Call.ID }),
		Update: gqlUpdate("updateInterventionLine", "UpdateInterventionLineInput", "description", interventionline.FieldDescription, RoleAdmin|RoleOfficer).frozen(),
		Create: gqlCreate("createInterventionLine", "CreateInterventionLineInput", interventionline.FieldCode, RoleAdmin|RoleOfficer, "Call (published)",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"code": m.S, "name": m.S, "callID": tn.Call.ID}
			}).frozen(),
	},
	{
		Table: interventionline.Table, Label: "InterventionLine (draft call)", Rule: ruleDraftCall, Reads: RoleOfficer | RoleAuditor,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftLine.ID }),
		List:   nestedList("Call", "interventionLines", func(tn *fixtureTenant) pulid.ID { return tn.DraftCall.ID }),
		Update: gqlUpdate("updateInterventionLine", "UpdateInterventionLineInput", "description", interventionline.FieldDescription, RoleAdmin|RoleOfficer),
		Create: gqlCreate("createInterventionLine", "CreateInterventionLineInput", interventionline.FieldCode, RoleAdmin|RoleOfficer, "Call (draft)",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"code": m.S, "name": m.S, "callID": tn.DraftCall.ID}
			}),
	},
	{
		Table: aggregation.Table, Label: "Aggregation", Rule: ruleTenantData, Reads: TenantRoles,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Aggregation.ID }),
		List:   topList("aggregations"),
		Update: gqlUpdate("updateAggregation", "UpdateAggregationInput", "description", aggregation.FieldDescription, RoleAdmin|RoleLead),
		Create: gqlCreate("createAggregation", "CreateAggregationInput", aggregation.FieldName, RoleAdmin, "",
			func(f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"name": m.S, "leadID": tn.Pool[int(m.N)%len(tn.Pool)].ID}
			}).global(),
	},
	{
		Table: membership.Table, Label: "Membership", Rule: ruleTenantData, Reads: TenantRoles,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Memberships[1].ID }),
		List:   nestedList("Aggregation", "memberships", func(tn *fixtureTenant) pulid.ID { return tn.Aggregation.ID }),
		Update: gqlUpdate("updateMembership", "UpdateMembershipInput", "resolutionNumber", membership.FieldResolutionNumber, RoleAdmin|RoleLead),
		// The aggregation has submitted an application: its members are frozen.
		Create: gqlCreate("createMembership", "CreateMembershipInput", membership.FieldResolutionNumber, RoleAdmin|RoleLead, "Aggregation",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"aggregationID": tn.Aggregation.ID, "bodyID": tn.Pool[int(m.N)%len(tn.Pool)].ID, "role": "MEMBER", "resolutionNumber": m.S}
			}).frozen(),
	},
	{
		Table: agreement.Table, Label: "Agreement", Rule: ruleTenantData, Reads: TenantRoles,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Agreement.ID }),
		List:   nestedList("Aggregation", "agreements", func(tn *fixtureTenant) pulid.ID { return tn.Aggregation.ID }),
		Update: gqlUpdate("updateAgreement", "UpdateAgreementInput", "purpose", agreement.FieldPurpose, RoleAdmin|RoleLead),
		Create: gqlCreate("createAgreement", "CreateAgreementInput", agreement.FieldTitle, RoleAdmin|RoleLead, "Aggregation",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"aggregationID": tn.Aggregation.ID, "kind": "PARTNERSHIP_AGREEMENT", "title": m.S}
			}),
	},
	{
		Table: application.Table, Label: "Application (submitted)", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Application.ID }),
		List: topList("applications"),
		// Frozen once submitted.
		Update: gqlUpdate("updateApplication", "UpdateApplicationInput", "summary", application.FieldSummary, RoleAdmin|RoleLead).frozen(),
		Create: gqlCreate("createApplication", "CreateApplicationInput", application.FieldTitle, RoleAdmin|RoleLead, "Aggregation",
			func(f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				// A call of its own, so that every permitted create can succeed.
				cl, err := f.newCall(tn, call.StatusPUBLISHED).Save(f.Sys)
				if err != nil {
					panic(err)
				}
				return map[string]any{"aggregationID": tn.Aggregation.ID, "callID": cl.ID, "title": m.S}
			}),
	},
	{
		Table: application.Table, Label: "Application (draft)", Rule: ruleDrafts, Reads: RoleLead | RoleMember,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftApplication.ID }),
		List:   topList("applications"),
		Update: gqlUpdate("updateApplication", "UpdateApplicationInput", "summary", application.FieldSummary, RoleAdmin|RoleLead),
	},
	{
		Table: budgetline.Table, Label: "BudgetLine (submitted application)", Rule: ruleTenantData, Reads: TenantRoles,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.BudgetLine.ID }),
		List:   nestedList("Application", "budgetLines", func(tn *fixtureTenant) pulid.ID { return tn.Application.ID }),
		Update: gqlUpdate("updateBudgetLine", "UpdateBudgetLineInput", "note", budgetline.FieldNote, RoleAdmin|RoleLead).frozen(),
		Create: gqlCreate("createBudgetLine", "CreateBudgetLineInput", budgetline.FieldNote, RoleAdmin|RoleLead, "Application (submitted)",
			func(_ *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"applicationID": tn.Application.ID, "bodyID": tn.OtherBody().ID,
					"interventionLineID": tn.Line.ID, "expenseCategoryID": tn.Category.ID, "amountCents": 100, "note": m.S}
			}).frozen(),
	},
	{
		Table: budgetline.Table, Label: "BudgetLine (draft application)", Rule: ruleDrafts, Reads: RoleLead | RoleMember,
		Row:    tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftBudgetLine.ID }),
		List:   nestedList("Application", "budgetLines", func(tn *fixtureTenant) pulid.ID { return tn.DraftApplication.ID }),
		Update: gqlUpdate("updateBudgetLine", "UpdateBudgetLineInput", "note", budgetline.FieldNote, RoleAdmin|RoleLead),
		Create: gqlCreate("createBudgetLine", "CreateBudgetLineInput", budgetline.FieldNote, RoleAdmin|RoleLead, "Application (draft)",
			func(f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				k, err := f.newCategory(tn.SecondCall).Save(f.Sys)
				if err != nil {
					panic(err)
				}
				return map[string]any{"applicationID": tn.DraftApplication.ID, "bodyID": tn.OtherBody().ID,
					"interventionLineID": tn.SecondLine.ID, "expenseCategoryID": k.ID, "amountCents": 100, "note": m.S}
			}),
	},
	{
		Table: project.Table, Label: "Project", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		List: topList("projects"),
		Update: entWrite("Project.UpdateOne", project.FieldTitle, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Project.UpdateOneID(id).SetTitle(m.S).Exec(ctx)
			}),
		// Officers fund projects (policy: REGION_OFFICER Project create).
		Create: entWrite("Project.Create", project.FieldTitle, false, RoleAdmin|RoleOfficer, "Application (submitted)",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				cl, err := f.newCall(tn, call.StatusPUBLISHED).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				app, err := f.newApplication(tn, cl).SetStatus(application.StatusSUBMITTED).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.newProject(app).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: allocation.Table, Label: "Allocation", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Allocation.ID }),
		List: nestedList("Project", "allocations", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("Allocation.UpdateOne", allocation.FieldAmountCents, true, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Allocation.UpdateOneID(id).SetAmountCents(m.N).Exec(ctx)
			}),
		Create: entWrite("Allocation.Create", allocation.FieldAmountCents, true, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				k, err := f.newCategory(tn.Call).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.newAllocation(tn.Project, tn.ReferentBody(), k).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		// An access request is read by its requester and decided by the
		// lead managers of its aggregation (a member referent's); the
		// service writes it with its own rights after its checks
		// (internal/access): through Ent only ADMIN writes it.
		Table: accessrequest.Table, Label: "AccessRequest", Rule: "an access request is read by its requester and those who decide it: the aggregation's lead managers, the Region's officers", Reads: RoleLead,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.AccessRequest.ID }),
		Update: entWrite("AccessRequest.UpdateOne", accessrequest.FieldReason, false, RoleAdmin, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.AccessRequest.UpdateOneID(id).SetReason(m.S).Exec(ctx)
			}),
		Create: entWrite("AccessRequest.Create", accessrequest.FieldActNumber, false, RoleAdmin, "Aggregation",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, v *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newAccessRequest(tn, v.User.ID).SetActNumber(m.S).Exec(ctx)
			}),
	},
	{
		Table: variation.Table, Label: "Variation", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Variation.ID }),
		List: nestedList("Project", "variations", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		// The lead drafts variations (the variation service; officers
		// decide them through it, with the service's rights).
		Update: entWrite("Variation.UpdateOne", variation.FieldReason, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Variation.UpdateOneID(id).SetReason(m.S).Exec(ctx)
			}),
		Create: entWrite("Variation.Create", variation.FieldReason, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newVariation(tn.Project).SetReason(m.S).Exec(ctx)
			}),
	},
	{
		Table: variationallocation.Table, Label: "VariationAllocation", Rule: ruleTenantData, Reads: TenantRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.VariationAllocation.ID }),
		// Written by the variation service only (immutable rows).
		Create: entWrite("VariationAllocation.Create", variationallocation.FieldAmountCents, true, RoleAdmin, "Variation",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				k, err := f.newCategory(tn.Call).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.newVariationAllocation(tn.Variation, tn.ReferentBody(), k).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: planversion.Table, Label: "PlanVersion", Rule: ruleTenantData, Reads: TenantRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.PlanVersion.ID }),
		// Written by the variation service only (immutable rows).
		Create: entWrite("PlanVersion.Create", planversion.FieldNumber, true, RoleAdmin, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newPlanVersion(tn.Project, int(m.N)).Exec(ctx)
			}),
	},
	{
		Table: planallocation.Table, Label: "PlanAllocation", Rule: ruleTenantData, Reads: TenantRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.PlanAllocation.ID }),
		Create: entWrite("PlanAllocation.Create", planallocation.FieldAmountCents, true, RoleAdmin, "PlanVersion",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newPlanAllocation(tn.PlanVersion, tn.ReferentBody(), tn.Category).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: procurement.Table, Label: "Procurement", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Procurement.ID }),
		List: topList("procurements"),
		Update: entWrite("Procurement.UpdateOne", procurement.FieldTitle, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Procurement.UpdateOneID(id).SetTitle(m.S).Exec(ctx)
			}),
		Create: entWrite("Procurement.Create", procurement.FieldTitle, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newProcurement(tn).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: lot.Table, Label: "Lot", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Lot.ID }),
		List: nestedList("Procurement", "lots", func(tn *fixtureTenant) pulid.ID { return tn.Procurement.ID }),
		Update: entWrite("Lot.UpdateOne", lot.FieldTitle, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Lot.UpdateOneID(id).SetTitle(m.S).Exec(ctx)
			}),
		Create: entWrite("Lot.Create", lot.FieldTitle, false, RoleAdmin|RoleLead, "Procurement",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newLot(tn.Procurement).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: contract.Table, Label: "Contract", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Contract.ID }),
		List: nestedList("Lot", "contracts", func(tn *fixtureTenant) pulid.ID { return tn.Lot.ID }),
		Update: entWrite("Contract.UpdateOne", contract.FieldReference, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Contract.UpdateOneID(id).SetReference(m.S).Exec(ctx)
			}),
		Create: entWrite("Contract.Create", contract.FieldReference, false, RoleAdmin|RoleLead, "Lot",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newContract(tn.Lot, tn.Vendor).SetReference(m.S).Exec(ctx)
			}),
	},
	{
		Table: costshare.Table, Label: "CostShare", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.CostShare.ID }),
		List: nestedList("Contract", "costShares", func(tn *fixtureTenant) pulid.ID { return tn.Contract.ID }),
		Update: entWrite("CostShare.UpdateOne", costshare.FieldAmountCents, true, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.CostShare.UpdateOneID(id).SetAmountCents(m.N).Exec(ctx)
			}),
		Create: entWrite("CostShare.Create", costshare.FieldAmountCents, true, RoleAdmin|RoleLead, "Contract",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				ct, err := f.newContract(tn.Lot, tn.Vendor).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.newCostShare(ct, tn.ReferentBody()).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		// A contract's modifications are read like the contract; the lead
		// manager writes them (proposeContractModification and its
		// transitions: TestContractModification_Roles over GraphQL).
		Table: contractmodification.Table, Label: "ContractModification", Rule: ruleTenantData, Reads: TenantRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.ContractModification.ID }),
		Update: entWrite("ContractModification.UpdateOne", contractmodification.FieldReason, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.ContractModification.UpdateOneID(id).SetReason(m.S).Exec(ctx)
			}),
		Create: entWrite("ContractModification.Create", contractmodification.FieldReason, false, RoleAdmin|RoleLead, "Contract",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				ct, err := f.newContract(tn.Lot, tn.Vendor).Save(f.Sys)
				if err != nil {
					return fmt.Errorf("setup: %w", err)
				}
				return f.newContractModification(ct, 1).SetReason(m.S).Exec(ctx)
			}),
	},
	{
		Table: deliverable.Table, Label: "Deliverable (referent's body)", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Deliverable.ID }),
		List: nestedList("Project", "deliverables", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		// Member referents edit their own body's deliverables.
		Update: entWrite("Deliverable.UpdateOne", deliverable.FieldProgressNote, false, RoleAdmin|RoleLead|RoleMember, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Deliverable.UpdateOneID(id).SetProgressNote(m.S).Exec(ctx)
			}),
		Create: entWrite("Deliverable.Create", deliverable.FieldTitle, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDeliverable(tn, tn.ReferentBody()).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: deliverable.Table, Label: "Deliverable (another member's body)", Rule: ruleMemberOwn, Reads: RoleOfficer | RoleAuditor | RoleLead,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.OtherDeliverable.ID }),
		List: nestedList("Project", "deliverables", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("Deliverable.UpdateOne", deliverable.FieldProgressNote, false, RoleAdmin|RoleLead|RoleMember, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Deliverable.UpdateOneID(id).SetProgressNote(m.S).Exec(ctx)
			}),
		Create: entWrite("Deliverable.Create", deliverable.FieldTitle, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDeliverable(tn, tn.OtherBody()).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: milestone.Table, Label: "Milestone", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Milestone.ID }),
		List: nestedList("Project", "milestones", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("Milestone.UpdateOne", milestone.FieldNotes, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Milestone.UpdateOneID(id).SetNotes(m.S).Exec(ctx)
			}),
		Create: entWrite("Milestone.Create", milestone.FieldTitle, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newMilestone(tn.Project).SetTitle(m.S).Exec(ctx)
			}),
	},
	{
		Table: invoice.Table, Label: "Invoice", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Invoice.ID }),
		List: nestedList("Project", "invoices", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("Invoice.UpdateOne", invoice.FieldSupplierName, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Invoice.UpdateOneID(id).SetSupplierName(m.S).Exec(ctx)
			}),
		Create: entWrite("Invoice.Create", invoice.FieldNumber, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newInvoice(tn.Project).SetNumber(m.S).Exec(ctx)
			}),
	},
	{
		Table: payment.Table, Label: "Payment", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Payment.ID }),
		List: nestedList("Invoice", "payments", func(tn *fixtureTenant) pulid.ID { return tn.Invoice.ID }),
		Update: entWrite("Payment.UpdateOne", payment.FieldMandateNumber, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Payment.UpdateOneID(id).SetMandateNumber(m.S).Exec(ctx)
			}),
		Create: entWrite("Payment.Create", payment.FieldMandateNumber, false, RoleAdmin|RoleLead, "Invoice",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newPayment(tn.Invoice).SetMandateNumber(m.S).Exec(ctx)
			}),
	},
	{
		// Invoice shares are written by the invoice services only (readOnly
		// in GraphQL); at the data layer the lead manager's Invoice rights
		// do not reach them: only the system (services) and admins write.
		Table: invoiceshare.Table, Label: "InvoiceShare", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.InvoiceShare.ID }),
		List: nestedList("Invoice", "shares", func(tn *fixtureTenant) pulid.ID { return tn.Invoice.ID }),
		Update: entWrite("InvoiceShare.UpdateOne", invoiceshare.FieldAmountCents, true, RoleAdmin, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.InvoiceShare.UpdateOneID(id).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: expenseclaim.Table, Label: "ExpenseClaim (submitted)", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Claim.ID }),
		List: nestedList("Project", "expenseClaims", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("ExpenseClaim.UpdateOne", expenseclaim.FieldNarrative, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.ExpenseClaim.UpdateOneID(id).SetNarrative(m.S).Exec(ctx)
			}),
		Create: entWrite("ExpenseClaim.Create", expenseclaim.FieldNarrative, false, RoleAdmin|RoleLead, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newClaim(tn.Project).SetNarrative(m.S).Exec(ctx)
			}),
	},
	{
		Table: expenseclaim.Table, Label: "ExpenseClaim (draft)", Rule: ruleDrafts, Reads: RoleLead | RoleMember,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftClaim.ID }),
		List: nestedList("Project", "expenseClaims", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		Update: entWrite("ExpenseClaim.UpdateOne", expenseclaim.FieldNarrative, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.ExpenseClaim.UpdateOneID(id).SetNarrative(m.S).Exec(ctx)
			}),
	},
	{
		Table: expenseitem.Table, Label: "ExpenseItem", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Item.ID }),
		List: nestedList("ExpenseClaim", "items", func(tn *fixtureTenant) pulid.ID { return tn.Claim.ID }),
		Update: entWrite("ExpenseItem.UpdateOne", expenseitem.FieldClaimedCents, true, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.ExpenseItem.UpdateOneID(id).SetClaimedCents(m.N).Exec(ctx)
			}),
		Create: entWrite("ExpenseItem.Create", expenseitem.FieldClaimedCents, true, RoleAdmin|RoleLead, "ExpenseClaim (submitted)",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newItem(tn.Claim, tn).SetClaimedCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: expenseitem.Table, Label: "ExpenseItem (draft claim)", Rule: ruleDrafts, Reads: RoleLead | RoleMember,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftItem.ID }),
		List: nestedList("ExpenseClaim", "items", func(tn *fixtureTenant) pulid.ID { return tn.DraftClaim.ID }),
		Update: entWrite("ExpenseItem.UpdateOne", expenseitem.FieldClaimedCents, true, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.ExpenseItem.UpdateOneID(id).SetClaimedCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: review.Table, Label: "Review", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Review.ID }),
		List: nestedList("ExpenseClaim", "reviews", func(tn *fixtureTenant) pulid.ID { return tn.Claim.ID }),
		// Auditors record reviews (and edit nothing else).
		Update: entWrite("Review.UpdateOne", review.FieldComments, false, RoleAdmin|RoleAuditor, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Review.UpdateOneID(id).SetComments(m.S).Exec(ctx)
			}),
		Create: entWrite("Review.Create", review.FieldComments, false, RoleAdmin|RoleAuditor, "ExpenseClaim (submitted)",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newReview(tn.Claim).SetComments(m.S).Exec(ctx)
			}),
	},
	{
		Table: disbursement.Table, Label: "Disbursement", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Disbursement.ID }),
		List: nestedList("Project", "disbursements", func(tn *fixtureTenant) pulid.ID { return tn.Project.ID }),
		// The Region pays: officers (policy: REGION_OFFICER Disbursement create, update).
		Update: entWrite("Disbursement.UpdateOne", disbursement.FieldAmountCents, true, RoleAdmin|RoleOfficer, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Disbursement.UpdateOneID(id).SetAmountCents(m.N).Exec(ctx)
			}),
		Create: entWrite("Disbursement.Create", disbursement.FieldAmountCents, true, RoleAdmin|RoleOfficer, "Project",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDisbursement(tn.Project).SetAmountCents(m.N).Exec(ctx)
			}),
	},
	{
		Table: document.Table, Label: "Document (referent's body)", Rule: ruleTenantData, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.Document.ID }),
		List: nestedList("Agreement", "documents", func(tn *fixtureTenant) pulid.ID { return tn.Agreement.ID }),
		Update: entWrite("Document.UpdateOne", document.FieldFilename, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Document.UpdateOneID(id).SetFilename(m.S).Exec(ctx)
			}),
		// policy.csv: officers, auditors, leads and member referents (for
		// their own body) upload documents.
		// Region roles upload nothing yet: their documents (review minutes)
		// are made by the system.
		Create: entWrite("Document.Create", document.FieldFilename, false, RoleAdmin|RoleLead|RoleMember, "Aggregation",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDocument(tn, tn.ReferentBody()).SetFilename(m.S).Exec(ctx)
			}),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (another member's body)", Rule: ruleMemberOwn, Reads: RoleOfficer | RoleAuditor | RoleLead,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.OtherDocument.ID }),
		List: nestedList("Agreement", "documents", func(tn *fixtureTenant) pulid.ID { return tn.Agreement.ID }),
		Update: entWrite("Document.UpdateOne", document.FieldFilename, false, RoleAdmin|RoleLead, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) error {
				return f.C.Document.UpdateOneID(id).SetFilename(m.S).Exec(ctx)
			}),
		Create: entWrite("Document.Create", document.FieldFilename, false, RoleAdmin|RoleLead, "Aggregation",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDocument(tn, tn.OtherBody()).SetFilename(m.S).Exec(ctx)
			}),
		Download: documentPath,
	},
	{
		// A member referent changes only its own body's rows: not the
		// aggregation's shared documents.
		Table: document.Table, Label: "Document (shared, attached to the contract)", Rule: ruleDocument, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.ContractDocument.ID }),
		List: nestedList("Contract", "documents", func(tn *fixtureTenant) pulid.ID { return tn.Contract.ID }),
		Create: entWrite("Document.Create", document.FieldFilename, false, RoleAdmin|RoleLead, "Aggregation",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.newDocument(tn, nil).SetFilename(m.S).Exec(ctx)
			}),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (another member's deliverable evidence)", Rule: ruleDocument, Reads: RoleOfficer | RoleAuditor | RoleLead,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.EvidenceDocument.ID }),
		List:     nestedList("Deliverable", "documents", func(tn *fixtureTenant) pulid.ID { return tn.OtherDeliverable.ID }),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (attachment of a draft claim)", Rule: ruleDocument, Reads: RoleLead | RoleMember,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftClaimDocument.ID }),
		List:     nestedList("ExpenseClaim", "documents", func(tn *fixtureTenant) pulid.ID { return tn.DraftClaim.ID }),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (report of a submitted claim)", Rule: ruleDocument, Reads: RoleOfficer | RoleAuditor | RoleLead,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.ReportDocument.ID }),
		List:     nestedList("ExpenseClaim", "documents", func(tn *fixtureTenant) pulid.ID { return tn.Claim.ID }),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (attachment of a draft application)", Rule: ruleDocument, Reads: RoleLead | RoleMember,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftAppDocument.ID }),
		List:     nestedList("Application", "documents", func(tn *fixtureTenant) pulid.ID { return tn.DraftApplication.ID }),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (attachment of a draft variation)", Rule: ruleDocument + "; a variation, drafts included, is read by every member and the Region", Reads: TenantRoles,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.VariationDocument.ID }),
		List:     nestedList("Variation", "documents", func(tn *fixtureTenant) pulid.ID { return tn.DraftVariation.ID }),
		Download: documentPath,
	},
	{
		Table: document.Table, Label: "Document (attached to nothing)", Rule: ruleDocument, Reads: RoleLead | RoleMember,
		Row:      tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.LooseDocument.ID }),
		Download: documentPath,
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (project)", Rule: ruleAudit, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.ProjectEvent.ID }),
		List: topList("auditEvents"),
		// Append-only: nobody, not even an admin, changes or forges it.
		Update: &writeSpec{Op: "AuditEvent.UpdateOne", Who: NoRoles, AnyRefusal: true,
			Ent: func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) error {
				return f.C.AuditEvent.UpdateOneID(id).Exec(ctx)
			},
			Changed: updatedSince(func(f *authzFixture, id pulid.ID) (time.Time, error) {
				e, err := f.C.AuditEvent.Get(f.Sys, id)
				if err != nil {
					return time.Time{}, err
				}
				return e.UpdatedAt, nil
			}, func(tn *fixtureTenant) time.Time { return tn.ProjectEvent.UpdatedAt }),
		},
		Create: entWrite("AuditEvent.Create", auditevent.FieldEntityID, false, NoRoles, "",
			func(ctx context.Context, f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.C.AuditEvent.Create().SetEntityType("Project").SetEntityID(m.S).SetOperation("UPDATE").
					SetAggregationID(string(tn.Aggregation.ID)).SetRegionBodyID(string(tn.Region.ID)).Exec(ctx)
			}).anyRefusal(),
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (draft application)", Rule: ruleAudit, Reads: RoleLead | RoleMember,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftApplicationEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (draft expense claim)", Rule: ruleAudit, Reads: RoleLead | RoleMember,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.DraftClaimEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		// Finding 4 of issue #23: updates and deletions carry the row's
		// scope, so those who read the row read its history.
		Table: auditevent.Table, Label: "AuditEvent (update of a project row)", Rule: ruleAudit, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.UpdateEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (bulk deletion of a project row)", Rule: ruleAudit, Reads: TenantRoles,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.BulkDeleteEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (another member's deliverable)", Rule: ruleAudit, Reads: RoleOfficer | RoleAuditor | RoleLead,
		Row:  tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.OtherDeliverableEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		Table: auditevent.Table, Label: "AuditEvent (API token created)", Rule: ruleAuditOwn, Reads: AnySignedIn,
		Row:  selfRow(func(v *fixtureViewer) pulid.ID { return v.TokenEvent.ID }),
		List: topList("auditEvents"),
	},
	{
		Table: user.Table, Label: "User", Rule: ruleAccount, Reads: AnySignedIn,
		Row:  selfRow(func(v *fixtureViewer) pulid.ID { return v.User.ID }),
		List: topList("users"),
		Update: &writeSpec{Op: "setPassword", Who: AnySignedIn, Late: true,
			GQL: `mutation($u: ID!, $p: String!, $c: String) { setPassword(userID: $u, password: $p, currentPassword: $c) }`,
			Vars: func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) map[string]any {
				return map[string]any{"u": id, "p": "password-" + m.S, "c": matrixPassword}
			},
			// Another user's password is a user's of its own: a change
			// revokes the user's tokens, which the other viewer's cases use.
			Target: func(t *testing.T, f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID {
				if tn == v.Home {
					return v.User.ID
				}
				return saveFixture(t, f.Sys, f.C.User.Create().SetEmail("estraneo-"+f.marker().S+"@capofila.test").SetDisplayName("Estraneo")).ID
			},
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, m marker) (bool, error) {
				u, err := f.C.User.Get(f.Sys, id)
				if err != nil {
					return false, err
				}
				return auth.VerifyPassword(u.PasswordHash, "password-"+m.S), nil
			},
		},
		Create: gqlCreate("createUser", "CreateUserInput", user.FieldEmail, RoleAdmin, "",
			func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"email": m.S + "@capofila.test", "displayName": m.S, "password": "password-di-prova"}
			}).global().ownOnly().withChanged(func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) (bool, error) {
			return f.C.User.Query().Where(user.Email(m.S + "@capofila.test")).Exist(f.Sys)
		}),
	},
	{
		Table: roleassignment.Table, Label: "RoleAssignment", Rule: ruleAccount, Reads: AnySignedIn,
		Row: selfRow(func(v *fixtureViewer) pulid.ID {
			if v.Role == nil {
				return ""
			}
			return v.Role.ID
		}),
		List: &listSpec{Field: "roleAssignments", Type: "User", Parent: selfRow(func(v *fixtureViewer) pulid.ID { return v.User.ID })},
		// Revoking is admin-only; each case revokes a fresh copy of the
		// user's assignment, which leaves what the user may do unchanged (it
		// runs late: while a copy exists, granting the same role again is
		// ambiguous).
		Update: &writeSpec{Op: "revokeRole", Who: RoleAdmin, Late: true,
			GQL: `mutation($id: ID!) { revokeRole(id: $id) }`,
			Vars: func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) map[string]any {
				return map[string]any{"id": id}
			},
			Target: func(t *testing.T, f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID {
				owner := accountOwner(tn, v)
				if owner.Grant == nil {
					return ""
				}
				// Copies make Grant's lookup ambiguous: remove what is left
				// of this one when the case ends.
				id := saveFixture(t, f.Sys, f.roleCopy(owner)).ID
				t.Cleanup(func() { _, _ = f.C.RoleAssignment.Delete().Where(roleassignment.ID(id)).Exec(f.Sys) })
				return id
			},
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				ok, err := f.C.RoleAssignment.Query().Where(roleassignment.ID(id)).Exist(f.Sys)
				return !ok, err
			},
		},
		// Granting is admin-only; a grant identical to an existing one
		// changes nothing, so only a denied grant is checked (audit log).
		Create: &writeSpec{Op: "grantRole", Who: RoleAdmin, Parent: "User",
			GQL: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
			Vars: func(_ *authzFixture, tn *fixtureTenant, v *fixtureViewer, _ pulid.ID, _ marker) map[string]any {
				owner := accountOwner(tn, v)
				g := owner.Grant
				if g == nil {
					g = &authz.Grant{Role: authz.Admin}
				}
				in := map[string]any{"userID": owner.User.ID, "role": string(g.Role)}
				for k, id := range map[string]pulid.ID{"regionBodyID": g.RegionBodyID, "aggregationID": g.AggregationID, "bodyID": g.BodyID} {
					if id != "" {
						in[k] = id
					}
				}
				return map[string]any{"input": in}
			},
		},
	},
	{
		Table: apitoken.Table, Label: "APIToken", Rule: ruleAccount, Reads: AnySignedIn,
		Row:  selfRow(func(v *fixtureViewer) pulid.ID { return v.SpareToken.ID }),
		List: &listSpec{Field: "apiTokens", Type: "User", Parent: selfRow(func(v *fixtureViewer) pulid.ID { return v.User.ID })},
		Update: &writeSpec{Op: "revokeAPIToken", Who: AnySignedIn,
			GQL: `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`,
			Vars: func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) map[string]any {
				return map[string]any{"id": id}
			},
			Target: func(t *testing.T, f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID {
				owner := accountOwner(tn, v)
				ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: owner.User.ID, Email: owner.User.Email})
				_, tok := mustFixture2(f.Server.Auth().CreateToken(ctx, "da revocare", nil))(t)
				return tok.ID
			},
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				tok, err := f.C.APIToken.Get(f.Sys, id)
				if err != nil {
					return false, err
				}
				return tok.RevokedAt != nil, nil
			},
		},
		Create: gqlCreate("createAPIToken", "CreateAPITokenInput", apitoken.FieldName, AnySignedIn, "",
			func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, m marker) map[string]any {
				return map[string]any{"name": m.S}
			}).ownOnly().withGQL(`mutation($input: CreateAPITokenInput!) { createAPIToken(input: $input) { apiToken { id } } }`),
	},
	{
		// Read here through node(); the inbox (notifications) lists only the
		// viewer's own, administrators' included, and markNotificationsRead
		// changes only the viewer's own (internal/notify tests).
		Table: notification.Table, Label: "Notification", Rule: ruleAccount, Reads: AnySignedIn,
		Row: selfRow(func(v *fixtureViewer) pulid.ID { return v.Notice.ID }),
	},
	{
		// A user's e-mail choices: read and set by that user only, through
		// setNotificationPreference, which names no user (no "other" form);
		// the data layer lets only admins write them directly.
		Table: notificationpreference.Table, Label: "NotificationPreference", Rule: ruleAccount, Reads: AnySignedIn,
		Row: selfRow(func(v *fixtureViewer) pulid.ID { return v.Preference.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.NotificationPreference.Query().Where(notificationpreference.ID(id)).Exist(ctx)
		},
		Update: (&writeSpec{Op: "setNotificationPreference", Who: AnySignedIn,
			GQL:  `mutation { setNotificationPreference(kind: DEADLINE_REMINDER, delivery: OFF) { version } }`,
			Vars: func(*authzFixture, *fixtureTenant, *fixtureViewer, pulid.ID, marker) map[string]any { return nil },
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				p, err := f.C.NotificationPreference.Get(f.Sys, id)
				if err != nil {
					return false, err
				}
				return p.Delivery == notifykind.Off, nil
			},
		}).ownOnly(),
	},
	{
		// The secret of the unsubscribe link: only the system reads and
		// writes it (the link itself works without signing in).
		Table: unsubscribetoken.Table, Label: "UnsubscribeToken", Rule: ruleSystem, Reads: NoRoles,
		Row: selfRow(func(v *fixtureViewer) pulid.ID { return v.Unsubscribe.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.UnsubscribeToken.Query().Where(unsubscribetoken.ID(id)).Exist(ctx)
		},
		Update: &writeSpec{Op: "UnsubscribeToken.UpdateOne", Who: NoRoles, AnyRefusal: true,
			Ent: func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) error {
				return f.C.UnsubscribeToken.UpdateOneID(id).SetUsedAt(time.Now()).Exec(ctx)
			},
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				tok, err := f.C.UnsubscribeToken.Get(f.Sys, id)
				if err != nil {
					return false, err
				}
				return tok.UsedAt != nil, nil
			},
		},
	},
	{
		// A feed's secret is its own credential (GET /calendar/…, tested in
		// calendar_test.go); here, who sees and manages the rows.
		Table: calendarfeed.Table, Label: "CalendarFeed", Rule: ruleAccount, Reads: AnySignedIn,
		Row:  selfRow(func(v *fixtureViewer) pulid.ID { return v.SpareFeed.ID }),
		List: &listSpec{Field: "calendarFeeds", Type: "User", Parent: selfRow(func(v *fixtureViewer) pulid.ID { return v.User.ID })},
		Update: &writeSpec{Op: "revokeCalendarFeed", Who: AnySignedIn,
			GQL: `mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }`,
			Vars: func(_ *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) map[string]any {
				return map[string]any{"id": id}
			},
			// A new feed per case, written directly: refused revocations
			// leave theirs active, beyond the limit a user may create.
			Target: func(t *testing.T, f *authzFixture, tn *fixtureTenant, v *fixtureViewer) pulid.ID {
				owner := accountOwner(tn, v)
				return saveFixture(t, f.Sys, f.C.CalendarFeed.Create().SetUserID(owner.User.ID).
					SetTokenHash(randomTokenHash()).SetPrefix("cal_matrix")).ID
			},
			// Whether it was revoked; then the case's feed is revoked in
			// any case, so that the owner's active feeds stay under the limit.
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				feed, err := f.C.CalendarFeed.Get(f.Sys, id)
				if err != nil || feed.RevokedAt != nil {
					return err == nil, err
				}
				return false, feed.Update().SetRevokedAt(time.Now()).Exec(f.Sys)
			},
		},
		// createCalendarFeed takes no input: the audit event of the
		// request's creation tells whether it landed. Late: after the
		// revocations, whose feeds count against the limit until revoked.
		Create: (&writeSpec{Op: "createCalendarFeed", Who: AnySignedIn, Late: true,
			GQL:  `mutation { createCalendarFeed { calendarFeed { id } } }`,
			Vars: func(*authzFixture, *fixtureTenant, *fixtureViewer, pulid.ID, marker) map[string]any { return nil },
		}).ownOnly().withChanged(func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) (bool, error) {
			return f.C.AuditEvent.Query().Where(auditevent.EntityType("CalendarFeed"), auditevent.Operation("CREATE"),
				auditevent.RequestID(fmt.Sprintf("authz-%s-%d", testdb.Name(f.DB.Dialect), m.N))).Exist(f.Sys)
		}),
	},
	{
		Table: session.Table, Label: "Session", Rule: ruleSystem, Reads: NoRoles,
		Row: selfRow(func(v *fixtureViewer) pulid.ID { return v.Session.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.Session.Query().Where(session.ID(id)).Exist(ctx)
		},
		Update: &writeSpec{Op: "Session.UpdateOne", Who: NoRoles, AnyRefusal: true,
			Ent: func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) error {
				return f.C.Session.UpdateOneID(id).SetExpiresAt(time.Now().Add(30 * 24 * time.Hour)).Exec(ctx)
			},
			Changed: func(f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
				s, err := f.C.Session.Get(f.Sys, id)
				if err != nil {
					return false, err
				}
				return s.ExpiresAt.After(time.Now().Add(7 * 24 * time.Hour)), nil
			},
		},
		Create: entWrite("Session.Create", session.FieldTokenHash, false, NoRoles, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, v *fixtureViewer, _ pulid.ID, m marker) error {
				return f.C.Session.Create().SetUserID(v.User.ID).SetTokenHash(m.S).SetExpiresAt(time.Now().Add(time.Hour)).Exec(ctx)
			}).anyRefusal(),
	},
	{
		Table: signinattempt.Table, Label: "SignInAttempt", Rule: ruleSystem, Reads: NoRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.SignInAttempt.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.SignInAttempt.Query().Where(signinattempt.ID(id)).Exist(ctx)
		},
		Update: &writeSpec{Op: "SignInAttempt.UpdateOne", Who: NoRoles, AnyRefusal: true,
			Ent: func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) error {
				return f.C.SignInAttempt.UpdateOneID(id).Exec(ctx)
			},
			Changed: updatedSince(func(f *authzFixture, id pulid.ID) (time.Time, error) {
				a, err := f.C.SignInAttempt.Get(f.Sys, id)
				if err != nil {
					return time.Time{}, err
				}
				return a.UpdatedAt, nil
			}, func(tn *fixtureTenant) time.Time { return tn.SignInAttempt.UpdatedAt }),
		},
		Create: entWrite("SignInAttempt.Create", signinattempt.FieldEmail, false, NoRoles, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, _ *fixtureViewer, _ pulid.ID, m marker) error {
				return f.C.SignInAttempt.Create().SetEmail(m.S).SetIP("192.0.2.9").Exec(ctx)
			}).anyRefusal(),
	},
	{
		// Recorded answers of mutations sent with an Idempotency-Key: only
		// the Transactioner, acting as the system, reads and writes them.
		Table: idempotencykey.Table, Label: "IdempotencyKey", Rule: ruleSystem, Reads: NoRoles,
		Row: tenantRow(func(tn *fixtureTenant) pulid.ID { return tn.IdempotencyKey.ID }),
		EntRead: func(ctx context.Context, c *gen.Client, id pulid.ID) (bool, error) {
			return c.IdempotencyKey.Query().Where(idempotencykey.ID(id)).Exist(ctx)
		},
		Create: entWrite("IdempotencyKey.Create", idempotencykey.FieldKey, false, NoRoles, "",
			func(ctx context.Context, f *authzFixture, _ *fixtureTenant, v *fixtureViewer, _ pulid.ID, m marker) error {
				return f.C.IdempotencyKey.Create().SetUserID(v.User.ID).SetKey(m.S).
					SetRequestSha256(strings.Repeat("b", 64)).SetResponse([]byte(`{}`)).Exec(ctx)
			}).anyRefusal(),
	},
}

func (w *writeSpec) withChanged(fn func(f *authzFixture, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker) (bool, error)) *writeSpec {
	w.Changed = fn
	return w
}

func (w *writeSpec) withGQL(q string) *writeSpec { w.GQL = q; return w }

// accountOwner is whose account an account row of tenant tn is, for v.
func accountOwner(tn *fixtureTenant, v *fixtureViewer) *fixtureViewer {
	if tn == v.Home {
		return v
	}
	return v.Other
}

// updatedSince reports a change of a row nobody may write by its updated_at.
func updatedSince(get func(f *authzFixture, id pulid.ID) (time.Time, error), orig func(tn *fixtureTenant) time.Time) func(*authzFixture, *fixtureTenant, *fixtureViewer, pulid.ID, marker) (bool, error) {
	return func(f *authzFixture, tn *fixtureTenant, _ *fixtureViewer, id pulid.ID, _ marker) (bool, error) {
		at, err := get(f, id)
		if err != nil {
			return false, err
		}
		return !at.Equal(orig(tn)), nil
	}
}

// Expectations.

// Outcomes of a case, as shown in the matrix.
const (
	outVisible = "visible"
	outHidden  = "hidden"
	outOK      = "OK"
)

// visibleTo reports whether the rules let v read the row of spec s in its
// own tenant (own) or in the other.
func (s *entitySpec) visibleTo(v *fixtureViewer, own bool) bool {
	switch {
	case v.Kind == RoleAnon:
		return false
	case v.Kind == RoleAdmin || s.Public:
		return true
	}
	return own && s.Reads.has(v.Kind)
}

// wantRead is the expected outcome of reading the row.
func (s *entitySpec) wantRead(v *fixtureViewer, own bool) string {
	switch {
	case v.Kind == RoleAnon:
		return "UNAUTHENTICATED"
	case s.visibleTo(v, own):
		return outVisible
	}
	return outHidden
}

// wantWrite is the expected outcome of a write: UNAUTHENTICATED without a
// viewer; NOT_FOUND when the row (or the parent of a new row) is unreadable;
// OK (CONFLICT if frozen) when permitted in scope; FORBIDDEN otherwise.
func wantWrite(w *writeSpec, readable bool, v *fixtureViewer, own bool) string {
	switch {
	case v.Kind == RoleAnon:
		return "UNAUTHENTICATED"
	case !readable && w.AnyRefusal:
		return outRefused
	case !readable:
		return "NOT_FOUND"
	case w.Who.has(v.Kind) && (own || w.Global || v.Kind == RoleAdmin):
		if w.Frozen {
			return "CONFLICT"
		}
		return outOK
	case w.AnyRefusal:
		return outRefused
	}
	return "FORBIDDEN"
}

// outRefused is the expected outcome of a system-only write.
const outRefused = "FORBIDDEN|NOT_FOUND"

// outcomeMatches reports whether an outcome is the expected one.
func outcomeMatches(got, want string) bool {
	return got == want || (want == outRefused && (got == "FORBIDDEN" || got == "NOT_FOUND"))
}

// specByLabel finds a line of the table.
func specByLabel(label string) *entitySpec {
	for _, s := range authzTable {
		if s.Label == label {
			return s
		}
	}
	panic("no line " + label + " in authzTable")
}

// Results, for the Markdown matrix.

// matrixCellKey is one cell of the Markdown matrix: a line of the table, an
// operation, a viewer and a side (own tenant or not).
type matrixCellKey struct {
	label, op, viewer string
	own               bool
}

type matrixCell struct{ want, got string }

// matrixResults collects the outcome of every case, for the Markdown matrix.
type matrixResults struct {
	mu    sync.Mutex
	cells map[matrixCellKey]matrixCell
	ops   map[string][]string // label → ops in order
	cases int
}

func (r *matrixResults) record(k matrixCellKey, want, got string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cells == nil {
		r.cells, r.ops = map[matrixCellKey]matrixCell{}, map[string][]string{}
	}
	r.cells[k] = matrixCell{want, got}
	if !slices.Contains(r.ops[k.label], k.op) {
		r.ops[k.label] = append(r.ops[k.label], k.op)
	}
	r.cases++
}

// TestAuthorizationMatrix checks every line of authzTable for every viewer,
// in both tenants, through every way to reach a row, on every database.
func TestAuthorizationMatrix(t *testing.T) {
	t.Parallel()
	t.Run("EveryEntityHasALine", func(t *testing.T) {
		lines := map[string]bool{}
		for _, s := range authzTable {
			lines[s.Table] = true
		}
		var missing []string
		for _, tbl := range migrate.Tables {
			if isJoinTable(tbl.PrimaryKey) {
				continue
			}
			if !lines[tbl.Name] {
				missing = append(missing, tbl.Name)
			}
		}
		if len(missing) > 0 {
			t.Errorf("entity tables without a line in authzTable (say who reads and writes them): %s", strings.Join(missing, ", "))
		}
	})
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		start := time.Now()
		f := newAuthzFixture(t, d)
		var res matrixResults
		// First every case that leaves the other rows alone, in parallel;
		// then the late ones (setPassword ends the user's sessions).
		for _, late := range []bool{false, true} {
			t.Run(map[bool]string{false: "Cases", true: "LateCases"}[late], func(t *testing.T) {
				for _, s := range authzTable {
					for _, v := range f.Viewers {
						for _, tn := range []*fixtureTenant{v.Home, f.other(v.Home)} {
							runCases(t, f, &res, s, v, tn, late)
						}
					}
				}
				if !late {
					runDownloads(t, f, &res)
					runEdgeInputs(t, f, &res)
				}
			})
		}
		t.Logf("%d cases on %s in %v", res.cases, testdb.Name(d.Dialect), time.Since(start).Round(time.Millisecond))
		t.Logf("authorization matrix on %s (✓ visible/OK, ✗ not visible, F FORBIDDEN, N NOT_FOUND, C CONFLICT: permitted but frozen, U UNAUTHENTICATED, ‼ differs from the rules: got(want)):\n%s",
			testdb.Name(d.Dialect), res.markdown(f))
	})
}

// isJoinTable reports whether a table is an M2M join table: a composite
// primary key, no "id" column of its own.
func isJoinTable(pk []*schema.Column) bool {
	return len(pk) != 1 || pk[0].Name != "id"
}

// runCases adds the subtests of one line × viewer × tenant.
func runCases(t *testing.T, f *authzFixture, res *matrixResults, s *entitySpec, v *fixtureViewer, tn *fixtureTenant, late bool) {
	own := tn == v.Home
	side := map[bool]string{true: "own", false: "other"}[own]
	id := s.Row(f, tn, v)
	name := func(op string) string { return fmt.Sprintf("%s/%s/%s/%s", s.Label, op, v.Name, side) }
	key := func(op string) matrixCellKey { return matrixCellKey{s.Label, op, v.Name, own} }
	if !late && id != "" {
		t.Run(name("read"), func(t *testing.T) {
			t.Parallel()
			want := s.wantRead(v, own)
			got := readNode(t, f, s, v, id)
			res.record(key("read"), want, got)
			if got != want {
				t.Errorf("%s reading %s %s of tenant %s: got %s, want %s (rule: %s)", v.Name, s.Label, id, tn.Name, got, want, s.Rule)
			}
		})
		if s.Download != nil {
			t.Run(name("download"), func(t *testing.T) {
				t.Parallel()
				want := map[string]int{outVisible: 200, outHidden: 404, "UNAUTHENTICATED": 401}[s.wantRead(v, own)]
				code, body := v.http.get(t, s.Download(id))
				res.record(key("download"), fmt.Sprint(want), fmt.Sprint(code))
				if code != want {
					t.Errorf("%s downloading %s %s of tenant %s: HTTP %d, want %d (rule: %s) %.200s", v.Name, s.Label, id, tn.Name, code, want, s.Rule, body)
				}
			})
		}
		if s.List != nil {
			t.Run(name("list"), func(t *testing.T) {
				t.Parallel()
				want := s.wantRead(v, own)
				got := readList(t, f, s, v, tn, id)
				res.record(key("list "+s.List.Field), want, got)
				if got != want {
					t.Errorf("%s listing %s: %s %s of tenant %s: got %s, want %s (rule: %s)", v.Name, s.List.Field, s.Label, id, tn.Name, got, want, s.Rule)
				}
			})
		}
	}
	for _, w := range []*writeSpec{s.Update, s.Create} {
		if w == nil || w.Late != late || (w.OwnOnly && !own) {
			continue
		}
		isCreate := w == s.Create
		verb := map[bool]string{false: "update", true: "create"}[isCreate]
		if !isCreate && id == "" {
			continue
		}
		t.Run(name(verb), func(t *testing.T) {
			t.Parallel()
			target := id
			if !isCreate && w.Target != nil {
				if target = w.Target(t, f, tn, v); target == "" {
					t.Skip("no row to write")
				}
			}
			readable := true
			if isCreate && w.Parent != "" {
				readable = specByLabel(w.Parent).visibleTo(v, own)
			} else if !isCreate {
				readable = s.visibleTo(v, own)
			}
			want := wantWrite(w, readable, v, own)
			got := write(t, f, s, w, v, tn, target, isCreate, want)
			res.record(key(verb+" "+w.Op), want, got)
		})
	}
}

// readNode reads the row through node(id:) (or the Ent client, for types
// that are not GraphQL nodes) and returns visible, hidden or the error codes.
func readNode(t *testing.T, f *authzFixture, s *entitySpec, v *fixtureViewer, id pulid.ID) string {
	t.Helper()
	if s.EntRead != nil {
		ok, err := s.EntRead(v.ctx(""), f.C, id)
		switch {
		case err != nil:
			code := entCode(v, err)
			if code == "NOT_FOUND" || code == "FORBIDDEN" {
				// Not reachable over the API: a refusal is as good as absence.
				return outHidden
			}
			return code
		case ok:
			return outVisible
		}
		return outHidden
	}
	r := v.gql(t, "", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
	var data struct {
		Node *struct{ ID pulid.ID } `json:"node"`
	}
	if r.hasData() {
		r.decode(t, &data)
	}
	if codes := errorCodes(r); codes != "" && codes != "NOT_FOUND" {
		return codes
	}
	switch {
	case data.Node != nil && data.Node.ID == id:
		if len(r.Errors) > 0 {
			return "visible with errors " + errorCodes(r)
		}
		return outVisible
	case data.Node != nil:
		return "wrong node " + string(data.Node.ID)
	}
	return outHidden
}

// readList reads the row through its connection, filtered to the fixture's
// rows of the same table: the row must be there exactly when visible, no
// row the viewer may not read may be there, and totalCount must count the
// edges (never unreadable rows).
func readList(t *testing.T, f *authzFixture, s *entitySpec, v *fixtureViewer, tn *fixtureTenant, id pulid.ID) string {
	t.Helper()
	var ids []pulid.ID
	canSee := map[pulid.ID]bool{}
	for _, o := range authzTable {
		if o.Table != s.Table {
			continue
		}
		for _, otn := range f.tenants() {
			if oid := o.Row(f, otn, v); oid != "" {
				if !slices.Contains(ids, oid) {
					ids = append(ids, oid)
				}
				canSee[oid] = canSee[oid] || o.visibleTo(v, otn == v.Home)
			}
		}
	}
	conn := fmt.Sprintf(`c: %s(first: 100, where: {idIn: $ids}) { totalCount edges { node { id } } }`, s.List.Field)
	var (
		q    string
		vars = map[string]any{"ids": ids}
	)
	if s.List.Parent == nil {
		q = `query($ids: [ID!]) { ` + conn + ` }`
	} else {
		q = fmt.Sprintf(`query($p: ID!, $ids: [ID!]) { node(id: $p) { ... on %s { %s } } }`, s.List.Type, conn)
		vars["p"] = s.List.Parent(f, tn, v)
	}
	r := v.gql(t, "", q, vars)
	if codes := errorCodes(r); codes != "" && codes != "NOT_FOUND" {
		return codes
	}
	type connection struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node struct{ ID pulid.ID } `json:"node"`
		} `json:"edges"`
	}
	var c *connection
	if r.hasData() {
		if s.List.Parent == nil {
			var data struct{ C *connection }
			r.decode(t, &data)
			c = data.C
		} else {
			var data struct {
				Node *struct{ C *connection }
			}
			r.decode(t, &data)
			if data.Node != nil {
				c = data.Node.C
			}
		}
	}
	if c == nil {
		return outHidden
	}
	found := false
	want := 0
	for _, oid := range ids {
		if canSee[oid] {
			want++
		}
	}
	for _, e := range c.Edges {
		if e.Node.ID == id {
			found = true
		}
		if !canSee[e.Node.ID] {
			t.Errorf("%s: %s lists %s, a row %s may not read (rule: %s)", v.Name, s.List.Field, e.Node.ID, v.Name, s.Rule)
		}
	}
	if c.TotalCount != len(c.Edges) {
		t.Errorf("%s: %s has totalCount %d but %d edges: totalCount must count only readable rows", v.Name, s.List.Field, c.TotalCount, len(c.Edges))
	}
	if s.List.Parent == nil && c.TotalCount != want {
		t.Errorf("%s: %s(where: {idIn: %d fixture rows}) has totalCount %d, want %d (the rows %s may read)", v.Name, s.List.Field, len(ids), c.TotalCount, want, v.Name)
	}
	if found {
		return outVisible
	}
	return outHidden
}

// write makes one write as v and checks its outcome and its effect: a
// denied write changes nothing (no marker in the database, no audit event
// of the request); a permitted one lands.
func write(t *testing.T, f *authzFixture, s *entitySpec, w *writeSpec, v *fixtureViewer, tn *fixtureTenant, id pulid.ID, isCreate bool, want string) string {
	t.Helper()
	if !isCreate {
		// Viewers write the same row in parallel subtests: one at a time,
		// or another's marker may land between a write and its check.
		mu, _ := f.rowLocks.LoadOrStore(id, &sync.Mutex{})
		mu.(*sync.Mutex).Lock()
		defer mu.(*sync.Mutex).Unlock()
	}
	m := f.marker()
	reqID := fmt.Sprintf("authz-%s-%d", testdb.Name(f.DB.Dialect), m.N)
	var got string
	if w.GQL != "" {
		r := v.gql(t, reqID, w.GQL, w.Vars(f, tn, v, id, m))
		got = errorCodes(r)
		if got == "" {
			got = outOK
		}
	} else {
		got = outOK
		if err := w.Ent(v.ctx(reqID), f, tn, v, id, m); err != nil {
			if strings.HasPrefix(err.Error(), "setup:") {
				t.Fatalf("%v", err)
			}
			got = entCode(v, err)
			if got == "INTERNAL" {
				t.Logf("%s %s: %v", v.Name, w.Op, err)
			}
		}
	}
	what := fmt.Sprintf("%s: %s of %s %s in tenant %s", v.Name, w.Op, s.Label, id, tn.Name)
	if isCreate {
		what = fmt.Sprintf("%s: %s (%s) in tenant %s", v.Name, w.Op, s.Label, tn.Name)
	}
	if !outcomeMatches(got, want) {
		t.Errorf("%s: got %s, want %s (%s may %s; a denied write of a readable row is FORBIDDEN, of an unreadable one NOT_FOUND)",
			what, got, want, whoString(w.Who, w.Global), w.Op)
	}
	changed, err := landed(f, s, w, tn, v, id, m, isCreate)
	if err != nil {
		t.Fatalf("%s: reading back: %v", what, err)
	}
	if got != outOK {
		if changed {
			t.Errorf("%s was refused with %s but changed the database", what, got)
		}
		n, err := f.C.AuditEvent.Query().Where(auditevent.RequestID(reqID)).Count(f.Sys)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			t.Errorf("%s was refused with %s but left %d audit events: something changed", what, got, n)
		}
	} else if changed == false && (w.Column != "" || w.Changed != nil) {
		t.Errorf("%s answered OK but the database does not show the change", what)
	}
	return got
}

// landed reports, reading as the system, whether the case's write reached
// the database.
func landed(f *authzFixture, s *entitySpec, w *writeSpec, tn *fixtureTenant, v *fixtureViewer, id pulid.ID, m marker, isCreate bool) (bool, error) {
	if w.Changed != nil {
		return w.Changed(f, tn, v, id, m)
	}
	if w.Column == "" {
		return false, nil
	}
	q := fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE %s = ?", s.Table, w.Column)
	args := []any{w.markerValue(m)}
	if !isCreate {
		q += " AND id = ?"
		args = append(args, string(id))
	}
	if f.DB.Dialect == dialect.Postgres {
		for i := 1; strings.Contains(q, "?"); i++ {
			q = strings.Replace(q, "?", fmt.Sprintf("$%d", i), 1)
		}
	}
	var n int
	if err := f.DB.SQL.QueryRowContext(context.Background(), q, args...).Scan(&n); err != nil {
		return false, err
	}
	return n > 0, nil
}

// marker returns a fresh marker. Its number is small (it fits share_bp)
// and far from every amount of the fixture.
func (f *authzFixture) marker() marker {
	n := f.markers.Add(1)
	return marker{S: fmt.Sprintf("mk%d", n), N: n}
}

// errorCodes returns the distinct extensions.code of a response's errors.
func errorCodes(r response) string {
	var codes []string
	for _, e := range r.Errors {
		c := e.Extensions.Code
		if c == "" {
			c = "NO_CODE"
		}
		if !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	return strings.Join(codes, "+")
}

// entCode maps an Ent error the way the API does (problem.Classify and the
// error presenter: a refusal without a viewer is UNAUTHENTICATED).
func entCode(v *fixtureViewer, err error) string {
	code := string(problem.Classify(err).Code)
	if v.ent == nil && code == "FORBIDDEN" {
		return "UNAUTHENTICATED"
	}
	return code
}

// whoString names the roles of a set.
func whoString(w roleSet, global bool) string {
	var names []string
	for _, k := range []struct {
		k    roleSet
		name string
	}{{RoleAdmin, "ADMIN"}, {RoleOfficer, "REGION_OFFICER"}, {RoleAuditor, "AUDITOR"}, {RoleLead, "LEAD_MANAGER"}, {RoleMember, "MEMBER_REFERENT"}, {RoleNone, "any user"}} {
		if w.has(k.k) {
			names = append(names, k.name)
		}
	}
	if len(names) == 0 {
		return "only the system"
	}
	scope := " (in their own scope)"
	if global {
		scope = ""
	}
	return strings.Join(names, ", ") + scope
}

// markdown renders the matrix: one row per line of the table and operation,
// one column per viewer; each cell "own X / other Y".
func (r *matrixResults) markdown(f *authzFixture) string {
	var b strings.Builder
	b.WriteString("| entity · operation |")
	for _, v := range f.Viewers {
		b.WriteString(" " + v.Name + " |")
	}
	b.WriteString("\n|---|")
	for range f.Viewers {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, s := range authzTable {
		ops := r.ops[s.Label]
		rank := func(op string) int {
			for i, p := range []string{"read", "list", "update", "create"} {
				if strings.HasPrefix(op, p) {
					return i
				}
			}
			return 9
		}
		sort.SliceStable(ops, func(i, j int) bool { return rank(ops[i]) < rank(ops[j]) })
		for _, op := range ops {
			fmt.Fprintf(&b, "| %s · %s |", s.Label, op)
			for _, v := range f.Viewers {
				own := r.symbol(matrixCellKey{s.Label, op, v.Name, true})
				other := r.symbol(matrixCellKey{s.Label, op, v.Name, false})
				fmt.Fprintf(&b, " own %s / other %s |", own, other)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (r *matrixResults) symbol(k matrixCellKey) string {
	c, ok := r.cells[k]
	if !ok {
		return "—"
	}
	if outcomeMatches(c.got, c.want) {
		return symbolOf(c.got)
	}
	return fmt.Sprintf("‼%s(%s)", symbolOf(c.got), symbolOf(c.want))
}

func symbolOf(outcome string) string {
	switch outcome {
	case outVisible, outOK:
		return "✓"
	case outHidden:
		return "✗"
	case "FORBIDDEN":
		return "F"
	case "NOT_FOUND":
		return "N"
	case "CONFLICT":
		return "C"
	case "UNAUTHENTICATED":
		return "U"
	case outRefused:
		return "F/N"
	}
	return outcome
}
