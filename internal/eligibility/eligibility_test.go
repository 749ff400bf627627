package eligibility

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
)

const cup = "D79J25000120006"

func day(y int, m time.Month, d int) *civil.Date { v := civil.New(y, m, d); return &v }

var (
	serv = &Category{ID: "SERV", Name: "Servizi", VATEligible: true}
	hw   = &Category{ID: "HW", Name: "Hardware", VATEligible: false}
	// Two members of the aggregation and one that has no share.
	grottammare = &Member{ID: "B1", Name: "Comune di Grottammare"}
	cupra       = &Member{ID: "B2", Name: "Comune di Cupra Marittima"}
	ripatrans   = &Member{ID: "B3", Name: "Comune di Ripatransone"}
)

// splitInvoice is FPA 9/26: 10.000,00 € + VAT 22% under split payment,
// shared half and half by two members in category SERV; the supplier was
// paid the taxable amount on 30/04/2026, the VAT by F24 on 16/05/2026.
func splitInvoice() *Invoice {
	return &Invoice{ID: "IN1", Number: "FPA 9/26", IssuedOn: civil.New(2026, 3, 31), DocumentType: "TD01", Currency: "EUR",
		CIG: "95156957EC", Contracted: true, CUP: cup,
		Figures: ledger.Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_000, SplitPayment: true},
		Payments: []Payment{
			{ID: "PY1", Kind: ledger.Supplier, Amount: 1_000_000, Receipt: day(2026, 4, 30)},
			{ID: "PY2", Kind: ledger.VATF24, Amount: 220_000, Receipt: day(2026, 5, 16)},
		},
		Shares: []Share{{Body: "B1", Category: "SERV", Amount: 610_000}, {Body: "B2", Category: "SERV", Amount: 610_000}},
	}
}

// request claims Grottammare's half of FPA 9/26 in SERV, with room left.
func request() Request {
	return Request{
		Claim: Claim{PeriodEnd: civil.New(2026, 6, 30), EligibleFrom: day(2025, 1, 1), EligibleUntil: day(2027, 12, 31), CUP: cup},
		Items: []Item{{Invoice: splitInvoice(), Body: "B1", Member: grottammare, Category: serv, Claimed: 610_000}},
		Room: map[Key]int64{{"B1", "SERV"}: 5_000_000, {"B2", "SERV"}: 5_000_000, {"B3", "SERV"}: 5_000_000,
			{"B1", "HW"}: 5_000_000},
		Claimed: map[Claimed]bool{},
	}
}

// failure is a rule reported and the amount at stake.
type failure struct {
	rule   string
	amount int64
}

// ruleCase is the request of a valid expense with one thing changed, and
// every failure it must report.
type ruleCase struct {
	name   string
	change func(r *Request)
	want   []failure
}

// ruleCases has at least one case per rule key that breaks that rule alone
// (TestCheck_EveryRuleHasACase), then cases that break none or several.
func ruleCases() []ruleCase {
	return []ruleCase{
		{"OK: supplier net and VAT by F24 receipted, VAT eligible", func(r *Request) {}, nil},
		{RuleInvoiceNotInProject, func(r *Request) { r.Items[0].Invoice = nil }, []failure{{RuleInvoiceNotInProject, 610_000}}},
		{RuleNotMember, func(r *Request) { r.Items[0].Body, r.Items[0].Member = "B9", nil }, []failure{{RuleNotMember, 610_000}}},
		{RuleCategoryNotInCall, func(r *Request) { r.Items[0].Category = nil }, []failure{{RuleCategoryNotInCall, 610_000}}},
		{RuleLineNotInCall, func(r *Request) { r.Items[0].LineOutsideCall = true }, []failure{{RuleLineNotInCall, 610_000}}},
		{RuleAmount, func(r *Request) { r.Items[0].Claimed = 0 }, []failure{{RuleAmount, 0}}},
		{RuleCreditNote, func(r *Request) { r.Items[0].Invoice.DocumentType = "TD04" }, []failure{{RuleCreditNote, 610_000}}},
		{RuleCurrency, func(r *Request) { r.Items[0].Invoice.Currency = "USD" }, []failure{{RuleCurrency, 610_000}}},
		{"another currency converted by a recorded act", func(r *Request) {
			r.Items[0].Invoice.Currency, r.Items[0].Invoice.ConversionAct = "USD", "Mandato n. 1843 del 30/04/2026, cambio BCE 1,0812"
		}, nil},
		{RuleCIG + " (none)", func(r *Request) { r.Items[0].Invoice.CIG = "" }, []failure{{RuleCIG, 610_000}}},
		{RuleCIG + " (wrong check characters)", func(r *Request) { r.Items[0].Invoice.CIG = "95156957ED" }, []failure{{RuleCIG, 610_000}}},
		{RuleCIG + " (no contract)", func(r *Request) { r.Items[0].Invoice.Contracted = false }, []failure{{RuleCIG, 610_000}}},
		{RuleCUP, func(r *Request) { r.Items[0].Invoice.CUP = "D79J25000120099" }, []failure{{RuleCUP, 610_000}}},
		{RuleBeforeWindow, func(r *Request) { r.Items[0].Invoice.IssuedOn = civil.New(2024, 12, 31) }, []failure{{RuleBeforeWindow, 610_000}}},
		{RuleAfterWindow, func(r *Request) {
			r.Claim.EligibleUntil, r.Claim.PeriodEnd = day(2026, 3, 30), civil.New(2026, 12, 31)
			r.Items[0].Invoice.Payments[0].Receipt, r.Items[0].Invoice.Payments[1].Receipt = day(2026, 3, 30), day(2026, 3, 30)
		}, []failure{{RuleAfterWindow, 610_000}}},
		{RuleAfterPeriod, func(r *Request) { r.Claim.PeriodEnd = civil.New(2026, 3, 30) }, []failure{{RuleAfterPeriod, 610_000}}},
		{RuleNotPaid, func(r *Request) {
			for i := range r.Items[0].Invoice.Payments {
				r.Items[0].Invoice.Payments[i].Receipt = nil
			}
		}, []failure{{RuleNotPaid, 610_000}}},
		{RuleNotPaid + " (receipted after the window)", func(r *Request) { r.Claim.EligibleUntil = day(2026, 4, 29) }, []failure{{RuleNotPaid, 610_000}}},
		{RuleCategoryMismatch, func(r *Request) { r.Items[0].Invoice.Shares[0].Category = "HW" }, []failure{{RuleCategoryMismatch, 610_000}}},
		{RuleNoShare, func(r *Request) { r.Items[0].Body, r.Items[0].Member = "B3", ripatrans }, []failure{{RuleNoShare, 610_000}}},
		{RuleNoAllocation, func(r *Request) { delete(r.Room, Key{"B1", "SERV"}) }, []failure{{RuleNoAllocation, 610_000}}},
		{RuleAlreadyClaimed, func(r *Request) { r.Claimed[Claimed{"IN1", "B1"}] = true }, []failure{{RuleAlreadyClaimed, 610_000}}},
		{RuleAlreadyClaimed + " (twice in the request)", func(r *Request) { r.Items = append(r.Items, r.Items[0]) },
			[]failure{{RuleAlreadyClaimed, 610_000}}},
		{RuleVATNotEligible, func(r *Request) {
			r.Items[0].Category = hw
			r.Items[0].Invoice.Shares[0].Category, r.Items[0].Invoice.Shares[1].Category = "HW", "HW"
		}, []failure{{RuleVATNotEligible, 110_000}}},
		{"VAT not eligible: the taxable half is claimable", func(r *Request) {
			r.Items[0].Category, r.Items[0].Claimed = hw, 500_000
			r.Items[0].Invoice.Shares[0].Category, r.Items[0].Invoice.Shares[1].Category = "HW", "HW"
		}, nil},
		{RuleVATNotReceipted, func(r *Request) { r.Items[0].Invoice.Payments[1].Receipt = nil }, []failure{{RuleVATNotReceipted, 110_000}}},
		{RuleAbovePaidShare, func(r *Request) { r.Items[0].Claimed = 610_001 }, []failure{{RuleAbovePaidShare, 1}}},
		{RuleAbovePaidShare + " (a credit note nets the invoice)", func(r *Request) {
			r.Items[0].Invoice.Figures.CreditedTaxable, r.Items[0].Invoice.Figures.CreditedVAT = 100_000, 22_000
			r.Items[0].Invoice.Payments[0].Amount, r.Items[0].Invoice.Payments[1].Amount = 900_000, 198_000
		}, []failure{{RuleAbovePaidShare, 61_000}}},
		{RuleAbovePaidShare + " (stamp duty is never claimed)", func(r *Request) {
			inv := r.Items[0].Invoice
			inv.Figures = ledger.Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_200, Stamp: 200}
			inv.Payments = inv.Payments[:1]
			inv.Payments[0].Amount = 1_220_200
			inv.Shares[0].Amount, inv.Shares[1].Amount = 610_100, 610_100
			r.Items[0].Claimed = 610_100
		}, []failure{{RuleAbovePaidShare, 100}}},
		{RuleAboveAllocation, func(r *Request) { r.Room[Key{"B1", "SERV"}] = 600_000 }, []failure{{RuleAboveAllocation, 10_000}}},
		{RuleAboveAllocation + " (after an earlier item of the request)", func(r *Request) {
			r.Room[Key{"B1", "SERV"}] = 1_000_000
			other := splitInvoice()
			other.ID, other.Number = "IN2", "FPA 10/26"
			r.Items = append(r.Items, Item{Invoice: other, Body: "B1", Member: grottammare, Category: serv, Claimed: 610_000})
		}, []failure{{RuleAboveAllocation, 220_000}}},
		{"every rule broken is reported", func(r *Request) {
			r.Items[0].Invoice.CUP = ""
			r.Items[0].Invoice.Payments = nil
			r.Claim.PeriodEnd = civil.New(2026, 1, 31)
			r.Room[Key{"B1", "SERV"}] = 0
		}, []failure{{RuleCUP, 610_000}, {RuleAfterPeriod, 610_000}, {RuleNotPaid, 610_000}, {RuleAboveAllocation, 610_000}}},
	}
}

// TestCheck_Rules runs ruleCases: each reports exactly its failures, and
// every message names the item, the invoice and the member.
func TestCheck_Rules(t *testing.T) {
	for _, tc := range ruleCases() {
		t.Run(tc.name, func(t *testing.T) {
			r := request()
			tc.change(&r)
			acc, fs := Check(r)
			var got []failure
			for _, f := range fs {
				got = append(got, failure{f.Rule, f.Amount})
				if !strings.HasPrefix(f.Message, "Spesa ") {
					t.Errorf("message %q does not name the item", f.Message)
				}
				if f.Rule != RuleInvoiceNotInProject && !strings.Contains(f.Message, "FPA ") {
					t.Errorf("message %q does not name the invoice", f.Message)
				}
				if f.Rule != RuleNotMember && !strings.Contains(f.Message, "Comune di") {
					t.Errorf("message %q does not name the member", f.Message)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("failures %v, want %v\n%v", got, tc.want, fs)
			}
			if len(tc.want) == 0 && (acc[0].Proof != "PY1" || acc[0].Claimable < r.Items[0].Claimed) {
				t.Errorf("accepted %+v: want the supplier's payment PY1 as proof and at least %d claimable", acc[0], r.Items[0].Claimed)
			}
		})
	}
}

// TestCheck_MessagesNameTheAmounts: a refusal for VAT says the amount
// claimed, what may be claimed and the excess.
func TestCheck_MessagesNameTheAmounts(t *testing.T) {
	r := request()
	r.Items[0].Invoice.Payments[1].Receipt = nil
	_, fs := Check(r)
	if len(fs) != 1 {
		t.Fatalf("failures %v, want one", fs)
	}
	for _, want := range []string{"Spesa 1 (fattura n. FPA 9/26 del 31/03/2026, Comune di Grottammare)", "2.200,00 €", "6.100,00 €", "5.000,00 €", "1.100,00 €"} {
		if !strings.Contains(fs[0].Message, want) {
			t.Errorf("message %q should contain %q", fs[0].Message, want)
		}
	}
}

// TestMemberClaimable: what the web app proposes for each member is what
// Check accepts, to the cent, and a cent more is refused.
func TestMemberClaimable(t *testing.T) {
	odd := splitInvoice()
	// Three members, shares with remainders; the F24 not yet receipted.
	odd.Figures = ledger.Invoice{Taxable: 1_000_001, VAT: 220_000, Total: 1_220_001, SplitPayment: true}
	odd.Payments[0].Amount = 1_000_001
	odd.Payments[1].Receipt = nil
	odd.Shares = []Share{{Body: "B1", Category: "SERV", Amount: 406_667}, {Body: "B2", Category: "SERV", Amount: 406_667},
		{Body: "B3", Category: "SERV", Amount: 406_667}}
	members := map[string]*Member{"B1": grottammare, "B2": cupra, "B3": ripatrans}
	for _, tc := range []struct {
		name     string
		cat      *Category
		want     []int64 // B1, B2, B3
		whenPaid []int64
	}{
		{"VAT eligible: the taxable part until the F24 is receipted", serv, []int64{333_334, 333_334, 333_333}, []int64{406_667, 406_667, 406_667}},
		{"VAT not eligible: the taxable part, F24 or not", hw, []int64{333_334, 333_334, 333_333}, []int64{333_334, 333_334, 333_333}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i := range odd.Shares {
				odd.Shares[i].Category = tc.cat.ID
			}
			var sum int64
			for i, b := range []string{"B1", "B2", "B3"} {
				got := MemberClaimable(odd, b, tc.cat.VATEligible, day(2027, 12, 31))
				sum += got
				if got != tc.want[i] {
					t.Errorf("%s: claimable %d, want %d", b, got, tc.want[i])
				}
				if w := MemberClaimableWhenPaid(odd, b, tc.cat.VATEligible); w != tc.whenPaid[i] {
					t.Errorf("%s: claimable once paid %d, want %d", b, w, tc.whenPaid[i])
				}
				r := request()
				r.Room[Key{b, tc.cat.ID}] = 5_000_000
				r.Items = []Item{{Invoice: odd, Body: b, Member: members[b], Category: tc.cat, Claimed: got}}
				if _, fs := Check(r); len(fs) != 0 {
					t.Errorf("%s: claiming the proposed %d is refused: %v", b, got, fs)
				}
				r.Items[0].Claimed++
				if _, fs := Check(r); len(fs) != 1 {
					t.Errorf("%s: claiming a cent more is not refused once: %v", b, fs)
				}
			}
			if sum != 1_000_001 {
				t.Errorf("the members' parts sum to %d, want the taxable amount 1000001", sum)
			}
		})
	}
	t.Run("a credit note is not claimable", func(t *testing.T) {
		cn := splitInvoice()
		cn.DocumentType = "TD04"
		if got := MemberClaimable(cn, "B1", true, nil); got != 0 {
			t.Errorf("claimable %d, want 0", got)
		}
	})
}
