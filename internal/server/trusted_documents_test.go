package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/frontend"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// webAppDocument returns the hash and text of the web app's operation
// named name, as the binary embeds them.
func webAppDocument(t *testing.T, name string) (string, string) {
	t.Helper()
	docs, err := handler.ParseTrustedDocuments(frontend.TrustedDocuments())
	if err != nil {
		t.Fatal(err)
	}
	for h, text := range docs {
		if strings.HasPrefix(text, "query "+name+" ") || strings.HasPrefix(text, "query "+name+"(") {
			return h, text
		}
	}
	t.Fatalf("the web app has no operation %s", name)
	return "", ""
}

// doPersisted posts an operation by its hash (and text, if not empty), as
// the web app does.
func (b *webApp) doPersisted(t *testing.T, hash, text string) response {
	t.Helper()
	req := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
	if text != "" {
		req["query"] = text
	}
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, b.send(t, http.MethodPost, "/graphql", body))
}

func wantDocumentRefused(t *testing.T, what string, r response, code, rule string) {
	t.Helper()
	if r.hasData() || len(r.Errors) != 1 || r.Errors[0].Extensions.Code != code || r.Errors[0].Extensions.Rule != rule {
		t.Errorf("%s: got status %d, data %s, errors %v; want one %s %s", what, r.Status, r.Data, r.Errors, code, rule)
	}
}

// TestTrustedDocuments_BrowserSessionsSendOnlyTheWebAppsOperations: in
// production (serve without --dev) a browser session may run only the web
// app's operations, sent by hash or as their exact text; any other document
// is refused before it is parsed, and an unknown hash tells the user to
// reload the page. API tokens may send any document.
func TestTrustedDocuments_BrowserSessionsSendOnlyTheWebAppsOperations(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
		s := app.New(app.Config{Version: testVersion, TrustedDocumentsOnly: true}, d, d.Client(), log).Server
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		site := &authSite{srv: srv, auth: s.Auth(), ent: d.Client()}
		u, err := s.Auth().CreateUser(authz.WithSystem(context.Background()), "referente@trusted.test", "Referente", "password-di-prova")
		if err != nil {
			t.Fatal(err)
		}
		web := site.webApp()
		if r := web.signIn(t, u.Email, "password-di-prova"); r.Status != http.StatusOK {
			t.Fatalf("sign-in: %d %s", r.Status, r.body)
		}
		hash, text := webAppDocument(t, "Me")
		var me struct {
			Me struct{ Email string } `json:"me"`
		}
		for what, r := range map[string]response{
			"by hash":             web.doPersisted(t, hash, ""),
			"by hash, upper case": web.doPersisted(t, strings.ToUpper(hash), ""),
			"by hash and text":    web.doPersisted(t, hash, text),
			"as its exact text":   web.do(t, text, nil),
		} {
			if len(r.Errors) > 0 || !r.hasData() {
				t.Fatalf("the web app's Me %s: %d %s %v", what, r.Status, r.Data, r.Errors)
			}
			r.decode(t, &me)
			if me.Me.Email != u.Email {
				t.Errorf("the web app's Me %s answered %q", what, me.Me.Email)
			}
		}

		free := `query { me { email } }`
		wantDocumentRefused(t, "a document of the browser's own", web.do(t, free, nil), "FORBIDDEN", "document.untrusted")
		wantDocumentRefused(t, "the web app's document with one more field", web.do(t, strings.Replace(text, "email", "email id", 1), nil), "FORBIDDEN", "document.untrusted")
		sum := sha256.Sum256([]byte(free))
		wantDocumentRefused(t, "an unknown hash", web.doPersisted(t, hex.EncodeToString(sum[:]), ""), "INVALID", "document.unknown")
		wantDocumentRefused(t, "an unknown hash with its text", web.doPersisted(t, hex.EncodeToString(sum[:]), free), "FORBIDDEN", "document.untrusted")
		wantDocumentRefused(t, "a trusted hash with another text", web.doPersisted(t, hash, free), "FORBIDDEN", "document.untrusted")
		wantDocumentRefused(t, "an anonymous document", site.webApp().do(t, free, nil), "FORBIDDEN", "document.untrusted")

		// A script with an API token sends what it likes.
		r := site.bearerFor(t, u).do(t, free, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("API token: %v", r.Errors)
		}
		r.decode(t, &me)
		if me.Me.Email != u.Email {
			t.Errorf("API token: me is %q", me.Me.Email)
		}
	})
}
