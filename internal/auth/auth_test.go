package auth_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// testPassword is the password of every user the fixtures create.
const testPassword = "password-di-prova"

// fixture is an identity service over a fresh database, with a Region, a
// comune and an aggregation to scope grants to. Every password hash costs a
// few hundred milliseconds: tests create few users and reuse them.
type fixture struct {
	client *gen.Client
	svc    *auth.Service
	sys    context.Context
	region *gen.PublicBody
	comune *gen.PublicBody
	agg    *gen.Aggregation
	ips    int
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	c := d.Client()
	sys := authz.WithSystem(context.Background())
	region, err := c.PublicBody.Create().SetName("Regione di Prova").SetKind(publicbody.KindREGIONE).Save(sys)
	if err != nil {
		t.Fatalf("creating a Region: %v", err)
	}
	comune, err := c.PublicBody.Create().SetName("Comune di Prova").SetKind(publicbody.KindCOMUNE).Save(sys)
	if err != nil {
		t.Fatalf("creating a comune: %v", err)
	}
	agg, err := c.Aggregation.Create().SetName("Aggregazione di Prova").SetLeadID(comune.ID).Save(sys)
	if err != nil {
		t.Fatalf("creating an aggregation: %v", err)
	}
	return &fixture{client: c, svc: auth.New(c, auth.Config{}), sys: sys, region: region, comune: comune, agg: agg}
}

// testHash is the hash of testPassword, computed once: every user of the
// fixtures shares it (CreateUser itself is tested on its own).
var testHash = sync.OnceValue(func() string {
	h, err := auth.HashPassword(testPassword)
	if err != nil {
		panic(err)
	}
	return h
})

// user creates an active user with testPassword, as the system. The e-mail
// must be lower-case.
func (f *fixture) user(t *testing.T, email string) *gen.User {
	t.Helper()
	u, err := f.client.User.Create().SetEmail(email).SetDisplayName("Utente di prova").SetPasswordHash(testHash()).Save(f.sys)
	if err != nil {
		t.Fatalf("creating %s: %v", email, err)
	}
	return u
}

// grant gives u a role, as the system.
func (f *fixture) grant(t *testing.T, u *gen.User, g authz.Grant) {
	t.Helper()
	if _, err := f.svc.Grant(f.sys, u.ID, g); err != nil {
		t.Fatalf("granting %s to %s: %v", g.Role, u.Email, err)
	}
}

// ip returns an address no other subtest uses, so that the per-address
// throttle of one subtest does not leak into another.
func (f *fixture) ip() string {
	f.ips++
	return fmt.Sprintf("192.0.2.%d", f.ips)
}

// as returns a context whose viewer is u with the given grants.
func as(u *gen.User, grants ...authz.Grant) context.Context {
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email, Grants: grants})
}

// wantCode checks the apperr code of err.
func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	if got := apperr.CodeOf(err); got != code {
		t.Errorf("error %v has code %q, want %q", err, got, code)
	}
}

// wantInvalidField checks that err is INVALID about field.
func wantInvalidField(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, apperr.Invalid)
	if e, ok := apperr.As(err); ok && e.Field != field {
		t.Errorf("error %v concerns field %q, want %q", err, e.Field, field)
	}
}

func hashOf(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

func TestSignIn_ChecksCredentials(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		alice := f.user(t, "alice@capofila.test")
		inactive := f.user(t, "inattivo@capofila.test")
		if err := inactive.Update().SetActive(false).Exec(f.sys); err != nil {
			t.Fatal(err)
		}

		t.Run("OK", func(t *testing.T) {
			before := time.Now()
			secret, u, err := f.svc.SignIn(ctx, "alice@capofila.test", testPassword, f.ip(), "Mozilla/5.0 (test)")
			if err != nil {
				t.Fatalf("SignIn: %v", err)
			}
			if u == nil || u.ID != alice.ID {
				t.Fatalf("SignIn returned user %+v, want %s", u, alice.ID)
			}
			if len(secret) < 40 {
				t.Errorf("session secret %q is too short to be unguessable", secret)
			}
			se, err := f.client.Session.Query().Where(session.UserID(alice.ID)).Only(f.sys)
			if err != nil {
				t.Fatalf("want one session row of the user: %v", err)
			}
			if se.TokenHash == secret || strings.Contains(se.TokenHash, secret) {
				t.Errorf("the session row stores the secret itself; only its hash may be stored")
			}
			if se.TokenHash != hashOf(secret) {
				t.Errorf("token_hash %q, want the SHA-256 of the secret %q", se.TokenHash, hashOf(secret))
			}
			if !se.ExpiresAt.After(before.Add(11 * time.Hour)) {
				t.Errorf("session expires at %v, want about 12 h from now", se.ExpiresAt)
			}
			got, err := f.client.User.Get(f.sys, alice.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.LastSignInAt == nil || got.LastSignInAt.Before(before.Add(-time.Second)) {
				t.Errorf("last_sign_in_at = %v, want now", got.LastSignInAt)
			}
		})

		t.Run("EmailCaseInsensitive", func(t *testing.T) {
			_, u, err := f.svc.SignIn(ctx, "  Alice@CAPOFILA.test ", testPassword, f.ip(), "")
			if err != nil {
				t.Fatalf("SignIn with a differently-cased e-mail: %v", err)
			}
			if u.ID != alice.ID {
				t.Errorf("signed in as %s, want %s", u.ID, alice.ID)
			}
		})

		var wrongPassword error
		t.Run("ErrWrongPassword", func(t *testing.T) {
			secret, u, err := f.svc.SignIn(ctx, "alice@capofila.test", testPassword+"x", f.ip(), "")
			wantCode(t, err, apperr.Unauthenticated)
			if !errors.Is(err, auth.ErrBadCredentials) {
				t.Errorf("error %v, want ErrBadCredentials", err)
			}
			if secret != "" || u != nil {
				t.Errorf("a failed sign-in returned secret %q and user %v", secret, u)
			}
			wrongPassword = err
		})

		t.Run("ErrUnknownEmail", func(t *testing.T) {
			_, _, err := f.svc.SignIn(ctx, "nessuno@capofila.test", testPassword, f.ip(), "")
			wantCode(t, err, apperr.Unauthenticated)
			if wrongPassword != nil && (err == nil || err.Error() != wrongPassword.Error()) {
				t.Errorf("unknown e-mail says %v, wrong password says %v: they must not differ, or e-mails can be enumerated", err, wrongPassword)
			}
		})

		t.Run("ErrInactive", func(t *testing.T) {
			_, _, err := f.svc.SignIn(ctx, "inattivo@capofila.test", testPassword, f.ip(), "")
			wantCode(t, err, apperr.Unauthenticated)
			if wrongPassword != nil && (err == nil || err.Error() != wrongPassword.Error()) {
				t.Errorf("inactive user says %v, wrong password says %v: they must not differ", err, wrongPassword)
			}
			n, err := f.client.Session.Query().Where(session.UserID(inactive.ID)).Count(f.sys)
			if err != nil || n != 0 {
				t.Errorf("an inactive user got %d sessions (err %v)", n, err)
			}
		})

		t.Run("ErrNoPasswordSet", func(t *testing.T) {
			// A user created without a password (e.g. to be invited later)
			// must not be able to sign in with any password, in particular
			// not with the one behind the dummy hash that SignIn checks for
			// unknown users.
			u, err := f.client.User.Create().SetEmail("senzapassword@capofila.test").SetDisplayName("Senza password").Save(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			for _, pw := range []string{"", "capofila-dummy-password"} {
				_, got, err := f.svc.SignIn(ctx, u.Email, pw, f.ip(), "")
				if err == nil {
					t.Errorf("user %s has no password hash, yet SignIn with %q succeeded as %s: "+
						"SignIn verifies dummyHash for such a user and must not trust the result", u.Email, pw, got.Email)
					continue
				}
				wantCode(t, err, apperr.Unauthenticated)
			}
		})
	})
}

func TestSignIn_ThrottlesFailures(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		f.user(t, "bloccato@capofila.test")
		f.user(t, "libero@capofila.test")

		t.Run("PerAccount", func(t *testing.T) {
			ip := f.ip()
			for i := 1; i <= 5; i++ {
				_, _, err := f.svc.SignIn(ctx, "bloccato@capofila.test", "password-sbagliata", ip, "")
				if apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("failure %d: code %q (%v), want UNAUTHENTICATED", i, apperr.CodeOf(err), err)
				}
			}
			t.Run("ErrRightPasswordAfterFive", func(t *testing.T) {
				_, _, err := f.svc.SignIn(ctx, "bloccato@capofila.test", testPassword, ip, "")
				wantCode(t, err, apperr.RateLimited)
			})
			t.Run("ErrFromAnotherAddress", func(t *testing.T) {
				_, _, err := f.svc.SignIn(ctx, "BLOCCATO@capofila.test", testPassword, f.ip(), "")
				wantCode(t, err, apperr.RateLimited)
			})
			t.Run("OtherAccountFromSameAddress", func(t *testing.T) {
				if _, _, err := f.svc.SignIn(ctx, "libero@capofila.test", testPassword, ip, ""); err != nil {
					t.Errorf("another account from the same address: %v; the account lock must not block the address", err)
				}
			})
		})

		t.Run("PerAddress", func(t *testing.T) {
			ip := f.ip()
			// 18 earlier failures from the address, each with another
			// e-mail (recorded directly: hashing 20 passwords is slow) …
			for i := range 18 {
				if err := f.client.SignInAttempt.Create().SetEmail(fmt.Sprintf("tentativo%d@capofila.test", i)).SetIP(ip).Exec(f.sys); err != nil {
					t.Fatal(err)
				}
			}
			// … then the 19th and 20th, through SignIn, still answered.
			for _, email := range []string{"ignoto19@capofila.test", "ignoto20@capofila.test"} {
				_, _, err := f.svc.SignIn(ctx, email, testPassword, ip, "")
				if apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("%s: code %q (%v), want UNAUTHENTICATED", email, apperr.CodeOf(err), err)
				}
			}
			t.Run("ErrAnyAccountFromAddress", func(t *testing.T) {
				_, _, err := f.svc.SignIn(ctx, "libero@capofila.test", testPassword, ip, "")
				wantCode(t, err, apperr.RateLimited)
			})
			t.Run("SameAccountFromAnotherAddress", func(t *testing.T) {
				if _, _, err := f.svc.SignIn(ctx, "libero@capofila.test", testPassword, f.ip(), ""); err != nil {
					t.Errorf("the account from another address: %v", err)
				}
			})
		})

		t.Run("OldFailuresExpire", func(t *testing.T) {
			u := f.user(t, "ritorno@capofila.test")
			ip := f.ip()
			old := time.Now().Add(-16 * time.Minute) // the window is 15 minutes
			for range 25 {
				if err := f.client.SignInAttempt.Create().SetEmail(u.Email).SetIP(ip).SetCreatedAt(old).Exec(f.sys); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := f.svc.SignIn(ctx, u.Email, testPassword, ip, ""); err != nil {
				t.Errorf("failures older than the window still count: %v", err)
			}
		})
	})
}

func TestSession_LifecycleAndExpiry(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		lead := f.user(t, "capofila@capofila.test")
		f.grant(t, lead, authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID})
		signIn := func(t *testing.T, svc *auth.Service, email, password string) string {
			t.Helper()
			secret, _, err := svc.SignIn(ctx, email, password, f.ip(), "")
			if err != nil {
				t.Fatalf("SignIn %s: %v", email, err)
			}
			return secret
		}

		t.Run("OK", func(t *testing.T) {
			secret := signIn(t, f.svc, lead.Email, testPassword)
			v, err := f.svc.ViewerFromSession(ctx, secret)
			if err != nil {
				t.Fatalf("ViewerFromSession: %v", err)
			}
			if v.UserID != lead.ID || v.Email != lead.Email || v.IsSystem() || v.IsAdmin() {
				t.Errorf("viewer %+v, want the non-admin user %s", v, lead.Email)
			}
			want := authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID}
			if len(v.Grants) != 1 || v.Grants[0] != want {
				t.Errorf("grants %+v, want [%+v]", v.Grants, want)
			}
		})

		t.Run("UseExtendsTheSession", func(t *testing.T) {
			secret := signIn(t, f.svc, lead.Email, testPassword)
			q := f.client.Session.Query().Where(session.TokenHash(hashOf(secret)))
			signedIn, err := q.Clone().Only(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			if signedIn.LastSeenAt == nil {
				t.Fatal("a new session has no last use")
			}
			// Used within a minute of the last use: nothing is written.
			if _, err := f.svc.ViewerFromSession(ctx, secret); err != nil {
				t.Fatal(err)
			}
			if again, _ := q.Clone().Only(f.sys); !again.ExpiresAt.Equal(signedIn.ExpiresAt) {
				t.Errorf("a use within a minute moved the expiry from %v to %v", signedIn.ExpiresAt, again.ExpiresAt)
			}
			// Last used two minutes ago: the use moves the expiry on.
			earlier := signedIn.LastSeenAt.Add(-2 * time.Minute)
			before, err := signedIn.Update().SetLastSeenAt(earlier).SetExpiresAt(signedIn.ExpiresAt.Add(-2 * time.Minute)).Save(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.svc.ViewerFromSession(ctx, secret); err != nil {
				t.Fatal(err)
			}
			after, err := q.Clone().Only(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			if !after.ExpiresAt.After(before.ExpiresAt) || after.LastSeenAt == nil || !after.LastSeenAt.After(earlier) {
				t.Errorf("after use: expires %v (was %v), last seen %v (was %v); want both moved on", after.ExpiresAt, before.ExpiresAt, after.LastSeenAt, earlier)
			}
		})

		t.Run("ErrExpired", func(t *testing.T) {
			short := auth.New(f.client, auth.Config{SessionTTL: time.Millisecond})
			secret := signIn(t, short, lead.Email, testPassword)
			time.Sleep(20 * time.Millisecond)
			_, err := short.ViewerFromSession(ctx, secret)
			wantCode(t, err, apperr.Unauthenticated)
			if !errors.Is(err, auth.ErrSessionExpired) {
				t.Errorf("error %v, want ErrSessionExpired", err)
			}
			if n, _ := f.client.Session.Query().Where(session.TokenHash(hashOf(secret))).Count(f.sys); n != 0 {
				t.Errorf("the expired session is still stored")
			}
		})

		t.Run("ErrUnknownSecret", func(t *testing.T) {
			for _, s := range []string{"", "non-esiste", strings.Repeat("A", 43)} {
				_, err := f.svc.ViewerFromSession(ctx, s)
				wantCode(t, err, apperr.Unauthenticated)
			}
		})

		t.Run("SignOut", func(t *testing.T) {
			secret := signIn(t, f.svc, lead.Email, testPassword)
			if err := f.svc.SignOut(ctx, secret); err != nil {
				t.Fatalf("SignOut: %v", err)
			}
			_, err := f.svc.ViewerFromSession(ctx, secret)
			wantCode(t, err, apperr.Unauthenticated)
			if err := f.svc.SignOut(ctx, secret); err != nil {
				t.Errorf("signing out of an ended session: %v, want nil", err)
			}
		})

		t.Run("ErrUserDeactivated", func(t *testing.T) {
			u := f.user(t, "disattivato@capofila.test")
			secret := signIn(t, f.svc, u.Email, testPassword)
			if err := u.Update().SetActive(false).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			_, err := f.svc.ViewerFromSession(ctx, secret)
			wantCode(t, err, apperr.Unauthenticated)
		})

		t.Run("SetPasswordEndsEverySession", func(t *testing.T) {
			u := f.user(t, "cambio@capofila.test")
			s1 := signIn(t, f.svc, u.Email, testPassword)
			s2 := signIn(t, f.svc, u.Email, testPassword)
			other := signIn(t, f.svc, lead.Email, testPassword)
			const newPassword = "una-nuova-password"
			if err := f.svc.SetPassword(as(u), u.ID, testPassword, newPassword); err != nil {
				t.Fatalf("SetPassword of oneself: %v", err)
			}
			for i, s := range []string{s1, s2} {
				if _, err := f.svc.ViewerFromSession(ctx, s); apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Errorf("session %d after the password change: %v, want UNAUTHENTICATED", i+1, err)
				}
			}
			if _, err := f.svc.ViewerFromSession(ctx, other); err != nil {
				t.Errorf("another user's session ended too: %v", err)
			}
			if _, _, err := f.svc.SignIn(ctx, u.Email, testPassword, f.ip(), ""); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Errorf("old password after the change: %v, want UNAUTHENTICATED", err)
			}
			signIn(t, f.svc, u.Email, newPassword)
		})
	})
}

func TestSetPassword_Authorization(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		u := f.user(t, "utente@capofila.test")
		other := f.user(t, "altro@capofila.test")
		for _, tc := range []struct {
			name string
			ctx  context.Context
			pw   string
			code apperr.Code
		}{
			{"ErrAnonymous", context.Background(), "una-password-lunga", apperr.Unauthenticated},
			{"ErrOtherUser", as(other, authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID}), "una-password-lunga", apperr.NotFound}, // other users are not visible
			{"ErrShort", as(u), "corta", apperr.Invalid},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, f.svc.SetPassword(tc.ctx, u.ID, testPassword, tc.pw), tc.code)
			})
		}
		t.Run("ErrUnknownUser", func(t *testing.T) {
			err := f.svc.SetPassword(f.sys, pulid.New("US"), "", "una-password-lunga")
			if !gen.IsNotFound(err) {
				t.Errorf("SetPassword of an unknown user: %v, want not found", err)
			}
		})
	})
}

func TestToken_AuthenticatesUntilRevokedOrExpired(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		u := f.user(t, "script@capofila.test")
		other := f.user(t, "altro@capofila.test")
		newToken := func(t *testing.T, owner *gen.User, expiresAt *time.Time) (string, *gen.APIToken) {
			t.Helper()
			secret, tok, err := f.svc.CreateToken(as(owner), "export", expiresAt)
			if err != nil {
				t.Fatalf("CreateToken: %v", err)
			}
			return secret, tok
		}
		wantRefused := func(t *testing.T, secret string) {
			t.Helper()
			v, err := f.svc.ViewerFromToken(ctx, secret)
			if err == nil {
				t.Errorf("token accepted as %+v, want it refused", v)
				return
			}
			wantCode(t, err, apperr.Unauthenticated)
		}

		t.Run("OK", func(t *testing.T) {
			secret, tok := newToken(t, u, nil)
			if !strings.HasPrefix(secret, "cfl_") || len(secret) < 40 {
				t.Errorf("token %q, want cfl_ and a long random part", secret)
			}
			if tok.UserID != u.ID || tok.Prefix != secret[:10] || tok.ExpiresAt != nil || tok.RevokedAt != nil {
				t.Errorf("token row %+v", tok)
			}
			stored, err := f.client.APIToken.Get(f.sys, tok.ID)
			if err != nil {
				t.Fatal(err)
			}
			if stored.TokenHash == secret || stored.TokenHash != hashOf(secret) {
				t.Errorf("token_hash %q: want the SHA-256 of the token, never the token", stored.TokenHash)
			}
			v, err := f.svc.ViewerFromToken(ctx, secret)
			if err != nil {
				t.Fatalf("ViewerFromToken: %v", err)
			}
			if v.UserID != u.ID || v.Email != u.Email {
				t.Errorf("viewer %+v, want %s", v, u.Email)
			}
			if used, _ := f.client.APIToken.Get(f.sys, tok.ID); used == nil || used.LastUsedAt == nil {
				t.Errorf("last_used_at not recorded")
			}
		})

		t.Run("Revoke", func(t *testing.T) {
			secret, tok := newToken(t, u, nil)
			revoked, err := f.svc.RevokeToken(as(u), tok.ID)
			if err != nil {
				t.Fatalf("RevokeToken: %v", err)
			}
			if revoked.RevokedAt == nil {
				t.Errorf("revoked token has no revoked_at")
			}
			wantRefused(t, secret)
			again, err := f.svc.RevokeToken(as(u), tok.ID)
			if err != nil || again.RevokedAt == nil || !again.RevokedAt.Equal(*revoked.RevokedAt) {
				t.Errorf("revoking twice: %v, %+v; want the first revocation kept", err, again)
			}
		})

		t.Run("ErrRevokeAnotherUsersToken", func(t *testing.T) {
			secret, tok := newToken(t, u, nil)
			_, err := f.svc.RevokeToken(as(other), tok.ID)
			if !gen.IsNotFound(err) {
				t.Errorf("another user revoking the token: %v, want not found", err)
			}
			if _, err := f.svc.ViewerFromToken(ctx, secret); err != nil {
				t.Errorf("the token stopped working: %v", err)
			}
			admin := as(other, authz.Grant{Role: authz.Admin})
			if _, err := f.svc.RevokeToken(admin, tok.ID); err != nil {
				t.Errorf("an admin revoking someone's token: %v", err)
			}
			wantRefused(t, secret)
		})

		t.Run("ErrExpiresInThePast", func(t *testing.T) {
			past := time.Now().Add(-time.Minute)
			_, _, err := f.svc.CreateToken(as(u), "export", &past)
			wantInvalidField(t, err, "expiresAt")
		})

		t.Run("ErrExpired", func(t *testing.T) {
			later := time.Now().Add(time.Hour)
			secret, tok := newToken(t, u, &later)
			if _, err := f.svc.ViewerFromToken(ctx, secret); err != nil {
				t.Errorf("before expiry: %v", err)
			}
			// Its expiry comes (no sleeping: the test must not depend on timing).
			if err := f.client.APIToken.UpdateOneID(tok.ID).SetExpiresAt(time.Now().Add(-time.Second)).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			wantRefused(t, secret)
		})

		t.Run("ErrNoName", func(t *testing.T) {
			_, _, err := f.svc.CreateToken(as(u), "  ", nil)
			wantInvalidField(t, err, "name")
		})

		t.Run("ErrAnonymous", func(t *testing.T) {
			_, _, err := f.svc.CreateToken(ctx, "export", nil)
			wantCode(t, err, apperr.Unauthenticated)
		})

		t.Run("ErrUnknownOrMalformed", func(t *testing.T) {
			secret, _ := newToken(t, u, nil)
			for _, s := range []string{"", "cfl_", "cfl_inventato", strings.TrimPrefix(secret, "cfl_"), secret + "x", "CFL_" + strings.TrimPrefix(secret, "cfl_")} {
				wantRefused(t, s)
			}
		})

		t.Run("ErrUserDeactivated", func(t *testing.T) {
			secret, _ := newToken(t, other, nil)
			if err := other.Update().SetActive(false).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = other.Update().SetActive(true).Exec(f.sys) })
			wantRefused(t, secret)
		})

		t.Run("DeletingAUserWithTokensFails", func(t *testing.T) {
			// Tokens reference their user (ON DELETE NO ACTION): a user
			// with tokens cannot be deleted, so no token outlives its
			// user; deactivation is the way to lock someone out.
			secret, _ := newToken(t, u, nil)
			err := f.client.User.DeleteOneID(u.ID).Exec(f.sys)
			if err == nil {
				t.Fatalf("deleted a user who holds tokens; the token must then be refused")
			}
			if !gen.IsConstraintError(err) {
				t.Errorf("deleting a user with tokens: %v, want a constraint error", err)
			}
			if code := problem.Classify(err).Code; code != apperr.Invalid {
				t.Errorf("the API would report code %s, want INVALID (reference still in use)", code)
			}
			if _, err := f.svc.ViewerFromToken(ctx, secret); err != nil {
				t.Errorf("the token of the user that could not be deleted: %v", err)
			}
			// Without tokens and sessions the user can be deleted, and
			// nothing of it authenticates any more.
			if _, err := f.client.APIToken.Delete().Where(apitoken.UserID(u.ID)).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			if _, err := f.client.Session.Delete().Where(session.UserID(u.ID)).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			if err := f.client.User.DeleteOneID(u.ID).Exec(f.sys); err != nil {
				t.Fatalf("deleting the user without tokens: %v", err)
			}
			wantRefused(t, secret)
		})
	})
}

func TestGrant_AdminsOnlyWithFittingScope(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		adminUser := f.user(t, "admin@capofila.test")
		f.grant(t, adminUser, authz.Grant{Role: authz.Admin})
		admin := as(adminUser, authz.Grant{Role: authz.Admin})
		bob := f.user(t, "bob@capofila.test")
		leadGrant := authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID}
		f.grant(t, bob, leadGrant)
		assignments := func(t *testing.T, u *gen.User) []*gen.RoleAssignment {
			t.Helper()
			ras, err := f.client.RoleAssignment.Query().Where(roleassignment.UserID(u.ID)).All(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			return ras
		}

		t.Run("ErrAnonymous", func(t *testing.T) {
			_, err := f.svc.Grant(context.Background(), bob.ID, authz.Grant{Role: authz.Admin})
			wantCode(t, err, apperr.Unauthenticated)
		})
		t.Run("ErrNotAdmin", func(t *testing.T) {
			_, err := f.svc.Grant(as(bob, leadGrant), bob.ID, authz.Grant{Role: authz.Admin})
			wantCode(t, err, apperr.Forbidden)
			if ras := assignments(t, bob); len(ras) != 1 {
				t.Errorf("bob has %d assignments after granting itself ADMIN, want 1", len(ras))
			}
		})
		t.Run("OK", func(t *testing.T) {
			g := authz.Grant{Role: authz.RegionOfficer, RegionBodyID: f.region.ID}
			ra, err := f.svc.Grant(admin, bob.ID, g)
			if err != nil {
				t.Fatalf("Grant: %v", err)
			}
			if ra.Role != roleassignment.RoleREGION_OFFICER || ra.RegionBodyID == nil || *ra.RegionBodyID != f.region.ID ||
				ra.GrantedByID == nil || *ra.GrantedByID != adminUser.ID {
				t.Errorf("assignment %+v, want REGION_OFFICER of %s granted by %s", ra, f.region.ID, adminUser.ID)
			}
			t.Run("Twice", func(t *testing.T) {
				again, err := f.svc.Grant(admin, bob.ID, g)
				if err != nil {
					t.Fatalf("granting again: %v", err)
				}
				if again.ID != ra.ID {
					t.Errorf("granting again created %s, want the existing %s", again.ID, ra.ID)
				}
				if ras := assignments(t, bob); len(ras) != 2 {
					t.Errorf("bob has %d assignments, want 2", len(ras))
				}
			})
			t.Run("Revoke", func(t *testing.T) {
				wantCode(t, f.svc.Revoke(as(bob, leadGrant), ra.ID), apperr.Forbidden)
				wantCode(t, f.svc.Revoke(context.Background(), ra.ID), apperr.Unauthenticated)
				if err := f.svc.Revoke(admin, ra.ID); err != nil {
					t.Fatalf("Revoke: %v", err)
				}
				if ras := assignments(t, bob); len(ras) != 1 {
					t.Errorf("bob has %d assignments after the revocation, want 1", len(ras))
				}
			})
		})
		for _, tc := range []struct {
			name string
			g    authz.Grant
		}{
			{"ErrAdminWithScope", authz.Grant{Role: authz.Admin, RegionBodyID: f.region.ID}},
			{"ErrRegionOfficerWithoutRegion", authz.Grant{Role: authz.RegionOfficer}},
			{"ErrRegionOfficerWithAggregation", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: f.region.ID, AggregationID: f.agg.ID}},
			{"ErrAuditorWithoutRegion", authz.Grant{Role: authz.Auditor}},
			{"ErrLeadManagerWithoutAggregation", authz.Grant{Role: authz.LeadManager}},
			{"ErrLeadManagerWithBody", authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID, BodyID: f.comune.ID}},
			{"ErrMemberReferentWithoutBody", authz.Grant{Role: authz.MemberReferent, AggregationID: f.agg.ID}},
			{"ErrMemberReferentWithoutAggregation", authz.Grant{Role: authz.MemberReferent, BodyID: f.comune.ID}},
			{"ErrUnknownRole", authz.Grant{Role: "OWNER"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := f.svc.Grant(admin, bob.ID, tc.g)
				wantInvalidField(t, err, "role")
			})
		}
		t.Run("ErrUnknownUser", func(t *testing.T) {
			_, err := f.svc.Grant(admin, pulid.New("US"), authz.Grant{Role: authz.Admin})
			if code := problem.Classify(err).Code; code != apperr.NotFound {
				t.Errorf("granting to an unknown user: %v (code %s), want NOT_FOUND", err, code)
			}
		})
		t.Run("ErrUnknownScope", func(t *testing.T) {
			_, err := f.svc.Grant(admin, bob.ID, authz.Grant{Role: authz.Auditor, RegionBodyID: pulid.New("PB")})
			if code := problem.Classify(err).Code; code != apperr.NotFound {
				t.Errorf("granting in an unknown Region: %v (code %s), want NOT_FOUND", err, code)
			}
		})
	})
}

func TestCreateUser_ValidatesEmailAndPassword(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		var created *gen.User

		t.Run("OK", func(t *testing.T) {
			u, err := f.svc.CreateUser(f.sys, "  Mario.Rossi@Comune.Prova.IT ", " Mario Rossi ", testPassword)
			if err != nil {
				t.Fatalf("CreateUser: %v", err)
			}
			if u.Email != "mario.rossi@comune.prova.it" || u.DisplayName != "Mario Rossi" || !u.Active {
				t.Errorf("user %+v, want the e-mail lower-cased and trimmed, the name trimmed, active", u)
			}
			if !strings.HasPrefix(u.PasswordHash, "$argon2id$") || !auth.VerifyPassword(u.PasswordHash, testPassword) {
				t.Errorf("the password is not stored as an argon2id hash")
			}
			created = u
		})
		t.Run("ErrDuplicateEmail", func(t *testing.T) {
			if created == nil {
				t.Skip("no user created")
			}
			_, err := f.svc.CreateUser(f.sys, "MARIO.ROSSI@comune.prova.it", "Altro Mario", testPassword)
			if !gen.IsConstraintError(err) {
				t.Errorf("duplicate e-mail: %v, want an Ent constraint error", err)
			}
			if e := problem.Classify(err); e.Code != apperr.Conflict || e.Field != "email" {
				t.Errorf("the API maps the duplicate to code %s field %q, want CONFLICT on email", e.Code, e.Field)
			}
			if n, _ := f.client.User.Query().Where(user.Email("mario.rossi@comune.prova.it")).Count(f.sys); n != 1 {
				t.Errorf("%d users with the e-mail, want 1", n)
			}
		})
		for _, tc := range []struct{ name, email, password, field string }{
			{"ErrEmptyEmail", "", testPassword, "email"},
			{"ErrEmailWithoutDomain", "mario", testPassword, "email"},
			{"ErrEmailEmptyDomain", "mario@", testPassword, "email"},
			{"ErrEmailEmptyLocalPart", "@comune.it", testPassword, "email"},
			{"ErrEmailWithSpace", "mario rossi@comune.it", testPassword, "email"},
			{"ErrEmailWithName", "Mario <mario@comune.it>", testPassword, "email"},
			{"ErrEmailTwoAts", "a@b@c.it", testPassword, "email"},
			{"ErrEmptyPassword", "corta@comune.it", "", "password"},
			{"ErrShortPassword", "corta@comune.it", "corta", "password"},
			{"ErrNineCharacters", "corta@comune.it", "123456789", "password"},
			{"ErrNineRunes", "corta@comune.it", "ààààààààà", "password"}, // 18 bytes
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := f.svc.CreateUser(f.sys, tc.email, "Mario", tc.password)
				wantInvalidField(t, err, tc.field)
			})
		}
		t.Run("ErrNotAdmin", func(t *testing.T) {
			lead := &gen.User{ID: pulid.New("US"), Email: "capofila@comune.it"}
			_, err := f.svc.CreateUser(as(lead, authz.Grant{Role: authz.LeadManager, AggregationID: f.agg.ID}), "nuovo@comune.it", "Nuovo", testPassword)
			wantCode(t, err, apperr.Forbidden)
			_, err = f.svc.CreateUser(context.Background(), "nuovo@comune.it", "Nuovo", testPassword)
			wantCode(t, err, apperr.Unauthenticated)
		})
	})
}
