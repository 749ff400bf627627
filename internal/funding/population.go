package funding

import (
	"fmt"

	"github.com/capofila/capofila/internal/population"
)

// populationProblems tells the lead which members lack the population the
// per-inhabitant figures need (of the call's year, or of one common year):
// the budget can still be saved, but the figures leave them out.
func populationProblems(b *population.Basis) []Problem {
	var ps []Problem
	switch {
	case len(b.Missing) > 0 && b.Asked != nil:
		ps = append(ps, Problem{Rule: "population.missing_year", Message: fmt.Sprintf(
			"Il bando usa la popolazione ISTAT al 1° gennaio %d, che manca per: %s; il costo per abitante non li conta. Caricarla con «%s».",
			*b.Asked, population.Names(b.Missing), population.ImportHint(*b.Asked))})
	case len(b.Missing) > 0:
		ps = append(ps, Problem{Rule: "population.missing", Message: fmt.Sprintf(
			"Manca la popolazione di %s; il costo per abitante non li conta. Caricare i dati ISTAT con «capofila import-population».",
			population.Names(b.Missing))})
	}
	if len(b.Mixed) > 0 {
		ps = append(ps, Problem{Rule: "population.mixed_years", Message: fmt.Sprintf(
			"La popolazione degli enti non è dello stesso anno: %s. Il bando dovrebbe indicare l'anno della popolazione di riferimento.",
			b.MixedText())})
	}
	return ps
}
