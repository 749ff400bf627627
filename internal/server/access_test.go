package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

const accessRequestFields = `id version status role scopeLabel reason actFilename actURL`

type accessRequestAnswer struct {
	ID, Status, Role, ScopeLabel, ActFilename, ActURL string
	Version                                           int
	Reason                                            *string
}

// requestAccess posts requestAccess as a multipart request, the act attached.
func (b *webApp) requestAccess(t *testing.T, input map[string]any, filename string, act []byte) response {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	input["act"] = nil
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($in: RequestAccessInput!) { requestAccess(input: $in) { ` + accessRequestFields + ` } }`,
		"variables": map[string]any{"in": input},
	})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.in.act"]}`)
	part, _ := w.CreateFormFile("0", filename)
	_, _ = part.Write(act)
	_ = w.Close()
	req, err := http.NewRequest(http.MethodPost, b.srv.URL+"/graphql", &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set(auth.CSRFHeader, "1")
	req.AddCookie(&http.Cookie{Name: auth.CookieName, Value: b.session})
	resp, err := b.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, resp)
}

func decodeField[T any](t *testing.T, r response, field string) T {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(r.Data, &m); err != nil {
		t.Fatalf("data %s: %v", r.Data, err)
	}
	var v T
	if err := json.Unmarshal(m[field], &v); err != nil {
		t.Fatalf("%s %s: %v", field, m[field], err)
	}
	return v
}

// The whole flow of issue #21 against the mock SPID/CIE gateway, on the
// demo data: an unknown person signs in (no roles, no data), asks to be
// the member referent of a Marche Sud member with the decree attached; a
// lead of another aggregation and a non-lead cannot decide it, the lead
// approves it, and the same session now reads the aggregation's
// allocations. A second request is refused: the person is told the reason
// and gets no role.
func TestOIDC_AccessRequestFlow(t *testing.T) {
	t.Parallel()
	act, err := os.ReadFile("../access/testdata/decreto-nomina.pdf")
	if err != nil {
		t.Fatal(err)
	}
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		s := newOIDCSite(t, d, auth.Config{})
		sys := authz.WithSystem(context.Background())
		ag, err := s.ent.Aggregation.Query().Where().First(sys)
		if err != nil {
			t.Fatal(err)
		}
		ms := s.ent.Membership.Query().Where(membership.AggregationID(ag.ID), membership.RoleEQ(membership.RoleMEMBER), membership.LeftOnIsNil()).
			WithBody().Order(gen.Asc(membership.FieldID)).AllX(sys)
		var body *gen.PublicBody
		for _, m := range ms {
			if m.Edges.Body.IstatCode == nil || *m.Edges.Body.IstatCode != demo.MemberISTAT {
				body = m.Edges.Body
				break
			}
		}
		if body == nil {
			t.Fatal("no member body in the demo aggregation")
		}
		alloc, err := s.ent.Allocation.Query().Where(allocation.BodyID(body.ID)).First(sys)
		if err != nil {
			t.Fatalf("no allocation of %s: %v", body.Name, err)
		}
		// The Region of the demo's officer (Regione Marche).
		region := s.ent.User.Query().Where(user.Email("funzionario@regione-marche.test")).QueryRoleAssignments().QueryRegionBody().OnlyX(sys)

		// The person signs in through the gateway for the first time.
		b := s.browser(t)
		cf := validCF(t, "MRTFNC82C15H769")
		if r, _ := b.signIn(t, spidPerson{Subject: "spid-flow", Email: "francesco.moretti@comune.example.it", EmailVerified: true,
			Name: "Francesco Moretti", FiscalNumber: "TINIT-" + cf}); r.Status != http.StatusSeeOther {
			t.Fatalf("sign-in: HTTP %d (errors %v)", r.Status, r.Errors)
		}
		person := &webApp{srv: s.srv, session: b.session()}
		me := s.me(t, person.session)
		if me.Me == nil || len(me.roles()) != 0 {
			t.Fatalf("after the first sign-in: %+v, want an account without roles", me.Me)
		}
		const reads = `{ aggregations(first: 10) { totalCount } projects(first: 10) { totalCount } }`
		const readAlloc = `query($a: ID!) { node(id: $a) { ... on Allocation { amountCents } } }`
		type readsAnswer struct {
			Aggregations, Projects struct{ TotalCount int }
		}
		var before readsAnswer
		mustOK(t, person.do(t, reads, nil)).decode(t, &before)
		if before.Aggregations.TotalCount != 0 || before.Projects.TotalCount != 0 {
			t.Fatalf("without roles the person reads %+v, want nothing", before)
		}
		if code := errorCodes(person.do(t, readAlloc, map[string]any{"a": alloc.ID})); code != "NOT_FOUND" {
			t.Fatalf("without roles the allocation of %s reads %s, want NOT_FOUND", body.Name, code)
		}

		input := func() map[string]any {
			return map[string]any{"role": "MEMBER_REFERENT", "aggregationID": ag.ID, "bodyID": body.ID,
				"actKind": "DECRETO_NOMINA", "actNumber": "7/2026", "actDate": "2026-11-02",
				"actIssuer": "Sindaco del " + body.Name, "note": "Nuovo referente per i progetti dell'aggregazione."}
		}
		r := person.requestAccess(t, input(), "decreto-7-2026.pdf", act)
		mustOK(t, r)
		q := decodeField[accessRequestAnswer](t, r, "requestAccess")
		if q.Status != "PENDING" || !strings.Contains(q.ScopeLabel, body.Name) || q.ActFilename != "decreto-7-2026.pdf" {
			t.Fatalf("request %+v", q)
		}

		t.Run("TheActIsDownloadedByTheRequesterOnly", func(t *testing.T) {
			resp := person.send(t, http.MethodGet, q.ActURL, nil)
			got := new(bytes.Buffer)
			_, _ = got.ReadFrom(resp.Body)
			_ = resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !bytes.Equal(got.Bytes(), act) || resp.Header.Get("Content-Type") != "application/pdf" {
				t.Errorf("GET %s: HTTP %d, %d bytes (%s), want the act", q.ActURL, resp.StatusCode, got.Len(), resp.Header.Get("Content-Type"))
			}
			officer := signInDemo(t, s, "funzionario@regione-marche.test")
			resp = officer.send(t, http.MethodGet, q.ActURL, nil)
			_ = resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("the Region's officer downloads a member referent's act: HTTP %d, want 404", resp.StatusCode)
			}
		})

		const decide = `mutation($id: ID!, $v: Int!, $in: DecideAccessRequestInput!) { decideAccessRequest(id: $id, version: $v, input: $in) { ` + accessRequestFields + ` } }`
		t.Run("ErrNonLeadCannotApprove", func(t *testing.T) {
			for _, email := range []string{"referente@grottammare.test", "revisore@regione-marche.test", "funzionario@regione-marche.test"} {
				other := signInDemo(t, s, email)
				r := other.do(t, decide, map[string]any{"id": q.ID, "v": q.Version, "in": map[string]any{"approve": true}})
				if code := errorCodes(r); code != "NOT_FOUND" {
					t.Errorf("%s approving: %s (data %s), want NOT_FOUND", email, code, r.Data)
				}
			}
		})
		t.Run("ErrLeadOfAnotherAggregationCannotApprove", func(t *testing.T) {
			other := s.ent.PublicBody.Query().Where(publicbody.KindEQ(publicbody.KindCOMUNE), publicbody.Not(publicbody.HasMemberships())).FirstX(sys)
			ag2 := s.ent.Aggregation.Create().SetName("Aggregazione di prova").SetLeadID(other.ID).SaveX(sys)
			u := s.ent.User.Create().SetEmail("capofila@altra.test").SetDisplayName("Altro capofila").
				SetPasswordHash(s.ent.User.Query().Where(user.Email("capofila@sanbenedetto.test")).OnlyX(sys).PasswordHash).SaveX(sys)
			s.ent.RoleAssignment.Create().SetUserID(u.ID).SetRole("LEAD_MANAGER").SetAggregationID(ag2.ID).ExecX(sys)
			lead2 := signInDemo(t, s, "capofila@altra.test")
			r := lead2.do(t, decide, map[string]any{"id": q.ID, "v": q.Version, "in": map[string]any{"approve": true}})
			if code := errorCodes(r); code != "NOT_FOUND" {
				t.Errorf("another aggregation's lead approving: %s (data %s), want NOT_FOUND", code, r.Data)
			}
			var queue struct{ AccessRequestQueue struct{ TotalCount int } }
			mustOK(t, lead2.do(t, `{ accessRequestQueue(first: 10) { totalCount } }`, nil)).decode(t, &queue)
			if queue.AccessRequestQueue.TotalCount != 0 {
				t.Errorf("another aggregation's lead has %d requests in its queue, want 0", queue.AccessRequestQueue.TotalCount)
			}
		})

		lead := signInDemo(t, s, "capofila@sanbenedetto.test")
		var queue struct {
			AccessRequestQueue struct {
				Edges []struct{ Node accessRequestAnswer }
			}
		}
		mustOK(t, lead.do(t, `{ accessRequestQueue(first: 10) { edges { node { `+accessRequestFields+` } } } }`, nil)).decode(t, &queue)
		if len(queue.AccessRequestQueue.Edges) != 1 || queue.AccessRequestQueue.Edges[0].Node.ID != q.ID {
			t.Fatalf("the lead's queue %+v, want the request %s", queue, q.ID)
		}
		r = lead.do(t, decide, map[string]any{"id": q.ID, "v": q.Version, "in": map[string]any{"approve": true, "reason": "Decreto verificato."}})
		mustOK(t, r)
		if got := decodeField[accessRequestAnswer](t, r, "decideAccessRequest"); got.Status != "APPROVED" {
			t.Fatalf("decided %+v", got)
		}

		// The same session now reads the aggregation and the allocation.
		var after readsAnswer
		mustOK(t, person.do(t, reads, nil)).decode(t, &after)
		var node struct{ Node *struct{ AmountCents int64 } }
		mustOK(t, person.do(t, readAlloc, map[string]any{"a": alloc.ID})).decode(t, &node)
		if after.Aggregations.TotalCount != 1 || after.Projects.TotalCount == 0 || node.Node == nil || node.Node.AmountCents != alloc.AmountCents {
			t.Fatalf("after the approval the person reads %+v and %+v, want the aggregation, its projects and the allocation of %d cents", after, node.Node, alloc.AmountCents)
		}
		if roles := s.me(t, person.session).roles(); len(roles) != 1 || roles[0] != "MEMBER_REFERENT" {
			t.Errorf("roles %v, want [MEMBER_REFERENT]", roles)
		}

		// A second request, to be an auditor of the Region, is refused.
		in := map[string]any{"role": "AUDITOR", "regionBodyID": region.ID, "actKind": "DETERMINA", "actNumber": "DD 1540/2026",
			"actDate": "2026-10-20", "actIssuer": "Dirigente del Settore Controlli"}
		r = person.requestAccess(t, in, "determina-1540.pdf", act)
		mustOK(t, r)
		q2 := decodeField[accessRequestAnswer](t, r, "requestAccess")
		officer := signInDemo(t, s, "funzionario@regione-marche.test")
		r = officer.do(t, decide, map[string]any{"id": q2.ID, "v": q2.Version, "in": map[string]any{"approve": false}})
		if e := errorCodes(r); e != "INVALID" {
			t.Errorf("a refusal without a reason: %s, want INVALID", e)
		}
		const reason = "La determina nomina un altro funzionario."
		r = officer.do(t, decide, map[string]any{"id": q2.ID, "v": q2.Version, "in": map[string]any{"approve": false, "reason": reason}})
		mustOK(t, r)
		if got := decodeField[accessRequestAnswer](t, r, "decideAccessRequest"); got.Status != "REFUSED" || got.Reason == nil || *got.Reason != reason {
			t.Fatalf("refused %+v", got)
		}
		if roles := s.me(t, person.session).roles(); len(roles) != 1 {
			t.Errorf("after the refusal the roles are %v, want only the member referent's", roles)
		}
		pu := s.ent.User.Query().Where(user.CodiceFiscale(cf)).OnlyX(sys)
		ns := s.ent.Notification.Query().Where(notification.UserID(pu.ID), notification.KindEQ("ACCESS_DECIDED")).AllX(sys)
		var told bool
		for _, n := range ns {
			told = told || strings.Contains(n.Body, reason)
		}
		if len(ns) != 2 || !told {
			t.Errorf("the requester has %d ACCESS_DECIDED notifications (the refusal's reason told: %v), want 2 with the reason", len(ns), told)
		}
		var mine struct {
			MyAccessRequests struct{ TotalCount int }
		}
		mustOK(t, person.do(t, `{ myAccessRequests(first: 10) { totalCount } }`, nil)).decode(t, &mine)
		if mine.MyAccessRequests.TotalCount != 2 {
			t.Errorf("myAccessRequests counts %d, want 2", mine.MyAccessRequests.TotalCount)
		}
	})
}

// signInDemo signs in a demo user (or another with the demo password).
func signInDemo(t *testing.T, s *oidcSite, email string) *webApp {
	t.Helper()
	w := &webApp{srv: s.srv}
	if r := w.signIn(t, email, demo.Password); r.Status != http.StatusOK {
		t.Fatalf("sign-in of %s: HTTP %d %v", email, r.Status, r.Errors)
	}
	return w
}

// The OpenID Connect callback answers a browser with a readable page, and
// other clients with the JSON error.
func TestOIDC_ErrorPage(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		s := newOIDCSite(t, d, auth.Config{})
		for _, tc := range []struct {
			accept, wantType string
		}{
			{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html; charset=utf-8"},
			{"application/json", "application/json; charset=utf-8"},
			{"", "application/json; charset=utf-8"},
		} {
			req, _ := http.NewRequest(http.MethodGet, s.srv.URL+"/auth/oidc/callback?state=forged&code=x", nil)
			if tc.accept != "" {
				req.Header.Set("Accept", tc.accept)
			}
			resp, err := s.srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			_, _ = page.ReadFrom(resp.Body)
			_ = resp.Body.Close()
			if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Content-Type") != tc.wantType {
				t.Errorf("Accept %q: HTTP %d %s, want 400 %s", tc.accept, resp.StatusCode, resp.Header.Get("Content-Type"), tc.wantType)
				continue
			}
			if tc.wantType == "text/html; charset=utf-8" {
				for _, want := range []string{"Accesso non riuscito", "oidc.state", resp.Header.Get("X-Request-Id"), `href="/accedi"`, "Torna all'accesso"} {
					if want == "" || !strings.Contains(page.String(), want) {
						t.Errorf("the page lacks %q:\n%s", want, page.String())
					}
				}
			} else if !strings.Contains(page.String(), `"rule":"oidc.state"`) {
				t.Errorf("JSON answer %s lacks the rule", page.String())
			}
		}
		resp, err := s.srv.Client().Get(s.srv.URL + "/auth/methods")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&m)
		_ = resp.Body.Close()
		if m["oidc"] != true || m["password"] != true || m["oidcLoginPath"] != "/auth/oidc/login" {
			t.Errorf("GET /auth/methods = %v", m)
		}
	})
}
