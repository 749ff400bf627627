package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/oauth2-proxy/mockoidc"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/testdb"
)

// spidPerson is a person at the mock provider, with the claims of a
// SPID/CIE gateway; its fields bend the ID token for the refusal tests.
type spidPerson struct {
	Subject       string
	Email         string
	EmailVerified bool
	Name          string
	FiscalNumber  string // as sent, e.g. "TINIT-RSSMRA80A01H501U"; "" omits the claim
	// Nonce, when set, replaces the nonce the client sent.
	Nonce string
	// Expired issues an ID token that expired an hour ago.
	Expired bool
}

type spidClaims struct {
	*mockoidc.IDTokenClaims
	Email         string `json:"email,omitempty"`
	EmailVerified bool   `json:"email_verified"`
	Name          string `json:"name,omitempty"`
	FiscalNumber  string `json:"fiscal_number,omitempty"`
}

func (p spidPerson) ID() string { return p.Subject }

func (p spidPerson) Userinfo([]string) ([]byte, error) {
	return json.Marshal(map[string]any{"sub": p.Subject, "email": p.Email})
}

func (p spidPerson) Claims(_ []string, c *mockoidc.IDTokenClaims) (jwt.Claims, error) {
	if p.Nonce != "" {
		c.Nonce = p.Nonce
	}
	if p.Expired {
		past := time.Now().Add(-2 * time.Hour)
		c.IssuedAt, c.NotBefore = jwt.NewNumericDate(past), jwt.NewNumericDate(past)
		c.ExpiresAt = jwt.NewNumericDate(past.Add(time.Hour))
	}
	return &spidClaims{IDTokenClaims: c, Email: p.Email, EmailVerified: p.EmailVerified, Name: p.Name, FiscalNumber: p.FiscalNumber}, nil
}

// validCF completes the first 15 characters of a personal codice fiscale
// with its check letter.
func validCF(t *testing.T, first15 string) string {
	t.Helper()
	c, err := italy.CheckCharCodiceFiscale(first15)
	if err != nil {
		t.Fatal(err)
	}
	return first15 + string(c)
}

// oidcSite is Capofila signing in through an in-process mock provider.
type oidcSite struct {
	srv  *httptest.Server
	idp  *mockoidc.MockOIDC
	ent  *gen.Client
	auth *auth.Service
}

func newOIDCSite(t *testing.T, d *db.DB, authCfg auth.Config) *oidcSite {
	t.Helper()
	idp, err := mockoidc.Run()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idp.Shutdown() })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cookies := auth.HTTPConfig{InsecureCookie: true} // plain-HTTP test server
	a := app.New(app.Config{Version: testVersion, Auth: authCfg, Cookies: cookies, Documents: docstore.Disk{Root: t.TempDir()}, OIDC: auth.OIDCConfig{
		Issuer: idp.Issuer(), ClientID: idp.ClientID, ClientSecret: idp.ClientSecret,
		RedirectURL: base + "/auth/oidc/callback",
	}}, d, d.Client(), log)
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: a.Server.Handler()}}
	srv.Start()
	t.Cleanup(srv.Close)
	return &oidcSite{srv: srv, idp: idp, ent: d.Client(), auth: a.Server.Auth()}
}

// browser is a web browser with its cookies; it does not follow
// redirects, so that each step of the flow can be looked at.
type browser struct {
	site *oidcSite
	http *http.Client
}

func (s *oidcSite) browser(t *testing.T) *browser {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &browser{site: s, http: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (b *browser) get(t *testing.T, u string) *http.Response {
	t.Helper()
	resp, err := b.http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	return resp
}

// toProvider starts a sign-in and returns the provider's callback to
// Capofila (the person having signed in at the provider).
func (b *browser) toProvider(t *testing.T, returnPath string) string {
	t.Helper()
	login := b.site.srv.URL + "/auth/oidc/login"
	if returnPath != "" {
		login += "?return=" + url.QueryEscape(returnPath)
	}
	resp := b.get(t, login)
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("login: HTTP %d, want 302", resp.StatusCode)
	}
	authURL, _ := url.Parse(resp.Header.Get("Location"))
	q := authURL.Query()
	if q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("nonce") == "" || q.Get("state") == "" {
		t.Fatalf("authorization request without PKCE S256, nonce or state: %s", authURL)
	}
	resp = b.get(t, authURL.String())
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("provider: HTTP %d, want 302", resp.StatusCode)
	}
	return resp.Header.Get("Location")
}

// finish follows the provider's callback.
func (b *browser) finish(t *testing.T, callback string) (response, *http.Response) {
	t.Helper()
	resp := b.get(t, callback)
	if resp.StatusCode == http.StatusSeeOther {
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		return response{Status: resp.StatusCode}, resp
	}
	return readResponse(t, resp), resp
}

// signIn runs the whole flow as person and returns the callback's answer.
func (b *browser) signIn(t *testing.T, p spidPerson) (response, *http.Response) {
	t.Helper()
	b.site.idp.QueueUser(p)
	return b.finish(t, b.toProvider(t, ""))
}

// session is the session cookie the browser holds, or "".
func (b *browser) session() string {
	u, _ := url.Parse(b.site.srv.URL)
	for _, c := range b.http.Jar.Cookies(u) {
		if c.Name == auth.CookieName {
			return c.Value
		}
	}
	return ""
}

// counts are the users and sessions in the database.
func (s *oidcSite) counts(t *testing.T) [2]int {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	u, err := s.ent.User.Query().Count(sys)
	if err != nil {
		t.Fatal(err)
	}
	se, err := s.ent.Session.Query().Count(sys)
	if err != nil {
		t.Fatal(err)
	}
	return [2]int{u, se}
}

// wantRefused checks that a refused sign-in has the status and rule given
// and that it created no user, no session and no cookie.
func wantRefused(t *testing.T, s *oidcSite, b *browser, before [2]int, r response, status int, rule string) {
	t.Helper()
	if r.Status != status {
		t.Errorf("HTTP %d, want %d (errors %v)", r.Status, status, r.Errors)
	}
	if len(r.Errors) == 0 || r.Errors[0].Extensions.Rule != rule {
		t.Errorf("errors %v, want rule %s", r.Errors, rule)
	}
	if len(r.Errors) > 0 && !strings.Contains(r.Errors[0].Message, "Accesso") {
		t.Errorf("message %q is not the Italian explanation", r.Errors[0].Message)
	}
	if after := s.counts(t); after != before {
		t.Errorf("users and sessions %v after a refused sign-in, want %v", after, before)
	}
	if b.session() != "" {
		t.Error("a refused sign-in set the session cookie")
	}
}

func (s *oidcSite) me(t *testing.T, session string) meAnswer {
	t.Helper()
	var me meAnswer
	mustOK(t, (&webApp{srv: s.srv, session: session}).do(t, meQuery, nil)).decode(t, &me)
	return me
}

func TestOIDC_SignIn(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		s := newOIDCSite(t, d, auth.Config{})
		sys := authz.WithSystem(context.Background())
		cf := validCF(t, "RSSMRA80A01H501")
		person := spidPerson{Subject: "spid-1", Email: "Mario.Rossi@Comune.Example.it", EmailVerified: true,
			Name: "Mario Rossi", FiscalNumber: "TINIT-" + cf}

		t.Run("OK: the first sign-in creates an account without roles and a working session", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			r, resp := b.signIn(t, person)
			if r.Status != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
				t.Fatalf("callback: HTTP %d to %q (errors %v), want 303 to /", r.Status, resp.Header.Get("Location"), r.Errors)
			}
			if after := s.counts(t); after != [2]int{before[0] + 1, before[1] + 1} {
				t.Errorf("users and sessions %v, want one more of each than %v", after, before)
			}
			u, err := s.ent.User.Query().Where(user.CodiceFiscale(cf)).Only(sys)
			if err != nil {
				t.Fatalf("no user with the codice fiscale (TINIT- stripped): %v", err)
			}
			if u.Email != "mario.rossi@comune.example.it" || u.DisplayName != "Mario Rossi" || u.PasswordHash != "" {
				t.Errorf("user %q %q (password set: %v)", u.Email, u.DisplayName, u.PasswordHash != "")
			}
			me := s.me(t, b.session())
			if me.Me == nil || me.Me.ID != string(u.ID) || len(me.roles()) != 0 {
				t.Errorf("viewer %+v, want %s without roles", me.Me, u.ID)
			}
			for _, c := range resp.Cookies() {
				if c.Name == auth.CookieName && (!c.HttpOnly || c.SameSite != http.SameSiteStrictMode) {
					t.Errorf("session cookie %+v is not the password sign-in's one", c)
				}
			}
		})

		t.Run("OK: a second sign-in finds the same account, and returns where asked", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			s.idp.QueueUser(person)
			r, resp := b.finish(t, b.toProvider(t, "/progetti/42?tab=spese"))
			if r.Status != http.StatusSeeOther || resp.Header.Get("Location") != "/progetti/42?tab=spese" {
				t.Fatalf("callback: HTTP %d to %q (errors %v)", r.Status, resp.Header.Get("Location"), r.Errors)
			}
			if after := s.counts(t); after != [2]int{before[0], before[1] + 1} {
				t.Errorf("users and sessions %v, want the same users and one more session than %v", after, before)
			}
			if n, _ := s.ent.User.Query().Where(user.CodiceFiscale(cf)).Count(sys); n != 1 {
				t.Errorf("%d users with the codice fiscale, want 1", n)
			}
		})

		t.Run("OK: a return path to another site is not followed", func(t *testing.T) {
			for _, bad := range []string{"https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"} {
				b := s.browser(t)
				s.idp.QueueUser(person)
				r, resp := b.finish(t, b.toProvider(t, bad))
				if r.Status != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
					t.Errorf("return %q: HTTP %d to %q, want 303 to /", bad, r.Status, resp.Header.Get("Location"))
				}
			}
		})

		t.Run("ErrForgedState", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			s.idp.QueueUser(person)
			cb, _ := url.Parse(b.toProvider(t, ""))
			q := cb.Query()
			q.Set("state", "forged")
			cb.RawQuery = q.Encode()
			r, _ := b.finish(t, cb.String())
			wantRefused(t, s, b, before, r, http.StatusBadRequest, "oidc.state")
		})

		t.Run("ErrStateFromAnotherBrowser", func(t *testing.T) {
			// The callback of a flow started elsewhere (a link sent to the
			// victim) finds no flow cookie in this browser.
			before := s.counts(t)
			s.idp.QueueUser(person)
			cb := s.browser(t).toProvider(t, "")
			victim := s.browser(t)
			r, _ := victim.finish(t, cb)
			wantRefused(t, s, victim, before, r, http.StatusBadRequest, "oidc.state")
		})

		t.Run("ErrReplayedCode", func(t *testing.T) {
			b := s.browser(t)
			s.idp.QueueUser(person)
			cb := b.toProvider(t, "")
			// An eavesdropper kept the flow cookie and the callback URL.
			u, _ := url.Parse(s.srv.URL + "/auth/oidc/")
			kept := b.http.Jar.Cookies(u)
			if r, _ := b.finish(t, cb); r.Status != http.StatusSeeOther {
				t.Fatalf("first use: HTTP %d (errors %v)", r.Status, r.Errors)
			}
			before := s.counts(t)
			thief := s.browser(t)
			thief.http.Jar.SetCookies(u, kept)
			r, _ := thief.finish(t, cb)
			wantRefused(t, s, thief, before, r, http.StatusUnauthorized, "oidc.code")
		})

		t.Run("ErrWrongNonce", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			p := person
			p.Nonce = "a-nonce-of-another-sign-in"
			r, _ := b.signIn(t, p)
			wantRefused(t, s, b, before, r, http.StatusUnauthorized, "oidc.nonce")
		})

		t.Run("ErrExpiredIDToken", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			p := person
			p.Expired = true
			r, _ := b.signIn(t, p)
			wantRefused(t, s, b, before, r, http.StatusUnauthorized, "oidc.token")
		})

		t.Run("ErrFiscalNumberMissing", func(t *testing.T) {
			before := s.counts(t)
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-2", Email: "anna@example.it", EmailVerified: true})
			wantRefused(t, s, b, before, r, http.StatusUnauthorized, "oidc.fiscal_number.missing")
		})

		t.Run("ErrFiscalNumberMalformed", func(t *testing.T) {
			wrongCheck := cf[:15] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZ", cf[15])+1)%26])
			for _, bad := range []string{"TINIT-" + wrongCheck, "TINIT-12345", "80012345678"} {
				before := s.counts(t)
				b := s.browser(t)
				r, _ := b.signIn(t, spidPerson{Subject: "spid-3", Email: "anna@example.it", EmailVerified: true, FiscalNumber: bad})
				wantRefused(t, s, b, before, r, http.StatusUnauthorized, "oidc.fiscal_number.invalid")
			}
		})

		t.Run("OK: a verified e-mail links the local account", func(t *testing.T) {
			local, err := s.ent.User.Create().SetEmail("laura.bianchi@example.it").SetDisplayName("Laura Bianchi").Save(sys)
			if err != nil {
				t.Fatal(err)
			}
			lcf := validCF(t, "BNCLRA85M41D612")
			before := s.counts(t)
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-4", Email: "laura.bianchi@example.it", EmailVerified: true, FiscalNumber: "TINIT-" + lcf})
			if r.Status != http.StatusSeeOther {
				t.Fatalf("HTTP %d (errors %v), want 303", r.Status, r.Errors)
			}
			if after := s.counts(t); after != [2]int{before[0], before[1] + 1} {
				t.Errorf("users and sessions %v, want no new user and one more session than %v", after, before)
			}
			if got := s.ent.User.GetX(sys, local.ID); got.CodiceFiscale == nil || *got.CodiceFiscale != lcf {
				t.Errorf("local account's codice fiscale %v, want %s", got.CodiceFiscale, lcf)
			}
			if me := s.me(t, b.session()); me.Me == nil || me.Me.ID != string(local.ID) {
				t.Errorf("signed in as %+v, want the local account %s", me.Me, local.ID)
			}
		})

		t.Run("ErrUnverifiedEmailDoesNotLink", func(t *testing.T) {
			local, err := s.ent.User.Create().SetEmail("paolo.verdi@example.it").SetDisplayName("Paolo Verdi").Save(sys)
			if err != nil {
				t.Fatal(err)
			}
			before := s.counts(t)
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-5", Email: "paolo.verdi@example.it", EmailVerified: false,
				FiscalNumber: "TINIT-" + validCF(t, "VRDPLA70C12F205")})
			wantRefused(t, s, b, before, r, http.StatusConflict, "oidc.email.taken")
			if got := s.ent.User.GetX(sys, local.ID); got.CodiceFiscale != nil {
				t.Errorf("an unverified e-mail linked the local account to %s", *got.CodiceFiscale)
			}
		})

		t.Run("ErrVerifiedEmailOfAnAccountWithAnotherCF", func(t *testing.T) {
			// An account linked to a codice fiscale already: another codice
			// fiscale with the same verified e-mail does not take it over.
			if _, err := s.ent.User.Create().SetEmail("giulia.neri@example.it").SetDisplayName("Giulia Neri").
				SetCodiceFiscale(validCF(t, "NREGLI75D50A944")).Save(sys); err != nil {
				t.Fatal(err)
			}
			before := s.counts(t)
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-7", Email: "giulia.neri@example.it", EmailVerified: true,
				FiscalNumber: "TINIT-" + validCF(t, "VRDGPP60B02L219")})
			wantRefused(t, s, b, before, r, http.StatusConflict, "oidc.email.taken")
		})

		t.Run("ErrDisabledAccount", func(t *testing.T) {
			dcf := validCF(t, "BLUNNA90E45H501")
			if _, err := s.ent.User.Create().SetEmail("anna.blu@example.it").SetDisplayName("Anna Blu").
				SetCodiceFiscale(dcf).SetActive(false).Save(sys); err != nil {
				t.Fatal(err)
			}
			before := s.counts(t)
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-8", Email: "anna.blu@example.it", EmailVerified: true, FiscalNumber: "TINIT-" + dcf})
			wantRefused(t, s, b, before, r, http.StatusUnauthorized, "signin.disabled")
		})
	})
}

func TestOIDC_PasswordSignInOff(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		s := newOIDCSite(t, d, auth.Config{PasswordSignInDisabled: true})
		sys := authz.WithSystem(context.Background())
		hash, err := auth.HashPassword("una password lunga")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ent.User.Create().SetEmail("admin@example.it").SetDisplayName("Admin").SetPasswordHash(hash).Save(sys); err != nil {
			t.Fatal(err)
		}

		t.Run("ErrPasswordRefused", func(t *testing.T) {
			before := s.counts(t)
			w := &webApp{srv: s.srv}
			r := w.signIn(t, "admin@example.it", "una password lunga")
			if r.Status != http.StatusForbidden || len(r.Errors) == 0 || r.Errors[0].Extensions.Rule != "signin.password_disabled" ||
				!strings.Contains(r.Errors[0].Message, "SPID") {
				t.Errorf("HTTP %d, errors %v: want 403 signin.password_disabled in Italian", r.Status, r.Errors)
			}
			if r.cookie != nil && r.cookie.Value != "" {
				t.Error("a session cookie was set")
			}
			if after := s.counts(t); after != before {
				t.Errorf("users and sessions %v, want %v", after, before)
			}
		})

		t.Run("OK: OIDC still signs in", func(t *testing.T) {
			b := s.browser(t)
			r, _ := b.signIn(t, spidPerson{Subject: "spid-6", Email: "x@example.it", EmailVerified: true,
				FiscalNumber: "TINIT-" + validCF(t, "RSSMRA80A01H501")})
			if r.Status != http.StatusSeeOther || b.session() == "" {
				t.Errorf("HTTP %d (errors %v), want 303 with a session", r.Status, r.Errors)
			}
		})
	})
}
