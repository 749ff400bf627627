package funding_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/testdb"
)

// TestEvaluate_PopulationOfTheCall: an application's per-inhabitant figures
// count the population of the call's year and say it; members without it
// are a warning that does not block the submission.
func TestEvaluate_PopulationOfTheCall(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.Seed(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		svc := funding.NewService(c, nil)
		ev, err := svc.Evaluate(sys, res.Application.ID)
		if err != nil {
			t.Fatal(err)
		}
		if y := ev.Totals.PopulationYear; y == nil || *y != 2011 || ev.Totals.Population != res.Population || len(ev.Warnings) != 0 {
			t.Fatalf("demo: population %d of %v, warnings %+v; want %d of 2011, none", ev.Totals.Population, y, ev.Warnings, res.Population)
		}
		problems := len(ev.Problems)

		if err := c.Call.UpdateOneID(res.Application.CallID).SetPopulationYear(2024).Exec(sys); err != nil {
			t.Fatal(err)
		}
		ev, err = svc.Evaluate(sys, res.Application.ID)
		if err != nil {
			t.Fatal(err)
		}
		if y := ev.Totals.PopulationYear; y == nil || *y != 2024 || ev.Totals.Population != 0 || ev.Totals.PerInhabitantCents != 0 {
			t.Errorf("call of 2024: population %d of %v, per inhabitant %d; want 0 of 2024, 0", ev.Totals.Population, y, ev.Totals.PerInhabitantCents)
		}
		if len(ev.Warnings) != 1 || ev.Warnings[0].Rule != "population.missing_year" || !strings.Contains(ev.Warnings[0].Message, "POSAS_2024_it_Comuni.csv") {
			t.Errorf("warnings %+v, want population.missing_year with the command", ev.Warnings)
		}
		if len(ev.Problems) != problems {
			t.Errorf("%d problems, want %d: a missing population must not block the submission", len(ev.Problems), problems)
		}
	})
}

// TestCorrectCall_PopulationYearIsLockedOnceFunded: a funded project keeps
// the population its allocations and splits used.
func TestCorrectCall_PopulationYearIsLockedOnceFunded(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		// A correction applies to a published call: the demo's is closed.
		if err := c.Call.UpdateOneID(res.Project.CallID).SetStatus(call.StatusPUBLISHED).Exec(sys); err != nil {
			t.Fatal(err)
		}
		svc := funding.NewService(c, nil)
		y := 2024
		_, err = svc.CorrectCall(sys, res.Project.CallID, gen.UpdateCallInput{PopulationYear: &y})
		if e, ok := apperr.As(err); !ok || e.Code != apperr.Conflict || e.Rule != "call.population_year_locked" {
			t.Fatalf("error %v, want CONFLICT call.population_year_locked", err)
		}
		ref := "DDPF n. 12 del 2026 (rettifica)"
		if _, err := svc.CorrectCall(sys, res.Project.CallID, gen.UpdateCallInput{Reference: &ref}); err != nil {
			t.Errorf("a correction that leaves the population year: %v", err)
		}
	})
}

// TestCorrectCall_PUCSettingsRefusedOnTheField: monitoring codes that
// cannot be read are refused on the field pucSettings, naming the line, as
// the web app's call form shows them; readable ones are saved.
func TestCorrectCall_PUCSettingsRefusedOnTheField(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Call.UpdateOneID(res.Project.CallID).SetStatus(call.StatusPUBLISHED).Exec(sys); err != nil {
			t.Fatal(err)
		}
		svc := funding.NewService(c, nil)
		bad := "COD_PROGRAMMA=2021IT16RFPR010\nTIP_PROCEDURA_ATT=7"
		_, err = svc.CorrectCall(sys, res.Project.CallID, gen.UpdateCallInput{PucSettings: &bad})
		e := problem.Classify(err)
		if e.Code != apperr.Invalid || e.Rule != "puc.settings" || e.Field != "pucSettings" ||
			!strings.HasPrefix(e.Message, "Codici di monitoraggio (PUC), riga 2: ") || !strings.Contains(e.Message, "TC2") {
			t.Fatalf("error %#v, want INVALID puc.settings on pucSettings naming line 2", e)
		}
		good := demo.PreviousCallPUCSettings
		cl, err := svc.CorrectCall(sys, res.Project.CallID, gen.UpdateCallInput{PucSettings: &good})
		if err != nil {
			t.Fatalf("readable settings refused: %v", err)
		}
		if cl.PucSettings != good {
			t.Errorf("saved %q, want %q", cl.PucSettings, good)
		}
	})
}
