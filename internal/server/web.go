package server

import (
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// contentSecurityPolicy lets the app load only its own code, styles and
// fonts (Bootstrap Italia inlines one font as a data: URL) and talk only to
// its own server.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self'; " +
	"connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

// web serves the single-page app from fsys: existing files as they are
// (hashed assets cached for a year), any other path under / as index.html
// so that client-side routes survive a reload. Without an app it serves a
// short page saying how to build it.
func web(fsys fs.FS) http.Handler {
	if fsys == nil {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(`<!doctype html><html lang="it"><meta charset="utf-8"><title>Capofila</title>
<body><h1>Capofila</h1><p>L'applicazione web non è stata compilata in questo binario:
eseguire <code>make build</code>. Le API GraphQL sono su <a href="/graphql">/graphql</a>.</p></body></html>`))
		})
	}
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" && fs.ValidPath(name) {
			st, err := fs.Stat(fsys, name)
			switch {
			case err == nil && !st.IsDir():
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					w.Header().Set("Cache-Control", "no-cache")
				}
				files.ServeHTTP(w, r)
				return
			case err != nil && !errors.Is(err, fs.ErrNotExist):
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
		}
		if path.Ext(name) != "" && !strings.HasSuffix(name, ".html") {
			http.NotFound(w, r) // a missing asset is a 404, not the app
			return
		}
		index, err := fs.ReadFile(fsys, "index.html")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "same-origin")
		_, _ = w.Write(index)
	})
}
