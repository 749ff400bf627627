package problem

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/reqctx"
)

// statuses is the HTTP status of each error code, for the answers that
// carry a status of their own (downloads, sign-in, credentials, rate
// limits). GraphQL answers follow GraphQL over HTTP instead (200 with the
// errors, or a request error's status); a refusal of the request itself
// (wrong method, media type, body too large) passes the status the
// protocol names.
var statuses = map[apperr.Code]int{
	apperr.Invalid:         http.StatusBadRequest,
	apperr.NotFound:        http.StatusNotFound,
	apperr.Conflict:        http.StatusConflict,
	apperr.Forbidden:       http.StatusForbidden,
	apperr.Unauthenticated: http.StatusUnauthorized,
	apperr.RateLimited:     http.StatusTooManyRequests,
	apperr.Timeout:         http.StatusServiceUnavailable,
	apperr.Unavailable:     http.StatusServiceUnavailable,
	apperr.Internal:        http.StatusInternalServerError,
}

// Status returns the HTTP status of an error code (500 for an unknown one).
func Status(c apperr.Code) int {
	if s, ok := statuses[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Extensions returns the extensions of the error e in the one JSON shape:
// code, and when set field, rule, details, and the request id of an
// internal error (to quote to the support).
func Extensions(ctx context.Context, e *apperr.Error) map[string]any {
	ext := map[string]any{"code": string(e.Code)}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	if e.Rule != "" {
		ext["rule"] = e.Rule
	}
	if len(e.Details) > 0 {
		ext["details"] = e.Details
	}
	if e.Code == apperr.Internal {
		ext["requestId"] = reqctx.RequestID(ctx)
	}
	return ext
}

// Write answers r with the error e as a GraphQL-shaped JSON body
// ({"errors":[{"message", "extensions"}]}) and the given status.
func Write(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{
		{"message": e.Message, "extensions": Extensions(r.Context(), e)},
	}})
}
