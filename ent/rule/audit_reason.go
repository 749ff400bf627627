package rule

import "context"

// reasonKey carries the reason of a change to the audit hook.
type reasonKey struct{}

// AuditReasonKey is the key, in an AuditEvent's changes, of the reason a
// person gave for the change (see WithAuditReason). Its leading underscore
// keeps it apart from the entity's fields.
const AuditReasonKey = "_reason"

// WithAuditReason returns a context whose writes are audited with reason:
// why a person made a change that the row does not keep, such as a
// discarded invoice, which is deleted. An empty reason records nothing.
func WithAuditReason(ctx context.Context, reason string) context.Context {
	return context.WithValue(ctx, reasonKey{}, reason)
}

// auditReason returns the reason WithAuditReason put in ctx, or "".
func auditReason(ctx context.Context) string {
	r, _ := ctx.Value(reasonKey{}).(string)
	return r
}
