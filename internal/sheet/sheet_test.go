package sheet_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/sheet"
)

func rule(err error) string {
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid {
		return ae.Rule
	}
	return fmt.Sprintf("not INVALID: %v", err)
}

// workbook returns an XLSX file whose first sheet holds rows.
func workbook(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellStr("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRead_OK(t *testing.T) {
	want := [][]string{{"Codice ISTAT", "Importo"}, {"044066", "1.234,56"}, {"044023", "70.000,00"}}
	t.Run("XLSX", func(t *testing.T) {
		got, err := sheet.Read("budget.xlsx", workbook(t, want), sheet.DefaultLimits)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, %v; want %v", got, err, want)
		}
	})
	t.Run("CSVSemicolonWithBOM", func(t *testing.T) {
		data := "\ufeffCodice ISTAT;Importo\n044066;1.234,56\r\n044023;70.000,00\n"
		got, err := sheet.Read("budget.csv", []byte(data), sheet.DefaultLimits)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, %v; want %v", got, err, want)
		}
	})
}

func TestRead_Refusals(t *testing.T) {
	small := sheet.Limits{MaxBytes: 1 << 20, MaxUncompressed: 1 << 20, MaxRows: 3, MaxCols: 3, MaxCell: 10}
	for _, tc := range []struct {
		name, file string
		data       []byte
		rule       string
	}{
		{"TooLarge", "b.csv", bytes.Repeat([]byte("a"), 1<<20+1), "sheet.too_large"},
		{"UnknownFormat", "b.pdf", []byte("%PDF"), "sheet.format"},
		{"OldExcel", "b.xls", []byte{0xD0, 0xCF}, "sheet.format"},
		{"NotAZip", "b.xlsx", []byte("this is not a workbook"), "sheet.xlsx"},
		{"TooManyRows", "b.csv", []byte("a\nb\nc\nd\n"), "sheet.rows"},
		{"TooManyColumns", "b.csv", []byte("a;b;c;d\n"), "sheet.columns"},
		{"CellTooLong", "b.csv", []byte("a;" + strings.Repeat("x", 11) + "\n"), "sheet.cell"},
		{"NULInCell", "b.csv", []byte("a;b\x00c\n"), "sheet.cell"},
		{"UTF16", "b.csv", append([]byte{0xFF, 0xFE}, []byte("a\x00;\x00b\x00")...), "sheet.encoding"},
		{"Latin1", "b.csv", []byte("ente\nForl\xec del Sannio\n"), "sheet.encoding"},
		{"BrokenQuotes", "b.csv", []byte("a;\"b\n"), "sheet.csv"},
		{"XLSXTooManyRows", "b.xlsx", workbook(t, [][]string{{"a"}, {"b"}, {"c"}, {"d"}}), "sheet.rows"},
		{"XLSXCellTooLong", "b.xlsx", workbook(t, [][]string{{strings.Repeat("y", 11)}}), "sheet.cell"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sheet.Read(tc.file, tc.data, small)
			if rule(err) != tc.rule {
				t.Fatalf("err %v, want rule %s", err, tc.rule)
			}
		})
	}
}

// bomb returns a 1 MB-ish XLSX-shaped zip whose worksheet inflates to
// inflated bytes of one huge cell, the shape of the outside run's 4.9 MB
// file that took the server past 3 GB.
func bomb(t testing.TB, inflated int) []byte {
	t.Helper()
	valid := workbook(t, [][]string{{"a"}})
	zr, err := zip.NewReader(bytes.NewReader(valid), int64(len(valid)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`)
			chunk := bytes.Repeat([]byte("A"), 1<<20)
			for n := 0; n < inflated; n += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					t.Fatal(err)
				}
			}
			fmt.Fprint(w, `</t></is></c></row></sheetData></worksheet>`)
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(r); err != nil {
			t.Fatal(err)
		}
		r.Close()
		if _, err := w.Write(b.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRead_ZipBombRefusedBeforeInflating(t *testing.T) {
	data := bomb(t, 512<<20) // half a gigabyte of one cell
	if len(data) > sheet.DefaultLimits.MaxBytes {
		t.Fatalf("the bomb is %d bytes: it should fit the upload limit to test the inflated one", len(data))
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := sheet.Read("bomba.xlsx", data, sheet.DefaultLimits)
	runtime.ReadMemStats(&after)
	if rule(err) != "sheet.uncompressed" {
		t.Fatalf("err %v, want sheet.uncompressed", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("refusing the bomb allocated %d MB", grew>>20)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestRead_LargeSheetWithinLimits(t *testing.T) {
	// 20 MB of sheet, above excelize's own in-memory threshold: read in
	// memory within the limits (the reader never spills it to a file).
	lim := sheet.DefaultLimits
	lim.MaxCell = 1 << 30
	rows, err := sheet.Read("grande.xlsx", bomb(t, 20<<20), lim)
	if err != nil {
		t.Fatalf("a 20 MB sheet within the limits: %v", err)
	}
	if len(rows) != 1 || len(rows[0]) != 1 || len(rows[0][0]) < 20<<20 {
		t.Fatalf("got %d rows", len(rows))
	}
}

func FuzzRead(f *testing.F) {
	f.Add("b.csv", []byte("Codice ISTAT;Importo\n044066;1.234,56\n"))
	f.Add("b.csv", []byte("a,\"b\"\"c\",d\r\n"))
	f.Add("b.xlsx", workbook(f, [][]string{{"a", "b"}, {"1", "2"}}))
	lim := sheet.Limits{MaxBytes: 1 << 20, MaxUncompressed: 4 << 20, MaxRows: 100, MaxCols: 20, MaxCell: 200}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		rows, err := sheet.Read(name, data, lim)
		if err != nil {
			if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Invalid {
				t.Fatalf("error is not INVALID: %v", err)
			}
			return
		}
		if len(rows) > lim.MaxRows {
			t.Fatalf("%d rows over the limit", len(rows))
		}
		for _, r := range rows {
			if len(r) > lim.MaxCols {
				t.Fatalf("%d columns over the limit", len(r))
			}
			for _, c := range r {
				if len(c) > lim.MaxCell {
					t.Fatalf("cell of %d bytes over the limit", len(c))
				}
			}
		}
	})
}
