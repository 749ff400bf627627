package auth_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reqctx"
	"github.com/capofila/capofila/internal/testdb"
)

// TestAudit_SecurityEvents: sessions and tokens are not audited by the
// entities' hook, so the service records sign-in, sign-out and a token's
// creation and revocation itself, with the actor and the request, without
// secrets, readable by the account's user and admins (no tenant scope).
func TestAudit_SecurityEvents(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		u := f.user(t, "tracciato@capofila.test")
		ctx := reqctx.WithRequestID(context.Background(), "req-sicurezza")
		secret, _, err := f.svc.SignIn(ctx, u.Email, testPassword, "192.0.2.99", "Mozilla/5.0 (prova)")
		if err != nil {
			t.Fatal(err)
		}
		if err := f.svc.SignOut(ctx, secret); err != nil {
			t.Fatal(err)
		}
		token, tok, err := f.svc.CreateToken(reqctx.WithRequestID(as(u), "req-sicurezza"), "script", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.RevokeToken(reqctx.WithRequestID(as(u), "req-sicurezza"), tok.ID); err != nil {
			t.Fatal(err)
		}
		evs, err := f.client.AuditEvent.Query().Where(auditevent.RequestID("req-sicurezza")).
			Order(auditevent.ByCreatedAt(), auditevent.ByID()).All(f.sys)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range evs {
			if ev.EntityType == "User" && ev.Operation == "UPDATE" {
				continue // last_sign_in_at, by the hook
			}
			got = append(got, ev.EntityType+" "+ev.Operation)
			if ev.ActorID != string(u.ID) || ev.ActorLabel != u.Email {
				t.Errorf("%s %s by %q (%s), want %s", ev.EntityType, ev.Operation, ev.ActorID, ev.ActorLabel, u.Email)
			}
			if ev.AggregationID != "" || ev.RegionBodyID != "" {
				t.Errorf("%s %s has a tenant scope", ev.EntityType, ev.Operation)
			}
			raw, _ := json.Marshal(ev.Changes)
			for _, s := range []string{secret, token, hashOf(secret), hashOf(token)} {
				if strings.Contains(string(raw), s) {
					t.Errorf("%s %s holds a secret: %s", ev.EntityType, ev.Operation, raw)
				}
			}
		}
		want := []string{"User SIGN_IN", "User SIGN_OUT", "APIToken CREATE", "APIToken REVOKE"}
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("events %v, want %v", got, want)
		}
	})
}
