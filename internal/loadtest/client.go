package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"time"
)

// transport is shared by every session: keep-alive connections, enough of
// them for 32 concurrent clients and the floor.
var transport = &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 128, IdleConnTimeout: time.Minute}

// Session is a user of a Capofila server as the web app is one: a cookie
// jar (the session cookie after SignIn) and the CSRF header on every POST.
type Session struct {
	base         string
	http         *http.Client
	forwardedFor string
}

// NewSession returns an anonymous session of the server at base.
func NewSession(base string) *Session {
	jar, _ := cookiejar.New(nil)
	return &Session{base: base, http: &http.Client{Jar: jar, Transport: transport, Timeout: 2 * time.Minute}}
}

// On returns the same session (its cookies) talking to another server at
// base, e.g. another replica behind the same load balancer.
func (s *Session) On(base string) *Session { return &Session{base: base, http: s.http} }

// SignIn posts the credentials; the cookie lands in the jar.
func (s *Session) SignIn(ctx context.Context, email, password string) error {
	body, _ := json.Marshal(map[string]string{"email": email, "password": password})
	res, err := s.Post(ctx, "/auth/sign-in", body)
	if err != nil {
		return err
	}
	if res.Status != http.StatusOK {
		return fmt.Errorf("sign-in of %s: HTTP %d: %s", email, res.Status, res.Body)
	}
	return nil
}

// From returns a copy of the session (its cookies) whose requests say, in
// X-Forwarded-For, that they come from addr: a server that trusts the
// loopback as its proxy (--trusted-proxies 127.0.0.1) then counts them as
// that client's, as behind a real load balancer.
func (s *Session) From(addr string) *Session {
	return &Session{base: s.base, http: s.http, forwardedFor: addr}
}

// Response is an HTTP answer read whole.
type Response struct {
	Status int
	Body   []byte
}

// Post sends a JSON body.
func (s *Session) Post(ctx context.Context, path string, body []byte) (Response, error) {
	return s.post(ctx, path, "application/json", body)
}

func (s *Session) post(ctx context.Context, path, contentType string, body []byte) (Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+path, bytes.NewReader(body))
	if err != nil {
		return Response{}, err
	}
	ct := jsonContentType
	if contentType != "application/json" {
		ct = []string{contentType}
	}
	// Canonical keys, set directly: http.Header.Set would allocate a value
	// slice for each and canonicalize X-Capofila-CSRF anew every time.
	req.Header["Content-Type"] = ct
	req.Header["X-Capofila-Csrf"] = csrfValue
	return s.do(req)
}

// The values of the headers of every POST, shared by all requests (the
// HTTP client only reads them).
var (
	jsonContentType = []string{"application/json"}
	csrfValue       = []string{"1"}
)

// Get reads path.
func (s *Session) Get(ctx context.Context, path string) (Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+path, nil)
	if err != nil {
		return Response{}, err
	}
	return s.do(req)
}

func (s *Session) do(req *http.Request) (Response, error) {
	if s.forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", s.forwardedFor)
	}
	res, err := s.http.Do(req)
	if err != nil {
		return Response{}, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return Response{Status: res.StatusCode, Body: b}, err
}

// graphQLRequest is the body of a GraphQL request: a struct, which
// encoding/json encodes without the map's sorting and boxing.
type graphQLRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables"`
}

// GraphQLError is the first error of a GraphQL response, with its code.
type GraphQLError struct {
	Message string
	Code    string // extensions.code, e.g. CONFLICT
}

func (e *GraphQLError) Error() string { return fmt.Sprintf("GraphQL error %s: %s", e.Code, e.Message) }

// GraphQL runs one operation and fails on an HTTP error or a GraphQL error
// (a *GraphQLError); out, when not nil, receives "data".
func (s *Session) GraphQL(ctx context.Context, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(graphQLRequest{Query: query, Variables: vars})
	res, err := s.Post(ctx, "/graphql", body)
	if err != nil {
		return err
	}
	return decodeGraphQL(res, out)
}

// Upload runs one operation with a file as the variable fileVar, in a
// GraphQL multipart request, as the web app uploads; it answers as GraphQL.
func (s *Session) Upload(ctx context.Context, query string, vars map[string]any, fileVar, filename string, content []byte, out any) error {
	all := map[string]any{fileVar: nil}
	for k, v := range vars {
		all[k] = v
	}
	ops, err := json.Marshal(map[string]any{"query": query, "variables": all})
	if err != nil {
		return err
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", fmt.Sprintf(`{"0": ["variables.%s"]}`, fileVar))
	part, err := w.CreateFormFile("0", filename)
	if err != nil {
		return err
	}
	_, _ = part.Write(content)
	if err := w.Close(); err != nil {
		return err
	}
	res, err := s.post(ctx, "/graphql", w.FormDataContentType(), body.Bytes())
	if err != nil {
		return err
	}
	return decodeGraphQL(res, out)
}

// graphQLErrors are the errors of a GraphQL response.
type graphQLErrors []struct {
	Message    string `json:"message"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

func decodeGraphQL(res Response, out any) error {
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors graphQLErrors   `json:"errors"`
	}
	var err error
	if out == nil {
		// Without copying "data", which nobody reads.
		var errs struct {
			Errors graphQLErrors `json:"errors"`
		}
		err = json.Unmarshal(res.Body, &errs)
		env.Errors = errs.Errors
	} else {
		err = json.Unmarshal(res.Body, &env)
	}
	if err != nil {
		return fmt.Errorf("HTTP %d: %.200s", res.Status, res.Body)
	}
	if len(env.Errors) > 0 {
		return &GraphQLError{Message: env.Errors[0].Message, Code: env.Errors[0].Extensions.Code}
	}
	if res.Status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", res.Status, res.Body)
	}
	if out != nil {
		return json.Unmarshal(env.Data, out)
	}
	return nil
}
