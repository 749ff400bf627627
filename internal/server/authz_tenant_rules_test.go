package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/groupingmember"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestTenantRules checks the rules of issue #23 on shared reference rows
// and on what one tenant may learn about another, on the authorization
// fixture's two tenants:
//
//   - a grouping (RTI) belongs to the aggregation that registered it: only
//     its lead managers and ADMIN add members, and nobody once a lot is
//     awarded to it or a contract names it (finding 5);
//   - an invoice and a lot's CIG are unique within an aggregation: another
//     aggregation registering the same is neither refused nor told, and
//     never blocks the owner; the Region and ADMIN see the clash (finding 6);
//   - inside a tenant, members are frozen for every path, the lead is a
//     member Comune or Unione, and a call's categories, lines and
//     applications are never re-linked (finding 10).
func TestTenantRules(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		t.Run("GroupingMembersOfTheOwnerOnly", func(t *testing.T) { testGroupingOwner(t, f) })
		t.Run("VendorCreation", func(t *testing.T) { testVendorCreation(t, f) })
		t.Run("InvoiceDuplicatesWithinTheAggregation", func(t *testing.T) { testInvoiceDuplicates(t, f) })
		t.Run("LotCIGWithinTheAggregation", func(t *testing.T) { testLotCIG(t, f) })
		t.Run("CallLinksNeverMove", func(t *testing.T) { testCallLinks(t, f) })
		t.Run("AggregationLead", func(t *testing.T) { testAggregationLead(t, f) })
		// Last: it funds tenant A's application.
		t.Run("MembersFrozen", func(t *testing.T) { testMembersFrozen(t, f) })
	})
}

// refusedWith checks the code and rule of a refusal.
func refusedWith(t *testing.T, what string, r response, code, rule string) gqlError {
	t.Helper()
	for _, e := range r.Errors {
		if e.Extensions.Code == code && (rule == "" || e.Extensions.Rule == rule) {
			return e
		}
	}
	t.Errorf("%s: want %s %s, got errors %v (data %s)", what, code, rule, r.Errors, r.Data)
	return gqlError{}
}

const createGroupingMember = `mutation($in: CreateGroupingMemberInput!) { createGroupingMember(input: $in) { id } }`

// testGroupingOwner: before the fix any lead could add a company to another
// aggregation's grouping, and the company's invoices then matched the other
// aggregation's contract with the grouping.
func testGroupingOwner(t *testing.T, f *authzFixture) {
	A := f.A
	// The grouping signs a contract for A's lot once the members are in.
	members := func() int {
		n, err := f.C.GroupingMember.Query().Where(groupingmember.GroupingID(A.Grouping.ID)).Count(f.Sys)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	add := func(viewer string) (response, *gen.Vendor) {
		v := saveFixture(t, f.Sys, f.newVendor())
		return f.ByName[viewer].gql(t, "", createGroupingMember, map[string]any{"in": map[string]any{
			"groupingID": A.Grouping.ID, "memberID": v.ID, "role": "MANDANTE"}}), v
	}
	before := members()
	intruder := ""
	for _, viewer := range []string{"leadB", "officerA", "memberA"} {
		r, v := add(viewer)
		refusedWith(t, viewer+" adds a member to A's grouping", r, "FORBIDDEN", "")
		if viewer == "leadB" {
			intruder = *v.VatID
		}
	}
	if n := members(); n != before {
		t.Fatalf("refused additions changed A's grouping: %d members, want %d", n, before)
	}
	for _, viewer := range []string{"leadA", "admin"} {
		r, _ := add(viewer)
		mustOK(t, r)
	}
	// A company that is not a single company, or a vendor that is not a
	// grouping, is refused.
	r := f.ByName["leadA"].gql(t, "", createGroupingMember, map[string]any{"in": map[string]any{
		"groupingID": A.Grouping.ID, "memberID": A.Grouping.ID, "role": "MANDANTE"}})
	refusedWith(t, "the grouping as its own member", r, "INVALID", "grouping.member")
	r = f.ByName["admin"].gql(t, "", createGroupingMember, map[string]any{"in": map[string]any{
		"groupingID": A.Vendor.ID, "memberID": saveFixture(t, f.Sys, f.newVendor()).ID, "role": "MANDANTE"}})
	refusedWith(t, "a member of a single company", r, "INVALID", "grouping.not_grouping")

	// Another aggregation neither awards a lot to the grouping nor signs a
	// contract with it: its members are chosen by A's lead managers.
	r = f.ByName["leadB"].gql(t, "", `mutation($id: ID!, $in: AwardLotInput!) { awardLot(id: $id, input: $in) { id } }`,
		map[string]any{"id": f.B.Lot.ID, "in": map[string]any{"vendorID": A.Grouping.ID, "awardCents": 1_000_000, "awardedOn": "2027-03-15"}})
	refusedWith(t, "lead B awards its lot to A's grouping", r, "INVALID", "grouping.other_aggregation")
	err := f.newContract(f.B.Lot, A.Grouping).Exec(f.ByName["leadB"].ctx(""))
	if ae, ok := apperr.As(err); !ok || ae.Rule != "grouping.other_aggregation" {
		t.Errorf("lead B signs a contract with A's grouping: %v, want INVALID grouping.other_aggregation", err)
	}

	// Once a contract names the grouping its members are fixed, for the
	// owner and for ADMIN alike.
	saveFixture(t, f.Sys, f.newContract(A.Lot, A.Grouping).SetReference("RTI 1"))
	n := members()
	for _, viewer := range []string{"leadA", "admin"} {
		r, _ := add(viewer)
		refusedWith(t, viewer+" adds a member to a contracted grouping", r, "CONFLICT", "grouping.fixed")
	}
	if got := members(); got != n {
		t.Errorf("refused additions changed the contracted grouping: %d members, want %d", got, n)
	}

	// The consequence the finding named: an invoice of the company lead B
	// tried to add does not match A's contract with the grouping.
	var out struct {
		RegisterInvoice struct {
			Contract *struct{ ID string } `json:"contract"`
			Problems []string             `json:"problems"`
		} `json:"registerInvoice"`
	}
	mustOK(t, f.ByName["leadA"].gql(t, "", registerInvoice, map[string]any{"in": invoiceInput(A, intruder, "RTI-1", A.Lot.Cig)})).decode(t, &out)
	if out.RegisterInvoice.Contract != nil {
		t.Errorf("an invoice of %s (refused as a member) matched contract %s of A's grouping", intruder, out.RegisterInvoice.Contract.ID)
	}
}

const registerInvoice = `mutation($in: RegisterInvoiceInput!) { registerInvoice(input: $in) { id contract { id } problems } }`

// invoiceInput is a hand-typed invoice of tenant tn's project.
func invoiceInput(tn *fixtureTenant, vat, number, cig string) map[string]any {
	in := map[string]any{"projectID": tn.Project.ID, "supplierVatID": vat, "number": number, "issuedOn": "2027-05-02",
		"cup": tn.Project.Cup, "taxableCents": 100_000, "vatCents": 22_000, "totalCents": 122_000}
	if cig != "" {
		in["cig"] = cig
	}
	return in
}

// testVendorCreation: a grouping gets its owner when it is created; links
// to grouping members and contracts are refused.
func testVendorCreation(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	const create = `mutation($in: CreateVendorInput!) { createVendor(input: $in) { id } }`
	var out struct {
		CreateVendor struct{ ID pulid.ID } `json:"createVendor"`
	}
	mustOK(t, f.ByName["leadA"].gql(t, "", create, map[string]any{"in": map[string]any{"name": "RTI di A", "isGrouping": true}})).decode(t, &out)
	g, err := f.C.Vendor.Get(f.Sys, out.CreateVendor.ID)
	if err != nil {
		t.Fatal(err)
	}
	if g.OwnerAggregationID == nil || *g.OwnerAggregationID != A.Aggregation.ID {
		t.Errorf("a grouping created by lead A belongs to %v, want A's aggregation", g.OwnerAggregationID)
	}
	for _, tc := range []struct {
		name, viewer string
		in           map[string]any
		code, rule   string
	}{
		{"grouping of another tenant's aggregation", "leadA", map[string]any{"name": "RTI x-1", "isGrouping": true, "ownerAggregationID": B.Aggregation.ID}, "NOT_FOUND", ""},
		{"single company with an owner", "leadA", map[string]any{"name": "x-3", "vatID": f.vat(), "ownerAggregationID": A.Aggregation.ID}, "INVALID", "vendor.owner_not_grouping"},
		{"vendor taking over a contract", "leadA", map[string]any{"name": "x-4", "vatID": f.vat(), "contractIDs": []any{A.Contract.ID}}, "INVALID", "vendor.links"},
		// The data layer refuses first: a grouping member is written in its
		// grouping owner's scope, which a new vendor has not got.
		{"grouping taking over members", "leadA", map[string]any{"name": "RTI x-5", "isGrouping": true, "groupingMemberIDs": []any{A.GroupingMember.ID}}, "FORBIDDEN", ""},
	} {
		refusedWith(t, tc.name, f.ByName[tc.viewer].gql(t, "", create, map[string]any{"in": tc.in}), tc.code, tc.rule)
	}
	if ct, err := f.C.Contract.Get(f.Sys, A.Contract.ID); err != nil || ct.VendorID != A.Vendor.ID {
		t.Errorf("A's contract now names vendor %v (err %v), want %s", ct.VendorID, err, A.Vendor.ID)
	}
	if gm, err := f.C.GroupingMember.Get(f.Sys, A.GroupingMember.ID); err != nil || gm.GroupingID != A.Grouping.ID {
		t.Errorf("A's grouping member now belongs to %v (err %v), want %s", gm.GroupingID, err, A.Grouping.ID)
	}

	// A lead of two aggregations names the one the grouping is for; an
	// aggregation it only reads (as a member referent) is not one.
	lead := f.ByName["leadA"]
	as := func(grants ...authz.Grant) ctxT {
		return authz.NewContext(ctxWithRequestID(""), &authz.Viewer{UserID: lead.User.ID, Email: lead.User.Email, Grants: grants})
	}
	leadOfA := authz.Grant{Role: authz.LeadManager, AggregationID: A.Aggregation.ID}
	err = f.C.Vendor.Create().SetName("RTI di due").SetIsGrouping(true).
		Exec(as(leadOfA, authz.Grant{Role: authz.LeadManager, AggregationID: B.Aggregation.ID}))
	if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Invalid || ae.Rule != "vendor.owner_required" {
		t.Errorf("a lead of two aggregations creating a grouping without owner: %v, want INVALID vendor.owner_required", err)
	}
	err = f.C.Vendor.Create().SetName("RTI di B").SetIsGrouping(true).SetOwnerAggregationID(B.Aggregation.ID).
		Exec(as(leadOfA, authz.Grant{Role: authz.MemberReferent, AggregationID: B.Aggregation.ID, BodyID: B.ReferentBody().ID}))
	if got := entCode(lead, err); got != "FORBIDDEN" {
		t.Errorf("a lead of A creating a grouping of B, which it reads as a member referent: %s (%v), want FORBIDDEN", got, err)
	}

	// A grouping an admin registers without owner: only admins add members.
	mustOK(t, f.ByName["admin"].gql(t, "", create, map[string]any{"in": map[string]any{"name": "RTI dell'amministrazione", "isGrouping": true}})).decode(t, &out)
	r := lead.gql(t, "", createGroupingMember, map[string]any{"in": map[string]any{
		"groupingID": out.CreateVendor.ID, "memberID": saveFixture(t, f.Sys, f.newVendor()).ID, "role": "MANDANTE"}})
	refusedWith(t, "lead adds a member to a grouping without owner", r, "FORBIDDEN", "")
}

// testInvoiceDuplicates: before the fix, registering another aggregation's
// invoice answered CONFLICT "già registrata" (confirming it), and a tenant
// registering an invoice first blocked its genuine owner.
func testInvoiceDuplicates(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	leadA, leadB := f.ByName["leadA"], f.ByName["leadB"]
	var out struct {
		RegisterInvoice struct{ ID pulid.ID } `json:"registerInvoice"`
	}
	// B registers A's invoice: saved in B, nothing said about A.
	mustOK(t, leadB.gql(t, "", registerInvoice, map[string]any{"in": invoiceInput(B, A.Invoice.SupplierVatID, A.Invoice.Number, "")})).decode(t, &out)
	bCopy := out.RegisterInvoice.ID
	// B registers an invoice first; A, its genuine owner, is not blocked.
	mustOK(t, leadB.gql(t, "", registerInvoice, map[string]any{"in": invoiceInput(B, validVAT, "PRIMA-1", "")}))
	mustOK(t, leadA.gql(t, "", registerInvoice, map[string]any{"in": invoiceInput(A, validVAT, "PRIMA-1", "")})).decode(t, &out)
	aOwn := out.RegisterInvoice.ID
	// Within the aggregation a duplicate is still a CONFLICT, naming nothing
	// of the other tenant.
	for _, tc := range []struct {
		name string
		in   map[string]any
	}{
		{"the fixture's invoice again", invoiceInput(A, A.Invoice.SupplierVatID, A.Invoice.Number, "")},
		{"the invoice B registered first, again", invoiceInput(A, validVAT, "PRIMA-1", "")},
	} {
		e := refusedWith(t, tc.name, leadA.gql(t, "", registerInvoice, map[string]any{"in": tc.in}), "CONFLICT", "invoice.duplicate")
		if strings.Contains(e.Message, B.Project.Title) || strings.Contains(e.Message, B.Aggregation.Name) {
			t.Errorf("%s: the refusal names tenant B: %s", tc.name, e.Message)
		}
	}
	// Nor in another project of the same aggregation: the refusal names the
	// project that has it.
	cl := saveFixture(t, f.Sys, f.newCall(A, call.StatusPUBLISHED))
	app := saveFixture(t, f.Sys, f.newApplication(A, cl).SetStatus(application.StatusFUNDED).SetSubmittedAt(time.Now()))
	second := &fixtureTenant{Project: saveFixture(t, f.Sys, f.newProject(app))}
	e := refusedWith(t, "the fixture's invoice in A's second project", leadA.gql(t, "", registerInvoice,
		map[string]any{"in": invoiceInput(second, A.Invoice.SupplierVatID, A.Invoice.Number, "")}), "CONFLICT", "invoice.duplicate")
	if !strings.Contains(e.Message, A.Project.Title) {
		t.Errorf("the refusal does not name the project that has the invoice (%s): %s", A.Project.Title, e.Message)
	}
	mustOK(t, leadA.gql(t, "", registerInvoice, map[string]any{"in": invoiceInput(second, validVAT, "SECONDA-1", "")}))
	n, err := f.C.Invoice.Query().Where(invoice.SupplierVatID(validVAT), invoice.Number("PRIMA-1")).Count(f.Sys)
	if err != nil || n != 2 {
		t.Errorf("invoice PRIMA-1 is registered %d times (err %v), want twice: once in each aggregation", n, err)
	}

	// The Region of each copy and ADMIN see the clash; the leads do not.
	const q = `query($id: ID!) { node(id: $id) { ... on Invoice { registeredElsewhere } } }`
	for _, tc := range []struct {
		viewer string
		id     pulid.ID
		want   string
	}{
		{"officerA", aOwn, "1"}, {"auditorA", aOwn, "1"}, {"admin", aOwn, "1"}, {"officerB", bCopy, "1"},
		{"leadA", aOwn, "null"}, {"memberA", aOwn, "null"}, {"leadB", bCopy, "null"},
	} {
		var got struct {
			Node map[string]any `json:"node"`
		}
		mustOK(t, f.ByName[tc.viewer].gql(t, "", q, map[string]any{"id": tc.id})).decode(t, &got)
		if s := fmt.Sprint(got.Node["registeredElsewhere"]); s != tc.want && !(tc.want == "null" && s == "<nil>") {
			t.Errorf("%s reads registeredElsewhere = %s, want %s", tc.viewer, s, tc.want)
		}
	}
}

// testLotCIG: before the fix, a CIG another aggregation had used answered
// CONFLICT (confirming it), and whoever typed it first blocked the owner.
func testLotCIG(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	// Procedures with room for more lots.
	open := func(tn *fixtureTenant) *gen.Procurement {
		return saveFixture(t, f.Sys, f.newProcurement(tn).SetBaseCents(90_000_000).SetStatus(procurement.StatusPLANNED))
	}
	pa, pb := open(A), open(B)
	const create = `mutation($in: CreateLotInput!) { createLot(input: $in) { id } }`
	lotIn := func(p *gen.Procurement, cig string) map[string]any {
		return map[string]any{"in": map[string]any{"procurementID": p.ID, "title": "Lotto", "cig": cig, "baseCents": 1_000_000,
			"legacyCigAcknowledged": true}}
	}
	leadA, leadB := f.ByName["leadA"], f.ByName["leadB"]
	var out struct {
		CreateLot struct{ ID pulid.ID } `json:"createLot"`
	}
	// B types A's CIG: accepted, nothing told.
	mustOK(t, leadB.gql(t, "", create, lotIn(pb, A.Lot.Cig))).decode(t, &out)
	bCopy := out.CreateLot.ID
	// B takes a CIG first; A is not blocked.
	first := f.cig()
	mustOK(t, leadB.gql(t, "", create, lotIn(pb, first)))
	mustOK(t, leadA.gql(t, "", create, lotIn(pa, first)))
	// Within the aggregation a CIG is used once.
	for _, cig := range []string{A.Lot.Cig, first} {
		e := refusedWith(t, "CIG "+cig+" again in A", leadA.gql(t, "", create, lotIn(pa, cig)), "CONFLICT", "lot.cig_duplicate")
		if strings.Contains(e.Message, B.Aggregation.Name) {
			t.Errorf("the refusal names tenant B: %s", e.Message)
		}
	}
	if n, err := f.C.Lot.Query().Where(lot.Cig(first)).Count(f.Sys); err != nil || n != 2 {
		t.Errorf("CIG %s is on %d lots (err %v), want 2: one in each aggregation", first, n, err)
	}

	const q = `query($id: ID!) { node(id: $id) { ... on Lot { cigElsewhere } } }`
	for _, tc := range []struct {
		viewer string
		id     pulid.ID
		want   string
	}{
		{"officerA", A.Lot.ID, "1"}, {"auditorA", A.Lot.ID, "1"}, {"admin", A.Lot.ID, "1"}, {"officerB", bCopy, "1"},
		{"leadA", A.Lot.ID, "null"}, {"memberA", A.Lot.ID, "null"}, {"leadB", bCopy, "null"},
	} {
		var got struct {
			Node map[string]any `json:"node"`
		}
		mustOK(t, f.ByName[tc.viewer].gql(t, "", q, map[string]any{"id": tc.id})).decode(t, &got)
		if s := fmt.Sprint(got.Node["cigElsewhere"]); s != tc.want && !(tc.want == "null" && s == "<nil>") {
			t.Errorf("%s reads cigElsewhere = %s, want %s", tc.viewer, s, tc.want)
		}
	}
}

// testCallLinks: correctCall applied addExpenseCategoryIDs,
// addInterventionLineIDs and addApplicationIDs as the system, moving rows of
// other calls (and other Regions) into the corrected call.
func testCallLinks(t *testing.T, f *authzFixture) {
	A, B := f.A, f.B
	officer := f.ByName["officerA"]
	const correct = `mutation($id: ID!, $in: UpdateCallInput!) { correctCall(id: $id, input: $in) { id } }`
	const update = `mutation($id: ID!, $in: UpdateCallInput!) { updateCall(id: $id, input: $in) { id } }`
	// Rows of another Region are refused by the data layer before the
	// rule (NOT_FOUND: their existence is not confirmed), an application
	// the officer may not write as FORBIDDEN; the rest by call.links.
	for _, tc := range []struct {
		name, query string
		call        pulid.ID
		in          map[string]any
		code, rule  string
	}{
		{"correctCall taking another call's category", correct, A.Call.ID, map[string]any{"addExpenseCategoryIDs": []any{A.SecondCategory.ID}}, "INVALID", "call.links"},
		{"correctCall taking another Region's category", correct, A.Call.ID, map[string]any{"addExpenseCategoryIDs": []any{B.Category.ID}}, "NOT_FOUND", ""},
		{"correctCall taking another call's line", correct, A.Call.ID, map[string]any{"addInterventionLineIDs": []any{A.SecondLine.ID}}, "INVALID", "call.links"},
		{"correctCall taking another Region's application", correct, A.Call.ID, map[string]any{"addApplicationIDs": []any{B.Application.ID}}, "NOT_FOUND", ""},
		{"correctCall taking another call's application", correct, A.Call.ID, map[string]any{"addApplicationIDs": []any{A.DraftApplication.ID}}, "FORBIDDEN", ""},
		{"correctCall dropping its categories", correct, A.Call.ID, map[string]any{"clearExpenseCategories": true}, "INVALID", "call.links"},
		{"updateCall of a draft taking a published call's category", update, A.DraftCall.ID, map[string]any{"addExpenseCategoryIDs": []any{A.Category.ID}}, "INVALID", "call.links"},
	} {
		refusedWith(t, tc.name, officer.gql(t, "", tc.query, map[string]any{"id": tc.call, "in": tc.in}), tc.code, tc.rule)
	}
	for _, c := range []struct {
		id, call pulid.ID
		get      func(pulid.ID) (pulid.ID, error)
	}{
		{A.SecondCategory.ID, A.SecondCall.ID, func(id pulid.ID) (pulid.ID, error) {
			r, err := f.C.ExpenseCategory.Get(f.Sys, id)
			return callOf(r, err, func(r *gen.ExpenseCategory) pulid.ID { return r.CallID })
		}},
		{B.Category.ID, B.Call.ID, func(id pulid.ID) (pulid.ID, error) {
			r, err := f.C.ExpenseCategory.Get(f.Sys, id)
			return callOf(r, err, func(r *gen.ExpenseCategory) pulid.ID { return r.CallID })
		}},
		{A.Category.ID, A.Call.ID, func(id pulid.ID) (pulid.ID, error) {
			r, err := f.C.ExpenseCategory.Get(f.Sys, id)
			return callOf(r, err, func(r *gen.ExpenseCategory) pulid.ID { return r.CallID })
		}},
		{A.SecondLine.ID, A.SecondCall.ID, func(id pulid.ID) (pulid.ID, error) {
			r, err := f.C.InterventionLine.Get(f.Sys, id)
			return callOf(r, err, func(r *gen.InterventionLine) pulid.ID { return r.CallID })
		}},
		{B.Application.ID, B.Call.ID, func(id pulid.ID) (pulid.ID, error) {
			r, err := f.C.Application.Get(f.Sys, id)
			return callOf(r, err, func(r *gen.Application) pulid.ID { return r.CallID })
		}},
	} {
		if got, err := c.get(c.id); err != nil || got != c.call {
			t.Errorf("%s now belongs to call %s (err %v), want %s", c.id, got, err, c.call)
		}
	}
	// A correction of the rules still works.
	mustOK(t, officer.gql(t, "", correct, map[string]any{"id": A.Call.ID, "in": map[string]any{"reference": "DDPF n. 7"}}))
}

func callOf[T any](r T, err error, call func(T) pulid.ID) (pulid.ID, error) {
	if err != nil {
		return "", err
	}
	return call(r), nil
}

// testAggregationLead: updateAggregation(leadID:) accepted a Region body
// (or any body) as the lead, which formAggregation refuses.
func testAggregationLead(t *testing.T, f *authzFixture) {
	A := f.A
	leadA := f.ByName["leadA"]
	const update = `mutation($id: ID!, $lead: ID!) { updateAggregation(id: $id, input: {leadID: $lead}) { id } }`
	refusedWith(t, "a Region as lead", leadA.gql(t, "", update, map[string]any{"id": A.Aggregation.ID, "lead": A.Region.ID}),
		"INVALID", "aggregation.member_kind")
	refusedWith(t, "a comune outside the aggregation as lead", leadA.gql(t, "", update, map[string]any{"id": A.Aggregation.ID, "lead": A.Pool[0].ID}),
		"INVALID", "aggregation.lead_not_member")
	// A has submitted its application: the lead is frozen with the members.
	refusedWith(t, "a member as lead after submission", leadA.gql(t, "", update, map[string]any{"id": A.Aggregation.ID, "lead": A.OtherBody().ID}),
		"CONFLICT", "membership.frozen")
	refusedWith(t, "createAggregation led by a Region", f.ByName["admin"].gql(t, "",
		`mutation($lead: ID!) { createAggregation(input: {name: "Regionale", leadID: $lead}) { id } }`, map[string]any{"lead": A.Region.ID}),
		"INVALID", "aggregation.member_kind")
	if ag, err := f.C.Aggregation.Get(f.Sys, A.Aggregation.ID); err != nil || ag.LeadID != A.Lead().ID {
		t.Fatalf("A's lead is now %v (err %v), want %s", ag.LeadID, err, A.Lead().ID)
	}

	// A drafting aggregation changes its lead among its members; the roles follow.
	var formed struct {
		FormAggregation struct{ ID pulid.ID } `json:"formAggregation"`
	}
	// An admin forms it (anyone else asks, and an admin approves) and
	// makes leadA its lead manager.
	formIn := map[string]any{"in": map[string]any{
		"name": "Aggregazione in bozza", "leadID": A.Pool[1].ID, "members": []any{map[string]any{"bodyID": A.Pool[2].ID}}}}
	const form = `mutation($in: FormAggregationInput!) { formAggregation(input: $in) { id } }`
	refusedWith(t, "a lead forms an aggregation without asking", leadA.gql(t, "", form, formIn), "FORBIDDEN", "aggregation.form_admin")
	admin := f.ByName["admin"]
	mustOK(t, admin.gql(t, "", form, formIn)).decode(t, &formed)
	id := formed.FormAggregation.ID
	mustOK(t, admin.gql(t, "", `mutation($in: GrantRoleInput!) { grantRole(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"userID": leadA.User.ID, "role": "LEAD_MANAGER", "aggregationID": id}}))
	mustOK(t, leadA.gql(t, "", update, map[string]any{"id": id, "lead": A.Pool[2].ID}))
	ms, err := f.C.Membership.Query().Where(membership.AggregationID(id)).All(f.Sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		want := membership.RoleMEMBER
		if m.BodyID == A.Pool[2].ID {
			want = membership.RoleLEAD
		}
		if m.Role != want {
			t.Errorf("after the lead changed, %s has role %s, want %s", m.BodyID, m.Role, want)
		}
	}
	// The former lead may now leave; the new lead may not, nor take another role.
	var pool1, pool2 *gen.Membership
	for _, m := range ms {
		switch m.BodyID {
		case A.Pool[1].ID:
			pool1 = m
		case A.Pool[2].ID:
			pool2 = m
		}
	}
	const updM = `mutation($id: ID!, $in: UpdateMembershipInput!) { updateMembership(id: $id, input: $in) { id } }`
	refusedWith(t, "the lead leaves", leadA.gql(t, "", updM, map[string]any{"id": pool2.ID, "in": map[string]any{"leftOn": "2027-01-31"}}),
		"INVALID", "membership.lead")
	refusedWith(t, "a member made LEAD on its membership", leadA.gql(t, "", updM, map[string]any{"id": pool1.ID, "in": map[string]any{"role": "LEAD"}}),
		"INVALID", "membership.role")
	refusedWith(t, "the lead's membership deleted", leadA.gql(t, "", `mutation($id: ID!) { deleteMembership(id: $id) }`, map[string]any{"id": pool2.ID}),
		"INVALID", "membership.lead")
	mustOK(t, leadA.gql(t, "", updM, map[string]any{"id": pool1.ID, "in": map[string]any{"leftOn": "2027-01-31"}}))
}

// testMembersFrozen: updateMembership(leftOn) went through after the
// application was submitted and funded, although adding or removing a
// member was refused.
func testMembersFrozen(t *testing.T, f *authzFixture) {
	A := f.A
	leadA := f.ByName["leadA"]
	const updM = `mutation($id: ID!, $in: UpdateMembershipInput!) { updateMembership(id: $id, input: $in) { id } }`
	m := A.Memberships[2]
	for _, status := range []application.Status{application.StatusSUBMITTED, application.StatusFUNDED} {
		if err := f.C.Application.UpdateOneID(A.Application.ID).SetStatus(status).Exec(f.Sys); err != nil {
			t.Fatal(err)
		}
		for _, in := range []map[string]any{{"leftOn": "2027-09-30"}, {"joinedOn": "2026-01-01"}, {"clearJoinedOn": true}} {
			e := refusedWith(t, fmt.Sprintf("updateMembership %v of a %s application", in, status), leadA.gql(t, "", updM, map[string]any{"id": m.ID, "in": in}),
				"CONFLICT", "membership.frozen")
			if status == application.StatusFUNDED && !strings.Contains(e.Message, "variante") {
				t.Errorf("the refusal after funding does not point to a project variation: %s", e.Message)
			}
		}
		refusedWith(t, "deleteMembership of a "+string(status)+" application", leadA.gql(t, "", `mutation($id: ID!) { deleteMembership(id: $id) }`,
			map[string]any{"id": m.ID}), "CONFLICT", "membership.frozen")
	}
	got, err := f.C.Membership.Get(f.Sys, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.LeftOn != nil || (got.JoinedOn == nil) != (m.JoinedOn == nil) {
		t.Errorf("refused updates changed the membership: left %v, joined %v", got.LeftOn, got.JoinedOn)
	}
	// The resolution stays editable.
	mustOK(t, leadA.gql(t, "", updM, map[string]any{"id": m.ID, "in": map[string]any{"resolutionNumber": "12/2027"}}))

	// Aggregation.membersEditable is the rule the mutations apply: false
	// while they refuse with membership.frozen, true when they accept.
	editable := func() bool {
		var out struct {
			Node struct {
				MembersEditable bool `json:"membersEditable"`
			} `json:"node"`
		}
		mustOK(t, leadA.gql(t, "", `query($id: ID!) { node(id: $id) { ... on Aggregation { membersEditable } } }`,
			map[string]any{"id": A.Aggregation.ID})).decode(t, &out)
		return out.Node.MembersEditable
	}
	if editable() {
		t.Error("membersEditable true for a funded aggregation, whose membership changes are refused")
	}
	others, err := f.C.Application.Query().Where(application.AggregationID(A.Aggregation.ID), application.IDNEQ(A.Application.ID)).All(f.Sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range others { // only A.Application decides, for a while
		if err := o.Update().SetStatus(application.StatusWITHDRAWN).Exec(f.Sys); err != nil {
			t.Fatal(err)
		}
	}
	for _, status := range []application.Status{application.StatusSUBMITTED, application.StatusWITHDRAWN} {
		if err := f.C.Application.UpdateOneID(A.Application.ID).SetStatus(status).Exec(f.Sys); err != nil {
			t.Fatal(err)
		}
		r := leadA.gql(t, "", updM, map[string]any{"id": m.ID, "in": map[string]any{"joinedOn": "2026-01-02"}})
		accepted := r.Status == http.StatusOK && len(r.Errors) == 0
		if got := editable(); got != accepted {
			t.Errorf("%s application: membersEditable %v, but the membership change was accepted: %v (%v)", status, got, accepted, r.Errors)
		}
		if want := status == application.StatusWITHDRAWN; accepted != want {
			t.Errorf("%s application: membership change accepted %v, want %v", status, accepted, want)
		}
	}
	for _, o := range others {
		if err := f.C.Application.UpdateOneID(o.ID).SetStatus(o.Status).Exec(f.Sys); err != nil {
			t.Fatal(err)
		}
	}
	// Back as the checks above left it: funded, the joining date as it was.
	if err := f.C.Application.UpdateOneID(A.Application.ID).SetStatus(application.StatusFUNDED).Exec(f.Sys); err != nil {
		t.Fatal(err)
	}
	restore := f.C.Membership.UpdateOneID(m.ID).SetNillableJoinedOn(got.JoinedOn)
	if got.JoinedOn == nil {
		restore.ClearJoinedOn()
	}
	if err := restore.Exec(f.Sys); err != nil {
		t.Fatal(err)
	}
}
