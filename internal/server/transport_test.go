package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/internal/testdb"
)

// rawResponse is an HTTP answer of /graphql kept whole: the status, the
// headers and the members of the JSON body.
type rawResponse struct {
	status  int
	header  http.Header
	body    string
	members map[string]json.RawMessage
	errors  []gqlError
}

// exchange sends one request to /graphql as it is and reads the answer.
func (c *client) exchange(t *testing.T, method, query string, header map[string]string, body []byte) rawResponse {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, c.srv.URL+"/graphql"+query, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp := c.send(t, req)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := rawResponse{status: resp.StatusCode, header: resp.Header, body: string(b)}
	if len(bytes.TrimSpace(b)) > 0 {
		if err := json.Unmarshal(b, &r.members); err != nil {
			t.Fatalf("HTTP %d: the answer is not a JSON object: %v\n%s", r.status, err, b)
		}
		if e, ok := r.members["errors"]; ok {
			if err := json.Unmarshal(e, &r.errors); err != nil {
				t.Fatalf("errors: %v", err)
			}
		}
	}
	return r
}

// TestGraphQLOverHTTP (issue #23, finding 15): the answers of the
// GraphQL over HTTP specification. With application/json a request error
// (parse, validation, variable coercion) is HTTP 200, with
// application/graphql-response+json 400, and neither carries data; a
// malformed request is 400, another method 405 with Allow, a mutation
// over GET 405 with Allow: POST, another content type 415. Every error has
// a code and a rule, in Italian, without Go type names or a copy of the
// request.
func TestGraphQLOverHTTP(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d)
	const marker = "ECO-DEL-CORPO"
	asJSON := map[string]string{"Content-Type": "application/json", "Accept": "application/json"}
	asGraphQL := map[string]string{"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
	body := func(v map[string]any) []byte { b, _ := json.Marshal(v); return b }
	multipartBody := func(parts ...[2]string) (map[string]string, []byte) {
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		for _, p := range parts {
			_ = w.WriteField(p[0], p[1])
		}
		_ = w.Close()
		return map[string]string{"Content-Type": w.FormDataContentType()}, b.Bytes()
	}
	noOperations, noOperationsBody := multipartBody([2]string{"map", "{}"})
	noMap, noMapBody := multipartBody([2]string{"operations", `{"query":"{ __typename }"}`})
	mapOfMissing, mapOfMissingBody := multipartBody([2]string{"operations", `{"query":"query($f: Upload!) { verifyDocument(file: $f) { matches } }","variables":{"f":null}}`},
		[2]string{"map", `{"0":["variables.f"]}`})
	vars := `query($id: ID!) { node(id: $id) { id } }`

	for _, tc := range []struct {
		name     string
		method   string
		query    string // URL query
		header   map[string]string
		body     []byte
		status   int
		rule     string // "" for a success
		code     string // the code when not INVALID
		media    string
		allow    string
		noData   bool
		hasError bool
	}{
		{name: "OK", method: "POST", header: asJSON, body: body(map[string]any{"query": "{ __typename }"}), status: 200, media: "application/json"},
		{name: "OKGraphQLResponse", method: "POST", header: asGraphQL, body: body(map[string]any{"query": "{ __typename }"}), status: 200,
			media: "application/graphql-response+json"},
		{name: "OKNoAccept", method: "POST", header: map[string]string{"Content-Type": "application/json"},
			body: body(map[string]any{"query": "{ __typename }"}), status: 200, media: "application/json"},
		{name: "OKGet", method: "GET", query: "?query=" + url.QueryEscape("{ __typename }"), status: 200, media: "application/json"},
		{name: "ErrParseJSON", method: "POST", header: asJSON, body: body(map[string]any{"query": "{"}), status: 200,
			rule: "graphql.parse", media: "application/json", noData: true},
		{name: "ErrParseGraphQLResponse", method: "POST", header: asGraphQL, body: body(map[string]any{"query": "{"}), status: 400,
			rule: "graphql.parse", media: "application/graphql-response+json", noData: true},
		{name: "ErrValidationJSON", method: "POST", header: asJSON, body: body(map[string]any{"query": "{ nessunCampo }"}), status: 200,
			rule: "graphql.validation", noData: true},
		{name: "ErrValidationGraphQLResponse", method: "POST", header: asGraphQL, body: body(map[string]any{"query": "{ nessunCampo }"}),
			status: 400, rule: "graphql.validation", noData: true},
		{name: "ErrCoercionJSON", method: "POST", header: asJSON, body: body(map[string]any{"query": vars, "variables": map[string]any{"id": nil}}),
			status: 200, rule: "graphql.validation", noData: true},
		{name: "ErrCoercionGraphQLResponse", method: "POST", header: asGraphQL,
			body: body(map[string]any{"query": vars, "variables": map[string]any{"id": nil}}), status: 400, rule: "graphql.validation", noData: true},
		{name: "ErrLimitGraphQLResponse", method: "POST", header: asGraphQL,
			body: body(map[string]any{"query": "{" + repeat("__typename", 101) + " }"}), status: 400, rule: "query.selections", noData: true},
		{name: "ErrNoQuery", method: "POST", header: asJSON, body: body(map[string]any{"qeury": "{ __typename }"}), status: 400, rule: "request.query"},
		{name: "ErrNoBody", method: "POST", header: asJSON, status: 400, rule: "request.body"},
		{name: "ErrQueryNotText", method: "POST", header: asJSON, body: body(map[string]any{"query": map[string]any{marker: 1}}), status: 400,
			rule: "request.params"},
		{name: "ErrVariablesNotObject", method: "POST", header: asJSON, body: body(map[string]any{"query": vars, "variables": []string{marker}}),
			status: 400, rule: "request.params"},
		{name: "ErrOperationNameNotText", method: "POST", header: asJSON,
			body: body(map[string]any{"query": "{ __typename }", "operationName": false}), status: 400, rule: "request.params"},
		{name: "ErrExtensionsNotObject", method: "POST", header: asJSON,
			body: body(map[string]any{"query": "{ __typename }", "extensions": marker}), status: 400, rule: "request.params"},
		{name: "ErrMalformedJSON", method: "POST", header: asJSON, body: []byte(`{"query": "{ __typename }", "` + marker), status: 400,
			rule: "request.json"},
		{name: "ErrJSONNotObject", method: "POST", header: asJSON, body: []byte(`"` + marker + `"`), status: 400, rule: "request.json"},
		{name: "ErrTrailingJSON", method: "POST", header: asJSON, body: []byte(`{"query": "{ __typename }"} {"` + marker + `": 1}`), status: 400,
			rule: "request.json"},
		{name: "ErrGetNoQuery", method: "GET", status: 400, rule: "request.query"},
		{name: "ErrGetVariables", method: "GET", query: "?query=" + url.QueryEscape(vars) + "&variables=" + marker, status: 400, rule: "request.params"},
		{name: "ErrGetMutation", method: "GET", query: "?query=" + url.QueryEscape("mutation { __typename }"), status: 405,
			rule: "request.get_mutation", allow: "POST"},
		{name: "ErrContentType", method: "POST", header: map[string]string{"Content-Type": "text/plain"}, body: []byte(marker), status: 415,
			rule: "request.content_type"},
		{name: "ErrNoContentType", method: "POST", body: body(map[string]any{"query": "{ __typename }"}), status: 415, rule: "request.content_type"},
		{name: "ErrGraphQLContentType", method: "POST", header: map[string]string{"Content-Type": "application/graphql"},
			body: []byte("{ __typename }"), status: 415, rule: "request.content_type"},
		{name: "ErrPut", method: "PUT", header: asJSON, body: body(map[string]any{"query": "{ __typename }"}), status: 405,
			rule: "request.method", allow: "GET, POST, OPTIONS"},
		{name: "ErrDelete", method: "DELETE", status: 405, rule: "request.method", allow: "GET, POST, OPTIONS"},
		{name: "ErrPatch", method: "PATCH", header: asJSON, body: body(map[string]any{"query": "{ __typename }"}), status: 405,
			rule: "request.method", allow: "GET, POST, OPTIONS"},
		{name: "Options", method: "OPTIONS", status: 204, allow: "GET, POST, OPTIONS"},
		{name: "ErrMultipartNoOperations", method: "POST", header: noOperations, body: noOperationsBody, status: 400, rule: "request.multipart"},
		{name: "ErrMultipartNoMap", method: "POST", header: noMap, body: noMapBody, status: 400, rule: "request.multipart"},
		{name: "ErrMultipartFileMissing", method: "POST", header: mapOfMissing, body: mapOfMissingBody, status: 400, rule: "request.multipart"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.exchange(t, tc.method, tc.query, tc.header, tc.body)
			if r.status != tc.status {
				t.Errorf("HTTP %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.media != "" && !strings.HasPrefix(r.header.Get("Content-Type"), tc.media+"; charset=utf-8") {
				t.Errorf("Content-Type %q, want %s; charset=utf-8", r.header.Get("Content-Type"), tc.media)
			}
			if got := r.header.Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
			if _, ok := r.members["data"]; ok == tc.noData && tc.noData {
				t.Errorf("a request error answered with a data entry: %s", r.body)
			}
			if strings.Contains(r.body, marker) {
				t.Errorf("the answer repeats the request: %s", r.body)
			}
			for _, goWord := range []string{"json:", "Go ", "RawParams", "map[", "[]", "unmarshal", "struct"} {
				if strings.Contains(r.body, goWord) {
					t.Errorf("the answer speaks Go (%q): %s", goWord, r.body)
				}
			}
			if tc.rule == "" {
				if len(r.errors) > 0 {
					t.Errorf("errors %v", r.errors)
				}
				return
			}
			if len(r.errors) == 0 {
				t.Fatalf("no error: %s", r.body)
			}
			e := r.errors[0]
			if e.Extensions.Code != "INVALID" || e.Extensions.Rule != tc.rule {
				t.Errorf("code %q, rule %q; want INVALID, %q (%s)", e.Extensions.Code, e.Extensions.Rule, tc.rule, e)
			}
		})
	}
}

// TestGraphQLOverHTTP_Audit runs the GraphQL over HTTP audits of the npm
// package graphql-http (frontend/scripts/graphql-http-audit.mjs) against
// the server, as an API client with a token: every one of them must pass.
// It needs Node.js and the web app's packages (cd frontend && npm ci);
// without them it is skipped (scripts/e2e.sh runs the same audits against
// the built binary).
func TestGraphQLOverHTTP_Audit(t *testing.T) {
	t.Parallel()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	frontend, _ := filepath.Abs("../../frontend")
	if _, err := os.Stat(filepath.Join(frontend, "node_modules", "graphql-http")); err != nil {
		t.Skip("graphql-http not installed: cd frontend && npm ci")
	}
	d := testdb.Open(t, dialect.SQLite)
	c := newClient(t, d)
	cmd := exec.Command(node, "scripts/graphql-http-audit.mjs", c.srv.URL+"/graphql")
	cmd.Dir = frontend
	cmd.Env = append(os.Environ(), "CAPOFILA_TOKEN="+c.bearer)
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("graphql-http audits: %v", err)
	}
}
