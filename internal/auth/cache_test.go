package auth_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// replica is a second process on the same database as the fixture's: its
// own pool, its own clients, its own identity service.
type replica struct {
	d   *db.DB
	svc *auth.Service
}

// openReplica opens a second pool on d's database.
func openReplica(t *testing.T, d *db.DB) *replica {
	t.Helper()
	d2, err := db.Open(context.Background(), testdb.URL(d), db.Options{MaxOpenConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d2.Close() })
	return &replica{d: d2, svc: auth.New(d2.Client(), auth.Config{})}
}

// awaitStamp waits until d's viewer stamp is no longer before: a change
// committed through another pool reaches d (PostgreSQL: its notification
// arrives; SQLite: at once). It returns how long that took.
func awaitStamp(t *testing.T, d *db.DB, before uint64) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		if st, ok := d.ViewerStamp(); ok && st != before {
			return time.Since(start)
		}
		if time.Since(start) > 5*time.Second {
			t.Fatal("the change did not reach the other replica's viewer stamp in 5 s")
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// statements returns how many statements f sends through d's clients.
func statements(d *db.DB, f func()) int64 {
	before := d.Statements()
	f()
	return d.Statements() - before
}

// TestViewerCache_RevocationIsExact: with the cache on, a repeated request
// reads nothing, and every change that ends a session or changes a user's
// grants, in this process or through another pool on the same database,
// takes effect on the next request.
func TestViewerCache_RevocationIsExact(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.svc.CacheViewers(d.ViewerStamp)
		testdb.Listen(t, d)
		b := openReplica(t, d)
		officer := authz.Grant{Role: authz.RegionOfficer, RegionBodyID: f.region.ID}
		ctx := context.Background()

		// signIn signs email in and warms the cache with its session.
		signIn := func(t *testing.T, email string) string {
			t.Helper()
			secret, _, err := f.svc.SignIn(ctx, email, testPassword, f.ip(), "")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.svc.ViewerFromSession(ctx, secret); err != nil {
				t.Fatal(err)
			}
			if n := statements(d, func() { _, err = f.svc.ViewerFromSession(ctx, secret) }); n != 0 || err != nil {
				t.Fatalf("the warm cache sent %d statements (%v)", n, err)
			}
			return secret
		}
		// change runs a change through the other replica and waits for its
		// stamp to reach this one.
		change := func(t *testing.T, do func() error) {
			t.Helper()
			before, _ := d.ViewerStamp()
			if err := do(); err != nil {
				t.Fatal(err)
			}
			t.Logf("the change reached this replica in %v", awaitStamp(t, d, before))
		}
		refused := func(t *testing.T, secret string) {
			t.Helper()
			if v, err := f.svc.ViewerFromSession(ctx, secret); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Fatalf("ViewerFromSession = %+v, %v; want UNAUTHENTICATED", v, err)
			}
		}

		alice := f.user(t, "alice@capofila.test")
		f.grant(t, alice, officer)

		t.Run("RepeatedRequestReadsNothing", func(t *testing.T) {
			secret := signIn(t, alice.Email)
			var v *authz.Viewer
			n := statements(d, func() {
				var err error
				if v, err = f.svc.ViewerFromSession(ctx, secret); err != nil {
					t.Fatal(err)
				}
			})
			if n != 0 || v.UserID != alice.ID || len(v.Grants) != 1 || v.Grants[0] != officer {
				t.Errorf("warm ViewerFromSession sent %d statements and returned %+v; want 0 and alice as officer", n, v)
			}
		})
		t.Run("RequestsGetACopy", func(t *testing.T) {
			secret := signIn(t, alice.Email)
			v, _ := f.svc.ViewerFromSession(ctx, secret)
			v.Grants[0].Role = authz.Admin
			v.Grants = append(v.Grants, authz.Grant{Role: authz.Admin})
			v.Email = "mallory@capofila.test"
			again, err := f.svc.ViewerFromSession(ctx, secret)
			if err != nil || again.Email != alice.Email || len(again.Grants) != 1 || again.Grants[0] != officer {
				t.Errorf("after a request changed its viewer, the next got %+v, %v", again, err)
			}
		})
		t.Run("RoleRevokedByAnotherReplica", func(t *testing.T) {
			bob := f.user(t, "bob@capofila.test")
			f.grant(t, bob, officer)
			secret := signIn(t, bob.Email)
			change(t, func() error {
				_, err := b.d.Client().RoleAssignment.Delete().Where(roleassignment.UserID(bob.ID)).Exec(f.sys)
				return err
			})
			v, err := f.svc.ViewerFromSession(ctx, secret)
			if err != nil || len(v.Grants) != 0 {
				t.Errorf("after the role was revoked: %+v, %v; want no grants", v, err)
			}
		})
		t.Run("RoleGrantedByAnotherReplica", func(t *testing.T) {
			carol := f.user(t, "carol@capofila.test")
			secret := signIn(t, carol.Email)
			change(t, func() error {
				_, err := b.svc.Grant(f.sys, carol.ID, officer)
				return err
			})
			v, err := f.svc.ViewerFromSession(ctx, secret)
			if err != nil || len(v.Grants) != 1 || v.Grants[0] != officer {
				t.Errorf("after the role was granted: %+v, %v; want officer", v, err)
			}
		})
		t.Run("UserDisabledByAnotherReplica", func(t *testing.T) {
			dave := f.user(t, "dave@capofila.test")
			secret := signIn(t, dave.Email)
			change(t, func() error { return b.d.Client().User.UpdateOneID(dave.ID).SetActive(false).Exec(f.sys) })
			refused(t, secret)
		})
		t.Run("SessionEndedByAnotherReplica", func(t *testing.T) {
			erin := f.user(t, "erin@capofila.test")
			secret := signIn(t, erin.Email)
			change(t, func() error { return b.svc.SignOut(ctx, secret) })
			refused(t, secret)
		})
		t.Run("PasswordChangedThroughAnotherReplica", func(t *testing.T) {
			frank := f.user(t, "frank@capofila.test")
			secret := signIn(t, frank.Email)
			admin := authz.NewContext(ctx, &authz.Viewer{UserID: alice.ID, Grants: []authz.Grant{{Role: authz.Admin}}})
			change(t, func() error { return b.svc.SetPassword(admin, frank.ID, "", "un'altra-password-lunga") })
			refused(t, secret)
		})
		t.Run("SignOutOnThisReplica", func(t *testing.T) {
			secret := signIn(t, alice.Email)
			if err := f.svc.SignOut(ctx, secret); err != nil {
				t.Fatal(err)
			}
			refused(t, secret)
		})
		t.Run("TokenRevokedByAnotherReplica", func(t *testing.T) {
			token, tok, err := f.svc.CreateToken(as(alice), "script", nil)
			if err != nil {
				t.Fatal(err)
			}
			// The first use is noted in the database, which on SQLite moves
			// the stamp: the second use reads again.
			for range 2 {
				if _, err := f.svc.ViewerFromToken(ctx, token); err != nil {
					t.Fatal(err)
				}
			}
			if n := statements(d, func() { _, err = f.svc.ViewerFromToken(ctx, token) }); n != 0 || err != nil {
				t.Fatalf("the warm cache sent %d statements for the token (%v)", n, err)
			}
			change(t, func() error { _, err := b.svc.RevokeToken(as(alice), tok.ID); return err })
			if _, err := f.svc.ViewerFromToken(ctx, token); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Errorf("revoked token: %v, want UNAUTHENTICATED", err)
			}
		})
	})
}

// TestViewerCache_SessionsStillSlideAndExpire: a cached viewer is not
// served once its session has expired, and a session used after a minute
// is read and slid in the database as without the cache.
func TestViewerCache_SessionsStillSlideAndExpire(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.svc.CacheViewers(d.ViewerStamp)
		testdb.Listen(t, d)
		now := time.Now()
		auth.SetNow(f.svc, func() time.Time { return now })
		u := f.user(t, "alice@capofila.test")
		ctx := context.Background()
		secret, _, err := f.svc.SignIn(ctx, u.Email, testPassword, f.ip(), "")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.ViewerFromSession(ctx, secret); err != nil {
			t.Fatal(err)
		}
		now = now.Add(2 * time.Minute)
		if n := statements(d, func() { _, err = f.svc.ViewerFromSession(ctx, secret) }); err != nil || n != 2 {
			t.Errorf("two minutes later: %d statements, %v; want 2 (the read and the slide)", n, err)
		}
		se, err := f.client.Session.Query().Where(session.UserID(u.ID)).Only(f.sys)
		if err != nil || se.LastSeenAt == nil || se.LastSeenAt.Sub(now).Abs() > time.Millisecond {
			t.Errorf("the session's last use is %v, want %v (%v)", se.LastSeenAt, now, err)
		}
		if n := statements(d, func() { _, err = f.svc.ViewerFromSession(ctx, secret) }); err != nil || (n != 0 && d.Dialect != dialect.SQLite) {
			t.Errorf("right after the slide: %d statements, %v; want 0 on PostgreSQL", n, err)
		}
		now = now.Add(13 * time.Hour)
		if _, err := f.svc.ViewerFromSession(ctx, secret); apperr.CodeOf(err) != apperr.Unauthenticated {
			t.Errorf("an expired session was served: %v", err)
		}
	})
}

// TestViewerCache_BypassedWithoutListener: on PostgreSQL a process whose
// listener is not connected reads the viewer at every request.
func TestViewerCache_BypassedWithoutListener(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		if d.Dialect != dialect.Postgres {
			t.Skip("SQLite needs no listener")
		}
		f := newFixture(t, d)
		f.svc.CacheViewers(d.ViewerStamp)
		u := f.user(t, "alice@capofila.test")
		ctx := context.Background()
		secret, _, err := f.svc.SignIn(ctx, u.Email, testPassword, f.ip(), "")
		if err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			if n := statements(d, func() { _, err = f.svc.ViewerFromSession(ctx, secret) }); err != nil || n != 1 {
				t.Errorf("request %d without a listener: %d statements, %v; want 1", i, n, err)
			}
		}
	})
}
