package ledger

import "testing"

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
