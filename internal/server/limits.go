package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
)

// guardBody caps request bodies: JSON requests are read whole (at most
// max bytes, else 413 with rule request.too_large) and refused when they
// are a batch (a JSON array of operations, rule query.batch: one
// operation per request keeps every limit and the rate limiter
// meaningful); multipart uploads (file imports) are capped at maxUpload
// and streamed.
func guardBody(next http.Handler, max, maxUpload int64) http.Handler {
	requestTooLarge := fmt.Sprintf("La richiesta supera il limite di %d KB.", max>>10)
	uploadTooLarge := fmt.Sprintf("Il file inviato supera il limite di %d MB.", maxUpload>>20)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		limit, tooLargeMsg := max, requestTooLarge
		if isMultipart(r.Header) {
			// The whole upload is read here, within its bound, so that an
			// oversized one gets the same refusal as any request (gqlgen's
			// multipart reader would answer 200 with its own English text).
			limit, tooLargeMsg = maxUpload, uploadTooLarge
		}
		if r.ContentLength > limit {
			refuse(w, r, http.StatusRequestEntityTooLarge, &apperr.Error{Code: apperr.Invalid, Rule: "request.too_large", Message: tooLargeMsg})
			return
		}
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			refuse(w, r, http.StatusRequestEntityTooLarge, &apperr.Error{Code: apperr.Invalid, Rule: "request.too_large", Message: tooLargeMsg})
			return
		case err != nil:
			refuse(w, r, http.StatusBadRequest, &apperr.Error{Code: apperr.Invalid, Rule: "request.body",
				Message: "Impossibile leggere il corpo della richiesta."})
			return
		}
		if isMultipart(r.Header) {
			r.Body = readBody(b)
			next.ServeHTTP(w, r)
			return
		}
		if !utf8.Valid(b) {
			// encoding/json would silently turn the bytes into U+FFFD.
			refuse(w, r, http.StatusBadRequest, &apperr.Error{Code: apperr.Invalid, Rule: "request.encoding",
				Message: "La richiesta non è codificata in UTF-8."})
			return
		}
		if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 && t[0] == '[' {
			refuse(w, r, http.StatusBadRequest, &apperr.Error{Code: apperr.Invalid, Rule: "query.batch",
				Message: "Le richieste multiple (batch) non sono ammesse: inviare un'operazione per richiesta."})
			return
		}
		r.Body = readBody(b)
		next.ServeHTTP(w, r)
	})
}

// bodyReader is a request body read whole: bytes.Reader and a Close that
// does nothing, in one allocation.
type bodyReader struct{ bytes.Reader }

func (*bodyReader) Close() error { return nil }

func readBody(b []byte) io.ReadCloser {
	r := &bodyReader{}
	r.Reset(b)
	return r
}

// withTimeout gives every request but multipart uploads (whose body may
// take long to arrive; the body limit bounds them) a deadline. GraphQL
// requests get theirs from the GraphQL handler (graph/handler) instead:
// gqlgen answers null, not an error, to a request whose context ended
// before execution began.
func withTimeout(next http.Handler, d time.Duration) http.Handler {
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/graphql" || isMultipart(r.Header) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func isMultipart(h http.Header) bool {
	return strings.HasPrefix(h.Get("Content-Type"), "multipart/form-data")
}

// refuse answers a request with one GraphQL-shaped error and notes its
// code for the access log and the metrics.
func refuse(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	if info := infoFrom(r.Context()); info != nil {
		info.addCode(string(e.Code))
	}
	problem.Write(w, r, status, e)
}
