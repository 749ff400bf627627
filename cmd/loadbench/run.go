package main

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"
)

// result is what one operation did at one number of concurrent clients.
type result struct {
	Clients int `json:"clients"`
	Ops     int `json:"ops"`
	Errors  int `json:"errors"`
	// Refused counts the answers refused by design (errRefused), neither
	// operations nor errors.
	Refused    int           `json:"refused,omitempty"`
	FirstError string        `json:"first_error,omitempty"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	P50        time.Duration `json:"p50_ns"`
	P95        time.Duration `json:"p95_ns"`
	P99        time.Duration `json:"p99_ns"`
}

// PerSecond is the throughput: operations completed per second.
func (r result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Ops) / r.Elapsed.Seconds()
}

// closedLoop runs op from clients workers, each starting its next operation
// when the previous one ends (a closed model: what "N concurrent users"
// means), first for warm (not recorded) then for d. Worker w passes w to op
// so that each can use its own session.
func closedLoop(ctx context.Context, clients int, warm, d time.Duration, op func(ctx context.Context, worker int) error) result {
	run := func(d time.Duration, record bool) result {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		var (
			mu        sync.Mutex
			latencies []time.Duration
			errs      int
			refused   int
			first     string
			wg        sync.WaitGroup
		)
		start := time.Now()
		for w := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				var myErrs, myRefused int
				var myFirst string
				for ctx.Err() == nil {
					t0 := time.Now()
					err := op(context.WithoutCancel(ctx), w)
					el := time.Since(t0)
					if errors.Is(err, errRefused) {
						myRefused++
						continue
					}
					if err != nil {
						myErrs++
						if myFirst == "" {
							myFirst = err.Error()
						}
						continue
					}
					mine = append(mine, el)
				}
				mu.Lock()
				latencies = append(latencies, mine...)
				errs += myErrs
				refused += myRefused
				if first == "" {
					first = myFirst
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		r := result{Clients: clients, Ops: len(latencies), Errors: errs, Refused: refused, FirstError: first, Elapsed: time.Since(start)}
		if record {
			slices.Sort(latencies)
			r.P50, r.P95, r.P99 = quantile(latencies, 0.50), quantile(latencies, 0.95), quantile(latencies, 0.99)
		}
		return r
	}
	if warm > 0 {
		run(warm, false)
	}
	return run(d, true)
}

// quantile is the nearest-rank quantile q of sorted latencies.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
