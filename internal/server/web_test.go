package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWeb_ServesAppWithRoutingFallback(t *testing.T) {
	t.Run("embed.FS-like root", func(t *testing.T) {
		// fs.Stat(fsys, "") is an invalid path for real file systems.
		h := web(os.DirFS(t.TempDir() + "/missing"))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		if rec.Code == http.StatusInternalServerError {
			t.Fatalf("GET / on a file system = %d", rec.Code)
		}
	})
	h := web(fstest.MapFS{
		"index.html":      {Data: []byte("<html>app</html>")},
		"assets/app-1.js": {Data: []byte("console.log(1)")},
		"favicon.svg":     {Data: []byte("<svg/>")},
	})
	for _, tc := range []struct {
		path, want string
		status     int
		cache      string
	}{
		{"/", "app", 200, "no-cache"},
		{"/domande/AP01X", "app", 200, "no-cache"},
		{"/assets/app-1.js", "console.log", 200, "immutable"},
		{"/favicon.svg", "svg", 200, "no-cache"},
		{"/assets/missing.js", "", 404, ""},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.path, nil))
			body, _ := io.ReadAll(rec.Body)
			if rec.Code != tc.status || !strings.Contains(string(body), tc.want) {
				t.Fatalf("GET %s = %d %q, want %d containing %q", tc.path, rec.Code, body, tc.status, tc.want)
			}
			if tc.cache != "" && !strings.Contains(rec.Header().Get("Cache-Control"), tc.cache) {
				t.Errorf("Cache-Control = %q, want %q", rec.Header().Get("Cache-Control"), tc.cache)
			}
		})
	}
	t.Run("ErrPost", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Fatalf("POST / = %d", rec.Code)
		}
	})
}

func TestWeb_WithoutAppSaysHowToBuild(t *testing.T) {
	rec := httptest.NewRecorder()
	web(nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "make build") {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}
