package fatturapa

import (
	"encoding/base64"
	"encoding/pem"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades/cadestest"
)

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
	der := cadestest.Sign(t, xml)
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
		{"signed twice", cadestest.Sign(t, der)},
		{"content with byte order mark", cadestest.Sign(t, append([]byte("\xef\xbb\xbf"), xml...))},
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
		{"signed content is not XML", cadestest.Sign(t, []byte("just text")), "fatturapa.p7m"},
		{"signed content is not an invoice", cadestest.Sign(t, []byte("<html/>")), "fatturapa.xml"},
		{"signed content is a broken invoice", cadestest.Sign(t, xml[:len(xml)-40]), "fatturapa.xml"},
		{"nested too deep", cadestest.Sign(t, cadestest.Sign(t, cadestest.Sign(t, der))), "fatturapa.p7m"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.input)
			if e, ok := apperr.As(err); !ok || e.Rule != tc.rule {
				t.Errorf("got %v, want rule %s", err, tc.rule)
			}
		})
	}
}
