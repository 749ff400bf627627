package db_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestChangesViewers: the changes that may change what a session or token
// resolves move the viewer stamp; using a credential does not. Deletions
// (sign-out, a role revoked) are covered by internal/auth's cache tests.
func TestChangesViewers(t *testing.T) {
	c, now := gen.NewClient(), time.Now() // builds mutations, runs none
	for _, tc := range []struct {
		name string
		m    ent.Mutation
		want bool
	}{
		{"a role granted", c.RoleAssignment.Create().SetUserID("u").Mutation(), true},
		{"a user disabled", c.User.UpdateOneID("u").SetActive(false).Mutation(), true},
		{"a user's e-mail changed", c.User.Update().Where(user.ID("u")).SetEmail("x@capofila.test").Mutation(), true},
		{"a password changed", c.User.UpdateOneID("u").SetPasswordHash("h").Mutation(), true},
		{"a sign-in noted", c.User.UpdateOneID("u").SetLastSignInAt(now).Mutation(), false},
		{"a user created", c.User.Create().SetEmail("x@capofila.test").Mutation(), false},
		{"a session opened", c.Session.Create().SetTokenHash("h").Mutation(), false},
		{"a session slid", c.Session.Update().Where(session.ID("s")).SetLastSeenAt(now).SetExpiresAt(now).Mutation(), false},
		{"a session shortened", c.Session.UpdateOneID("s").SetExpiresAt(now).Mutation(), true},
		{"a token's use noted", c.APIToken.UpdateOneID("t").SetLastUsedAt(now).Mutation(), false},
		{"a token revoked", c.APIToken.Update().Where(apitoken.UserID("u")).SetRevokedAt(now).Mutation(), true},
		{"a token created", c.APIToken.Create().SetName("n").Mutation(), false},
		{"a body renamed", c.PublicBody.UpdateOneID("b").SetName("n").Mutation(), false},
	} {
		if got := db.ChangesViewers(tc.m); got != tc.want {
			t.Errorf("%s: ChangesViewers = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestListenViewers_Reconnects: while the listener is not connected the
// stamp is not to be trusted; once it is back the stamp has moved (changes
// may have been missed), and notifications move it again.
func TestListenViewers_Reconnects(t *testing.T) {
	d := testdb.Open(t, dialect.Postgres)
	if st, ok := d.ViewerStamp(); ok {
		t.Fatalf("stamp %d trusted before the listener connected", st)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { d.ListenViewers(ctx, nil); close(done) }()
	defer func() { cancel(); <-done }()
	await := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within 10 s", what)
			}
		}
	}
	await("connected", d.ListeningViewers)
	before, _ := d.ViewerStamp()
	if _, err := d.SQL.Exec("SELECT pg_notify($1, '')", db.ViewersChannel); err != nil {
		t.Fatal(err)
	}
	await("notified", func() bool { st, ok := d.ViewerStamp(); return ok && st != before })

	// The reference channel moves the reference stamp, not the viewers'.
	before, _ = d.ViewerStamp()
	ref, _ := d.ReferenceStamp()
	if _, err := d.SQL.Exec("SELECT pg_notify($1, '')", db.ReferenceChannel); err != nil {
		t.Fatal(err)
	}
	await("reference notified", func() bool { st, ok := d.ReferenceStamp(); return ok && st != ref })
	if st, _ := d.ViewerStamp(); st != before {
		t.Error("a change of reference data moved the viewer stamp")
	}

	before, _ = d.ViewerStamp()
	ref, _ = d.ReferenceStamp()
	var n int
	if err := d.SQL.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN ' || $1 || '%'`, db.ViewersChannel).Scan(&n); err != nil || n != 1 {
		t.Fatalf("terminating the listener's connection: %d, %v", n, err)
	}
	await("disconnected", func() bool { _, ok := d.ViewerStamp(); return !ok })
	await("reconnected", d.ListeningViewers)
	if st, ok := d.ViewerStamp(); !ok || st == before {
		t.Errorf("after reconnecting the stamp is %d (%v), was %d: it must move", st, ok, before)
	}
	if st, ok := d.ReferenceStamp(); !ok || st == ref {
		t.Errorf("after reconnecting the reference stamp is %d (%v), was %d: it must move", st, ok, ref)
	}
}
