package server

import (
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/reports"
)

// reportRoutes serves the PDF reports and the open-data exports. Each is
// read as the viewer by the reports service: whoever may not read the data
// gets 404 (or 403 when the data is visible but the report shows more).
func (s *Server) reportRoutes(mux *http.ServeMux) {
	file := func(get func(r *http.Request) (*reports.File, error)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if authz.FromContext(r.Context()) == nil {
				problem.Write(w, r, problem.Status(authz.ErrUnauthenticated.Code), authz.ErrUnauthenticated)
				return
			}
			f, err := get(r)
			if err != nil {
				e := problem.Classify(err)
				if e.Code == apperr.Internal {
					s.log.ErrorContext(r.Context(), "report failed", "path", r.URL.Path, "err", err)
				}
				problem.Write(w, r, problem.Status(e.Code), e)
				return
			}
			w.Header().Set("Content-Type", f.ContentType)
			w.Header().Set("Content-Length", fmt.Sprint(len(f.Data)))
			w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
			w.Header().Set("X-Content-Type-Options", "nosniff")
			w.Header().Set("Cache-Control", "private, no-store")
			if f.SHA256 != "" {
				w.Header().Set("Digest", "sha-256="+f.SHA256)
			}
			_, _ = w.Write(f.Data)
		}
	}
	id := func(r *http.Request, name string) pulid.ID { return pulid.ID(r.PathValue(name)) }
	// draft asks for a monitoring feed even if it is invalid (?bozza=1).
	draft := func(r *http.Request) bool { b := r.URL.Query().Get("bozza"); return b == "1" || b == "true" }
	base := func(r *http.Request) string {
		scheme := "https"
		if r.TLS == nil && s.cfg.Dev {
			scheme = "http"
		}
		return scheme + "://" + r.Host
	}
	mux.HandleFunc("GET /reports/applications/{id}/domanda.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.Dossier(r.Context(), id(r, "id"))
	}))
	mux.HandleFunc("GET /reports/claims/{id}/rendiconto.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.ClaimReport(r.Context(), id(r, "id"))
	}))
	mux.HandleFunc("GET /reports/reviews/{id}/verbale.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.ReviewMinutes(r.Context(), id(r, "id"))
	}))
	mux.HandleFunc("GET /reports/variations/{id}/richiesta.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.VariationRequest(r.Context(), id(r, "id"))
	}))
	mux.HandleFunc("GET /reports/variations/{id}/esito.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.VariationDecision(r.Context(), id(r, "id"))
	}))
	mux.HandleFunc("GET /reports/projects/{id}/members/{body}/scheda.pdf", file(func(r *http.Request) (*reports.File, error) {
		return s.reports.MemberStatement(r.Context(), id(r, "id"), id(r, "body"))
	}))
	mux.HandleFunc("GET /exports/projects/{id}/{file}", file(func(r *http.Request) (*reports.File, error) {
		name := r.PathValue("file")
		if name == "ocds.json" {
			return s.reports.OCDS(r.Context(), id(r, "id"), base(r))
		}
		if name == "puc.zip" {
			return s.reports.PUC(r.Context(), id(r, "id"), draft(r))
		}
		table, format, ok := strings.Cut(name, ".")
		if !ok {
			return nil, &gen.NotFoundError{}
		}
		return s.reports.ProjectTable(r.Context(), id(r, "id"), table, format)
	}))
	mux.HandleFunc("GET /exports/bodies/{id}/{file}", file(func(r *http.Request) (*reports.File, error) {
		name := r.PathValue("file")
		if name == "puc.zip" {
			return s.reports.PUCRegion(r.Context(), id(r, "id"), draft(r))
		}
		y, ok := strings.CutPrefix(strings.TrimSuffix(name, ".xml"), "anac190-")
		year, err := strconv.Atoi(y)
		if !ok || err != nil || !strings.HasSuffix(name, ".xml") {
			return nil, &gen.NotFoundError{}
		}
		return s.reports.ANAC190(r.Context(), id(r, "id"), year, base(r))
	}))
}
