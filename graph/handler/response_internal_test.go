package handler

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestAppendResponse_AsJSONMarshal: a response written with its data as
// it is is the bytes json.Marshal writes, but for the HTML characters
// json.Marshal escapes in the data (the same JSON strings).
func TestAppendResponse_AsJSONMarshal(t *testing.T) {
	withExt := &gqlerror.Error{Message: "Importo non valido: 1 < 2 & 3 > 0", Path: ast.Path{ast.PathName("createVendor")},
		Extensions: map[string]any{"code": "INVALID", "rule": "money.max", "data": nil}}
	for name, r := range map[string]*graphql.Response{
		"data":                {Data: json.RawMessage(`{"node":{"id":"EX01","name":"Comune di Nord & Sud <AP>","n":12,"ok":true,"x":null}}`)},
		"line separators":     {Data: json.RawMessage("{\"s\":\"a\u2028b\u2029c\"}")},
		"errors and no data":  {Errors: gqlerror.List{withExt}},
		"errors and data":     {Errors: gqlerror.List{withExt}, Data: json.RawMessage(`{"a":null}`)},
		"extensions":          {Data: json.RawMessage(`{}`), Extensions: map[string]any{"cost": 12, "warning": "<b>"}},
		"no data":             {},
		"errors, extensions":  {Errors: gqlerror.List{{Message: "x"}}, Extensions: map[string]any{"a": []int{1}}},
		"deep data and array": {Data: json.RawMessage(`{"a":[{"b":[1,2,{"c":"\u00e8\"\\"}]}]}`)},
	} {
		t.Run(name, func(t *testing.T) {
			want, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			got, err := appendResponse(nil, r)
			if err != nil {
				t.Fatal(err)
			}
			var escaped bytes.Buffer
			json.HTMLEscape(&escaped, got)
			if escaped.String() != string(want) {
				t.Errorf("appendResponse, escaped:\n%s\njson.Marshal:\n%s", escaped.String(), want)
			}
			if !json.Valid(got) {
				t.Errorf("not JSON: %s", got)
			}
		})
	}
}
