package handler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
)

// The media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaMultipart       = "multipart/form-data"
)

// graphQLTransport is the one gqlgen transport of /graphql. It implements
// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/):
// GET for queries, POST with a JSON body, and POST multipart/form-data
// for uploads (https://github.com/jaydenseric/graphql-multipart-request-spec).
//
//   - The answer is application/graphql-response+json when the client's
//     Accept header names it before application/json, else application/json.
//   - A request error (the document does not parse or validate, the
//     variables do not coerce, a limit refuses it) is answered without
//     `data`: HTTP 200 with application/json, 400 with
//     application/graphql-response+json.
//   - A malformed request (JSON, its parameters, the multipart form) gets
//     400; a method other than GET, POST and OPTIONS 405 with Allow; a
//     mutation over GET 405 with Allow: POST; another content type 415.
//     Each has extensions.code INVALID, a rule and an Italian message that
//     never repeats the request.
type graphQLTransport struct {
	// onCode is told the code of a refused request (Config.OnCode).
	onCode func(ctx context.Context, code string)
}

var _ graphql.Transport = graphQLTransport{}

func (graphQLTransport) Supports(*http.Request) bool { return true }

func (t graphQLTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	var (
		params *graphql.RawParams
		err    *apperr.Error
	)
	switch r.Method {
	case http.MethodOptions:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		w.WriteHeader(http.StatusNoContent)
		return
	case http.MethodGet:
		params, err = getParams(r)
	case http.MethodPost:
		media, perr := mediaType(r.Header.Get("Content-Type"))
		switch {
		case perr == nil && media == mediaJSON:
			params, err = jsonParams(r.Body)
		case perr == nil && media == mediaMultipart:
			params, err = multipartParams(r)
		default:
			t.refuse(w, r, http.StatusUnsupportedMediaType, &apperr.Error{Code: apperr.Invalid, Rule: "request.content_type",
				Message: "Tipo di contenuto non supportato: inviare la richiesta come application/json (multipart/form-data per i file)."})
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		t.refuse(w, r, http.StatusMethodNotAllowed, &apperr.Error{Code: apperr.Invalid, Rule: "request.method",
			Message: "Metodo HTTP non ammesso: inviare le richieste GraphQL con GET (solo interrogazioni) o POST."})
		return
	}
	if err != nil {
		t.refuse(w, r, http.StatusBadRequest, err)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	media := responseMedia(r.Header.Get("Accept"))
	ctx := r.Context()
	opCtx, errs := exec.CreateOperationContext(ctx, params)
	if len(errs) > 0 {
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs)
		writeResult(w, media, status, requestError{Errors: resp.Errors, Extensions: resp.Extensions})
		return
	}
	if r.Method == http.MethodGet && opCtx.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		t.refuse(w, r, http.StatusMethodNotAllowed, &apperr.Error{Code: apperr.Invalid, Rule: "request.get_mutation",
			Message: "Con GET si possono inviare solo interrogazioni: inviare le modifiche con POST."})
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, opCtx)
	writeResponse(w, media, http.StatusOK, responses(ctx))
}

// mediaType is mime.ParseMediaType's media type, without its parameters
// map for the content types clients send (application/json, with or
// without a UTF-8 charset).
func mediaType(contentType string) (string, error) {
	switch contentType {
	case mediaJSON, mediaJSON + "; charset=utf-8", mediaJSON + ";charset=utf-8", mediaJSON + "; charset=UTF-8":
		return mediaJSON, nil
	}
	media, _, err := mime.ParseMediaType(contentType)
	return media, err
}

// refuse answers a malformed request with one GraphQL-shaped error and
// reports its code.
func (t graphQLTransport) refuse(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	if t.onCode != nil {
		t.onCode(r.Context(), string(e.Code))
	}
	problem.Write(w, r, status, e)
}

// requestError is the answer to a request that did not reach execution:
// errors only, no data entry.
type requestError struct {
	Errors     gqlerror.List  `json:"errors"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

func writeResult(w http.ResponseWriter, media string, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		// Responses hold JSON values only; this cannot happen.
		panic(fmt.Errorf("encoding a GraphQL response: %w", err))
	}
	writeBody(w, media, status, b)
}

func writeBody(w http.ResponseWriter, media string, status int, b []byte) {
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// writeResponse writes an operation's response. It is the JSON value of
// writeResult's, but r.Data, which gqlgen's executor wrote (valid, compact
// JSON), is copied as it is: json.Marshal would check and compact it again,
// a second pass over every answer (2% of the server's CPU on a claim
// page of 100 items), and escape its <, > and & as \u003c, \u003e and
// \u0026 (the same JSON strings).
func writeResponse(w http.ResponseWriter, media string, status int, r *graphql.Response) {
	if r == nil || r.Label != "" || r.Path != nil || r.HasNext != nil {
		writeResult(w, media, status, r)
		return
	}
	b, err := appendResponse(make([]byte, 0, len(r.Data)+64), r)
	if err != nil {
		panic(fmt.Errorf("encoding a GraphQL response: %w", err))
	}
	writeBody(w, media, status, b)
}

// appendResponse appends r (without Label, Path and HasNext) as JSON,
// its members in graphql.Response's order, r.Data as it is.
func appendResponse(b []byte, r *graphql.Response) ([]byte, error) {
	b = append(b, '{')
	if len(r.Errors) > 0 {
		e, err := json.Marshal(r.Errors)
		if err != nil {
			return nil, err
		}
		b = append(append(append(b, `"errors":`...), e...), ',')
	}
	b = append(b, `"data":`...)
	if len(r.Data) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, r.Data...)
	}
	if len(r.Extensions) > 0 {
		x, err := json.Marshal(r.Extensions)
		if err != nil {
			return nil, err
		}
		b = append(append(b, `,"extensions":`...), x...)
	}
	return append(b, '}'), nil
}

// responseMedia picks the media type of the answer from the Accept header:
// the first of application/graphql-response+json and application/json it
// names; application/json when it names neither (or is missing).
func responseMedia(accept string) string {
	for part := range strings.SplitSeq(accept, ",") {
		media, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch media {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			return mediaJSON
		}
	}
	return mediaJSON
}

// getParams reads the parameters of a GET request from its URL.
func getParams(r *http.Request) (*graphql.RawParams, *apperr.Error) {
	q := r.URL.Query()
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	for _, v := range []struct {
		name string
		into *map[string]any
	}{{"variables", &p.Variables}, {"extensions", &p.Extensions}} {
		raw := q.Get(v.name)
		if raw == "" {
			continue
		}
		if err := decodeObject(json.RawMessage(raw), v.into); err != nil {
			return nil, paramError(v.name, "un oggetto JSON")
		}
	}
	if p.Query == "" && !persisted(p) {
		return nil, errNoQuery
	}
	return p, nil
}

// jsonParams reads the parameters of a POST request from its JSON body (at
// most MaxBodyBytes, read by guardBody).
func jsonParams(body io.Reader) (*graphql.RawParams, *apperr.Error) {
	b, err := io.ReadAll(body)
	if err != nil {
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: "request.body", Message: "Impossibile leggere il corpo della richiesta."}
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: "request.body",
			Message: "Il corpo della richiesta è vuoto: inviare un oggetto JSON con il parametro query."}
	}
	return paramsOf(b)
}

var errNoQuery = &apperr.Error{Code: apperr.Invalid, Rule: "request.query",
	Message: "Manca il parametro query: il testo dell'operazione GraphQL."}

var errNotJSON = &apperr.Error{Code: apperr.Invalid, Rule: "request.json",
	Message: "Il corpo della richiesta non è un oggetto JSON valido."}

// paramsOf decodes the parameters of GraphQL over HTTP from a JSON object:
// query a string, operationName a string or null, variables and
// extensions objects or null. Other members are ignored; of a member given
// twice the last counts. The object's members are found in place
// (objectMembers), without decoding it into a map first: every request
// passes here.
func paramsOf(b []byte) (*graphql.RawParams, *apperr.Error) {
	var query, opName, vars, exts []byte
	if !objectMembers(b, func(key, raw []byte) {
		switch string(key) {
		case "query":
			query = raw
		case "operationName":
			opName = raw
		case "variables":
			vars = raw
		case "extensions":
			exts = raw
		}
	}) {
		return nil, errNotJSON
	}
	p := &graphql.RawParams{}
	if query != nil && !isNull(query) {
		if decodeString(query, &p.Query) != nil {
			return nil, paramError("query", "un testo")
		}
	}
	if opName != nil && !isNull(opName) {
		if decodeString(opName, &p.OperationName) != nil {
			return nil, paramError("operationName", "un testo o null")
		}
	}
	if vars != nil && decodeObject(vars, &p.Variables) != nil {
		return nil, paramError("variables", "un oggetto JSON o null")
	}
	if exts != nil && decodeObject(exts, &p.Extensions) != nil {
		return nil, paramError("extensions", "un oggetto JSON o null")
	}
	if p.Query == "" && !persisted(p) {
		return nil, errNoQuery
	}
	return p, nil
}

// objectMembers calls member with the key and the raw value of each
// member of the JSON object b, in order; it reports false, calling nothing,
// when b is not one JSON object (with nothing after it but white space).
func objectMembers(b []byte, member func(key, raw []byte)) bool {
	if !json.Valid(b) {
		return false
	}
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	for i < len(b) && b[i] == '"' {
		end := skipValue(b, i)
		key := b[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			var k string
			if json.Unmarshal(b[i:end], &k) != nil {
				return false
			}
			key = []byte(k)
		}
		i = skipSpace(b, end)
		i = skipSpace(b, i+1) // the colon
		end = skipValue(b, i)
		member(key, b[i:end])
		i = skipSpace(b, end)
		if i < len(b) && b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	return true
}

// skipSpace returns the index of the first byte of b from i on that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// skipValue returns the index just past the JSON value that starts at
// b[i], in a document json.Valid accepted.
func skipValue(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth <= 0 {
				if depth < 0 { // the end of the enclosing object: a scalar ended before it
					return i
				}
				return i + 1
			}
		case ',', ' ', '\t', '\r', '\n', ':':
			if depth == 0 {
				return i
			}
		}
	}
	return i
}

// decodeString decodes a JSON string (raw, as objectMembers found it) into
// *into: without escapes and in valid UTF-8, as encoding/json would, by
// copying its bytes.
func decodeString(raw []byte, into *string) error {
	if len(raw) >= 2 && raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		*into = string(raw[1 : len(raw)-1])
		return nil
	}
	return json.Unmarshal(raw, into)
}

func paramError(name, want string) *apperr.Error {
	return &apperr.Error{Code: apperr.Invalid, Rule: "request.params", Field: name,
		Message: fmt.Sprintf("Il parametro %s della richiesta deve essere %s.", name, want)}
}

// decodeObject decodes a JSON object (numbers kept as json.Number, as
// gqlgen expects) or null into *into; anything else is an error.
func decodeObject(raw json.RawMessage, into *map[string]any) error {
	if isNull(raw) {
		return nil
	}
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return errors.New("not an object")
	}
	return strictDecode(raw, into)
}

// strictDecode decodes one JSON value and refuses anything after it.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON value")
	}
	return nil
}

func isNull(raw json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

// persisted reports whether the request names a persisted query
// (automatic persisted queries) instead of sending one.
func persisted(p *graphql.RawParams) bool {
	_, ok := p.Extensions["persistedQuery"]
	return ok
}

// multipartParams reads a multipart request (held in memory by guardBody,
// within the upload limit): the operations part first, then the map of
// files to variables, then the files.
func multipartParams(r *http.Request) (*graphql.RawParams, *apperr.Error) {
	bad := func(msg string) *apperr.Error {
		return &apperr.Error{Code: apperr.Invalid, Rule: "request.multipart", Message: msg}
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, bad("Richiesta multipart non leggibile.")
	}
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "operations" {
		return nil, bad("La prima parte della richiesta multipart deve essere \"operations\" (l'operazione GraphQL in JSON).")
	}
	b, err := io.ReadAll(part)
	if err != nil {
		return nil, bad("Richiesta multipart non leggibile.")
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: "query.batch",
			Message: "Le richieste multiple (batch) non sono ammesse: inviare un'operazione per richiesta."}
	}
	p, perr := paramsOf(b)
	if perr != nil {
		return nil, perr
	}
	part, err = mr.NextPart()
	if err != nil || part.FormName() != "map" {
		return nil, bad("La seconda parte della richiesta multipart deve essere \"map\" (i file e le variabili che li ricevono).")
	}
	files := map[string][]string{}
	if b, err = io.ReadAll(part); err != nil || strictDecode(b, &files) != nil {
		return nil, bad("La parte \"map\" deve essere un oggetto JSON che associa a ogni file l'elenco delle variabili che lo ricevono.")
	}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, bad("Richiesta multipart non leggibile.")
		}
		key := part.FormName()
		paths := files[key]
		if len(paths) == 0 {
			return nil, bad("La richiesta contiene un file non indicato nella parte \"map\".")
		}
		delete(files, key)
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, bad("Richiesta multipart non leggibile.")
		}
		for _, path := range paths {
			up := graphql.Upload{File: bytes.NewReader(data), Size: int64(len(data)), Filename: part.FileName(),
				ContentType: part.Header.Get("Content-Type")}
			if p.AddUpload(up, key, path) != nil {
				return nil, bad("La parte \"map\" indica per un file una variabile che l'operazione non ha.")
			}
		}
	}
	if len(files) > 0 {
		return nil, bad("Un file indicato nella parte \"map\" manca dalla richiesta.")
	}
	return p, nil
}
