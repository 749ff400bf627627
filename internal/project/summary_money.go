package project

import (
	"context"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
)

// moneyRow is one row of systemMoney's statement; kind tells which of
// the four reads it comes from.
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
)

// systemMoney runs the summary's four reads of a project's money that
// are read as the system (see summaryRows) as one statement, UNION ALL of
// the same four grouped reads: the allocations, the contracts (not
// terminated) and their lines, the cost shares of those contracts, the
// invoice shares per contract. It reads as the system (the three tables
// after the first are outside any read rule): call it only for a viewer
// who has just read the project. TestAllocationSummary_SystemReadsMatchTheRules
// compares its figures, role by role, with the four reads under the
// viewer's rules.
func systemMoney(ctx context.Context, c *gen.Client, projectID pulid.ID, bodyID *pulid.ID, d *summaryData) error {
	ctx = authz.Elevate(ctx)
	q := c.Allocation.Query().Where(allocation.ProjectID(projectID))
	if bodyID != nil {
		q.Where(allocation.BodyID(*bodyID))
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

		group := []string{sel.C(allocation.FieldBodyID), sel.C(allocation.FieldExpenseCategoryID), sel.C(allocation.FieldInterventionLineID)}
		sel.Select().AppendSelectExprAs(kind(moneyAllocated), "kind").AppendSelectExprAs(null(), "contract_id").
			AppendSelectAs(group[0], "body_id").AppendSelectAs(group[1], "expense_category_id").AppendSelectAs(group[2], "intervention_line_id").
			AppendSelectExprAs(entsql.Expr(entsql.Sum(sel.C(allocation.FieldAmountCents))), "a").AppendSelectExprAs(noSum(), "b").
			GroupBy(group...)

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

		sel.UnionAll(contracts).UnionAll(committed).UnionAll(invoiced)
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
		}
	}
	return nil
}
