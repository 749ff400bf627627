package hooks

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// VendorRules keeps the vendor registry, shared by every aggregation,
// consistent. Who may write a vendor at all is in internal/authz/policy.csv
// (leads create, ADMIN changes); this hook adds:
//
//   - a vendor's grouping members and contracts are never linked or unlinked
//     through the vendor (vendor.links, OwnedLinks): a member joins a
//     grouping with createGroupingMember (GroupingFixed), a contract names
//     its vendor when it is signed, and neither moves to another vendor;
//   - a grouping (RTI) created by a user belongs to an aggregation, whose
//     lead managers alone (with ADMIN) add its members (ent/rule): the one
//     given as ownerAggregationID, which a lead must lead (FORBIDDEN
//     otherwise), else the lead's only aggregation (vendor.owner_required
//     when it leads several). ADMIN may leave it empty: then only ADMIN
//     adds members. A vendor that is not a grouping has no owner
//     (vendor.owner_not_grouping).
func VendorRules() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.VendorFunc(func(ctx context.Context, m *gen.VendorMutation) (ent.Value, error) {
			v := authz.FromContext(ctx)
			if !m.Op().Is(ent.OpCreate) || v.IsSystem() {
				return next.Mutate(ctx, m)
			}
			if err := groupingOwner(m, v); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpUpdate)
}

// groupingOwner checks or fills the owner aggregation of a vendor created
// by v (see VendorRules).
func groupingOwner(m *gen.VendorMutation, v *authz.Viewer) error {
	owner, given := m.OwnerAggregationID()
	if grouping, _ := m.IsGrouping(); !grouping {
		if given {
			return &apperr.Error{Code: apperr.Invalid, Field: "ownerAggregationID", Rule: "vendor.owner_not_grouping",
				Message: "Solo un raggruppamento (RTI) appartiene a un'aggregazione: un'impresa singola è comune a tutte."}
		}
		return nil
	}
	if v.IsAdmin() {
		return nil
	}
	led := v.Aggregations(authz.LeadManager)
	switch {
	case given && !slices.Contains(led, string(owner)):
		return authz.ErrForbidden
	case given:
	case len(led) == 1:
		m.SetOwnerAggregationID(pulid.ID(led[0]))
	case len(led) == 0:
		return authz.ErrForbidden
	default:
		return &apperr.Error{Code: apperr.Invalid, Field: "ownerAggregationID", Rule: "vendor.owner_required",
			Message: "Indicare l'aggregazione per cui si registra il raggruppamento: solo i suoi responsabili ne indicano i componenti."}
	}
	return nil
}

// GroupingFixed keeps a grouping's members as the award and the contract
// name them. Who may change them is in ent/rule (the lead managers of the
// aggregation that owns the grouping, and ADMIN); for every user this hook
// adds that the grouping is a vendor marked as a grouping
// (grouping.not_grouping), a member is a single company other than the
// grouping (grouping.member), and once a lot is awarded to the grouping or
// a contract names it its members no longer change (CONFLICT
// grouping.fixed): invoices of a member are matched to the grouping's
// contracts.
func GroupingFixed() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.GroupingMemberFunc(func(ctx context.Context, m *gen.GroupingMemberMutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			gid, err := fieldOrOld(ctx, m, "grouping_id")
			if err != nil {
				return nil, err
			}
			sys := authz.WithSystem(ctx)
			c := m.Client()
			g, err := c.Vendor.Get(sys, gid)
			if err != nil {
				return nil, err
			}
			if !g.IsGrouping {
				return nil, &apperr.Error{Code: apperr.Invalid, Field: "groupingID", Rule: "grouping.not_grouping",
					Message: fmt.Sprintf("%s non è un raggruppamento di imprese: non ha componenti.", g.Name)}
			}
			if mid, ok := m.MemberID(); ok {
				mv, err := c.Vendor.Get(sys, mid)
				if err != nil {
					return nil, err
				}
				if mid == gid || mv.IsGrouping {
					return nil, &apperr.Error{Code: apperr.Invalid, Field: "memberID", Rule: "grouping.member",
						Message: fmt.Sprintf("%s è un raggruppamento: i componenti di un raggruppamento sono imprese singole.", mv.Name)}
				}
			}
			awarded, err := c.Lot.Query().Where(lot.AwardedVendorID(gid)).Exist(sys)
			if err != nil {
				return nil, err
			}
			signed := false
			if !awarded {
				if signed, err = c.Contract.Query().Where(contract.VendorID(gid)).Exist(sys); err != nil {
					return nil, err
				}
			}
			if awarded || signed {
				return nil, &apperr.Error{Code: apperr.Conflict, Rule: "grouping.fixed",
					Message: fmt.Sprintf("Il raggruppamento %s è già aggiudicatario o contraente: i suoi componenti sono quelli "+
						"dell'offerta e del contratto e non cambiano.", g.Name)}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne)
}

// GroupingUse keeps a grouping with an owner to its own aggregation's
// procedures: a lot is awarded to it (field awarded_vendor_id), or a
// contract signed with it (vendor_id), only in the aggregation that
// registered it, whoever writes (INVALID grouping.other_aggregation). A
// temporary grouping is formed for one procedure; and since the owner's
// lead managers choose its members, another aggregation's contract with it
// would take its invoices from companies someone else added. A grouping
// without owner (ADMIN's) may be used anywhere: only ADMIN changes it.
func GroupingUse(field string) ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			id, ok := m.Field(field)
			if !ok {
				return next.Mutate(ctx, m)
			}
			g, err := rule.ClientOf(m).Vendor.Get(authz.WithSystem(ctx), rule.AsID(id))
			if err != nil {
				return nil, err
			}
			if !g.IsGrouping || g.OwnerAggregationID == nil {
				return next.Mutate(ctx, m)
			}
			agg, ok := m.Field("tenant_aggregation_id")
			if !ok && m.Op().Is(ent.OpUpdateOne) {
				if agg, err = m.OldField(ctx, "tenant_aggregation_id"); err != nil {
					return nil, err
				}
			}
			if rule.AsID(agg) != *g.OwnerAggregationID {
				return nil, &apperr.Error{Code: apperr.Invalid, Field: "vendorID", Rule: "grouping.other_aggregation",
					Message: fmt.Sprintf("Il raggruppamento %s è stato registrato per la procedura di un'altra aggregazione: "+
						"un raggruppamento temporaneo partecipa alla procedura per cui è costituito. Registrare il raggruppamento "+
						"che ha presentato l'offerta in questa procedura.", g.Name)}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne)
}
