package scale

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
)

// aggregation is an aggregation with its funded application and project.
type aggregation struct {
	idx                   int
	id, name              string
	region                *region
	call                  *call
	lead                  *body
	members               []*body // the lead first
	lines                 []ref   // the lines the application covers
	alloc                 [][]int64
	granted               int64
	created               time.Time
	appID, projectID, cup string
	start, end            time.Time // the project's period
}

// firstRegion hosts the 64-member aggregation, as the demo's Marche Sud.
const firstRegion = "11"

// aggregations plans the aggregations: a Region (by its number of comuni),
// a size between MinMembers and MaxMembers (most are small), members from
// one province first, the most populous as lead, one closed call.
func (g *generator) aggregations(regions []*region, n int) []*aggregation {
	r0 := g.rng(0, 3)
	total := 0
	for _, r := range regions {
		total += len(r.comuni)
	}
	seq := g.seq("AG")
	perProvince := map[string]int{}
	out := make([]*aggregation, n)
	for i := range out {
		var r *region
		size := MaxMembers
		if i == 0 {
			r = regionByCode(regions, firstRegion)
		} else {
			k := r0.IntN(total)
			for _, x := range regions {
				if k < len(x.comuni) {
					r = x
					break
				}
				k -= len(x.comuni)
			}
			size = MinMembers + int(float64(MaxMembers-MinMembers+1)*math.Pow(r0.Float64(), 3))
		}
		size = min(size, len(r.comuni))
		prov := r.provinces[r0.IntN(len(r.provinces))]
		members := pick(r0, prov, min(size, len(prov)))
		if len(members) < size {
			var rest []*body
			for _, b := range r.comuni {
				if b.sigla != prov[0].sigla {
					rest = append(rest, b)
				}
			}
			members = append(members, pick(r0, rest, size-len(members))...)
		}
		slices.SortFunc(members, func(a, b *body) int { return cmp.Or(cmp.Compare(b.pop, a.pop), cmp.Compare(a.istat, b.istat)) })
		var closed []*call
		for _, c := range r.calls {
			if c.status == "CLOSED" {
				closed = append(closed, c)
			}
		}
		c := closed[r0.IntN(len(closed))]
		perProvince[prov[0].sigla]++
		a := &aggregation{idx: i, region: r, call: c, lead: members[0], members: members,
			created: c.opens.AddDate(0, 0, -40+r0.IntN(30))}
		a.id = seq.next(a.created)
		a.name = fmt.Sprintf("Comuni digitali %s %d", prov[0].sigla, perProvince[prov[0].sigla])
		a.start = day(2024, 1, 8).AddDate(0, 0, r0.IntN(150))
		if i == 0 {
			a.start = day(2024, 1, 8)
		}
		a.end = a.start.AddDate(3, 0, -1)
		lines := c.lines
		if i > 0 {
			lines = append([]ref{c.lines[0]}, pick(r0, c.lines[1:], 2+r0.IntN(4))...)
			slices.SortFunc(lines, func(a, b ref) int { return cmp.Compare(a.code, b.code) })
		}
		a.lines = lines
		out[i] = a
	}
	return out
}

func regionByCode(regions []*region, code string) *region {
	for _, r := range regions {
		if r.code == code {
			return r
		}
	}
	return regions[0]
}

// lineWeight is the share of a member's budget each line takes (the
// demo's weights).
func lineWeight(code string) int64 {
	for _, l := range demo.Lines {
		if l.Code == code {
			return l.WeightBP
		}
	}
	return 1000
}

// writeAggregations writes the aggregations with their members, agreement,
// funded application, budget, project, allocations and the advance paid.
func (g *generator) writeAggregations(aggs []*aggregation) error {
	mseq, arseq, apseq, blseq, prseq, alseq, dbseq := g.seq("MB"), g.seq("AR"), g.seq("AP"), g.seq("BL"), g.seq("PR"), g.seq("AL"), g.seq("DB")
	for _, a := range aggs {
		c, regionID := a.call, a.region.body.id
		lead := a.lead
		g.t.aggregations.add(a.id, a.created, a.created, a.id, nil, a.name,
			fmt.Sprintf("Aggregazione di %d enti per la trasformazione digitale, con capofila il %s.", len(a.members), lead.name), lead.id)
		joined := a.created.Truncate(24*time.Hour).AddDate(0, 0, 20)
		for i, b := range a.members {
			role := "MEMBER"
			if i == 0 {
				role = "LEAD"
			}
			organ := "CONSIGLIO"
			if i%3 == 2 {
				organ = "GIUNTA"
			}
			t := a.created.Add(time.Duration(i+1) * time.Millisecond)
			g.t.memberships.add(mseq.next(t), t, t, a.id, nil, role, joined, nil, fmt.Sprint(10+i%70),
				addDays(joined, -10-i%30), organ, a.id, b.id)
		}
		t := a.created.Add(time.Second)
		g.t.agreements.add(arseq.next(t), t, t, a.id, nil, "CONVENZIONE_ART30_TUEL",
			fmt.Sprintf("Convenzione per la gestione associata dei servizi digitali «%s»", a.name),
			"Gestione associata, tramite il Comune capofila, delle procedure di affidamento, dei contratti, della rendicontazione e dei pagamenti del progetto.",
			joined, addDays(joined, 1), a.end.AddDate(1, 0, 0),
			"Il capofila anticipa e liquida le spese; i costi comuni sono ripartiti tra gli enti in proporzione alla popolazione residente.", a.id)

		// The application, frozen and funded.
		appCreated := c.opens.Add(time.Duration(a.idx%500+1) * time.Minute)
		submitted := c.closes.Add(-time.Duration(24+a.idx%200) * time.Hour)
		a.appID = apseq.next(appCreated)
		decreeAt := at(c.decree, a.idx%3600)
		title := fmt.Sprintf("%s: servizi digitali condivisi per %d enti", a.name, len(a.members))
		narrative, _ := json.Marshal(map[string]string{
			"obiettivi":  "Uniformare i servizi digitali degli enti dell'aggregazione e ridurne i costi con acquisti congiunti.",
			"governance": "Il Comune capofila gestisce gare, contratti, pagamenti e rendicontazione; i referenti degli enti si riuniscono ogni trimestre.",
		})
		g.t.applications.add(a.appID, appCreated, decreeAt, a.id, regionID, title,
			"Servizi online, pagamenti, conservazione e dati condivisi per tutti gli enti, acquistati dal capofila con procedure uniche.",
			json.RawMessage(narrative), "FUNDED", 1, submitted, fmt.Sprintf("PG/%d/%07d", submitted.Year(), 12000+a.idx*7),
			nil, a.id, c.id, nil)
		for _, l := range a.lines {
			g.t.applicationLines.add(a.appID, l.id)
		}
		weights := make([]int64, len(a.lines))
		for i, l := range a.lines {
			weights[i] = lineWeight(l.code)
		}
		catWeights := make([]int64, len(c.cats))
		for i, k := range c.cats {
			catWeights[i] = k.shareBP
		}
		a.alloc = make([][]int64, len(a.members))
		n := 0
		for m, b := range a.members {
			a.alloc[m] = make([]int64, len(c.cats))
			budget := min(max(int64(b.pop)*c.centsPerHead, 800_000), capPerMember)
			perLine, err := money.SplitLargestRemainder(budget, weights)
			if err != nil {
				return err
			}
			for i, l := range a.lines {
				parts, err := money.SplitLargestRemainder(perLine[i], catWeights)
				if err != nil {
					return err
				}
				for j, k := range c.cats {
					if parts[j] == 0 {
						continue
					}
					t := appCreated.Add(time.Duration(n+1) * time.Millisecond)
					n++
					g.t.budgetLines.add(blseq.next(t), t, t, a.id, regionID, 0, parts[j], nil, a.appID, b.id, l.id, k.id, 1)
					a.alloc[m][j] += parts[j]
				}
			}
			a.granted += budget
		}
		c.granted += a.granted

		// The project and its allocations (per member and category).
		a.projectID = prseq.next(decreeAt)
		a.cup = cup(a.idx, c.decree.Year())
		eu, state := a.granted/2, a.granted*35/100
		g.t.projects.add(a.projectID, decreeAt, decreeAt, a.id, regionID, title, a.cup,
			fmt.Sprintf("DD %d/TD", 300+a.idx), c.decree, a.granted, eu, state, a.granted-eu-state, int64(0),
			"ACTIVE", a.start, a.end, a.id, a.appID, c.id)
		for m, b := range a.members {
			for j, k := range c.cats {
				if a.alloc[m][j] == 0 {
					continue
				}
				t := decreeAt.Add(time.Duration(m*len(c.cats)+j+1) * time.Millisecond)
				g.t.allocations.add(alseq.next(t), t, t, a.id, regionID, a.alloc[m][j], b.id, k.id, nil, a.projectID)
			}
		}
		// The advance, paid.
		req := addDays(c.decree, 10)
		t = at(req, a.idx%3600)
		g.t.disbursements.add(dbseq.next(t), t, at(addDays(req, 35), 0), a.id, regionID, "ADVANCE", money.BasisPoints(a.granted, 3000),
			"PAID", req, addDays(req, 20), addDays(req, 35), nil, a.projectID)
	}
	return nil
}
