package scale

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/capofila/capofila/internal/demo"
)

// call is a Region's call for funding.
type call struct {
	id, title     string
	region        *region
	status        string
	created       time.Time
	opens, closes time.Time
	decree        time.Time // funding decree of the applications, for CLOSED calls
	lines         []ref
	cats          []category
	centsPerHead  int64
	granted       int64 // Σ granted to its projects
	fund          string
}

// ref is a row referred to by ID, with its code.
type ref struct{ id, code, name string }

// category is an expense category of a call and the share of each line's
// budget the applications put on it.
type category struct {
	ref
	shareBP     int64
	vatEligible bool
}

const capPerMember = 7_000_000 // 70.000,00 € per member, as in the demo call

// categoryShares are the expense categories the generated budgets use
// (demo.Categories, GEST excepted), with their share of each line.
var categoryShares = map[string]int64{"SERV": 6000, "SW": 2500, "HW": 1000, "FORM": 500}

var funds = []string{"FESR", "FESR", "FESR", "PNRR", "FSC", "REGIONAL"}

// calls plans each Region's calls: most are closed and funded the
// aggregations; the latest are published or drafts. Their rows are written
// by writeCalls once the grants are known.
func (g *generator) calls(regions []*region, n int) {
	seq, lseq, cseq := g.seq("CL"), g.seq("IL"), g.seq("EC")
	r0 := g.rng(0, 2)
	for i := 0; i < n; i++ {
		r := regions[i%len(regions)]
		k := len(r.calls)
		c := &call{region: r, fund: funds[i%len(funds)], centsPerHead: 300 + int64(r0.IntN(301))}
		perRegion := (n + len(regions) - 1 - i%len(regions)) / len(regions)
		switch {
		case k == 0 || k < perRegion*7/10:
			c.status = "CLOSED"
			c.opens = time.Date(2023, 5, 15+k%10, 7, 0, 0, 0, time.UTC)
			c.closes = time.Date(2023, 9, 15+k%14, 11, 0, 0, 0, time.UTC)
			c.decree = day(2023, 11, 20+k%8)
		case k == perRegion-1 && perRegion >= 3:
			c.status = "DRAFT"
			c.opens = time.Date(2027, 2, 1, 8, 0, 0, 0, time.UTC)
			c.closes = time.Date(2027, 5, 31, 11, 0, 0, 0, time.UTC)
		default:
			c.status = "PUBLISHED"
			c.opens = time.Date(2026, 10, 1+k%10, 7, 0, 0, 0, time.UTC)
			c.closes = time.Date(2027, 1, 29, 12, 0, 0, 0, time.UTC)
		}
		c.created = c.opens.AddDate(0, 0, -20)
		c.id = seq.next(c.created)
		c.title = fmt.Sprintf("Avviso %d/%d per la trasformazione digitale dei Comuni in forma associata – %s",
			k+1, c.opens.Year(), r.name)
		for j, l := range demo.Lines {
			c.lines = append(c.lines, ref{id: lseq.next(c.created.Add(time.Duration(j+1) * time.Millisecond)), code: l.Code, name: l.Name})
		}
		for j, k := range demo.Categories {
			if categoryShares[k.Code] == 0 {
				continue
			}
			c.cats = append(c.cats, category{ref: ref{id: cseq.next(c.created.Add(time.Duration(10+j) * time.Millisecond)), code: k.Code, name: k.Name},
				shareBP: categoryShares[k.Code], vatEligible: k.VATEligible})
		}
		r.calls = append(r.calls, c)
	}
}

// writeCalls writes the calls with their lines and categories; a closed
// call's budget covers what it granted.
func (g *generator) writeCalls(regions []*region) {
	kinds, _ := json.Marshal([]string{"COMUNE", "UNIONE_COMUNI"})
	for _, r := range regions {
		for _, c := range r.calls {
			budget := max(int64(50_000_000_00), (c.granted*12/10/1_000_000_00+1)*1_000_000_00)
			updated := c.created
			if c.status != "DRAFT" {
				updated = c.opens.Add(-time.Hour)
			}
			g.t.calls.add(c.id, c.created, updated, nil, r.body.id, c.title,
				fmt.Sprintf("Decreto del dirigente n. %d del %s (dati generati)", 100+len(c.title)%300, c.created.Format("02/01/2006")),
				"Sostegno a progetti di e-government di aggregazioni di Comuni e Unioni di Comuni.",
				c.fund, "COST_BASED", c.status, 1, budget, int64(capPerMember), int64(500_000_000), int64(4_000_000),
				10000, MinMembers, MaxMembers, json.RawMessage(kinds), c.opens, c.closes,
				day(2023, 7, 1), day(2027, 12, 31), 36, 5, 6, 1, 3000, 5000, 2000, r.body.id, nil, nil)
			for j, l := range c.lines {
				g.t.lines.add(l.id, c.created, c.created, nil, r.body.id, l.code, l.name, nil, j, c.id)
			}
			for j, k := range c.cats {
				var capBP any
				for _, dk := range demo.Categories {
					if dk.Code == k.code && dk.CapBP > 0 {
						capBP = dk.CapBP
					}
				}
				g.t.categories.add(k.id, c.created, c.created, nil, r.body.id, k.code, k.name, nil, capBP, nil, k.vatEligible, j, c.id)
			}
		}
	}
}
