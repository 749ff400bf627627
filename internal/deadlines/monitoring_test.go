package deadlines

import (
	"testing"

	"github.com/capofila/capofila/internal/civil"
)

func TestMonitoringTransmissions(t *testing.T) {
	d := civil.MustParse
	got := MonitoringTransmissions(d("2025-04-01"), d("2025-12-31"))
	want := []MonitoringTransmission{
		{d("2025-04-30"), d("2025-05-31")},
		{d("2025-06-30"), d("2025-07-31")},
		{d("2025-08-31"), d("2025-09-30")},
		{d("2025-10-31"), d("2025-11-30")},
		{d("2025-12-31"), d("2026-01-31")},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %v, want %v", i, got[i], want[i])
		}
	}
	cases := []struct{ day, cut, due string }{
		{"2026-01-15", "2025-12-31", "2026-01-31"},
		{"2026-01-31", "2025-12-31", "2026-01-31"},
		{"2026-02-01", "2026-02-28", "2026-03-31"},
		{"2028-03-10", "2028-02-29", "2028-03-31"}, // leap year
		{"2026-12-31", "2026-12-31", "2027-01-31"},
		{"2026-11-30", "2026-10-31", "2026-11-30"},
	}
	for _, c := range cases {
		if got := NextMonitoringTransmission(d(c.day)); got.CutOff != d(c.cut) || got.DueOn != d(c.due) {
			t.Errorf("NextMonitoringTransmission(%s) = %v, want %s → %s", c.day, got, c.cut, c.due)
		}
	}
	if MonitoringTransmissions(d("2026-05-01"), d("2026-04-01")) != nil {
		t.Error("an empty range has transmissions")
	}
}
