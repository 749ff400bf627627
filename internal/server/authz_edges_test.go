package server_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/testdb"
)

// Edge inputs of the authorization matrix (finding 2 of issue #23): every
// ID field of every input a mutation takes (add…IDs, remove…IDs, …ID,
// …IDs), set to a row of the other tenant, in a write of a row of the
// viewer's own tenant, with the smallest selection ({ id }): the checks
// must read what they need whatever the client selected. The rule:
//
//   - rows of two tenants are never linked, whatever roles the viewer
//     holds: another tenant's row is NOT_FOUND (an admin included, except
//     when the written row is reference data, which admins manage);
//   - a row one cannot read is NOT_FOUND, a write one may not make
//     FORBIDDEN; linking a row through an edge stored on it (an O2M edge:
//     adding an application to a call) is a change of that row too;
//   - a service's own input check may answer first (INVALID);
//   - nothing changes: no audit event carries the request's id.
//
// A field whose rows are reference data (bodies, vendors, users: no tenant)
// cannot link two tenants: it is listed in edgeInputsWithoutTenant with
// where its rule is tested instead. TestAuthorizationMatrix fails when an
// ID field of an input has neither a case nor such a line.

// edgeCase is one ID field of an input, set to the other tenant's row.
type edgeCase struct {
	Input, Field string
	// Query is the mutation, answering { id } (or the smallest selection);
	// it takes $input (the Input type) and, for updates, $id.
	Query string
	// ID is the written row of the viewer's tenant (own), nil for creates.
	ID func(own *fixtureTenant) pulid.ID
	// Base is a valid input in own, without Field.
	Base func(f *authzFixture, own *fixtureTenant) map[string]any
	// Foreign is the other tenant's row put in Field.
	Foreign func(other *fixtureTenant) pulid.ID
	// AdminMay: an admin may make this write (the written row is reference
	// data, or the field is its parent in another tenant): not tried as admin.
	AdminMay bool
	// Service: a service checks the input; it may refuse it first (INVALID).
	Service bool
}

func updateQuery(mutation, input string) string {
	return fmt.Sprintf(`mutation($id: ID!, $input: %s!) { %s(id: $id, input: $input) { id } }`, input, mutation)
}

func createQuery(mutation, input string) string {
	return fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { id } }`, input, mutation)
}

func rowOf(get func(tn *fixtureTenant) pulid.ID) func(*fixtureTenant) pulid.ID { return get }

func noInput(*authzFixture, *fixtureTenant) map[string]any { return map[string]any{} }

// edgeCases: one per ID field (several fields of one input share a Query
// and a Base).
func edgeCases() []edgeCase {
	var cs []edgeCase
	add := func(base edgeCase, fields map[string]func(x *fixtureTenant) pulid.ID) {
		names := make([]string, 0, len(fields))
		for n := range fields {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			c := base
			c.Field, c.Foreign = n, fields[n]
			cs = append(cs, c)
		}
	}
	document := func(x *fixtureTenant) pulid.ID { return x.Document.ID }
	budgetLine := func(x *fixtureTenant) pulid.ID { return x.DraftBudgetLine.ID }
	application := func(x *fixtureTenant) pulid.ID { return x.Application.ID }
	project := func(x *fixtureTenant) pulid.ID { return x.Project.ID }
	line := func(x *fixtureTenant) pulid.ID { return x.Line.ID }
	secondLine := func(x *fixtureTenant) pulid.ID { return x.SecondLine.ID }
	category := func(x *fixtureTenant) pulid.ID { return x.Category.ID }
	secondCategory := func(x *fixtureTenant) pulid.ID { return x.SecondCategory.ID }
	membership := func(x *fixtureTenant) pulid.ID { return x.Memberships[1].ID }
	agreement := func(x *fixtureTenant) pulid.ID { return x.Agreement.ID }
	contract := func(x *fixtureTenant) pulid.ID { return x.Contract.ID }
	lot := func(x *fixtureTenant) pulid.ID { return x.Lot.ID }
	invoice := func(x *fixtureTenant) pulid.ID { return x.Invoice.ID }

	// Aggregations, agreements, applications.
	add(edgeCase{Input: "UpdateApplicationInput", Query: updateQuery("updateApplication", "UpdateApplicationInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.DraftApplication.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addInterventionLineIDs": secondLine, "removeInterventionLineIDs": secondLine,
			"addBudgetLineIDs": budgetLine, "removeBudgetLineIDs": budgetLine,
			"addDocumentIDs": document, "removeDocumentIDs": document, "projectID": project})
	add(edgeCase{Input: "CreateApplicationInput", Query: createQuery("createApplication", "CreateApplicationInput"),
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			cl, err := f.newCall(o, call.StatusPUBLISHED).Save(f.Sys)
			if err != nil {
				panic(err)
			}
			return map[string]any{"aggregationID": o.Aggregation.ID, "callID": cl.ID, "title": "Domanda collegata"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{
			"interventionLineIDs": line, "budgetLineIDs": budgetLine, "documentIDs": document, "projectID": project})
	add(edgeCase{Input: "CreateApplicationInput", Query: createQuery("createApplication", "CreateApplicationInput"), AdminMay: true,
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"aggregationID": o.Aggregation.ID, "callID": o.SecondCall.ID, "title": "Domanda collegata"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{
			// An aggregation applies to any Region's published call: the
			// field is tried with one the viewer cannot read.
			"aggregationID": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID },
			"callID":        func(x *fixtureTenant) pulid.ID { return x.DraftCall.ID }})
	add(edgeCase{Input: "UpdateAgreementInput", Query: updateQuery("updateAgreement", "UpdateAgreementInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Agreement.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{"addDocumentIDs": document, "removeDocumentIDs": document})
	add(edgeCase{Input: "CreateAgreementInput", Query: createQuery("createAgreement", "CreateAgreementInput"),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"aggregationID": o.Aggregation.ID, "kind": "OTHER", "title": "Accordo collegato"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"documentIDs": document})
	add(edgeCase{Input: "CreateAgreementInput", Query: createQuery("createAgreement", "CreateAgreementInput"), AdminMay: true,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"kind": "OTHER", "title": "Accordo altrui"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"aggregationID": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID }})
	add(edgeCase{Input: "CreateMembershipInput", Query: createQuery("createMembership", "CreateMembershipInput"), AdminMay: true,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.Pool[5].ID, "role": "MEMBER"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"aggregationID": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID }})
	add(edgeCase{Input: "UpdateAggregationInput", Query: updateQuery("updateAggregation", "UpdateAggregationInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Aggregation.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addMembershipIDs": membership, "removeMembershipIDs": membership, "addAgreementIDs": agreement,
			"removeAgreementIDs": agreement, "addApplicationIDs": application, "removeApplicationIDs": application,
			"addProjectIDs": project, "removeProjectIDs": project})
	add(edgeCase{Input: "CreateAggregationInput", Query: createQuery("createAggregation", "CreateAggregationInput"),
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"name": fmt.Sprintf("Aggregazione collegata %d", f.next()), "leadID": o.Pool[6].ID}
		}},
		map[string]func(*fixtureTenant) pulid.ID{
			"membershipIDs": membership, "agreementIDs": agreement, "applicationIDs": application, "projectIDs": project})
	add(edgeCase{Input: "CreateBudgetLineInput", Query: createQuery("createBudgetLine", "CreateBudgetLineInput"),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"applicationID": o.DraftApplication.ID, "bodyID": o.OtherBody().ID,
				"interventionLineID": o.SecondLine.ID, "expenseCategoryID": o.SecondCategory.ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"interventionLineID": secondLine, "expenseCategoryID": secondCategory})
	add(edgeCase{Input: "CreateBudgetLineInput", Query: createQuery("createBudgetLine", "CreateBudgetLineInput"), AdminMay: true,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.OtherBody().ID, "interventionLineID": o.SecondLine.ID,
				"expenseCategoryID": o.SecondCategory.ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"applicationID": func(x *fixtureTenant) pulid.ID { return x.DraftApplication.ID }})
	add(edgeCase{Input: "BudgetLineInput", Service: true,
		Query: `mutation($id: ID!, $input: BudgetLineInput!) { setBudgetLines(applicationID: $id, lines: [$input]) { application { id } } }`,
		ID:    rowOf(func(o *fixtureTenant) pulid.ID { return o.DraftApplication.ID }),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.OtherBody().ID, "interventionLineID": o.SecondLine.ID,
				"expenseCategoryID": o.SecondCategory.ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"interventionLineID": secondLine, "expenseCategoryID": secondCategory})

	// Calls.
	add(edgeCase{Input: "UpdateCallInput", Query: updateQuery("updateCall", "UpdateCallInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.DraftCall.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addExpenseCategoryIDs": category, "removeExpenseCategoryIDs": category,
			"addInterventionLineIDs": line, "removeInterventionLineIDs": line,
			"addApplicationIDs": application, "removeApplicationIDs": application})
	// correctCall takes the same input on a published call, through a service.
	add(edgeCase{Input: "UpdateCallInput (correctCall)", Service: true, Query: updateQuery("correctCall", "UpdateCallInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Call.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addExpenseCategoryIDs": category, "addInterventionLineIDs": line, "addApplicationIDs": application})
	add(edgeCase{Input: "CreateCallInput", Query: createQuery("createCall", "CreateCallInput"),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"title": "Bando collegato", "fund": "FESR", "totalBudgetCents": 100, "issuerID": o.Region.ID}
		}},
		map[string]func(*fixtureTenant) pulid.ID{
			"expenseCategoryIDs": category, "interventionLineIDs": line, "applicationIDs": application})
	add(edgeCase{Input: "CreateExpenseCategoryInput", Query: createQuery("createExpenseCategory", "CreateExpenseCategoryInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"code": fmt.Sprintf("X%d", f.next()), "name": "Categoria altrui"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"callID": func(x *fixtureTenant) pulid.ID { return x.Call.ID }})
	add(edgeCase{Input: "CreateInterventionLineInput", Query: createQuery("createInterventionLine", "CreateInterventionLineInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"code": fmt.Sprintf("X%d", f.next()), "name": "Linea altrui"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"callID": func(x *fixtureTenant) pulid.ID { return x.Call.ID }})

	// Reference data linking tenant rows: admins only.
	add(edgeCase{Input: "CreatePublicBodyInput", Query: createQuery("createPublicBody", "CreatePublicBodyInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"name": fmt.Sprintf("Ente collegato %d", f.next()), "kind": "OTHER"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{
			"membershipIDs": membership, "ledAggregationIDs": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID },
			"issuedCallIDs": func(x *fixtureTenant) pulid.ID { return x.Call.ID }})
	add(edgeCase{Input: "UpdatePublicBodyInput", Query: updateQuery("updatePublicBody", "UpdatePublicBodyInput"), AdminMay: true,
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Pool[7].ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addMembershipIDs": membership, "removeMembershipIDs": membership,
			"addLedAggregationIDs":    func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID },
			"removeLedAggregationIDs": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID },
			"addIssuedCallIDs":        func(x *fixtureTenant) pulid.ID { return x.Call.ID },
			"removeIssuedCallIDs":     func(x *fixtureTenant) pulid.ID { return x.Call.ID }})
	groupingMember := func(x *fixtureTenant) pulid.ID { return x.GroupingMember.ID }
	add(edgeCase{Input: "CreateVendorInput", Query: createQuery("createVendor", "CreateVendorInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"name": fmt.Sprintf("Fornitore collegato %d", f.next())}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"groupingMemberIDs": groupingMember, "contractIDs": contract})
	add(edgeCase{Input: "UpdateVendorInput", Query: updateQuery("updateVendor", "UpdateVendorInput"), AdminMay: true,
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Vendor.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{
			"addGroupingMemberIDs": groupingMember, "removeGroupingMemberIDs": groupingMember,
			"addContractIDs": contract, "removeContractIDs": contract})

	// A running project (services).
	add(edgeCase{Input: "CreateProcurementInput", Service: true, Query: createQuery("createProcurement", "CreateProcurementInput"),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"projectID": o.Project.ID, "runningBodyID": o.Lead().ID, "title": "Procedura collegata",
				"objectType": "SERVICES", "procedureType": "DIRECT_AWARD", "baseCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"lotIDs": lot})
	add(edgeCase{Input: "CreateProcurementInput", Service: true, Query: createQuery("createProcurement", "CreateProcurementInput"), AdminMay: true,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"runningBodyID": o.Lead().ID, "title": "Procedura altrui",
				"objectType": "SERVICES", "procedureType": "DIRECT_AWARD", "baseCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"projectID": project})
	add(edgeCase{Input: "UpdateProcurementInput", Service: true, Query: updateQuery("updateProcurement", "UpdateProcurementInput"),
		ID: rowOf(func(o *fixtureTenant) pulid.ID { return o.Procurement.ID }), Base: noInput},
		map[string]func(*fixtureTenant) pulid.ID{"addLotIDs": lot, "removeLotIDs": lot})
	add(edgeCase{Input: "CreateLotInput", Service: true, Query: createQuery("createLot", "CreateLotInput"),
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"procurementID": o.Procurement.ID, "title": "Lotto collegato", "cig": f.cig(), "baseCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"contractIDs": contract})
	add(edgeCase{Input: "CreateLotInput", Service: true, Query: createQuery("createLot", "CreateLotInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"title": "Lotto altrui", "cig": f.cig(), "baseCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"procurementID": func(x *fixtureTenant) pulid.ID { return x.Procurement.ID }})
	add(edgeCase{Input: "SignContractInput", Service: true, Query: createQuery("signContract", "SignContractInput"),
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			// A lot of its own, awarded, so that the contract could be signed.
			pc, err := f.newProcurement(o).SetStatus(procurement.StatusAWARDED).Save(f.Sys)
			if err != nil {
				panic(err)
			}
			l, err := f.newLot(pc).SetAwardedVendorID(o.Vendor.ID).SetAwardCents(100).Save(f.Sys)
			if err != nil {
				panic(err)
			}
			return map[string]any{"lotID": l.ID, "vendorID": o.Vendor.ID, "netCents": 1,
				"split": map[string]any{"method": "EQUAL", "expenseCategoryID": o.Category.ID}}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"interventionLineID": line})
	add(edgeCase{Input: "SignContractInput", Service: true, Query: createQuery("signContract", "SignContractInput"), AdminMay: true,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"vendorID": o.Vendor.ID, "netCents": 1, "split": map[string]any{"method": "EQUAL", "expenseCategoryID": o.Category.ID}}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"lotID": lot})
	add(edgeCase{Input: "ProposeContractModificationInput", Service: true, AdminMay: true,
		Query: createQuery("proposeContractModification", "ProposeContractModificationInput"),
		Base: func(*authzFixture, *fixtureTenant) map[string]any {
			return map[string]any{"basis": "FIFTH_INCREASE_DECREASE", "reason": "Quinto d'obbligo", "netCents": 3_100_000, "vatCents": 682_000}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"contractID": contract})
	add(edgeCase{Input: "ContractSplitInput", Service: true,
		Query: `mutation($id: ID!, $input: ContractSplitInput!) { splitContract(id: $id, split: $input) { id } }`,
		ID:    rowOf(func(o *fixtureTenant) pulid.ID { return o.Contract.ID }),
		Base:  func(*authzFixture, *fixtureTenant) map[string]any { return map[string]any{"method": "EQUAL"} }},
		map[string]func(*fixtureTenant) pulid.ID{"expenseCategoryID": category})
	add(edgeCase{Input: "AllocationInput", Service: true,
		Query: `mutation($id: ID!, $input: AllocationInput!) { setAllocations(projectID: $id, allocations: [$input]) { id } }`,
		ID:    rowOf(func(o *fixtureTenant) pulid.ID { return o.Project.ID }),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.ReferentBody().ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"expenseCategoryID": category})
	add(edgeCase{Input: "CreateVariationInput", Service: true, AdminMay: true, Query: createQuery("createVariation", "CreateVariationInput"),
		Base: func(*authzFixture, *fixtureTenant) map[string]any {
			return map[string]any{"kinds": []string{"END_DATE_EXTENSION"}, "reason": "Proroga", "requestedEndsOn": "2030-06-30"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"projectID": project})
	variationRow := `mutation($id: ID!, $input: VariationAllocationInput!) { updateVariation(id: $id, input: {allocations: [$input]}) { id } }`
	draftVariation := rowOf(func(o *fixtureTenant) pulid.ID { return o.DraftVariation.ID })
	add(edgeCase{Input: "VariationAllocationInput", Service: true, Query: variationRow, ID: draftVariation,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.ReferentBody().ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"expenseCategoryID": category})
	add(edgeCase{Input: "VariationAllocationInput", Service: true, Query: variationRow, ID: draftVariation,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"bodyID": o.ReferentBody().ID, "expenseCategoryID": o.Category.ID, "amountCents": 100}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"interventionLineID": line})
	add(edgeCase{Input: "DefineDeliverableInput", Service: true,
		Query: `mutation($input: DefineDeliverableInput!) { defineDeliverable(input: $input) { id } }`,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"projectID": o.Project.ID, "title": "Prodotto collegato"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"interventionLineID": line})
	add(edgeCase{Input: "DefineDeliverableInput", Service: true, AdminMay: true,
		Query: `mutation($input: DefineDeliverableInput!) { defineDeliverable(input: $input) { id } }`,
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"interventionLineID": o.Line.ID, "title": "Prodotto altrui"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"projectID": project})
	add(edgeCase{Input: "CreateMilestoneInput", Query: createQuery("createMilestone", "CreateMilestoneInput"), AdminMay: true,
		Base: func(*authzFixture, *fixtureTenant) map[string]any {
			return map[string]any{"title": "Riunione altrui", "dueOn": "2027-01-01"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"projectID": project})
	add(edgeCase{Input: "ExpenseItemInput", Service: true,
		Query: `mutation($id: ID!, $input: ExpenseItemInput!) { addExpenseItems(claimID: $id, items: [$input]) { id } }`,
		ID:    rowOf(func(o *fixtureTenant) pulid.ID { return o.DraftClaim.ID }),
		Base: func(_ *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"invoiceID": o.Invoice.ID, "bodyID": o.ReferentBody().ID, "expenseCategoryID": o.Category.ID, "claimedCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"invoiceID": invoice, "expenseCategoryID": category, "interventionLineID": line})
	// A grouping (RTI) belongs to the aggregation that registered it: a
	// lead names its own aggregation, never another tenant's (an admin
	// manages the registry of every aggregation).
	add(edgeCase{Input: "CreateVendorInput", Query: createQuery("createVendor", "CreateVendorInput"), AdminMay: true,
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"name": fmt.Sprintf("RTI altrui %d", f.next()), "isGrouping": true}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"ownerAggregationID": func(x *fixtureTenant) pulid.ID { return x.Aggregation.ID }})
	add(edgeCase{Input: "RegisterInvoiceInput", Service: true, Query: createQuery("registerInvoice", "RegisterInvoiceInput"),
		Base: func(f *authzFixture, o *fixtureTenant) map[string]any {
			return map[string]any{"projectID": o.Project.ID, "supplierVatID": validVAT, "number": fmt.Sprintf("NC-%d", f.next()),
				"documentType": "TD04", "issuedOn": "2027-05-20", "taxableCents": 1, "totalCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"creditedInvoiceID": invoice})
	add(edgeCase{Input: "RegisterInvoiceInput", Service: true, AdminMay: true, Query: createQuery("registerInvoice", "RegisterInvoiceInput"),
		Base: func(f *authzFixture, _ *fixtureTenant) map[string]any {
			return map[string]any{"supplierVatID": validVAT, "number": fmt.Sprintf("FA-%d", f.next()), "issuedOn": "2027-05-20",
				"taxableCents": 1, "totalCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"projectID": project})
	add(edgeCase{Input: "RecordPaymentInput", Service: true, AdminMay: true, Query: createQuery("recordPayment", "RecordPaymentInput"),
		Base: func(*authzFixture, *fixtureTenant) map[string]any {
			return map[string]any{"mandateNumber": "M-altrui", "mandateDate": "2027-07-01", "amountCents": 1}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"invoiceID": invoice})
	add(edgeCase{Input: "RecordInvoiceEuroValueInput", Service: true, AdminMay: true, Query: createQuery("recordInvoiceEuroValue", "RecordInvoiceEuroValueInput"),
		Base: func(*authzFixture, *fixtureTenant) map[string]any {
			return map[string]any{"taxableCents": 1, "conversionAct": "cambio del giorno"}
		}},
		map[string]func(*fixtureTenant) pulid.ID{"invoiceID": invoice})
	return cs
}

// edgeInputsWithoutTenant are the ID fields whose rows belong to no tenant
// (public bodies, vendors, users): they cannot link two tenants' rows.
// Each says where the rule of the write is tested.
var edgeInputsWithoutTenant = map[string]string{
	// requestAccess names the scope a person without roles asks a role in:
	// by design one the requester does not read; the service reads it as
	// the system, and the request belongs to that scope (its approvers').
	"RequestAccessInput.aggregationID":             "the aggregation asked for (internal/access: checked as the system; TestOIDC_AccessRequestFlow)",
	"RequestAccessInput.bodyID":                    "a public body, a current member of the aggregation (access_request.not_member)",
	"RequestAccessInput.regionBodyID":              "a public body of kind REGIONE (access_request.region_kind)",
	"CreateAggregationInput.leadID":                "a public body; formAggregation and createAggregation: matrix line Aggregation",
	"UpdateAggregationInput.leadID":                "a public body; matrix line Aggregation (update)",
	"FormAggregationInput.leadID":                  "a public body; AuditorFormsNoAggregation",
	"RequestAggregationInput.leadID":               "a public body (a Comune or an Unione: aggregation.member_kind); TestAccess_AggregationProposalRules",
	"AggregationMemberInput.bodyID":                "a public body; AuditorFormsNoAggregation",
	"CreateMembershipInput.bodyID":                 "a public body; matrix line Membership (create)",
	"CreateBudgetLineInput.bodyID":                 "a public body; TestCreateBudgetLine_StaysInsideTheApplication (members only)",
	"BudgetLineInput.bodyID":                       "a public body; the funding service's membership check",
	"AllocationInput.bodyID":                       "a public body; the variation service's membership check (allocation.not_member)",
	"VariationAllocationInput.bodyID":              "a public body; the variation service's membership check (allocation.not_member)",
	"CreateVariationInput.leavingBodyID":           "a public body; the variation service's membership check (variation.leaver_not_member)",
	"UpdateVariationInput.leavingBodyID":           "a public body; the variation service's membership check (variation.leaver_not_member)",
	"CreateVariationInput.joiningBodyID":           "a public body; the variation service's check (variation.joiner_member, aggregation.member_kind)",
	"UpdateVariationInput.joiningBodyID":           "a public body; the variation service's check (variation.joiner_member, aggregation.member_kind)",
	"CreateVariationInput.newLeadBodyID":           "a public body; the variation service's membership check (variation.new_lead_not_member)",
	"UpdateVariationInput.newLeadBodyID":           "a public body; the variation service's membership check (variation.new_lead_not_member)",
	"CreateVariationInput.contractModificationIDs": "no edge: IDs kept as a list, each made effective at approval by the contracting service (ApplyModification), which reads it as the deciding officer",
	"UpdateVariationInput.contractModificationIDs": "no edge: IDs kept as a list, each made effective at approval by the contracting service (ApplyModification), which reads it as the deciding officer",
	"CostShareInput.bodyID":                        "a public body; the project service's membership check",
	"ExpenseItemInput.bodyID":                      "a public body; the claim service's membership check",
	"DefineDeliverableInput.bodyIDs":               "public bodies; the project service's membership check",
	"CreateCallInput.issuerID":                     "the Region issuing the call: matrix line Call (create) in the other Region is FORBIDDEN",
	"CreateProcurementInput.runningBodyID":         "a public body; matrix line Procurement",
	"CreateProcurementInput.beneficiaryIDs":        "public bodies; matrix line Procurement",
	"UpdateProcurementInput.runningBodyID":         "a public body; matrix line Procurement",
	"UpdateProcurementInput.addBeneficiaryIDs":     "public bodies; matrix line Procurement",
	"UpdateProcurementInput.removeBeneficiaryIDs":  "public bodies; matrix line Procurement",
	"CreateLotInput.awardedVendorID":               "a vendor (registry shared by every aggregation); awards go through awardLot",
	"CreateLotInput.invitedVendorIDs":              "vendors; awards go through awardLot",
	"CreateLotInput.bidderIDs":                     "vendors; awards go through awardLot",
	"AwardLotInput.vendorID":                       "a vendor; the auditor sweep (awardLot)",
	"AwardLotInput.invitedIDs":                     "vendors; the auditor sweep (awardLot)",
	"AwardLotInput.bidderIDs":                      "vendors; the auditor sweep (awardLot)",
	"SignContractInput.vendorID":                   "a vendor; the auditor sweep (signContract)",
	"CreateGroupingMemberInput.groupingID":         "a vendor; matrix line GroupingMember",
	"CreateGroupingMemberInput.memberID":           "a vendor; matrix line GroupingMember",
	"GrantRoleInput.userID":                        "grantRole is for admins only: matrix line RoleAssignment, NoPrivilegeEscalation",
	"GrantRoleInput.regionBodyID":                  "grantRole is for admins only: matrix line RoleAssignment",
	"GrantRoleInput.aggregationID":                 "grantRole is for admins only: NoPrivilegeEscalation",
	"GrantRoleInput.bodyID":                        "grantRole is for admins only: matrix line RoleAssignment",
}

// runEdgeInputs adds a subtest per edge case and viewer, and one checking
// that every ID field of every mutation input has a case.
func runEdgeInputs(t *testing.T, f *authzFixture, res *matrixResults) {
	cases := edgeCases()
	t.Run("EveryEdgeInputHasACase", func(t *testing.T) {
		t.Parallel()
		have := map[string]bool{}
		for _, c := range cases {
			have[strings.Fields(c.Input)[0]+"."+c.Field] = true
		}
		for _, field := range mutationIDFields(t, f) {
			_, exempt := edgeInputsWithoutTenant[field]
			if !have[field] && !exempt {
				t.Errorf("input field %s sets an edge but has no case in edgeCases (set it to another tenant's row) nor a line in edgeInputsWithoutTenant", field)
			}
		}
	})
	for _, c := range cases {
		for _, v := range f.Viewers {
			if v.Kind == RoleAdmin && c.AdminMay {
				continue
			}
			t.Run(fmt.Sprintf("Edge %s.%s/%s", c.Input, c.Field, v.Name), func(t *testing.T) {
				t.Parallel()
				own, other := v.Home, f.other(v.Home)
				input := c.Base(f, own)
				if strings.HasSuffix(c.Field, "IDs") {
					input[c.Field] = []any{c.Foreign(other)}
				} else {
					input[c.Field] = c.Foreign(other)
				}
				vars := map[string]any{"input": input}
				if c.ID != nil {
					vars["id"] = c.ID(own)
				}
				m := f.marker()
				reqID := fmt.Sprintf("edge-%s-%d", testdb.Name(f.DB.Dialect), m.N)
				got := errorCodes(v.gql(t, reqID, c.Query, vars))
				if got == "" {
					got = outOK
				}
				want := []string{"NOT_FOUND", "FORBIDDEN"}
				switch {
				case v.Kind == RoleAnon:
					want = []string{"UNAUTHENTICATED"}
				case v.Kind == RoleAdmin:
					want = []string{"NOT_FOUND"}
				}
				if c.Service && v.Kind != RoleAnon {
					want = append(want, "INVALID")
				}
				res.record(matrixCellKey{"edge " + c.Input + "." + c.Field, "link another tenant's row", v.Name, true}, strings.Join(want, "|"), got)
				if !slices.Contains(want, got) {
					t.Errorf("%s: %s with %s = the other tenant's %s: got %s, want %s: rows of two tenants are never linked",
						v.Name, strings.Fields(c.Query)[2], c.Field, c.Foreign(other), got, strings.Join(want, " or "))
				}
				n, err := f.C.AuditEvent.Query().Where(auditevent.RequestID(reqID)).Count(f.Sys)
				if err != nil {
					t.Fatal(err)
				}
				if got != outOK && n > 0 {
					t.Errorf("%s: refused with %s but wrote %d audit events: something changed", v.Name, got, n)
				}
			})
		}
	}
}

// mutationIDFields lists, from the schema, "Input.field" for every field of
// type ID (or a list of IDs) of every input type a mutation takes, directly
// or nested.
func mutationIDFields(t *testing.T, f *authzFixture) []string {
	t.Helper()
	type typeRef struct {
		Kind   string   `json:"kind"`
		Name   *string  `json:"name"`
		OfType *typeRef `json:"ofType"`
	}
	type field struct {
		Name string  `json:"name"`
		Type typeRef `json:"type"`
	}
	var data struct {
		Schema struct {
			MutationType struct {
				Fields []struct {
					Args []field `json:"args"`
				} `json:"fields"`
			} `json:"mutationType"`
			Types []struct {
				Name        string  `json:"name"`
				Kind        string  `json:"kind"`
				InputFields []field `json:"inputFields"`
			} `json:"types"`
		} `json:"__schema"`
	}
	const ref = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`
	mustOK(t, f.ByName["admin"].gql(t, "", `{ __schema {
  mutationType { fields { args { name type { `+ref+` } } } }
  types { name kind inputFields { name type { `+ref+` } } }
} }`, nil)).decode(t, &data)
	base := func(r typeRef) string {
		for r.OfType != nil {
			r = *r.OfType
		}
		if r.Name == nil {
			return ""
		}
		return *r.Name
	}
	inputs := map[string][]field{}
	for _, ty := range data.Schema.Types {
		if ty.Kind == "INPUT_OBJECT" {
			inputs[ty.Name] = ty.InputFields
		}
	}
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		fs, ok := inputs[name]
		if !ok {
			return
		}
		seen[name] = true
		for _, fl := range fs {
			visit(base(fl.Type))
		}
	}
	for _, m := range data.Schema.MutationType.Fields {
		for _, a := range m.Args {
			visit(base(a.Type))
		}
	}
	var out []string
	for name := range seen {
		for _, fl := range inputs[name] {
			if base(fl.Type) == "ID" && fl.Name != "id" {
				out = append(out, name+"."+fl.Name)
			}
		}
	}
	sort.Strings(out)
	return out
}
