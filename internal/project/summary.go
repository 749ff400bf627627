package project

import (
	"cmp"
	"context"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/variation"
)

// Figures are the money of an allocation at one moment (ledger.Figures:
// allocated, committed, invoiced, paid, claimed, admitted, remaining) and
// the inhabitants it serves.
type Figures struct {
	ledger.Figures
	// Population is the number of inhabitants the figures serve.
	Population int
}

// SpentBp is the paid share of the allocation, in basis points.
func (f Figures) SpentBp() int64 { return money.Percent(f.Paid, f.Allocated) }

// AllocatedPerInhabitant is the allocation per inhabitant, in cents
// (rounded half away from zero); 0 without population.
func (f Figures) AllocatedPerInhabitant() int64 { return perHead(f.Allocated, f.Population) }

// PaidPerInhabitant is the money paid per inhabitant, in cents.
func (f Figures) PaidPerInhabitant() int64 { return perHead(f.Paid, f.Population) }

func perHead(cents int64, pop int) int64 {
	if pop <= 0 {
		return 0
	}
	return (2*cents + int64(pop)) / (2 * int64(pop))
}

// CategoryFigures are the figures of one expense category.
type CategoryFigures struct {
	Category *gen.ExpenseCategory
	Figures  Figures
}

// LineFigures are the figures of one intervention line; Line is nil for
// money not tied to a line (allocations and contracts without one).
type LineFigures struct {
	Line    *gen.InterventionLine
	Figures Figures
}

// MemberFigures are one member's figures, in total, per category and per
// line.
type MemberFigures struct {
	Body       *gen.PublicBody
	Figures    Figures
	Categories []CategoryFigures
	Lines      []LineFigures
}

// Summary is the allocation tracking of a project: the whole project, each
// member, each category, each line.
type Summary struct {
	Project *gen.Project
	// PopulationYear is the year of 1 January of the population figures
	// (the call's, else the members' latest not after the funding year);
	// nil when unknown or when the members' figures are of different years.
	PopulationYear *int
	// PopulationMissing are the members without a figure for that year.
	PopulationMissing []*gen.PublicBody
	Totals            Figures
	Categories        []CategoryFigures
	Lines             []LineFigures
	Members           []MemberFigures
}

// AllocationSummary computes a project's allocation summary, or one
// member's when bodyID is set, with a constant number of SQL statements
// (grouped aggregates) whatever the number of members, invoices and
// claims. Money follows a line through its allocation, its contract
// (committed, invoiced, paid) or its expense item (claimed, admitted).
// Whoever may read the project may call it; rows the viewer may not read do
// not count. It returns NOT_FOUND for a project the viewer cannot read or a
// body that is not a member.
func (s *Service) AllocationSummary(ctx context.Context, projectID pulid.ID, bodyID *pulid.ID) (*Summary, error) {
	return s.allocationSummary(ctx, projectID, bodyID, nil)
}

// AllocationSummaryAt is AllocationSummary with the allocations of the
// plan version in force on day (variation.PlanAt) instead of the current
// ones: the figures of a report dated then. The other figures are as of
// now.
func (s *Service) AllocationSummaryAt(ctx context.Context, projectID pulid.ID, bodyID *pulid.ID, day civil.Date) (*Summary, error) {
	plan, err := variation.PlanAt(ctx, s.Client(ctx), projectID, day)
	if err != nil {
		return nil, err
	}
	return s.allocationSummary(ctx, projectID, bodyID, &plan)
}

// ProjectAllocationSummaryOn is AllocationSummary (day nil) or
// AllocationSummaryAt (day set) of a project the caller has just read
// under ctx's viewer (the GraphQL project whose summary is asked): the
// project is not read again, unless p lacks the columns the summary uses
// (a read that selected some fields only).
func (s *Service) ProjectAllocationSummaryOn(ctx context.Context, p *gen.Project, bodyID *pulid.ID, day *civil.Date) (*Summary, error) {
	if p.CallID == "" || p.AggregationID == "" || p.DecreeDate.Year == 0 {
		if day == nil {
			return s.AllocationSummary(ctx, p.ID, bodyID)
		}
		return s.AllocationSummaryAt(ctx, p.ID, bodyID, *day)
	}
	if day == nil {
		return s.summaryOf(ctx, p.ID, p, bodyID, nil)
	}
	plan, err := variation.PlanAt(ctx, s.Client(ctx), p.ID, *day)
	if err != nil {
		return nil, err
	}
	return s.summaryOf(ctx, p.ID, p, bodyID, &plan)
}

// AllocationSummaryOfVersion is AllocationSummary with the allocations of
// plan version number (a claim's report reads the version the claim was
// submitted under).
func (s *Service) AllocationSummaryOfVersion(ctx context.Context, projectID pulid.ID, bodyID *pulid.ID, number int) (*Summary, error) {
	plan, err := variation.PlanNumbered(ctx, s.Client(ctx), projectID, number)
	if err != nil {
		return nil, err
	}
	return s.allocationSummary(ctx, projectID, bodyID, &plan)
}

func (s *Service) allocationSummary(ctx context.Context, projectID pulid.ID, bodyID *pulid.ID, plan *variation.Plan) (*Summary, error) {
	return s.summaryOf(ctx, projectID, nil, bodyID, plan)
}

// withPlanOrder loads a call's expense categories and intervention lines
// in the order of its plan.
func withPlanOrder(q *gen.CallQuery) {
	q.WithExpenseCategories(func(q *gen.ExpenseCategoryQuery) { q.Order(expensecategory.ByPosition(), expensecategory.ByID()) }).
		WithInterventionLines(func(q *gen.InterventionLineQuery) { q.Order(interventionline.ByPosition(), interventionline.ByID()) })
}

// summaryOf is the summary of projectID, read under ctx's viewer, or of
// p when the caller has read it so.
func (s *Service) summaryOf(ctx context.Context, projectID pulid.ID, p *gen.Project, bodyID *pulid.ID, plan *variation.Plan) (*Summary, error) {
	c := s.Client(ctx)
	if p == nil {
		var err error
		if p, err = c.Project.Get(ctx, projectID); err != nil {
			return nil, err
		}
	}
	ref, err := s.reference(ctx, c, p, bodyID)
	if err != nil {
		return nil, err
	}
	// The reference may be shared with other requests (the cache): read
	// only, and order is copied before it is narrowed.
	cl, bodies, former, basis := ref.parts.call, ref.parts.bodies, ref.parts.former, ref.basis
	order := ref.parts.order
	if bodyID != nil {
		order = []pulid.ID{*bodyID}
	} else {
		order = slices.Clone(order)
	}
	cats, lines := cl.Edges.ExpenseCategories, cl.Edges.InterventionLines
	rows, err := s.summaryRows(ctx, c, p.ID, bodyID)
	if err != nil {
		return nil, err
	}
	if plan != nil {
		rows.allocated = rows.allocated[:0]
		for _, r := range plan.Rows {
			if bodyID == nil || r.BodyID == *bodyID {
				rows.allocated = append(rows.allocated, sumRow{Body: r.BodyID, Cat: r.ExpenseCategoryID, Line: r.InterventionLineID, Sum: r.AmountCents})
			}
		}
	}
	if bodyID == nil && len(former) > 0 {
		// A member that left keeps what it used: it stays in the summary
		// while it has money in it, after the current members.
		funded := map[pulid.ID]bool{}
		for _, r := range rows.allocated {
			funded[r.Body] = true
		}
		order = slices.DeleteFunc(order, func(id pulid.ID) bool { return former[id] && !funded[id] })
	}
	cells, err := rows.cells()
	if err != nil {
		return nil, err
	}
	out, err := assemble(p, bodies, basis.ByBody, order, cats, lines, func(yield func(body, cat, line pulid.ID, f ledger.Figures)) {
		keys := make([]cellKey, 0, len(cells))
		for k := range cells {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b cellKey) int {
			return cmp.Or(cmp.Compare(a.body, b.body), cmp.Compare(a.cat, b.cat), cmp.Compare(a.line, b.line))
		})
		for _, k := range keys {
			yield(k.body, k.cat, k.line, *cells[k])
		}
	})
	if err != nil {
		return nil, err
	}
	out.PopulationYear, out.PopulationMissing = basis.Year, slices.Clone(basis.Missing)
	return out, nil
}

// membersAndFormer returns a project's members like Members, followed by
// the bodies that left its aggregation (former, by ID), in one read.
func membersAndFormer(ctx context.Context, c *gen.Client, p *gen.Project) (map[pulid.ID]*gen.PublicBody, []pulid.ID, map[pulid.ID]bool, error) {
	ms, err := c.Membership.Query().Where(membership.AggregationID(p.AggregationID)).
		WithBody().All(authz.Elevate(ctx))
	if err != nil {
		return nil, nil, nil, err
	}
	slices.SortFunc(ms, func(a, b *gen.Membership) int {
		return cmp.Or(cmp.Compare(boolRank(a.LeftOn != nil), boolRank(b.LeftOn != nil)),
			cmp.Compare(a.Edges.Body.Name, b.Edges.Body.Name), cmp.Compare(a.BodyID, b.BodyID))
	})
	bodies := make(map[pulid.ID]*gen.PublicBody, len(ms))
	order := make([]pulid.ID, 0, len(ms))
	former := map[pulid.ID]bool{}
	for _, m := range ms {
		bodies[m.BodyID] = m.Edges.Body
		order = append(order, m.BodyID)
		if m.LeftOn != nil {
			former[m.BodyID] = true
		}
	}
	return bodies, order, former, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cellKey is one cell of the summary: a member, a category, a line (the
// zero ID: no line).
type cellKey struct{ body, cat, line pulid.ID }

// sumRow is a grouped sum of allocations or cost shares.
type sumRow struct {
	Body     pulid.ID  `json:"body_id"`
	Cat      pulid.ID  `json:"expense_category_id"`
	Line     *pulid.ID `json:"intervention_line_id"`
	Contract pulid.ID  `json:"contract_id"`
	Sum      int64     `json:"sum"`
}

// summaryData is what the summary reads: five grouped reads whose number
// does not depend on the data.
type summaryData struct {
	allocated, committed []sumRow
	contracts            []*gen.Contract
	invoiced             []invoicedRow
	claimed              []claimedRow
}

// summaryRows runs the summary's five reads of a project (of one member
// when bodyID is set).
func (s *Service) summaryRows(ctx context.Context, c *gen.Client, projectID pulid.ID, bodyID *pulid.ID) (*summaryData, error) {
	var d summaryData
	// The reads are independent: one statement (summaryMoney), or, for
	// the reference below, at once (one round trip of latency) or one
	// after the other in a transaction, whose connection is not for
	// concurrent use.
	// The money of contracts and invoices is read as the system (rows),
	// for the viewer who just read the project: every allocation,
	// contract, cost share and invoice share of a project carries the
	// project's tenant columns (rule.TenantHook) and the read rules give
	// them to exactly the viewers of the project. With the viewer's tenant
	// predicate on top of the project's, PostgreSQL multiplies their
	// selectivities, expects a handful of rows instead of thousands and
	// groups them by sorting (invoice shares: 40-50 ms instead of 8 on the
	// national dataset). Expense items stay under the viewer's rules (the
	// Region never sees a draft's), where the plan is no worse.
	// TestAllocationSummary_SystemReadsMatchTheRules checks, role by role,
	// that the figures are those of the viewer's rules.
	if !s.viewerSummaryReads {
		// The four system reads and the expense items under the viewer's
		// rules are one statement (summaryMoney).
		if err := summaryMoney(ctx, c, projectID, bodyID, &d); err != nil {
			return nil, err
		}
		return &d, nil
	}
	// The reference of TestAllocationSummary_SystemReadsMatchTheRules:
	// the same reads, one statement each, under the viewer's rules.
	rows := func(ctx context.Context) context.Context { return ctx }
	err := db.Concurrently(ctx,
		func(ctx context.Context) error { // allocated
			aq := c.Allocation.Query().Where(allocation.ProjectID(projectID))
			if bodyID != nil {
				aq.Where(allocation.BodyID(*bodyID))
			}
			return aq.GroupBy(allocation.FieldBodyID, allocation.FieldExpenseCategoryID, allocation.FieldInterventionLineID).
				Aggregate(gen.As(gen.Sum(allocation.FieldAmountCents), "sum")).Scan(rows(ctx), &d.allocated)
		},
		func(ctx context.Context) (err error) { // the project's contracts (not terminated) and their lines
			d.contracts, err = c.Contract.Query().Where(ContractsOf(projectID), contract.StatusNEQ(contract.StatusTERMINATED)).
				Select(contract.FieldID, contract.FieldInterventionLineID).All(rows(ctx))
			return err
		},
		func(ctx context.Context) error { // committed
			cq := c.CostShare.Query().Where(costshare.HasContractWith(contract.StatusNEQ(contract.StatusTERMINATED), ContractsOf(projectID)))
			if bodyID != nil {
				cq.Where(costshare.BodyID(*bodyID))
			}
			return cq.GroupBy(costshare.FieldContractID, costshare.FieldBodyID, costshare.FieldExpenseCategoryID).
				Aggregate(gen.As(gen.Sum(costshare.FieldAmountCents), "sum")).Scan(rows(ctx), &d.committed)
		},
		func(ctx context.Context) (err error) { // invoiced and paid, per contract
			d.invoiced, err = invoicedByContract(rows(ctx), c, projectID, bodyID)
			return err
		},
		func(ctx context.Context) (err error) { // claimed and admitted
			d.claimed, err = claimedAndAdmitted(ctx, c, projectID, bodyID)
			return err
		},
	)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// cells adds the rows up by member, category and line: money follows a
// line through its allocation, its contract (committed, invoiced, paid) or
// its expense item (claimed, admitted).
func (d *summaryData) cells() (map[cellKey]*ledger.Figures, error) {
	cells := map[cellKey]*ledger.Figures{}
	add := func(b, c, l pulid.ID, f ledger.Figures) error {
		k := cellKey{b, c, l}
		if cells[k] == nil {
			cells[k] = &ledger.Figures{}
		}
		return cells[k].Add(f)
	}
	lineOf := map[pulid.ID]pulid.ID{}
	for _, ct := range d.contracts {
		lineOf[ct.ID] = idOr(ct.InterventionLineID)
	}
	var err error
	for _, r := range d.allocated {
		err = cmp.Or(err, add(r.Body, r.Cat, idOr(r.Line), ledger.Figures{Allocated: r.Sum}))
	}
	for _, r := range d.committed {
		err = cmp.Or(err, add(r.Body, r.Cat, lineOf[r.Contract], ledger.Figures{Committed: r.Sum}))
	}
	for _, r := range d.invoiced {
		err = cmp.Or(err, add(r.Body, idOr(r.Cat), lineOf[idOr(r.Contract)], ledger.Figures{Invoiced: r.Invoiced, Paid: r.Paid}))
	}
	for _, r := range d.claimed {
		err = cmp.Or(err, add(r.Body, r.Cat, idOr(r.Line), ledger.Figures{Claimed: r.Claimed, Admitted: r.Admitted}))
	}
	return cells, err
}

// assemble lays the cells out: members in name order, categories and lines
// in call order, money without a line under a nil line; money of bodies,
// categories or lines outside the plan still counts in the totals.
func assemble(p *gen.Project, bodies map[pulid.ID]*gen.PublicBody, pops map[pulid.ID]int, order []pulid.ID, cats []*gen.ExpenseCategory,
	lines []*gen.InterventionLine, each func(func(body, cat, line pulid.ID, f ledger.Figures))) (*Summary, error) {
	out := &Summary{Project: p}
	catIndex, lineIndex := map[pulid.ID]int{}, map[pulid.ID]int{}
	for i, k := range cats {
		catIndex[k.ID] = i
		out.Categories = append(out.Categories, CategoryFigures{Category: k})
	}
	for i, l := range lines {
		lineIndex[l.ID] = i
		out.Lines = append(out.Lines, LineFigures{Line: l})
	}
	lineIndex[""] = len(lines)
	out.Lines = append(out.Lines, LineFigures{})
	memberIndex := map[pulid.ID]int{}
	for _, id := range order {
		memberIndex[id] = len(out.Members)
		b := bodies[id]
		mf := MemberFigures{Body: b}
		mf.Figures.Population = pops[id]
		out.Totals.Population += pops[id]
		for _, k := range cats {
			mf.Categories = append(mf.Categories, CategoryFigures{Category: k, Figures: Figures{Population: mf.Figures.Population}})
		}
		for _, l := range out.Lines {
			mf.Lines = append(mf.Lines, LineFigures{Line: l.Line, Figures: Figures{Population: mf.Figures.Population}})
		}
		out.Members = append(out.Members, mf)
	}
	var err error
	each(func(body, cat, line pulid.ID, f ledger.Figures) {
		sums := []*ledger.Figures{&out.Totals.Figures}
		ci, okc := catIndex[cat]
		li, okl := lineIndex[line]
		if okc {
			sums = append(sums, &out.Categories[ci].Figures.Figures)
		}
		if okl {
			sums = append(sums, &out.Lines[li].Figures.Figures)
		}
		if mi, ok := memberIndex[body]; ok {
			m := &out.Members[mi]
			sums = append(sums, &m.Figures.Figures)
			if okc {
				sums = append(sums, &m.Categories[ci].Figures.Figures)
			}
			if okl {
				sums = append(sums, &m.Lines[li].Figures.Figures)
			}
		}
		for _, sum := range sums {
			err = cmp.Or(err, sum.Add(f))
		}
	})
	if err != nil {
		return nil, err
	}
	for i := range out.Categories {
		out.Categories[i].Figures.Population = out.Totals.Population
	}
	for i := range out.Lines {
		out.Lines[i].Figures.Population = out.Totals.Population
	}
	// Drop the "no line" column when nothing is there.
	if last := out.Lines[len(out.Lines)-1]; last.Figures == (Figures{Population: out.Totals.Population}) {
		out.Lines = out.Lines[:len(out.Lines)-1]
		for i := range out.Members {
			out.Members[i].Lines = out.Members[i].Lines[:len(out.Members[i].Lines)-1]
		}
	}
	return out, nil
}

func idOr(id *pulid.ID) pulid.ID {
	if id == nil {
		return ""
	}
	return *id
}
