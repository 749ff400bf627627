package notifykind_test

import (
	"testing"

	"github.com/capofila/capofila/internal/notifykind"
)

func TestKinds_HaveLabelsAndDefaults(t *testing.T) {
	want := []string{"APPLICATION_DECIDED", "INTEGRATION_REQUESTED", "CLAIM_CHANGES_REQUESTED", "REVIEW_COMPLETED",
		"DELIVERABLE_REJECTED", "DISBURSEMENT_PAID", "VARIATION_REQUESTED", "VARIATION_DECIDED", "ACCESS_REQUESTED", "ACCESS_DECIDED", "DEADLINE_REMINDER"}
	all := notifykind.All()
	if len(all) != len(want) {
		t.Fatalf("kinds = %v, want %v", all, want)
	}
	for i, k := range all {
		if string(k) != want[i] || k.Label() == "" || k.Doc() == "" || !k.Default().Valid() {
			t.Errorf("kind %d = %q label %q doc %q default %q", i, k, k.Label(), k.Doc(), k.Default())
		}
		want := notifykind.Immediate
		if k == notifykind.DeadlineReminder {
			want = notifykind.Daily
		}
		if k.Default() != want {
			t.Errorf("%s default = %s, want %s", k, k.Default(), want)
		}
	}
	if notifykind.Kind("X").Valid() || notifykind.Delivery("NEVER").Valid() {
		t.Error("unknown values are valid")
	}
}
