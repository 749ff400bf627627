package reference_test

import (
	"context"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reference"
	"github.com/capofila/capofila/internal/testdb"
)

const (
	istatComuni  = 7904 // ISTAT list of 1 January 2020
	regions      = 20
	sanBenedetto = "044066"
)

// counts returns the number of COMUNE and REGIONE bodies and of all bodies.
func counts(t *testing.T, client *gen.Client) (com, regions, all int) {
	t.Helper()
	ctx := authz.WithSystem(context.Background())
	var err error
	if com, err = client.PublicBody.Query().Where(publicbody.KindEQ(publicbody.KindCOMUNE)).Count(ctx); err != nil {
		t.Fatal(err)
	}
	if regions, err = client.PublicBody.Query().Where(publicbody.KindEQ(publicbody.KindREGIONE)).Count(ctx); err != nil {
		t.Fatal(err)
	}
	if all, err = client.PublicBody.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	return com, regions, all
}

func importTimed(t *testing.T, client *gen.Client, ds *comuni.Dataset, what string) reference.Result {
	t.Helper()
	start := time.Now()
	res, err := reference.Import(authz.WithSystem(context.Background()), client, ds)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	t.Logf("%s: %d comuni and %d regions in %v", what, res.Comuni, res.Regions, time.Since(start).Round(time.Millisecond))
	return res
}

func bodyByISTAT(t *testing.T, client *gen.Client, code string) *gen.PublicBody {
	t.Helper()
	b, err := client.PublicBody.Query().Where(publicbody.IstatCode(code)).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatalf("comune %s: %v", code, err)
	}
	return b
}

func TestImport_IsIdempotentAndUpdates(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		client := d.Client()
		ds, err := comuni.Load()
		if err != nil {
			t.Fatal(err)
		}
		checkCounts := func(t *testing.T, res reference.Result) {
			t.Helper()
			if res.Comuni != istatComuni || res.Regions != regions {
				t.Errorf("import reports %d comuni and %d regions, want %d and %d", res.Comuni, res.Regions, istatComuni, regions)
			}
			c, r, all := counts(t, client)
			if c != istatComuni || r != regions || all != istatComuni+regions {
				t.Errorf("database has %d comuni, %d regions, %d bodies; want %d, %d, %d", c, r, all, istatComuni, regions, istatComuni+regions)
			}
		}

		res := importTimed(t, client, ds, "first import")
		checkCounts(t, res)
		if res.ReferenceDate != "2020-01-01" || res.PopulationYear != 2011 {
			t.Errorf("reference date %q, population year %d; want 2020-01-01 and 2011", res.ReferenceDate, res.PopulationYear)
		}
		before := bodyByISTAT(t, client, sanBenedetto)
		if before.Name != "Comune di San Benedetto del Tronto" || before.Population == nil || *before.Population != 46963 ||
			before.ProvinceCode != "AP" || before.RegionName != "Marche" {
			t.Errorf("San Benedetto del Tronto imported as %+v", before)
		}
		marche, err := reference.Region(authz.WithSystem(context.Background()), client, "11")
		if err != nil || marche.Name != "Regione Marche" || marche.CodiceFiscale == nil || *marche.CodiceFiscale != "80008630420" {
			t.Errorf("Regione Marche: %+v, %v", marche, err)
		}

		t.Run("Again", func(t *testing.T) {
			checkCounts(t, importTimed(t, client, ds, "second import"))
			if again := bodyByISTAT(t, client, sanBenedetto); again.ID != before.ID {
				t.Errorf("ID changed from %s to %s", before.ID, again.ID)
			}
			if again, err := reference.Region(authz.WithSystem(context.Background()), client, "11"); err != nil || again.ID != marche.ID {
				t.Errorf("Regione Marche: %v, %v; want the same body %s", again, err, marche.ID)
			}
		})

		t.Run("UpdatesInPlace", func(t *testing.T) {
			changed := ds.Clone()
			found := false
			for i := range changed.Comuni {
				if changed.Comuni[i].ISTAT == sanBenedetto {
					changed.Comuni[i].Population = 47000
					changed.Comuni[i].Name = "San Benedetto del Tronto (aggiornato)"
					found = true
				}
			}
			if !found {
				t.Fatalf("comune %s not in the dataset", sanBenedetto)
			}
			checkCounts(t, importTimed(t, client, changed, "import of a changed dataset"))
			after := bodyByISTAT(t, client, sanBenedetto)
			if after.ID != before.ID {
				t.Errorf("ID changed from %s to %s: the body must be updated in place", before.ID, after.ID)
			}
			if after.Name != "Comune di San Benedetto del Tronto (aggiornato)" || after.Population == nil || *after.Population != 47000 {
				t.Errorf("after the update: name %q, population %v; want the new name and 47000", after.Name, after.Population)
			}
			if after.UpdatedAt.Before(before.UpdatedAt) || !after.CreatedAt.Equal(before.CreatedAt) {
				t.Errorf("created %v → %v, updated %v → %v", before.CreatedAt, after.CreatedAt, before.UpdatedAt, after.UpdatedAt)
			}
			// The original dataset restores the original values.
			checkCounts(t, importTimed(t, client, ds, "import of the original dataset"))
			if back := bodyByISTAT(t, client, sanBenedetto); back.Name != before.Name || *back.Population != 46963 {
				t.Errorf("after re-importing the original: %q, %v", back.Name, back.Population)
			}
		})
	})
}
