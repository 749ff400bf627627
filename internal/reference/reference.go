// Package reference loads reference data into the database: every Italian
// comune (from the ISTAT dataset embedded by internal/comuni) and the
// Region bodies. Loading is an upsert keyed by the ISTAT code, so running it
// again updates names and populations instead of duplicating bodies.
package reference

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/comuni"
)

// Result counts what an import did.
type Result struct {
	Comuni  int
	Regions int
	// ReferenceDate and PopulationYear describe the data loaded.
	ReferenceDate  string
	PopulationYear int
}

// batchSize keeps each INSERT well under the parameter limits of both
// PostgreSQL (65,535) and SQLite (32,766).
const batchSize = 500

// ComuneName is the official body name of a comune, e.g. "Comune di Fermo".
func ComuneName(name string) string { return "Comune di " + name }

// Import upserts the comuni and Region bodies of ds. It acts as the system:
// it is a maintenance command, not a user action.
func Import(ctx context.Context, client *gen.Client, ds *comuni.Dataset) (Result, error) {
	ctx = authz.WithSystem(ctx)
	res := Result{ReferenceDate: ds.ReferenceDate, PopulationYear: ds.PopulationYear}
	tx, err := client.Tx(ctx)
	if err != nil {
		return res, err
	}
	defer func() { _ = tx.Rollback() }()
	for start := 0; start < len(ds.Comuni); start += batchSize {
		end := min(start+batchSize, len(ds.Comuni))
		builders := make([]*gen.PublicBodyCreate, 0, end-start)
		for _, c := range ds.Comuni[start:end] {
			b := tx.PublicBody.Create().
				SetName(ComuneName(c.Name)).
				SetKind(publicbody.KindCOMUNE).
				SetIstatCode(c.ISTAT).
				SetCodiceCatastale(c.CodiceCatastale).
				SetProvinceCode(c.ProvinceSigla).
				SetProvinceName(c.ProvinceName).
				SetRegionCode(c.RegionCode).
				SetRegionName(c.RegionName)
			if c.Population > 0 {
				b.SetPopulation(c.Population).SetPopulationYear(ds.PopulationYear)
			}
			builders = append(builders, b)
		}
		err := tx.PublicBody.CreateBulk(builders...).
			OnConflict(sql.ConflictColumns(publicbody.FieldIstatCode), sql.ResolveWith(keepNewerPopulation)).
			Update(func(u *gen.PublicBodyUpsert) {
				u.UpdateName().UpdateCodiceCatastale().UpdateProvinceCode().UpdateProvinceName().
					UpdateRegionCode().UpdateRegionName().UpdateUpdatedAt()
			}).
			Exec(ctx)
		if err != nil {
			return res, fmt.Errorf("importing comuni %d–%d: %w", start+1, end, err)
		}
		res.Comuni += end - start
	}
	bodies := comuni.RegionBodies()
	for _, r := range ds.Regions() {
		rb, ok := bodies[r.Code]
		if !ok {
			continue
		}
		if err := upsertRegion(ctx, tx, rb, r); err != nil {
			return res, err
		}
		res.Regions++
	}
	return res, tx.Commit()
}

// keepNewerPopulation updates a comune's population only when the dataset's
// is not older than the one it has: re-importing the 2011 census must not
// undo a newer ISTAT figure loaded by import-population.
func keepNewerPopulation(u *sql.UpdateSet) {
	t := u.Table()
	newer := fmt.Sprintf("%s IS NULL OR %s <= %s", t.C(publicbody.FieldPopulationYear), t.C(publicbody.FieldPopulationYear),
		"excluded."+publicbody.FieldPopulationYear)
	for _, col := range []string{publicbody.FieldPopulation, publicbody.FieldPopulationYear} {
		u.Set(col, sql.Expr(fmt.Sprintf("CASE WHEN %s THEN %s ELSE %s END", newer, "excluded."+col, t.C(col))))
	}
}

func upsertRegion(ctx context.Context, tx *gen.Tx, rb comuni.RegionBody, r comuni.Region) error {
	existing, err := tx.PublicBody.Query().
		Where(publicbody.KindEQ(publicbody.KindREGIONE), publicbody.RegionCode(r.Code)).
		Only(ctx)
	switch {
	case gen.IsNotFound(err):
		c := tx.PublicBody.Create().
			SetName(rb.Name).SetKind(publicbody.KindREGIONE).
			SetRegionCode(r.Code).SetRegionName(r.Name)
		if rb.CodiceFiscale != "" {
			c.SetCodiceFiscale(rb.CodiceFiscale)
		}
		if err := c.Exec(ctx); err != nil {
			return fmt.Errorf("creating %s: %w", rb.Name, err)
		}
		return nil
	case err != nil:
		return err
	}
	u := existing.Update().SetName(rb.Name).SetRegionName(r.Name)
	if rb.CodiceFiscale != "" {
		u.SetCodiceFiscale(rb.CodiceFiscale)
	}
	return u.Exec(ctx)
}

// Region returns the body of the Region with the given ISTAT code ("11" for
// Marche).
func Region(ctx context.Context, client *gen.Client, code string) (*gen.PublicBody, error) {
	return client.PublicBody.Query().
		Where(publicbody.KindEQ(publicbody.KindREGIONE), publicbody.RegionCode(code)).
		Only(ctx)
}
