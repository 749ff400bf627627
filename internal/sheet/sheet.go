// Package sheet reads the grids users upload — CSV exported by Italian
// spreadsheets, or the first sheet of an XLSX workbook — within limits
// checked before the work starts, so that a hostile or broken file costs a
// bounded amount of memory, time and disk.
//
// An XLSX file is a zip archive: its entries' declared sizes are read from
// the central directory and refused above Limits.MaxUncompressed before
// anything is inflated (Go's zip reader then refuses an entry that inflates
// beyond what it declared, so a lying archive fails too); the workbook is
// kept in memory (no temporary files) and its rows are streamed, each row
// and cell checked as it is read. A CSV must be UTF-8 (a UTF-16 file, what
// some spreadsheets call "Unicode text", is refused with the way out).
//
// Every refusal is an INVALID *apperr.Error on field "file" with a rule
// sheet.* and an Italian message.
package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/textenc"
)

// Limits bound what Read accepts.
type Limits struct {
	// MaxBytes is the largest file accepted, as uploaded.
	MaxBytes int
	// MaxUncompressed is the largest total of an XLSX archive's entries
	// once inflated.
	MaxUncompressed int64
	// MaxRows is the largest number of rows, header included.
	MaxRows int
	// MaxCols is the largest number of columns in a row.
	MaxCols int
	// MaxCell is the longest cell, in bytes.
	MaxCell int
}

// DefaultLimits suit a budget grid or a reference list: a 64-member
// aggregation's budget is a few hundred rows of a dozen columns.
var DefaultLimits = Limits{
	MaxBytes:        5 << 20,
	MaxUncompressed: 40 << 20,
	MaxRows:         20_000,
	MaxCols:         50,
	MaxCell:         1_000,
}

// maxEntries bounds the number of files in an XLSX archive; a workbook has
// a few dozen.
const maxEntries = 1_000

func refuse(rule, format string, args ...any) error {
	return apperr.InvalidField("file", "sheet."+rule, fmt.Sprintf(format, args...))
}

// Read returns the rows of a CSV (comma or semicolon separated, UTF-8 with
// or without byte order mark) or of the first sheet of an XLSX workbook,
// chosen by the file name's extension (.csv, .txt or none: CSV). Rows keep
// their cells as text; trailing empty cells of an XLSX row are dropped.
func Read(filename string, data []byte, lim Limits) ([][]string, error) {
	if len(data) > lim.MaxBytes {
		return nil, refuse("too_large", "Il file supera i %s ammessi.", size(int64(lim.MaxBytes)))
	}
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".xlsx":
		return readXLSX(data, lim)
	case ".csv", ".txt", "":
		return readCSV(data, lim)
	case ".xls", ".ods":
		return nil, refuse("format", "Formato non supportato (%s): salvare il foglio come XLSX o CSV.", filepath.Ext(filename))
	}
	return nil, refuse("format", "Formato non supportato: usare un file CSV o XLSX.")
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// readXLSX checks the archive's declared sizes, then streams the first
// sheet's rows.
func readXLSX(data []byte, lim Limits) ([][]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, refuse("xlsx", "Il file non è un foglio XLSX leggibile.")
	}
	if len(zr.File) > maxEntries {
		return nil, refuse("xlsx", "Il file XLSX contiene troppe parti (%d).", len(zr.File))
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(lim.MaxUncompressed) || f.UncompressedSize64 > uint64(lim.MaxUncompressed) {
			return nil, refuse("uncompressed", "Il foglio XLSX, decompresso, supera i %s ammessi: ridurlo o salvarlo come CSV.",
				size(lim.MaxUncompressed))
		}
	}
	// Everything stays in memory (UnzipXMLSizeLimit at the same bound):
	// excelize would otherwise spill a large sheet to a temporary file.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: lim.MaxUncompressed, UnzipXMLSizeLimit: lim.MaxUncompressed,
	})
	if err != nil {
		return nil, refuse("xlsx", "Il file non è un foglio XLSX leggibile.")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, refuse("empty", "Il foglio di calcolo è vuoto.")
	}
	it, err := f.Rows(sheets[0])
	if err != nil {
		return nil, refuse("xlsx", "Il primo foglio non è leggibile.")
	}
	defer it.Close()
	var rows [][]string
	for it.Next() {
		if len(rows) == lim.MaxRows {
			return nil, tooManyRows(lim)
		}
		cols, err := it.Columns()
		if err != nil {
			return nil, refuse("xlsx", "Il primo foglio non è leggibile (riga %d).", len(rows)+1)
		}
		if err := checkRow(cols, len(rows)+1, lim); err != nil {
			return nil, err
		}
		rows = append(rows, cols)
	}
	if err := it.Error(); err != nil {
		return nil, refuse("xlsx", "Il primo foglio non è leggibile.")
	}
	return rows, nil
}

func tooManyRows(lim Limits) error {
	return refuse("rows", "Il file ha più di %d righe.", lim.MaxRows)
}

func checkRow(cols []string, row int, lim Limits) error {
	if len(cols) > lim.MaxCols {
		return refuse("columns", "La riga %d ha %d colonne: al massimo %d.", row, len(cols), lim.MaxCols)
	}
	for i, c := range cols {
		if len(c) > lim.MaxCell {
			return refuse("cell", "La cella della riga %d, colonna %d, supera i %d caratteri.", row, i+1, lim.MaxCell)
		}
		if strings.IndexByte(c, 0) >= 0 {
			return refuse("cell", "La cella della riga %d, colonna %d, contiene caratteri non ammessi.", row, i+1)
		}
	}
	return nil
}

// readCSV reads a UTF-8 CSV, guessing the separator from the first line.
func readCSV(data []byte, lim Limits) ([][]string, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, refuse("encoding", "Il file è in UTF-16 («testo Unicode»): salvarlo come «CSV UTF-8».")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:textenc.FirstInvalidUTF8(data)], []byte("\n"))
		return nil, refuse("encoding", "Il file non è in UTF-8 (riga %d): salvarlo come «CSV UTF-8».", line)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	head, _, _ := bytes.Cut(data, []byte("\n"))
	cr.Comma = textenc.Separator(string(head))
	cr.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, refuse("csv", "Il file CSV non è leggibile: riga %d, colonna %d.", pe.Line, pe.Column)
			}
			return nil, refuse("csv", "Il file CSV non è leggibile.")
		}
		if len(rows) == lim.MaxRows {
			return nil, tooManyRows(lim)
		}
		if err := checkRow(rec, len(rows)+1, lim); err != nil {
			return nil, err
		}
		rows = append(rows, rec)
	}
}
