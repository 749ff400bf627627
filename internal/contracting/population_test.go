package contracting_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/population"
	"github.com/capofila/capofila/internal/testdb"
)

// TestSplitByPopulation_UsesTheCallYearOrOneCommonYear: a split by
// population counts each beneficiary's figure of the call's population
// year, or else their latest figures not after the funding year, which
// must all be of one year; the contract records the year used.
func TestSplitByPopulation_UsesTheCallYearOrOneCommonYear(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		svc := contracting.NewService(c, nil, nil)
		ct, err := c.Contract.Query().Where(contract.SplitMethodEQ(contract.SplitMethodPOPULATION),
			contract.HasLotWith()).WithCostShares().WithLot(func(q *gen.LotQuery) {
			q.WithProcurement(func(q *gen.ProcurementQuery) { q.WithBeneficiaries() })
		}).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		// The demo's call names no year: the comuni's latest figures are the
		// 2011 census, the funding decree is of 2025.
		if ct.PopulationYear == nil || *ct.PopulationYear != 2011 {
			t.Fatalf("demo contract split with population year %v, want 2011", ct.PopulationYear)
		}
		bens := ct.Edges.Lot.Edges.Procurement.Edges.Beneficiaries
		split := contracting.SplitInput{Method: contract.SplitMethodPOPULATION, ExpenseCategoryID: *ct.Edges.CostShares[0].ExpenseCategoryID}
		resplit := func() (*gen.Contract, error) {
			cur, err := c.Contract.Get(sys, ct.ID)
			if err != nil {
				t.Fatal(err)
			}
			return svc.SplitContract(sys, ct.ID, split, &cur.Version)
		}
		setCallYear := func(y *int) {
			u := c.Call.UpdateOneID(res.Project.CallID)
			if y == nil {
				u.ClearPopulationYear()
			} else {
				u.SetPopulationYear(*y)
			}
			if err := u.Exec(sys); err != nil {
				t.Fatal(err)
			}
		}
		wantInvalid := func(t *testing.T, err error, rule string, mention ...string) {
			t.Helper()
			e, ok := apperr.As(err)
			if !ok || e.Code != apperr.Invalid || e.Rule != rule {
				t.Fatalf("error %v, want INVALID %s", err, rule)
			}
			for _, m := range mention {
				if !strings.Contains(e.Message, m) {
					t.Errorf("message %q does not mention %q", e.Message, m)
				}
			}
		}

		t.Run("CallYearOfTheCensus", func(t *testing.T) {
			y := 2011
			setCallYear(&y)
			got, err := resplit()
			if err != nil {
				t.Fatal(err)
			}
			if got.PopulationYear == nil || *got.PopulationYear != 2011 {
				t.Errorf("population year %v, want 2011", got.PopulationYear)
			}
		})

		t.Run("ErrCallYearMissing", func(t *testing.T) {
			y := 2024
			setCallYear(&y)
			_, err := resplit()
			wantInvalid(t, err, "contract.population_missing_year", "1° gennaio 2024", bens[0].Name, "capofila import-population --file POSAS_2024_it_Comuni.csv")
		})

		// A newer figure for one beneficiary only. Synthetic test input
		// (no real 2025 figure of these comuni was found): its census
		// figure recorded as of 2025.
		first := bens[0]
		f := &population.File{Format: population.FormatPOSAS, Year: 2025,
			Figures: []population.Figure{{ISTAT: *first.IstatCode, Name: first.Name, Population: *first.Population}}}
		if _, err := population.Import(sys, c, f); err != nil {
			t.Fatal(err)
		}

		t.Run("ErrMixedYearsWithoutCallYear", func(t *testing.T) {
			setCallYear(nil)
			_, err := resplit()
			wantInvalid(t, err, "contract.population_mixed_years", first.Name+" (2025)", "(2011)")
		})

		t.Run("SharesAreUnchangedAfterARefusal", func(t *testing.T) {
			n, err := c.CostShare.Query().Where(costshare.ContractID(ct.ID)).Count(sys)
			if err != nil || n == 0 {
				t.Errorf("%d cost shares after the refused re-splits (%v)", n, err)
			}
		})

		t.Run("CustomSplitClearsTheYear", func(t *testing.T) {
			// Run first with the call's census year, so that the shares are
			// the census split, then keep them as custom amounts.
			y := 2011
			setCallYear(&y)
			if _, err := resplit(); err != nil {
				t.Fatal(err)
			}
			shares, err := c.CostShare.Query().Where(costshare.ContractID(ct.ID)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			custom := contracting.SplitInput{Method: contract.SplitMethodCUSTOM, ExpenseCategoryID: split.ExpenseCategoryID}
			for _, sh := range shares {
				custom.Shares = append(custom.Shares, contracting.ShareInput{BodyID: sh.BodyID, AmountCents: sh.AmountCents})
			}
			cur, _ := c.Contract.Get(sys, ct.ID)
			got, err := svc.SplitContract(sys, ct.ID, custom, &cur.Version)
			if err != nil {
				t.Fatal(err)
			}
			if got.PopulationYear != nil {
				t.Errorf("custom split keeps population year %d", *got.PopulationYear)
			}
		})
	})
}
