package money

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/capofila/capofila/internal/apperr"
)

// SplitLargestRemainder splits total cents (≥ 0) in proportion to weights (≥
// 0) with the largest-remainder (Hamilton) method: each part first gets the
// integer part of its exact quota total × weight / Σweights, then the cents
// left over go one each to the parts with the largest remainders. Ties are
// broken deterministically: larger remainder first, then larger weight, then
// lower index. The arithmetic is exact, the parts always sum to total, each
// part differs from its exact quota by less than one cent, and a part with
// weight 0 gets 0.
//
// It returns an INVALID *apperr.Error when total or a weight is negative, or
// when total is positive and there are no weights or all weights are zero.
func SplitLargestRemainder(total int64, weights []int64) ([]int64, error) {
	if total < 0 {
		return nil, apperr.InvalidField("", "money.split_total",
			"Non è possibile ripartire un importo negativo.")
	}
	sum := new(big.Int)
	w := make([]big.Int, len(weights))
	for i, x := range weights {
		if x < 0 {
			return nil, apperr.InvalidField("", "money.split_weight",
				"Non è possibile ripartire un importo con pesi negativi.")
		}
		w[i].SetInt64(x)
		sum.Add(sum, &w[i])
	}
	parts := make([]int64, len(weights))
	if total == 0 {
		return parts, nil
	}
	if sum.Sign() == 0 {
		return nil, apperr.InvalidField("", "money.split_weights",
			"Non è possibile ripartire l'importo: tutti i pesi sono zero.")
	}

	t := big.NewInt(total)
	rem := make([]big.Int, len(weights))
	var num, q big.Int
	left := total
	for i := range weights {
		num.Mul(t, &w[i])
		q.QuoRem(&num, sum, &rem[i])
		parts[i] = q.Int64() // q ≤ total, so it fits
		left -= parts[i]
	}
	// 0 ≤ left < number of parts with a positive remainder.
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		if c := rem[j].Cmp(&rem[i]); c != 0 { // larger remainder first
			return c
		}
		if c := cmp.Compare(weights[j], weights[i]); c != 0 { // then larger weight
			return c
		}
		return cmp.Compare(i, j) // then lower index
	})
	for _, i := range order[:left] {
		parts[i]++
	}
	return parts, nil
}

// SplitEqual splits total cents (≥ 0) into n parts (n ≥ 1) that differ by at
// most one cent, the larger parts first: SplitEqual(100, 3) is [34 33 33]. It
// is SplitLargestRemainder with n equal weights.
func SplitEqual(total int64, n int) ([]int64, error) {
	if n < 1 {
		return nil, apperr.InvalidField("", "money.split_parts",
			"Non è possibile ripartire l'importo: serve almeno una parte.")
	}
	if total < 0 {
		return nil, apperr.InvalidField("", "money.split_total",
			"Non è possibile ripartire un importo negativo.")
	}
	parts := make([]int64, n)
	q, r := total/int64(n), total%int64(n)
	for i := range parts {
		parts[i] = q
		if int64(i) < r {
			parts[i]++
		}
	}
	return parts, nil
}
