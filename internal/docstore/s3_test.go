package docstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/s3test"
)

// newS3 returns a store on the bucket of srv, spooling in a test folder.
func newS3(t *testing.T, srv *s3test.Server, bucket, prefix string) *S3 {
	t.Helper()
	s, err := NewS3(context.Background(), S3Config{
		Endpoint: srv.Endpoint, Bucket: bucket, Region: s3test.Region, Prefix: prefix,
		AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, Insecure: true, TempDir: t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestS3_PutAndOpen(t *testing.T) {
	srv := s3test.Start(t, "documenti")
	s := newS3(t, srv, "documenti", "")
	pdf := []byte("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")

	t.Run("OK", func(t *testing.T) {
		st, err := s.Put(bytes.NewReader(pdf), "delibera.pdf")
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(pdf)
		hexSum := hex.EncodeToString(sum[:])
		if st.SHA256 != hexSum || st.Size != int64(len(pdf)) || st.MIMEType != "application/pdf" || st.Key != hexSum[:2]+"/"+hexSum {
			t.Fatalf("stored %+v", st)
		}
		rc, err := s.Open(st.Key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		_ = rc.Close()
		if err != nil || !bytes.Equal(got, pdf) {
			t.Fatalf("read back %q, %v", got, err)
		}
		// The object is named by the key, the same as Disk's file.
		if objs := srv.Objects(t, "documenti"); !bytes.Equal(objs[st.Key], pdf) || len(objs) != 1 {
			t.Fatalf("bucket holds %d objects, want the document at %s", len(objs), st.Key)
		}
	})

	t.Run("SameContentSameKey", func(t *testing.T) {
		first, err := s.Put(bytes.NewReader(pdf), "delibera.pdf")
		if err != nil {
			t.Fatal(err)
		}
		puts := srv.Puts()
		again, err := s.Put(bytes.NewReader(pdf), "copia.pdf")
		if err != nil || again != first {
			t.Fatalf("same content must land on the same key: %+v, %v; first %+v", again, err, first)
		}
		if srv.Puts() != puts {
			t.Error("bytes already in the bucket were sent again")
		}
		if n := len(srv.Objects(t, "documenti")); n != 1 {
			t.Errorf("%d objects after a re-upload, want 1", n)
		}
	})

	t.Run("ErrMissing", func(t *testing.T) {
		missing := strings.Repeat("ab", 32)
		_, err := s.Open(missing[:2] + "/" + missing)
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("open of a missing object: %v, want fs.ErrNotExist as Disk", err)
		}
		_, derr := Disk{Root: t.TempDir()}.Open(missing[:2] + "/" + missing)
		if !errors.Is(derr, fs.ErrNotExist) {
			t.Fatalf("Disk: %v", derr)
		}
	})

	t.Run("NoSpoolLeft", func(t *testing.T) {
		if left, err := os.ReadDir(s.tempDir); err != nil || len(left) != 0 {
			t.Fatalf("%d temporary files left behind (%v)", len(left), err)
		}
	})

	t.Run("ErrBadKey", func(t *testing.T) {
		for _, key := range []string{"../etc/passwd", "/ab/cd", "ab/../../x", ""} {
			if _, err := s.Open(key); err == nil || errors.Is(err, fs.ErrNotExist) {
				t.Errorf("key %q: %v, want a refusal", key, err)
			}
		}
	})
}

func TestS3_RefusesBadFiles(t *testing.T) {
	srv := s3test.Start(t, "documenti")
	s := newS3(t, srv, "documenti", "")
	testRefusesBadFiles(t, s)
	if n := srv.Puts(); n != 0 {
		t.Errorf("%d objects written for refused files, want none", n)
	}
	if left, err := os.ReadDir(s.tempDir); err != nil || len(left) != 0 {
		t.Errorf("%d temporary files left behind (%v)", len(left), err)
	}
}

func TestS3_Prefix(t *testing.T) {
	srv := s3test.Start(t, "condiviso")
	a := newS3(t, srv, "condiviso", "capofila/marche")
	csv := []byte("fattura;importo\n1;100,00\n")
	st, err := a.Put(bytes.NewReader(csv), "spese.csv")
	if err != nil {
		t.Fatal(err)
	}
	if st.Key != st.SHA256[:2]+"/"+st.SHA256 || st.MIMEType != "text/csv" {
		t.Fatalf("stored %+v: the key does not carry the prefix", st)
	}
	objs := srv.Objects(t, "condiviso")
	if !bytes.Equal(objs["capofila/marche/"+st.Key], csv) || len(objs) != 1 {
		t.Fatalf("objects %v, want only capofila/marche/%s", keys(objs), st.Key)
	}
	// "/capofila/marche/" is the same prefix; another prefix is another store.
	same := newS3(t, srv, "condiviso", "/capofila/marche/")
	rc, err := same.Open(st.Key)
	if err != nil {
		t.Fatalf("same prefix written differently: %v", err)
	}
	_ = rc.Close()
	other := newS3(t, srv, "condiviso", "capofila/umbria")
	if _, err := other.Open(st.Key); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("another prefix sees the document: %v", err)
	}
}

func TestNewS3_Errors(t *testing.T) {
	srv := s3test.Start(t, "documenti")
	ok := S3Config{Endpoint: srv.Endpoint, Bucket: "documenti", Region: s3test.Region,
		AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, Insecure: true}
	for _, tc := range []struct {
		name string
		edit func(*S3Config)
		want string
	}{
		{"OK", func(*S3Config) {}, ""},
		{"OKWithScheme", func(c *S3Config) { c.Endpoint = srv.URL }, ""},
		{"ErrNoBucket", func(c *S3Config) { c.Bucket = "nessuno" }, "does not exist"},
		{"ErrNoEndpoint", func(c *S3Config) { c.Endpoint = "" }, "endpoint is not set"},
		{"ErrNoCredentials", func(c *S3Config) { c.SecretKey = "" }, "secret key"},
		{"ErrPlainHTTPNotAllowed", func(c *S3Config) { c.Endpoint, c.Insecure = srv.URL, false }, "plain HTTP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.edit(&cfg)
			_, err := NewS3(context.Background(), cfg)
			switch {
			case tc.want == "" && err != nil:
				t.Fatal(err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want an error about %q", err, tc.want)
			}
		})
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
