package ledger

import "github.com/capofila/capofila/internal/money"

// Plan is a call's disbursement plan applied to one project's grant: what
// the Region pays the lead body, and when (DOMAIN.md, "Disbursements").
// Rates are in basis points (10000 = 100%).
type Plan struct {
	// Grant is G, the amount granted by the funding decree.
	Grant int64
	// RateBp is r, the contribution rate: the share of the admitted cost
	// the Region pays (the call's cofinancing_rate_bp).
	RateBp int64
	// AdvanceBp is a: the advance is a·G.
	AdvanceBp int64
	// InterimMaxBp is c: the advance and the interim payments together
	// never exceed c·G before the project is completed.
	InterimMaxBp int64
}

// Each product of an amount and a rate below is rounded once, half away
// from zero (money.BasisPoints), and always on the cumulative amount, so
// that rounding never accumulates from one claim to the next.

// Advance is a·G.
func (p Plan) Advance() int64 { return money.BasisPoints(p.Grant, p.AdvanceBp) }

// InterimCap is c·G: the most the Region disburses before the balance.
func (p Plan) InterimCap() int64 { return money.BasisPoints(p.Grant, p.InterimMaxBp) }

// Contribution is r × admitted: the Region's part of the admitted cost.
func (p Plan) Contribution(admitted int64) int64 { return money.BasisPoints(admitted, p.RateBp) }

// InterimDue is what the Region owes after an accepted claim, given the
// cumulative admitted cost and what was already disbursed (the advance
// included, so that it is recovered from the interim payments):
// min(r × admitted, c·G) − disbursed. Zero or less means nothing is due.
func (p Plan) InterimDue(admitted, disbursed int64) int64 {
	return min(p.Contribution(admitted), p.InterimCap()) - disbursed
}

// BalanceDue is the final settlement once the project is completed:
// min(r × admitted, G) − disbursed. A negative result is what the lead
// body must return to the Region (a recovery).
func (p Plan) BalanceDue(admitted, disbursed int64) int64 {
	return min(p.Contribution(admitted), p.Grant) - disbursed
}

// Sources are the parts of an amount by funding source, in euro cents.
type Sources struct {
	EU, State, Region int64
}

// Total is EU + State + Region.
func (s Sources) Total() int64 { return s.EU + s.State + s.Region }

// Split divides amount (≥ 0) among the sources in the proportions of s (the
// funding decree's EU, State and Region parts of the grant), with the
// largest-remainder method, so that the parts sum to amount. ok is false
// when s has no positive part to take proportions from.
func (s Sources) Split(amount int64) (parts Sources, ok bool) {
	w := []int64{max(s.EU, 0), max(s.State, 0), max(s.Region, 0)}
	if w[0]+w[1]+w[2] == 0 || amount < 0 {
		return Sources{}, false
	}
	out, err := money.SplitLargestRemainder(amount, w)
	if err != nil {
		return Sources{}, false
	}
	return Sources{EU: out[0], State: out[1], Region: out[2]}, true
}
