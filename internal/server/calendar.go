package server

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/calendar"
)

// calendarFeed serves GET /calendar/{file}, file being "<secret>.ics": the
// iCalendar feed of a user's deadlines, for calendar programs that cannot
// sign in. The secret is the credential; the events are read as the feed's
// owner (calendar.Service.Render), whatever session the request carries.
// An unknown or revoked secret, or a disabled user, is 404 without detail.
func (s *Server) calendarFeed(w http.ResponseWriter, r *http.Request) {
	secret, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
	if !ok {
		s.calendarNotFound(w, r)
		return
	}
	feed, err := s.cfg.Calendar.Render(r.Context(), secret)
	if apperr.CodeOf(err) == apperr.NotFound {
		s.calendarNotFound(w, r)
		return
	}
	if err != nil {
		e := problem.Classify(err)
		if e.Code == apperr.Internal {
			s.log.ErrorContext(r.Context(), "calendar feed", "err", err)
		}
		problem.Write(w, r, problem.Status(e.Code), e)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "private, max-age=900")
	h.Set("ETag", feed.ETag)
	h.Set("X-Content-Type-Options", "nosniff")
	// The address is a credential: keep it out of the Referer of the links.
	h.Set("Referrer-Policy", "no-referrer")
	if etagMatches(r.Header.Get("If-None-Match"), feed.ETag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("Content-Disposition", `inline; filename="scadenze.ics"`)
	h.Set("Content-Length", strconv.Itoa(len(feed.Body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(feed.Body)
}

// calendarNotFound answers 404 with no detail of why.
func (s *Server) calendarNotFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	problem.Write(w, r, http.StatusNotFound, calendar.ErrNotFound)
}

// etagMatches reports whether an If-None-Match header names etag (or is
// "*"), weak comparison as RFC 9110 §13.1.2 asks.
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}
