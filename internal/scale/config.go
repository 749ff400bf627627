// Package scale generates a deterministic data set of national size for
// performance work: every comune, the 20 Regions with their calls, 2,000
// aggregations with funded projects and the daily work of running them
// (procurement, contracts split across members, invoices and payments,
// deliverables, expense claims and their reviews), written straight into an
// empty, migrated PostgreSQL database with COPY.
//
// Rows carry everything the Ent hooks and services would have set had they
// been created through the API: tenant columns copied from the parent,
// versions, timestamps, statuses that follow the lifecycles, and derived
// rows (invoice shares split like the contract's cost shares, review
// totals). The same Config gives the same rows, IDs included.
package scale

import (
	"math"
	"time"
)

// DefaultSeed is the seed of `capofila seed --scale national`.
const DefaultSeed = 8

// The shape of the country at factor 1 and of every project.
const (
	nationalAggregations = 2000
	nationalCalls        = 300
	nationalVendors      = 5000

	// MinMembers and MaxMembers bound the size of an aggregation; the
	// first aggregation has exactly MaxMembers.
	MinMembers = 5
	MaxMembers = 64

	procurementsPerProject = 10
	lotsPerProcurement     = 2 // one contract per lot
	invoicesPerContract    = 10
	claimsPerProject       = 30
	regions                = 20
)

// asOf is the day the generated country is seen from: nothing happens
// after it. Fixed, so that the data do not depend on the clock.
var asOf = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// Config says how much to generate.
type Config struct {
	// Seed makes the data: the same seed gives the same rows and IDs.
	Seed uint64
	// Factor scales the number of aggregations (and so of everything under
	// them), calls and vendors: 1 is the national set, 0.002 a test set.
	// The comuni and the Regions are always all there.
	Factor float64
	// LargeClaimItems is the number of expense items of one claim of the
	// first (64-member) project, waiting for review; 0 for none.
	LargeClaimItems int
	// Batch is how many projects are written per round of COPY (memory
	// bound); 0 for the default.
	Batch int
}

// National is the configuration of `capofila seed --scale national`.
func National() Config {
	return Config{Seed: DefaultSeed, Factor: 1, LargeClaimItems: 500}
}

// Scaled returns c at the given factor.
func (c Config) Scaled(factor float64) Config {
	c.Factor = factor
	return c
}

func (c Config) aggregations() int { return scaled(nationalAggregations, c.Factor, 1) }
func (c Config) calls() int        { return scaled(nationalCalls, c.Factor, regions) }
func (c Config) vendorsPerRegion() int {
	return scaled(nationalVendors/regions, c.Factor, 6)
}

func (c Config) batch() int {
	if c.Batch > 0 {
		return c.Batch
	}
	return 40
}

// scaled is n × factor, rounded, and at least least.
func scaled(n int, factor float64, least int) int {
	return max(least, int(math.Round(float64(n)*factor)))
}
