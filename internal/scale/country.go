package scale

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/reference"
)

// body is a public body as the generator needs it.
type body struct {
	id, name, istat, sigla string
	provinceCode           string // 3-digit ISTAT code, for VAT office codes
	pop                    int
	qualified              bool
}

// region is a Region: its body, its comuni by province, its vendors,
// calls and staff.
type region struct {
	code, name string
	body       *body
	comuni     []*body
	provinces  [][]*body
	vendors    []*vendor
	calls      []*call
	officerID  string
	auditorID  string
}

// vendor is a supplier of a Region's market.
type vendor struct {
	id, name, vat string
	invoices      int // invoices issued so far, for their numbers
}

// qualifiedPopulation is the size from which a comune is taken to hold
// ANAC qualification as a contracting authority (art. 63 D.Lgs. 36/2023).
const qualifiedPopulation = 40_000

// importedAt is when the comuni were loaded (import-comuni).
var importedAt = time.Date(2023, 5, 2, 7, 30, 0, 0, time.UTC)

// country writes every comune and the Region bodies as import-comuni does,
// and returns the Regions in ISTAT order.
func (g *generator) country(ds *comuni.Dataset) []*region {
	seq := g.seq("PB")
	byCode := map[string]*region{}
	var out []*region
	for i, c := range ds.Comuni {
		r := byCode[c.RegionCode]
		if r == nil {
			r = &region{code: c.RegionCode, name: c.RegionName}
			byCode[c.RegionCode] = r
			out = append(out, r)
		}
		created := importedAt.Add(time.Duration(i) * time.Millisecond)
		b := &body{id: seq.next(created), name: reference.ComuneName(c.Name), istat: c.ISTAT, sigla: c.ProvinceSigla,
			provinceCode: c.ProvinceCode, pop: c.Population, qualified: c.Population >= qualifiedPopulation}
		r.comuni = append(r.comuni, b)
		var pop, year any
		if c.Population > 0 {
			pop, year = c.Population, ds.PopulationYear
		}
		g.t.publicBodies.add(b.id, created, created, b.name, "COMUNE", nil, nil, c.ISTAT, c.CodiceCatastale,
			c.ProvinceSigla, c.ProvinceName, c.RegionCode, c.RegionName, pop, year, nil, nil, b.qualified)
	}
	slices.SortFunc(out, func(a, b *region) int { return cmp.Compare(a.code, b.code) })
	bodies := comuni.RegionBodies()
	created := importedAt.Add(time.Minute)
	for _, r := range out {
		rb := bodies[r.code]
		created = created.Add(time.Millisecond)
		r.body = &body{id: seq.next(created), name: rb.Name}
		g.t.publicBodies.add(r.body.id, created, created, rb.Name, "REGIONE", optStr(rb.CodiceFiscale), nil, nil, nil,
			nil, nil, r.code, r.name, nil, nil, nil, nil, false)
		for _, b := range r.comuni {
			if n := len(r.provinces); n == 0 || r.provinces[n-1][0].sigla != b.sigla {
				r.provinces = append(r.provinces, nil)
			}
			r.provinces[len(r.provinces)-1] = append(r.provinces[len(r.provinces)-1], b)
		}
	}
	return out
}

// Words of the vendors' names.
var (
	vendorFirst = []string{"Adriatica", "Tirrenica", "Appennino", "Alpina", "Padana", "Ionica", "Sabina", "Etrusca",
		"Lagunare", "Dolomiti", "Sannita", "Picena", "Lucana", "Sicula", "Sarda", "Ligure", "Insubre", "Daunia", "Brezia", "Umbra"}
	vendorSecond = []string{"Software", "Digitale", "Cloud", "Informatica", "Sistemi", "Reti", "Dati", "Servizi Digitali",
		"Tecnologie", "Consulting", "Innovazione", "Web", "Soluzioni", "Data Center", "PA Digitale"}
	vendorForms = []string{"S.r.l.", "S.p.A.", "S.r.l.s.", "Soc. Coop.", "S.r.l."}
)

// vendors writes each Region's market of IT suppliers, with valid partite
// IVA of the province they are based in.
func (g *generator) vendors(regions []*region, perRegion int) {
	seq := g.seq("VN")
	r0 := g.rng(0, 1)
	n := 0
	created := importedAt.Add(time.Hour)
	for _, r := range regions {
		for i := 0; i < perRegion; i++ {
			city := r.comuni[r0.IntN(len(r.comuni))]
			name := fmt.Sprintf("%s %s %s", vendorFirst[(n+i)%len(vendorFirst)], vendorSecond[(n/len(vendorFirst)+i)%len(vendorSecond)],
				vendorForms[n%len(vendorForms)])
			v := &vendor{name: name, vat: partitaIVA(n, city.provinceCode)}
			created = created.Add(time.Second)
			v.id = seq.next(created)
			pec := fmt.Sprintf("amministrazione%d@pec.%s.it", n, slug(name))
			g.t.vendors.add(v.id, created, created, name, v.vat, nil, pec, nil, strings.TrimPrefix(city.name, "Comune di "), false)
			r.vendors = append(r.vendors, v)
			n++
		}
	}
}

// slug turns a name into a lower-case domain label.
func slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pick returns k distinct elements of xs, in a random order.
func pick[T any](r *rand.Rand, xs []T, k int) []T {
	idx := r.Perm(len(xs))[:k]
	out := make([]T, k)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}
