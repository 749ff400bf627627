package scale

import (
	"time"

	"github.com/capofila/capofila/internal/civil"
)

// day is a calendar date as the generator keeps it: midnight UTC.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// at is a moment of a day, for created_at and updated_at: 9:00 Rome
// (8:00 UTC) plus the given seconds.
func at(d time.Time, seconds int) time.Time {
	return d.Add(8*time.Hour + time.Duration(seconds)*time.Second)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func civilOf(t time.Time) civil.Date { return civil.Of(t) }
