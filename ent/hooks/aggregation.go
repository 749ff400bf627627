package hooks

import (
	"context"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// AggregationLead applies formAggregation's rules on the lead to every
// path that sets it (createAggregation, updateAggregation): the lead is a
// Comune or an Unione di Comuni (aggregation.member_kind). A new lead of an
// existing aggregation must also be one of its current members
// (aggregation.lead_not_member: invoices addressed to the lead are split
// across the members, so the lead must be one), and it changes only while
// the members may change (membership.frozen). The memberships' roles follow
// the change: the new lead's becomes LEAD, the former lead's MEMBER.
func AggregationLead() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.AggregationFunc(func(ctx context.Context, m *gen.AggregationMutation) (ent.Value, error) {
			leadID, set := m.LeadID()
			if !set || authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			sys := authz.WithSystem(ctx)
			c := m.Client()
			b, err := c.PublicBody.Get(sys, leadID)
			if err != nil {
				return nil, err
			}
			if err := leadKind(b, "leadID"); err != nil {
				return nil, err
			}
			if !m.Op().Is(ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			id, _ := m.ID()
			old, err := m.OldLeadID(ctx)
			if err != nil {
				return nil, err
			}
			if old == leadID {
				return next.Mutate(ctx, m)
			}
			ms, err := c.Membership.Query().Where(membership.AggregationID(id), membership.BodyID(leadID), membership.LeftOnIsNil()).Only(sys)
			if gen.IsNotFound(err) {
				return nil, &apperr.Error{Code: apperr.Invalid, Field: "leadID", Rule: "aggregation.lead_not_member",
					Message: b.Name + " non fa parte dell'aggregazione: il capofila si sceglie tra gli enti aderenti."}
			}
			if err != nil {
				return nil, err
			}
			if err := membersOpen(sys, c, id); err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			// The roles follow the lead, written with the service's rights
			// (the change itself was authorized above).
			up := authz.Elevate(ctx)
			if _, err := c.Membership.Update().Where(membership.AggregationID(id), membership.BodyID(old)).
				SetRole(membership.RoleMEMBER).Save(up); err != nil {
				return nil, err
			}
			if err := c.Membership.UpdateOne(ms).SetRole(membership.RoleLEAD).Exec(up); err != nil {
				return nil, err
			}
			return v, nil
		})
	}, ent.OpCreate|ent.OpUpdateOne)
}
