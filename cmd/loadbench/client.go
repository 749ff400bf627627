package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"time"
)

// transport is shared by every client: keep-alive connections, enough of
// them for 32 concurrent clients and the floor.
var transport = &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 128, IdleConnTimeout: time.Minute}

// session is a signed-in user of the server under test, as the web app is:
// a session cookie and the CSRF header.
type session struct {
	base string
	http *http.Client
}

func newSession(base string) *session {
	jar, _ := cookiejar.New(nil)
	return &session{base: base, http: &http.Client{Jar: jar, Transport: transport, Timeout: 2 * time.Minute}}
}

// signIn posts the credentials; the cookie lands in the jar.
func (s *session) signIn(ctx context.Context, email, password string) error {
	body, _ := json.Marshal(map[string]string{"email": email, "password": password})
	res, err := s.post(ctx, "/auth/sign-in", body)
	if err != nil {
		return err
	}
	if res.status != http.StatusOK {
		return fmt.Errorf("sign-in of %s: HTTP %d: %s", email, res.status, res.body)
	}
	return nil
}

type response struct {
	status int
	body   []byte
}

func (s *session) post(ctx context.Context, path string, body []byte) (response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+path, bytes.NewReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Capofila-CSRF", "1")
	return s.do(req)
}

func (s *session) get(ctx context.Context, path string) (response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+path, nil)
	if err != nil {
		return response{}, err
	}
	return s.do(req)
}

func (s *session) do(req *http.Request) (response, error) {
	res, err := s.http.Do(req)
	if err != nil {
		return response{}, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return response{status: res.StatusCode, body: b}, err
}

// graphql runs one operation and fails on an HTTP error or a GraphQL
// error; out, when not nil, receives "data".
func (s *session) graphql(ctx context.Context, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := s.post(ctx, "/graphql", body)
	if err != nil {
		return err
	}
	if res.status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", res.status, res.body)
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(res.body, &env); err != nil {
		return fmt.Errorf("decoding the response: %w", err)
	}
	if len(env.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", env.Errors[0].Message)
	}
	if out != nil {
		return json.Unmarshal(env.Data, out)
	}
	return nil
}
