package deadlines

import (
	"time"

	"github.com/capofila/capofila/internal/civil"
)

// MonitoringTransmission is one bimonthly transmission of a project's
// monitoring data (the PUC feed, internal/puc) to the national system:
// the data as of CutOff, the last day of a two-month period (28 or 29
// February, 30 April, 30 June, 31 August, 31 October, 31 December), must be
// transmitted and validated by DueOn, the last day of the month after it.
//
// The cadence is the bimonthly one of the national monitoring of cohesion
// projects (the "Monitoraggio unitario progetti" the PUC serves: the
// managing authorities validate the data every two months); the term, the
// end of the following month, is the one Capofila applies by default and a
// Region may be held to an earlier one (e.g. the 23rd of the following
// month of the 2014-2020 period): see docs/REPORTS.md.
type MonitoringTransmission struct {
	CutOff civil.Date
	DueOn  civil.Date
}

// MonitoringTransmissions returns the transmissions whose cut-off falls
// within [from, to], in order: those of a project run from its start to its
// end (and the one after its end, which reports its completion).
func MonitoringTransmissions(from, to civil.Date) []MonitoringTransmission {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	var out []MonitoringTransmission
	// The first two-month period ending on or after from.
	m := from.Month
	if m%2 == 1 {
		m++
	}
	y := from.Year
	for {
		cut := lastDay(y, m)
		if cut.After(to) {
			break
		}
		out = append(out, MonitoringTransmission{CutOff: cut, DueOn: lastDay(y, m+1)})
		m += 2
		if m > 12 {
			m, y = m-12, y+1
		}
	}
	return out
}

// NextMonitoringTransmission returns the first transmission whose term
// is on or after day.
func NextMonitoringTransmission(day civil.Date) MonitoringTransmission {
	start := civil.New(day.Year, day.Month, 1).AddDays(-62)
	for _, t := range MonitoringTransmissions(start, day.AddDays(62)) {
		if !t.DueOn.Before(day) {
			return t
		}
	}
	return MonitoringTransmission{}
}

// lastDay is the last day of month m of year y (m may be 13: January of
// the next year).
func lastDay(y int, m time.Month) civil.Date {
	return civil.New(y, m+1, 1).AddDays(-1)
}
