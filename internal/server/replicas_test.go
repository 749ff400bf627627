package server_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/server"
	"github.com/capofila/capofila/internal/testdb"
)

// TestTwoReplicas_ConflictingEditsConflict runs two servers, each with its
// own connection pool, on one database (two replicas behind a load
// balancer), and sends them the same edit at the same time: a budget line's
// amount, a contract's split. With the version they read, exactly one edit
// wins and the other is a CONFLICT the client can retry; no update is lost
// and the split always sums to the contract's cost.
func TestTwoReplicas_ConflictingEditsConflict(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		second, err := db.Open(context.Background(), testdb.URL(d), db.Options{MaxOpenConns: 5})
		if err != nil {
			t.Fatalf("second pool: %v", err)
		}
		defer second.Close()
		log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
		replica := server.New(server.Config{Version: testVersion, Documents: docstore.Disk{Root: t.TempDir()}}, second, second.Client(), log)
		srvB := httptest.NewServer(replica.Handler())
		defer srvB.Close()
		leadA := dr.lead
		leadB := &client{srv: srvB, bearer: leadA.bearer} // the same user, the other replica
		sys := authz.WithSystem(context.Background())

		// Two edits of one budget line, ten rounds.
		bl, err := d.Client().BudgetLine.Query().Where(budgetline.ApplicationID(dr.res.Application.ID)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		update := `mutation($id: ID!, $a: Cents!, $v: Int!) { updateBudgetLine(id: $id, input: {amountCents: $a, version: $v}) { amountCents version } }`
		for round := range 10 {
			cur, err := d.Client().BudgetLine.Get(sys, bl.ID)
			if err != nil {
				t.Fatal(err)
			}
			amounts := []int64{100_000 + int64(round), 200_000 + int64(round)}
			codes := race(t, []*client{leadA, leadB}, func(i int, c *client) response {
				return c.do(t, update, map[string]any{"id": bl.ID, "a": amounts[i], "v": cur.Version})
			})
			after, err := d.Client().BudgetLine.Get(sys, bl.ID)
			if err != nil {
				t.Fatal(err)
			}
			if countOf(codes, "OK") != 1 || countOf(codes, "CONFLICT") != 1 || after.Version != cur.Version+1 ||
				(after.AmountCents != amounts[0] && after.AmountCents != amounts[1]) {
				t.Fatalf("round %d: answers %v, line %d v%d (was v%d)", round, codes, after.AmountCents, after.Version, cur.Version)
			}
			if codes[0] == "OK" && after.AmountCents != amounts[0] || codes[1] == "OK" && after.AmountCents != amounts[1] {
				t.Fatalf("round %d: the saved amount %d is not the winner's (%v)", round, after.AmountCents, codes)
			}
		}

		// Two re-splits of one contract, five rounds.
		ct, err := d.Client().Contract.Query().Where(contract.NetCents(9_600_000)).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		cats, err := ct.QueryCostShares().QueryExpenseCategory().IDs(sys)
		if err != nil || len(cats) == 0 {
			t.Fatalf("contract category: %v", err)
		}
		split := `mutation($id: ID!, $m: ContractSplitMethod!, $c: ID!, $v: Int!) { splitContract(id: $id, split: {method: $m, expenseCategoryID: $c}, version: $v) { version } }`
		for round := range 5 {
			cur, err := d.Client().Contract.Get(sys, ct.ID)
			if err != nil {
				t.Fatal(err)
			}
			methods := []string{"POPULATION", "POPULATION"}
			codes := race(t, []*client{leadA, leadB}, func(i int, c *client) response {
				return c.do(t, split, map[string]any{"id": ct.ID, "m": methods[i], "c": cats[0], "v": cur.Version})
			})
			after, err := d.Client().Contract.Get(sys, ct.ID)
			if err != nil {
				t.Fatal(err)
			}
			shares, err := d.Client().CostShare.Query().Where(costshare.ContractID(ct.ID)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			var sum int64
			for _, sh := range shares {
				sum += sh.AmountCents
			}
			if countOf(codes, "OK") != 1 || countOf(codes, "CONFLICT") != 1 || after.Version != cur.Version+1 {
				t.Fatalf("round %d: answers %v, contract v%d (was v%d)", round, codes, after.Version, cur.Version)
			}
			if sum != ct.NetCents+ct.VatCents || len(shares) != 64 {
				t.Fatalf("round %d: %d shares summing to %d, want 64 summing to %d", round, len(shares), sum, ct.NetCents+ct.VatCents)
			}
			for i, code := range codes {
				if code == "OK" && string(after.SplitMethod) != methods[i] {
					t.Fatalf("round %d: the split is %s, the winner asked for %s", round, after.SplitMethod, methods[i])
				}
			}
		}
	})
}

// race sends the requests of every client at the same time and returns
// their outcomes ("OK" or the error code), in client order.
func race(t *testing.T, clients []*client, send func(i int, c *client) response) []string {
	t.Helper()
	out := make([]string, len(clients))
	var start, done sync.WaitGroup
	start.Add(1)
	for i, c := range clients {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			r := send(i, c)
			if code := errorCodes(r); code != "" {
				out[i] = code
				return
			}
			out[i] = "OK"
		}()
	}
	start.Done()
	done.Wait()
	return out
}

func countOf(xs []string, s string) int {
	n := 0
	for _, x := range xs {
		if x == s {
			n++
		}
	}
	return n
}
