package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/loadtest"
	"github.com/capofila/capofila/internal/s3test"
	"github.com/capofila/capofila/internal/testdb"
)

// TestMain lets the test binary be the capofila command: the replica test
// starts it as server processes.
func TestMain(m *testing.M) {
	if os.Getenv("CAPOFILA_TEST_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// replica is a `capofila serve` process on the shared database.
type replica struct {
	base string
	cmd  *exec.Cmd
	log  bytes.Buffer
}

// startReplica starts `capofila serve` on the database at url, with a
// documents folder of its own unless args name a bucket.
func startReplica(t *testing.T, url string, args ...string) *replica {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	r := &replica{base: "http://" + addr}
	// The tests' sessions (internal/loadtest) send documents of their own,
	// not the web app's: --any-graphql-documents.
	r.cmd = exec.Command(os.Args[0], "serve", "--database-url", url, "--addr", addr, "--insecure-cookies",
		"--documents-dir", t.TempDir(), "--rate-limit-user", "0", "--rate-limit-address", "0", "--db-max-conns", "4",
		"--any-graphql-documents")
	r.cmd.Args = append(r.cmd.Args, args...)
	r.cmd.Env = append(os.Environ(), "CAPOFILA_TEST_AS_MAIN=1",
		"CAPOFILA_DOCUMENTS_S3_ACCESS_KEY="+s3test.AccessKey, "CAPOFILA_DOCUMENTS_S3_SECRET_KEY="+s3test.SecretKey)
	r.cmd.Stdout, r.cmd.Stderr = &r.log, &r.log
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = r.cmd.Process.Signal(syscall.SIGTERM)
		_ = r.cmd.Wait()
		if t.Failed() {
			t.Logf("replica %s log:\n%s", addr, r.log.String())
		}
	})
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if res, err := http.Get(r.base + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return r
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("replica %s not ready:\n%s", addr, r.log.String())
		}
	}
}

// TestTwoReplicas starts two `capofila serve` processes, each with its own
// connection pool, on one database and one bucket of documents (an S3
// server in the test process): two replicas behind a load balancer. The
// lead signs in on the first and uses the same session on both (sessions
// live in the database).
func TestTwoReplicas(t *testing.T) {
	t.Parallel()
	srv := s3test.Start(t, "documenti")
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		res, err := demo.SeedFull(sys, d.Client())
		if err != nil {
			t.Fatal(err)
		}
		bucket := []string{"--documents-s3-endpoint", srv.Endpoint, "--documents-s3-bucket", "documenti",
			"--documents-s3-region", s3test.Region, "--documents-s3-prefix", t.Name(), "--documents-s3-insecure"}
		a, b := startReplica(t, testdb.URL(d), bucket...), startReplica(t, testdb.URL(d), bucket...)
		// The lead signs in on the first replica; the second is handed the
		// same cookie, as a load balancer would.
		leadA := loadtest.NewSession(a.base)
		if err := leadA.SignIn(context.Background(), "capofila@sanbenedetto.test", demo.Password); err != nil {
			t.Fatal(err)
		}
		leads := [2]*loadtest.Session{leadA, leadA.On(b.base)}
		t.Run("ConflictingEditsConflict", func(t *testing.T) { conflictingEditsConflict(t, d, res, leads) })
		t.Run("DocumentsShared", func(t *testing.T) { documentsShared(t, d, leads) })
		t.Run("ViewerChangesReachEveryReplica", func(t *testing.T) { viewerChangesReachEveryReplica(t, d, a, b) })
	})
}

// viewerChangesReachEveryReplica: a user's session is used on replica A
// (whose viewer cache then holds it) while an admin changes the user
// through replica B, or the database is changed by a third process: A's
// next requests see the change. A replica learns of a change another
// made when its notification arrives (PostgreSQL), which races with a
// request sent to A right after B answered: A is asked until it sees the
// change, for 2 s at most, and the test logs how many requests that took
// (1: the very next).
func viewerChangesReachEveryReplica(t *testing.T, d *db.DB, a, b *replica) {
	ctx := context.Background()
	admin := loadtest.NewSession(b.base)
	if err := admin.SignIn(ctx, "admin@capofila.test", demo.Password); err != nil {
		t.Fatal(err)
	}
	type me struct {
		Me *struct {
			ID              string `json:"id"`
			RoleAssignments struct {
				Edges []struct {
					Node struct {
						ID   string `json:"id"`
						Role string `json:"role"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"roleAssignments"`
		} `json:"me"`
	}
	const meQuery = `{ me { id roleAssignments(first: 10) { edges { node { id role } } } } }`
	// onA signs a demo user in on A and uses the session there twice, so
	// that A's cache holds its viewer.
	onA := func(t *testing.T, email string) (*loadtest.Session, me) {
		t.Helper()
		s := loadtest.NewSession(a.base)
		if err := s.SignIn(ctx, email, demo.Password); err != nil {
			t.Fatal(err)
		}
		var m me
		for range 2 {
			if err := s.GraphQL(ctx, meQuery, nil, &m); err != nil {
				t.Fatal(err)
			}
		}
		if m.Me == nil || len(m.Me.RoleAssignments.Edges) != 1 {
			t.Fatalf("%s on A: %+v, want the user with one role", email, m.Me)
		}
		return s, m
	}
	// seen asks A until ok accepts its answer.
	seen := func(t *testing.T, s *loadtest.Session, what string, ok func(me) bool) {
		t.Helper()
		for n, deadline := 1, time.Now().Add(2*time.Second); ; n++ {
			var m me
			if err := s.GraphQL(ctx, meQuery, nil, &m); err != nil {
				t.Fatal(err)
			}
			if ok(m) {
				t.Logf("%s: seen by A at request %d", what, n)
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: A still answers %+v after 2 s", what, m.Me)
			}
			time.Sleep(time.Millisecond)
		}
	}
	t.Run("RoleRevokedAndGrantedOnB", func(t *testing.T) {
		s, m := onA(t, "revisore@regione-marche.test")
		role := m.Me.RoleAssignments.Edges[0].Node
		if err := admin.GraphQL(ctx, `mutation($id: ID!) { revokeRole(id: $id) }`, map[string]any{"id": role.ID}, nil); err != nil {
			t.Fatal(err)
		}
		seen(t, s, "role revoked", func(m me) bool { return m.Me != nil && len(m.Me.RoleAssignments.Edges) == 0 })
		if err := admin.GraphQL(ctx, `mutation($in: GrantRoleInput!) { grantRole(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"userID": m.Me.ID, "role": "ADMIN"}}, nil); err != nil {
			t.Fatal(err)
		}
		seen(t, s, "role granted", func(m me) bool {
			return m.Me != nil && len(m.Me.RoleAssignments.Edges) == 1 && m.Me.RoleAssignments.Edges[0].Node.Role == "ADMIN"
		})
	})
	t.Run("PasswordSetOnB", func(t *testing.T) {
		s, m := onA(t, "funzionario@regione-marche.test")
		if err := admin.GraphQL(ctx, `mutation($u: ID!) { setPassword(userID: $u, password: "un'altra-password-lunga") }`,
			map[string]any{"u": m.Me.ID}, nil); err != nil {
			t.Fatal(err)
		}
		seen(t, s, "sessions ended", func(m me) bool { return m.Me == nil })
	})
	t.Run("UserDisabledByAnotherProcess", func(t *testing.T) {
		s, m := onA(t, "referente@grottammare.test")
		sys := authz.WithSystem(ctx)
		if err := d.Client().User.UpdateOneID(pulid.ID(m.Me.ID)).SetActive(false).Exec(sys); err != nil {
			t.Fatal(err)
		}
		seen(t, s, "user disabled", func(m me) bool { return m.Me == nil })
	})
}

// conflictingEditsConflict sends the same edit to both replicas at the
// same time, with the version read before: a budget line's amount, a
// contract's split. Exactly one edit wins, the other is a CONFLICT the
// client can retry, no update is lost and the split always sums to the
// contract's cost.
func conflictingEditsConflict(t *testing.T, d *db.DB, res *demo.Result, leads [2]*loadtest.Session) {
	sys := authz.WithSystem(context.Background())
	// race sends one request to each replica at once; the outcomes are
	// "OK" or the error code, in replica order.
	race := func(query string, vars [2]map[string]any) [2]string {
		var out [2]string
		var wg sync.WaitGroup
		for i, lead := range leads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var gqlErr *loadtest.GraphQLError
				switch err := lead.GraphQL(context.Background(), query, vars[i], nil); {
				case errors.As(err, &gqlErr):
					out[i] = gqlErr.Code
				case err != nil:
					out[i] = err.Error()
				default:
					out[i] = "OK"
				}
			}()
		}
		wg.Wait()
		return out
	}
	oneWins := func(codes [2]string) bool {
		return codes == [2]string{"OK", "CONFLICT"} || codes == [2]string{"CONFLICT", "OK"}
	}

	bl, err := d.Client().BudgetLine.Query().Where(budgetline.ApplicationID(res.Application.ID)).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	update := `mutation($id: ID!, $a: Cents!, $v: Int!) { updateBudgetLine(id: $id, input: {amountCents: $a, version: $v}) { version } }`
	for round := range 5 {
		cur, err := d.Client().BudgetLine.Get(sys, bl.ID)
		if err != nil {
			t.Fatal(err)
		}
		amounts := [2]int64{100_000 + int64(round), 200_000 + int64(round)}
		codes := race(update, [2]map[string]any{
			{"id": bl.ID, "a": amounts[0], "v": cur.Version}, {"id": bl.ID, "a": amounts[1], "v": cur.Version}})
		after, err := d.Client().BudgetLine.Get(sys, bl.ID)
		if err != nil {
			t.Fatal(err)
		}
		winner := amounts[0]
		if codes[1] == "OK" {
			winner = amounts[1]
		}
		if !oneWins(codes) || after.Version != cur.Version+1 || after.AmountCents != winner {
			t.Fatalf("budget line, round %d: answers %v, line %d v%d (was v%d)", round, codes, after.AmountCents, after.Version, cur.Version)
		}
	}

	// The preservation contract (9.600,00 € at signing, 10.560,00 € after the
	// demo's quinto d'obbligo).
	ct, err := d.Client().Contract.Query().Where(contract.Reference("Contratto esecutivo 2025/0233")).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	cats, err := ct.QueryCostShares().QueryExpenseCategory().IDs(sys)
	if err != nil || len(cats) == 0 {
		t.Fatalf("contract category: %v", err)
	}
	split := `mutation($id: ID!, $m: ContractSplitMethod!, $c: ID!, $v: Int!) { splitContract(id: $id, split: {method: $m, expenseCategoryID: $c}, version: $v) { version } }`
	for round := range 3 {
		cur, err := d.Client().Contract.Get(sys, ct.ID)
		if err != nil {
			t.Fatal(err)
		}
		methods := [2]string{"POPULATION", "POPULATION"}
		codes := race(split, [2]map[string]any{
			{"id": ct.ID, "m": methods[0], "c": cats[0], "v": cur.Version}, {"id": ct.ID, "m": methods[1], "c": cats[0], "v": cur.Version}})
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
		winner := methods[0]
		if codes[1] == "OK" {
			winner = methods[1]
		}
		if !oneWins(codes) || after.Version != cur.Version+1 || string(after.SplitMethod) != winner {
			t.Fatalf("split, round %d: answers %v, contract %s v%d (was v%d)", round, codes, after.SplitMethod, after.Version, cur.Version)
		}
		if sum != ct.NetCents+ct.VatCents || len(shares) != demo.Members {
			t.Fatalf("split, round %d: %d shares summing to %d, want %d summing to %d", round, len(shares), sum, demo.Members, ct.NetCents+ct.VatCents)
		}
	}
}

// documentsShared uploads a document through the first replica and
// downloads it, byte for byte, through the second.
func documentsShared(t *testing.T, d *db.DB, leads [2]*loadtest.Session) {
	ctx := context.Background()
	// A PDF larger than a read buffer, different for each dialect.
	pdf := []byte("%PDF-1.7\n% Contratto firmato (" + t.Name() + ")\n" + strings.Repeat("0123456789abcdef\n", 40_000) + "%%EOF\n")
	ct, err := d.Client().Contract.Query().First(authz.WithSystem(ctx))
	if err != nil {
		t.Fatal(err)
	}
	var up struct {
		UploadContractDocument struct{ ID, Sha256 string }
	}
	err = leads[0].Upload(ctx, `mutation($id: ID!, $file: Upload!) { uploadContractDocument(contractID: $id, file: $file) { id sha256 } }`,
		map[string]any{"id": ct.ID}, "file", "contratto.pdf", pdf, &up)
	if err != nil {
		t.Fatalf("upload through replica A: %v", err)
	}
	sum := sha256.Sum256(pdf)
	if up.UploadContractDocument.Sha256 != hex.EncodeToString(sum[:]) {
		t.Fatalf("uploaded %+v, want SHA-256 %x", up.UploadContractDocument, sum)
	}
	got, err := leads[1].Get(ctx, "/documents/"+up.UploadContractDocument.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != http.StatusOK || !bytes.Equal(got.Body, pdf) {
		t.Fatalf("download through replica B: HTTP %d, %d bytes (uploaded %d): %.200s", got.Status, len(got.Body), len(pdf), got.Body)
	}
}
