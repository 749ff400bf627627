package population

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/populationfigure"
	"github.com/capofila/capofila/ent/schema/pulid"
)

// Basis is the population a computation uses for a set of bodies: the
// figure of each body and the one year they all refer to.
type Basis struct {
	// Year is the year of 1 January of every figure; nil when the figures
	// carry no year (bodies loaded by hand without one).
	Year *int
	// ByBody is each body's population; bodies in Missing are absent.
	ByBody map[pulid.ID]int
	// Missing are the bodies without a figure for the year asked (or
	// without any figure).
	Missing []*gen.PublicBody
	// Mixed, without a year asked, lists the bodies by the year of their
	// latest figure when those years differ.
	Mixed map[int][]*gen.PublicBody
	// Asked is the year the caller asked for (the call's), if any.
	Asked *int
}

// Total is the sum of the figures found.
func (b *Basis) Total() int {
	n := 0
	for _, p := range b.ByBody {
		n += p
	}
	return n
}

// OK reports whether every body has a figure and all figures are of one
// year.
func (b *Basis) OK() bool { return len(b.Missing) == 0 && len(b.Mixed) == 0 }

// Label is how the year is said to users: "ISTAT al 1° gennaio 2024", or
// "anno non indicato".
func (b *Basis) Label() string { return Label(b.Year) }

// Label says a population year to users.
func Label(year *int) string {
	if year == nil {
		return "anno non indicato"
	}
	if *year <= 2011 && *year%10 == 1 {
		return fmt.Sprintf("censimento %d", *year)
	}
	return fmt.Sprintf("ISTAT al 1° gennaio %d", *year)
}

// Names lists bodies by name, sorted, for messages.
func Names(bs []*gen.PublicBody) string {
	names := make([]string, len(bs))
	for i, b := range bs {
		names[i] = b.Name
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// MixedText describes the years of Mixed: "Comune di A, Comune di B (2011);
// Comune di C (2025)".
func (b *Basis) MixedText() string {
	years := make([]int, 0, len(b.Mixed))
	for y := range b.Mixed {
		years = append(years, y)
	}
	slices.Sort(years)
	parts := make([]string, len(years))
	for i, y := range years {
		yl := fmt.Sprint(y)
		if y == 0 {
			yl = "anno non indicato"
		}
		parts[i] = fmt.Sprintf("%s (%s)", Names(b.Mixed[y]), yl)
	}
	return strings.Join(parts, "; ")
}

// ImportHint is the command that loads a year's figures, for messages.
func ImportHint(year int) string {
	return fmt.Sprintf("capofila import-population --file POSAS_%d_it_Comuni.csv", year)
}

// Resolve tells which population each body counts with. With year (the
// call's population year) it is the figure of that year: a PopulationFigure
// row, or the body's own population when it is of that year (e.g. the 2011
// census loaded with the comuni). Without year it is each body's latest
// figure, not after atMost when given (a funded project keeps the figures
// of its funding year even when newer ones are loaded later), and every
// body must have one of the same year. The caller decides what a problem
// means (an INVALID split, a warning on an application). The client's
// viewer must be allowed to read the bodies; figures are public reference
// data. It runs one query.
func Resolve(ctx context.Context, client *gen.Client, bodies []*gen.PublicBody, year, atMost *int) (*Basis, error) {
	b := &Basis{ByBody: make(map[pulid.ID]int, len(bodies)), Asked: year}
	if len(bodies) == 0 {
		b.Year = year
		return b, nil
	}
	ids := make([]pulid.ID, len(bodies))
	for i, x := range bodies {
		ids[i] = x.ID
	}
	q := client.PopulationFigure.Query().Where(populationfigure.BodyIDIn(ids...))
	switch {
	case year != nil:
		q = q.Where(populationfigure.Year(*year))
	case atMost != nil:
		q = q.Where(populationfigure.YearLTE(*atMost))
	}
	figs, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	type fig struct{ year, pop int }
	best := make(map[pulid.ID]fig, len(bodies))
	for _, f := range figs {
		if cur, ok := best[f.BodyID]; !ok || f.Year > cur.year {
			best[f.BodyID] = fig{f.Year, f.Population}
		}
	}
	for _, x := range bodies {
		if x.Population == nil || *x.Population <= 0 {
			continue
		}
		own := fig{0, *x.Population}
		if x.PopulationYear != nil {
			own.year = *x.PopulationYear
		}
		cur, ok := best[x.ID]
		switch {
		case year != nil:
			if !ok && own.year == *year {
				best[x.ID] = own
			}
		case atMost != nil && own.year > *atMost:
		case !ok || own.year > cur.year:
			best[x.ID] = own
		}
	}
	years := map[int][]*gen.PublicBody{}
	for _, x := range bodies {
		f, ok := best[x.ID]
		if !ok || f.pop <= 0 {
			b.Missing = append(b.Missing, x)
			continue
		}
		b.ByBody[x.ID] = f.pop
		years[f.year] = append(years[f.year], x)
	}
	switch {
	case year != nil:
		b.Year = year
	case len(years) > 1:
		b.Mixed = years
	default:
		for y := range years {
			if y != 0 {
				b.Year = &y
			}
		}
	}
	return b, nil
}
