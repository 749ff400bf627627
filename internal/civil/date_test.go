package civil_test

import (
	"testing"

	"github.com/capofila/capofila/internal/civil"
)

func TestDate_AddMonths(t *testing.T) {
	for _, tc := range []struct {
		from string
		n    int
		want string
		ok   bool
	}{
		{"2026-03-14", 6, "2026-09-14", true},
		{"2026-01-31", 1, "2026-02-28", true}, // art. 2963 c.c.: the last day of a shorter month
		{"2028-01-31", 1, "2028-02-29", true},
		{"2026-08-31", 6, "2027-02-28", true},
		{"2026-12-15", 1, "2027-01-15", true},
		{"2026-05-31", -3, "2026-02-28", true},
		{"9999-12-01", 1, "", false},
		{"0001-01-01", -1, "", false},
	} {
		got, ok := civil.MustParse(tc.from).AddMonths(tc.n)
		if ok != tc.ok || (ok && got.String() != tc.want) {
			t.Errorf("%s + %d months = %s, %v; want %s, %v", tc.from, tc.n, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := (civil.Date{}).AddMonths(1); ok {
		t.Error("the zero date has no months to add")
	}
}

func TestDate_AddDaysCheckedAndDaysUntil(t *testing.T) {
	d := civil.New(2026, 12, 7)
	if got, ok := d.AddDaysChecked(60); !ok || got != civil.New(2027, 2, 5) {
		t.Errorf("+60 days = %s, %v", got, ok)
	}
	if _, ok := civil.New(9999, 12, 31).AddDaysChecked(1); ok {
		t.Error("a day after 9999-12-31 was accepted")
	}
	if n := d.DaysUntil(civil.New(2027, 2, 5)); n != 60 {
		t.Errorf("DaysUntil = %d", n)
	}
	if n := d.DaysUntil(civil.New(2026, 11, 30)); n != -7 {
		t.Errorf("DaysUntil back = %d", n)
	}
	// Across the switch to summer time the count stays in whole days.
	if n := civil.New(2027, 3, 1).DaysUntil(civil.New(2027, 4, 1)); n != 31 {
		t.Errorf("DaysUntil over March = %d", n)
	}
}
