package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/capofila/capofila/internal/loadtest"
)

// operation is one thing a user waits for: ours runs it against the server
// (worker w uses its own session), floor asks the floor for the same data;
// requests is how many HTTP requests ours sends.
type operation struct {
	name     string
	title    string
	requests float64
	ours     func(ctx context.Context, w int) error
	floor    func(ctx context.Context, w int) error
}

func operations(t *loadtest.Targets, sessions map[string][]*loadtest.Session, floor *loadtest.Session, base, password string) []operation {
	gql := func(user, query string, vars map[string]any) func(context.Context, int) error {
		return func(ctx context.Context, w int) error {
			return sessions[user][w].GraphQL(ctx, query, vars, nil)
		}
	}
	pages := float64((t.BigItems + 99) / 100)
	return []operation{
		{
			// What every request costs before it reads any data: the
			// session, GraphQL parsing, validation and the cost limits,
			// the middleware, JSON; its floor is one trivial statement
			// over the same HTTP. It calibrates the other ratios.
			name: "request-baseline", title: "Signed-in GraphQL request reading no data ({ serverVersion })", requests: 1,
			ours:  gql(t.Lead, loadtest.BaselineQuery, nil),
			floor: floorCall(floor, "request-baseline", "", ""),
		},
		{
			name: "member-dashboard", title: "Member's allocation dashboard (its summary, its deliverables, the project's newest invoices)", requests: 1,
			ours:  gql(t.MemberUser, loadtest.MemberDashboardQuery, map[string]any{"project": t.Project, "body": t.Member}),
			floor: floorCall(floor, "member-dashboard", t.Project, t.Member),
		},
		{
			name: "project-overview", title: fmt.Sprintf("Lead's project page (%d members)", t.Members), requests: 1,
			ours:  gql(t.Lead, loadtest.ProjectPageQuery, map[string]any{"id": t.Project}),
			floor: floorCall(floor, "project-overview", t.Project, ""),
		},
		{
			name: "review-queue", title: "Auditor's review queue (50 oldest claims)", requests: 1,
			ours:  gql(t.Auditor, loadtest.ReviewQueueQuery, map[string]any{"first": 50}),
			floor: floorCall(floor, "review-queue", t.BigClaim, ""),
		},
		{
			name: "claim-items", title: fmt.Sprintf("Auditor's claim page with %d expense items (%0.f pages of 100)", t.BigItems, pages),
			requests: 1 + pages,
			ours:     func(ctx context.Context, w int) error { return claimPage(ctx, sessions[t.Auditor][w], t.BigClaim) },
			floor:    floorCall(floor, "claim-items", t.BigClaim, ""),
		},
		{
			name: "claim-pdf", title: fmt.Sprintf("Claim report PDF (%d members)", t.WideMembers), requests: 1,
			ours: func(ctx context.Context, w int) error {
				res, err := sessions[t.WideLead][w].Get(ctx, "/reports/claims/"+t.WideClaim+"/rendiconto.pdf")
				if err != nil {
					return err
				}
				if res.Status != http.StatusOK || !bytes.HasPrefix(res.Body, []byte("%PDF-")) {
					return fmt.Errorf("claim PDF: HTTP %d: %.200s", res.Status, res.Body)
				}
				return nil
			},
			// A submitted claim's report is rendered once, when it is
			// sent, and stored (frozen); the floor finds the stored
			// document by one statement and, given -documents, sends the
			// same file. Rendering is measured by BenchmarkClaimReportFromDB.
			floor: floorCall(floor, "claim-pdf", t.WideClaim, ""),
		},
		{
			// Worker w signs in as one of the users with a password, by
			// turns, from an address of its own (X-Forwarded-For, the
			// server trusting the loopback as its proxy), as many people
			// signing in at once would: one account from one address is
			// held to a few checks at once (signin.busy, by design).
			name: "sign-in", title: "Sign-in (argon2id)", requests: 1,
			ours: func(ctx context.Context, w int) error {
				return signInOnce(ctx, base, t.SignInUsers[w%len(t.SignInUsers)], password, clientAddr(w))
			},
			floor: floorCall(floor, "sign-in", t.Lead, ""),
		},
	}
}

// claimPage reads a claim's page and then all its items, 100 at a time, as
// the auditor's browser does.
func claimPage(ctx context.Context, s *loadtest.Session, claim string) error {
	if err := s.GraphQL(ctx, loadtest.ClaimPageQuery, map[string]any{"id": claim}, nil); err != nil {
		return err
	}
	var after any
	for {
		var out struct {
			Node struct {
				Items struct {
					PageInfo struct {
						HasNextPage bool   `json:"hasNextPage"`
						EndCursor   string `json:"endCursor"`
					} `json:"pageInfo"`
				} `json:"items"`
			} `json:"node"`
		}
		if err := s.GraphQL(ctx, loadtest.ClaimItemsQuery, map[string]any{"id": claim, "first": 100, "after": after}, &out); err != nil {
			return err
		}
		if !out.Node.Items.PageInfo.HasNextPage {
			return nil
		}
		after = out.Node.Items.PageInfo.EndCursor
	}
}

// clientAddr is worker w's client address: 10.77.x.y, one per worker.
func clientAddr(w int) string { return fmt.Sprintf("10.77.%d.%d", w/250, 1+w%250) }

// errRefused is an answer the server gives by design under load: a
// sign-in refused as busy (RATE_LIMITED signin.busy, 429) because more
// password checks are in flight than the process hashes at once. It is
// counted apart from the errors.
var errRefused = errors.New("refused by design (signin.busy)")

// signInOnce signs a user in on a new session from the client address addr.
func signInOnce(ctx context.Context, base, email, password, addr string) error {
	body, _ := json.Marshal(map[string]string{"email": email, "password": password})
	res, err := loadtest.NewSession(base).From(addr).Post(ctx, "/auth/sign-in", body)
	if err != nil {
		return err
	}
	if res.Status == http.StatusTooManyRequests && bytes.Contains(res.Body, []byte("signin.busy")) {
		return errRefused
	}
	if res.Status != http.StatusOK {
		return fmt.Errorf("sign-in: HTTP %d: %.200s", res.Status, res.Body)
	}
	return nil
}
