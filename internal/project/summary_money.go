package project

import (
	"context"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/schema/pulid"
)

// moneyRow is one row of summaryMoney's statement; kind tells which of
// the five reads it comes from.
type moneyRow struct {
	Kind     int       `json:"kind"`
	Contract *pulid.ID `json:"contract_id"`
	Body     *pulid.ID `json:"body_id"`
	Cat      *pulid.ID `json:"expense_category_id"`
	Line     *pulid.ID `json:"intervention_line_id"`
	A        *int64    `json:"a"`
	B        *int64    `json:"b"`
}

const (
	moneyAllocated = iota
	moneyContract
	moneyCommitted
	moneyInvoiced
	moneyClaimed
)

// summaryMoney reads all of a project's money for its summary in one
// statement, UNION ALL of five grouped reads: first the expense items,
// claimed and admitted per member, category and line, under the viewer's
// read rules (the Region never sees a draft claim's items: the rules are
// in this first SELECT's WHERE, as in claimedAndAdmitted); then four read
// as the system (see summaryRows): the allocations, the contracts (not
// terminated) and their lines, the cost shares of those contracts, the
// invoice shares per contract. The system reads see rows outside any read
// rule: call it only for a viewer who has just read the project.
// TestAllocationSummary_SystemReadsMatchTheRules compares its figures,
// role by role, with each read under the viewer's rules.
func summaryMoney(ctx context.Context, c *gen.Client, projectID pulid.ID, bodyID *pulid.ID, d *summaryData) error {
	q := c.ExpenseItem.Query()
	if bodyID != nil {
		q.Where(expenseitem.BodyID(*bodyID))
	}
	var rows []moneyRow
	err := q.Modify(func(sel *entsql.Selector) {
		b := entsql.Dialect(sel.Dialect())
		null := func() entsql.Querier { return entsql.Expr("NULL") }
		// A sum's NULL is typed: PostgreSQL resolves a column of untyped
		// NULLs of the first branches as text, which SUM's numeric does not
		// match.
		noSum := func() entsql.Querier { return entsql.Expr("CAST(NULL AS BIGINT)") }
		kind := func(k int) entsql.Querier { return entsql.Expr(strconv.Itoa(k)) }

		group, claimed, admitted := submittedItems(sel, projectID)
		sel.Select().AppendSelectExprAs(kind(moneyClaimed), "kind").AppendSelectExprAs(null(), "contract_id").
			AppendSelectAs(group[0], "body_id").AppendSelectAs(group[1], "expense_category_id").AppendSelectAs(group[2], "intervention_line_id").
			AppendSelectExprAs(entsql.Expr(claimed), "a").AppendSelectExprAs(entsql.Expr(admitted), "b").
			GroupBy(group...)

		al := b.Table(allocation.Table)
		allocated := b.Select().From(al)
		allocation.ProjectID(projectID)(allocated)
		if bodyID != nil {
			allocation.BodyID(*bodyID)(allocated)
		}
		agroup := []string{al.C(allocation.FieldBodyID), al.C(allocation.FieldExpenseCategoryID), al.C(allocation.FieldInterventionLineID)}
		allocated.AppendSelectExprAs(kind(moneyAllocated), "kind").AppendSelectExprAs(null(), "contract_id").
			AppendSelectAs(agroup[0], "body_id").AppendSelectAs(agroup[1], "expense_category_id").AppendSelectAs(agroup[2], "intervention_line_id").
			AppendSelectExprAs(entsql.Expr(entsql.Sum(al.C(allocation.FieldAmountCents))), "a").AppendSelectExprAs(noSum(), "b").
			GroupBy(agroup...)

		ct := b.Table(contract.Table)
		contracts := b.Select().From(ct)
		ContractsOf(projectID)(contracts)
		contract.StatusNEQ(contract.StatusTERMINATED)(contracts)
		contracts.AppendSelectExprAs(kind(moneyContract), "kind").AppendSelectAs(ct.C(contract.FieldID), "contract_id").
			AppendSelectExprAs(null(), "body_id").AppendSelectExprAs(null(), "expense_category_id").
			AppendSelectAs(ct.C(contract.FieldInterventionLineID), "intervention_line_id").
			AppendSelectExprAs(noSum(), "a").AppendSelectExprAs(noSum(), "b")

		cs := b.Table(costshare.Table)
		committed := b.Select().From(cs)
		costshare.HasContractWith(contract.StatusNEQ(contract.StatusTERMINATED), ContractsOf(projectID))(committed)
		if bodyID != nil {
			costshare.BodyID(*bodyID)(committed)
		}
		cgroup := []string{cs.C(costshare.FieldContractID), cs.C(costshare.FieldBodyID), cs.C(costshare.FieldExpenseCategoryID)}
		committed.AppendSelectExprAs(kind(moneyCommitted), "kind").AppendSelectAs(cgroup[0], "contract_id").
			AppendSelectAs(cgroup[1], "body_id").AppendSelectAs(cgroup[2], "expense_category_id").
			AppendSelectExprAs(null(), "intervention_line_id").
			AppendSelectExprAs(entsql.Expr(entsql.Sum(cs.C(costshare.FieldAmountCents))), "a").AppendSelectExprAs(noSum(), "b").
			GroupBy(cgroup...)

		is, inv := b.Table(invoiceshare.Table), b.Table(invoice.Table)
		invoiced := b.Select().From(is).Join(inv).On(is.C(invoiceshare.FieldInvoiceID), inv.C(invoice.FieldID))
		// The project's invoices as a subquery too: see invoicedByContract.
		invoiceshare.HasInvoiceWith(invoice.ProjectID(projectID))(invoiced)
		if bodyID != nil {
			invoiceshare.BodyID(*bodyID)(invoiced)
		}
		igroup := []string{inv.C(invoice.FieldContractID), is.C(invoiceshare.FieldBodyID), is.C(invoiceshare.FieldExpenseCategoryID)}
		invoiced.AppendSelectExprAs(kind(moneyInvoiced), "kind").AppendSelectAs(igroup[0], "contract_id").
			AppendSelectAs(igroup[1], "body_id").AppendSelectAs(igroup[2], "expense_category_id").
			AppendSelectExprAs(null(), "intervention_line_id").
			AppendSelectExprAs(entsql.Expr(entsql.Sum(is.C(invoiceshare.FieldAmountCents))), "a").
			AppendSelectExprAs(entsql.Expr(entsql.Sum(is.C(invoiceshare.FieldPaidCents))), "b").
			GroupBy(igroup...)

		sel.UnionAll(allocated).UnionAll(contracts).UnionAll(committed).UnionAll(invoiced)
	}).Scan(ctx, &rows)
	if err != nil {
		return err
	}
	val := func(p *int64) int64 {
		if p == nil {
			return 0
		}
		return *p
	}
	id := func(p *pulid.ID) pulid.ID {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, r := range rows {
		switch r.Kind {
		case moneyAllocated:
			d.allocated = append(d.allocated, sumRow{Body: id(r.Body), Cat: id(r.Cat), Line: r.Line, Sum: val(r.A)})
		case moneyContract:
			d.contracts = append(d.contracts, &gen.Contract{ID: id(r.Contract), InterventionLineID: r.Line})
		case moneyCommitted:
			d.committed = append(d.committed, sumRow{Contract: id(r.Contract), Body: id(r.Body), Cat: id(r.Cat), Sum: val(r.A)})
		case moneyInvoiced:
			d.invoiced = append(d.invoiced, invoicedRow{Contract: r.Contract, Body: id(r.Body), Cat: r.Cat, Invoiced: val(r.A), Paid: val(r.B)})
		case moneyClaimed:
			d.claimed = append(d.claimed, claimedRow{Body: id(r.Body), Cat: id(r.Cat), Line: r.Line, Claimed: val(r.A), Admitted: val(r.B)})
		}
	}
	return nil
}
