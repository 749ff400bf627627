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
// paid_cents kept on the shares (invoicing.RecordPayment, through
// SharedParts), the claimable amount of a member (internal/eligibility,
// through PartOf) and what the web app proposes to claim all come from
// here.
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

// Share is a member's share of an invoice: the member's body and the
// share's amount, the weight the member's parts of the invoice's money are
// divided by.
type Share struct {
	Body   string
	Amount int64
}

// SharedParts divides an amount of one invoice across its shares, in their
// stored order (by member ID): MemberParts over the shares' amounts.
func SharedParts(amount int64, shares []Share) []int64 {
	w := make([]int64, len(shares))
	for i, sh := range shares {
		w[i] = sh.Amount
	}
	return MemberParts(amount, w)
}

// PartOf is a member's part of an amount of one invoice (SharedParts): what
// it paid of the invoice, or may claim of it. It is zero for a body
// without a share.
func PartOf(amount int64, shares []Share, body string) int64 {
	for i, sh := range shares {
		if sh.Body == body {
			return SharedParts(amount, shares)[i]
		}
	}
	return 0
}
