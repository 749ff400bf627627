// Package rule holds the hand-written privacy rules and hooks of the Ent
// schema: who may read which rows (filters added to every query) and who may
// write them (a Casbin permission and a scope check on every mutation).
// Deny by default: an entity type without a rule here cannot be read or
// written by anyone but the system.
package rule

import (
	"context"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"

	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/internal/authz"
)

// Policy is the privacy policy of every entity: queries are filtered to
// what the viewer may read; mutations must be permitted within the scope of
// the rows they touch.
func Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			denyWithoutViewer(),
			allowSystemQuery(),
			auditEventRule(),
			privacy.FilterFunc(readFilter),
		},
		Mutation: privacy.MutationPolicy{
			denyWithoutViewerMutation(),
			privacy.MutationRuleFunc(writeRule),
		},
	}
}

func denyWithoutViewer() privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error {
		if authz.FromContext(ctx) == nil {
			return privacy.Denyf("no viewer")
		}
		return privacy.Skip
	})
}

func denyWithoutViewerMutation() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if authz.FromContext(ctx) == nil {
			return privacy.Denyf("no viewer")
		}
		return privacy.Skip
	})
}

// auditEventRule narrows queries of audit events to those the viewer reads
// (auditReaders): who reads an event was decided when it was written, and
// part of it needs a subquery that readFilter's predicates cannot say.
func auditEventRule() privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, q ent.Query) error {
		aq, ok := q.(*gen.AuditEventQuery)
		if !ok {
			return privacy.Skip
		}
		aq.Where(auditReaders(authz.FromContext(ctx)))
		return privacy.Allow
	})
}

func allowSystemQuery() privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error {
		if authz.FromContext(ctx).IsAdmin() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
