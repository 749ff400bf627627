package textenc_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/internal/textenc"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		enc            textenc.Encoding
		err            string
	}{
		{"UTF8", "Forlì;Città\n", "Forlì;Città\n", textenc.UTF8, ""},
		{"BOM", "\xEF\xBB\xBFEtà\n", "Età\n", textenc.UTF8BOM, ""},
		{"Windows1252", "Et\xe0;\x80\n", "Età;€\n", textenc.Windows1252, ""},
		{"ErrBOMButLatin1", "\xEF\xBB\xBFa\nEt\xe0\n", "", "", "riga 2: il file dichiara UTF-8"},
		{"ErrUndefinedByte", "a\nb\nc\x81\n", "", "", "riga 3: il file non è né UTF-8 né Windows-1252"},
		{"ErrUTF16", "\xff\xfea\x00b\x00", "", "", "riga 1: il file contiene un carattere nullo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := textenc.Decode([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want || enc != tc.enc {
				t.Errorf("got %q %q %v, want %q %q", got, enc, err, tc.want, tc.enc)
			}
		})
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, body := range files {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestOpen(t *testing.T) {
	csv := "Codice_IPA,Denominazione_ente\nc_c067,Comune di Castelbuono\n"
	t.Run("PlainFile", func(t *testing.T) {
		got, err := textenc.Open([]byte(csv), 1<<20, 10)
		if err != nil || string(got) != csv {
			t.Errorf("%q %v", got, err)
		}
	})
	t.Run("ZipWithOneCSV", func(t *testing.T) {
		got, err := textenc.Open(zipOf(t, map[string]string{"POSAS_2025_it_Comuni.csv": csv, "LEGGIMI.pdf": "x"}), 1<<20, 10)
		if err != nil || string(got) != csv {
			t.Errorf("%q %v", got, err)
		}
	})
	t.Run("ErrZipWithTwoCSV", func(t *testing.T) {
		_, err := textenc.Open(zipOf(t, map[string]string{"a.csv": csv, "b.csv": csv}), 1<<20, 10)
		if err == nil || !strings.Contains(err.Error(), "contiene 2 file CSV") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("ErrZipBomb", func(t *testing.T) {
		_, err := textenc.Open(zipOf(t, map[string]string{"a.csv": strings.Repeat("0", 5000)}), 1000, 10)
		if err == nil || !strings.Contains(err.Error(), "oltre il limite") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("Workbook", func(t *testing.T) {
		f := excelize.NewFile()
		for i, row := range [][]any{{"Codice_IPA", "Denominazione_ente"}, {"c_c067", "Comune di Castelbuono"}} {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := textenc.Open(buf.Bytes(), 1<<20, 10)
		if err != nil || string(got) != csv {
			t.Errorf("%q %v", got, err)
		}
		if _, err := textenc.Open(buf.Bytes(), 1<<20, 0); err == nil || !strings.Contains(err.Error(), "più di 0 righe") {
			t.Errorf("row limit: %v", err)
		}
	})
}

func TestSeparator(t *testing.T) {
	for in, want := range map[string]rune{
		`"Codice comune";"Comune";"Età"`:               ';',
		"Codice_IPA,Denominazione_ente,Codice_fiscale": ',',
		"cod_amm\tcod_ou\tcod_uni_ou":                  '\t',
		`"Agenzia, per l'Italia";x`:                    ';',
	} {
		if got := textenc.Separator(in); got != want {
			t.Errorf("Separator(%q) = %q, want %q", in, got, want)
		}
	}
}
