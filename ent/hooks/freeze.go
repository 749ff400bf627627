// Package hooks holds the hand-written Ent hooks that keep domain rules no
// path can skip: what may no longer change once it has been published or
// submitted, and what every path must respect whatever it writes (a lead
// among the members, a grouping's members fixed by its contract, rows that
// never move to another call or vendor). Services move statuses as the
// system after their own checks; these hooks stop users from editing frozen
// data directly.
package hooks

import (
	"context"
	"errors"
	"fmt"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/lifecycle"
)

// CallFrozen refuses changes to a call's rules, categories and lines once
// the call is published: corrections go through correctCall, which makes a
// new version.
func CallFrozen() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.CallFunc(func(ctx context.Context, m *gen.CallMutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			status, err := m.OldStatus(ctx)
			if err != nil {
				return nil, err
			}
			if status != "DRAFT" {
				return nil, frozen("Il bando è già pubblicato: le regole si modificano solo con una rettifica.")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpUpdateOne)
}

// CallPartFrozen refuses changes to the categories and lines of a call that
// is no longer a draft.
func CallPartFrozen() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			callID, err := fieldOrOld(ctx, m, "call_id")
			if err != nil {
				return nil, err
			}
			c, err := rule.ClientOf(m).Call.Get(authz.WithSystem(ctx), callID)
			if err != nil {
				return nil, err
			}
			if c.Status != "DRAFT" {
				return nil, frozen("Il bando è già pubblicato: categorie e linee si modificano solo con una rettifica.")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne)
}

// ApplicationFrozen refuses direct changes to an application that is not a
// draft or awaiting integration; it also refuses new applications to a
// call that is not published.
func ApplicationFrozen() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.ApplicationFunc(func(ctx context.Context, m *gen.ApplicationMutation) (ent.Value, error) {
			system := authz.FromContext(ctx).IsSystem()
			switch {
			case m.Op().Is(ent.OpCreate):
				callID, _ := m.CallID()
				c, err := m.Client().Call.Get(authz.WithSystem(ctx), callID)
				if err != nil {
					return nil, err
				}
				if !system && c.Status != "PUBLISHED" {
					return nil, frozen("Il bando non è aperto: non si possono presentare domande.")
				}
				// A new application follows the call's current rules.
				m.SetCallVersion(c.Version)
			case system:
			case m.Op().Is(ent.OpUpdateOne):
				old, err := m.Client().Application.Query().Where(application.ID(mustID(m))).WithCall().Only(authz.WithSystem(ctx))
				if err != nil {
					return nil, err
				}
				if err := lifecycle.Editable(string(old.Status), old.IntegrationItems, lifecycle.ItemNarrative); err != nil {
					return nil, err
				}
				// Saving the application acknowledges a correction of the call.
				m.SetCallVersion(old.Edges.Call.Version)
			case m.Op().Is(ent.OpDeleteOne):
				row, err := rule.Row(ctx, m, authz.SystemViewer)
				if err != nil {
					return nil, err
				}
				if st, _ := row["status"].(string); st != "DRAFT" && st != "INTEGRATION_REQUESTED" {
					return nil, frozen(fmt.Sprintf("La domanda è %s: non può più essere eliminata.", lifecycle.Application.Label(st)))
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// BudgetFrozen refuses changes to the budget lines of an application that
// is not a draft or awaiting integration.
func BudgetFrozen() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			appID, err := fieldOrOld(ctx, m, "application_id")
			if err != nil {
				return nil, err
			}
			sys := authz.WithSystem(ctx)
			c := rule.ClientOf(m)
			a, err := c.Application.Query().Where(application.ID(appID)).Only(sys)
			if err != nil {
				return nil, err
			}
			if err := lifecycle.Editable(string(a.Status), a.IntegrationItems, lifecycle.ItemBudget); err != nil {
				return nil, err
			}
			if m.Op().Is(ent.OpCreate) {
				if err := checkBudgetLine(sys, c, a, m); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne)
}

// checkBudgetLine keeps a new budget line inside its application: a member
// of the aggregation, a line and a category of the call.
func checkBudgetLine(ctx context.Context, c *gen.Client, a *gen.Application, m ent.Mutation) error {
	body, _ := m.Field("body_id")
	line, _ := m.Field("intervention_line_id")
	cat, _ := m.Field("expense_category_id")
	if ok, err := c.Membership.Query().Where(membership.AggregationID(a.AggregationID), membership.BodyID(rule.AsID(body))).Exist(ctx); err != nil {
		return err
	} else if !ok {
		return &apperr.Error{Code: apperr.Invalid, Field: "bodyID", Rule: "budget.not_member",
			Message: "L'ente indicato non fa parte dell'aggregazione."}
	}
	if ok, err := c.InterventionLine.Query().Where(interventionline.ID(rule.AsID(line)), interventionline.CallID(a.CallID)).Exist(ctx); err != nil {
		return err
	} else if !ok {
		return &apperr.Error{Code: apperr.Invalid, Field: "interventionLineID", Rule: "budget.line_not_in_call",
			Message: "La linea di intervento non è prevista dal bando."}
	}
	if ok, err := c.ExpenseCategory.Query().Where(expensecategory.ID(rule.AsID(cat)), expensecategory.CallID(a.CallID)).Exist(ctx); err != nil {
		return err
	} else if !ok {
		return &apperr.Error{Code: apperr.Invalid, Field: "expenseCategoryID", Rule: "budget.category_not_in_call",
			Message: "La categoria di spesa non è prevista dal bando."}
	}
	return nil
}

// MembersFrozen keeps an aggregation's members as the application
// presented them. Once the aggregation has submitted an application that is
// still being decided or funded, adding or removing a member, or changing
// when a member joined or left, is a CONFLICT (membership.frozen): a body
// leaving after funding is a variation of the project (internal/variation, which writes it on approval), never a
// plain edit. The resolution data (number, date, organ) stay editable. In
// any state a member must be a Comune or an Unione di Comuni
// (aggregation.member_kind), only the aggregation's lead holds the LEAD
// role, which changes with the aggregation's leadID (membership.role), and
// the lead's own membership neither ends nor goes (membership.lead).
func MembersFrozen() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.MembershipFunc(func(ctx context.Context, m *gen.MembershipMutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			changes, err := membershipChanges(ctx, m)
			if err != nil {
				return nil, err
			}
			if !changes {
				return next.Mutate(ctx, m)
			}
			aggID, err := fieldOrOld(ctx, m, "aggregation_id")
			if err != nil {
				return nil, err
			}
			bodyID, err := fieldOrOld(ctx, m, "body_id")
			if err != nil {
				return nil, err
			}
			sys := authz.WithSystem(ctx)
			c := m.Client()
			ag, err := c.Aggregation.Get(sys, aggID)
			if err != nil {
				return nil, err
			}
			if err := checkMember(sys, c, m, ag, bodyID); err != nil {
				return nil, err
			}
			if err := membersOpen(sys, c, aggID); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne)
}

// membershipChanges reports whether a membership mutation changes who the
// members are: a create, a delete, or an update of the dates of joining
// and leaving or of the role. An update of the role to a different value
// is refused (membership.role).
func membershipChanges(ctx context.Context, m *gen.MembershipMutation) (bool, error) {
	if !m.Op().Is(ent.OpUpdateOne) {
		return true, nil
	}
	if role, ok := m.Role(); ok {
		old, err := m.OldRole(ctx)
		if err != nil {
			return false, err
		}
		if role != old {
			return false, &apperr.Error{Code: apperr.Invalid, Field: "role", Rule: "membership.role",
				Message: "Il ruolo di capofila non si cambia sull'adesione: si indica il nuovo capofila nell'aggregazione."}
		}
	}
	_, left := m.LeftOn()
	_, joined := m.JoinedOn()
	return left || joined || m.LeftOnCleared() || m.JoinedOnCleared(), nil
}

// checkMember applies the rules on who a membership is for: a new member is
// a Comune or an Unione di Comuni and is not given the LEAD role unless it
// is the lead; the lead's membership is neither ended nor removed.
func checkMember(ctx context.Context, c *gen.Client, m *gen.MembershipMutation, ag *gen.Aggregation, bodyID pulid.ID) error {
	switch {
	case m.Op().Is(ent.OpCreate):
		b, err := c.PublicBody.Get(ctx, bodyID)
		if err != nil {
			return err
		}
		if err := leadKind(b, "bodyID"); err != nil {
			return err
		}
		if role, _ := m.Role(); role == membership.RoleLEAD && bodyID != ag.LeadID {
			return &apperr.Error{Code: apperr.Invalid, Field: "role", Rule: "membership.role",
				Message: fmt.Sprintf("%s non è il capofila dell'aggregazione: aderisce come ente associato.", b.Name)}
		}
	case bodyID != ag.LeadID:
	case m.Op().Is(ent.OpDeleteOne):
		return &apperr.Error{Code: apperr.Invalid, Field: "id", Rule: "membership.lead",
			Message: "L'adesione del capofila non si elimina: indicare prima un altro capofila dell'aggregazione."}
	default:
		if _, left := m.LeftOn(); left {
			return &apperr.Error{Code: apperr.Invalid, Field: "leftOn", Rule: "membership.lead",
				Message: "Il capofila non recede dall'aggregazione: indicare prima un altro capofila."}
		}
	}
	return nil
}

// leadKind refuses a body that is not a Comune or an Unione di Comuni as a
// member or the lead of an aggregation (aggregation.member_kind, the rule
// formAggregation applies).
func leadKind(b *gen.PublicBody, field string) error {
	if b.Kind != publicbody.KindCOMUNE && b.Kind != publicbody.KindUNIONE_COMUNI {
		return &apperr.Error{Code: apperr.Invalid, Field: field, Rule: "aggregation.member_kind",
			Message: fmt.Sprintf("%s non è un Comune né un'Unione di Comuni.", b.Name)}
	}
	return nil
}

// MembersEditable reports whether an aggregation's members may change now:
// the rule membersOpen enforces on every membership mutation (false when
// it would refuse one with membership.frozen). It reads the aggregation's
// applications whatever the viewer may read.
func MembersEditable(ctx context.Context, c *gen.Client, aggID pulid.ID) (bool, error) {
	err := membersOpen(authz.WithSystem(ctx), c, aggID)
	var ae *apperr.Error
	if errors.As(err, &ae) && ae.Rule == "membership.frozen" {
		return false, nil
	}
	return err == nil, err
}

// membersOpen returns CONFLICT (membership.frozen) when the aggregation's
// members may no longer change: it has an application submitted, being
// decided or funded (unless the Region reopened the members for
// integration).
func membersOpen(ctx context.Context, c *gen.Client, aggID pulid.ID) error {
	apps, err := c.Application.Query().Where(
		application.AggregationID(aggID),
		application.StatusIn(application.StatusSUBMITTED, application.StatusADMISSIBLE, application.StatusFUNDED,
			application.StatusINTEGRATION_REQUESTED),
	).All(ctx)
	if err != nil {
		return err
	}
	for _, a := range apps {
		if lifecycle.Editable(string(a.Status), a.IntegrationItems, lifecycle.ItemMembers) == nil {
			continue
		}
		msg := "L'aggregazione ha già presentato la domanda: gli enti aderenti non possono più cambiare."
		if a.Status == application.StatusFUNDED {
			msg = "Il progetto dell'aggregazione è finanziato: gli enti aderenti non cambiano più. Il recesso o l'ingresso di un ente " +
				"dopo il finanziamento è una variante del progetto, da chiedere alla Regione (createVariation)."
		}
		return &apperr.Error{Code: apperr.Conflict, Rule: "membership.frozen", Message: msg}
	}
	return nil
}

func mustID(m *gen.ApplicationMutation) pulid.ID {
	id, _ := m.ID()
	return id
}

func frozen(msg string) error {
	return &apperr.Error{Code: apperr.Conflict, Rule: "frozen", Message: msg}
}

// fieldOrOld returns an ID field of the mutation, or its stored value.
func fieldOrOld(ctx context.Context, m ent.Mutation, name string) (pulid.ID, error) {
	if v, ok := m.Field(name); ok {
		return rule.AsID(v), nil
	}
	if m.Op().Is(ent.OpDeleteOne) {
		row, err := rule.Row(ctx, m, authz.SystemViewer)
		if err != nil {
			return "", err
		}
		s, _ := row[name].(string)
		return pulid.ID(s), nil
	}
	v, err := m.OldField(ctx, name)
	if err != nil {
		return "", err
	}
	return rule.AsID(v), nil
}
