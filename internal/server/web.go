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

// graphiqlSecurityPolicy is contentSecurityPolicy loosened as little as
// GraphiQL's editor (Monaco) needs: it inserts <style> elements, and runs
// its language services in workers loaded from the same origin. Scripts
// still come only from the binary.
const graphiqlSecurityPolicy = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
	"worker-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

// graphiqlPage is the GraphiQL page of the built app (frontend/dist/graphiql,
// built from npm by `make build`: no CDN, it works offline).
const graphiqlPage = "graphiql/index.html"

// graphiql serves the GraphiQL page built into fsys; its scripts and styles
// are under graphiql/assets/, served by web. Without it, a note says how to
// build it.
func graphiql(fsys fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Security-Policy", graphiqlSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "same-origin")
		var page []byte
		if fsys != nil {
			page, _ = fs.ReadFile(fsys, graphiqlPage)
		}
		if page == nil {
			_, _ = w.Write([]byte(`<!doctype html><html lang="it"><meta charset="utf-8"><title>GraphiQL</title>
<body><h1>GraphiQL</h1><p>GraphiQL non è stato compilato in questo binario: eseguire <code>make build</code>.
(GraphiQL was not built into this binary: run <code>make build</code>.)</p></body></html>`))
			return
		}
		_, _ = w.Write(page)
	})
}

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
		// GraphiQL's page is served at /graphiql (with --dev only), never
		// as a file; its assets are.
		page := name == "graphiql" || strings.HasPrefix(name, "graphiql/") && !strings.HasPrefix(name, "graphiql/assets/")
		if name != "" && name != "index.html" && !page && fs.ValidPath(name) {
			st, err := fs.Stat(fsys, name)
			switch {
			case err == nil && !st.IsDir():
				if strings.HasPrefix(name, "assets/") || strings.HasPrefix(name, "graphiql/assets/") {
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
