package server_test

import (
	"context"
	"net/http"
	"slices"
	"testing"

	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// TestAudit_EveryChangeReadByWhoReadsTheRow (finding 4 of issue #23): every
// change — an update through GraphQL answering only { id }, a bulk update
// or deletion by a service, a deliverable of one member, a draft, an API
// token created and revoked, a sign-in and a sign-out — leaves an event
// with its values before and after, read by exactly those who could read
// the row when it changed (the lead and member referents of the
// aggregation, the Region once it reads the row, the account's user), and
// by no one else.
func TestAudit_EveryChangeReadByWhoReadsTheRow(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		c := d.Client()
		sys := authz.WithSystem(context.Background())
		mustOK(t, dr.admin.do(t, `mutation { createUser(input: {email: "estraneo@capofila.test", displayName: "Estraneo", password: "password-di-prova"}) { id } }`, nil))
		readers := map[string]*client{"lead": dr.lead, "member": dr.member, "officer": dr.officer, "auditor": dr.auditor,
			"outsider": dr.admin.as(t, d, "estraneo@capofila.test"), "admin": dr.admin}
		p := dr.res.Project
		grottammare, _ := memberBodies(t, d, p.AggregationID)
		leadViewer, err := auth.New(c, auth.Config{}).ViewerFromToken(context.Background(), dr.lead.bearer)
		if err != nil {
			t.Fatal(err)
		}
		asLead := authz.NewContext(context.Background(), leadViewer)

		type event struct {
			Operation string         `json:"operation"`
			Changes   map[string]any `json:"changes"`
		}
		// events returns the events of a row cl reads.
		events := func(t *testing.T, cl *client, id pulid.ID) []event {
			t.Helper()
			var data struct {
				AuditEvents connection[event] `json:"auditEvents"`
			}
			mustOK(t, cl.do(t, `query($id: String) { auditEvents(first: 100, where: {entityID: $id}) { edges { node { operation changes } } } }`,
				map[string]any{"id": string(id)})).decode(t, &data)
			var out []event
			for _, e := range data.AuditEvents.Edges {
				out = append(out, e.Node)
			}
			return out
		}
		// readBy checks who reads the event op of row id: exactly who (and admins).
		readBy := func(t *testing.T, id pulid.ID, op string, who ...string) event {
			t.Helper()
			var ev event
			for name, cl := range readers {
				i := slices.IndexFunc(events(t, cl, id), func(e event) bool { return e.Operation == op })
				want := name == "admin" || slices.Contains(who, name)
				if (i >= 0) != want {
					t.Errorf("%s of %s: read by the %s = %v, want %v (read by %v)", op, id, name, i >= 0, want, who)
				}
				if i >= 0 {
					ev = events(t, cl, id)[i]
				}
			}
			return ev
		}
		change := func(t *testing.T, ev event, field string, before, after any) {
			t.Helper()
			ch, _ := ev.Changes[field].(map[string]any)
			if ch == nil || ch["before"] != before || ch["after"] != after {
				t.Errorf("the %s event records %s as %v, want before %v and after %v", ev.Operation, field, ev.Changes[field], before, after)
			}
		}
		everyone := []string{"lead", "member", "officer", "auditor"}

		t.Run("UpdateAnsweringOnlyTheID", func(t *testing.T) {
			ms, err := c.Milestone.Query().Where(milestone.ProjectID(p.ID)).First(sys)
			if err != nil {
				t.Fatal(err)
			}
			mustOK(t, dr.lead.do(t, `mutation($id: ID!) { updateMilestone(id: $id, input: {location: "Sala consiliare"}) { id } }`,
				map[string]any{"id": ms.ID}))
			change(t, readBy(t, ms.ID, "UPDATE", everyone...), "location", ms.Location, "Sala consiliare")
		})

		t.Run("BulkUpdateAndDeletion", func(t *testing.T) {
			var ids []pulid.ID
			for _, title := range []string{"Riunione rinviata", "Riunione annullata"} {
				m, err := c.Milestone.Create().SetProjectID(p.ID).SetTitle(title).SetKind(milestone.KindMEETING).
					SetDueOn(civil.New(2027, 9, 1)).Save(sys)
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, m.ID)
			}
			// A service acting for the lead, after its own checks.
			if _, err := c.Milestone.Update().Where(milestone.IDIn(ids...)).SetLocation("Municipio").Save(authz.Elevate(asLead)); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Milestone.Delete().Where(milestone.IDIn(ids...)).Exec(authz.Elevate(asLead)); err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				change(t, readBy(t, id, "UPDATE", everyone...), "location", nil, "Municipio")
				if del := readBy(t, id, "DELETE", everyone...); del.Changes["title"] == nil {
					t.Errorf("the bulk deletion of %s does not record what the row was: %v", id, del.Changes)
				}
			}
		})

		t.Run("DeliverablesOfOneMember", func(t *testing.T) {
			own, err := c.Deliverable.Query().Where(deliverable.ProjectID(p.ID), deliverable.BodyID(grottammare)).First(sys)
			if err != nil {
				t.Fatal(err)
			}
			other, err := c.Deliverable.Query().Where(deliverable.ProjectID(p.ID), deliverable.BodyIDNEQ(grottammare)).First(sys)
			if err != nil {
				t.Fatal(err)
			}
			for _, dv := range []pulid.ID{own.ID, other.ID} {
				if err := c.Deliverable.UpdateOneID(dv).SetProgressNote("verificato dal capofila").Exec(asLead); err != nil {
					t.Fatal(err)
				}
			}
			readBy(t, own.ID, "UPDATE", everyone...)
			readBy(t, other.ID, "UPDATE", "lead", "officer", "auditor")
		})

		t.Run("DraftStaysWithTheAggregation", func(t *testing.T) {
			var data struct {
				CreateExpenseClaim struct{ ID pulid.ID } `json:"createExpenseClaim"`
			}
			mustOK(t, dr.lead.do(t, `mutation($p: ID!) { createExpenseClaim(projectID: $p, input: {periodStart: "2027-07-01", periodEnd: "2027-12-31"}) { id } }`,
				map[string]any{"p": p.ID})).decode(t, &data)
			readBy(t, data.CreateExpenseClaim.ID, "CREATE", "lead", "member")
		})

		t.Run("TokensAndSignIns", func(t *testing.T) {
			site := newAuthSite(t, d, auth.HTTPConfig{})
			web := site.webApp()
			if r := web.signIn(t, "referente@grottammare.test", demo.Password); r.Status != http.StatusOK {
				t.Fatalf("sign-in: HTTP %d %v", r.Status, r.Errors)
			}
			var tok struct {
				CreateAPIToken struct {
					APIToken struct{ ID pulid.ID } `json:"apiToken"`
				} `json:"createAPIToken"`
			}
			mustOK(t, web.do(t, `mutation { createAPIToken(input: {name: "script di prova"}) { apiToken { id } } }`, nil)).decode(t, &tok)
			id := tok.CreateAPIToken.APIToken.ID
			mustOK(t, web.do(t, `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": id}))
			out := web.send(t, http.MethodPost, "/auth/sign-out", nil)
			_ = out.Body.Close()
			if out.StatusCode >= 300 {
				t.Fatalf("sign-out: HTTP %d", out.StatusCode)
			}
			change(t, readBy(t, id, "CREATE", "member"), "name", nil, "script di prova")
			if rv := readBy(t, id, "REVOKE", "member"); rv.Changes["revoked_at"] == nil {
				t.Errorf("the revocation does not record when: %v", rv.Changes)
			}
			me, err := c.User.Query().Where(user.Email("referente@grottammare.test")).OnlyID(sys)
			if err != nil {
				t.Fatal(err)
			}
			readBy(t, me, "SIGN_IN", "member")
			readBy(t, me, "SIGN_OUT", "member")
			n, err := c.AuditEvent.Query().Where(auditevent.EntityID(string(me)), auditevent.Operation("SIGN_IN"), auditevent.ActorID(string(me))).Count(sys)
			if err != nil || n == 0 {
				t.Errorf("the sign-in is not recorded with the user as its actor (%d events, %v)", n, err)
			}
		})
	})
}
