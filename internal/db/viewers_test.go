package db_test

import (
	"testing"
	"time"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/db"
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
