package docstore

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"strings"
	"testing"

	"github.com/smallstep/pkcs7"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades/cadestest"
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
	envelope := cadestest.Sign(t, []byte("%PDF-1.7\n%%EOF\n"))
	cert, _ := cadestest.Signer()
	certificatesOnly, err := pkcs7.DegenerateCertificate(cert.Raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, file string
		data       io.Reader
		rule       string
	}{
		{"ErrEmpty", "a.pdf", strings.NewReader(""), "document.empty"},
		{"ErrExecutable", "a.pdf", bytes.NewReader([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00")), "document.type"},
		{"ErrHTML", "a.html", strings.NewReader("<html><script>alert(1)</script></html>"), "document.type"},
		{"ErrTooLarge", "a.csv", io.LimitReader(zeros{}, MaxSize+10), "document.too_large"},
		// Named as signed, but not: neither a signature nor labelled one.
		{"ErrFakeP7M", "rendiconto.pdf.p7m", strings.NewReader("%PDF-1.7\n%%EOF\n"), "document.p7m"},
		{"ErrTextP7M", "rendiconto.p7m", strings.NewReader("firmato digitalmente, giuro"), "document.p7m"},
		{"ErrTruncatedP7M", "rendiconto.pdf.p7m", bytes.NewReader(envelope[:len(envelope)/2]), "document.p7m"},
		{"ErrCertificatesOnlyP7M", "rendiconto.pdf.p7m", bytes.NewReader(certificatesOnly), "document.p7m"},
		{"ErrEnvelopeNamedPDF", "rendiconto.pdf", bytes.NewReader(envelope[:len(envelope)-10]), "document.p7m"},
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

// TestDisk_TypeFromContent: the type a document is stored with, and shown
// with, is what its content is; the name only tells apart what the first
// bytes cannot (a ZIP file's office format, a CSV).
func TestDisk_TypeFromContent(t *testing.T) {
	d := Disk{Root: t.TempDir()}
	report := []byte("%PDF-1.7\n% rendiconto\n%%EOF\n")
	envelope := cadestest.Sign(t, report)
	for _, tc := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"SignedEnvelope", "rendiconto.pdf.p7m", envelope, MIMESignedData},
		{"SignedEnvelopeInBase64", "rendiconto.pdf.p7m", []byte(base64.StdEncoding.EncodeToString(envelope)), MIMESignedData},
		{"SignedEnvelopeNamedOtherwise", "rendiconto.bin", envelope, MIMESignedData},
		{"PDF", "rendiconto.pdf", report, "application/pdf"},
		{"DOCX", "relazione.docx", zipOf(t, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"), mimeDOCX},
		{"XLSX", "quadro.xlsx", zipOf(t, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"), mimeXLSX},
		{"ODT", "relazione.odt", zipOf(t, "mimetype", mimeODT, "content.xml", "<office:document-content/>"), mimeODT},
		{"ZIPNamedDOCX", "relazione.docx", zipOf(t, "programma.exe", "MZ"), "application/zip"},
		{"ODSNamedODT", "relazione.odt", zipOf(t, "mimetype", mimeODS, "content.xml", "<x/>"), "application/zip"},
		{"CSV", "spese.csv", []byte("voce;importo\nserver;100\n"), "text/csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := d.Put(bytes.NewReader(tc.data), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if st.MIMEType != tc.want {
				t.Errorf("stored as %s, want %s", st.MIMEType, tc.want)
			}
		})
	}
}

// zipOf returns a ZIP file of the given names and contents.
func zipOf(t *testing.T, namesAndContents ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i < len(namesAndContents); i += 2 {
		w, err := z.CreateHeader(&zip.FileHeader{Name: namesAndContents[i], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(namesAndContents[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
