package idempotency_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/idempotencykey"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/idempotency"
	"github.com/capofila/capofila/internal/testdb"
)

// TestSave_NeverReplacesACurrentAnswer: a second answer under the same key
// (a copy of the request that looked the key up before the first copy
// committed) is refused by the key's uniqueness, and the first answer
// stays; only an expired record is replaced. Save used to delete the key's
// record first, so such a copy replaced the answer and committed its own
// work: CI saw two vendors from four concurrent copies of one request.
func TestSave_NeverReplacesACurrentAnswer(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		u, err := c.User.Create().SetEmail("idempotenza@capofila.test").SetDisplayName("Idempotenza").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		hash := strings.Repeat("a", 64)
		first, second := json.RawMessage(`{"createVendor":{"id":"VN01PRIMO"}}`), json.RawMessage(`{"createVendor":{"id":"VN01SECONDO"}}`)
		if err := idempotency.Save(sys, c, u.ID, "chiave", hash, first); err != nil {
			t.Fatal(err)
		}
		tx, err := c.Tx(sys)
		if err != nil {
			t.Fatal(err)
		}
		err = idempotency.Save(sys, tx.Client(), u.ID, "chiave", hash, second)
		_ = tx.Rollback()
		if !gen.IsConstraintError(err) {
			t.Fatalf("a second answer under a current key: %v, want a constraint error", err)
		}
		if got, err := idempotency.Lookup(sys, c, u.ID, "chiave", hash); err != nil || string(got) != string(first) {
			t.Fatalf("the key answers %s (%v), want the first answer", got, err)
		}

		// Expired, the record gives way to a new answer.
		old := time.Now().Add(-idempotency.TTL - time.Hour)
		if _, err := d.SQL.Exec(rebind(d, `UPDATE idempotency_keys SET created_at = ? WHERE key = ?`), old, "chiave"); err != nil {
			t.Fatal(err)
		}
		if err := idempotency.Save(sys, c, u.ID, "chiave", hash, second); err != nil {
			t.Fatalf("a new answer after the old one expired: %v", err)
		}
		if n, err := c.IdempotencyKey.Query().Where(idempotencykey.Key("chiave")).Count(sys); err != nil || n != 1 {
			t.Errorf("%d records of the key (%v), want 1", n, err)
		}
		if got, _ := idempotency.Lookup(sys, c, u.ID, "chiave", hash); string(got) != string(second) {
			t.Errorf("the key answers %s, want the new answer", got)
		}
	})
}

// rebind writes q's placeholders as d's dialect wants them.
func rebind(d *db.DB, q string) string {
	if d.Dialect != "postgres" {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + string(rune('0'+n)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
