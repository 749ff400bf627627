package textenc

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Kind is what Unwrap found in a downloaded file.
type Kind int

// The kinds of downloaded files.
const (
	// Text is a plain CSV or TXT file.
	Text Kind = iota
	// Sheet is an Excel workbook (XLSX), read as the rows of its first
	// sheet.
	Sheet
)

var zipMagic = []byte("PK\x03\x04")

// Unwrap opens what a user downloads: a CSV as it is, a ZIP archive holding
// one CSV (ISTAT's POSAS_2025_it_Comuni.zip) whose content it returns, or an
// XLSX workbook, reported as Sheet. max bounds the size of the extracted
// file, checked before it is read (a zip bomb is refused).
func Unwrap(data []byte, max int64) ([]byte, Kind, error) {
	if !bytes.HasPrefix(data, zipMagic) {
		return data, Text, nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, Text, fmt.Errorf("archivio ZIP illeggibile: %v", err)
	}
	var csvs []*zip.File
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" || strings.HasPrefix(f.Name, "xl/") {
			return data, Sheet, nil
		}
		switch strings.ToLower(path.Ext(f.Name)) {
		case ".csv", ".txt":
			csvs = append(csvs, f)
		}
	}
	if len(csvs) != 1 {
		return nil, Text, fmt.Errorf("l'archivio ZIP contiene %d file CSV: ne serve uno (estrarre quello giusto e indicarlo)", len(csvs))
	}
	f := csvs[0]
	if f.UncompressedSize64 > uint64(max) {
		return nil, Text, fmt.Errorf("%s: %d byte estratti, oltre il limite di %d", f.Name, f.UncompressedSize64, max)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, Text, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, Text, fmt.Errorf("%s: %v", f.Name, err)
	}
	if int64(len(b)) > max {
		return nil, Text, fmt.Errorf("%s: oltre il limite di %d byte", f.Name, max)
	}
	return b, Text, nil
}

// SheetRows returns the rows of an XLSX workbook's first sheet, at most
// maxRows (plus the header).
func SheetRows(data []byte, maxRows int) ([][]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("foglio Excel illeggibile: %v", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("il foglio Excel non ha fogli")
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		if len(out) > maxRows {
			return nil, fmt.Errorf("riga %d: il foglio ha più di %d righe", len(out)+1, maxRows)
		}
		r, err := rows.Columns()
		if err != nil {
			return nil, fmt.Errorf("riga %d: %v", len(out)+1, err)
		}
		out = append(out, r)
	}
	return out, rows.Error()
}

// Open turns a downloaded file into CSV text bytes: a plain file as it is,
// the CSV inside a ZIP archive, or the first sheet of an XLSX workbook
// written as UTF-8 CSV (one line per row, so line numbers are row numbers).
func Open(data []byte, max int64, maxRows int) ([]byte, error) {
	b, kind, err := Unwrap(data, max)
	if err != nil || kind == Text {
		return b, err
	}
	rows, err := SheetRows(b, maxRows)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, r := range rows {
		for i := range r {
			r[i] = strings.ReplaceAll(r[i], "\n", " ")
		}
		if err := w.Write(r); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
