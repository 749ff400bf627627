package auth

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/reqctx"
)

// reasonKey is the key of the reason in an event's changes, as the audit
// hook writes it.
const reasonKey = rule.AuditReasonKey

// event is a security event for the audit log. Sessions and API tokens are
// not audited by the entities' audit hook (their rows are quiet: they are
// written on every request and hold secrets' hashes), so sign-ins,
// sign-outs and tokens created or revoked are recorded here, as AuditEvent
// rows of the same shape ("changes" with their "after" values) without
// any secret. They have no tenant scope, so only admins read them. A
// password change is recorded by the hook, as an UPDATE of the User.
type event struct {
	actor   *gen.User     // who, for sign-in and sign-out
	viewer  *authz.Viewer // who, otherwise
	entity  string        // Session or APIToken
	id      pulid.ID
	op      string // SIGN_IN, SIGN_OUT, CREATE, REVOKE
	changes map[string]any
}

// write records the event through c (the request's transaction, if any),
// as the system.
func (e event) write(ctx context.Context, c *gen.Client) error {
	b := c.AuditEvent.Create().SetEntityType(e.entity).SetEntityID(string(e.id)).SetOperation(e.op).
		SetRequestID(reqctx.RequestID(ctx))
	switch {
	case e.actor != nil:
		b.SetActorID(string(e.actor.ID)).SetActorLabel(e.actor.Email)
	case e.viewer != nil && e.viewer.UserID != "":
		b.SetActorID(string(e.viewer.UserID)).SetActorLabel(e.viewer.Email)
	default:
		b.SetActorLabel("system")
	}
	if len(e.changes) > 0 {
		b.SetChanges(e.changes)
	}
	return b.Exec(authz.WithSystem(ctx))
}

// after is the change of a field set to v.
func after(v any) map[string]any { return map[string]any{"after": v} }
