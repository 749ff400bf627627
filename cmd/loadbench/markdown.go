package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// writeMarkdown prints the tables of docs/PERFORMANCE.md from the JSON
// reports of one or more runs (e.g. demo and national): one table per
// dataset, and the p50 latency ratio of the last dataset to each other one.
func writeMarkdown(files []string, w io.Writer) error {
	if len(files) == 0 {
		return errors.New("report: name the JSON files written by -out")
	}
	var reps []*report
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		r := &report{}
		if err := json.Unmarshal(b, r); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		reps = append(reps, r)
	}
	for _, r := range reps {
		t := r.Targets
		fmt.Fprintf(w, "### Dataset %q: %d rows, %d invoices\n\n", r.Scale, t.Rows, t.InvoicesRows)
		fmt.Fprintf(w, "Run %s on %s; %s measured per operation and level after a warm-up. "+
			"Project: %d members; big claim: %d items; PDF claim: %d members. Server RSS idle %.0f MB, max %.0f MB.\n\n",
			r.When.Format(time.DateTime), r.Machine, r.Duration, t.Members, t.BigItems, t.WideMembers, r.RSSIdle/1e6, r.RSSMax/1e6)
		fmt.Fprintln(w, "| operation | clients | ops/s | p50 ms | p95 ms | p99 ms | floor ops/s | floor p50 ms | ours/floor p50 | SQL/op | allocs/op | errors |")
		fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, m := range r.Results {
			fmt.Fprintf(w, "| %s | %d | %.1f | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f | %.0f | %d |\n",
				m.Operation, m.Ours.Clients, m.Ours.PerSecond(), ms(m.Ours.P50), ms(m.Ours.P95), ms(m.Ours.P99),
				m.Floor.PerSecond(), ms(m.Floor.P50), ratio(m.Ours.P50, m.Floor.P50), m.Statements, m.Allocs, m.Ours.Errors+m.Floor.Errors)
		}
		fmt.Fprintln(w)
	}
	// The last dataset (the biggest) against each of the others.
	b := reps[len(reps)-1]
	for _, a := range reps[:len(reps)-1] {
		fmt.Fprintf(w, "### %s vs %s: p50 latency ratio\n\n", b.Scale, a.Scale)
		fmt.Fprintf(w, "| operation | clients | %s p50 ms | %s p50 ms | ratio |\n|---|---:|---:|---:|---:|\n", a.Scale, b.Scale)
		for _, mb := range b.Results {
			for _, ma := range a.Results {
				if ma.Operation == mb.Operation && ma.Ours.Clients == mb.Ours.Clients {
					fmt.Fprintf(w, "| %s | %d | %.2f | %.2f | %.2f |\n", mb.Operation, mb.Ours.Clients, ms(ma.Ours.P50), ms(mb.Ours.P50),
						ratio(mb.Ours.P50, ma.Ours.P50))
				}
			}
		}
		fmt.Fprintln(w)
	}
	return nil
}
