package population

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/populationfigure"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
)

// Unmatched is a comune of the file that no body in the database has: a
// comune created (by merger or split) after the reference list was loaded.
type Unmatched struct {
	ISTAT, Name string
	Population  int
}

// Result counts what an import did.
type Result struct {
	Year int
	// Read is the number of comuni in the file; Matched those found in the
	// database by ISTAT code.
	Read, Matched int
	// Created, Corrected and Unchanged split the matched figures: new for
	// the year, different from the figure already recorded for the year,
	// equal to it.
	Created, Corrected, Unchanged int
	// BodiesUpdated counts the bodies whose current population
	// (PublicBody.population, population_year) became this file's, because
	// it is newer than what they had (or corrects the same year).
	BodiesUpdated int
	// Unmatched lists the comuni of the file missing from the database,
	// sorted by code.
	Unmatched []Unmatched
}

// batch keeps every IN list and bulk insert under the parameter limits of
// PostgreSQL and SQLite.
const batch = 500

// Import records f's figures as PopulationFigure rows (body, year,
// population, source) for the comuni already loaded, matched by ISTAT code,
// and makes them the bodies' current population when they are newer. It is
// idempotent: importing the same file again changes nothing. It acts as the
// system (a maintenance command) and runs in one transaction.
func Import(ctx context.Context, client *gen.Client, f *File) (Result, error) {
	ctx = authz.WithSystem(ctx)
	res := Result{Year: f.Year, Read: len(f.Figures)}
	tx, err := client.Tx(ctx)
	if err != nil {
		return res, err
	}
	defer func() { _ = tx.Rollback() }()
	for start := 0; start < len(f.Figures); start += batch {
		part := f.Figures[start:min(start+batch, len(f.Figures))]
		if err := importBatch(ctx, tx, f, part, &res); err != nil {
			return res, fmt.Errorf("comuni %d–%d: %w", start+1, start+len(part), err)
		}
	}
	slices.SortFunc(res.Unmatched, func(a, b Unmatched) int {
		switch {
		case a.ISTAT < b.ISTAT:
			return -1
		case a.ISTAT > b.ISTAT:
			return 1
		}
		return 0
	})
	return res, tx.Commit()
}

// importBatch records the figures of part (at most batch comuni of f).
func importBatch(ctx context.Context, tx *gen.Tx, f *File, part []Figure, res *Result) error {
	source := f.Source()
	codes := make([]string, len(part))
	for i, fg := range part {
		codes[i] = fg.ISTAT
	}
	bodies, err := tx.PublicBody.Query().Where(publicbody.IstatCodeIn(codes...)).All(ctx)
	if err != nil {
		return err
	}
	byCode := make(map[string]*gen.PublicBody, len(bodies))
	ids := make([]pulid.ID, len(bodies))
	for i, b := range bodies {
		byCode[*b.IstatCode] = b
		ids[i] = b.ID
	}
	old, err := tx.PopulationFigure.Query().
		Where(populationfigure.Year(f.Year), populationfigure.BodyIDIn(ids...)).All(ctx)
	if err != nil {
		return err
	}
	had := make(map[pulid.ID]*gen.PopulationFigure, len(old))
	for _, o := range old {
		had[o.BodyID] = o
	}
	var creates, keep []*gen.PopulationFigureCreate
	for _, fg := range part {
		b, ok := byCode[fg.ISTAT]
		if !ok {
			res.Unmatched = append(res.Unmatched, Unmatched{ISTAT: fg.ISTAT, Name: fg.Name, Population: fg.Population})
			continue
		}
		res.Matched++
		switch o := had[b.ID]; {
		case o == nil:
			res.Created++
		case o.Population != fg.Population || o.Source != source:
			res.Corrected++
		default:
			res.Unchanged++
			continue
		}
		creates = append(creates, tx.PopulationFigure.Create().SetBodyID(b.ID).SetYear(f.Year).
			SetPopulation(fg.Population).SetSource(source))
		if k := keepCurrent(tx, b, f.Year); k != nil {
			keep = append(keep, k)
		}
		if err := updateBody(ctx, tx, b, f.Year, fg.Population, res); err != nil {
			return err
		}
	}
	if len(keep) > 0 {
		// The figure a body had (e.g. the 2011 census) stays available
		// for the calls and projects that use that year.
		err := tx.PopulationFigure.CreateBulk(keep...).
			OnConflict(sql.ConflictColumns(populationfigure.FieldBodyID, populationfigure.FieldYear)).DoNothing().Exec(ctx)
		if err != nil {
			return fmt.Errorf("keeping the previous figures: %w", err)
		}
	}
	if len(creates) > 0 {
		err := tx.PopulationFigure.CreateBulk(creates...).
			OnConflict(sql.ConflictColumns(populationfigure.FieldBodyID, populationfigure.FieldYear)).
			Update(func(u *gen.PopulationFigureUpsert) { u.UpdatePopulation().UpdateSource().UpdateUpdatedAt() }).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("saving the figures: %w", err)
		}
	}
	return nil
}

// keepCurrent returns the creation of a PopulationFigure for the
// population a body has of another year than the file's, or nil.
func keepCurrent(tx *gen.Tx, b *gen.PublicBody, year int) *gen.PopulationFigureCreate {
	if b.Population == nil || b.PopulationYear == nil || *b.PopulationYear == year {
		return nil
	}
	return tx.PopulationFigure.Create().SetBodyID(b.ID).SetYear(*b.PopulationYear).
		SetPopulation(*b.Population).SetSource(PreviousSource(*b.PopulationYear))
}

// PreviousSource describes a figure a body had before ISTAT's yearly
// figures were loaded: the legal population of the census loaded with the
// comuni, or a figure entered for the body.
func PreviousSource(year int) string {
	if year%10 == 1 && year <= 2011 {
		return fmt.Sprintf("ISTAT, popolazione legale al censimento %d (elenco dei comuni)", year)
	}
	return fmt.Sprintf("Popolazione registrata per l'ente, anno %d", year)
}

// updateBody makes the figure the body's current population when the body
// has none, an older one, or a different figure for the same year.
func updateBody(ctx context.Context, tx *gen.Tx, b *gen.PublicBody, year, pop int, res *Result) error {
	if b.PopulationYear != nil && (*b.PopulationYear > year ||
		(*b.PopulationYear == year && b.Population != nil && *b.Population == pop)) {
		return nil
	}
	if err := tx.PublicBody.UpdateOneID(b.ID).SetPopulation(pop).SetPopulationYear(year).Exec(ctx); err != nil {
		return fmt.Errorf("%s: %w", b.Name, err)
	}
	res.BodiesUpdated++
	return nil
}
