package funding

import (
	"context"
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/population"
)

// checkPopulationYearChange refuses a correction that changes the call's
// population year once a project of the call is funded: the project keeps
// the population its allocations and splits were computed with
// (CONFLICT, rule call.population_year_locked).
func (s *Service) checkPopulationYearChange(ctx context.Context, c *gen.Call, in gen.UpdateCallInput) error {
	next := c.PopulationYear
	if in.ClearPopulationYear {
		next = nil
	}
	if in.PopulationYear != nil {
		next = in.PopulationYear
	}
	same := (next == nil && c.PopulationYear == nil) || (next != nil && c.PopulationYear != nil && *next == *c.PopulationYear)
	if same {
		return nil
	}
	n, err := s.Client(ctx).Project.Query().Where(project.CallID(c.ID)).Count(authz.Elevate(ctx))
	if err != nil {
		return err
	}
	if n > 0 {
		return &apperr.Error{Code: apperr.Conflict, Field: "populationYear", Rule: "call.population_year_locked",
			Message: fmt.Sprintf("Il bando ha già %d progetti finanziati: la popolazione di riferimento (%s) non si cambia più, perché le loro quote e ripartizioni la usano.",
				n, population.Label(c.PopulationYear))}
	}
	return nil
}

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
