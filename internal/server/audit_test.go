package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// doWithRequestID posts a GraphQL operation with the given X-Request-Id and
// returns the response and the X-Request-Id the server answered with.
func (c *client) doWithRequestID(t *testing.T, requestID, query string, vars map[string]any) (response, string) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", requestID)
	resp := c.send(t, req)
	echoed := resp.Header.Get("X-Request-Id")
	return readResponse(t, resp), echoed
}

// myID returns the user id of the client's viewer.
func (c *client) myID(t *testing.T) string {
	t.Helper()
	var data meAnswer
	mustOK(t, c.do(t, `{ me { id } }`, nil)).decode(t, &data)
	if data.Me == nil {
		t.Fatal("the client is anonymous")
	}
	return data.Me.ID
}

// auditEventsOf returns the audit events of an entity, oldest first, as the system.
func auditEventsOf(t *testing.T, c *gen.Client, entityID string) []*gen.AuditEvent {
	t.Helper()
	evs, err := c.AuditEvent.Query().Where(auditevent.EntityID(entityID)).
		Order(auditevent.ByCreatedAt(), auditevent.ByID()).All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// change returns the before and after of a field in an event's changes.
func auditChange(t *testing.T, ev *gen.AuditEvent, field string) (before any, hasBefore bool, after any) {
	t.Helper()
	c, ok := ev.Changes[field].(map[string]any)
	if !ok {
		t.Fatalf("%s event has no change of %s: %v", ev.Operation, field, ev.Changes)
	}
	before, hasBefore = c["before"]
	return before, hasBefore, c["after"]
}

func TestAudit_RecordsGraphQLChanges(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		adminID := c.myID(t)
		ent := d.Client()
		sys := authz.WithSystem(context.Background())

		var vendorID string
		t.Run("Create", func(t *testing.T) {
			var data struct {
				CreateVendor struct {
					ID string `json:"id"`
				} `json:"createVendor"`
			}
			r, echoed := c.doWithRequestID(t, "audit-create-1", createVendor,
				map[string]any{"input": map[string]any{"name": "Prima S.r.l.", "vatID": validVAT}})
			mustOK(t, r).decode(t, &data)
			vendorID = data.CreateVendor.ID
			if echoed != "audit-create-1" {
				t.Errorf("X-Request-Id answered %q, want the one sent", echoed)
			}
			evs := auditEventsOf(t, ent, vendorID)
			if len(evs) != 1 {
				t.Fatalf("%d events for the new vendor, want 1", len(evs))
			}
			ev := evs[0]
			if ev.ActorID != adminID || ev.EntityType != "Vendor" || ev.Operation != "CREATE" || ev.RequestID != echoed {
				t.Errorf("event actor %q, type %q, operation %q, request %q; want %q, Vendor, CREATE, %q",
					ev.ActorID, ev.EntityType, ev.Operation, ev.RequestID, adminID, echoed)
			}
			if !strings.HasPrefix(ev.ActorLabel, "admin") {
				t.Errorf("actor label %q, want the admin's e-mail", ev.ActorLabel)
			}
			if _, hasBefore, after := auditChange(t, ev, "name"); hasBefore || after != "Prima S.r.l." {
				t.Errorf("name change %v, want only after = Prima S.r.l.", ev.Changes["name"])
			}
			if _, _, after := auditChange(t, ev, "vat_id"); after != validVAT {
				t.Errorf("vat_id change %v, want after = %s", ev.Changes["vat_id"], validVAT)
			}
			if ev.AggregationID != "" || ev.RegionBodyID != "" {
				t.Errorf("a vendor is global; the event has scope %q/%q", ev.AggregationID, ev.RegionBodyID)
			}
		})
		if vendorID == "" {
			t.Fatal("no vendor created")
		}

		t.Run("Update", func(t *testing.T) {
			r, echoed := c.doWithRequestID(t, "audit-update-1", `mutation($id: ID!) { updateVendor(id: $id, input: {name: "Seconda S.r.l."}) { id } }`,
				map[string]any{"id": vendorID})
			mustOK(t, r)
			evs := auditEventsOf(t, ent, vendorID)
			if len(evs) != 2 {
				t.Fatalf("%d events for the vendor, want CREATE and UPDATE", len(evs))
			}
			ev := evs[1]
			if evs[0].Operation != "CREATE" || ev.Operation != "UPDATE" || ev.ActorID != adminID || ev.RequestID != echoed || echoed != "audit-update-1" {
				t.Errorf("events %s then %s by %q in request %q; want CREATE then UPDATE by %q in audit-update-1",
					evs[0].Operation, ev.Operation, ev.ActorID, ev.RequestID, adminID)
			}
			if before, hasBefore, after := auditChange(t, ev, "name"); !hasBefore || before != "Prima S.r.l." || after != "Seconda S.r.l." {
				t.Errorf("name change %v, want before Prima S.r.l., after Seconda S.r.l.", ev.Changes["name"])
			}
			for f := range ev.Changes {
				if f != "name" {
					t.Errorf("the update records %s, which did not change (changes %v)", f, ev.Changes)
				}
			}
		})

		t.Run("ErrFailedMutationWritesNothing", func(t *testing.T) {
			before, err := ent.AuditEvent.Query().Where(auditevent.EntityType("Vendor")).Count(sys)
			if err != nil {
				t.Fatal(err)
			}
			r := c.do(t, createVendor, map[string]any{"input": map[string]any{"name": "Sbagliata S.r.l.", "vatID": "00125680034"}})
			wantCode(t, r, "INVALID")
			// Two creations in one operation: the second fails, so the
			// first and its audit event are rolled back with it.
			r = c.do(t, `mutation($ok: CreateVendorInput!, $bad: CreateVendorInput!) {
  a: createVendor(input: $ok) { id }
  b: createVendor(input: $bad) { id }
}`, map[string]any{
				"ok":  map[string]any{"name": "Annullata S.r.l."},
				"bad": map[string]any{"name": "Sbagliata S.r.l.", "vatID": "00125680034"},
			})
			wantCode(t, r, "INVALID")
			if n := vendorsNamed(t, ent, "Annullata S.r.l."); n != 0 {
				t.Errorf("the first creation of a failed operation was saved")
			}
			after, err := ent.AuditEvent.Query().Where(auditevent.EntityType("Vendor")).Count(sys)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("failed mutations wrote %d audit events, want none", after-before)
			}
		})

		t.Run("ErrAppendOnly", func(t *testing.T) {
			ev := auditEventsOf(t, ent, vendorID)[0]
			admin := authz.NewContext(context.Background(), &authz.Viewer{UserID: pulid.ID(adminID), Grants: []authz.Grant{{Role: authz.Admin}}})
			for _, tc := range []struct {
				name string
				ctx  context.Context
			}{{"System", sys}, {"Admin", admin}} {
				t.Run(tc.name, func(t *testing.T) {
					u := ent.AuditEvent.UpdateOneID(ev.ID)
					u.Mutation().SetOperation("X")
					if err := u.Exec(tc.ctx); err == nil {
						t.Errorf("updated an audit event")
					}
					if _, err := ent.AuditEvent.Update().Where(auditevent.ID(ev.ID)).Save(tc.ctx); err == nil {
						t.Errorf("bulk-updated an audit event")
					}
					if err := ent.AuditEvent.DeleteOneID(ev.ID).Exec(tc.ctx); err == nil {
						t.Errorf("deleted an audit event")
					}
					if _, err := ent.AuditEvent.Delete().Where(auditevent.ID(ev.ID)).Exec(tc.ctx); err == nil {
						t.Errorf("bulk-deleted an audit event")
					}
				})
			}
			got, err := ent.AuditEvent.Get(sys, ev.ID)
			if err != nil {
				t.Fatalf("the event is gone: %v", err)
			}
			if got.Operation != ev.Operation || !got.UpdatedAt.Equal(ev.UpdatedAt) {
				t.Errorf("the event changed: %+v, was %+v", got, ev)
			}
		})

		t.Run("PasswordChangeWithoutValue", func(t *testing.T) {
			u, err := ent.User.Create().SetEmail("cambio@capofila.test").SetDisplayName("Cambio").Save(sys)
			if err != nil {
				t.Fatal(err)
			}
			const password = "nuova-password-segreta"
			r, echoed := c.doWithRequestID(t, "audit-password-1", `mutation($u: ID!, $p: String!) { setPassword(userID: $u, password: $p) }`,
				map[string]any{"u": string(u.ID), "p": password})
			mustOK(t, r)
			evs := auditEventsOf(t, ent, string(u.ID))
			var ev *gen.AuditEvent
			for _, e := range evs {
				if e.Operation == "UPDATE" {
					ev = e
				}
			}
			if ev == nil {
				t.Fatalf("no UPDATE event for the password change among %d events", len(evs))
			}
			if ch, ok := ev.Changes["password_hash"].(map[string]any); !ok || ch["changed"] != true || len(ch) != 1 {
				t.Errorf("password_hash change %v, want only {changed: true}", ev.Changes["password_hash"])
			}
			raw, err := json.Marshal(ev.Changes)
			if err != nil {
				t.Fatal(err)
			}
			for _, secret := range []string{"argon2", password} {
				if strings.Contains(string(raw), secret) {
					t.Errorf("the audit event holds %q: %s", secret, raw)
				}
			}
			if ev.RequestID != echoed {
				t.Errorf("request id %q, want %q", ev.RequestID, echoed)
			}
			t.Run("ActorIsTheAdmin", func(t *testing.T) {
				if ev.ActorID != adminID {
					t.Errorf("BUG: the password change made by admin %s is recorded as actor %q (%q): "+
						"auth.SetPassword writes the user with authz.WithSystem(ctx), so the audit hook sees the system viewer; "+
						"it should write with authz.Elevate(ctx), which keeps the user as the actor", adminID, ev.ActorID, ev.ActorLabel)
				}
			})
		})

		t.Run("RoleGrantAndRevocation", func(t *testing.T) {
			u, err := ent.User.Create().SetEmail("ruolo@capofila.test").SetDisplayName("Ruolo").Save(sys)
			if err != nil {
				t.Fatal(err)
			}
			var granted struct {
				GrantRole struct {
					ID string `json:"id"`
				} `json:"grantRole"`
			}
			mustOK(t, c.do(t, `mutation($u: ID!) { grantRole(input: {userID: $u, role: ADMIN}) { id } }`,
				map[string]any{"u": string(u.ID)})).decode(t, &granted)
			mustOK(t, c.do(t, `mutation($id: ID!) { revokeRole(id: $id) }`, map[string]any{"id": granted.GrantRole.ID}))
			evs := auditEventsOf(t, ent, granted.GrantRole.ID)
			if len(evs) != 2 || evs[0].Operation != "CREATE" || evs[1].Operation != "DELETE" {
				t.Fatalf("events of the role assignment: %v, want CREATE and DELETE", evs)
			}
			for _, ev := range evs {
				if ev.ActorID != adminID {
					t.Errorf("%s of the role recorded as actor %q, want the admin %s", ev.Operation, ev.ActorID, adminID)
				}
			}
			if _, _, after := auditChange(t, evs[0], "role"); after != "ADMIN" {
				t.Errorf("grant recorded role %v, want ADMIN", after)
			}
			// Once the row is gone, the DELETE event is the only record
			// of whose role was removed.
			if ch, ok := evs[1].Changes["role"].(map[string]any); !ok || ch["before"] != "ADMIN" {
				t.Errorf("BUG: the DELETE event of a revoked role records changes %v: neither the role nor the user it was taken from. "+
					"rule.AuditHook reads the old values only of m.Fields(), which is empty for a delete; for OpDeleteOne it should "+
					"record every (non-sensitive) field of the row as before", evs[1].Changes)
			}
		})
	})
}

func TestAudit_VisibleWithinTheViewersScope(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		res := seed(t, d)
		ent := d.Client()
		sys := authz.WithSystem(context.Background())
		// An event of another aggregation and Region.
		other, err := ent.AuditEvent.Create().SetEntityType("Membership").SetEntityID(string(pulid.New("MS"))).
			SetOperation("CREATE").SetAggregationID(string(pulid.New("AG"))).SetRegionBodyID(string(pulid.New("PB"))).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		all, err := ent.AuditEvent.Query().Count(sys)
		if err != nil {
			t.Fatal(err)
		}
		viewer := func(grants ...authz.Grant) context.Context {
			return authz.NewContext(context.Background(), &authz.Viewer{UserID: pulid.New("US"), Email: "viewer@capofila.test", Grants: grants})
		}
		visible := func(t *testing.T, ctx context.Context) []*gen.AuditEvent {
			t.Helper()
			evs, err := ent.AuditEvent.Query().All(ctx)
			if err != nil {
				t.Fatalf("querying audit events: %v", err)
			}
			return evs
		}
		agg, region := string(res.Aggregation.ID), string(res.Region.ID)

		t.Run("Admin", func(t *testing.T) {
			if n := len(visible(t, viewer(authz.Grant{Role: authz.Admin}))); n != all {
				t.Errorf("an admin sees %d of %d events", n, all)
			}
		})
		t.Run("LeadManager", func(t *testing.T) {
			evs := visible(t, viewer(authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}))
			if len(evs) == 0 {
				t.Fatal("the lead manager sees no event of its aggregation")
			}
			sawAggregation := false
			for _, ev := range evs {
				if ev.AggregationID != agg {
					t.Errorf("the lead sees %s %s of aggregation %q", ev.Operation, ev.EntityType, ev.AggregationID)
				}
				if ev.EntityID == agg && ev.Operation == "CREATE" {
					sawAggregation = true
				}
			}
			if !sawAggregation {
				t.Errorf("the lead does not see the creation of its own aggregation")
			}
		})
		t.Run("RegionOfficer", func(t *testing.T) {
			evs := visible(t, viewer(authz.Grant{Role: authz.RegionOfficer, RegionBodyID: res.Region.ID}))
			sawCall := false
			for _, ev := range evs {
				if ev.RegionBodyID != region {
					t.Errorf("the officer sees %s %s of Region %q", ev.Operation, ev.EntityType, ev.RegionBodyID)
				}
				if ev.EntityType == "Call" {
					sawCall = true
				}
				// An aggregation's drafts are its own until submitted.
				if slices.Contains([]string{"Aggregation", "Membership", "Agreement", "Application", "BudgetLine"}, ev.EntityType) {
					t.Errorf("the officer sees the history of %s %s (an aggregation's draft)", ev.EntityType, ev.EntityID)
				}
			}
			if !sawCall {
				t.Errorf("the Region officer does not see the history of its call")
			}
			// The demo's draft application falls under the Region, yet its
			// events stay hidden.
			n, err := ent.AuditEvent.Query().Where(auditevent.EntityType("Application"), auditevent.RegionBodyID(region)).Count(sys)
			if err != nil || n == 0 {
				t.Errorf("precondition: %d events of the draft application in the Region (err %v)", n, err)
			}
		})
		for _, tc := range []struct {
			name   string
			grants []authz.Grant
		}{
			{"ErrNoRole", nil},
			{"ErrOtherAggregation", []authz.Grant{{Role: authz.LeadManager, AggregationID: pulid.New("AG")}}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if evs := visible(t, viewer(tc.grants...)); len(evs) != 0 {
					t.Errorf("sees %d events, want none", len(evs))
				}
			})
		}
		t.Run("ErrAnonymous", func(t *testing.T) {
			if _, err := ent.AuditEvent.Query().All(context.Background()); err == nil {
				t.Errorf("an anonymous query of audit events succeeded")
			}
		})
		t.Run("GraphQL", func(t *testing.T) {
			site := newAuthSite(t, d, auth.HTTPConfig{})
			as := func(t *testing.T, email string) *client {
				t.Helper()
				u, err := ent.User.Query().Where(user.Email(email)).Only(sys)
				if err != nil {
					t.Fatalf("demo user %s: %v", email, err)
				}
				return site.bearerFor(t, u)
			}
			const q = `query($where: AuditEventWhereInput) {
  auditEvents(first: 100, where: $where, orderBy: {field: CREATED_AT}) {
    totalCount
    edges { node { entityType entityID operation aggregationID regionBodyID actorLabel changes } }
  }
}`
			type events struct {
				AuditEvents connection[struct {
					EntityType    string         `json:"entityType"`
					EntityID      string         `json:"entityID"`
					Operation     string         `json:"operation"`
					AggregationID *string        `json:"aggregationID"`
					Changes       map[string]any `json:"changes"`
				}] `json:"auditEvents"`
			}
			count := func(t *testing.T, c *client, where map[string]any) int {
				t.Helper()
				var data events
				mustOK(t, c.do(t, q, map[string]any{"where": where})).decode(t, &data)
				return data.AuditEvents.TotalCount
			}
			admin, lead, referent := as(t, "admin@capofila.test"), as(t, "capofila@sanbenedetto.test"), as(t, "referente@grottammare.test")
			otherAgg := map[string]any{"aggregationID": other.AggregationID}
			ownAgg := map[string]any{"entityType": "Aggregation", "entityID": agg}

			t.Run("Admin", func(t *testing.T) {
				if n := count(t, admin, otherAgg); n != 1 {
					t.Errorf("the admin sees %d events of the other aggregation, want 1", n)
				}
			})
			t.Run("LeadManager", func(t *testing.T) {
				var data events
				mustOK(t, lead.do(t, q, map[string]any{"where": ownAgg})).decode(t, &data)
				es := data.AuditEvents.Edges
				if len(es) != 1 || es[0].Node.Operation != "CREATE" || es[0].Node.AggregationID == nil || *es[0].Node.AggregationID != agg {
					t.Fatalf("the lead sees %+v, want the creation of its aggregation", es)
				}
				if name, _ := es[0].Node.Changes["name"].(map[string]any); name == nil || name["after"] == nil {
					t.Errorf("changes %v, want the name after", es[0].Node.Changes)
				}
				if n := count(t, lead, otherAgg); n != 0 {
					t.Errorf("the lead sees %d events of another aggregation", n)
				}
			})
			t.Run("MemberReferent", func(t *testing.T) {
				// The history of what it reads: its aggregation's.
				if n := count(t, referent, ownAgg); n != 1 {
					t.Errorf("a member referent sees %d events of its aggregation's creation, want 1", n)
				}
				if n := count(t, referent, otherAgg); n != 0 {
					t.Errorf("a member referent sees %d events of another aggregation", n)
				}
			})
			t.Run("ErrAnonymous", func(t *testing.T) {
				wantCode(t, (&client{srv: site.srv}).do(t, q, nil), "UNAUTHENTICATED")
			})
		})
		t.Run("ErrOtherTenantByID", func(t *testing.T) {
			_, err := ent.AuditEvent.Get(viewer(authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}), other.ID)
			if !gen.IsNotFound(err) {
				t.Errorf("the lead reading another aggregation's event: %v, want not found", err)
			}
		})
	})
}
