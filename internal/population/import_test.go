package population_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/populationfigure"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/population"
	"github.com/capofila/capofila/internal/reference"
	"github.com/capofila/capofila/internal/testdb"
)

var sys = authz.WithSystem(context.Background())

// loadComuni loads the embedded ISTAT list's comuni with the given codes
// (2011 census populations).
func loadComuni(t *testing.T, c *gen.Client, codes ...string) {
	t.Helper()
	ds, err := comuni.Load()
	if err != nil {
		t.Fatal(err)
	}
	var keep []comuni.Comune
	for _, code := range codes {
		cm, ok := ds.ByISTAT(code)
		if !ok {
			t.Fatalf("comune %s not in the embedded list", code)
		}
		keep = append(keep, cm)
	}
	ds.Comuni = keep
	if _, err := reference.Import(sys, c, ds); err != nil {
		t.Fatal(err)
	}
}

func body(t *testing.T, c *gen.Client, code string) *gen.PublicBody {
	t.Helper()
	b, err := c.PublicBody.Query().Where(publicbody.IstatCode(code)).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseSample(t *testing.T) *population.File {
	t.Helper()
	f, err := population.Parse(readSample(t), 0, population.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestImport_RecordsFiguresAndIsIdempotent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := d.Client()
		// Barzago (097005) is not loaded: it stands for a comune created
		// after the reference list.
		loadComuni(t, c, "097001", "097002", "097003", "097004")
		f := parseSample(t)

		res, err := population.Import(context.Background(), c, f)
		if err != nil {
			t.Fatal(err)
		}
		if res.Year != 2025 || res.Read != 5 || res.Matched != 4 || res.Created != 4 || res.Corrected != 0 || res.Unchanged != 0 || res.BodiesUpdated != 4 {
			t.Errorf("first import: %+v", res)
		}
		if len(res.Unmatched) != 1 || res.Unmatched[0] != (population.Unmatched{ISTAT: "097005", Name: "Barzago", Population: 2381}) {
			t.Errorf("unmatched %+v, want Barzago", res.Unmatched)
		}
		b := body(t, c, "097001")
		if b.Population == nil || *b.Population != 3164 || b.PopulationYear == nil || *b.PopulationYear != 2025 {
			t.Errorf("Abbadia Lariana: population %v year %v, want 3164 2025", b.Population, b.PopulationYear)
		}
		fig, err := c.PopulationFigure.Query().Where(populationfigure.BodyID(b.ID), populationfigure.Year(2025)).Only(sys)
		if err != nil || fig.Population != 3164 || fig.Source != f.Source() {
			t.Errorf("figure %+v, %v", fig, err)
		}

		t.Run("SameFileAgainChangesNothing", func(t *testing.T) {
			again, err := population.Import(context.Background(), c, f)
			if err != nil {
				t.Fatal(err)
			}
			if again.Matched != 4 || again.Unchanged != 4 || again.Created+again.Corrected+again.BodiesUpdated != 0 {
				t.Errorf("second import: %+v", again)
			}
			// 4 of 2025 and the 4 census figures the bodies had before.
			if n, _ := c.PopulationFigure.Query().Count(sys); n != 8 {
				t.Errorf("%d figures after re-import, want 8", n)
			}
			census, err := c.PopulationFigure.Query().Where(populationfigure.BodyID(b.ID), populationfigure.Year(2011)).Only(sys)
			if err != nil || census.Population != 3249 || census.Source != "ISTAT, popolazione legale al censimento 2011 (elenco dei comuni)" {
				t.Errorf("census figure kept: %+v, %v", census, err)
			}
		})

		t.Run("CorrectedFigureReplacesTheYear", func(t *testing.T) {
			g := *f
			g.Figures = append([]population.Figure{}, f.Figures...)
			g.Figures[1].Population = 2885
			res, err := population.Import(context.Background(), c, &g)
			if err != nil {
				t.Fatal(err)
			}
			if res.Corrected != 1 || res.Unchanged != 3 || res.BodiesUpdated != 1 {
				t.Errorf("correction: %+v", res)
			}
			if b := body(t, c, "097002"); *b.Population != 2885 {
				t.Errorf("Airuno %d, want 2885", *b.Population)
			}
			if _, err := population.Import(context.Background(), c, f); err != nil {
				t.Fatal(err)
			}
		})

		t.Run("OlderYearDoesNotReplaceCurrentPopulation", func(t *testing.T) {
			g := *f
			g.Year = 2024
			g.Figures = []population.Figure{{ISTAT: "097001", Name: "Abbadia Lariana", Population: 3150}}
			res, err := population.Import(context.Background(), c, &g)
			if err != nil {
				t.Fatal(err)
			}
			if res.Created != 1 || res.BodiesUpdated != 0 {
				t.Errorf("older year: %+v", res)
			}
			if b := body(t, c, "097001"); *b.Population != 3164 || *b.PopulationYear != 2025 {
				t.Errorf("Abbadia Lariana %d (%d), want 3164 (2025)", *b.Population, *b.PopulationYear)
			}
		})

		t.Run("ReimportingTheCensusKeepsTheNewerFigure", func(t *testing.T) {
			loadComuni(t, c, "097001", "097002")
			if b := body(t, c, "097001"); *b.Population != 3164 || *b.PopulationYear != 2025 {
				t.Errorf("after import-comuni: %d (%d), want 3164 (2025)", *b.Population, *b.PopulationYear)
			}
		})
	})
}

func TestResolve_ChoosesTheCallYearOrOneLatestYear(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := d.Client()
		loadComuni(t, c, "097001", "097002", "097003")
		f := parseSample(t)
		f.Figures = f.Figures[:2] // Annone di Brianza keeps only its 2011 census figure
		if _, err := population.Import(context.Background(), c, f); err != nil {
			t.Fatal(err)
		}
		abbadia, airuno, annone := body(t, c, "097001"), body(t, c, "097002"), body(t, c, "097003")
		two := []*gen.PublicBody{abbadia, airuno}
		three := []*gen.PublicBody{abbadia, airuno, annone}
		y := func(n int) *int { return &n }

		t.Run("CallYear", func(t *testing.T) {
			b, err := population.Resolve(sys, c, three, y(2025), nil)
			if err != nil {
				t.Fatal(err)
			}
			if *b.Year != 2025 || b.ByBody[abbadia.ID] != 3164 || b.ByBody[airuno.ID] != 2884 || len(b.Missing) != 1 || b.Missing[0].ID != annone.ID {
				t.Errorf("2025: %+v", b)
			}
			if b.Label() != "ISTAT al 1° gennaio 2025" {
				t.Errorf("label %q", b.Label())
			}
		})
		t.Run("CallYearIsTheCensus", func(t *testing.T) {
			b, err := population.Resolve(sys, c, three, y(2011), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !b.OK() || b.Total() != 3249+2979+2292 {
				t.Errorf("2011: %+v (total %d)", b, b.Total())
			}
		})
		t.Run("LatestOfOneYear", func(t *testing.T) {
			b, err := population.Resolve(sys, c, two, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !b.OK() || *b.Year != 2025 || b.Total() != 3164+2884 {
				t.Errorf("latest: %+v", b)
			}
		})
		t.Run("LatestOfDifferentYears", func(t *testing.T) {
			b, err := population.Resolve(sys, c, three, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if b.OK() || len(b.Mixed) != 2 || b.MixedText() != "Annone di Brianza (2011); Comune di Abbadia Lariana, Comune di Airuno (2025)" &&
				b.MixedText() != "Comune di Annone di Brianza (2011); Comune di Abbadia Lariana, Comune di Airuno (2025)" {
				t.Errorf("mixed: %q", b.MixedText())
			}
		})
		t.Run("FundedProjectKeepsItsYear", func(t *testing.T) {
			b, err := population.Resolve(sys, c, three, nil, y(2024))
			if err != nil {
				t.Fatal(err)
			}
			if !b.OK() || *b.Year != 2011 {
				t.Errorf("as of 2024: %+v", b)
			}
		})
	})
}
