package server

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/capofila/capofila/frontend"
)

func TestGraphiQL_RoutesAndPolicy(t *testing.T) {
	app := fstest.MapFS{
		"index.html":                  {Data: []byte("<html>app</html>")},
		"graphiql/index.html":         {Data: []byte(`<html><script type="module" src="/graphiql/assets/g-1.js"></script></html>`)},
		"graphiql/assets/g-1.js":      {Data: []byte("graphiql()")},
		"graphiql/assets/e.worker.js": {Data: []byte("worker()")},
	}
	rec := httptest.NewRecorder()
	graphiql(app).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "/graphiql/assets/g-1.js") {
		t.Fatalf("GET /graphiql = %d %q", rec.Code, rec.Body.String())
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "worker-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP %q loosens scripts", csp)
	}
	w := web(app)
	for path, want := range map[string]string{
		"/graphiql/assets/g-1.js":      "graphiql()",
		"/graphiql/assets/e.worker.js": "worker()",
		// The page itself only at /graphiql (a --dev route): as a file it
		// is the app's client-side route, whatever the mode.
		"/graphiql/index.html": "app",
		"/graphiql/":           "app",
	} {
		rec := httptest.NewRecorder()
		w.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s = %d %q, want %q", path, rec.Code, rec.Body.String(), want)
		}
	}
	rec = httptest.NewRecorder()
	graphiql(fstest.MapFS{"index.html": {Data: []byte("app")}}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	if !strings.Contains(rec.Body.String(), "make build") {
		t.Errorf("without GraphiQL built: %q", rec.Body.String())
	}
}

// The GraphiQL page of the binary loads everything from the binary: no
// external URL in its HTML, and every script, style and worker it names is
// served. Needs the built web app (make build; make test-go builds it and
// sets CAPOFILA_REQUIRE_WEB=1 so that it cannot be skipped).
func TestGraphiQL_ServedFromBinaryOffline(t *testing.T) {
	dist := frontend.Dist()
	if dist == nil {
		if os.Getenv("CAPOFILA_REQUIRE_WEB") == "1" {
			t.Fatal("the web app is not built into frontend/dist: run make frontend")
		}
		t.Skip("the web app is not built (make frontend): GraphiQL's files cannot be checked")
	}
	rec := httptest.NewRecorder()
	graphiql(dist).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphiql", nil))
	page := rec.Body.String()
	if rec.Code != 200 || strings.Contains(page, "make build") {
		t.Fatalf("GET /graphiql = %d %q", rec.Code, page)
	}
	if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`).FindString(page); m != "" {
		t.Errorf("GraphiQL's page names an external URL %q:\n%s", m, page)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	var scripts int
	w := web(dist)
	for _, ref := range refs {
		u := ref[1]
		if strings.HasPrefix(u, "data:") {
			continue
		}
		if !strings.HasPrefix(u, "/graphiql/assets/") {
			t.Errorf("GraphiQL's page loads %q, outside /graphiql/assets/", u)
			continue
		}
		rec := httptest.NewRecorder()
		w.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, u, nil))
		if rec.Code != 200 || rec.Body.Len() == 0 {
			t.Errorf("GET %s = %d", u, rec.Code)
		}
		if strings.HasSuffix(u, ".js") {
			scripts++
		}
	}
	if scripts == 0 {
		t.Errorf("GraphiQL's page loads no script: %s", page)
	}
	// The scripts import nothing from another origin, and Monaco's workers
	// are among the built files.
	workers := 0
	importRemote := regexp.MustCompile(`(?:from|import\()\s*["'](?:https?:)?//`)
	err := fs.WalkDir(dist, "graphiql/assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		if strings.Contains(p, ".worker") {
			workers++
		}
		f, err := dist.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return err
		}
		if m := importRemote.Find(b); m != nil {
			t.Errorf("%s imports from another origin: %s", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if workers == 0 {
		t.Error("no Monaco worker among GraphiQL's assets")
	}
}
