package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/s3test"
)

// TestServe_FinishesInFlightRequests starts a request that waits, asks the
// server to stop (as SIGTERM does), sees that new connections are refused
// while the request is still running, lets the request finish and gets its
// whole response.
func TestServe_FinishesInFlightRequests(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		_, _ = io.WriteString(w, "finito")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	done := make(chan error, 1)
	go func() {
		done <- serveUntilDone(ctx, slog.New(slog.DiscardHandler), time.Minute, listening{ln, &http.Server{Handler: mux}})
	}()

	type result struct {
		status int
		body   string
		err    error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{resp.StatusCode, string(b), err}
	}()
	<-entered
	stop() // what SIGTERM does to serve's context

	// Shutdown closes the listener first: wait until a new connection is
	// refused, so the request below is known to finish during shutdown.
	for deadline := time.Now().Add(30 * time.Second); ; {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after the shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("serve returned (%v) while a request was in flight", err)
	default:
	}

	close(release)
	r := <-got
	if r.err != nil || r.status != http.StatusOK || r.body != "finito" {
		t.Fatalf("in-flight request: HTTP %d %q, %v; want 200 \"finito\"", r.status, r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
}

func TestParsePrefixes(t *testing.T) {
	got, err := parsePrefixes(" 10.0.0.0/8, 192.168.1.10 ,::1")
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, p := range got {
		s = append(s, p.String())
	}
	if strings.Join(s, " ") != "10.0.0.0/8 192.168.1.10/32 ::1/128" {
		t.Errorf("parsePrefixes = %v", s)
	}
	if _, err := parsePrefixes("proxy.example.it"); err == nil {
		t.Error("a host name must be refused")
	}
}

// TestServe_ChecksTheBucket: serve with documents in a bucket refuses to
// start when the bucket does not exist or the keys are missing, rather than
// failing at the first upload.
func TestServe_ChecksTheBucket(t *testing.T) {
	srv := s3test.Start(t, "documenti")
	args := func(bucket string) []string {
		return []string{"serve", "--database-url", "sqlite:" + filepath.Join(t.TempDir(), "c.db"), "--addr", "127.0.0.1:0",
			"--documents-s3-endpoint", srv.Endpoint, "--documents-s3-bucket", bucket, "--documents-s3-insecure"}
	}
	t.Run("ErrNoKeys", func(t *testing.T) {
		t.Setenv("CAPOFILA_DOCUMENTS_S3_ACCESS_KEY", "")
		t.Setenv("CAPOFILA_DOCUMENTS_S3_SECRET_KEY", "")
		if _, _, err := runCmd(t, args("documenti")...); err == nil || !strings.Contains(err.Error(), "CAPOFILA_DOCUMENTS_S3_ACCESS_KEY") {
			t.Fatalf("serve without keys: %v, want a refusal naming the variables", err)
		}
	})
	t.Run("ErrNoBucket", func(t *testing.T) {
		t.Setenv("CAPOFILA_DOCUMENTS_S3_ACCESS_KEY", s3test.AccessKey)
		t.Setenv("CAPOFILA_DOCUMENTS_S3_SECRET_KEY", s3test.SecretKey)
		if _, _, err := runCmd(t, args("nessuno")...); err == nil || !strings.Contains(err.Error(), `bucket "nessuno" does not exist`) {
			t.Fatalf("serve on a missing bucket: %v, want a refusal naming it", err)
		}
	})
}

// TestServe_ErrSharedRateLimitOnSQLite: shared rate limits live in
// PostgreSQL; asking for them on the embedded database is refused.
func TestServe_ErrSharedRateLimitOnSQLite(t *testing.T) {
	_, _, err := runCmd(t, "serve", "--database-url", "sqlite:"+filepath.Join(t.TempDir(), "c.db"), "--addr", "127.0.0.1:0",
		"--documents-dir", t.TempDir(), "--rate-limit-shared")
	if err == nil || !strings.Contains(err.Error(), "--rate-limit-shared needs PostgreSQL") {
		t.Fatalf("serve --rate-limit-shared on SQLite: %v, want a refusal", err)
	}
}

// TestServe_TrustedDocumentsOnlyInProduction: serve refuses browser
// sessions' own GraphQL documents unless --dev or --any-graphql-documents.
func TestServe_TrustedDocumentsOnlyInProduction(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"--dev"}, false},
		{[]string{"--any-graphql-documents"}, false},
	} {
		var cfg config
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		bindServeFlags(fs, &cfg)
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		if got := cfg.trustedDocumentsOnly(); got != c.want {
			t.Errorf("serve %v: trusted documents only %v, want %v", c.args, got, c.want)
		}
	}
}
