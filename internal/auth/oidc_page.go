package auth

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/reqctx"
)

// writeFlowError answers a failure of the OpenID Connect sign-in. The
// browser lands on /auth/oidc/login and /auth/oidc/callback itself, so a
// client that accepts HTML gets a readable Italian page (what went wrong,
// the rule, the request id to quote to the support, a link back to the
// sign-in page); any other client gets the usual JSON error.
func writeFlowError(w http.ResponseWriter, r *http.Request, status int, err error) {
	if !acceptsHTML(r) {
		writeError(w, r, status, err)
		return
	}
	ae, ok := apperr.As(err)
	if !ok {
		ae = problem.Classify(err)
		status = problem.Status(ae.Code)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = flowErrorPage.Execute(w, map[string]string{
		"Message": ae.Message, "Rule": ae.Rule, "Code": string(ae.Code), "RequestID": reqctx.RequestID(r.Context()),
	})
}

// acceptsHTML reports whether the client names text/html among what it
// accepts (a browser navigating), rather than JSON or anything.
func acceptsHTML(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(mt), "text/html") && !refused(params) {
			return true
		}
	}
	return false
}

// refused reports whether the parameters of a media range give it q=0
// ("not acceptable").
func refused(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(k, "q") {
			return strings.Trim(strings.TrimSpace(v), "0.") == ""
		}
	}
	return false
}

var flowErrorPage = template.Must(template.New("oidc-error").Parse(`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accesso non riuscito — Capofila</title>
<style>
body{font-family:"Titillium Web",system-ui,sans-serif;margin:0;background:#f5f5f0;color:#1a1a1a}
main{max-width:36rem;margin:4rem auto;background:#fff;padding:2rem;border-top:4px solid #0066cc}
h1{font-size:1.5rem;margin-top:0}
a{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;background:#0066cc;color:#fff;text-decoration:none;font-weight:600}
a:focus,a:hover{background:#004d99}
dl{font-size:.875rem;color:#5c6f82}
dt{font-weight:600}
dd{margin:0 0 .5rem 0;font-family:monospace}
</style>
</head>
<body>
<main>
<h1>Accesso non riuscito</h1>
<p>{{.Message}}</p>
<dl>
{{if .Rule}}<dt>Regola</dt><dd>{{.Rule}}</dd>{{end}}
<dt>Codice</dt><dd>{{.Code}}</dd>
{{if .RequestID}}<dt>Identificativo della richiesta (da indicare all'assistenza)</dt><dd>{{.RequestID}}</dd>{{end}}
</dl>
<a href="/accedi">Torna all'accesso</a>
</main>
</body>
</html>
`))
