package reports

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/pdf"
	"github.com/capofila/capofila/internal/procurementlaw"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// ClaimReport returns a claim's report to the Region (rendiconto). A
// submitted claim's report is its frozen copy, rendered and stored the
// first time (at submission when the service is wired to the claim
// workflow); a draft's is rendered on demand, marked as a draft. Lead
// managers of the aggregation, officers and auditors of the Region and
// admins may download it; member referents, who read every member's
// figures but only their own body's deliverables, get the member
// statements instead (FORBIDDEN here).
func (s *Service) ClaimReport(ctx context.Context, claimID pulid.ID) (*File, error) {
	cl, err := s.claimOf(ctx, claimID)
	if err != nil {
		return nil, err
	}
	if err := wholeProject(ctx, cl.TenantAggregationID, cl.TenantRegionID); err != nil {
		return nil, err
	}
	if cl.Status == expenseclaim.StatusDRAFT {
		data, _, err := s.renderClaim(ctx, cl, "BOZZA – non presentato")
		if err != nil {
			return nil, err
		}
		return &File{Name: claimFileName(cl, true), ContentType: "application/pdf", Data: data}, nil
	}
	return s.FreezeClaim(ctx, claimID)
}

// FreezeClaim renders and stores the frozen copy of a submitted claim's
// report, or returns the one stored for its latest submission. The claim
// services call it when a claim is submitted; it needs the rights of
// ClaimReport.
func (s *Service) FreezeClaim(ctx context.Context, claimID pulid.ID) (*File, error) {
	cl, err := s.claimOf(ctx, claimID)
	if err != nil {
		return nil, err
	}
	if err := wholeProject(ctx, cl.TenantAggregationID, cl.TenantRegionID); err != nil {
		return nil, err
	}
	if cl.Status == expenseclaim.StatusDRAFT || cl.SubmittedAt == nil {
		return nil, apperr.E(apperr.Conflict, "Il rendiconto non è stato presentato: non ha una copia depositata.")
	}
	d, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasExpenseClaimWith(expenseclaim.ID(cl.ID)), document.KindEQ(document.KindCLAIM_REPORT),
			document.CreatedAtGTE(*cl.SubmittedAt)).Order(gen.Desc(document.FieldCreatedAt))
	})
	if err != nil {
		return nil, err
	}
	if d != nil {
		return s.serveFrozen(d)
	}
	id := pulid.New("DC")
	data, fingerprint, err := s.renderClaim(ctx, cl, string(id))
	if err != nil {
		return nil, err
	}
	return s.freeze(ctx, id, claimFileName(cl, false), data, fingerprint, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(cl.TenantAggregationID)).SetKind(document.KindCLAIM_REPORT).SetExpenseClaimID(cl.ID)
	})
}

func claimFileName(cl *gen.ExpenseClaim, draft bool) string {
	if draft {
		return fmt.Sprintf("rendiconto-%d-bozza.pdf", cl.Number)
	}
	return fmt.Sprintf("rendiconto-%d.pdf", cl.Number)
}

// ClaimData assembles what a claim's report shows, read as the viewer.
func (s *Service) ClaimData(ctx context.Context, cl *gen.ExpenseClaim, docID string) (*pdf.ClaimReportData, error) {
	c := s.Client(ctx)
	p, err := s.loadProject(ctx, cl.ProjectID)
	if err != nil {
		return nil, err
	}
	regionName, leadName, callTitle := header(p)
	lines := slices.Clone(p.Edges.Call.Edges.InterventionLines)
	sortLines(lines)
	cats := slices.Clone(p.Edges.Call.Edges.ExpenseCategories)
	sortCats(cats)
	d := &pdf.ClaimReportData{
		Header:       pdf.Header{RegionName: regionName, LeadName: leadName, CallTitle: callTitle, DocumentID: docID, GeneratedAt: s.Now()},
		ProjectTitle: p.Title, CUP: p.Cup, ClaimNumber: cl.Number, PeriodFrom: cl.PeriodStart, PeriodTo: cl.PeriodEnd,
		ClaimDate: civil.Of(s.Now().In(civil.Rome)), Place: placeOf(leadName),
		// The declarant recorded at submission; a draft names the user who
		// would submit it only once it is submitted.
		Declarant: cl.DeclarantName, DeclarantRole: cl.DeclarantRole,
	}
	if cl.SubmittedAt != nil {
		d.ClaimDate = civil.Of(cl.SubmittedAt.In(civil.Rome))
	}
	lineCode := map[pulid.ID]string{}
	for _, l := range lines {
		d.Lines = append(d.Lines, pdf.Line{Code: l.Code, Title: l.Name})
		lineCode[l.ID] = l.Code
	}
	catCode := map[pulid.ID]string{}
	for _, k := range cats {
		d.Categories = append(d.Categories, pdf.Category{Code: k.Code, Title: k.Name})
		catCode[k.ID] = k.Code
	}
	if d.Deliverables, err = s.deliverableRows(ctx, p.ID, lineCode); err != nil {
		return nil, err
	}
	// Finance: the allocation summary, with what this claim claims, under
	// the plan version the claim was submitted under (a draft: the plan
	// in force at the end of its period).
	var sum *projectsvc.Summary
	if cl.PlanVersion != nil {
		sum, err = s.projects.AllocationSummaryOfVersion(ctx, p.ID, nil, *cl.PlanVersion)
	} else {
		sum, err = s.projects.AllocationSummaryAt(ctx, p.ID, nil, cl.PeriodEnd)
	}
	if err != nil {
		return nil, err
	}
	items, err := c.ExpenseItem.Query().Where(expenseitem.ClaimID(cl.ID)).
		WithInvoice().WithPayment().WithBody().WithExpenseCategory().
		Order(expenseitem.ByBodyField(publicbody.FieldName), expenseitem.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	d.Finance = claimFinance(sum, items)
	if d.Procurements, err = s.procurementRows(ctx, p.ID); err != nil {
		return nil, err
	}
	// Expense list.
	for _, it := range items {
		inv := it.Edges.Invoice
		e := pdf.Expense{InvoiceNumber: inv.Number, InvoiceDate: inv.IssuedOn, VendorVAT: inv.SupplierVatID, CIG: inv.Cig,
			CUP: inv.Cup, Taxable: inv.TaxableCents, VAT: inv.VatCents, Total: inv.TotalCents, Charged: it.ClaimedCents,
			Member: it.Edges.Body.Name, Category: catCode[it.ExpenseCategoryID]}
		if py := it.Edges.Payment; py != nil {
			e.MandateNumber, e.ReceiptDate = py.MandateNumber, dateOr(py.ReceiptDate)
		}
		d.Expenses = append(d.Expenses, e)
	}
	slices.SortStableFunc(d.Expenses, func(a, b pdf.Expense) int {
		return cmp.Or(a.InvoiceDate.Compare(b.InvoiceDate), cmp.Compare(a.InvoiceNumber, b.InvoiceNumber), cmp.Compare(a.Member, b.Member))
	})
	// The content hash covers the data, not the document id or the time.
	h := *d
	h.Header = pdf.Header{}
	d.ContentSHA256 = contentHash(h)
	return d, nil
}

// deliverableRows are a project's deliverables per line and member, as
// the claim report lists them.
func (s *Service) deliverableRows(ctx context.Context, projectID pulid.ID, lineCode map[pulid.ID]string) ([]pdf.MemberDeliverable, error) {
	dels, err := s.Client(ctx).Deliverable.Query().Where(deliverable.ProjectID(projectID)).WithBody().
		Order(deliverable.ByInterventionLineID(), deliverable.ByBodyField(publicbody.FieldName), deliverable.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []pdf.MemberDeliverable
	for _, dv := range dels {
		out = append(out, pdf.MemberDeliverable{Member: dv.Edges.Body.Name, Deliverable: pdf.Deliverable{
			Line: lineCode[dv.InterventionLineID], Title: dv.Title, Due: dateOr(dv.DueOn), Status: pdf.DeliverableStatus(dv.Status)}})
	}
	return out, nil
}

// claimFinance is the allocation summary per member and category, with
// what the claim's items claim in the period.
func claimFinance(sum *projectsvc.Summary, items []*gen.ExpenseItem) []pdf.MemberFinance {
	type key struct{ body, cat pulid.ID }
	period := map[key]int64{}
	for _, it := range items {
		period[key{it.BodyID, it.ExpenseCategoryID}] += it.ClaimedCents
	}
	var out []pdf.MemberFinance
	for _, m := range sum.Members {
		mf := pdf.MemberFinance{Member: m.Body.Name}
		for _, cf := range m.Categories {
			f := cf.Figures
			if f.Allocated == 0 && f.Committed == 0 && f.Invoiced == 0 && f.Claimed == 0 {
				continue
			}
			mf.Categories = append(mf.Categories, pdf.CategoryFinance{Category: cf.Category.Code, Figures: f.Figures,
				ClaimedPeriod: period[key{m.Body.ID, cf.Category.ID}]})
		}
		out = append(out, mf)
	}
	return out
}

// procurementRows are a project's lots with their procedure, award and
// contract, as the claim report lists them.
func (s *Service) procurementRows(ctx context.Context, projectID pulid.ID) ([]pdf.Procurement, error) {
	procs, err := s.Client(ctx).Procurement.Query().Where(procurement.ProjectID(projectID)).
		WithLots(func(q *gen.LotQuery) {
			q.Order(lot.ByNumber()).WithAwardedVendor().WithContracts(func(q *gen.ContractQuery) {
				q.Where(contract.StatusNEQ(contract.StatusTERMINATED)).WithVendor()
			})
		}).Order(procurement.ByCreatedAt(), procurement.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []pdf.Procurement
	for _, pc := range procs {
		for _, l := range pc.Edges.Lots {
			row := pdf.Procurement{CIG: l.Cig, Object: l.Title, ProcedureCode: procurementlaw.ANACCode(procurementlaw.Procedure(pc.ProcedureType)),
				ProcedureLabel: procurementlaw.Label(procurementlaw.Procedure(pc.ProcedureType)), BaseAmount: l.BaseCents}
			if l.AwardCents != nil {
				row.AwardAmount = *l.AwardCents
			}
			if v := l.Edges.AwardedVendor; v != nil {
				row.Vendor, row.VendorVAT = v.Name, deref(v.VatID)
			}
			if len(l.Edges.Contracts) > 0 {
				row.ContractDate = dateOr(l.Edges.Contracts[0].SignedOn)
			}
			out = append(out, row)
		}
	}
	return out, nil
}

// renderClaim renders a claim's report and returns it with the content
// fingerprint printed on its cover.
func (s *Service) renderClaim(ctx context.Context, cl *gen.ExpenseClaim, docID string) ([]byte, string, error) {
	d, err := s.ClaimData(ctx, cl, docID)
	if err != nil {
		return nil, "", err
	}
	data, err := pdf.ClaimReport(*d)
	return data, d.ContentSHA256, err
}

// placeOf turns "Comune di San Benedetto del Tronto" into the place of the
// signature block.
func placeOf(leadName string) string {
	for _, p := range []string{"Comune di ", "Unione dei Comuni ", "Unione "} {
		if len(leadName) > len(p) && leadName[:len(p)] == p {
			return leadName[len(p):]
		}
	}
	return leadName
}

// ReviewMinutes returns an auditor's review minutes (verbale di controllo).
// A completed review's minutes are its frozen copy, rendered and stored
// once when the auditor completes it (or at the first download for a
// review completed before minutes were frozen) and served byte for byte,
// checked against the stored SHA-256 (INTERNAL document.missing /
// document.altered otherwise); an open review's minutes are rendered on
// demand, marked as a draft. Whoever may read the review and its claim
// (the aggregation's members, the Region) may download them.
func (s *Service) ReviewMinutes(ctx context.Context, reviewID pulid.ID) (*File, error) {
	rv, cl, err := s.reviewOf(ctx, reviewID)
	if err != nil {
		return nil, err
	}
	if rv.CompletedAt == nil || rv.Outcome == nil {
		data, _, err := s.renderMinutes(ctx, rv, cl, "BOZZA – controllo in corso")
		if err != nil {
			return nil, err
		}
		return &File{Name: fmt.Sprintf("verbale-controllo-rendiconto-%d-bozza.pdf", cl.Number), ContentType: "application/pdf", Data: data}, nil
	}
	return s.FreezeReview(ctx, reviewID)
}

// FreezeReview renders and stores the frozen minutes of a completed review
// (Document of kind REVIEW_MINUTES, linked to the review and the claim's
// aggregation, with the content fingerprint its cover prints), or returns
// the copy already stored. The review service calls it when the auditor
// completes a review, in the same transaction; it needs the rights of
// ReviewMinutes. An open review is CONFLICT.
func (s *Service) FreezeReview(ctx context.Context, reviewID pulid.ID) (*File, error) {
	rv, cl, err := s.reviewOf(ctx, reviewID)
	if err != nil {
		return nil, err
	}
	if rv.CompletedAt == nil || rv.Outcome == nil {
		return nil, apperr.E(apperr.Conflict, "Il controllo è in corso: il verbale si deposita quando il revisore lo conclude.")
	}
	d, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasReviewWith(review.ID(rv.ID)), document.KindEQ(document.KindREVIEW_MINUTES)).Order(gen.Desc(document.FieldCreatedAt))
	})
	if err != nil {
		return nil, err
	}
	if d != nil {
		return s.serveFrozen(d)
	}
	id := pulid.New("DC")
	data, fingerprint, err := s.renderMinutes(ctx, rv, cl, string(id))
	if err != nil {
		return nil, err
	}
	return s.freeze(ctx, id, fmt.Sprintf("verbale-controllo-rendiconto-%d.pdf", cl.Number), data, fingerprint, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(cl.TenantAggregationID)).SetKind(document.KindREVIEW_MINUTES).SetReviewID(rv.ID)
	})
}

// reviewOf loads a review and its claim as the viewer.
func (s *Service) reviewOf(ctx context.Context, reviewID pulid.ID) (*gen.Review, *gen.ExpenseClaim, error) {
	rv, err := s.Client(ctx).Review.Query().Where(review.ID(reviewID)).WithClaim().Only(ctx)
	if err != nil {
		return nil, nil, err
	}
	if rv.Edges.Claim == nil {
		return nil, nil, &gen.NotFoundError{}
	}
	return rv, rv.Edges.Claim, nil
}

// renderMinutes renders a review's minutes and returns them with the
// content fingerprint printed on their cover.
func (s *Service) renderMinutes(ctx context.Context, rv *gen.Review, cl *gen.ExpenseClaim, docID string) ([]byte, string, error) {
	c := s.Client(ctx)
	p, err := s.loadProject(ctx, cl.ProjectID)
	if err != nil {
		return nil, "", err
	}
	regionName, leadName, callTitle := header(p)
	d := pdf.ReviewMinutesData{
		Header:       pdf.Header{RegionName: regionName, LeadName: leadName, CallTitle: callTitle, DocumentID: docID, GeneratedAt: s.Now()},
		ProjectTitle: p.Title, CUP: p.Cup, ClaimNumber: cl.Number, PeriodFrom: cl.PeriodStart, PeriodTo: cl.PeriodEnd,
		StartedOn: civil.Of(rv.CreatedAt.In(civil.Rome)), Comments: rv.Comments, Place: placeOf(regionName), AuditorOffice: regionName,
	}
	if cl.SubmittedAt != nil {
		d.ClaimDate = civil.Of(cl.SubmittedAt.In(civil.Rome))
	}
	if doc, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasExpenseClaimWith(expenseclaim.ID(cl.ID)), document.KindEQ(document.KindCLAIM_REPORT)).Order(gen.Desc(document.FieldCreatedAt))
	}); err == nil && doc != nil {
		d.ClaimDocumentID = string(doc.ID)
	}
	if rv.ReviewerID != nil {
		// The auditor signs the minutes: its name is part of the act, whoever
		// downloads them (users read only their own account).
		u, err := c.User.Get(authz.Elevate(ctx), *rv.ReviewerID)
		if err != nil {
			return nil, "", err
		}
		d.Auditor = u.DisplayName
	}
	if rv.CompletedAt != nil {
		d.CompletedOn = civil.Of(rv.CompletedAt.In(civil.Rome))
	}
	if rv.Outcome != nil {
		d.Outcome = pdf.ReviewOutcome(*rv.Outcome)
	}
	for i, e := range rv.Checklist {
		c := pdf.Check{Code: fmt.Sprintf("%d", i+1), Description: e.Label, Result: pdf.CheckResult(e.Result), Note: e.Note}
		if e.Result == "" { // an open review, or one closed asking for changes, may leave checks open
			c.Result = pdf.CheckNA
			if c.Note == "" {
				c.Note = "Non verificato"
			}
		}
		d.Checklist = append(d.Checklist, c)
	}
	items, err := c.ExpenseItem.Query().Where(expenseitem.ClaimID(cl.ID)).WithInvoice().WithBody().
		Order(expenseitem.ByBodyField(publicbody.FieldName), expenseitem.ByID()).All(ctx)
	if err != nil {
		return nil, "", err
	}
	for _, it := range items {
		dec := pdf.ItemDecision{InvoiceNumber: it.Edges.Invoice.Number, InvoiceDate: it.Edges.Invoice.IssuedOn,
			Member: it.Edges.Body.Name, Claimed: it.ClaimedCents, Reason: it.CutReason}
		if it.AdmittedCents != nil {
			dec.Admitted = *it.AdmittedCents
		} else {
			dec.Admitted = it.ClaimedCents // pending: shown as claimed until decided
		}
		d.Decisions = append(d.Decisions, dec)
	}
	// The fingerprint covers the data, not the document id or the time.
	h := d
	h.Header = pdf.Header{}
	d.ContentSHA256 = contentHash(h)
	data, err := pdf.ReviewMinutes(d)
	return data, d.ContentSHA256, err
}
