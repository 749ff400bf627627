package scale

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// project is the running project of an aggregation while it is generated.
type project struct {
	*aggregation
	r         *rand.Rand
	regionID  string
	contracts []*contract
	invoices  []*invoice
}

// contract is a lot's contract and its split across the members.
type contract struct {
	id, cig string
	vendor  *vendor
	cat     category
	line    ref
	shares  []share // sorted by body ID, as the invoice split reads them
	net     int64
	vat     int64
	start   time.Time
}

// share is a member's part of a contract or an invoice.
type share struct {
	body   *body
	amount int64
}

// committedBP is the share of every member's allocation the contracts of a
// category commit, at most (the rest is the margin of the split methods).
const committedBP = 9000

// Procedures by object, with their CPV codes.
var (
	objectOf  = map[string]string{"SERV": "SERVICES", "SW": "SERVICES", "HW": "SUPPLIES", "FORM": "SERVICES"}
	cpvOf     = map[string]string{"SERV": "72000000-5", "SW": "48000000-8", "HW": "30200000-1", "FORM": "80500000-9"}
	objectOf2 = map[string]string{"SERV": "Servizi di sviluppo e gestione", "SW": "Licenze software e servizi cloud",
		"HW": "Fornitura di apparati e postazioni", "FORM": "Formazione del personale"}
	frameworks = []string{"Consip SPC Cloud – Lotto 1", "Accordo quadro Consip Servizi applicativi – Lotto 2",
		"Convenzione Consip Tecnologie Server 4", "Accordo quadro Consip Public Cloud IaaS e PaaS"}
	rups = []string{"Ing. Franco Marini", "Dott.ssa Anna Galli", "Geom. Luca Ferraro", "Dott. Marco Rinaldi", "Dott.ssa Chiara Conti"}
)

// procurements writes the project's procedures: each buys for all the
// members or a part of them, has two lots (one CIG each) awarded and
// contracted, and a procedure type that the thresholds in force and the
// lead's qualification allow (internal/procurementlaw finds nothing to warn
// about). Contract costs commit at most committedBP of each member's
// allocation in the contract's category, split by population or in equal
// parts when that fits, in custom amounts otherwise.
func (g *generator) procurements(p *project) error {
	r, c := p.r, p.call
	pcseq, ltseq, ctseq, csseq := g.seq("PC"), g.seq("LT"), g.seq("CT"), g.seq("CS")
	nContracts := procurementsPerProject * lotsPerProcurement
	// Categories of the contracts, and each contract's fraction of its
	// category's allocations.
	cats := make([]int, 0, nContracts)
	for j, k := range c.cats {
		for range int(k.shareBP) * nContracts / 10000 {
			cats = append(cats, j)
		}
	}
	for len(cats) < nContracts {
		cats = append(cats, 0)
	}
	r.Shuffle(len(cats), func(i, j int) { cats[i], cats[j] = cats[j], cats[i] })
	weights := make([]int64, nContracts)
	perCat := make([]int64, len(c.cats))
	for i := range weights {
		weights[i] = 60 + int64(r.IntN(81))
		perCat[cats[i]] += weights[i]
	}
	for pi := 0; pi < procurementsPerProject; pi++ {
		started := addDays(p.start, 10+pi*9+r.IntN(6))
		beneficiaries := p.members
		if p.idx != 0 && r.IntN(10) >= 6 {
			beneficiaries = pick(r, p.members, max(min(2, len(p.members)), 1+r.IntN(len(p.members))))
		}
		type lotPlan struct {
			ct              *contract
			base, award     int64
			split           string
			awarded, signed time.Time
		}
		var lots []lotPlan
		var base int64
		for li := 0; li < lotsPerProcurement; li++ {
			ci := pi*lotsPerProcurement + li
			k := c.cats[cats[ci]]
			ct := &contract{cat: k, line: p.lines[ci%len(p.lines)], vendor: p.region.vendors[r.IntN(len(p.region.vendors))]}
			split, shares := splitContract(p, beneficiaries, cats[ci], weights[ci], perCat[cats[ci]])
			cost := int64(0)
			for _, s := range shares {
				cost += s.amount
			}
			ct.shares = shares
			if k.vatEligible {
				ct.net = (cost*100 + 61) / 122
				ct.vat = cost - ct.net
			} else {
				ct.net, ct.vat = cost, money.BasisPoints(cost, 2200)
			}
			lp := lotPlan{ct: ct, award: ct.net, split: split}
			lp.base = lp.award * 10000 / int64(10000-r.IntN(1500))
			base += lp.base
			lots = append(lots, lp)
		}
		obj := objectOf[lots[0].ct.cat.code]
		typ, legal, framework := procedureFor(r, obj, base, started, p.lead.qualified)
		if f := procurementlaw.Check(procurementlaw.Input{Object: procurementlaw.Object(obj), Procedure: procurementlaw.Procedure(typ),
			BaseCents: base, StartedOn: civilOf(started), QualifiedBody: p.lead.qualified, FrameworkReference: framework}); len(f) > 0 {
			return fmt.Errorf("procedure %s for %d cents: %s", typ, base, f[0].Message)
		}
		created := at(started, pi*60)
		last := created
		pcID := pcseq.next(created)
		for li := range lots {
			lp := &lots[li]
			lp.awarded = addDays(started, 20+r.IntN(25))
			lp.signed = addDays(lp.awarded, 7+r.IntN(14))
			last = maxTime(last, at(lp.signed, 0))
		}
		var sep any
		if r.IntN(2) == 0 {
			sep = base * int64(115+r.IntN(25)) / 100
		}
		var plan, proj any
		if typ == "DIRECT_AWARD_FRAMEWORK" {
			plan, proj = fmt.Sprintf("PdF-%d-%04d", started.Year(), r.IntN(10000)), fmt.Sprintf("PrjF-%d-%04d", started.Year(), r.IntN(10000))
		}
		g.t.procurements.add(pcID, created, last, p.id, p.regionID,
			fmt.Sprintf("%s per %d enti – procedura %d", objectOf2[lots[0].ct.cat.code], len(beneficiaries), pi+1),
			obj, typ, legal, base, cpvOf[lots[0].ct.cat.code], rups[(p.idx+pi)%len(rups)], nil,
			fmt.Sprintf("%d/%d", 100+pi*7+p.idx%50, started.Year()), addDays(started, -3), started, "CONTRACTED",
			optStr(framework), plan, proj, sep, false, p.lead.id, p.projectID, jsonNull)
		for _, b := range sortedByID(beneficiaries) {
			g.t.beneficiaries.add(pcID, b.id)
		}
		for li, lp := range lots {
			ct := lp.ct
			ct.cig = cig(g.lots)
			g.lots++
			t := created.Add(time.Duration(li+1) * time.Minute)
			ltID := ltseq.next(t)
			g.t.lots.add(ltID, t, at(lp.awarded, 0), p.id, p.regionID, li+1, fmt.Sprintf("Lotto %d – %s", li+1, ct.line.name),
				ct.cig, lp.base, lp.award, lp.awarded, ct.vendor.id, pcID)
			if typ == "NEGOTIATED_BELOW_THRESHOLD" || typ == "OPEN" {
				others := make([]*vendor, 0, len(p.region.vendors))
				for _, v := range p.region.vendors {
					if v != ct.vendor {
						others = append(others, v)
					}
				}
				invited := append([]*vendor{ct.vendor}, pick(r, others, 4)...)
				for i, v := range invited {
					g.t.invited.add(ltID, v.id)
					if i < 3 {
						g.t.bidders.add(ltID, v.id)
					}
				}
			}
			ct.start = addDays(lp.signed, 1+r.IntN(14))
			st := at(lp.signed, 3600)
			ct.id = ctseq.next(st)
			g.t.contracts.add(ct.id, st, st, p.id, p.regionID, fmt.Sprintf("Rep. %d/%d", 1000+g.lots%9000, lp.signed.Year()),
				lp.signed, ct.net, ct.vat, ct.start, p.end, lp.split, "ACTIVE", ltID, ct.vendor.id, 1, ct.line.id)
			for i, s := range ct.shares {
				t := st.Add(time.Duration(i+1) * time.Millisecond)
				g.t.costShares.add(csseq.next(t), t, t, p.id, p.regionID, s.amount, ct.id, s.body.id, ct.cat.id)
			}
			p.contracts = append(p.contracts, ct)
		}
	}
	return nil
}

var jsonNull = json.RawMessage("null")

// splitContract returns the split method and the shares (without zeros,
// sorted by body ID) of a contract taking weight/catWeight of committedBP
// of the beneficiaries' allocations in category k: by population or in
// equal parts when every share stays within the member's part of that
// (with 5% of tolerance), else proportional to the allocations.
func splitContract(p *project, beneficiaries []*body, k int, weight, catWeight int64) (string, []share) {
	allocOf := map[*body]int64{}
	for m, b := range p.members {
		allocOf[b] = p.alloc[m][k]
	}
	var total int64
	limit := make([]int64, len(beneficiaries))
	allocs := make([]int64, len(beneficiaries))
	for i, b := range beneficiaries {
		allocs[i] = allocOf[b]
		limit[i] = allocs[i] * committedBP / 10000 * weight / catWeight
		total += limit[i]
	}
	fits := func(parts []int64) bool {
		for i, v := range parts {
			if v*100 > limit[i]*105 {
				return false
			}
		}
		return true
	}
	method := "CUSTOM"
	parts, _ := money.SplitLargestRemainder(total, allocs)
	pops := make([]int64, len(beneficiaries))
	for i, b := range beneficiaries {
		pops[i] = int64(b.pop)
	}
	if byPop, err := money.SplitLargestRemainder(total, pops); err == nil && !slices.Contains(pops, 0) && fits(byPop) {
		method, parts = "POPULATION", byPop
	} else if equal, err := money.SplitEqual(total, len(beneficiaries)); err == nil && fits(equal) {
		method, parts = "EQUAL", equal
	}
	out := make([]share, 0, len(beneficiaries))
	for i, b := range beneficiaries {
		if parts[i] > 0 {
			out = append(out, share{body: b, amount: parts[i]})
		}
	}
	slices.SortFunc(out, func(a, b share) int { return cmp.Compare(a.body.id, b.body.id) })
	return method, out
}

// procedureFor chooses the procedure type of a procedure of base cents
// started on the given day: direct award (or adhesion to a Consip
// framework) below the direct-award limit; above it a negotiated procedure
// (below the EU threshold) or an open one for a qualified body, a framework
// adhesion for the others.
func procedureFor(r *rand.Rand, obj string, base int64, started time.Time, qualified bool) (typ, legal, framework string) {
	t, _ := procurementlaw.ThresholdsOn(civilOf(started))
	o := procurementlaw.Object(obj)
	switch {
	case base < t.DirectAwardLimit(o) && r.IntN(4) > 0:
		return "DIRECT_AWARD", "art. 50, c. 1, lett. b), D.Lgs. 36/2023", ""
	case base < t.DirectAwardLimit(o) || !qualified:
		return "DIRECT_AWARD_FRAMEWORK", "art. 1, c. 512, L. 208/2015; art. 59 D.Lgs. 36/2023", frameworks[r.IntN(len(frameworks))]
	case base < t.EULimit(o):
		return "NEGOTIATED_BELOW_THRESHOLD", "art. 50, c. 1, lett. e), D.Lgs. 36/2023", ""
	default:
		return "OPEN", "art. 71 D.Lgs. 36/2023", ""
	}
}

func sortedByID(bs []*body) []*body {
	out := slices.Clone(bs)
	slices.SortFunc(out, func(a, b *body) int { return cmp.Compare(a.id, b.id) })
	return out
}
