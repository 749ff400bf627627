package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// authSite is an in-process Capofila with its identity service, for tests that
// sign in through HTTP.
type authSite struct {
	srv  *httptest.Server
	auth *auth.Service
	ent  *gen.Client
}

// newAuthSite starts a server over d with the given cookie settings.
func newAuthSite(t *testing.T, d *db.DB, cookies auth.HTTPConfig) *authSite {
	t.Helper()
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s := app.New(app.Config{Version: testVersion, Cookies: cookies}, d, d.Client(), log).Server
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &authSite{srv: srv, auth: s.Auth(), ent: d.Client()}
}

// bearerFor returns an API client acting as u through a new personal token.
func (s *authSite) bearerFor(t *testing.T, u *gen.User) *client {
	t.Helper()
	token, _, err := s.auth.CreateToken(authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "test", nil)
	if err != nil {
		t.Fatalf("creating a token for %s: %v", u.Email, err)
	}
	return &client{srv: s.srv, bearer: token}
}

// webApp is a browser running the web app: it carries the session cookie
// and, unless noCSRF, the CSRF header on every request.
type webApp struct {
	srv     *httptest.Server
	session string
	noCSRF  bool
}

func (s *authSite) webApp() *webApp { return &webApp{srv: s.srv} }

// withoutCSRF returns a copy of b that omits the CSRF header.
func (b *webApp) withoutCSRF() *webApp { c := *b; c.noCSRF = true; return &c }

func (b *webApp) send(t *testing.T, method, path string, body []byte) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, b.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if b.session != "" {
		req.AddCookie(&http.Cookie{Name: auth.CookieName, Value: b.session})
	}
	if !b.noCSRF {
		req.Header.Set(auth.CSRFHeader, "1")
	}
	resp, err := b.srv.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp
}

// signedIn is the answer to a sign-in.
type signedIn struct {
	response
	cookie *http.Cookie // the session cookie set, if any
	header http.Header
	body   []byte
}

// signIn posts the credentials; on success the web app keeps the cookie.
func (b *webApp) signIn(t *testing.T, email, password string) signedIn {
	t.Helper()
	body, err := json.Marshal(map[string]string{"email": email, "password": password})
	if err != nil {
		t.Fatal(err)
	}
	resp := b.send(t, http.MethodPost, "/auth/sign-in", body)
	raw, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	resp.Body = io.NopCloser(bytes.NewReader(raw))
	out := signedIn{response: readResponse(t, resp), cookie: sessionCookie(resp), header: resp.Header, body: raw}
	if out.Status == http.StatusOK && out.cookie != nil {
		b.session = out.cookie.Value
	}
	return out
}

// do posts a GraphQL operation.
func (b *webApp) do(t *testing.T, query string, vars map[string]any) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, b.send(t, http.MethodPost, "/graphql", body))
}

// getQuery sends a GraphQL operation as a GET request.
func (b *webApp) getQuery(t *testing.T, query string) response {
	t.Helper()
	return readResponse(t, b.send(t, http.MethodGet, "/graphql?query="+url.QueryEscape(query), nil))
}

func sessionCookie(resp *http.Response) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == auth.CookieName {
			return c
		}
	}
	return nil
}

// meAnswer is the answer to meQuery.
type meAnswer struct {
	Me *struct {
		ID              string `json:"id"`
		Email           string `json:"email"`
		RoleAssignments struct {
			Edges []struct {
				Node struct {
					Role string `json:"role"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"roleAssignments"`
	} `json:"me"`
}

const meQuery = `{ me { id email roleAssignments(first: 10) { edges { node { role } } } } }`

func (m meAnswer) roles() []string {
	if m.Me == nil {
		return nil
	}
	var out []string
	for _, e := range m.Me.RoleAssignments.Edges {
		out = append(out, e.Node.Role)
	}
	return out
}

// vendorsNamed counts vendors with a name, as the system.
func vendorsNamed(t *testing.T, c *gen.Client, name string) int {
	t.Helper()
	n, err := c.Vendor.Query().Where(vendor.Name(name)).Count(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func wantHTTPStatus(t *testing.T, r response, status int) {
	t.Helper()
	if r.Status != status {
		t.Errorf("HTTP %d, want %d (errors %v)", r.Status, status, r.Errors)
	}
}

func TestIdentity_SessionCookieOverHTTP(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		s := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		admin := s.webApp()
		const adminEmail = "admin@capofila.test"

		t.Run("SignIn", func(t *testing.T) {
			r := admin.signIn(t, adminEmail, demo.Password)
			c := r.cookie
			wantHTTPStatus(t, r.response, http.StatusOK)
			if c == nil {
				t.Fatalf("no %s cookie set", auth.CookieName)
			}
			if c.Value == "" || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Secure {
				t.Errorf("cookie %+v: want a value, HttpOnly, SameSite=Strict, Path=/ and (InsecureCookie) no Secure", c)
			}
			// A browser-session cookie: the database keeps (and extends) the
			// session's lifetime, so the browser must not expire it earlier.
			if c.MaxAge != 0 || !c.Expires.IsZero() {
				t.Errorf("cookie Max-Age %d, Expires %v: want a browser-session cookie", c.MaxAge, c.Expires)
			}
			var body struct {
				User struct {
					ID    string `json:"id"`
					Email string `json:"email"`
				} `json:"user"`
			}
			if err := json.Unmarshal(r.body, &body); err != nil || body.User.Email != adminEmail || body.User.ID == "" {
				t.Errorf("sign-in answered %s, want the user (err %v)", r.body, err)
			}
		})
		if admin.session == "" {
			t.Fatal("the admin could not sign in")
		}

		t.Run("SecureCookieByDefault", func(t *testing.T) {
			secure := newAuthSite(t, d, auth.HTTPConfig{})
			r := secure.webApp().signIn(t, adminEmail, demo.Password)
			c := r.cookie
			wantHTTPStatus(t, r.response, http.StatusOK)
			if c == nil || !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" {
				t.Errorf("cookie %+v: want Secure, HttpOnly, SameSite=Strict, Path=/", c)
			}
		})

		t.Run("MeWithCookie", func(t *testing.T) {
			var data meAnswer
			mustOK(t, admin.do(t, meQuery, nil)).decode(t, &data)
			if data.Me == nil || data.Me.Email != adminEmail {
				t.Fatalf("me = %+v, want %s", data.Me, adminEmail)
			}
			if roles := data.roles(); len(roles) != 1 || roles[0] != "ADMIN" {
				t.Errorf("roles %v, want [ADMIN]", roles)
			}
		})

		t.Run("QueryOverGETWithoutCSRF", func(t *testing.T) {
			var data meAnswer
			mustOK(t, admin.withoutCSRF().getQuery(t, meQuery)).decode(t, &data)
			if data.Me == nil || data.Me.Email != adminEmail {
				t.Errorf("me over GET = %+v, want %s", data.Me, adminEmail)
			}
		})

		const create = `mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }`
		t.Run("ErrMutationWithoutCSRF", func(t *testing.T) {
			r := admin.withoutCSRF().do(t, create, map[string]any{"input": map[string]any{"name": "Senza CSRF S.r.l."}})
			wantHTTPStatus(t, r, http.StatusForbidden)
			wantCode(t, r, "FORBIDDEN")
			if n := vendorsNamed(t, s.ent, "Senza CSRF S.r.l."); n != 0 {
				t.Errorf("a mutation without the CSRF header saved %d vendors", n)
			}
		})
		t.Run("ErrQueryOverPOSTWithoutCSRF", func(t *testing.T) {
			// Every cookie-authenticated request but GET/HEAD/OPTIONS needs
			// the header, queries too: the web app always sends it.
			wantHTTPStatus(t, admin.withoutCSRF().do(t, meQuery, nil), http.StatusForbidden)
		})
		t.Run("ErrMutationOverGET", func(t *testing.T) {
			r := admin.withoutCSRF().getQuery(t, `mutation { createVendor(input: {name: "Via GET S.r.l."}) { id } }`)
			if r.Status == http.StatusOK && len(r.Errors) == 0 {
				t.Errorf("a mutation over GET succeeded: %s", r.Data)
			}
			if n := vendorsNamed(t, s.ent, "Via GET S.r.l."); n != 0 {
				t.Errorf("a mutation over GET (no CSRF header needed) saved %d vendors", n)
			}
		})
		t.Run("MutationWithCSRF", func(t *testing.T) {
			mustOK(t, admin.do(t, create, map[string]any{"input": map[string]any{"name": "Con CSRF S.r.l."}}))
			if n := vendorsNamed(t, s.ent, "Con CSRF S.r.l."); n != 1 {
				t.Errorf("%d vendors saved, want 1", n)
			}
		})

		t.Run("ErrWrongPassword", func(t *testing.T) {
			r := s.webApp().signIn(t, "funzionario@regione-marche.test", "password-sbagliata")
			wantHTTPStatus(t, r.response, http.StatusUnauthorized)
			wantCode(t, r.response, "UNAUTHENTICATED")
			if c := r.cookie; c != nil && c.Value != "" {
				t.Errorf("a failed sign-in set a session cookie")
			}
		})
		t.Run("ErrUnknownEmail", func(t *testing.T) {
			r := s.webApp().signIn(t, "nessuno@capofila.test", demo.Password)
			wantHTTPStatus(t, r.response, http.StatusUnauthorized)
			wantCode(t, r.response, "UNAUTHENTICATED")
		})
		t.Run("ErrBadJSON", func(t *testing.T) {
			for _, body := range []string{"", "{", `{"email": 1}`, "email=a&password=b"} {
				r := readResponse(t, s.webApp().send(t, http.MethodPost, "/auth/sign-in", []byte(body)))
				wantHTTPStatus(t, r, http.StatusBadRequest)
				wantCode(t, r, "INVALID")
			}
		})
		t.Run("ErrThrottledAfterFiveFailures", func(t *testing.T) {
			const email = "revisore@regione-marche.test"
			for i := 1; i <= 5; i++ {
				r := s.webApp().signIn(t, email, "password-sbagliata")
				if r.Status != http.StatusUnauthorized {
					t.Fatalf("failure %d: HTTP %d, want 401", i, r.Status)
				}
			}
			r := s.webApp().signIn(t, email, demo.Password)
			wantHTTPStatus(t, r.response, http.StatusTooManyRequests)
			wantCode(t, r.response, "RATE_LIMITED")
			if r.header.Get("Retry-After") == "" {
				t.Errorf("429 without Retry-After")
			}
			if c := r.cookie; c != nil && c.Value != "" {
				t.Errorf("a throttled sign-in set a session cookie")
			}
		})

		t.Run("ErrSignOutWithoutCSRF", func(t *testing.T) {
			r := readResponse(t, admin.withoutCSRF().send(t, http.MethodPost, "/auth/sign-out", nil))
			wantHTTPStatus(t, r, http.StatusForbidden)
			var data meAnswer
			mustOK(t, admin.do(t, meQuery, nil)).decode(t, &data)
			if data.Me == nil {
				t.Errorf("a refused sign-out ended the session")
			}
		})
		t.Run("SignOut", func(t *testing.T) {
			resp := admin.send(t, http.MethodPost, "/auth/sign-out", nil)
			c := sessionCookie(resp)
			r := readResponse(t, resp)
			wantHTTPStatus(t, r, http.StatusOK)
			if c == nil || c.Value != "" || c.MaxAge >= 0 {
				t.Errorf("sign-out cookie %+v, want the cookie cleared (empty, Max-Age=0)", c)
			}

			t.Run("ErrOldCookie", func(t *testing.T) {
				resp := admin.withoutCSRF().send(t, http.MethodGet, "/graphql?query="+url.QueryEscape(`{ me { id } }`), nil)
				cleared := sessionCookie(resp)
				r := readResponse(t, resp)
				var data meAnswer
				mustOK(t, r).decode(t, &data)
				if data.Me != nil {
					t.Errorf("me with the old cookie = %+v, want null", data.Me)
				}
				if cleared == nil || cleared.MaxAge >= 0 {
					t.Errorf("a stale cookie is not cleared: %+v", cleared)
				}
				wantCode(t, admin.do(t, `{ vendors(first: 1) { totalCount } }`, nil), "UNAUTHENTICATED")
				r = admin.do(t, create, map[string]any{"input": map[string]any{"name": "Dopo l'uscita S.r.l."}})
				wantCode(t, r, "UNAUTHENTICATED")
				if n := vendorsNamed(t, s.ent, "Dopo l'uscita S.r.l."); n != 0 {
					t.Errorf("a signed-out cookie saved %d vendors", n)
				}
			})
		})
	})
}

func TestIdentity_BearerTokens(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		if c.bearer == "" {
			t.Fatal("no admin client")
		}

		for _, tc := range []struct{ name, header string }{
			{"ErrUnknownBearer", "Bearer cfl_non-esiste"},
			{"ErrNotACapofilaToken", "Bearer abc"},
			{"ErrEmptyBearer", "Bearer "},
			{"ErrBasic", "Basic YWRtaW46YWRtaW4="},
			{"ErrNoScheme", c.bearer},
		} {
			t.Run(tc.name, func(t *testing.T) {
				req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader([]byte(`{"query":"{ me { id } }"}`)))
				if err != nil {
					t.Fatal(err)
				}
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", tc.header)
				r := readResponse(t, c.anonymous().send(t, req))
				wantHTTPStatus(t, r, http.StatusUnauthorized)
				wantCode(t, r, "UNAUTHENTICATED")
			})
		}

		t.Run("CreateUseRevoke", func(t *testing.T) {
			var created struct {
				CreateAPIToken struct {
					Token    string `json:"token"`
					APIToken struct {
						ID        string  `json:"id"`
						Name      string  `json:"name"`
						Prefix    string  `json:"prefix"`
						RevokedAt *string `json:"revokedAt"`
					} `json:"apiToken"`
				} `json:"createAPIToken"`
			}
			mustOK(t, c.do(t, `mutation { createAPIToken(input: {name: "export"}) { token apiToken { id name prefix revokedAt } } }`, nil)).decode(t, &created)
			tok := created.CreateAPIToken
			if len(tok.Token) < 40 || tok.Token[:4] != "cfl_" || tok.APIToken.Prefix != tok.Token[:10] || tok.APIToken.Name != "export" {
				t.Fatalf("created %+v", tok)
			}
			script := &client{srv: c.srv, bearer: tok.Token}
			var mine, theirs meAnswer
			mustOK(t, c.do(t, meQuery, nil)).decode(t, &mine)
			mustOK(t, script.do(t, meQuery, nil)).decode(t, &theirs)
			if theirs.Me == nil || mine.Me == nil || theirs.Me.ID != mine.Me.ID {
				t.Errorf("the new token acts as %+v, want %+v", theirs.Me, mine.Me)
			}
			t.Run("NoCSRFNeeded", func(t *testing.T) {
				mustOK(t, script.do(t, `mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }`,
					map[string]any{"input": map[string]any{"name": "Da script S.r.l."}}))
			})

			var revoked struct {
				RevokeAPIToken struct {
					ID        string  `json:"id"`
					RevokedAt *string `json:"revokedAt"`
				} `json:"revokeAPIToken"`
			}
			mustOK(t, c.do(t, `mutation($id: ID!) { revokeAPIToken(id: $id) { id revokedAt } }`, map[string]any{"id": tok.APIToken.ID})).decode(t, &revoked)
			if revoked.RevokeAPIToken.RevokedAt == nil {
				t.Errorf("revokeAPIToken returned %+v, want revokedAt set", revoked.RevokeAPIToken)
			}
			r := script.do(t, meQuery, nil)
			wantHTTPStatus(t, r, http.StatusUnauthorized)
			wantCode(t, r, "UNAUTHENTICATED")
		})

		t.Run("ErrCreateTokenAnonymous", func(t *testing.T) {
			wantCode(t, c.anonymous().do(t, `mutation { createAPIToken(input: {name: "x"}) { token } }`, nil), "UNAUTHENTICATED")
		})
	})
}

func TestIdentity_AnonymousAndRoles(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		s := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		sys := authz.WithSystem(context.Background())
		// Users without passwords (no hashing): they act through tokens.
		adminUser, err := s.ent.User.Create().SetEmail("admin@capofila.test").SetDisplayName("Admin").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.auth.Grant(sys, adminUser.ID, authz.Grant{Role: authz.Admin}); err != nil {
			t.Fatal(err)
		}
		comune, err := s.ent.PublicBody.Create().SetName("Comune di Prova").SetKind("COMUNE").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		agg, err := s.ent.Aggregation.Create().SetName("Aggregazione di Prova").SetLeadID(comune.ID).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		leadUser, err := s.ent.User.Create().SetEmail("capofila@capofila.test").SetDisplayName("Capofila").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.auth.Grant(sys, leadUser.ID, authz.Grant{Role: authz.LeadManager, AggregationID: agg.ID}); err != nil {
			t.Fatal(err)
		}
		admin, lead, anonymous := s.bearerFor(t, adminUser), s.bearerFor(t, leadUser), &client{srv: s.srv}

		t.Run("AnonymousMeIsNull", func(t *testing.T) {
			var data meAnswer
			mustOK(t, anonymous.do(t, `{ me { id } }`, nil)).decode(t, &data)
			if data.Me != nil {
				t.Errorf("anonymous me = %+v, want null", data.Me)
			}
		})
		t.Run("ErrAnonymousData", func(t *testing.T) {
			wantCode(t, anonymous.do(t, `{ vendors(first: 1) { totalCount } }`, nil), "UNAUTHENTICATED")
			wantCode(t, anonymous.do(t, `mutation { createVendor(input: {name: "Anonima S.r.l."}) { id } }`, nil), "UNAUTHENTICATED")
		})
		t.Run("LeadMe", func(t *testing.T) {
			var data meAnswer
			mustOK(t, lead.do(t, meQuery, nil)).decode(t, &data)
			if roles := data.roles(); data.Me == nil || data.Me.ID != string(leadUser.ID) || len(roles) != 1 || roles[0] != "LEAD_MANAGER" {
				t.Errorf("lead me = %+v (roles %v), want %s with [LEAD_MANAGER]", data.Me, roles, leadUser.ID)
			}
		})

		const createUser = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email active } }`
		t.Run("CreateUser", func(t *testing.T) {
			var data struct {
				CreateUser struct {
					ID     string `json:"id"`
					Email  string `json:"email"`
					Active bool   `json:"active"`
				} `json:"createUser"`
			}
			mustOK(t, admin.do(t, createUser, map[string]any{"input": map[string]any{
				"email": "Nuovo.Utente@Capofila.test", "displayName": "Nuovo Utente", "password": "password-di-prova"}})).decode(t, &data)
			if data.CreateUser.Email != "nuovo.utente@capofila.test" || !data.CreateUser.Active {
				t.Errorf("created %+v", data.CreateUser)
			}
			t.Run("ErrDuplicate", func(t *testing.T) {
				r := admin.do(t, createUser, map[string]any{"input": map[string]any{
					"email": "nuovo.utente@capofila.test", "displayName": "Doppio", "password": "password-di-prova"}})
				if e := wantCode(t, r, "CONFLICT"); e.Extensions.Field != "email" {
					t.Errorf("field %q, want email", e.Extensions.Field)
				}
			})
		})
		for _, tc := range []struct {
			name  string
			input map[string]any
			field string
		}{
			{"ErrCreateUserBadEmail", map[string]any{"email": "non-una-mail", "displayName": "X", "password": "password-di-prova"}, "email"},
			{"ErrCreateUserShortPassword", map[string]any{"email": "corta@capofila.test", "displayName": "X", "password": "corta"}, "password"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if e := wantCode(t, admin.do(t, createUser, map[string]any{"input": tc.input}), "INVALID"); e.Extensions.Field != tc.field {
					t.Errorf("field %q, want %s", e.Extensions.Field, tc.field)
				}
			})
		}

		// What only an admin may do, tried by a lead manager.
		// Other users' accounts are not visible to a lead: acting on them is
		// NOT_FOUND; acting on its own account beyond its rights is FORBIDDEN.
		for _, tc := range []struct {
			name, query string
			vars        map[string]any
			code        string
		}{
			{"ErrLeadCreatesUser", createUser, map[string]any{"input": map[string]any{
				"email": "abusivo@capofila.test", "displayName": "Abusivo", "password": "password-di-prova"}}, "FORBIDDEN"},
			{"ErrLeadGrantsItselfAdmin", `mutation($u: ID!) { grantRole(input: {userID: $u, role: ADMIN}) { id } }`,
				map[string]any{"u": string(leadUser.ID)}, "FORBIDDEN"},
			{"ErrLeadGrantsAnother", `mutation($u: ID!, $a: ID!) { grantRole(input: {userID: $u, role: LEAD_MANAGER, aggregationID: $a}) { id } }`,
				map[string]any{"u": string(adminUser.ID), "a": string(agg.ID)}, "NOT_FOUND"},
			{"ErrLeadSetsAnotherPassword", `mutation($u: ID!) { setPassword(userID: $u, password: "password-rubata") }`,
				map[string]any{"u": string(adminUser.ID)}, "NOT_FOUND"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, lead.do(t, tc.query, tc.vars), tc.code)
			})
		}
		t.Run("ErrLeadCreatedNothing", func(t *testing.T) {
			var data meAnswer
			mustOK(t, lead.do(t, meQuery, nil)).decode(t, &data)
			if roles := data.roles(); len(roles) != 1 {
				t.Errorf("lead has roles %v after the refused grants, want only LEAD_MANAGER", roles)
			}
			if n, _ := s.ent.User.Query().Count(sys); n != 3 {
				t.Errorf("%d users, want 3 (admin, lead, the one the admin created)", n)
			}
		})

		t.Run("GrantAndRevokeRole", func(t *testing.T) {
			var granted struct {
				GrantRole struct {
					ID            string  `json:"id"`
					Role          string  `json:"role"`
					AggregationID *string `json:"aggregationID"`
				} `json:"grantRole"`
			}
			mustOK(t, admin.do(t, `mutation($u: ID!, $a: ID!) { grantRole(input: {userID: $u, role: LEAD_MANAGER, aggregationID: $a}) { id role aggregationID } }`,
				map[string]any{"u": string(adminUser.ID), "a": string(agg.ID)})).decode(t, &granted)
			if g := granted.GrantRole; g.Role != "LEAD_MANAGER" || g.AggregationID == nil || *g.AggregationID != string(agg.ID) {
				t.Errorf("granted %+v", g)
			}
			t.Run("ErrLeadRevokes", func(t *testing.T) {
				// The admin's assignment is not visible to the lead.
				wantCode(t, lead.do(t, `mutation($id: ID!) { revokeRole(id: $id) }`, map[string]any{"id": granted.GrantRole.ID}), "NOT_FOUND")
			})
			mustOK(t, admin.do(t, `mutation($id: ID!) { revokeRole(id: $id) }`, map[string]any{"id": granted.GrantRole.ID}))
			t.Run("ErrShape", func(t *testing.T) {
				r := admin.do(t, `mutation($u: ID!) { grantRole(input: {userID: $u, role: REGION_OFFICER}) { id } }`, map[string]any{"u": string(leadUser.ID)})
				if e := wantCode(t, r, "INVALID"); e.Extensions.Field != "role" {
					t.Errorf("field %q, want role", e.Extensions.Field)
				}
			})
		})
	})
}

// postSignIn posts credentials with the given content type and extra
// headers, from any goroutine; it returns the status and the error's code
// and rule.
func postSignIn(srv *httptest.Server, email, password, contentType string, header http.Header) (status int, code, rule string, err error) {
	body, _ := json.Marshal(map[string]string{"email": email, "password": password})
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/auth/sign-in", bytes.NewReader(body))
	if err != nil {
		return 0, "", "", err
	}
	req.Header.Set("Content-Type", contentType)
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		return 0, "", "", err
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct {
			Extensions struct{ Code, Rule string } `json:"extensions"`
		} `json:"errors"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	if len(out.Errors) > 0 {
		code, rule = out.Errors[0].Extensions.Code, out.Errors[0].Extensions.Rule
	}
	return resp.StatusCode, code, rule, nil
}

// TestIdentity_ParallelSignInsAgainstTheLock fires sign-ins of one account at
// once through the HTTP handler: at most five passwords are checked (the
// attempts are counted before hashing), every other answer is 429, none is
// a 500, and once the account is locked no password is checked, the right
// one included.
func TestIdentity_ParallelSignInsAgainstTheLock(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		s := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		const email = "funzionario@regione-marche.test"
		type answer struct {
			status     int
			code, rule string
		}
		fire := func(t *testing.T, passwords []string) map[answer]int {
			t.Helper()
			answers := make([]answer, len(passwords))
			var wg sync.WaitGroup
			for i, pw := range passwords {
				wg.Go(func() {
					status, code, rule, err := postSignIn(s.srv, email, pw, "application/json", nil)
					if err != nil {
						t.Errorf("sign-in %d: %v", i, err)
					}
					answers[i] = answer{status, code, rule}
				})
			}
			wg.Wait()
			got := map[answer]int{}
			for _, a := range answers {
				got[a]++
			}
			return got
		}
		wrong := answer{http.StatusUnauthorized, "UNAUTHENTICATED", ""}

		t.Run("FortyWrong", func(t *testing.T) {
			passwords := make([]string, 40)
			for i := range passwords {
				passwords[i] = fmt.Sprintf("password-sbagliata-%d", i)
			}
			got := fire(t, passwords)
			checks := s.auth.PasswordChecks()
			t.Logf("40 parallel wrong sign-ins: %d passwords checked, answers %v", checks, got)
			if checks > 5 {
				t.Errorf("%d passwords checked, want at most 5", checks)
			}
			refused := 0
			for a, n := range got {
				switch {
				case a == wrong:
				case a.status == http.StatusTooManyRequests && a.code == "RATE_LIMITED":
					refused += n
				default:
					t.Errorf("%d answers %+v, want 401 or 429 RATE_LIMITED", n, a)
				}
			}
			if got[wrong] != int(checks) || refused != 40-int(checks) {
				t.Errorf("%d refused with 401 and %d with 429 for %d checks: want 401 exactly for the checked ones", got[wrong], refused, checks)
			}
		})

		t.Run("ErrRightPasswordAmongTwelveOnceLocked", func(t *testing.T) {
			for s.auth.PasswordChecks() < 5 {
				// Lock the account if the flood above checked fewer than five.
				if status, _, _, err := postSignIn(s.srv, email, "password-sbagliata", "application/json", nil); err != nil || status != http.StatusUnauthorized {
					break
				}
			}
			before := s.auth.PasswordChecks()
			passwords := []string{demo.Password}
			for i := range 11 {
				passwords = append(passwords, fmt.Sprintf("password-sbagliata-%d", i))
			}
			got := fire(t, passwords)
			for a, n := range got {
				if a.status != http.StatusTooManyRequests || a.code != "RATE_LIMITED" {
					t.Errorf("%d answers %+v on a locked account, want 429 RATE_LIMITED", n, a)
				}
			}
			if n := s.auth.PasswordChecks() - before; n != 0 {
				t.Errorf("%d passwords checked on a locked account, want none", n)
			}
		})
	})
}

// TestIdentity_SignInRefusesCrossSiteRequests: a page on another site must
// not sign its visitor in to an account of its choosing. Browsers send a
// form, or a fetch with a text/plain body, across sites without asking;
// only a JSON body needs a preflight, which Capofila never grants.
func TestIdentity_SignInRefusesCrossSiteRequests(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		s := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		const email = "admin@capofila.test"
		for _, tc := range []struct {
			name, contentType string
			header            http.Header
			status            int
			code, rule        string
		}{
			{"ErrTextPlain", "text/plain", nil, http.StatusUnsupportedMediaType, "INVALID", "request.content_type"},
			{"ErrForm", "application/x-www-form-urlencoded", nil, http.StatusUnsupportedMediaType, "INVALID", "request.content_type"},
			{"ErrNoContentType", "", nil, http.StatusUnsupportedMediaType, "INVALID", "request.content_type"},
			{"ErrTextPlainFromAnotherSite", "text/plain;charset=UTF-8",
				http.Header{"Origin": {"https://attacker.example"}, "Sec-Fetch-Site": {"cross-site"}}, http.StatusForbidden, "FORBIDDEN", "request.cross_origin"},
			{"ErrJSONFromAnotherOrigin", "application/json",
				http.Header{"Origin": {"https://attacker.example"}}, http.StatusForbidden, "FORBIDDEN", "request.cross_origin"},
			{"ErrJSONFromASiblingSite", "application/json",
				http.Header{"Sec-Fetch-Site": {"same-site"}}, http.StatusForbidden, "FORBIDDEN", "request.cross_origin"},
			{"SameOrigin", "application/json; charset=utf-8",
				http.Header{"Origin": {s.srv.URL}, "Sec-Fetch-Site": {"same-origin"}}, http.StatusOK, "", ""},
			{"NoBrowserHeaders", "application/json", nil, http.StatusOK, "", ""}, // scripts, curl
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, code, rule, err := postSignIn(s.srv, email, demo.Password, tc.contentType, tc.header)
				if err != nil {
					t.Fatal(err)
				}
				if status != tc.status || code != tc.code || rule != tc.rule {
					t.Errorf("HTTP %d %s %s, want %d %s %s", status, code, rule, tc.status, tc.code, tc.rule)
				}
			})
		}
	})
}

// TestIdentity_PasswordChangeOverHTTP changes a password through the web
// app's session: the current password is required, the session it was
// changed with goes on, the user's other sessions and API tokens end.
func TestIdentity_PasswordChangeOverHTTP(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		s := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		const email = "revisore@regione-marche.test"
		browser, other := s.webApp(), s.webApp()
		for _, b := range []*webApp{browser, other} {
			if r := b.signIn(t, email, demo.Password); r.Status != http.StatusOK {
				t.Fatalf("sign-in: HTTP %d", r.Status)
			}
		}
		u, err := s.ent.User.Query().Where(user.Email(email)).Only(authz.WithSystem(context.Background()))
		if err != nil {
			t.Fatal(err)
		}
		script := s.bearerFor(t, u)
		const change = `mutation($u: ID!, $p: String!, $c: String) { setPassword(userID: $u, password: $p, currentPassword: $c) }`
		const next = "una-password-nuova-e-lunga"

		t.Run("ErrWithoutTheCurrentPassword", func(t *testing.T) {
			r := browser.do(t, change, map[string]any{"u": u.ID, "p": next})
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "password.current" || e.Extensions.Field != "currentPassword" {
				t.Errorf("rule %q field %q, want password.current on currentPassword", e.Extensions.Rule, e.Extensions.Field)
			}
			r = browser.do(t, change, map[string]any{"u": u.ID, "p": next, "c": "non-la-password"})
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "password.current" {
				t.Errorf("wrong current password: rule %q, want password.current", e.Extensions.Rule)
			}
		})
		mustOK(t, browser.do(t, change, map[string]any{"u": u.ID, "p": next, "c": demo.Password}))
		var me meAnswer
		mustOK(t, browser.do(t, meQuery, nil)).decode(t, &me)
		if me.Me == nil {
			t.Errorf("the session the password was changed with ended")
		}
		me = meAnswer{}
		mustOK(t, other.do(t, meQuery, nil)).decode(t, &me)
		if me.Me != nil {
			t.Errorf("another session of the user goes on after the password change")
		}
		wantCode(t, script.do(t, meQuery, nil), "UNAUTHENTICATED")
	})
}
