package project

import (
	"context"
	"fmt"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/schema/pulid"
)

type claimedRow struct {
	Body     pulid.ID  `json:"body_id"`
	Cat      pulid.ID  `json:"expense_category_id"`
	Line     *pulid.ID `json:"intervention_line_id"`
	Claimed  int64     `json:"claimed"`
	Admitted int64     `json:"admitted"`
}

// claimedAndAdmitted sums a project's expense items in one pass over them:
// claimed by the submitted claims, admitted by the completed reviews (of
// accepted or partly accepted claims). Two grouped reads, one per figure,
// sorted the same ten thousand items twice at national scale.
func claimedAndAdmitted(ctx context.Context, c *gen.Client, projectID pulid.ID, bodyID *pulid.ID) ([]claimedRow, error) {
	q := c.ExpenseItem.Query()
	if bodyID != nil {
		q.Where(expenseitem.BodyID(*bodyID))
	}
	var rows []claimedRow
	err := q.Modify(func(sel *entsql.Selector) {
		group, claimed, admitted := submittedItems(sel, projectID)
		sel.Select(group...).
			AppendSelectAs(claimed, "claimed").
			AppendSelectAs(admitted, "admitted").
			GroupBy(group...)
	}).Scan(ctx, &rows)
	return rows, err
}

// submittedItems narrows sel, a read of expense items, to those of the
// project's submitted claims (joined), and returns the columns to group
// them by (member, category, line) and the expressions of their sums:
// claimed, and admitted by the completed reviews (of accepted or partly
// accepted claims).
func submittedItems(sel *entsql.Selector, projectID pulid.ID) (group []string, claimed, admitted string) {
	cl := entsql.Dialect(sel.Dialect()).Table(expenseclaim.Table)
	sel.Join(cl).On(sel.C(expenseitem.FieldClaimID), cl.C(expenseclaim.FieldID)).
		Where(entsql.And(entsql.EQ(cl.C(expenseclaim.FieldProjectID), projectID),
			entsql.NEQ(cl.C(expenseclaim.FieldStatus), expenseclaim.StatusDRAFT)))
	admitted = fmt.Sprintf("COALESCE(SUM(CASE WHEN %s IN ('%s', '%s') THEN %s END), 0)", cl.C(expenseclaim.FieldStatus),
		expenseclaim.StatusACCEPTED, expenseclaim.StatusPARTIALLY_ACCEPTED, sel.C(expenseitem.FieldAdmittedCents))
	group = []string{sel.C(expenseitem.FieldBodyID), sel.C(expenseitem.FieldExpenseCategoryID), sel.C(expenseitem.FieldInterventionLineID)}
	return group, entsql.Sum(sel.C(expenseitem.FieldClaimedCents)), admitted
}
