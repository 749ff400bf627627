// Package s3test runs an S3-compatible server in the test process
// (gofakes3 with its in-memory backend, behind httptest), so that the S3
// document store is tested over the real protocol without any service
// outside the test.
package s3test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// Credentials the tests pass; the server accepts any.
const (
	AccessKey = "capofila-test"
	SecretKey = "capofila-test-secret"
	Region    = "us-east-1"
)

// Server is an in-memory S3 server.
type Server struct {
	// URL is its address, http://127.0.0.1:PORT.
	URL string
	// Endpoint is its host:port, as the store's configuration wants it
	// (plain HTTP: insecure).
	Endpoint string

	backend *s3mem.Backend
	puts    atomic.Int64
}

// Start starts a server with the given buckets, stopped when the test ends.
func Start(t testing.TB, buckets ...string) *Server {
	t.Helper()
	s := &Server{backend: s3mem.New()}
	for _, b := range buckets {
		if err := s.backend.CreateBucket(b); err != nil {
			t.Fatalf("s3test: creating bucket %s: %v", b, err)
		}
	}
	faker := gofakes3.New(s.backend)
	h := faker.Server()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut {
			s.puts.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	s.URL = ts.URL
	s.Endpoint = strings.TrimPrefix(ts.URL, "http://")
	return s
}

// Puts counts the PUT requests received (objects written).
func (s *Server) Puts() int64 { return s.puts.Load() }

// Objects returns every object of a bucket, by name.
func (s *Server) Objects(t testing.TB, bucket string) map[string][]byte {
	t.Helper()
	list, err := s.backend.ListBucket(bucket, nil, gofakes3.ListBucketPage{})
	if err != nil {
		t.Fatalf("s3test: listing %s: %v", bucket, err)
	}
	out := map[string][]byte{}
	for _, c := range list.Contents {
		obj, err := s.backend.GetObject(bucket, c.Key, nil)
		if err != nil {
			t.Fatalf("s3test: reading %s/%s: %v", bucket, c.Key, err)
		}
		b, err := io.ReadAll(obj.Contents)
		_ = obj.Contents.Close()
		if err != nil {
			t.Fatalf("s3test: reading %s/%s: %v", bucket, c.Key, err)
		}
		out[c.Key] = b
	}
	return out
}
