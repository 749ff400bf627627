package auth_test

import (
	"context"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// wantRule checks the code and rule of err.
func wantRule(t *testing.T, err error, code apperr.Code, rule string) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Code != code || e.Rule != rule {
		t.Errorf("error %v, want %s %s", err, code, rule)
	}
}

// passwordIs reports whether u's stored password is pw.
func (f *fixture) passwordIs(t *testing.T, u *gen.User, pw string) bool {
	t.Helper()
	got, err := f.client.User.Get(f.sys, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	return auth.VerifyPassword(got.PasswordHash, pw)
}

func TestSetPassword_OwnNeedsTheCurrentPassword(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		u := f.user(t, "proprio@capofila.test")
		admin := f.user(t, "amministratore@capofila.test")
		adminCtx := as(admin, authz.Grant{Role: authz.Admin})
		const next = "una-password-nuova"

		for _, tc := range []struct {
			name    string
			ctx     context.Context
			user    *gen.User
			current string
		}{
			{"ErrOwnWithoutCurrent", as(u), u, ""},
			{"ErrOwnWrongCurrent", as(u), u, "non-la-password"},
			{"ErrAdminOwnWithoutCurrent", adminCtx, admin, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				err := f.svc.SetPassword(tc.ctx, tc.user.ID, tc.current, next)
				wantRule(t, err, apperr.Invalid, "password.current")
				if e, ok := apperr.As(err); ok && e.Field != "currentPassword" {
					t.Errorf("field %q, want currentPassword", e.Field)
				}
				if !f.passwordIs(t, tc.user, testPassword) {
					t.Errorf("the password changed")
				}
			})
		}
		t.Run("ErrOwnWithoutAPassword", func(t *testing.T) {
			bare, err := f.client.User.Create().SetEmail("senzapassword@capofila.test").SetDisplayName("Senza").Save(f.sys)
			if err != nil {
				t.Fatal(err)
			}
			wantRule(t, f.svc.SetPassword(as(bare), bare.ID, "", next), apperr.Invalid, "password.current")
			wantRule(t, f.svc.SetPassword(as(bare), bare.ID, "qualunque-cosa", next), apperr.Invalid, "password.current")
		})
		t.Run("AdminSetsAnothersWithoutIt", func(t *testing.T) {
			other := f.user(t, "assistito@capofila.test")
			if err := f.svc.SetPassword(adminCtx, other.ID, "", next); err != nil {
				t.Fatalf("an admin setting another user's password: %v", err)
			}
			if !f.passwordIs(t, other, next) {
				t.Errorf("the password did not change")
			}
		})
		t.Run("OwnWithTheCurrent", func(t *testing.T) {
			if err := f.svc.SetPassword(as(u), u.ID, testPassword, next); err != nil {
				t.Fatalf("SetPassword with the current password: %v", err)
			}
			if !f.passwordIs(t, u, next) {
				t.Errorf("the password did not change")
			}
		})
		t.Run("ErrLockedAfterFiveWrong", func(t *testing.T) {
			w := f.user(t, "indovino@capofila.test")
			svc := auth.New(f.client, auth.Config{})
			for i := range 5 {
				wantRule(t, svc.SetPassword(as(w), w.ID, "tentativo-sbagliato", next), apperr.Invalid, "password.current")
				if t.Failed() {
					t.Fatalf("attempt %d", i+1)
				}
			}
			before := svc.PasswordChecks()
			wantRule(t, svc.SetPassword(as(w), w.ID, testPassword, next), apperr.RateLimited, "signin.locked")
			if svc.PasswordChecks() != before {
				t.Errorf("a locked change checked the password")
			}
			if !f.passwordIs(t, w, testPassword) {
				t.Errorf("the password changed")
			}
		})
	})
}

func TestSetPassword_EndsOtherSessionsAndRevokesTokens(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		bystander := f.user(t, "estraneo@capofila.test")
		admin := f.user(t, "amministratore@capofila.test")
		// Sessions made directly (signing in hashes a password each time).
		session := func(t *testing.T, u *gen.User) string {
			t.Helper()
			secret := u.Email + "-" + time.Now().Format(time.RFC3339Nano)
			if err := f.client.Session.Create().SetUserID(u.ID).SetTokenHash(hashOf(secret)).
				SetExpiresAt(time.Now().Add(time.Hour)).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
			return secret
		}
		token := func(t *testing.T, u *gen.User) string {
			t.Helper()
			secret, _, err := f.svc.CreateToken(as(u), "script", nil)
			if err != nil {
				t.Fatal(err)
			}
			return secret
		}
		works := func(t *testing.T, secret string) bool {
			t.Helper()
			var err error
			if len(secret) > 4 && secret[:4] == "cfl_" {
				_, err = f.svc.ViewerFromToken(ctx, secret)
			} else {
				_, err = f.svc.ViewerFromSession(ctx, secret)
			}
			if err != nil && apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Fatal(err)
			}
			return err == nil
		}
		otherSession, otherToken := session(t, bystander), token(t, bystander)

		for _, tc := range []struct {
			name string
			// by returns the context of the change and the credential it
			// keeps (none when the change is an admin's).
			by func(u *gen.User, session, token string) (context.Context, string)
		}{
			{"OwnThroughASession", func(u *gen.User, session, _ string) (context.Context, string) {
				return auth.WithCredential(as(u), session), session
			}},
			{"OwnThroughAToken", func(u *gen.User, _, token string) (context.Context, string) {
				return auth.WithCredential(as(u), token), token
			}},
			{"ByAnAdmin", func(*gen.User, string, string) (context.Context, string) {
				return as(admin, authz.Grant{Role: authz.Admin}), ""
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				u := f.user(t, "cambio-"+map[string]string{"OwnThroughASession": "s", "OwnThroughAToken": "t", "ByAnAdmin": "a"}[tc.name]+"@capofila.test")
				s1, s2, t1, t2 := session(t, u), session(t, u), token(t, u), token(t, u)
				changeCtx, kept := tc.by(u, s1, t1)
				if err := f.svc.SetPassword(changeCtx, u.ID, testPassword, "una-password-nuova"); err != nil {
					t.Fatalf("SetPassword: %v", err)
				}
				for name, secret := range map[string]string{"first session": s1, "second session": s2, "first token": t1, "second token": t2} {
					if got, want := works(t, secret), secret == kept; got != want {
						t.Errorf("%s works after the change: %v, want %v", name, got, want)
					}
				}
				if !works(t, otherSession) || !works(t, otherToken) {
					t.Errorf("another user's session or token ended")
				}
				n, err := f.client.AuditEvent.Query().Where(auditevent.EntityType("APIToken"), auditevent.Operation("REVOKE"),
					auditevent.ActorID(string(authz.FromContext(changeCtx).UserID))).Count(f.sys)
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int{true: 1, false: 2}[kept != ""]; n < want {
					t.Errorf("%d REVOKE events of the change's actor, want at least %d", n, want)
				}
			})
		}
	})
}

func TestSession_AbsoluteLifetime(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		u := f.user(t, "assiduo@capofila.test")
		svc := auth.New(f.client, auth.Config{SessionTTL: time.Hour, SessionMaxAge: 2 * time.Hour})
		start := time.Now().Truncate(time.Second)
		now := start
		auth.SetNow(svc, func() time.Time { return now })
		secret, _, err := svc.SignIn(ctx, u.Email, testPassword, f.ip(), "")
		if err != nil {
			t.Fatal(err)
		}
		expiry := func() time.Time {
			se, err := f.client.Session.Query().Where().All(f.sys)
			if err != nil || len(se) != 1 {
				t.Fatalf("sessions %v (%v), want one", se, err)
			}
			return se[0].ExpiresAt
		}
		if got := expiry(); !got.Equal(start.Add(time.Hour)) {
			t.Errorf("a new session expires at %v, want an hour after sign-in", got)
		}
		for _, step := range []struct {
			at   time.Duration
			want time.Duration // the expiry after a use at `at`, from sign-in
		}{
			{50 * time.Minute, 110 * time.Minute},  // slides by the idle time
			{100 * time.Minute, 120 * time.Minute}, // up to the absolute lifetime
			{119 * time.Minute, 120 * time.Minute},
		} {
			now = start.Add(step.at)
			if _, err := svc.ViewerFromSession(ctx, secret); err != nil {
				t.Fatalf("used at +%v: %v", step.at, err)
			}
			if got := expiry(); !got.Equal(start.Add(step.want)) {
				t.Errorf("used at +%v: expires at +%v, want +%v", step.at, got.Sub(start), step.want)
			}
		}
		t.Run("ErrPastTheAbsoluteLifetime", func(t *testing.T) {
			now = start.Add(2 * time.Hour)
			_, err := svc.ViewerFromSession(ctx, secret)
			wantCode(t, err, apperr.Unauthenticated)
			if n, _ := f.client.Session.Query().Count(f.sys); n != 0 {
				t.Errorf("the ended session is still stored")
			}
		})
	})
}
