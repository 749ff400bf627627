package handler_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/graph/handler"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/internal/testlog"
)

// TestGraphQL_RandomDocuments sends 400 random documents (docGen, a fixed
// seed) to a server over the demo data, anonymously and as an
// administrator: none may panic, answer 5xx or INTERNAL, log an error or
// list more than 101 errors, and the work to refuse each grows at most
// linearly with its size (4 units per byte).
func TestGraphQL_RandomDocuments(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	if _, err := demo.Seed(context.Background(), d.Client()); err != nil {
		t.Fatal(err)
	}
	logs := &testlog.ErrorLog{}
	a := app.New(app.Config{Version: "test", Documents: docstore.Disk{Root: t.TempDir()}}, d, d.Client(), slog.New(logs))
	h := a.Server.Handler()
	token := adminToken(t, a)
	g := handler.NewDocGen(23, 11)
	maxRatio := 0.0
	for i := range 400 {
		q, vars := g.Document()
		work, parts := handler.RefusalWork(q, vars)
		if work > 4*len(q)+16 {
			t.Errorf("document %d (%d bytes): work %d (%s)", i, len(q), work, parts)
		}
		maxRatio = max(maxRatio, float64(work)/float64(max(len(q), 1)))
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if i%2 == 0 {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var resp struct {
			Errors []struct {
				Message    string
				Extensions struct{ Code, Rule string }
			}
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || rec.Code >= 500 {
			t.Errorf("document %d: HTTP %d %.300s (%v)\n%.500s", i, rec.Code, rec.Body.String(), err, q)
			continue
		}
		if len(resp.Errors) > handler.MaxValidationErrors+1 {
			t.Errorf("document %d: %d errors", i, len(resp.Errors))
		}
		for _, e := range resp.Errors {
			if e.Extensions.Code == "" || e.Extensions.Code == "INTERNAL" {
				t.Errorf("document %d: error %q code %q\n%.500s", i, e.Message, e.Extensions.Code, q)
				break
			}
		}
		for _, l := range logs.Take() {
			t.Errorf("document %d: logged as an error: %s\n%.500s", i, l, q)
		}
	}
	t.Logf("largest work per byte: %.2f", maxRatio)
}

// adminToken creates an administrator and returns a token of it.
func adminToken(t testing.TB, a *app.App) string {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	u, err := a.Auth.CreateUser(sys, fmt.Sprintf("fuzz%d@capofila.test", rand.Int()), "Fuzz", "password-di-prova")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Auth.Grant(sys, u.ID, authz.Grant{Role: authz.Admin}); err != nil {
		t.Fatal(err)
	}
	token, _, err := a.Auth.CreateToken(authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "fuzz", nil)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// BenchmarkRefusal measures, once, what refusing the documents of issue
// #23 costs through the whole HTTP handler (docs/PERFORMANCE.md), and the
// worst documents within the limits: 10 fields each selecting 29 copies
// of a field (the most pair comparisons validation makes under 300
// selections), 100 conflicting fields (4,950 conflicts, 101 errors).
func BenchmarkRefusal(b *testing.B) {
	d := testdb.Open(b, dialect.SQLite)
	a := app.New(app.Config{Version: "test", Documents: docstore.Disk{Root: b.TempDir()}}, d, d.Client(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	h := a.Server.Handler()
	token := adminToken(b, a)
	docs := handler.RefusalDocuments()
	for _, bc := range []struct {
		name, query string
		signedIn    bool
	}{
		{"typename9990", docs["typename9990"], false},
		{"meID5000", docs["meID5000"], false},
		{"conflicts1100", docs["conflicts1100"], false},
		{"introspection31", docs["introspection31"], true},
		{"introspection31Anonymous", docs["introspection31"], false},
		{"worstNested10x29", docs["worstNested10x29"], false},
		{"worstConflicts100", docs["worstConflicts100"], false},
		{"typename100", "{" + strings.Repeat(" __typename", 100) + " }", false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var size, errs, n int
			for b.Loop() {
				// A comment makes each document new: the query cache would
				// spare the validation of a document seen before.
				n++
				body, _ := json.Marshal(map[string]any{"query": fmt.Sprintf("%s\n#%d", bc.query, n)})
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				if bc.signedIn {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				size = rec.Body.Len()
				errs = bytes.Count(rec.Body.Bytes(), []byte(`"code"`))
			}
			work, _ := handler.RefusalWork(bc.query, nil)
			b.ReportMetric(float64(len(bc.query)), "query-bytes")
			b.ReportMetric(float64(size), "response-bytes")
			b.ReportMetric(float64(errs), "errors")
			b.ReportMetric(float64(work), "work")
		})
	}
}
