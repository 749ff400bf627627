package server_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/capofila/capofila/ent/gen/accessrequest"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/agreement"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/groupingmember"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/notifykind"
	"github.com/capofila/capofila/internal/reference"
	"github.com/capofila/capofila/internal/reqctx"
	"github.com/capofila/capofila/internal/server"
)

// The authorization fixture: two tenants on one fresh database, built
// through the system context, and one signed-in user (with API tokens) per
// role that the rules talk about.
//
//   - Tenant A: Regione Marche (the demo seed's Region), an aggregation of 3
//     comuni of the province of Macerata.
//   - Tenant B: Regione Umbria (ISTAT region code 10), an aggregation of 3
//     comuni of the province of Perugia.
//
// Each tenant has a published call with a category and a line, a second
// published call (the target of a DRAFT application), a DRAFT call, the
// aggregation with its memberships and agreement, a SUBMITTED application
// with a budget line, a project with everything under it (allocation,
// procurement, lot, contract with a vendor, cost share, two deliverables and
// two documents — one for the member referent's body and one for another
// member —, milestone, invoice, payment, a submitted and a draft expense
// claim with an expense item each, review, disbursement), an RTI vendor
// registered by the aggregation with a grouping member, and a failed sign-in
// attempt.

// umbriaCode is the ISTAT code of Regione Umbria.
const umbriaCode = "10"

// roleSet is a set of viewer kinds: the roles of the rules, plus "no role" and
// "anonymous".
type roleSet uint8

// The viewer kinds.
const (
	RoleAdmin roleSet = 1 << iota
	RoleOfficer
	RoleAuditor
	RoleLead
	RoleMember
	RoleNone
	RoleAnon
)

// Shorthands for the sets the rules talk about.
const (
	// Nobody is the empty set.
	NoRoles roleSet = 0
	// Anyone is every signed-in user.
	AnySignedIn = RoleAdmin | RoleOfficer | RoleAuditor | RoleLead | RoleMember | RoleNone
	// Tenant is everyone holding a role in a tenant: its Region's officers
	// and auditors (once it applied there), its lead and its member referents.
	TenantRoles = RoleOfficer | RoleAuditor | RoleLead | RoleMember
)

func (w roleSet) has(k roleSet) bool { return w&k != 0 }

// fixtureTenant is the data of one aggregation applying to one Region.
type fixtureTenant struct {
	Name   string // "A" or "B"
	Region *gen.PublicBody
	// Members are the member comuni: the lead first, then the member
	// referent's body, then another member.
	Members []*gen.PublicBody
	// Pool are other comuni of the same province, for creates.
	Pool []*gen.PublicBody

	Call, SecondCall, DraftCall   *gen.Call
	Category                      *gen.ExpenseCategory
	Line                          *gen.InterventionLine
	SecondCategory                *gen.ExpenseCategory
	SecondLine                    *gen.InterventionLine
	DraftCategory                 *gen.ExpenseCategory
	DraftLine                     *gen.InterventionLine
	Aggregation                   *gen.Aggregation
	Memberships                   []*gen.Membership
	Agreement                     *gen.Agreement
	Application, DraftApplication *gen.Application
	BudgetLine, DraftBudgetLine   *gen.BudgetLine
	Project                       *gen.Project
	Allocation                    *gen.Allocation
	Variation, DraftVariation     *gen.Variation
	VariationAllocation           *gen.VariationAllocation
	PlanVersion                   *gen.PlanVersion
	PlanAllocation                *gen.PlanAllocation
	Procurement                   *gen.Procurement
	Lot                           *gen.Lot
	Vendor, Grouping              *gen.Vendor
	GroupingMember                *gen.GroupingMember
	PopulationFigure              *gen.PopulationFigure
	Contract                      *gen.Contract
	CostShare                     *gen.CostShare
	ContractModification          *gen.ContractModification
	Deliverable, OtherDeliverable *gen.Deliverable
	Milestone                     *gen.Milestone
	Invoice                       *gen.Invoice
	Payment                       *gen.Payment
	InvoiceShare                  *gen.InvoiceShare
	Claim, DraftClaim             *gen.ExpenseClaim
	Item                          *gen.ExpenseItem
	DraftItem                     *gen.ExpenseItem
	Review                        *gen.Review
	Disbursement                  *gen.Disbursement
	Document, OtherDocument       *gen.Document
	// Documents attached to other objects (finding 3 of issue #23: a
	// document is read by whoever reads what it is attached to).
	ContractDocument, EvidenceDocument  *gen.Document // the contract's; another member's deliverable evidence
	DraftClaimDocument, ReportDocument  *gen.Document // an attachment of the draft claim; the submitted claim's report
	DraftAppDocument, LooseDocument     *gen.Document // an attachment of the draft application; attached to nothing
	VariationDocument                   *gen.Document // an attachment of the draft variation
	ProjectEvent, DraftApplicationEvent *gen.AuditEvent
	DraftClaimEvent                     *gen.AuditEvent
	// UpdateEvent is the update of the milestone's notes, BulkDeleteEvent
	// the bulk deletion of a milestone, OtherDeliverableEvent the update of
	// another member's deliverable.
	UpdateEvent, BulkDeleteEvent, OtherDeliverableEvent *gen.AuditEvent
	SignInAttempt                                       *gen.SignInAttempt
	IdempotencyKey                                      *gen.IdempotencyKey
	// AccessRequest is a pending request of a user without roles to be the
	// member referent of the other member body.
	AccessRequest *gen.AccessRequest
}

// Lead returns the lead body of the aggregation.
func (tn *fixtureTenant) Lead() *gen.PublicBody { return tn.Members[0] }

// ReferentBody returns the member body of the tenant's member referent.
func (tn *fixtureTenant) ReferentBody() *gen.PublicBody { return tn.Members[1] }

// OtherBody returns a member body without a referent in the fixture.
func (tn *fixtureTenant) OtherBody() *gen.PublicBody { return tn.Members[2] }

// fixtureViewer is one user of the fixture (or the anonymous caller).
type fixtureViewer struct {
	Name  string // column of the matrix
	Kind  roleSet
	Home  *fixtureTenant // the viewer's own tenant; A for viewers without one
	User  *gen.User
	Grant *authz.Grant // the main role assignment, nil without one

	Role       *gen.RoleAssignment // the main assignment
	SpareToken *gen.APIToken       // a token the viewer does not use
	TokenEvent *gen.AuditEvent     // the creation of SpareToken
	SpareFeed  *gen.CalendarFeed   // a calendar feed of the viewer
	Session    *gen.Session
	Notice     *gen.Notification // a notification for the viewer
	// Preference is the viewer's e-mail choice for DEADLINE_REMINDER
	// (IMMEDIATE); Unsubscribe its unsubscribe secret.
	Preference  *gen.NotificationPreference
	Unsubscribe *gen.UnsubscribeToken
	Other       *fixtureViewer // whose account is "another user's" for this viewer

	http *client
	ent  *authz.Viewer // what the server resolves the token to
}

// ctx returns a context carrying the viewer (none for anonymous) and a
// request id, for Ent-level operations.
func (v *fixtureViewer) ctx(reqID string) context.Context {
	ctx := reqctx.WithRequestID(context.Background(), reqID)
	if v.ent == nil {
		return ctx
	}
	return authz.NewContext(ctx, v.ent)
}

// gql posts a GraphQL operation as the viewer, with a request id so that
// the audit log can tell what the request changed.
func (v *fixtureViewer) gql(t *testing.T, reqID, query string, vars map[string]any) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, v.http.srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if reqID != "" {
		req.Header.Set("X-Request-Id", reqID)
	}
	return readResponse(t, v.http.send(t, req))
}

// authzFixture is the whole data set and its users.
type authzFixture struct {
	DB *db.DB
	C  *gen.Client
	// Store keeps the bytes of the fixture's documents (downloads).
	Store  docstore.Store
	Sys    context.Context
	Server *server.Server
	A, B   *fixtureTenant
	// Viewers in the order of the matrix columns.
	Viewers []*fixtureViewer
	ByName  map[string]*fixtureViewer

	seq, markers atomic.Int64
	// rowLocks serializes the matrix's writes of one row.
	rowLocks sync.Map
}

// next returns a number unique within the fixture.
func (f *authzFixture) next() int64 { return f.seq.Add(1) }

// tenants returns both tenants.
func (f *authzFixture) tenants() []*fixtureTenant { return []*fixtureTenant{f.A, f.B} }

// other returns the tenant that is not tn.
func (f *authzFixture) other(tn *fixtureTenant) *fixtureTenant {
	if tn == f.A {
		return f.B
	}
	return f.A
}

// mustFixture returns a function that fails the test on err and returns v:
// mustFixture(f())(t).
func mustFixture[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatalf("building the authorization fixture: %v", err)
		}
		return v
	}
}

// saveFixture saves a create builder in ctx and returns the new row, failing the
// test on error.
func saveFixture[T any](t testing.TB, ctx context.Context, b interface {
	Save(context.Context) (T, error)
}) T {
	t.Helper()
	v, err := b.Save(ctx)
	if err != nil {
		t.Fatalf("building the authorization fixture: %v", err)
	}
	return v
}

// newAuthzFixture seeds the demo (for the comuni and Regione Marche), adds
// both tenants and the users, and starts an HTTP server over d.
func newAuthzFixture(t *testing.T, d *db.DB) *authzFixture {
	t.Helper()
	start := time.Now()
	sys := authz.WithSystem(context.Background())
	f := &authzFixture{DB: d, C: d.Client(), Sys: sys, ByName: map[string]*fixtureViewer{}, Store: docstore.Disk{Root: t.TempDir()}}
	f.seq.Store(1000)
	res := mustFixture(demo.Seed(context.Background(), f.C))(t)
	seeded := time.Now()
	umbria := mustFixture(reference.Region(sys, f.C, umbriaCode))(t)
	f.A = f.buildTenant(t, "A", res.Region, "MC")
	f.B = f.buildTenant(t, "B", umbria, "PG")
	built := time.Now()

	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelError}))
	f.Server = app.New(app.Config{Version: testVersion, Documents: f.Store}, d, f.C, log).Server
	srv := httptest.NewServer(f.Server.Handler())
	t.Cleanup(srv.Close)
	f.addViewers(t, srv)
	t.Logf("authorization fixture built in %v (demo seed %v, tenants %v, users %v)", time.Since(start).Round(time.Millisecond),
		seeded.Sub(start).Round(time.Millisecond), built.Sub(seeded).Round(time.Millisecond), time.Since(built).Round(time.Millisecond))
	return f
}

// buildTenant creates one tenant under region, with member comuni of the
// province.
func (f *authzFixture) buildTenant(t *testing.T, name string, region *gen.PublicBody, province string) *fixtureTenant {
	t.Helper()
	sys, c := f.Sys, f.C
	tn := &fixtureTenant{Name: name, Region: region}
	comuni := mustFixture(c.PublicBody.Query().
		Where(publicbody.KindEQ(publicbody.KindCOMUNE), publicbody.ProvinceCode(province)).
		Order(gen.Desc(publicbody.FieldPopulation), gen.Asc(publicbody.FieldID)).
		Limit(40).All(sys))(t)
	if len(comuni) < 20 {
		t.Fatalf("only %d comuni in province %s", len(comuni), province)
	}
	tn.Members, tn.Pool = comuni[:3], comuni[3:]
	// The open-data exports name the lead and the Region by codice fiscale.
	for i, b := range []*gen.PublicBody{tn.Region, tn.Lead()} {
		if b.CodiceFiscale == nil || *b.CodiceFiscale == "" {
			b = saveFixture(t, sys, c.PublicBody.UpdateOne(b).SetCodiceFiscale(f.vat()))
		}
		if i == 0 {
			tn.Region = b
		} else {
			tn.Members[0] = b
		}
	}

	tn.Call = saveFixture(t, sys, f.newCall(tn, call.StatusPUBLISHED))
	tn.Category = saveFixture(t, sys, f.newCategory(tn.Call))
	tn.Line = saveFixture(t, sys, f.newLine(tn.Call))
	tn.SecondCall = saveFixture(t, sys, f.newCall(tn, call.StatusPUBLISHED))
	tn.SecondCategory = saveFixture(t, sys, f.newCategory(tn.SecondCall))
	tn.SecondLine = saveFixture(t, sys, f.newLine(tn.SecondCall))
	tn.DraftCall = saveFixture(t, sys, f.newCall(tn, call.StatusDRAFT))
	tn.DraftCategory = saveFixture(t, sys, f.newCategory(tn.DraftCall))
	tn.DraftLine = saveFixture(t, sys, f.newLine(tn.DraftCall))

	tn.Aggregation = saveFixture(t, sys, c.Aggregation.Create().
		SetName("Aggregazione "+name).SetLeadID(tn.Lead().ID).
		SetDescription("Aggregazione di prova "+name))
	for i, b := range tn.Members {
		role := membership.RoleMEMBER
		if i == 0 {
			role = membership.RoleLEAD
		}
		tn.Memberships = append(tn.Memberships, saveFixture(t, sys, c.Membership.Create().
			SetAggregationID(tn.Aggregation.ID).SetBodyID(b.ID).SetRole(role).
			SetResolutionNumber(fmt.Sprintf("%d", 10+i))))
	}
	tn.Agreement = saveFixture(t, sys, c.Agreement.Create().
		SetAggregationID(tn.Aggregation.ID).SetKind(agreement.KindCONVENZIONE_ART30_TUEL).
		SetTitle("Convenzione "+name).SetPurpose("Gestione associata"))

	tn.Application = saveFixture(t, sys, f.newApplication(tn, tn.Call).SetStatus(application.StatusSUBMITTED).
		SetSubmittedAt(time.Now()))
	// The submitted application asks for the project's grant (30.000 €).
	tn.BudgetLine = saveFixture(t, sys, f.newBudgetLine(tn.Application, tn.ReferentBody(), tn.Line, tn.Category).SetAmountCents(3_000_000))
	tn.DraftApplication = saveFixture(t, sys, f.newApplication(tn, tn.SecondCall))
	tn.DraftBudgetLine = saveFixture(t, sys, f.newBudgetLine(tn.DraftApplication, tn.ReferentBody(), tn.SecondLine, tn.SecondCategory))

	cup := map[string]string{"A": "D71B21000450006", "B": "D71B21000450007"}[name]
	tn.Project = saveFixture(t, sys, f.newProject(tn.Application).SetCup(cup))
	tn.Allocation = saveFixture(t, sys, f.newAllocation(tn.Project, tn.ReferentBody(), tn.Category).SetInterventionLineID(tn.Line.ID))
	tn.Variation = saveFixture(t, sys, f.newVariation(tn.Project).SetStatus(variation.StatusREQUESTED).SetSubmittedAt(time.Now()))
	tn.DraftVariation = saveFixture(t, sys, f.newVariation(tn.Project))
	tn.VariationAllocation = saveFixture(t, sys, f.newVariationAllocation(tn.Variation, tn.ReferentBody(), tn.Category))
	tn.PlanVersion = saveFixture(t, sys, f.newPlanVersion(tn.Project, 1))
	tn.PlanAllocation = saveFixture(t, sys, f.newPlanAllocation(tn.PlanVersion, tn.ReferentBody(), tn.Category))
	tn.Procurement = saveFixture(t, sys, f.newProcurement(tn))
	tn.Lot = saveFixture(t, sys, f.newLot(tn.Procurement))
	tn.Vendor = saveFixture(t, sys, f.newVendor())
	tn.Grouping = saveFixture(t, sys, c.Vendor.Create().SetName("RTI "+name).SetIsGrouping(true).SetOwnerAggregationID(tn.Aggregation.ID))
	tn.GroupingMember = saveFixture(t, sys, c.GroupingMember.Create().SetGroupingID(tn.Grouping.ID).
		SetMemberID(tn.Vendor.ID).SetRole(groupingmember.RoleMANDATARIA))
	// A figure of a year no import loads: a row of the table, not a
	// statement about the comune.
	tn.PopulationFigure = saveFixture(t, sys, c.PopulationFigure.Create().SetBodyID(tn.ReferentBody().ID).SetYear(1901).
		SetPopulation(1000).SetSource("fixture"))
	tn.Contract = saveFixture(t, sys, f.newContract(tn.Lot, tn.Vendor))
	tn.CostShare = saveFixture(t, sys, f.newCostShare(tn.Contract, tn.ReferentBody()))
	tn.ContractModification = saveFixture(t, sys, f.newContractModification(tn.Contract, 1))
	tn.Deliverable = saveFixture(t, sys, f.newDeliverable(tn, tn.ReferentBody()))
	tn.OtherDeliverable = saveFixture(t, sys, f.newDeliverable(tn, tn.OtherBody()))
	tn.Milestone = saveFixture(t, sys, f.newMilestone(tn.Project))
	tn.Invoice = saveFixture(t, sys, f.newInvoice(tn.Project).SetContractID(tn.Contract.ID).SetVendorID(tn.Vendor.ID))
	tn.Payment = saveFixture(t, sys, f.newPayment(tn.Invoice))
	tn.InvoiceShare = saveFixture(t, sys, f.newInvoiceShare(tn.Invoice, tn.ReferentBody()))
	tn.Claim = saveFixture(t, sys, f.newClaim(tn.Project).SetStatus(expenseclaim.StatusSUBMITTED).SetSubmittedAt(time.Now()))
	tn.DraftClaim = saveFixture(t, sys, f.newClaim(tn.Project))
	tn.Item = saveFixture(t, sys, f.newItem(tn.Claim, tn).SetPaymentID(tn.Payment.ID))
	tn.DraftItem = saveFixture(t, sys, f.newItem(tn.DraftClaim, tn))
	tn.Review = saveFixture(t, sys, f.newReview(tn.Claim))
	tn.Disbursement = saveFixture(t, sys, f.newDisbursement(tn.Project).SetClaimID(tn.Claim.ID))
	tn.Document = saveFixture(t, sys, f.newDocument(tn, tn.ReferentBody()).SetAgreementID(tn.Agreement.ID))
	tn.OtherDocument = saveFixture(t, sys, f.newDocument(tn, tn.OtherBody()).SetAgreementID(tn.Agreement.ID))
	tn.ContractDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindCONTRACT).SetContractID(tn.Contract.ID))
	tn.EvidenceDocument = saveFixture(t, sys, f.newDocument(tn, tn.OtherBody()).SetKind(document.KindEVIDENCE).SetDeliverableID(tn.OtherDeliverable.ID))
	tn.DraftClaimDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindOTHER).SetExpenseClaimID(tn.DraftClaim.ID))
	tn.ReportDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindCLAIM_REPORT).SetExpenseClaimID(tn.Claim.ID))
	tn.DraftAppDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindATTACHMENT).SetApplicationID(tn.DraftApplication.ID))
	tn.LooseDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindOTHER))
	tn.VariationDocument = saveFixture(t, sys, f.newDocument(tn, nil).SetKind(document.KindOTHER).SetVariationID(tn.DraftVariation.ID))

	tn.ProjectEvent = mustFixture(c.AuditEvent.Query().Where(auditevent.EntityID(string(tn.Project.ID))).First(sys))(t)
	tn.DraftApplicationEvent = mustFixture(c.AuditEvent.Query().Where(auditevent.EntityID(string(tn.DraftApplication.ID))).First(sys))(t)
	tn.DraftClaimEvent = mustFixture(c.AuditEvent.Query().Where(auditevent.EntityID(string(tn.DraftClaim.ID))).First(sys))(t)
	tn.UpdateEvent = f.changeEvent(t, tn.Milestone.ID.String(), "UPDATE", func() error {
		return c.Milestone.UpdateOneID(tn.Milestone.ID).SetNotes("ordine del giorno aggiornato").Exec(sys)
	})
	gone := saveFixture(t, sys, f.newMilestone(tn.Project).SetTitle("Riunione annullata"))
	tn.BulkDeleteEvent = f.changeEvent(t, gone.ID.String(), "DELETE", func() error {
		_, err := c.Milestone.Delete().Where(milestone.ID(gone.ID)).Exec(sys)
		return err
	})
	tn.OtherDeliverableEvent = f.changeEvent(t, tn.OtherDeliverable.ID.String(), "UPDATE", func() error {
		return c.Deliverable.UpdateOneID(tn.OtherDeliverable.ID).SetProgressNote("in corso").Exec(sys)
	})
	attempt := saveFixture(t, sys, c.SignInAttempt.Create().
		SetEmail(fmt.Sprintf("sconosciuto-%s@capofila.test", name)).SetIP("192.0.2.1"))
	// Read back: the tests compare its timestamps with the stored ones.
	tn.SignInAttempt = mustFixture(c.SignInAttempt.Get(sys, attempt.ID))(t)
	owner := saveFixture(t, sys, c.User.Create().SetEmail("chiavi-"+strings.ToLower(name)+"@capofila.test").SetDisplayName("Titolare delle chiavi"))
	key := saveFixture(t, sys, c.IdempotencyKey.Create().SetUserID(owner.ID).
		SetKey("chiave-"+name).SetRequestSha256(strings.Repeat("a", 64)).SetResponse([]byte(`{"ok":true}`)))
	tn.IdempotencyKey = mustFixture(c.IdempotencyKey.Get(sys, key.ID))(t)
	asker := saveFixture(t, sys, c.User.Create().SetEmail("richiedente-"+strings.ToLower(name)+"@capofila.test").SetDisplayName("Richiedente "+name))
	tn.AccessRequest = saveFixture(t, sys, f.newAccessRequest(tn, asker.ID))
	return tn
}

func (f *authzFixture) newAccessRequest(tn *fixtureTenant, user pulid.ID) *gen.AccessRequestCreate {
	return f.C.AccessRequest.Create().SetUserID(user).SetRole(accessrequest.RoleMEMBER_REFERENT).
		SetAggregationID(tn.Aggregation.ID).SetBodyID(tn.OtherBody().ID).SetScopeLabel(tn.OtherBody().Name).
		SetActKind(accessrequest.ActKindDECRETO_NOMINA).SetActNumber("3/2026").SetActDate(civil.New(2026, 3, 2)).
		SetActIssuer("Sindaco").SetActFilename("decreto.pdf").SetActSizeBytes(946).
		SetActSha256(strings.Repeat("b", 64)).SetActStorageKey("bb/" + strings.Repeat("b", 64))
}

// changeEvent makes a change and returns its audit event (operation op of
// the row id).
func (f *authzFixture) changeEvent(t *testing.T, id, op string, change func() error) *gen.AuditEvent {
	t.Helper()
	if err := change(); err != nil {
		t.Fatalf("building the authorization fixture: %v", err)
	}
	return mustFixture(f.C.AuditEvent.Query().Where(auditevent.EntityID(id), auditevent.Operation(op)).Only(f.Sys))(t)
}

// Builders: each returns a create builder with valid defaults, to save
// with whatever context the caller acts in (the system for the fixture, a
// viewer in the tests).

func (f *authzFixture) newCall(tn *fixtureTenant, status call.Status) *gen.CallCreate {
	n := f.next()
	return f.C.Call.Create().SetIssuerID(tn.Region.ID).
		SetTitle(fmt.Sprintf("Avviso %s n. %d", tn.Name, n)).
		SetFund(call.FundFESR).SetStatus(status).
		SetTotalBudgetCents(100_000_000).SetCapPerMemberCents(7_000_000).
		SetEligibleFrom(civil.New(2026, 1, 1)).SetEligibleUntil(civil.New(2029, 12, 31))
}

func (f *authzFixture) newCategory(cl *gen.Call) *gen.ExpenseCategoryCreate {
	return f.C.ExpenseCategory.Create().SetCallID(cl.ID).
		SetCode(fmt.Sprintf("K%d", f.next())).SetName("Servizi specialistici")
}

func (f *authzFixture) newLine(cl *gen.Call) *gen.InterventionLineCreate {
	return f.C.InterventionLine.Create().SetCallID(cl.ID).
		SetCode(fmt.Sprintf("L%d", f.next())).SetName("Pagamenti online (pagoPA)")
}

func (f *authzFixture) newApplication(tn *fixtureTenant, cl *gen.Call) *gen.ApplicationCreate {
	return f.C.Application.Create().SetCallID(cl.ID).SetAggregationID(tn.Aggregation.ID).
		SetTitle(fmt.Sprintf("Progetto dell'aggregazione %s n. %d", tn.Name, f.next())).
		SetSummary("Servizi digitali condivisi")
}

func (f *authzFixture) newBudgetLine(app *gen.Application, b *gen.PublicBody, l *gen.InterventionLine, k *gen.ExpenseCategory) *gen.BudgetLineCreate {
	return f.C.BudgetLine.Create().SetApplicationID(app.ID).SetBodyID(b.ID).
		SetInterventionLineID(l.ID).SetExpenseCategoryID(k.ID).SetAmountCents(1_000_000).SetNote("pagoPA")
}

func (f *authzFixture) newProject(app *gen.Application) *gen.ProjectCreate {
	return f.C.Project.Create().SetApplicationID(app.ID).SetCallID(app.CallID).SetAggregationID(app.AggregationID).
		SetTitle(app.Title).SetCup(fmt.Sprintf("E12C%011d", f.next())).
		SetDecreeNumber("412").SetDecreeDate(civil.New(2027, 3, 1)).SetGrantedCents(3_000_000)
}

func (f *authzFixture) newAllocation(p *gen.Project, b *gen.PublicBody, k *gen.ExpenseCategory) *gen.AllocationCreate {
	return f.C.Allocation.Create().SetProjectID(p.ID).SetBodyID(b.ID).SetExpenseCategoryID(k.ID).SetAmountCents(1_000_000)
}

func (f *authzFixture) newVariation(p *gen.Project) *gen.VariationCreate {
	n, _ := f.C.Variation.Query().Where(variation.ProjectID(p.ID)).Count(f.Sys)
	return f.C.Variation.Create().SetProjectID(p.ID).SetNumber(n + 1).SetKinds([]string{"END_DATE_EXTENSION"}).
		SetReason("Proroga di sei mesi").SetRequestedEndsOn(civil.New(2030, 6, 30))
}

func (f *authzFixture) newVariationAllocation(v *gen.Variation, b *gen.PublicBody, k *gen.ExpenseCategory) *gen.VariationAllocationCreate {
	return f.C.VariationAllocation.Create().SetVariationID(v.ID).SetBodyID(b.ID).SetExpenseCategoryID(k.ID).SetAmountCents(1_000_000)
}

func (f *authzFixture) newPlanVersion(p *gen.Project, n int) *gen.PlanVersionCreate {
	return f.C.PlanVersion.Create().SetProjectID(p.ID).SetNumber(n).SetEffectiveFrom(civil.New(2027, 1, 1))
}

func (f *authzFixture) newPlanAllocation(pv *gen.PlanVersion, b *gen.PublicBody, k *gen.ExpenseCategory) *gen.PlanAllocationCreate {
	return f.C.PlanAllocation.Create().SetPlanVersionID(pv.ID).SetBodyID(b.ID).SetExpenseCategoryID(k.ID).SetAmountCents(1_000_000)
}

func (f *authzFixture) newProcurement(tn *fixtureTenant) *gen.ProcurementCreate {
	return f.C.Procurement.Create().SetProjectID(tn.Project.ID).SetRunningBodyID(tn.Lead().ID).
		SetTitle("Piattaforma pagoPA").SetObjectType(procurement.ObjectTypeSERVICES).
		SetProcedureType(procurement.ProcedureTypeDIRECT_AWARD).SetBaseCents(9_000_000)
}

// cig returns a valid, unused standard CIG.
func (f *authzFixture) cig() string {
	n := int(f.next()) + 3_000_000
	return fmt.Sprintf("%07d%s", n, italy.CIGCheck(n))
}

func (f *authzFixture) newLot(p *gen.Procurement) *gen.LotCreate {
	return f.C.Lot.Create().SetProcurementID(p.ID).SetNumber(int(f.next())).
		SetTitle("Lotto unico").SetCig(f.cig()).SetBaseCents(9_000_000)
}

// vat returns a valid, unused partita IVA.
func (f *authzFixture) vat() string {
	base := fmt.Sprintf("08%05d044", f.next()%100000)
	d, err := italy.CheckDigitPartitaIVA(base)
	if err != nil {
		panic(err)
	}
	return base + string(d)
}

func (f *authzFixture) newVendor() *gen.VendorCreate {
	return f.C.Vendor.Create().SetName(fmt.Sprintf("Fornitore %d S.r.l.", f.next())).SetVatID(f.vat()).SetCity("Macerata")
}

func (f *authzFixture) newContract(l *gen.Lot, v *gen.Vendor) *gen.ContractCreate {
	return f.C.Contract.Create().SetLotID(l.ID).SetVendorID(v.ID).SetReference("ODA 1").SetNetCents(3_000_000).SetVatCents(660_000)
}

func (f *authzFixture) newContractModification(ct *gen.Contract, n int) *gen.ContractModificationCreate {
	return f.C.ContractModification.Create().SetContractID(ct.ID).SetNumber(n).
		SetBasis(contractmodification.BasisFIFTH_INCREASE_DECREASE).SetReason("Quinto d'obbligo").
		SetBeforeNetCents(ct.NetCents).SetBeforeVatCents(ct.VatCents).SetBeforeContractVersion(ct.Version).
		SetNetCents(ct.NetCents + 300_000).SetVatCents(ct.VatCents + 66_000)
}

func (f *authzFixture) newCostShare(ct *gen.Contract, b *gen.PublicBody) *gen.CostShareCreate {
	return f.C.CostShare.Create().SetContractID(ct.ID).SetBodyID(b.ID).SetAmountCents(1_220_000)
}

func (f *authzFixture) newDeliverable(tn *fixtureTenant, b *gen.PublicBody) *gen.DeliverableCreate {
	return f.C.Deliverable.Create().SetProjectID(tn.Project.ID).SetBodyID(b.ID).SetInterventionLineID(tn.Line.ID).
		SetTitle("Attivazione pagoPA").SetProgressNote("avviato")
}

func (f *authzFixture) newMilestone(p *gen.Project) *gen.MilestoneCreate {
	return f.C.Milestone.Create().SetProjectID(p.ID).SetTitle("Riunione di avvio").
		SetKind(milestone.KindMEETING).SetDueOn(civil.New(2027, 4, 1)).SetNotes("ordine del giorno")
}

func (f *authzFixture) newInvoice(p *gen.Project) *gen.InvoiceCreate {
	return f.C.Invoice.Create().SetProjectID(p.ID).SetSupplierVatID(validVAT).SetSupplierName("Fornitore").
		SetNumber(fmt.Sprintf("FT-%d", f.next())).SetIssuedOn(civil.New(2027, 5, 2)).
		SetTaxableCents(1_000_000).SetVatCents(220_000).SetTotalCents(1_220_000)
}

func (f *authzFixture) newPayment(in *gen.Invoice) *gen.PaymentCreate {
	return f.C.Payment.Create().SetInvoiceID(in.ID).SetMandateNumber("M-1").
		SetMandateDate(civil.New(2027, 6, 1)).SetAmountCents(1_220_000).SetReceiptDate(civil.New(2027, 6, 3))
}

func (f *authzFixture) newInvoiceShare(in *gen.Invoice, b *gen.PublicBody) *gen.InvoiceShareCreate {
	return f.C.InvoiceShare.Create().SetInvoiceID(in.ID).SetBodyID(b.ID).SetAmountCents(1_220_000)
}

func (f *authzFixture) newClaim(p *gen.Project) *gen.ExpenseClaimCreate {
	return f.C.ExpenseClaim.Create().SetProjectID(p.ID).SetNumber(int(f.next())).
		SetPeriodStart(civil.New(2027, 1, 1)).SetPeriodEnd(civil.New(2027, 6, 30)).SetNarrative("primo semestre")
}

func (f *authzFixture) newItem(cl *gen.ExpenseClaim, tn *fixtureTenant) *gen.ExpenseItemCreate {
	return f.C.ExpenseItem.Create().SetClaimID(cl.ID).SetInvoiceID(tn.Invoice.ID).
		SetBodyID(tn.ReferentBody().ID).SetExpenseCategoryID(tn.Category.ID).SetClaimedCents(1_220_000)
}

func (f *authzFixture) newReview(cl *gen.ExpenseClaim) *gen.ReviewCreate {
	return f.C.Review.Create().SetClaimID(cl.ID).SetComments("in corso")
}

func (f *authzFixture) newDisbursement(p *gen.Project) *gen.DisbursementCreate {
	return f.C.Disbursement.Create().SetProjectID(p.ID).SetKind(disbursement.KindINTERIM).SetAmountCents(900_000)
}

// newDocument returns a document of tn's aggregation concerning body b
// (nil: the whole aggregation), its bytes in the fixture's store.
func (f *authzFixture) newDocument(tn *fixtureTenant, b *gen.PublicBody) *gen.DocumentCreate {
	st, err := f.Store.Put(strings.NewReader(fmt.Sprintf("documento %s %d", tn.Name, f.next())), "delibera.txt")
	if err != nil {
		panic(err)
	}
	d := f.C.Document.Create().SetAggregationID(tn.Aggregation.ID).
		SetKind(document.KindRESOLUTION).SetFilename("delibera.txt").SetMimeType("text/plain").
		SetSizeBytes(st.Size).SetSha256(st.SHA256).SetStorageKey(st.Key)
	if b != nil {
		d.SetBodyID(b.ID)
	}
	return d
}

// matrixPassword is the password of the matrix's users.
const matrixPassword = "password-della-matrice"

var matrixPasswordHash = sync.OnceValue(func() string {
	h, err := auth.HashPassword(matrixPassword)
	if err != nil {
		panic(err)
	}
	return h
})

// addViewers creates the users of the matrix, each with its role
// assignment, an API token for the requests, a spare token and a session.
func (f *authzFixture) addViewers(t *testing.T, srv *httptest.Server) {
	t.Helper()
	sys, c, a := f.Sys, f.C, f.Server.Auth()
	specs := []struct {
		name  string
		kind  roleSet
		home  *fixtureTenant
		grant *authz.Grant
	}{
		{"admin", RoleAdmin, f.A, &authz.Grant{Role: authz.Admin}},
		{"officerA", RoleOfficer, f.A, &authz.Grant{Role: authz.RegionOfficer, RegionBodyID: f.A.Region.ID}},
		{"auditorA", RoleAuditor, f.A, &authz.Grant{Role: authz.Auditor, RegionBodyID: f.A.Region.ID}},
		{"officerB", RoleOfficer, f.B, &authz.Grant{Role: authz.RegionOfficer, RegionBodyID: f.B.Region.ID}},
		{"leadA", RoleLead, f.A, &authz.Grant{Role: authz.LeadManager, AggregationID: f.A.Aggregation.ID}},
		{"memberA", RoleMember, f.A, &authz.Grant{Role: authz.MemberReferent, AggregationID: f.A.Aggregation.ID, BodyID: f.A.ReferentBody().ID}},
		{"leadB", RoleLead, f.B, &authz.Grant{Role: authz.LeadManager, AggregationID: f.B.Aggregation.ID}},
		{"noRole", RoleNone, f.A, nil},
		{"anonymous", RoleAnon, f.A, nil},
	}
	for _, s := range specs {
		v := &fixtureViewer{Name: s.name, Kind: s.kind, Home: s.home, Grant: s.grant, http: &client{srv: srv}}
		f.Viewers = append(f.Viewers, v)
		f.ByName[s.name] = v
		if s.kind == RoleAnon {
			continue
		}
		// The tests use API tokens; the password is for changing it
		// (setPassword asks for the current one), one hash for every user:
		// hashing costs more than the rest of the user's setup.
		v.User = saveFixture(t, sys, c.User.Create().SetEmail("matrice-"+strings.ToLower(s.name)+"@capofila.test").SetDisplayName("Utente "+s.name).
			SetPasswordHash(matrixPasswordHash()))
		if s.grant != nil {
			v.Role = mustFixture(a.Grant(sys, v.User.ID, *s.grant))(t)
		}
		self := authz.NewContext(context.Background(), &authz.Viewer{UserID: v.User.ID, Email: v.User.Email})
		token, _ := mustFixture2(a.CreateToken(self, "matrice", nil))(t)
		v.http.bearer = token
		_, v.SpareToken = mustFixture2(a.CreateToken(self, "riserva", nil))(t)
		v.TokenEvent = tokenEvent(t, f, v.SpareToken.ID)
		_, v.SpareFeed = mustFixture2(f.Server.Calendar().Create(self))(t)
		v.Session = saveFixture(t, sys, c.Session.Create().SetUserID(v.User.ID).SetTokenHash(randomTokenHash()).
			SetExpiresAt(time.Now().Add(time.Hour)))
		v.Notice = saveFixture(t, sys, c.Notification.Create().SetUserID(v.User.ID).SetKind(notifykind.ReviewCompleted).
			SetTitle("Controllo concluso").SetPath("/rendiconti").SetDedupKey("matrice"))
		v.ent = mustFixture(a.ViewerFromToken(context.Background(), token))(t)
		v.Preference, v.Unsubscribe = preferenceRows(t, c, sys, v.User.ID)
	}
	// "Another user" is the lead of the other tenant (for the leads, the lead
	// of the other tenant too; for the anonymous caller it does not matter).
	for _, v := range f.Viewers {
		v.Other = f.ByName["leadB"]
		if v.Home == f.B {
			v.Other = f.ByName["leadA"]
		}
	}
	// The anonymous caller's "own" account rows are leadA's: every request
	// of it must fail before looking at them.
	anon := f.ByName["anonymous"]
	anon.User, anon.Role, anon.SpareToken, anon.Session = f.ByName["leadA"].User, f.ByName["leadA"].Role, f.ByName["leadA"].SpareToken, f.ByName["leadA"].Session
	anon.SpareFeed, anon.Notice = f.ByName["leadA"].SpareFeed, f.ByName["leadA"].Notice
	anon.TokenEvent = f.ByName["leadA"].TokenEvent
	anon.Grant = f.ByName["leadA"].Grant
	anon.Unsubscribe = f.ByName["leadA"].Unsubscribe
	// Its preference is a user's no case writes, so that a change of it
	// can only be the anonymous caller's.
	nobody := saveFixture(t, sys, c.User.Create().SetEmail("matrice-nessuno@capofila.test").SetDisplayName("Nessuno"))
	anon.Preference, _ = preferenceRows(t, c, sys, nobody.ID)
}

// preferenceRows creates a user's e-mail choice for DEADLINE_REMINDER
// (IMMEDIATE) and unsubscribe secret.
func preferenceRows(t *testing.T, c *gen.Client, sys context.Context, id pulid.ID) (*gen.NotificationPreference, *gen.UnsubscribeToken) {
	p := saveFixture(t, sys, c.NotificationPreference.Create().SetUserID(id).SetKind(notifykind.DeadlineReminder).SetDelivery(notifykind.Immediate))
	tok := saveFixture(t, sys, c.UnsubscribeToken.Create().SetUserID(id).SetToken(fmt.Sprintf("%-43.43s", "matrice-"+string(id))))
	return p, tok
}

// tokenEvent returns the event of an API token's creation; when there is
// none, an event that does not exist (whoever should read it finds nothing).
func tokenEvent(t *testing.T, f *authzFixture, id pulid.ID) *gen.AuditEvent {
	ev, err := f.C.AuditEvent.Query().Where(auditevent.EntityID(string(id)), auditevent.Operation("CREATE")).Only(f.Sys)
	if gen.IsNotFound(err) {
		return &gen.AuditEvent{ID: pulid.New("AE")}
	}
	return mustFixture(ev, err)(t)
}

// roleCopy returns a builder for another role assignment of v identical to
// its main one: it changes nothing v may do, so tests may revoke it.
func (f *authzFixture) roleCopy(v *fixtureViewer) *gen.RoleAssignmentCreate {
	g := v.Grant
	b := f.C.RoleAssignment.Create().SetUserID(v.User.ID).SetRole(roleassignment.Role(g.Role))
	if g.RegionBodyID != "" {
		b.SetRegionBodyID(g.RegionBodyID)
	}
	if g.AggregationID != "" {
		b.SetAggregationID(g.AggregationID)
	}
	if g.BodyID != "" {
		b.SetBodyID(g.BodyID)
	}
	return b
}

// mustFixture2 is mustFixture for functions returning two values.
func mustFixture2[A, B any](a A, b B, err error) func(testing.TB) (A, B) {
	return func(t testing.TB) (A, B) {
		t.Helper()
		if err != nil {
			t.Fatalf("building the authorization fixture: %v", err)
		}
		return a, b
	}
}

func randomTokenHash() string {
	var b [32]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
