package ledger

import "github.com/capofila/capofila/internal/money"

// MemberParts divides an amount of one invoice (what was paid on it, what
// may be claimed of it) across its member shares, whose amounts are the
// weights: largest remainder over the positive weights (negative weights
// count as zero), the amount capped at their total so that no member gets
// more than its share. Shares must come in their stored order (by member
// ID): the tie-break of the largest remainder follows it.
//
// It is the one rule for "a member's part" of an invoice's money: the
// paid_cents kept on the shares (project.RecordPayment), the claimable
// amount of a member (internal/eligibility) and what the web app proposes
// to claim all come from here.
func MemberParts(amount int64, weights []int64) []int64 {
	w := make([]int64, len(weights))
	var total int64
	for i, x := range weights {
		w[i] = max(x, 0)
		total += w[i]
	}
	if total == 0 || amount <= 0 {
		return make([]int64, len(weights))
	}
	parts, err := money.SplitLargestRemainder(min(amount, total), w)
	if err != nil {
		// Unreachable: the amount and the weights are positive here.
		panic(err)
	}
	return parts
}
