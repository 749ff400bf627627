package ledger

import "testing"

// TestPlan_Disbursements walks disbursement plans claim by claim, to the
// cent: each step gives the cumulative admitted cost and what was already
// disbursed, and wants what the Region owes (negative: to recover).
func TestPlan_Disbursements(t *testing.T) {
	// 1.418.910,00 € granted, 20% advance (283.782,00 €), interim payments
	// up to 80% of the grant.
	large := Plan{Grant: 141_891_000, RateBp: 10_000, AdvanceBp: 2_000, InterimMaxBp: 8_000}
	// 100.000,00 € granted at an 80% contribution rate: 20% advance,
	// interim payments up to 80%.
	eighty := Plan{Grant: 10_000_000, RateBp: 8_000, AdvanceBp: 2_000, InterimMaxBp: 8_000}

	if got := large.Advance(); got != 28_378_200 {
		t.Fatalf("advance = %d, want 28378200 (20%% of 1.418.910,00 €)", got)
	}
	if got := eighty.Advance(); got != 2_000_000 {
		t.Fatalf("advance = %d, want 2000000", got)
	}
	for _, tc := range []struct {
		name                string
		plan                Plan
		balance             bool
		admitted, disbursed int64
		want                int64
	}{
		// The case of issue #14: 48.934,97 € admitted after an advance of
		// 283.782,00 €. Paying what was admitted would bring the Region to
		// 332.716,97 € disbursed against 48.934,97 € of spending: nothing
		// is due until the admitted contribution passes the advance.
		{"interim after the advance: nothing due (100%)", large, false, 4_893_497, 28_378_200, 4_893_497 - 28_378_200},
		{"interim after the advance: nothing due (80%)", Plan{Grant: 141_891_000, RateBp: 8_000, AdvanceBp: 2_000, InterimMaxBp: 8_000},
			false, 4_893_497, 28_378_200, 3_914_798 - 28_378_200}, // 39.147,976 € rounded half up
		// 80%: advance 20.000,00 → interim → interim at the cap → balance.
		{"first interim recovers the advance", eighty, false, 3_000_001, 2_000_000, 400_001}, // 80% of 30.000,01 € = 24.000,008 → 24.000,01
		{"second interim stops at the cap c·G", eighty, false, 10_500_000, 2_400_001, 5_599_999},
		{"third interim: the cap is reached", eighty, false, 11_000_000, 8_000_000, 0},
		{"balance: r × total admitted less what was disbursed", eighty, true, 11_718_751, 8_000_000, 1_375_001}, // 93.750,008 → 93.750,01
		{"balance: at most the grant", eighty, true, 13_000_000, 8_000_000, 2_000_000},
		{"balance below the advance: recovery", eighty, true, 1_234_567, 2_000_000, 987_654 - 2_000_000}, // 9.876,536 → 9.876,54
		{"balance after a recovery settles at zero", eighty, true, 1_234_567, 987_654, 0},
		{"rounding: half a cent goes away from zero", Plan{Grant: 1_000, RateBp: 5_000, InterimMaxBp: 10_000}, false, 3, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got int64
			if tc.balance {
				got = tc.plan.BalanceDue(tc.admitted, tc.disbursed)
			} else {
				got = tc.plan.InterimDue(tc.admitted, tc.disbursed)
			}
			if got != tc.want {
				t.Errorf("due = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestSources_Split(t *testing.T) {
	decree := Sources{EU: 5_000_000, State: 3_500_000, Region: 1_500_000} // 50% / 35% / 15%
	for _, tc := range []struct {
		name   string
		s      Sources
		amount int64
		want   Sources
		ok     bool
	}{
		{"largest remainder: the cent left goes to the Region (.9)", decree, 1_012_346, Sources{EU: 506_173, State: 354_321, Region: 151_852}, true},
		{"exact", decree, 2_000_000, Sources{EU: 1_000_000, State: 700_000, Region: 300_000}, true},
		{"regional funds only", Sources{Region: 7}, 1_234, Sources{Region: 1_234}, true},
		{"no split recorded", Sources{}, 1_234, Sources{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.s.Split(tc.amount)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Split(%d) = %+v, %v; want %+v, %v", tc.amount, got, ok, tc.want, tc.ok)
			}
			if ok && got.Total() != tc.amount {
				t.Errorf("the parts sum to %d, want %d", got.Total(), tc.amount)
			}
		})
	}
}
