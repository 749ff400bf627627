package problem_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/reqctx"
)

func TestStatus_OneTable(t *testing.T) {
	for code, want := range map[apperr.Code]int{
		apperr.Invalid: 400, apperr.NotFound: 404, apperr.Conflict: 409, apperr.Forbidden: 403,
		apperr.Unauthenticated: 401, apperr.RateLimited: 429, apperr.Timeout: 503, apperr.Unavailable: 503,
		apperr.Internal: 500, "SOMETHING_ELSE": 500,
	} {
		if got := problem.Status(code); got != want {
			t.Errorf("Status(%s) = %d, want %d", code, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		err        error
		code       apperr.Code
		field, msg string
	}{
		{&gen.NotFoundError{}, apperr.NotFound, "", ""},
		{fmt.Errorf("query: %w", privacy.Deny), apperr.Forbidden, "", ""},
		{context.DeadlineExceeded, apperr.Timeout, "", ""},
		{apperr.InvalidField("vat_id", "partita_iva.checksum", "x"), apperr.Invalid, "vatID", "x"},
		{errors.New("boom"), apperr.Internal, "", ""},
	} {
		e := problem.Classify(c.err)
		if e.Code != c.code || e.Field != c.field || (c.msg != "" && e.Message != c.msg) {
			t.Errorf("Classify(%v) = %+v, want %s %q", c.err, e, c.code, c.field)
		}
	}
}

// TestWrite_Shape: every HTTP answer has the shape of a GraphQL error.
func TestWrite_Shape(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "/reports/x", nil)
	r = r.WithContext(reqctx.WithRequestID(r.Context(), "abc"))
	for _, c := range []struct {
		e    *apperr.Error
		want string
	}{
		{&apperr.Error{Code: apperr.Invalid, Rule: "request.body", Field: "file", Message: "No."},
			`{"errors":[{"extensions":{"code":"INVALID","field":"file","rule":"request.body"},"message":"No."}]}`},
		{apperr.E(apperr.Internal, "Errore."),
			`{"errors":[{"extensions":{"code":"INTERNAL","requestId":"abc"},"message":"Errore."}]}`},
	} {
		w := httptest.NewRecorder()
		problem.Write(w, r, problem.Status(c.e.Code), c.e)
		var got any
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if g, _ := json.Marshal(got); string(g) != c.want || w.Code != problem.Status(c.e.Code) ||
			w.Header().Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("Write(%v): %d %s, want %s", c.e, w.Code, g, c.want)
		}
	}
}

// TestClassify_Canceled: a statement cut short because the client went
// away is not a bug.
func TestClassify_Canceled(t *testing.T) {
	e := problem.Classify(fmt.Errorf("query session: %w", context.Canceled))
	if e.Code == apperr.Internal || e.Rule != "request.canceled" {
		t.Errorf("Classify(canceled) = %+v, want rule request.canceled", e)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// SQLite reports an interrupted statement in its own words.
	g := problem.Presenter(slog.New(slog.NewTextHandler(io.Discard, nil)))(ctx, errors.New("interrupted (9)"))
	if g.Extensions["code"] == string(apperr.Internal) || g.Extensions["rule"] != "request.canceled" {
		t.Errorf("Presenter(canceled ctx) extensions = %v", g.Extensions)
	}
}
