package handler

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// mapParamsOf is how paramsOf read the parameters before it found the
// members in place: the whole object decoded into a map first.
func mapParamsOf(b []byte) (*graphql.RawParams, string) {
	var m map[string]json.RawMessage
	if err := strictDecode(b, &m); err != nil || m == nil {
		return nil, errNotJSON.Rule
	}
	p := &graphql.RawParams{}
	if raw, ok := m["query"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &p.Query) != nil {
			return nil, "query"
		}
	}
	if raw, ok := m["operationName"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &p.OperationName) != nil {
			return nil, "operationName"
		}
	}
	if raw, ok := m["variables"]; ok && decodeObject(raw, &p.Variables) != nil {
		return nil, "variables"
	}
	if raw, ok := m["extensions"]; ok && decodeObject(raw, &p.Extensions) != nil {
		return nil, "extensions"
	}
	if p.Query == "" && !persisted(p) {
		return nil, errNoQuery.Rule
	}
	return p, ""
}

// TestParamsOf_AsMapDecoding checks that paramsOf reads the same
// parameters, and refuses the same bodies with the same error, as
// decoding the body into a map did.
func TestParamsOf_AsMapDecoding(t *testing.T) {
	bodies := []string{
		`{"query": "{ a }"}`,
		` {"query":"{ a }","variables":null,"operationName":null} `,
		`{"query": "query Q($x: Int) { a(x: $x) }", "variables": {"x": 1.50, "y": [1, {"z": "}"}], "w": "a\"b"}, "operationName": "Q"}`,
		`{"query": "{ a }", "query": "{ b }"}`,
		`{"\u0071uery": "{ a }"}`,
		`{"Query": "{ a }"}`,
		`{"query": "{ \u00e8 \n a }", "extensions": {"persistedQuery": {"version": 1}}}`,
		`{"query": "{ è }"}`,
		`{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab"}}}`,
		`{"other": [1, 2, {"query": 3}], "query": "{ a }", "more": true, "n": -1e5, "f": false, "z": null}`,
		`{"query": 1}`, `{"query": ["x"]}`, `{"query": {}}`, `{"operationName": 2, "query": "{ a }"}`,
		`{"query": "{ a }", "variables": []}`, `{"query": "{ a }", "variables": "x"}`, `{"query": "{ a }", "extensions": 1}`,
		`{}`, `{"query": ""}`, `{"query": null}`, `null`, `[]`, `"x"`, `1`, `{"query": "{ a }"} x`, `{"query": "{ a }"}{}`,
		`{"query": "{ a }",}`, `{"query" "x"}`, `{`, ``, ` `, "{\"query\": \"{ a \xff }\"}", "{\"qu\xffery\": \"{ a }\"}",
		`{"a":{"b":{"c":[[[]]]}},"query":"{ \\\" }"}`, `{"query":"\ud83d\ude00"}`, `{"query":"x\\"}`,
	}
	for _, body := range bodies {
		want, wantErr := mapParamsOf([]byte(body))
		got, err := paramsOf([]byte(body))
		gotErr := ""
		if err != nil {
			gotErr = err.Rule
			if err.Field != "" {
				gotErr = err.Field
			}
		}
		if gotErr != wantErr || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %+v, %q; want %+v, %q", body, got, gotErr, want, wantErr)
		}
	}
}
