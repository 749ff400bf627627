// Package civil provides Date, a calendar date without time or time zone.
// Dates of legal acts (a council resolution, a funding decree, an invoice)
// are days in the Italian calendar, not instants: storing them as timestamps
// invites off-by-one-day errors across time zones.
package civil

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/capofila/capofila/internal/apperr"
)

// Date is a calendar date. The zero value is not a valid date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Rome is the time zone of Italian legal acts and deadlines.
var Rome = mustLoadRome()

func mustLoadRome() *time.Location {
	loc, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		// The embedded tzdata (imported by the binary) makes this unreachable.
		panic(err)
	}
	return loc
}

// Of returns the date of t in t's location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// Today returns today's date in Europe/Rome.
func Today() Date { return Of(time.Now().In(Rome)) }

// New returns the date for year, month and day; it does not normalize.
func New(year int, month time.Month, day int) Date { return Date{year, month, day} }

// Parse parses an ISO 8601 date ("2026-11-23").
func Parse(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, apperr.InvalidField("", "date.format", fmt.Sprintf("Data non valida %q: usare il formato AAAA-MM-GG.", s))
	}
	return Of(t), nil
}

// MustParse is Parse for constants in tests and seeds; it panics on error.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the ISO 8601 form, "2026-11-23".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Italian returns the date as Italians write it, "23/11/2026".
func (d Date) Italian() string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// IsZero reports whether d is the zero value.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real calendar date.
func (d Date) Valid() bool {
	return Of(d.In(time.UTC)) == d && d.Year >= 1 && d.Year <= 9999
}

// In returns the start of the day d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return Of(d.In(time.UTC).AddDate(0, 0, n)) }

// AddMonths returns d plus n months the way Italian law counts a term in
// months (art. 2963 c. 4 codice civile): the same day of the month n
// months on, or the last day of that month when it has no such day (31
// January + 1 month = 28 or 29 February). ok is false when d is not a
// valid date or the result falls outside the years 1–9999.
func (d Date) AddMonths(n int) (r Date, ok bool) {
	if !d.Valid() || n > 12*10000 || n < -12*10000 {
		return Date{}, false
	}
	m := d.Year*12 + int(d.Month-1) + n
	r = Date{Year: m / 12, Month: time.Month(m%12 + 1), Day: d.Day}
	if last := daysIn(r.Year, r.Month); r.Day > last {
		r.Day = last
	}
	return r, r.Valid()
}

// AddDaysChecked returns d plus n days; ok is false when d is not a valid
// date or the result falls outside the years 1–9999.
func (d Date) AddDaysChecked(n int) (Date, bool) {
	if !d.Valid() || n > 4_000_000 || n < -4_000_000 {
		return Date{}, false
	}
	r := d.AddDays(n)
	return r, r.Valid()
}

// DaysUntil returns the number of days from d to e (negative when e is
// before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.In(time.UTC).Sub(d.In(time.UTC)).Hours()) / 24
}

func daysIn(year int, m time.Month) int {
	if year < 1 {
		return 31
	}
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp(int(d.Month), int(e.Month))
	default:
		return cmp(d.Day, e.Day)
	}
}

func cmp(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Scan implements sql.Scanner. PostgreSQL returns DATE columns as time.Time;
// SQLite returns them as text or time.Time depending on how they were written.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		*d = Of(v)
		return nil
	case string:
		return d.parseDB(v)
	case []byte:
		return d.parseDB(string(v))
	default:
		return fmt.Errorf("civil: cannot scan %T into Date", src)
	}
}

func (d *Date) parseDB(s string) error {
	if len(s) >= 10 {
		if p, err := Parse(s[:10]); err == nil {
			*d = p
			return nil
		}
	}
	return fmt.Errorf("civil: cannot parse %q as a date", s)
}

// Value implements driver.Valuer: the ISO form, which both PostgreSQL (DATE)
// and SQLite (TEXT affinity) store and compare correctly.
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// MarshalGQL implements graphql.Marshaler.
func (d Date) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(d.String())) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.InvalidField("", "date.format", "La data deve essere una stringa nel formato AAAA-MM-GG.")
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalJSON implements json.Marshaler.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
