package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// withKey posts a GraphQL operation with an Idempotency-Key and returns the
// answer, and whether the server said it replayed a recorded answer.
func (c *client) withKey(t *testing.T, key, query string, vars map[string]any) (response, bool) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	res := c.send(t, req)
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var r response
	var ext struct {
		Extensions struct {
			Replay bool `json:"idempotentReplay"`
		} `json:"extensions"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("decoding %s: %v", raw, err)
	}
	_ = json.Unmarshal(raw, &ext)
	r.Status = res.StatusCode
	return r, ext.Extensions.Replay
}

// TestIdempotencyKey_RetryGetsTheFirstAnswer: a mutation sent again with the
// same Idempotency-Key — a client that did not hear back — gets the first
// answer and runs once; the key names one request and one user.
func TestIdempotencyKey_RetryGetsTheFirstAnswer(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)
		sys := authz.WithSystem(context.Background())
		count := func(name string) int {
			n, err := d.Client().Vendor.Query().Where(vendor.Name(name)).Count(sys)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		create := `mutation($n: String!) { createVendor(input: {name: $n}) { id name } }`
		type created struct {
			CreateVendor struct{ ID string } `json:"createVendor"`
		}

		t.Run("OK", func(t *testing.T) {
			first, replayed := c.withKey(t, "chiave-0001", create, map[string]any{"n": "Fornitore una volta"})
			mustOK(t, first)
			if replayed {
				t.Error("the first request is not a replay")
			}
			again, replayed := c.withKey(t, "chiave-0001", create, map[string]any{"n": "Fornitore una volta"})
			mustOK(t, again)
			var a, b created
			first.decode(t, &a)
			again.decode(t, &b)
			if !replayed || a.CreateVendor.ID != b.CreateVendor.ID {
				t.Errorf("the retry answered %s (replay %v), the first %s", b.CreateVendor.ID, replayed, a.CreateVendor.ID)
			}
			if n := count("Fornitore una volta"); n != 1 {
				t.Errorf("%d vendors created by one request sent twice", n)
			}
		})

		t.Run("ErrKeyReusedForAnotherRequest", func(t *testing.T) {
			r, _ := c.withKey(t, "chiave-0001", create, map[string]any{"n": "Altro fornitore"})
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "idempotency.key_reused" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
			if n := count("Altro fornitore"); n != 0 {
				t.Errorf("a refused request created %d vendors", n)
			}
		})

		t.Run("ErrBadKey", func(t *testing.T) {
			r, _ := c.withKey(t, "x", create, map[string]any{"n": "Chiave corta"})
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "idempotency.key" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
		})

		t.Run("RefusalsAreNotRecorded", func(t *testing.T) {
			bad := `mutation($n: String!) { createVendor(input: {name: $n, vatID: "00000000001"}) { id } }`
			r, _ := c.withKey(t, "chiave-0002", bad, map[string]any{"n": "Fornitore corretto"})
			wantCode(t, r, "INVALID")
			r, replayed := c.withKey(t, "chiave-0002", bad, map[string]any{"n": "Fornitore corretto"})
			if replayed || len(r.Errors) == 0 {
				t.Errorf("a refused request was replayed instead of checked again: %+v", r)
			}
		})

		t.Run("KeysBelongToTheirUser", func(t *testing.T) {
			other := newClient(t, d)
			r, replayed := other.withKey(t, "chiave-0001", create, map[string]any{"n": "Fornitore di un altro"})
			mustOK(t, r)
			if replayed || count("Fornitore di un altro") != 1 {
				t.Errorf("another user's key was taken as this one's (replay %v)", replayed)
			}
		})

		t.Run("ConcurrentRetriesRunOnce", func(t *testing.T) {
			var wg sync.WaitGroup
			ids := make([]string, 4)
			for i := range ids {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r, _ := c.withKey(t, "chiave-0003", create, map[string]any{"n": "Fornitore in parallelo"})
					if len(r.Errors) > 0 {
						t.Errorf("request %d: %v", i, r.Errors)
						return
					}
					var v created
					r.decode(t, &v)
					ids[i] = v.CreateVendor.ID
				}()
			}
			wg.Wait()
			if n := count("Fornitore in parallelo"); n != 1 {
				t.Errorf("%d vendors from four copies of one request", n)
			}
			for _, id := range ids[1:] {
				if id != ids[0] {
					t.Errorf("the copies got different answers: %v", ids)
				}
			}
		})
	})
}
