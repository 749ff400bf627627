package server

import (
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
)

// document streams a stored document: GET /documents/{id}. It is read
// through the Ent client as the viewer, so exactly who can read the
// Document row can download its bytes; anyone else gets 404.
func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if authz.FromContext(ctx) == nil {
		problem.Write(w, r, problem.Status(authz.ErrUnauthenticated.Code), authz.ErrUnauthenticated)
		return
	}
	doc, err := s.client.Document.Get(ctx, pulid.ID(r.PathValue("id")))
	if err != nil {
		e := problem.Classify(err)
		problem.Write(w, r, problem.Status(e.Code), e)
		return
	}
	if s.cfg.Documents == nil {
		problem.Write(w, r, http.StatusInternalServerError, apperr.E(apperr.Internal, "Archivio documenti non configurato."))
		return
	}
	f, err := s.cfg.Documents.Open(doc.StorageKey)
	if err != nil {
		s.log.ErrorContext(ctx, "document bytes missing", "document", doc.ID, "err", err)
		problem.Write(w, r, http.StatusInternalServerError, problem.Classify(err))
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", doc.MimeType)
	w.Header().Set("Content-Length", fmt.Sprint(doc.SizeBytes))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": doc.Filename}))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, no-store")
	w.Header().Set("Digest", "sha-256="+doc.Sha256)
	_, _ = io.Copy(w, f)
}
