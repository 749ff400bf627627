package server_test

import (
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestReviewRoles: only an auditor of the claim's Region reviews it. Lead
// managers and member referents (who compile the claim), region officers
// (who pay) and viewers of other tenants are refused every review action,
// and the refusals change nothing; the auditor then performs each of them.
func TestReviewRoles(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		A := f.A
		others := map[string][]string{
			"leadA": wantForbidden, "memberA": wantForbidden, "officerA": wantForbidden,
			"officerB": wantNotFound, "leadB": wantNotFound, "noRole": wantNotFound, "anonymous": {"UNAUTHENTICATED"},
		}
		step := func(name, query string, vars map[string]any) {
			t.Run(name, func(t *testing.T) {
				for viewer, want := range others {
					tryMutation(t, f, mutationCase{name: name, viewer: viewer, query: query, vars: vars, want: want})
				}
				tryMutation(t, f, mutationCase{name: name, viewer: "auditorA", query: query, vars: vars, want: []string{outOK}})
			})
		}
		step("startReview", `mutation($id: ID!) { startReview(claimID: $id) { id } }`, map[string]any{"id": A.Claim.ID})
		reviewID := f.ByName["auditorA"].gql(t, "", `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { status reviews(first: 5, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id completedAt } } } } } }`,
			map[string]any{"id": A.Claim.ID})
		var claim struct {
			Node struct {
				Status  string
				Reviews storyConn[struct {
					ID          string  `json:"id"`
					CompletedAt *string `json:"completedAt"`
				}]
			} `json:"node"`
		}
		mustOK(t, reviewID).decode(t, &claim)
		if claim.Node.Status != "UNDER_REVIEW" {
			t.Fatalf("claim %s after startReview, want UNDER_REVIEW", claim.Node.Status)
		}
		var open string
		for _, e := range claim.Node.Reviews.Edges {
			if e.Node.CompletedAt == nil && open == "" { // the newest open one
				open = e.Node.ID
			}
		}
		if open == "" {
			t.Fatal("no open review after startReview")
		}
		tryMutation(t, f, mutationCase{name: "startReview twice", viewer: "auditorA", query: `mutation($id: ID!) { startReview(claimID: $id) { id } }`,
			vars: map[string]any{"id": A.Claim.ID}, want: []string{"CONFLICT"}})
		step("decideExpenseItem", `mutation($id: ID!) { decideExpenseItem(id: $id, admittedCents: 0, reason: "Spesa non pertinente") { id } }`,
			map[string]any{"id": A.Item.ID})
		step("decideExpenseItems", `mutation($id: ID!) { decideExpenseItems(decisions: [{id: $id, admittedCents: 0, reason: "Spesa non pertinente"}]) { id } }`,
			map[string]any{"id": A.Item.ID})
		var checklist struct {
			Node struct {
				Checklist []struct{ Key string } `json:"checklist"`
			} `json:"node"`
		}
		mustOK(t, f.ByName["auditorA"].gql(t, "", `query($id: ID!) { node(id: $id) { ... on Review { checklist { key } } } }`,
			map[string]any{"id": open})).decode(t, &checklist)
		var results []any
		for _, c := range checklist.Node.Checklist {
			results = append(results, map[string]any{"key": c.Key, "result": "OK"})
		}
		step("setReviewChecklist", `mutation($id: ID!, $r: [ChecklistResultInput!]!) { setReviewChecklist(reviewID: $id, results: $r) { id } }`,
			map[string]any{"id": open, "r": results})
		step("completeReview", `mutation($id: ID!) { completeReview(reviewID: $id, outcome: REJECTED, comments: "Spesa non pertinente") { id } }`,
			map[string]any{"id": open})
	})
}
