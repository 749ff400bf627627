package contracting_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/testdb"
)

// TestContractModification_ResplitAndRefusals applies modifications to the
// demo's pagoPA contract (11.815,00 € net, VAT eligible, 64 members): the
// cost is re-split by the contract's rule (EQUAL, POPULATION, CUSTOM) by
// largest remainder, summing exactly to the new cost in the shares'
// category; a decrease below the invoiced amount, a modification taking a
// member beyond its allocation, and one proposed on a contract changed
// since are refused.
func TestContractModification_ResplitAndRefusals(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		if _, err := demo.SeedFull(sys, c); err != nil {
			t.Fatal(err)
		}
		svc := contracting.NewService(c, nil, nil)
		ct, err := c.Contract.Query().Where(contract.Reference("Rep. 1187/2025")).
			WithLot(func(q *gen.LotQuery) { q.WithProcurement(func(q *gen.ProcurementQuery) { q.WithBeneficiaries() }) }).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		shares := func(t *testing.T) []*gen.CostShare {
			t.Helper()
			sh, err := c.CostShare.Query().Where(costshare.ContractID(ct.ID)).Order(costshare.ByBodyID()).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			return sh
		}
		cat := *shares(t)[0].ExpenseCategoryID
		current := func(t *testing.T) *gen.Contract {
			t.Helper()
			got, err := c.Contract.Get(sys, ct.ID)
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		// apply proposes and applies a modification to net (VAT at 22%).
		apply := func(t *testing.T, basis contractmodification.Basis, net int64) (*gen.ContractModification, error) {
			t.Helper()
			m, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID, Basis: basis,
				Reason: "Prova", NetCents: net, VATCents: money.BasisPoints(net, 2200)})
			if err != nil {
				return nil, err
			}
			if err := svc.ApplyModification(sys, m.ID); err != nil {
				return nil, err
			}
			return c.ContractModification.Get(sys, m.ID)
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
		// checkShares checks that the shares sum to the contract's cost, all
		// in the category, and match the snapshot kept on m.
		checkShares := func(t *testing.T, m *gen.ContractModification) []*gen.CostShare {
			t.Helper()
			cur, sh := current(t), shares(t)
			var sum int64
			for _, s := range sh {
				sum += s.AmountCents
				if s.ExpenseCategoryID == nil || *s.ExpenseCategoryID != cat {
					t.Errorf("share of %s lost its category", s.BodyID)
				}
			}
			if sum != cur.NetCents+cur.VatCents {
				t.Errorf("shares sum to %d, want the cost %d", sum, cur.NetCents+cur.VatCents)
			}
			if len(m.SharesAfter) != len(sh) {
				t.Fatalf("%d shares after kept, %d written", len(m.SharesAfter), len(sh))
			}
			byBody := map[pulid.ID]int64{}
			for _, s := range m.SharesAfter {
				byBody[s.BodyID] = s.AmountCents
			}
			for _, s := range sh {
				if byBody[s.BodyID] != s.AmountCents {
					t.Errorf("%s: snapshot %d, share %d", s.BodyID, byBody[s.BodyID], s.AmountCents)
				}
			}
			return sh
		}

		t.Run("ErrBelowInvoiced", func(t *testing.T) {
			// FPA 41/25 and FPA 77/25: 47.260,00 + 35.445,00 € taxable.
			_, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID,
				Basis: contractmodification.BasisUNFORESEEN_CIRCUMSTANCES, Reason: "Riduzione", NetCents: 8_270_499, VATCents: 1_819_510})
			wantInvalid(t, err, "contract_modification.below_invoiced", "82.704,99", "82.705,00", "0,01")
			if _, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID,
				Basis: contractmodification.BasisUNFORESEEN_CIRCUMSTANCES, Reason: "Riduzione", NetCents: 8_270_500, VATCents: 1_819_510}); err != nil {
				t.Errorf("decrease to the invoiced amount refused: %v", err)
			}
		})

		t.Run("ErrExceedsAllocation", func(t *testing.T) {
			before := current(t)
			_, err := apply(t, contractmodification.BasisOPTION_CLAUSE, 3*ct.NetCents)
			wantInvalid(t, err, "contract_modification.exceeds_allocation", "«", "variazione del progetto")
			if after := current(t); after.NetCents != before.NetCents || after.Version != before.Version {
				t.Errorf("contract changed by a refused modification: %d v%d → %d v%d", before.NetCents, before.Version, after.NetCents, after.Version)
			}
		})

		// Room in every member's allocation for the splits below.
		if err := c.Allocation.Update().Where(allocation.ExpenseCategoryID(cat)).AddAmountCents(10_000_000).Exec(sys); err != nil {
			t.Fatal(err)
		}

		t.Run("PopulationRunsTheSplitAgain", func(t *testing.T) {
			old := shares(t)
			oldCost := current(t).NetCents + current(t).VatCents
			m, err := apply(t, contractmodification.BasisFIFTH_INCREASE_DECREASE, 13_587_250) // +15%
			if err != nil {
				t.Fatal(err)
			}
			sh := checkShares(t, m)
			newCost := current(t).NetCents + current(t).VatCents
			if len(sh) != len(old) || len(m.SharesBefore) != len(old) {
				t.Fatalf("%d shares after, %d before (%d kept)", len(sh), len(old), len(m.SharesBefore))
			}
			// Both splits are by the same populations: each new share is
			// within two cents of the old one scaled.
			for i := range sh {
				exact := float64(old[i].AmountCents) * float64(newCost) / float64(oldCost)
				if diff := float64(sh[i].AmountCents) - exact; diff > 2 || diff < -2 {
					t.Errorf("%s: %d, the population quota is %.2f", sh[i].BodyID, sh[i].AmountCents, exact)
				}
			}
			if cur := current(t); cur.PopulationYear == nil || *cur.PopulationYear != 2011 || cur.SplitMethod != contract.SplitMethodPOPULATION {
				t.Errorf("split %s year %v, want POPULATION 2011", cur.SplitMethod, cur.PopulationYear)
			}
		})

		t.Run("ErrContractChangedSinceProposal", func(t *testing.T) {
			first, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID,
				Basis: contractmodification.BasisOPTION_CLAUSE, Reason: "Prima", NetCents: 13_600_000, VATCents: 2_992_000})
			if err != nil {
				t.Fatal(err)
			}
			second, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID,
				Basis: contractmodification.BasisOPTION_CLAUSE, Reason: "Seconda", NetCents: 13_700_000, VATCents: 3_014_000})
			if err != nil {
				t.Fatal(err)
			}
			if err := svc.ApplyModification(sys, first.ID); err != nil {
				t.Fatal(err)
			}
			e, ok := apperr.As(svc.ApplyModification(sys, second.ID))
			if !ok || e.Code != apperr.Conflict || e.Rule != "contract_modification.contract_changed" {
				t.Errorf("applying on a changed contract: %v, want CONFLICT contract_modification.contract_changed", e)
			}
			e, ok = apperr.As(svc.ApplyModification(sys, first.ID))
			if !ok || e.Code != apperr.Conflict || e.Rule != "lifecycle.transition" {
				t.Errorf("applying twice: %v, want CONFLICT lifecycle.transition", e)
			}
		})

		t.Run("EqualRunsTheSplitAgain", func(t *testing.T) {
			cur := current(t)
			if _, err := svc.SplitContract(sys, ct.ID, contracting.SplitInput{Method: contract.SplitMethodEQUAL, ExpenseCategoryID: cat}, &cur.Version); err != nil {
				t.Fatal(err)
			}
			m, err := apply(t, contractmodification.BasisOPTION_CLAUSE, 13_800_001)
			if err != nil {
				t.Fatal(err)
			}
			sh := checkShares(t, m)
			cost := current(t).NetCents + current(t).VatCents
			n := int64(len(ct.Edges.Lot.Edges.Procurement.Edges.Beneficiaries))
			if int64(len(sh)) != n {
				t.Fatalf("%d shares, want one per beneficiary (%d)", len(sh), n)
			}
			for _, s := range sh {
				if s.AmountCents != cost/n && s.AmountCents != cost/n+1 {
					t.Errorf("%s: %d, want %d or %d", s.BodyID, s.AmountCents, cost/n, cost/n+1)
				}
			}
		})

		t.Run("CustomKeepsTheProportions", func(t *testing.T) {
			cur := current(t)
			cost := cur.NetCents + cur.VatCents
			bens, err := c.PublicBody.Query().Where(publicbody.IDIn(ids(ct.Edges.Lot.Edges.Procurement.Edges.Beneficiaries)...)).
				Order(publicbody.ByID()).Limit(3).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			// Three members pay 1/2, 1/3 and 1/6.
			custom := contracting.SplitInput{Method: contract.SplitMethodCUSTOM, ExpenseCategoryID: cat, Shares: []contracting.ShareInput{
				{BodyID: bens[0].ID, AmountCents: cost - cost/3 - cost/6}, {BodyID: bens[1].ID, AmountCents: cost / 3}, {BodyID: bens[2].ID, AmountCents: cost / 6}}}
			if _, err := svc.SplitContract(sys, ct.ID, custom, &cur.Version); err != nil {
				t.Fatal(err)
			}
			old := shares(t)
			m, err := apply(t, contractmodification.BasisDE_MINIMIS, cur.NetCents+100_001)
			if err != nil {
				t.Fatal(err)
			}
			sh := checkShares(t, m)
			w := make([]int64, len(old))
			for i, s := range old {
				w[i] = s.AmountCents
			}
			want, err := money.SplitLargestRemainder(current(t).NetCents+current(t).VatCents, w)
			if err != nil {
				t.Fatal(err)
			}
			if len(sh) != 3 {
				t.Fatalf("%d shares, want the 3 custom ones", len(sh))
			}
			for i, s := range sh {
				if s.BodyID != old[i].BodyID || s.AmountCents != want[i] {
					t.Errorf("share %d: %s %d, want %s %d", i, s.BodyID, s.AmountCents, old[i].BodyID, want[i])
				}
			}
		})

		t.Run("HistoryOldestFirst", func(t *testing.T) {
			ms, err := svc.Modifications(sys, current(t))
			if err != nil {
				t.Fatal(err)
			}
			var effective int
			for i, m := range ms {
				if m.Number != i+1 {
					t.Errorf("modification %d numbered %d", i+1, m.Number)
				}
				if m.Status == contractmodification.StatusEFFECTIVE {
					effective++
					if m.EffectiveOn == nil || m.EffectiveOn.IsZero() {
						t.Errorf("modification %d effective without a date", m.Number)
					}
				}
			}
			// The fifth, the first option, the equal and the custom one.
			if effective != 4 {
				t.Errorf("%d effective modifications, want 4", effective)
			}
			if orig := ms[0].BeforeNetCents; orig != 11_815_000 {
				t.Errorf("amount at signing %d, want 11815000", orig)
			}
		})

		t.Run("ErrInputLimits", func(t *testing.T) {
			base := contracting.ModificationInput{ContractID: ct.ID, Basis: contractmodification.BasisOPTION_CLAUSE,
				Reason: "Prova", NetCents: current(t).NetCents + 1, VATCents: current(t).VatCents}
			for _, tc := range []struct {
				name string
				edit func(in *contracting.ModificationInput)
				rule string
			}{
				{"reason empty", func(in *contracting.ModificationInput) { in.Reason = "  " }, "contract_modification.reason"},
				{"reason of 4001 bytes", func(in *contracting.ModificationInput) { in.Reason = strings.Repeat("è", 2000) + "x" }, "contract_modification.reason_too_long"},
				{"act number of 51 bytes", func(in *contracting.ModificationInput) { in.ActNumber = strings.Repeat("1", 51) }, "contract_modification.act_number_too_long"},
				{"net above the money bound", func(in *contracting.ModificationInput) { in.NetCents = money.MaxCents + 1 }, "money.too_large"},
				{"net not positive", func(in *contracting.ModificationInput) { in.NetCents = 0 }, "contract_modification.net"},
				{"nothing changes", func(in *contracting.ModificationInput) { in.NetCents = current(t).NetCents }, "contract_modification.no_change"},
				{"unknown basis", func(in *contracting.ModificationInput) { in.Basis = "RENEWAL" }, "contract_modification.basis"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					in := base
					tc.edit(&in)
					_, err := svc.ProposeContractModification(sys, in)
					wantInvalid(t, err, tc.rule)
				})
			}
			ok := base
			ok.Reason = strings.Repeat("è", 2000)
			if _, err := svc.ProposeContractModification(sys, ok); err != nil {
				t.Errorf("a reason of 4000 bytes refused: %v", err)
			}
		})

		t.Run("ErrTerminated", func(t *testing.T) {
			if err := c.Contract.UpdateOneID(ct.ID).SetStatus(contract.StatusTERMINATED).Exec(sys); err != nil {
				t.Fatal(err)
			}
			_, err := svc.ProposeContractModification(sys, contracting.ModificationInput{ContractID: ct.ID,
				Basis: contractmodification.BasisOPTION_CLAUSE, Reason: "Dopo la risoluzione", NetCents: 1, EndsOn: &civil.Date{Year: 2030, Month: 1, Day: 1}})
			if e, ok := apperr.As(err); !ok || e.Code != apperr.Conflict || e.Rule != "contract_modification.contract_state" || !strings.Contains(e.Message, "risolto") {
				t.Errorf("modifying a terminated contract: %v, want CONFLICT naming its status", err)
			}
		})
	})
}

func ids(bs []*gen.PublicBody) []pulid.ID {
	out := make([]pulid.ID, len(bs))
	for i, b := range bs {
		out[i] = b.ID
	}
	return out
}
