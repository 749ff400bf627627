package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestVersions_StaleUpdateIsAConflict: every object users edit carries a
// version, and an update naming the version it was read at is applied only
// if nobody changed the object since. Two users editing the same object
// from the version they both read: the first wins, the second is a
// CONFLICT (version.stale) and changes nothing — no edit is lost.
func TestVersions_StaleUpdateIsAConflict(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		tn := f.A
		admin := newClient(t, d)
		for _, tc := range []struct {
			name     string
			id       pulid.ID
			mutation string // with $id, $v and $text
			field    string // the GraphQL field the mutation changes, read back
			node     string // the node's type, to read it back
			version  string // the version field: version, or rowVersion for a Call
			input    string // how the input carries the text and the version
			max      int    // a free text's bound (text.too_long), 0 for a short field
		}{
			{"Vendor", tn.Vendor.ID, "updateVendor(id: $id, input: %s)", "address", "Vendor", "version", `{address: $text, version: $v}`, 0},
			{"PublicBody", tn.Pool[0].ID, "updatePublicBody(id: $id, input: %s)", "address", "PublicBody", "version", `{address: $text, version: $v}`, 0},
			{"Call", tn.DraftCall.ID, "updateCall(id: $id, input: %s)", "reference", "Call", "rowVersion", `{reference: $text, rowVersion: $v}`, 0},
			{"ExpenseCategory", tn.DraftCategory.ID, "updateExpenseCategory(id: $id, input: %s)", "name", "ExpenseCategory", "version", `{name: $text, version: $v}`, 0},
			{"InterventionLine", tn.DraftLine.ID, "updateInterventionLine(id: $id, input: %s)", "name", "InterventionLine", "version", `{name: $text, version: $v}`, 0},
			{"Aggregation", tn.Aggregation.ID, "updateAggregation(id: $id, input: %s)", "description", "Aggregation", "version", `{description: $text, version: $v}`, 2000},
			{"Membership", tn.Memberships[1].ID, "updateMembership(id: $id, input: %s)", "resolutionNumber", "Membership", "version", `{resolutionNumber: $text, version: $v}`, 0},
			{"Agreement", tn.Agreement.ID, "updateAgreement(id: $id, input: %s)", "purpose", "Agreement", "version", `{purpose: $text, version: $v}`, 4000},
			{"Application", tn.DraftApplication.ID, "updateApplication(id: $id, input: %s)", "summary", "Application", "version", `{summary: $text, version: $v}`, 4000},
			{"Milestone", tn.Milestone.ID, "updateMilestone(id: $id, input: %s)", "title", "Milestone", "version", `{title: $text, version: $v}`, 0},
			{"Procurement", tn.Procurement.ID, "updateProcurement(id: $id, input: %s)", "title", "Procurement", "version", `{title: $text, version: $v}`, 0},
			{"User", f.Viewers[0].User.ID, "updateProfile(userID: $id, input: %s)", "jobTitle", "User", "version", `{jobTitle: $text, version: $v}`, 0},
			{"ExpenseClaim", tn.DraftClaim.ID, "updateExpenseClaim(id: $id, input: %s)", "narrative", "ExpenseClaim", "version",
				fmt.Sprintf(`{periodStart: "%s", periodEnd: "%s", narrative: $text, version: $v}`, tn.DraftClaim.PeriodStart, tn.DraftClaim.PeriodEnd), 20000},
		} {
			t.Run(tc.name, func(t *testing.T) {
				read := func() (int, string) {
					t.Helper()
					r := mustOK(t, admin.do(t, fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { %s %s } } }`, tc.node, tc.version, tc.field),
						map[string]any{"id": tc.id}))
					var out struct {
						Node map[string]json.RawMessage `json:"node"`
					}
					r.decode(t, &out)
					var v int
					var text string
					_ = json.Unmarshal(out.Node[tc.version], &v)
					_ = json.Unmarshal(out.Node[tc.field], &text)
					if v < 1 {
						t.Fatalf("%s has no %s: %s", tc.node, tc.version, r.Data)
					}
					return v, text
				}
				q := fmt.Sprintf(`mutation($id: ID!, $v: Int!, $text: String!) { `+tc.mutation+` { id } }`, tc.input)
				v, _ := read()
				// The first user saves from version v: it is applied.
				mustOK(t, admin.do(t, q, map[string]any{"id": tc.id, "v": v, "text": "Prima modifica " + tc.name}))
				after, text := read()
				if after != v+1 || text != "Prima modifica "+tc.name {
					t.Fatalf("after the first edit: version %d, %s %q; want %d and the edit", after, tc.field, text, v+1)
				}
				// The second user also read version v: a CONFLICT, nothing saved.
				r := admin.do(t, q, map[string]any{"id": tc.id, "v": v, "text": "Seconda modifica " + tc.name})
				if e := wantCode(t, r, "CONFLICT"); e.Extensions.Rule != "version.stale" || !strings.Contains(e.Message, "modificato") {
					t.Errorf("rule %q, message %q", e.Extensions.Rule, e.Message)
				}
				if again, text := read(); again != after || text != "Prima modifica "+tc.name {
					t.Errorf("the stale edit changed the %s: version %d, %s %q", tc.node, again, tc.field, text)
				}
				if tc.max == 0 {
					return
				}
				// A free text is bounded in characters, not bytes: max
				// two-byte letters are saved, one more is INVALID with
				// the field named, and nothing is saved.
				mustOK(t, admin.do(t, q, map[string]any{"id": tc.id, "v": after, "text": strings.Repeat("è", tc.max)}))
				v, text = read()
				if text != strings.Repeat("è", tc.max) {
					t.Fatalf("a %s of %d characters was not saved whole (%d)", tc.field, tc.max, len([]rune(text)))
				}
				r = admin.do(t, q, map[string]any{"id": tc.id, "v": v, "text": strings.Repeat("è", tc.max+1)})
				if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "text.too_long" || e.Extensions.Field != tc.field || !strings.Contains(e.Message, "troppo lungo") {
					t.Errorf("a %s over %d characters: rule %q, field %q, message %q", tc.field, tc.max, e.Extensions.Rule, e.Extensions.Field, e.Message)
				}
				if again, text := read(); again != v || len([]rune(text)) != tc.max {
					t.Errorf("the refused edit changed the %s: version %d, %d characters", tc.node, again, len([]rune(text)))
				}
			})
		}
	})
}
