package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// serverStats are the counters of the server under test read from its
// Prometheus endpoint: SQL statements and requests (from the
// per-request statements histogram), allocations and resident memory.
type serverStats struct {
	Statements float64
	Requests   float64
	Mallocs    float64
	RSS        float64
}

func scrape(ctx context.Context, url string) (serverStats, error) {
	m, err := scrapeAll(ctx, url)
	if err != nil {
		return serverStats{}, err
	}
	return serverStats{
		Statements: m["capofila_request_sql_statements_sum"],
		Requests:   m["capofila_request_sql_statements_count"],
		Mallocs:    m["go_memstats_mallocs_total"],
		RSS:        m["process_resident_memory_bytes"],
	}, nil
}

// scrapeAll reads every metric of the server by name, summed over its
// labels: a histogram as name_sum and name_count.
func scrapeAll(ctx context.Context, url string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("reading the server's metrics: %w", err)
	}
	defer res.Body.Close()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(res.Body)
	if err != nil {
		return nil, fmt.Errorf("parsing the server's metrics: %w", err)
	}
	out := map[string]float64{}
	for name, f := range fams {
		for _, m := range f.GetMetric() {
			switch {
			case m.GetHistogram() != nil:
				out[name+"_sum"] += m.GetHistogram().GetSampleSum()
				out[name+"_count"] += float64(m.GetHistogram().GetSampleCount())
			case m.GetCounter() != nil:
				out[name] += m.GetCounter().GetValue()
			case m.GetGauge() != nil:
				out[name] += m.GetGauge().GetValue()
			case m.GetUntyped() != nil:
				out[name] += m.GetUntyped().GetValue()
			}
		}
	}
	return out, nil
}
