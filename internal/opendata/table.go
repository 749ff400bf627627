package opendata

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// Kind is the kind of values a column holds; it decides how a cell is
// written.
type Kind int

// The column kinds and the Go values their cells accept. Every kind also
// accepts nil, written as an empty cell.
const (
	// Text cells hold a string (or a fmt.Stringer).
	Text Kind = iota
	// Money cells hold euro cents as int64 (or int, or *int64).
	Money
	// Date cells hold a civil.Date (the zero Date is an empty cell) or a
	// time.Time (its date in Europe/Rome).
	Date
	// Int cells hold an int, int32 or int64.
	Int
	// Percent cells hold basis points as int64 or int (10000 = 100%).
	Percent
	// Link cells hold an absolute http(s) URL as a string: written as the
	// URL in CSV, as a clickable hyperlink in XLSX.
	Link
)

// Column is a column of a Table.
type Column struct {
	// Header is the Italian heading, "Importo".
	Header string
	// Kind is the kind of the column's values.
	Kind Kind
}

// Table is a sheet of data: a name, typed columns and rows of cell values
// (see Kind for the values each kind accepts).
type Table struct {
	// Name names the XLSX sheet; Excel allows at most 31 characters and
	// none of : \ / ? * [ ], which are replaced by '-'.
	Name string
	// Columns are the columns in order.
	Columns []Column
	// Rows hold one value per column.
	Rows [][]any
}

// utf8BOM makes Excel read a CSV file as UTF-8, so that accents show right.
const utf8BOM = "\uFEFF"

// CSV writes t as CSV for Italian spreadsheets: UTF-8 with a byte-order
// mark, ';' as separator, CRLF line ends, a header row, amounts as
// "1.234,56" (no currency sign), dates as "23/11/2026", percentages as
// "12,34" (the header says "%"), integers without grouping. A text that a
// spreadsheet would read as a formula (it starts with =, +, -, @, a tab or
// a carriage return: a vendor name or an invoice number from a file is
// untrusted) is written with a leading apostrophe, so that it stays text
// (CSV injection).
func CSV(w io.Writer, t Table) error {
	if err := checkTable(t); err != nil {
		return err
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Header
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	record := make([]string, len(t.Columns))
	for r, row := range t.Rows {
		for i, c := range t.Columns {
			v, err := csvCell(c.Kind, row[i])
			if err != nil {
				return cellError(t, r, i, err)
			}
			record[i] = v
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvCell(k Kind, v any) (string, error) {
	if v == nil {
		return "", nil
	}
	switch k {
	case Text:
		s, err := textValue(v)
		return neutralize(s), err
	case Link:
		return linkValue(v)
	case Money:
		c, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		return money.Format(c), nil
	case Date:
		d, err := dateValue(v)
		if err != nil || d.IsZero() {
			return "", err
		}
		return d.Italian(), nil
	case Int:
		n, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		return strconv.FormatInt(n, 10), nil
	case Percent:
		bp, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		// Basis points are hundredths of a percent: the cents of money.
		return strings.ReplaceAll(money.Format(bp), ".", ""), nil
	}
	return "", fmt.Errorf("unknown column kind %d", k)
}

// XLSX writes the tables as the sheets of one workbook, in order: a bold,
// frozen header row with an autofilter, amounts as numbers with the euro
// format #,##0.00 "€", dates as date cells (dd/mm/yyyy), percentages as
// numbers with 0.00%, and column widths fitted to the content (within
// limits). The output depends only on the input.
func XLSX(w io.Writer, sheets ...Table) error {
	if len(sheets) == 0 {
		return errors.New("opendata: XLSX needs at least one table")
	}
	names := make([]string, len(sheets))
	seen := map[string]bool{}
	for i, t := range sheets {
		if err := checkTable(t); err != nil {
			return err
		}
		names[i] = sheetName(t.Name)
		key := strings.ToLower(names[i])
		if seen[key] {
			return fmt.Errorf("opendata: duplicate sheet name %q", names[i])
		}
		seen[key] = true
	}

	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	for i, t := range sheets {
		if i == 0 {
			if err := f.SetSheetName(f.GetSheetName(0), names[0]); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(names[i]); err != nil {
			return err
		}
		if err := writeSheet(f, names[i], t, st); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

// styles are the cell style ids of a workbook.
type styles struct {
	header  int
	kinds   map[Kind]int
	numFmts map[Kind]string
}

func newStyles(f *excelize.File) (styles, error) {
	st := styles{
		kinds: map[Kind]int{},
		numFmts: map[Kind]string{
			Money:   `#,##0.00 "€"`,
			Date:    "dd/mm/yyyy",
			Int:     "0",
			Percent: "0.00%",
		},
	}
	var err error
	st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "4F5B6B", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return st, err
	}
	// Create the styles in a fixed order: their ids end up in the file.
	for _, k := range []Kind{Money, Date, Int, Percent} {
		nf := st.numFmts[k]
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &nf})
		if err != nil {
			return st, err
		}
		st.kinds[k] = id
	}
	link, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0066CC", Underline: "single"}})
	if err != nil {
		return st, err
	}
	st.kinds[Link] = link
	return st, nil
}

func writeSheet(f *excelize.File, sheet string, t Table, st styles) error {
	widths := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, cell, c.Header); err != nil {
			return err
		}
		widths[i] = textWidth(c.Header)
	}
	for r, row := range t.Rows {
		for i, c := range t.Columns {
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			shown, err := xlsxCell(f, sheet, cell, c.Kind, row[i])
			if err != nil {
				return cellError(t, r, i, err)
			}
			widths[i] = max(widths[i], textWidth(shown))
		}
	}

	last, _ := excelize.CoordinatesToCellName(len(t.Columns), 1)
	if err := f.SetCellStyle(sheet, "A1", last, st.header); err != nil {
		return err
	}
	for i, c := range t.Columns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if id, ok := st.kinds[c.Kind]; ok && len(t.Rows) > 0 {
			if err := f.SetCellStyle(sheet, col+"2", fmt.Sprintf("%s%d", col, len(t.Rows)+1), id); err != nil {
				return err
			}
		}
		// Room for the autofilter button; long text wraps in the header
		// and is cut off visually in the body past 60 characters.
		width := float64(min(max(widths[i]+3, 9), 60))
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	lastRow, _ := excelize.CoordinatesToCellName(len(t.Columns), len(t.Rows)+1)
	return f.AutoFilter(sheet, "A1:"+lastRow, nil)
}

// xlsxCell writes one value and returns it as displayed, for the width.
func xlsxCell(f *excelize.File, sheet, cell string, k Kind, v any) (string, error) {
	if v == nil {
		return "", nil
	}
	switch k {
	case Text:
		// A string cell: spreadsheets never evaluate it as a formula.
		s, err := textValue(v)
		if err != nil {
			return "", err
		}
		return s, f.SetCellStr(sheet, cell, s)
	case Link:
		u, err := linkValue(v)
		if err != nil || u == "" {
			return "", err
		}
		if err := f.SetCellStr(sheet, cell, u); err != nil {
			return "", err
		}
		return u, f.SetCellHyperLink(sheet, cell, u, "External")
	case Money:
		c, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		return money.FormatEUR(c), f.SetCellFloat(sheet, cell, float64(c)/100, -1, 64)
	case Date:
		d, err := dateValue(v)
		if err != nil || d.IsZero() {
			return "", err
		}
		if !d.Valid() || d.Before(civil.New(1900, time.March, 1)) {
			return "", fmt.Errorf("date %s outside the range of spreadsheet dates", d)
		}
		return d.Italian(), f.SetCellInt(sheet, cell, excelSerial(d))
	case Int:
		n, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		return strconv.FormatInt(n, 10), f.SetCellInt(sheet, cell, n)
	case Percent:
		bp, ok, err := intValue(v)
		if err != nil || !ok {
			return "", err
		}
		return money.Format(bp) + "%", f.SetCellFloat(sheet, cell, float64(bp)/10000, -1, 64)
	}
	return "", fmt.Errorf("unknown column kind %d", k)
}

// excelSerial is the spreadsheet serial number of d (days since
// 1899-12-30, the 1900 date system, exact from 1 March 1900).
func excelSerial(d civil.Date) int64 {
	epoch := time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	return int64(d.In(time.UTC).Sub(epoch) / (24 * time.Hour))
}

// ---- Cell values -----------------------------------------------------------

// neutralize keeps a CSV text cell from being read as a formula (OWASP,
// "CSV Injection"): a leading =, +, -, @, tab or carriage return gets an
// apostrophe in front.
func neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// linkValue returns the absolute http(s) URL in v ("" for an empty string).
func linkValue(v any) (string, error) {
	s, err := textValue(v)
	if err != nil || s == "" {
		return "", err
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", fmt.Errorf("want an absolute http(s) URL, got %q", s)
	}
	return s, nil
}

func textValue(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case fmt.Stringer:
		return x.String(), nil
	}
	return "", fmt.Errorf("want a string, got %T", v)
}

// intValue returns the integer in v; ok is false for a nil *int64.
func intValue(v any) (n int64, ok bool, err error) {
	switch x := v.(type) {
	case int64:
		return x, true, nil
	case int:
		return int64(x), true, nil
	case int32:
		return int64(x), true, nil
	case *int64:
		if x == nil {
			return 0, false, nil
		}
		return *x, true, nil
	}
	return 0, false, fmt.Errorf("want an integer, got %T", v)
}

func dateValue(v any) (civil.Date, error) {
	switch x := v.(type) {
	case civil.Date:
		return x, nil
	case time.Time:
		if x.IsZero() {
			return civil.Date{}, nil
		}
		return civil.Of(x.In(civil.Rome)), nil
	}
	return civil.Date{}, fmt.Errorf("want a civil.Date or time.Time, got %T", v)
}

// ---- Checks and helpers ----------------------------------------------------

func checkTable(t Table) error {
	if len(t.Columns) == 0 {
		return fmt.Errorf("opendata: table %q has no columns", t.Name)
	}
	for i, c := range t.Columns {
		if c.Kind < Text || c.Kind > Link {
			return fmt.Errorf("opendata: table %q, column %d (%s): unknown kind %d", t.Name, i+1, c.Header, c.Kind)
		}
	}
	for r, row := range t.Rows {
		if len(row) != len(t.Columns) {
			return fmt.Errorf("opendata: table %q, row %d: %d values for %d columns", t.Name, r+1, len(row), len(t.Columns))
		}
	}
	return nil
}

func cellError(t Table, row, col int, err error) error {
	return fmt.Errorf("opendata: table %q, row %d, column %q: %w", t.Name, row+1, t.Columns[col].Header, err)
}

// sheetName makes name a valid sheet name: the forbidden characters become
// '-', and it is cut to 31 characters; an empty name becomes "Foglio".
func sheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, "'")
	if utf8.RuneCountInString(name) > 31 {
		name = string([]rune(name)[:31])
	}
	if name == "" {
		name = "Foglio"
	}
	return name
}

// textWidth approximates the width of s in characters of the default font.
func textWidth(s string) int {
	w := 0
	for _, line := range strings.Split(s, "\n") {
		w = max(w, utf8.RuneCountInString(line))
	}
	return w
}
