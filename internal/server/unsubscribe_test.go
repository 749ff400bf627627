package server_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/notifykind"
	"github.com/capofila/capofila/internal/notifypref"
	"github.com/capofila/capofila/internal/testdb"
)

// TestUnsubscribe_SignedInBrowser: the link's page posts a plain form,
// without the web app's CSRF header; a browser signed in to Capofila sends
// its session cookie with it, and the link still works (it acts on its
// secret only), as it does for an anonymous one-click POST.
func TestUnsubscribe_SignedInBrowser(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		site := newAuthSite(t, d, auth.HTTPConfig{InsecureCookie: true})
		sys := authz.WithSystem(context.Background())
		u, err := site.auth.CreateUser(sys, "disiscrivi@capofila.test", "Da Disiscrivere", "password-di-prova")
		if err != nil {
			t.Fatal(err)
		}
		prefs := notifypref.NewService(d.Client(), site.srv.URL)
		link, err := prefs.UnsubscribeURL(sys, string(u.ID))
		if err != nil {
			t.Fatal(err)
		}
		browser := site.webApp()
		if r := browser.signIn(t, "disiscrivi@capofila.test", "password-di-prova"); r.Status != http.StatusOK {
			t.Fatalf("sign-in: %d", r.Status)
		}
		page, err := http.NewRequest(http.MethodGet, link, nil)
		if err != nil {
			t.Fatal(err)
		}
		page.AddCookie(&http.Cookie{Name: auth.CookieName, Value: browser.session})
		if status, body := send(t, page); status != http.StatusOK || !strings.Contains(body, `method="post"`) {
			t.Fatalf("GET %d: %s", status, body)
		}
		tok := strings.TrimPrefix(link, site.srv.URL+"/mail/unsubscribe?t=")
		form, err := http.NewRequest(http.MethodPost, site.srv.URL+"/mail/unsubscribe", strings.NewReader(url.Values{"t": {tok}}.Encode()))
		if err != nil {
			t.Fatal(err)
		}
		form.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		form.AddCookie(&http.Cookie{Name: auth.CookieName, Value: browser.session})
		if status, body := send(t, form); status != http.StatusOK {
			t.Fatalf("POST %d: %s", status, body)
		}
		got, err := prefs.Deliveries(sys, []string{string(u.ID)})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range notifykind.All() {
			if got[string(u.ID)][k] != notifykind.Off {
				t.Errorf("%s: %s", k, got[string(u.ID)][k])
			}
		}
	})
}

func send(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
