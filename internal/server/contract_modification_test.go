package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

const (
	cmPropose = `mutation($in: ProposeContractModificationInput!) { proposeContractModification(input: $in) {
		id number status version basis netCents vatCents beforeNetCents sharesAfter { bodyID amountCents } } }`
	cmApply    = `mutation($id: ID!, $v: Int) { applyContractModification(id: $id, version: $v) { id status version effectiveOn netCents } }`
	cmWithdraw = `mutation($id: ID!, $v: Int) { withdrawContractModification(id: $id, version: $v) { id status } }`
	cmHistory  = `query($id: ID!) { node(id: $id) { ... on Contract { netCents vatCents version
		costShares(first: 100) { edges { node { bodyID amountCents expenseCategoryID } } }
		modifications { number status basis beforeNetCents netCents effectiveOn
			sharesBefore { bodyID bodyName amountCents } sharesAfter { bodyID bodyName amountCents expenseCategoryID } } } } }`
)

type cmModification struct {
	ID             string `json:"id"`
	Number         int    `json:"number"`
	Status         string `json:"status"`
	Version        int    `json:"version"`
	Basis          string `json:"basis"`
	NetCents       int64  `json:"netCents"`
	VatCents       int64  `json:"vatCents"`
	BeforeNetCents int64  `json:"beforeNetCents"`
	EffectiveOn    string `json:"effectiveOn"`
	SharesBefore   []struct {
		BodyID      string `json:"bodyID"`
		BodyName    string `json:"bodyName"`
		AmountCents int64  `json:"amountCents"`
	} `json:"sharesBefore"`
	SharesAfter []struct {
		BodyID            string  `json:"bodyID"`
		BodyName          string  `json:"bodyName"`
		AmountCents       int64   `json:"amountCents"`
		ExpenseCategoryID *string `json:"expenseCategoryID"`
	} `json:"sharesAfter"`
}

type cmContract struct {
	NetCents   int64 `json:"netCents"`
	VatCents   int64 `json:"vatCents"`
	Version    int   `json:"version"`
	CostShares struct {
		Edges []struct {
			Node struct {
				BodyID            string `json:"bodyID"`
				AmountCents       int64  `json:"amountCents"`
				ExpenseCategoryID string `json:"expenseCategoryID"`
			} `json:"node"`
		} `json:"edges"`
	} `json:"costShares"`
	Modifications []cmModification `json:"modifications"`
}

// TestContractModification_QuintoDObbligo follows a modification of the
// demo's pagoPA contract (11.815,00 € net) over GraphQL: a member referent
// may not propose it; a fifth of 21% is refused naming the excess; 15% is
// proposed, applied with the version read (a stale one is a CONFLICT), and
// the contract's cost re-split to the cent across the 64 members; every
// role that reads the contract reads its history, with the shares before
// and after; a withdrawn proposal leaves the contract as it is.
func TestContractModification_QuintoDObbligo(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		roles := seedRunning(t, d)
		sys := authz.WithSystem(context.Background())
		ct, err := d.Client().Contract.Query().Where(contract.Reference("Rep. 1187/2025")).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		history := func(t *testing.T, c *client) cmContract {
			t.Helper()
			var out struct{ Node cmContract }
			mustOK(t, c.do(t, cmHistory, map[string]any{"id": ct.ID})).decode(t, &out)
			return out.Node
		}
		before := history(t, roles.lead)
		input := func(net int64) map[string]any {
			return map[string]any{"in": map[string]any{"contractID": ct.ID, "contractVersion": before.Version,
				"basis": "FIFTH_INCREASE_DECREASE", "actNumber": "Determina 101/2026", "actDate": "2026-03-02",
				"reason": "Estensione dei servizi pagoPA a nuovi procedimenti", "netCents": net, "vatCents": net * 22 / 100}}
		}

		t.Run("ErrMemberReferentMayNotPropose", func(t *testing.T) {
			wantCode(t, roles.member.do(t, cmPropose, input(13_587_250)), "FORBIDDEN")
		})

		t.Run("ErrFifthExceeded", func(t *testing.T) {
			// 21%: 24.811,50 € of increase, 1.181,50 € beyond the fifth (23.630,00 €).
			e := wantCode(t, roles.lead.do(t, cmPropose, input(14_296_150)), "INVALID")
			if e.Extensions.Rule != "contract_modification.fifth_exceeded" {
				t.Errorf("rule %q, want contract_modification.fifth_exceeded", e.Extensions.Rule)
			}
			for _, want := range []string{"24.811,50", "23.630,00", "1.181,50"} {
				if !strings.Contains(e.Message, want) {
					t.Errorf("message %q does not name %s", e.Message, want)
				}
			}
		})

		var m cmModification
		t.Run("Propose15Percent", func(t *testing.T) {
			var out struct{ ProposeContractModification cmModification }
			mustOK(t, roles.lead.do(t, cmPropose, input(13_587_250))).decode(t, &out)
			m = out.ProposeContractModification
			var sum int64
			for _, s := range m.SharesAfter {
				sum += s.AmountCents
			}
			if m.Status != "PROPOSED" || m.Number != 1 || m.BeforeNetCents != 11_815_000 || sum != 13_587_250+2_989_195 {
				t.Errorf("proposed %+v (shares after sum to %d), want PROPOSED n. 1 from 11815000, shares summing to 16576445", m, sum)
			}
			if now := history(t, roles.lead); now.NetCents != before.NetCents || now.Version != before.Version {
				t.Errorf("the contract changed on a proposal: %d v%d", now.NetCents, now.Version)
			}
		})
		if m.ID == "" {
			t.FailNow()
		}

		t.Run("ErrStaleVersion", func(t *testing.T) {
			e := wantCode(t, roles.lead.do(t, cmApply, map[string]any{"id": m.ID, "v": m.Version + 1}), "CONFLICT")
			if e.Extensions.Rule != "version.stale" {
				t.Errorf("rule %q, want version.stale", e.Extensions.Rule)
			}
		})

		t.Run("ErrOnlyTheLeadApplies", func(t *testing.T) {
			// The officer applies a modification only through the approval of
			// a variation (contracting.ApplyModification), never directly.
			for name, c := range map[string]*client{"member": roles.member, "auditor": roles.auditor, "officer": roles.officer} {
				if e := wantCode(t, c.do(t, cmApply, map[string]any{"id": m.ID, "v": m.Version}), "FORBIDDEN"); e.Message == "" {
					t.Errorf("%s: no refusal", name)
				}
			}
			wantCode(t, roles.officer.do(t, cmPropose, input(13_587_250)), "FORBIDDEN")
		})

		t.Run("ApplyResplitsToTheCent", func(t *testing.T) {
			var out struct{ ApplyContractModification cmModification }
			mustOK(t, roles.lead.do(t, cmApply, map[string]any{"id": m.ID, "v": m.Version})).decode(t, &out)
			if a := out.ApplyContractModification; a.Status != "EFFECTIVE" || a.EffectiveOn != "2026-03-02" {
				t.Errorf("applied: %+v, want EFFECTIVE on the act's date", a)
			}
			after := history(t, roles.lead)
			if after.NetCents != 13_587_250 || after.VatCents != 2_989_195 || after.Version != before.Version+1 {
				t.Errorf("contract %d + %d v%d, want 13587250 + 2989195 v%d", after.NetCents, after.VatCents, after.Version, before.Version+1)
			}
			var sum int64
			for _, e := range after.CostShares.Edges {
				sum += e.Node.AmountCents
				if e.Node.ExpenseCategoryID != before.CostShares.Edges[0].Node.ExpenseCategoryID {
					t.Errorf("%s: category %s changed", e.Node.BodyID, e.Node.ExpenseCategoryID)
				}
			}
			if len(after.CostShares.Edges) != demo.Members || sum != 13_587_250+2_989_195 {
				t.Errorf("%d shares summing to %d, want %d summing to 16576445", len(after.CostShares.Edges), sum, demo.Members)
			}
		})

		t.Run("EveryReaderReadsTheHistory", func(t *testing.T) {
			for name, c := range map[string]*client{"lead": roles.lead, "member": roles.member, "officer": roles.officer, "auditor": roles.auditor} {
				h := history(t, c)
				if len(h.Modifications) != 1 {
					t.Errorf("%s reads %d modifications, want 1", name, len(h.Modifications))
					continue
				}
				got := h.Modifications[0]
				var was, is int64
				for _, s := range got.SharesBefore {
					was += s.AmountCents
				}
				for _, s := range got.SharesAfter {
					is += s.AmountCents
				}
				if got.Status != "EFFECTIVE" || got.BeforeNetCents != 11_815_000 || was != 11_815_000+2_599_300 || is != 13_587_250+2_989_195 ||
					got.SharesBefore[0].BodyName == "" {
					t.Errorf("%s reads %+v (shares %d → %d)", name, got, was, is)
				}
			}
		})

		t.Run("WithdrawLeavesTheContract", func(t *testing.T) {
			now := history(t, roles.lead)
			in := input(13_600_000)
			in["in"].(map[string]any)["contractVersion"] = now.Version
			in["in"].(map[string]any)["basis"] = "OPTION_CLAUSE"
			var out struct{ ProposeContractModification cmModification }
			mustOK(t, roles.lead.do(t, cmPropose, in)).decode(t, &out)
			w := out.ProposeContractModification
			if w.Number != 2 {
				t.Errorf("second modification numbered %d", w.Number)
			}
			wantCode(t, roles.member.do(t, cmWithdraw, map[string]any{"id": w.ID, "v": w.Version}), "FORBIDDEN")
			mustOK(t, roles.lead.do(t, cmWithdraw, map[string]any{"id": w.ID, "v": w.Version}))
			e := wantCode(t, roles.lead.do(t, cmApply, map[string]any{"id": w.ID}), "CONFLICT")
			if e.Extensions.Rule != "lifecycle.transition" {
				t.Errorf("applying a withdrawn modification: rule %q", e.Extensions.Rule)
			}
			if after := history(t, roles.lead); after.NetCents != now.NetCents || after.Version != now.Version {
				t.Errorf("a withdrawn modification changed the contract: %d v%d", after.NetCents, after.Version)
			}
		})
	})
}
