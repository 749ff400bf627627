// Package population reads ISTAT's yearly figures of the population resident
// at 1 January in each comune, loads them as PopulationFigure rows, and
// tells which figure a split by population or a per-inhabitant amount must
// use: the year the call names, or else each body's latest figure, all from
// one year.
package population

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/capofila/capofila/internal/textenc"
)

// Format is the layout of a population file.
type Format string

// The formats Parse reads.
const (
	// FormatPOSAS is the CSV of demo.istat.it, "Popolazione residente al 1°
	// gennaio" (POSAS) by comune, age and sex: a title line naming the year,
	// a header with "Codice comune", "Età" and "Totale", one row per comune
	// and age (0–100) and a total row with age 999.
	FormatPOSAS Format = "demo.istat.it POSAS"
	// FormatSDMX is the SDMX-CSV of esploradati.istat.it (dataflow
	// DCIS_POPRES1): columns DATAFLOW, REF_AREA, DATA_TYPE, SEX, AGE,
	// MARITAL_STATUS, TIME_PERIOD, OBS_VALUE, with codes or "code: label".
	FormatSDMX Format = "esploradati.istat.it SDMX-CSV"
	// FormatIStat is the CSV of the former dati.istat.it (I.Stat): columns
	// ITTER107, TIPO_DATO15, SEXISTAT1, ETA1, STATCIV2, TIME, Value.
	FormatIStat Format = "dati.istat.it (I.Stat) CSV"
)

// Limits bound what Parse accepts, checked before the work starts.
type Limits struct {
	// MaxBytes is the largest file accepted; ISTAT's national POSAS file of
	// every comune is about 45 MB.
	MaxBytes int64
	// MaxRows is the largest number of data rows (every comune × 102 ages is
	// about 810,000).
	MaxRows int
}

// DefaultLimits fit ISTAT's national files with room to spare.
var DefaultLimits = Limits{MaxBytes: 128 << 20, MaxRows: 2_000_000}

// Figure is the population of one comune in a file.
type Figure struct {
	// ISTAT is the 6-digit code of the comune, e.g. "044066".
	ISTAT string
	// Name is the comune's name in the file, when the file has one.
	Name string
	// Population is the resident population at 1 January of File.Year.
	Population int
	// Line is the line of the file the figure comes from.
	Line int
}

// File is a parsed population file.
type File struct {
	Format   Format
	Encoding textenc.Encoding
	// Year is the year of 1 January the figures refer to.
	Year int
	// Title is the title line of a POSAS file.
	Title string
	// Rows counts the data rows read; Figures has one entry per comune.
	Rows    int
	Figures []Figure
}

// Source describes the figures for PopulationFigure.source, e.g. "ISTAT,
// popolazione residente al 1° gennaio 2025 (demo.istat.it POSAS)".
func (f *File) Source() string {
	return fmt.Sprintf("ISTAT, popolazione residente al 1° gennaio %d (%s)", f.Year, f.Format)
}

// LineError is a problem at one line of the file.
type LineError struct {
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("riga %d: %s", e.Line, e.Msg) }

func lineErr(line int, format string, args ...any) error {
	return &LineError{Line: line, Msg: fmt.Sprintf(format, args...)}
}

// ErrUnknownFormat is returned for a file that is none of the formats.
var ErrUnknownFormat = errors.New("formato non riconosciuto: servono il CSV «Popolazione residente al 1° gennaio» per comune di demo.istat.it " +
	"(POSAS, con la riga del titolo e le colonne «Codice comune», «Età», «Totale») o l'SDMX-CSV di esploradati.istat.it " +
	"(colonne REF_AREA, TIME_PERIOD, OBS_VALUE); la popolazione legale del censimento o il bilancio demografico non vanno bene")

var reTitleYear = regexp.MustCompile(`(?i)1\s*°?\s*(?:º\s*)?gennaio\s+((?:19|20|21)\d\d)`)

// Parse reads a population file. data is the whole file, whose size the
// caller has checked against lim.MaxBytes; year, when not zero, is the year
// the user says the file refers to and must agree with the file's own.
func Parse(data []byte, year int, lim Limits) (*File, error) {
	if int64(len(data)) > lim.MaxBytes {
		return nil, fmt.Errorf("il file è di %d byte, oltre il limite di %d", len(data), lim.MaxBytes)
	}
	data, err := textenc.Open(data, lim.MaxBytes, lim.MaxRows)
	if err != nil {
		return nil, err
	}
	text, enc, err := textenc.Decode(data)
	if err != nil {
		return nil, err
	}
	lines := strings.SplitN(text, "\n", 3)
	first := strings.TrimRight(lines[0], "\r")
	f := &File{Encoding: enc}
	headerLine := 1
	if isTitle(first) {
		f.Title = strings.Trim(strings.TrimSpace(first), `";`)
		headerLine = 2
	}
	body := text
	if headerLine == 2 {
		_, body, _ = strings.Cut(text, "\n")
	}
	head, _, _ := strings.Cut(body, "\n")
	r := csv.NewReader(strings.NewReader(body))
	r.Comma = textenc.Separator(head)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return nil, lineErr(headerLine, "intestazione illeggibile: %v", err)
	}
	cols := columns(header)
	switch {
	case cols.has("codicecomune") && cols.has("età") && cols.has("totale"):
		f.Format = FormatPOSAS
		if m := reTitleYear.FindStringSubmatch(f.Title); m != nil {
			f.Year, _ = strconv.Atoi(m[1])
		}
		if f.Year == 0 && year == 0 {
			return nil, lineErr(1, "il titolo del file non dice l'anno («… al 1° gennaio 2025»): indicarlo con --year")
		}
		err = parsePOSAS(f, r, cols, headerLine, lim)
	case cols.has("refarea") && cols.has("timeperiod") && cols.has("obsvalue"):
		f.Format = FormatSDMX
		err = parseSDMX(f, r, cols, sdmxSDMX, headerLine, lim)
	case cols.has("itter107") && cols.has("time") && cols.has("value"):
		f.Format = FormatIStat
		err = parseSDMX(f, r, cols, sdmxIStat, headerLine, lim)
	default:
		return nil, ErrUnknownFormat
	}
	if err != nil {
		return nil, err
	}
	switch {
	case year != 0 && f.Year != 0 && year != f.Year:
		return nil, fmt.Errorf("il file riporta la popolazione al 1° gennaio %d, non del %d indicato", f.Year, year)
	case f.Year == 0:
		f.Year = year
	}
	if f.Year < 1861 || f.Year > 2100 {
		return nil, fmt.Errorf("anno %d fuori dall'intervallo 1861–2100", f.Year)
	}
	if len(f.Figures) == 0 {
		return nil, errors.New("il file non contiene la popolazione totale di alcun comune")
	}
	return f, nil
}

// isTitle reports whether the first line is a title rather than a header:
// it speaks of the population and names no column of the known layouts.
func isTitle(line string) bool {
	l := strings.ToLower(line)
	if !strings.Contains(l, "popolazione") {
		return false
	}
	for _, col := range []string{"codice comune", "ref_area", "itter107", "dataflow"} {
		if strings.Contains(l, col) {
			return false
		}
	}
	return true
}

type colIndex map[string]int

func columns(header []string) colIndex {
	c := colIndex{}
	for i, h := range header {
		k := textenc.Normalize(code(strings.Trim(h, `"`)))
		if _, dup := c[k]; !dup {
			c[k] = i
		}
	}
	return c
}

func (c colIndex) has(k string) bool { _, ok := c[k]; return ok }

func (c colIndex) get(rec []string, k string) string {
	i, ok := c[k]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// istatCode pads a comune code that lost its leading zeros ("44066") and
// checks it has 6 digits.
func istatCode(s string) (string, bool) {
	if s == "" || len(s) > 6 {
		return "", false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	return strings.Repeat("0", 6-len(s)) + s, true
}

// count parses a non-negative count, allowing "." as thousands separator
// ("46.963") and an empty cell as zero.
func count(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	s = strings.ReplaceAll(s, ".", "")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0 && n <= 100_000_000
}

// posasComune accumulates one comune's rows of a POSAS file.
type posasComune struct {
	fig     Figure
	ages    int // sum of the age rows' totals
	nAges   int
	hasTot  bool
	started int
}

func parsePOSAS(f *File, r *csv.Reader, cols colIndex, headerLine int, lim Limits) error {
	nameCol := "comune"
	if !cols.has(nameCol) {
		nameCol = "denominazione"
	}
	maleCol, femaleCol := "totalemaschi", "totalefemmine"
	if !cols.has(maleCol) {
		maleCol, femaleCol = "maschi", "femmine"
	}
	byCode := map[string]*posasComune{}
	var order []string
	for {
		rec, line, err := nextRow(r, f, headerLine, lim)
		if err != nil {
			return err
		}
		if rec == nil {
			break
		}
		raw := cols.get(rec, "codicecomune")
		code, ok := istatCode(raw)
		if !ok {
			return lineErr(line, "codice comune %q non valido: servono 6 cifre (es. 044066)", raw)
		}
		age, err := strconv.Atoi(cols.get(rec, "età"))
		if err != nil || age < 0 || (age > 120 && age != 999) {
			return lineErr(line, "età %q non valida: 0–100 o 999 per il totale", cols.get(rec, "età"))
		}
		total, ok := count(cols.get(rec, "totale"))
		if !ok || cols.get(rec, "totale") == "" {
			return lineErr(line, "totale %q non valido", cols.get(rec, "totale"))
		}
		if cols.has(maleCol) && cols.has(femaleCol) {
			m, okM := count(cols.get(rec, maleCol))
			w, okW := count(cols.get(rec, femaleCol))
			if !okM || !okW {
				return lineErr(line, "maschi %q o femmine %q non validi", cols.get(rec, maleCol), cols.get(rec, femaleCol))
			}
			if m+w != total {
				return lineErr(line, "%s, età %d: maschi %d + femmine %d = %d, non il totale %d", code, age, m, w, m+w, total)
			}
		}
		c := byCode[code]
		if c == nil {
			c = &posasComune{fig: Figure{ISTAT: code, Name: cols.get(rec, nameCol)}, started: line}
			byCode[code] = c
			order = append(order, code)
		}
		if age == 999 {
			if c.hasTot {
				return lineErr(line, "comune %s: seconda riga di totale (età 999)", code)
			}
			c.hasTot, c.fig.Population, c.fig.Line = true, total, line
			continue
		}
		c.ages += total
		c.nAges++
	}
	for _, code := range order {
		c := byCode[code]
		switch {
		case !c.hasTot:
			return lineErr(c.started, "comune %s %s: manca la riga del totale (età 999): il file è troncato?", code, c.fig.Name)
		case c.nAges > 0 && c.ages != c.fig.Population:
			return lineErr(c.fig.Line, "comune %s %s: le righe per età sommano %d ma il totale (età 999) è %d", code, c.fig.Name, c.ages, c.fig.Population)
		}
		f.Figures = append(f.Figures, c.fig)
	}
	return nil
}

// sdmxColumns names the columns of the SDMX-like layouts.
type sdmxColumns struct {
	area, dataType, sex, age, marital, time, value, name string
}

var (
	sdmxSDMX  = sdmxColumns{"refarea", "datatype", "sex", "age", "maritalstatus", "timeperiod", "obsvalue", "territorio"}
	sdmxIStat = sdmxColumns{"itter107", "tipodato15", "sexistat1", "eta1", "statciv2", "time", "value", "territorio"}
)

// code takes the code of an SDMX cell written "code" or "code: label".
func code(s string) string {
	c, _, _ := strings.Cut(s, ":")
	return strings.TrimSpace(c)
}

// nextRow reads the next data row of r that is not blank, with its line
// in the file, counting it in f.Rows and refusing a file with more than
// lim.MaxRows. It returns a nil row at the end of the file.
func nextRow(r *csv.Reader, f *File, headerLine int, lim Limits) ([]string, int, error) {
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil, 0, nil
		}
		line, _ := r.FieldPos(0)
		line += headerLine - 1
		if err != nil {
			return nil, line, lineErr(line, "CSV non valido: %v", err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		f.Rows++
		if f.Rows > lim.MaxRows {
			return nil, line, lineErr(line, "il file ha più di %d righe di dati", lim.MaxRows)
		}
		return rec, line, nil
	}
}

// parseSDMX keeps the rows of the resident population at 1 January (JAN),
// both sexes (9), all ages (TOTAL) and every marital status (99) of comuni
// (6-digit areas), and refuses a file mixing years.
func parseSDMX(f *File, r *csv.Reader, cols colIndex, c sdmxColumns, headerLine int, lim Limits) error {
	seen := map[string]int{}
	for {
		rec, line, err := nextRow(r, f, headerLine, lim)
		if err != nil {
			return err
		}
		if rec == nil {
			break
		}
		if dt := code(cols.get(rec, c.dataType)); cols.has(c.dataType) && dt != "JAN" {
			continue
		}
		if s := code(cols.get(rec, c.sex)); cols.has(c.sex) && s != "9" && s != "T" {
			continue
		}
		if a := code(cols.get(rec, c.age)); cols.has(c.age) && a != "TOTAL" && a != "Y_GE0" {
			continue
		}
		if m := code(cols.get(rec, c.marital)); cols.has(c.marital) && m != "99" && m != "TOTAL" {
			continue
		}
		area, ok := istatCode(code(cols.get(rec, c.area)))
		if !ok || len(code(cols.get(rec, c.area))) < 4 {
			continue // Italy, a region, a province: not a comune
		}
		year, err := strconv.Atoi(code(cols.get(rec, c.time)))
		if err != nil {
			return lineErr(line, "periodo %q non valido: serve l'anno", cols.get(rec, c.time))
		}
		if f.Year == 0 {
			f.Year = year
		} else if year != f.Year {
			return lineErr(line, "il file mescola anni (%d e %d): scaricare un solo anno", f.Year, year)
		}
		v := cols.get(rec, c.value)
		if dot := strings.IndexByte(v, '.'); dot >= 0 && strings.Trim(v[dot+1:], "0") == "" {
			v = v[:dot] // "47263.0"
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100_000_000 {
			return lineErr(line, "valore %q non valido", cols.get(rec, c.value))
		}
		if prev, dup := seen[area]; dup {
			return lineErr(line, "comune %s già presente alla riga %d", area, prev)
		}
		seen[area] = line
		name := cols.get(rec, c.name)
		if name == "" {
			if _, label, ok := strings.Cut(cols.get(rec, c.area), ":"); ok {
				name = strings.TrimSpace(label)
			}
		}
		f.Figures = append(f.Figures, Figure{ISTAT: area, Name: name, Population: n, Line: line})
	}
	return nil
}
