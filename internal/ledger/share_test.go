package ledger

import (
	"slices"
	"testing"
)

func TestMemberParts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		amount  int64
		weights []int64
		want    []int64
	}{
		{"like the shares", 1_000, []int64{500, 300, 200}, []int64{500, 300, 200}},
		{"a part of the whole, largest remainder", 100, []int64{300, 300, 300}, []int64{34, 33, 33}},
		{"never more than the shares", 5_000, []int64{500, 300, 200}, []int64{500, 300, 200}},
		{"negative shares count as zero", 100, []int64{-50, 100, 100}, []int64{0, 50, 50}},
		{"nothing to split", 0, []int64{1, 2}, []int64{0, 0}},
		{"no shares", 100, []int64{0, 0}, []int64{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := MemberParts(tc.amount, tc.weights)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("MemberParts(%d, %v) = %v, want %v", tc.amount, tc.weights, got, tc.want)
				}
			}
		})
	}
}

// TestPartOf: a member's part is its entry of SharedParts, which is
// MemberParts over the shares' amounts; a body without a share gets 0.
func TestPartOf(t *testing.T) {
	shares := []Share{{"B1", 333}, {"B2", 333}, {"B3", 334}}
	parts := SharedParts(100, shares)
	if want := MemberParts(100, []int64{333, 333, 334}); !slices.Equal(parts, want) {
		t.Fatalf("SharedParts %v, want %v", parts, want)
	}
	for i, sh := range shares {
		if got := PartOf(100, shares, sh.Body); got != parts[i] {
			t.Errorf("PartOf(%s) = %d, want %d", sh.Body, got, parts[i])
		}
	}
	if got := PartOf(100, shares, "B9"); got != 0 {
		t.Errorf("PartOf of a body without a share = %d, want 0", got)
	}
}
