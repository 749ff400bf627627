package fatturapa

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/smallstep/pkcs7"

	"github.com/capofila/capofila/internal/apperr"
)

var signer = sync.OnceValues(func() (*x509.Certificate, *ecdsa.PrivateKey) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "ROSSI MARIO", SerialNumber: "TINIT-RSSMRA70A01H501S", Country: []string{"IT"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		panic(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	return cert, key
})

// sign wraps content in a CAdES-like PKCS#7 SignedData envelope (DER).
func sign(t testing.TB, content []byte) []byte {
	t.Helper()
	cert, key := signer()
	sd, err := pkcs7.NewSignedData(content)
	if err != nil {
		t.Fatal(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(cert, key, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	der, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// wrapBase64 encodes der as base64 in lines of 76 characters, as mail
// clients and some portals do.
func wrapBase64(der []byte) []byte {
	s := base64.StdEncoding.EncodeToString(der)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s + "\r\n")
	return []byte(b.String())
}

func TestParseP7M(t *testing.T) {
	xml := readTestdata(t, "fpa12_single.xml")
	der := sign(t, xml)
	want := singleWant()
	want.Signed = true
	for _, tc := range []struct {
		name  string
		input []byte
	}{
		{"DER", der},
		{"base64 on one line", []byte(base64.StdEncoding.EncodeToString(der))},
		{"base64 in lines of 76 characters", wrapBase64(der)},
		{"base64 without padding", []byte(base64.RawStdEncoding.EncodeToString(der))},
		{"PEM", pem.EncodeToMemory(&pem.Block{Type: "PKCS7", Bytes: der})},
		{"signed twice", sign(t, der)},
		{"content with byte order mark", sign(t, append([]byte("\xef\xbb\xbf"), xml...))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.input)
			if err != nil {
				t.Fatal(err)
			}
			assertFile(t, f, want)
		})
	}

	for _, tc := range []struct {
		name  string
		input []byte
		rule  string
	}{
		{"truncated DER", der[:len(der)/2], "fatturapa.p7m"},
		{"corrupted base64", append([]byte("!!"), wrapBase64(der)...), "fatturapa.p7m"},
		{"signed content is not XML", sign(t, []byte("just text")), "fatturapa.p7m"},
		{"signed content is not an invoice", sign(t, []byte("<html/>")), "fatturapa.xml"},
		{"signed content is a broken invoice", sign(t, xml[:len(xml)-40]), "fatturapa.xml"},
		{"nested too deep", sign(t, sign(t, sign(t, der))), "fatturapa.p7m"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.input)
			if e, ok := apperr.As(err); !ok || e.Rule != tc.rule {
				t.Errorf("got %v, want rule %s", err, tc.rule)
			}
		})
	}
}

func TestBERShape(t *testing.T) {
	der := sign(t, readTestdata(t, "fpa12_single.xml"))
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
