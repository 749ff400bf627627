package docstore

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
)

func TestDisk_PutAndOpen(t *testing.T) {
	d := Disk{Root: t.TempDir()}
	pdf := []byte("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
	st, err := d.Put(bytes.NewReader(pdf), "delibera.pdf")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(pdf)
	if st.SHA256 != hex.EncodeToString(sum[:]) || st.Size != int64(len(pdf)) || st.MIMEType != "application/pdf" {
		t.Fatalf("stored %+v", st)
	}
	rc, err := d.Open(st.Key)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(rc)
	_ = rc.Close()
	if !bytes.Equal(got, pdf) {
		t.Fatal("bytes differ")
	}
	again, err := d.Put(bytes.NewReader(pdf), "copia.pdf")
	if err != nil || again.Key != st.Key {
		t.Fatalf("same content must land on the same key: %+v %v", again, err)
	}
	if _, err := d.Open("../etc/passwd"); err == nil {
		t.Fatal("a key leaving the store must be refused")
	}
}

func TestDisk_RefusesBadFiles(t *testing.T) {
	testRefusesBadFiles(t, Disk{Root: t.TempDir()})
}

// testRefusesBadFiles checks that a store refuses what no store accepts,
// with the same INVALID rule whatever the store.
func testRefusesBadFiles(t *testing.T, d Store) {
	t.Helper()
	for _, tc := range []struct {
		name, file string
		data       io.Reader
		rule       string
	}{
		{"ErrEmpty", "a.pdf", strings.NewReader(""), "document.empty"},
		{"ErrExecutable", "a.pdf", bytes.NewReader([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00")), "document.type"},
		{"ErrHTML", "a.html", strings.NewReader("<html><script>alert(1)</script></html>"), "document.type"},
		{"ErrTooLarge", "a.csv", io.LimitReader(zeros{}, MaxSize+10), "document.too_large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := d.Put(tc.data, tc.file)
			ae, ok := apperr.As(err)
			if !ok || ae.Code != apperr.Invalid || ae.Rule != tc.rule {
				t.Fatalf("got %v, want INVALID %s", err, tc.rule)
			}
		})
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
