package cades

import (
	"bytes"
	"encoding/base64"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smallstep/pkcs7"

	"github.com/capofila/capofila/internal/cades/cadestest"
)

func TestUnwrap(t *testing.T) {
	report := []byte("%PDF-1.7\n% rendiconto firmato\n%%EOF\n")
	der := cadestest.Sign(t, report)
	cert, _ := cadestest.Signer()
	certsOnly, err := pkcs7.DegenerateCertificate(cert.Raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want []byte // nil: refused
	}{
		{"DER", der, report},
		{"base64", []byte(base64.StdEncoding.EncodeToString(der)), report},
		{"PEM", pem.EncodeToMemory(&pem.Block{Type: "PKCS7", Bytes: der}), report},
		{"ErrCertificatesOnly", certsOnly, nil},
		{"ErrTruncated", der[:len(der)/2], nil},
		{"ErrPDF", report, nil},
		{"ErrText", []byte("non è una busta firmata"), nil},
		{"ErrEmpty", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Unwrap(tc.in)
			if ok != (tc.want != nil) || !bytes.Equal(got, tc.want) {
				t.Errorf("Unwrap = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

// TestUnwrap_OpenSSLEnvelope reads an envelope made by another tool:
// "openssl cms -sign -nodetach -binary -outform DER", as the signing
// software of Italian smart cards writes them (CAdES-BES, SHA-256).
func TestUnwrap_OpenSSLEnvelope(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(openssl, args...).CombinedOutput(); err != nil {
			t.Fatalf("openssl %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	path := func(name string) string { return filepath.Join(dir, name) }
	report := []byte("%PDF-1.7\n% rendiconto firmato con openssl\n%%EOF\n")
	if err := os.WriteFile(path("rendiconto.pdf"), report, 0o600); err != nil {
		t.Fatal(err)
	}
	run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
		"-subj", "/CN=ROSSI MARIO/serialNumber=TINIT-RSSMRA70A01H501S/C=IT", "-keyout", path("key.pem"), "-out", path("cert.pem"))
	run("cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in", path("rendiconto.pdf"),
		"-signer", path("cert.pem"), "-inkey", path("key.pem"), "-outform", "DER", "-out", path("rendiconto.pdf.p7m"))
	der, err := os.ReadFile(path("rendiconto.pdf.p7m"))
	if err != nil {
		t.Fatal(err)
	}
	if !LooksSigned(der[:min(len(der), 512)]) {
		t.Errorf("LooksSigned refuses openssl's envelope")
	}
	if got, ok := Unwrap(der); !ok || !bytes.Equal(got, report) {
		t.Errorf("Unwrap = %q, %v; want the report", got, ok)
	}
	run("cms", "-sign", "-binary", "-md", "sha256", "-in", path("rendiconto.pdf"),
		"-signer", path("cert.pem"), "-inkey", path("key.pem"), "-outform", "DER", "-out", path("detached.p7s"))
	detached, err := os.ReadFile(path("detached.p7s"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := Unwrap(detached); ok {
		t.Errorf("a detached signature (no content) is accepted as an envelope")
	}
}

func TestLooksSigned(t *testing.T) {
	der := cadestest.Sign(t, bytes.Repeat([]byte("x"), 300)) // a long-form length
	for _, tc := range []struct {
		name string
		head []byte
		want bool
	}{
		{"DER", der[:64], true},
		{"BER indefinite", append([]byte{0x30, 0x80}, oidSignedData...), true},
		{"ErrEnvelopedData", []byte{0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03}, false},
		{"ErrPDF", []byte("%PDF-1.7"), false},
		{"ErrShort", []byte{0x30}, false},
		{"ErrLongLength", []byte{0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9}, false},
	} {
		if got := LooksSigned(tc.head); got != tc.want {
			t.Errorf("%s: LooksSigned = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestBERShape(t *testing.T) {
	der := cadestest.Sign(t, []byte("<FatturaElettronica/>"))
	if !berShapeOK(der) {
		t.Error("a real envelope is refused")
	}
	// BER with indefinite lengths, as some signing tools write.
	ber := []byte{0x30, 0x80, 0x04, 0x01, 'x', 0x30, 0x80, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00}
	if !berShapeOK(ber) {
		t.Error("indefinite lengths refused")
	}
	for name, b := range map[string][]byte{
		"deep definite":     deepDefinite(maxBERDepth + 1),
		"deep indefinite":   []byte(strings.Repeat("\x30\x80", maxBERDepth+1) + "\x05\x00" + strings.Repeat("\x00", 2*maxBERDepth+2)),
		"many elements":     append([]byte{0x30, 0x80}, append([]byte(strings.Repeat("\x04\x00", maxBERElements)), 0, 0)...),
		"length past end":   {0x30, 0x05, 0x04, 0x01},
		"primitive + 0x80":  {0x04, 0x80, 0x00, 0x00},
		"unterminated":      {0x30, 0x80, 0x04, 0x00},
		"long length of 5":  {0x04, 0x85, 1, 1, 1, 1, 1},
		"empty input":       {},
		"only a tag":        {0x30},
		"high tag unclosed": {0x3f, 0x81, 0x81},
	} {
		if berShapeOK(b) {
			t.Errorf("%s: accepted", name)
		}
	}
	if !berShapeOK(deepDefinite(maxBERDepth)) {
		t.Error("definite nesting at the limit refused")
	}
	atLimit := strings.Repeat("\x30\x80", maxBERDepth) + "\x05\x00" + strings.Repeat("\x00", 2*maxBERDepth)
	if !berShapeOK([]byte(atLimit)) {
		t.Error("indefinite nesting at the limit refused")
	}
}

// deepDefinite nests a NULL in n definite-length SEQUENCEs.
func deepDefinite(n int) []byte {
	b := []byte{0x05, 0x00}
	for i := 0; i < n; i++ {
		switch l := len(b); {
		case l < 0x80:
			b = append([]byte{0x30, byte(l)}, b...)
		case l < 0x100:
			b = append([]byte{0x30, 0x81, byte(l)}, b...)
		default:
			b = append([]byte{0x30, 0x82, byte(l >> 8), byte(l)}, b...)
		}
	}
	return b
}
