package puc

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/civil"
)

// Feed is a monitoring feed: for each family, its records, each a list of
// field values in the specification's order.
type Feed struct {
	records map[string][][]string
}

// NewFeed returns an empty feed.
func NewFeed() *Feed { return &Feed{records: map[string][][]string{}} }

// Add appends a record to family code; values are in the family's field
// order. A record with the wrong number of values panics: it is a bug of
// the builder, never of the data.
func (f *Feed) Add(code string, values ...string) {
	fam, ok := FamilyOf(code)
	if !ok || len(values) != len(fam.Fields) {
		panic(fmt.Sprintf("puc: %s record with %d values", code, len(values)))
	}
	f.records[code] = append(f.records[code], values)
}

// Records returns the records of family code (shared, not copied).
func (f *Feed) Records(code string) [][]string { return f.records[code] }

// Set replaces the records of family code (tests break a copy this way).
func (f *Feed) Set(code string, recs [][]string) { f.records[code] = recs }

// Merge appends every record of o to f (a Region's portfolio); a record
// equal to one already there (the call's PA00 and PA01 of two projects) is
// kept once.
func (f *Feed) Merge(o *Feed) {
	for _, fam := range Families {
	next:
		for _, r := range o.records[fam.Code] {
			for _, have := range f.records[fam.Code] {
				if slicesEqual(have, r) {
					continue next
				}
			}
			f.records[fam.Code] = append(f.records[fam.Code], r)
		}
	}
}

// Clone returns a deep copy.
func (f *Feed) Clone() *Feed {
	c := NewFeed()
	for k, recs := range f.records {
		for _, r := range recs {
			c.records[k] = append(c.records[k], append([]string(nil), r...))
		}
	}
	return c
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// File returns the text of one family's file: one record a line, values
// joined by "|", lines ended by CRLF (the files are read by Windows-based
// loaders as often as not; CRLF is what the PUC's examples use).
func (f *Feed) File(code string) []byte {
	var b bytes.Buffer
	for _, r := range f.records[code] {
		b.WriteString(strings.Join(r, "|"))
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// FileName is the name of a family's file in the zip: "AP00.txt".
func FileName(code string) string { return code + ".txt" }

// Codes returns the codes of the families that have records, in the
// specification's order.
func (f *Feed) Codes() []string {
	var out []string
	for _, fam := range Families {
		if len(f.records[fam.Code]) > 0 {
			out = append(out, fam.Code)
		}
	}
	return out
}

// Zip writes the feed as a zip: one file per family that has records, and
// VALIDAZIONE.txt listing the problems (or saying there are none). A draft
// (bozza) is marked as such in BOZZA.txt and in the report's first line: it
// may hold records the national system would refuse. modified is the time
// stamped on every entry, so that the same feed gives the same bytes.
func (f *Feed) Zip(w io.Writer, problems []Problem, draft bool, modified time.Time) error {
	zw := zip.NewWriter(w)
	add := func(name string, data []byte) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		_, err = fw.Write(data)
		return err
	}
	if draft {
		if err := add("BOZZA.txt", []byte("BOZZA: tracciato non validato, da non trasmettere al sistema di monitoraggio.\r\n")); err != nil {
			return err
		}
	}
	for _, code := range f.Codes() {
		if err := add(FileName(code), f.File(code)); err != nil {
			return err
		}
	}
	if err := add("VALIDAZIONE.txt", Report(problems, draft)); err != nil {
		return err
	}
	return zw.Close()
}

// Report is the validation report: one line per problem.
func Report(problems []Problem, draft bool) []byte {
	var b bytes.Buffer
	if draft {
		b.WriteString("BOZZA – ")
	}
	errs := 0
	for _, p := range problems {
		if !p.Warning {
			errs++
		}
	}
	fmt.Fprintf(&b, "Protocollo Unico di Colloquio (vers. 2.1): %d errori, %d avvisi.\r\n", errs, len(problems)-errs)
	for _, p := range problems {
		kind := "ERRORE"
		if p.Warning {
			kind = "AVVISO"
		}
		fmt.Fprintf(&b, "%s %s record %d %s [%s]: %s\r\n", kind, p.Family, p.Record, p.Field, p.Rule, p.Message)
	}
	return b.Bytes()
}

// FmtDate writes a date as DD/MM/YYYY; the zero date is empty.
func FmtDate(d civil.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Italian()
}

// FmtDatePtr is FmtDate of an optional date.
func FmtDatePtr(d *civil.Date) string {
	if d == nil {
		return ""
	}
	return FmtDate(*d)
}

// FmtAmount writes cents as euro with a decimal comma and no thousands
// separator: 1234567 → "12345,67"; negative amounts keep their sign.
func FmtAmount(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s%d,%02d", sign, cents/100, cents%100)
}

// FmtCount writes an indicator's value, a whole number, as "51,00".
func FmtCount(n int) string { return FmtAmount(int64(n) * 100) }

// clean makes free text fit a record: no field separator, no line breaks,
// no leading or trailing blanks, at most max characters.
func clean(s string, max int) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '|':
			return '/'
		case '\r', '\n', '\t':
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = strings.TrimSpace(string(r[:max]))
	}
	return s
}
