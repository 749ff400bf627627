package funding

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/internal/money"
)

// BudgetUse is how much of a call's money is granted and how much the
// applications still being examined ask for, over what the viewer reads
// (the whole call for the Region's officers and auditors).
type BudgetUse struct {
	TotalCents int64
	// GrantedCents is the sum of the grants of the call's projects.
	GrantedCents int64
	// PendingCents is what the applications under examination (submitted,
	// admissible, integration requested) ask for.
	PendingCents int64
	// AvailableCents is the total less the grants (negative when the grants
	// exceed it).
	AvailableCents int64
	Projects       int
	Pending        int
}

// examining are the states of an application whose request may still be funded.
var examining = []application.Status{application.StatusSUBMITTED, application.StatusADMISSIBLE, application.StatusINTEGRATION_REQUESTED}

// BudgetUse sums a call's grants and pending requests with checked
// arithmetic (each amount is bounded by the schema; the sums are checked
// anyway).
func (s *Service) BudgetUse(ctx context.Context, c *gen.Call) (*BudgetUse, error) {
	client := s.Client(ctx)
	grants, err := client.Project.Query().Where(project.CallID(c.ID)).Select(project.FieldGrantedCents).Ints(ctx)
	if err != nil {
		return nil, err
	}
	pendingApps, err := client.Application.Query().Where(application.CallID(c.ID), application.StatusIn(examining...)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	var requested []int
	if len(pendingApps) > 0 {
		requested, err = client.BudgetLine.Query().
			Where(budgetline.ApplicationIDIn(pendingApps...)).
			Select(budgetline.FieldAmountCents).Ints(ctx)
		if err != nil {
			return nil, err
		}
	}
	u := &BudgetUse{TotalCents: c.TotalBudgetCents, Projects: len(grants), Pending: len(pendingApps)}
	if u.GrantedCents, err = money.Sum(int64s(grants)...); err != nil {
		return nil, err
	}
	if u.PendingCents, err = money.Sum(int64s(requested)...); err != nil {
		return nil, err
	}
	if u.AvailableCents, err = money.Sum(c.TotalBudgetCents, -u.GrantedCents); err != nil {
		return nil, err
	}
	return u, nil
}

func int64s(v []int) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}
