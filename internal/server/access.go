package server

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
)

// signInMethods answers GET /auth/methods, without credentials: which ways
// of signing in the server offers, for the sign-in page (the "Entra con
// SPID / CIE" button shows only when an OpenID Connect provider is
// configured).
func (s *Server) signInMethods(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	m := map[string]any{"password": s.auth.PasswordSignIn(), "oidc": s.cfg.OIDC != nil}
	if s.cfg.OIDC != nil {
		m["oidcLoginPath"] = "/auth/oidc/login"
	}
	_ = json.NewEncoder(w).Encode(m)
}

// accessRequestAct streams the act attached to an access request: GET
// /access-requests/{id}/act. The request is read as the viewer, so its
// requester and its approvers download the act; anyone else gets 404.
func (s *Server) accessRequestAct(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if authz.FromContext(ctx) == nil {
		problem.Write(w, r, problem.Status(authz.ErrUnauthenticated.Code), authz.ErrUnauthenticated)
		return
	}
	q, f, err := s.cfg.Access.OpenAct(ctx, pulid.ID(r.PathValue("id")))
	if err != nil {
		e := problem.Classify(err)
		problem.Write(w, r, problem.Status(e.Code), e)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Length", fmt.Sprint(q.ActSizeBytes))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": q.ActFilename}))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, no-store")
	w.Header().Set("Digest", "sha-256="+q.ActSha256)
	_, _ = io.Copy(w, f)
}
