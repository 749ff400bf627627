package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
)

// testVersion is the version the test server reports in serverVersion.
const testVersion = "test"

// client talks to an in-process Capofila server over real HTTP, as an
// administrator (through a personal API token) unless made anonymous.
type client struct {
	srv    *httptest.Server
	bearer string
}

var adminSeq atomic.Int64

// newClient starts the HTTP handler of a server over d; it stops when the
// test ends. Server logs go to the test log. The client acts as a new ADMIN
// user.
func newClient(t *testing.T, d *db.DB) *client {
	t.Helper()
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s := app.New(app.Config{Version: testVersion, Documents: docstore.Disk{Root: t.TempDir()}}, d, d.Client(), log).Server
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	sys := authz.WithSystem(context.Background())
	// No password: the client uses an API token, and hashing one (Argon2id,
	// about 180 ms) for each of the package's clients adds up.
	u, err := d.Client().User.Create().SetEmail(fmt.Sprintf("admin%d@capofila.test", adminSeq.Add(1))).SetDisplayName("Admin").Save(sys)
	if err != nil {
		// An unmigrated or closed database: the client stays anonymous.
		t.Logf("no admin on this database: %v", err)
		return &client{srv: srv}
	}
	if _, err := s.Auth().Grant(sys, u.ID, authz.Grant{Role: authz.Admin}); err != nil {
		t.Fatalf("granting ADMIN: %v", err)
	}
	token, _, err := s.Auth().CreateToken(authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "test", nil)
	if err != nil {
		t.Fatalf("creating a token: %v", err)
	}
	return &client{srv: srv, bearer: token}
}

// anonymous returns a client of the same server without credentials.
func (c *client) anonymous() *client { return &client{srv: c.srv} }

// send performs req with the client's credentials.
func (c *client) send(t *testing.T, req *http.Request) *http.Response {
	t.Helper()
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	resp, err := c.srv.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	return resp
}

// seed loads the "Marche Sud" demo data (and with it every comune).
func seed(t *testing.T, d *db.DB) *demo.Result {
	t.Helper()
	res, err := demo.Seed(context.Background(), d.Client())
	if err != nil {
		t.Fatalf("seeding the demo: %v", err)
	}
	return res
}

// gqlError is one entry of the "errors" list of a GraphQL response.
type gqlError struct {
	Message    string `json:"message"`
	Path       []any  `json:"path"`
	Extensions struct {
		Code  string `json:"code"`
		Field string `json:"field"`
		Rule  string `json:"rule"`
		// Details are the failures of a refusal that lists several.
		Details []struct {
			Rule    string         `json:"rule"`
			Message string         `json:"message"`
			Facts   map[string]any `json:"facts"`
		} `json:"details"`
	} `json:"extensions"`
}

func (e gqlError) String() string {
	return fmt.Sprintf("%s (code %q, field %q, rule %q, path %v)", e.Message, e.Extensions.Code, e.Extensions.Field, e.Extensions.Rule, e.Path)
}

// response is a decoded GraphQL response and its HTTP status.
type response struct {
	Status int             `json:"-"`
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// decode unmarshals the data of r into v.
func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decoding data %s: %v", r.Data, err)
	}
}

// hasData reports whether the response carries non-null data.
func (r response) hasData() bool {
	d := bytes.TrimSpace(r.Data)
	return len(d) > 0 && !bytes.Equal(d, []byte("null"))
}

// do posts a GraphQL operation as JSON to /graphql and decodes the answer.
// Every response is checked for leaked database or Ent errors.
func (c *client) do(t *testing.T, query string, vars map[string]any) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	return c.post(t, "application/json", body)
}

// post sends a raw body to /graphql.
func (c *client) post(t *testing.T, contentType string, body []byte) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	return readResponse(t, c.send(t, req))
}

// getQuery sends a GraphQL operation as a GET request.
func (c *client) getQuery(t *testing.T, query string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.srv.URL+"/graphql?query="+url.QueryEscape(query), nil)
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, c.send(t, req))
}

// get sends a GET request to path and returns the status and the body.
func (c *client) get(t *testing.T, path string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp := c.send(t, req)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading GET %s: %v", path, err)
	}
	return resp.StatusCode, string(b)
}

func readResponse(t *testing.T, resp *http.Response) response {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading the response: %v", err)
	}
	r := response{Status: resp.StatusCode}
	if len(bytes.TrimSpace(b)) > 0 {
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("HTTP %d: response is not GraphQL JSON: %v\n%s", resp.StatusCode, err, b)
		}
	}
	if r.Status >= 500 && r.Status != http.StatusServiceUnavailable {
		t.Errorf("HTTP %d: a request must never cause a server error (503 only when the database is down)\n%s", r.Status, b)
	}
	checkNoLeak(t, r)
	return r
}

// leaks are fragments of database and Ent errors that must never reach a
// client.
var leaks = []string{"sql", "SQL", "ent:", "gen:", "constraint", "pq:", "SQLSTATE"}

// checkNoLeak fails the test when an error message carries a raw database
// or Ent error.
func checkNoLeak(t *testing.T, r response) {
	t.Helper()
	for _, e := range r.Errors {
		for _, l := range leaks {
			if strings.Contains(e.Message, l) {
				t.Errorf("error message leaks %q: %s", l, e)
			}
		}
	}
}

// mustOK fails the test now when the response has any error.
func mustOK(t *testing.T, r response) response {
	t.Helper()
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("want success, got HTTP %d and errors %v", r.Status, r.Errors)
	}
	return r
}

// wantCode checks that the response has an error with the given
// extensions.code and returns the first such error.
func wantCode(t *testing.T, r response, code string) gqlError {
	t.Helper()
	for _, e := range r.Errors {
		if e.Extensions.Code == code {
			return e
		}
	}
	t.Errorf("want an error with code %s, got %v (data %s)", code, r.Errors, r.Data)
	return gqlError{}
}

// wantClientError checks that the response has an error blaming the request:
// one with a code, and no INTERNAL error. It returns the first error.
func wantClientError(t *testing.T, r response) gqlError {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Errorf("HTTP %d, data %s: want an error", r.Status, r.Data)
		return gqlError{}
	}
	for _, e := range r.Errors {
		if e.Extensions.Code == "" || e.Extensions.Code == "INTERNAL" {
			t.Errorf("HTTP %d: error %s, want a code that blames the request (not empty, not INTERNAL)", r.Status, e)
		}
	}
	return r.Errors[0]
}

// testWriter sends server logs to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// demoRoles are clients of one server acting as the demo users.
type demoRoles struct {
	admin, lead, member, auditor, officer *client
	res                                   *demo.Result
}

// seedRunning loads the full demo (with the running project) and returns a
// client per demo role.
func seedRunning(t *testing.T, d *db.DB) demoRoles {
	t.Helper()
	admin := newClient(t, d)
	res, err := demo.SeedFull(authz.WithSystem(context.Background()), d.Client())
	if err != nil {
		t.Fatalf("seeding the full demo: %v", err)
	}
	return demoRoles{admin: admin, res: res,
		lead:    admin.as(t, d, "capofila@sanbenedetto.test"),
		member:  admin.as(t, d, "referente@grottammare.test"),
		auditor: admin.as(t, d, "revisore@regione-marche.test"),
		officer: admin.as(t, d, "funzionario@regione-marche.test")}
}
