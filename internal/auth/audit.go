package auth

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/internal/authz"
)

// Sessions and API tokens are not audited row by row (every request
// touches them): the events of signing in and out and of creating and
// revoking a token are written here, readable by the account's user and
// admins (rule.Audit).

// auditSignIn records that u signed in by method, from ip with userAgent.
func (s *Service) auditSignIn(ctx context.Context, u *gen.User, method, ip, userAgent string) error {
	return rule.Audit(ctx, s.client, rule.Event{EntityType: "User", EntityID: string(u.ID), Operation: "SIGN_IN",
		UserID: u.ID, Actor: &authz.Viewer{UserID: u.ID, Email: u.Email},
		Changes: map[string]any{"method": after(method), "ip": after(truncate(ip, 64)), "user_agent": after(truncate(userAgent, 300))}})
}

// auditSignOut records the end of the session whose token hash is
// hashHex (nothing for an unknown session), before it is deleted.
func (s *Service) auditSignOut(ctx context.Context, hashHex string) error {
	sys := authz.WithSystem(ctx)
	se, err := s.client.Session.Query().Where(session.TokenHash(hashHex)).WithUser().Only(sys)
	if gen.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return rule.Audit(ctx, s.client, rule.Event{EntityType: "User", EntityID: string(se.UserID), Operation: "SIGN_OUT",
		UserID: se.UserID, Actor: &authz.Viewer{UserID: se.UserID, Email: se.Edges.User.Email},
		Changes: map[string]any{"session_started_at": before(se.CreatedAt), "ip": before(se.IP)}})
}

// auditToken records the creation (op CREATE) or revocation (REVOKE) of
// an API token, through c (the request's transaction).
func auditToken(ctx context.Context, c *gen.Client, t *gen.APIToken, op string) error {
	changes := map[string]any{"name": after(t.Name), "prefix": after(t.Prefix), "expires_at": after(t.ExpiresAt)}
	if op == "REVOKE" {
		changes = map[string]any{"revoked_at": map[string]any{"before": nil, "after": t.RevokedAt}}
	}
	return rule.Audit(ctx, c, rule.Event{EntityType: "APIToken", EntityID: string(t.ID), Operation: op,
		UserID: t.UserID, Changes: changes})
}

func after(v any) map[string]any  { return map[string]any{"after": v} }
func before(v any) map[string]any { return map[string]any{"before": v} }
