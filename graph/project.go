package graph

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
)

func awardInput(in model.AwardLotInput) contracting.AwardInput {
	return contracting.AwardInput{VendorID: in.VendorID, AwardCents: in.AwardCents, AwardedOn: in.AwardedOn,
		InvitedIDs: in.InvitedIDs, BidderIDs: in.BidderIDs}
}

func splitInput(in *model.ContractSplitInput) contracting.SplitInput {
	out := contracting.SplitInput{Method: in.Method, ExpenseCategoryID: in.ExpenseCategoryID}
	for _, s := range in.Shares {
		out.Shares = append(out.Shares, contracting.ShareInput{BodyID: s.BodyID, AmountCents: s.AmountCents})
	}
	return out
}

func contractInput(in model.SignContractInput) contracting.ContractInput {
	return contracting.ContractInput{LotID: in.LotID, VendorID: in.VendorID, Reference: deref(in.Reference),
		SignedOn: in.SignedOn, StartsOn: in.StartsOn, EndsOn: in.EndsOn, NetCents: in.NetCents,
		VATCents: deref64(in.VatCents), InterventionLineID: in.InterventionLineID, Split: splitInput(in.Split)}
}

func invoiceInput(in model.RegisterInvoiceInput) invoicing.InvoiceInput {
	out := invoicing.InvoiceInput{ProjectID: in.ProjectID, SupplierVATID: in.SupplierVatID, SupplierName: deref(in.SupplierName),
		BuyerCodiceFiscale: deref(in.BuyerCodiceFiscale), BuyerOfficeCode: deref(in.BuyerOfficeCode),
		DocumentType: deref(in.DocumentType), Number: in.Number, IssuedOn: in.IssuedOn, CIG: deref(in.Cig), CUP: deref(in.Cup),
		TaxableCents: in.TaxableCents, VATCents: deref64(in.VatCents), StampCents: deref64(in.StampDutyCents),
		WithholdingCents: deref64(in.WithholdingCents), TotalCents: in.TotalCents, DueOn: in.DueOn,
		CreditedInvoiceID: in.CreditedInvoiceID}
	if in.SplitPayment != nil {
		out.SplitPayment = *in.SplitPayment
	}
	return out
}

func invoiceImportResult(res *invoicing.ImportResult, err error) (*model.InvoiceImportResult, error) {
	if err != nil {
		return nil, err
	}
	out := &model.InvoiceImportResult{Invoices: res.Invoices}
	if out.Invoices == nil {
		out.Invoices = []*gen.Invoice{}
	}
	out.Skipped, out.Discarded = skippedInvoices(append(res.Skipped, res.Discarded...))
	return out, nil
}

func deliverableInput(in model.DefineDeliverableInput) project.DeliverableDefinition {
	return project.DeliverableDefinition{ProjectID: in.ProjectID, InterventionLineID: in.InterventionLineID,
		Title: in.Title, Description: deref(in.Description), DueOn: in.DueOn, BodyIDs: in.BodyIDs}
}

func claimInput(projectID pulid.ID, in model.ExpenseClaimInput) claims.ClaimInput {
	return claims.ClaimInput{ProjectID: projectID, PeriodStart: in.PeriodStart, PeriodEnd: in.PeriodEnd, Narrative: deref(in.Narrative), Version: in.Version}
}

func itemInputs(in []*model.ExpenseItemInput) []claims.ItemInput {
	out := make([]claims.ItemInput, len(in))
	for i, it := range in {
		out[i] = claims.ItemInput{InvoiceID: it.InvoiceID, BodyID: it.BodyID, ExpenseCategoryID: it.ExpenseCategoryID,
			InterventionLineID: it.InterventionLineID, ClaimedCents: it.ClaimedCents}
	}
	return out
}

func checklistResults(in []*model.ChecklistResultInput) []schematype.ChecklistEntry {
	out := make([]schematype.ChecklistEntry, len(in))
	for i, r := range in {
		out[i] = schematype.ChecklistEntry{Key: r.Key, Result: r.Result, Note: deref(r.Note)}
	}
	return out
}

func savingsOf(ctx context.Context, pc *gen.Procurement) (*model.ProcurementSavings, error) {
	lots, err := pc.QueryLots().All(ctx)
	if err != nil {
		return nil, err
	}
	s := contracting.SavingsOf(pc, lots)
	return &model.ProcurementSavings{AwardCents: s.AwardCents, SavingsCents: s.SavingsCents, SavingsBp: intOf(s.SavingsBp),
		JointSavingsCents: s.JointSavingsCents, JointSavingsBp: intOf(s.JointSavingsBp)}, nil
}

func intOf(p *int64) *int {
	if p == nil {
		return nil
	}
	v := int(*p)
	return &v
}

func figuresOf(f project.Figures) *model.AllocationFigures {
	return &model.AllocationFigures{
		AllocatedCents: f.Allocated, CommittedCents: f.Committed, InvoicedCents: f.Invoiced, PaidCents: f.Paid,
		ClaimedCents: f.Claimed, AdmittedCents: f.Admitted, RemainingCents: f.Remaining(), SpentBp: int(f.SpentBp()),
		Population: f.Population, AllocatedPerInhabitantCents: f.AllocatedPerInhabitant(), PaidPerInhabitantCents: f.PaidPerInhabitant(),
	}
}

func categoriesOf(cs []project.CategoryFigures) []*model.CategoryAllocation {
	out := make([]*model.CategoryAllocation, len(cs))
	for i, c := range cs {
		out[i] = &model.CategoryAllocation{ExpenseCategory: c.Category, Figures: figuresOf(c.Figures)}
	}
	return out
}

func linesOf(ls []project.LineFigures) []*model.LineAllocation {
	out := make([]*model.LineAllocation, len(ls))
	for i, l := range ls {
		out[i] = &model.LineAllocation{InterventionLine: l.Line, Figures: figuresOf(l.Figures)}
	}
	return out
}

func summaryOf(s *project.Summary, err error) (*model.AllocationSummary, error) {
	if err != nil {
		return nil, err
	}
	out := &model.AllocationSummary{Project: s.Project, PopulationYear: s.PopulationYear, Totals: figuresOf(s.Totals), Categories: categoriesOf(s.Categories),
		Lines: linesOf(s.Lines), Members: make([]*model.MemberAllocation, len(s.Members))}
	for i, m := range s.Members {
		out.Members[i] = &model.MemberAllocation{Body: m.Body, Figures: figuresOf(m.Figures), Categories: categoriesOf(m.Categories), Lines: linesOf(m.Lines)}
	}
	return out, nil
}

func overdueOf(o *project.Overdue, err error) (*model.OverdueItems, error) {
	if err != nil {
		return nil, err
	}
	out := &model.OverdueItems{Deliverables: o.Deliverables, Milestones: o.Milestones}
	if out.Deliverables == nil {
		out.Deliverables = []*gen.Deliverable{}
	}
	if out.Milestones == nil {
		out.Milestones = []*gen.Milestone{}
	}
	return out, nil
}

// clampLimit keeps a list limit between 1 and 100 (50 when absent).
func clampLimit(p *int) int {
	if p == nil {
		return 50
	}
	return min(max(*p, 1), 100)
}

func uploadReader(f *graphql.Upload) io.Reader {
	if f == nil {
		return nil
	}
	return f.File
}

func verificationOf(v *reports.Verification, err error) (*model.DocumentVerification, error) {
	if err != nil {
		return nil, err
	}
	out := &model.DocumentVerification{Matches: v.Matches, Sha256: v.SHA256, Kind: v.Kind, StoredAt: v.StoredAt, Document: v.Document}
	if v.MatchedBy != "" {
		by := model.DocumentFingerprint(v.MatchedBy)
		out.MatchedBy = &by
	}
	return out, nil
}

func claimTotalsOf(t *claims.ClaimTotals, err error) (*model.ClaimTotals, error) {
	if err != nil {
		return nil, err
	}
	return &model.ClaimTotals{Items: t.Items, Pending: t.Pending, ClaimedCents: t.Claimed, AdmittedCents: t.Admitted, CutCents: t.Cut}, nil
}

func decisionsOf(in []*model.ExpenseDecisionInput) []claims.Decision {
	out := make([]claims.Decision, len(in))
	for i, d := range in {
		out[i] = claims.Decision{ItemID: d.ID, AdmittedCents: d.AdmittedCents, Reason: deref(d.Reason)}
	}
	return out
}

func modificationInput(in model.ProposeContractModificationInput) contracting.ModificationInput {
	return contracting.ModificationInput{ContractID: in.ContractID, ContractVersion: in.ContractVersion, Basis: in.Basis,
		ActNumber: deref(in.ActNumber), ActDate: in.ActDate, Reason: in.Reason, NetCents: in.NetCents,
		VATCents: in.VatCents, EndsOn: in.EndsOn}
}
