// Package hooks holds the hand-written Ent hooks that keep domain rules no
// path can skip: what may no longer change once it has been published or
// submitted. Services move statuses as the system after their own checks;
// these hooks stop users from editing frozen data directly.
package hooks

import (
	"context"
	"fmt"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/hook"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/membership"
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

// MembersFrozen refuses to add or remove members of an aggregation once it
// has submitted an application that is still being decided or funded.
func MembersFrozen() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if authz.FromContext(ctx).IsSystem() {
				return next.Mutate(ctx, m)
			}
			aggID, err := fieldOrOld(ctx, m, "aggregation_id")
			if err != nil {
				return nil, err
			}
			if m.Op().Is(ent.OpCreate) {
				bodyID, _ := m.Field("body_id")
				b, err := rule.ClientOf(m).PublicBody.Get(authz.WithSystem(ctx), rule.AsID(bodyID))
				if err != nil {
					return nil, err
				}
				if b.Kind != "COMUNE" && b.Kind != "UNIONE_COMUNI" {
					return nil, &apperr.Error{Code: apperr.Invalid, Field: "bodyID", Rule: "aggregation.member_kind",
						Message: fmt.Sprintf("%s non è un Comune né un'Unione di Comuni.", b.Name)}
				}
			}
			apps, err := rule.ClientOf(m).Application.Query().Where(
				application.AggregationID(aggID),
				application.StatusIn("SUBMITTED", "ADMISSIBLE", "FUNDED", "INTEGRATION_REQUESTED"),
			).All(authz.WithSystem(ctx))
			if err != nil {
				return nil, err
			}
			for _, a := range apps {
				if err := lifecycle.Editable(string(a.Status), a.IntegrationItems, lifecycle.ItemMembers); err != nil {
					return nil, frozen("L'aggregazione ha già presentato la domanda: gli enti aderenti non possono più cambiare.")
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpDeleteOne)
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
