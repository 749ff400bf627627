package reports

import (
	"cmp"
	"context"
	"fmt"
	"github.com/capofila/capofila/internal/population"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/pdf"
)

// Dossier returns an application's dossier (domanda). A submitted
// application's dossier is its frozen copy; a draft's is rendered on
// demand and marked as a draft. Whoever may read the application and its
// budget may download it.
func (s *Service) Dossier(ctx context.Context, appID pulid.ID) (*File, error) {
	app, err := s.applicationOf(ctx, appID)
	if err != nil {
		return nil, err
	}
	if app.Status == application.StatusDRAFT || app.SubmittedAt == nil {
		data, _, err := s.renderDossier(ctx, app, "BOZZA – non presentata")
		if err != nil {
			return nil, err
		}
		return &File{Name: "domanda-bozza.pdf", ContentType: "application/pdf", Data: data}, nil
	}
	return s.FreezeApplication(ctx, appID)
}

// FreezeApplication renders and stores the frozen dossier of a submitted
// application, or returns the one stored for its latest submission. The
// application services call it at submission.
func (s *Service) FreezeApplication(ctx context.Context, appID pulid.ID) (*File, error) {
	app, err := s.applicationOf(ctx, appID)
	if err != nil {
		return nil, err
	}
	if app.SubmittedAt == nil || app.Status == application.StatusDRAFT {
		return nil, apperr.E(apperr.Conflict, "La domanda non è stata presentata: non ha una copia depositata.")
	}
	d, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasApplicationWith(application.ID(app.ID)), document.KindEQ(document.KindAPPLICATION_DOSSIER),
			document.CreatedAtGTE(*app.SubmittedAt)).Order(gen.Desc(document.FieldCreatedAt))
	})
	if err != nil {
		return nil, err
	}
	if d != nil {
		return s.serveFrozen(d)
	}
	id := pulid.New("DC")
	data, fingerprint, err := s.renderDossier(ctx, app, string(id))
	if err != nil {
		return nil, err
	}
	return s.freeze(ctx, id, "domanda.pdf", data, fingerprint, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(app.AggregationID).SetKind(document.KindAPPLICATION_DOSSIER).SetApplicationID(app.ID)
	})
}

// renderDossier renders an application's dossier and returns it with the
// content fingerprint printed on its cover.
func (s *Service) renderDossier(ctx context.Context, app *gen.Application, docID string) ([]byte, string, error) {
	c := s.Client(ctx)
	cl, ag := app.Edges.Call, app.Edges.Aggregation
	lines := slices.Clone(cl.Edges.InterventionLines)
	sortLines(lines)
	cats := slices.Clone(cl.Edges.ExpenseCategories)
	sortCats(cats)
	d := pdf.DossierData{
		Header: pdf.Header{RegionName: cl.Edges.Issuer.Name, LeadName: ag.Edges.Lead.Name, CallTitle: cl.Title,
			DocumentID: docID, GeneratedAt: s.Now()},
		AggregationName: ag.Name, ProjectTitle: app.Title, Place: placeOf(ag.Edges.Lead.Name),
		LegalRepresentative: "Il legale rappresentante dell'ente capofila", Date: civil.Of(s.Now().In(civil.Rome)),
	}
	if app.SubmittedAt != nil {
		d.Date = civil.Of(app.SubmittedAt.In(civil.Rome))
	}
	lineCode, catCode := map[pulid.ID]string{}, map[pulid.ID]string{}
	for _, l := range lines {
		d.Lines = append(d.Lines, pdf.Line{Code: l.Code, Title: l.Name})
		lineCode[l.ID] = l.Code
	}
	for _, k := range cats {
		d.Categories = append(d.Categories, pdf.Category{Code: k.Code, Title: k.Name})
		catCode[k.ID] = k.Code
	}
	ms, err := c.Membership.Query().Where(membership.AggregationID(ag.ID), membership.LeftOnIsNil()).WithBody().All(ctx)
	if err != nil {
		return nil, "", err
	}
	bls, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(app.ID)).All(ctx)
	if err != nil {
		return nil, "", err
	}
	budget, total := budgetByMember(bls, lineCode, catCode)
	bodies := make([]*gen.PublicBody, len(ms))
	for i, m := range ms {
		bodies[i] = m.Edges.Body
	}
	// The populations the call names (or the members' common latest), as
	// the application's per-inhabitant figures count them.
	basis, err := population.Resolve(ctx, c, bodies, cl.PopulationYear, nil)
	if err != nil {
		return nil, "", err
	}
	if basis.Year != nil {
		d.PopulationBasis = basis.Label()
	}
	slices.SortFunc(ms, func(a, b *gen.Membership) int {
		return cmp.Or(-cmp.Compare(btoi(a.BodyID == ag.LeadID), btoi(b.BodyID == ag.LeadID)), cmp.Compare(a.Edges.Body.Name, b.Edges.Body.Name))
	})
	for _, m := range ms {
		b := m.Edges.Body
		dm := pdf.DossierMember{Member: memberOf(b), Lead: b.ID == ag.LeadID, Budget: budgetAmounts(budget[b.ID])}
		dm.Population = basis.ByBody[b.ID]
		d.Members = append(d.Members, dm)
	}
	// The grant: the project's when funded, else what the call funds of it,
	// rounded as the application's totals round it (funding.Check).
	d.Grant = money.BasisPoints(total, int64(cl.CofinancingRateBp))
	if p, err := app.QueryProject().Only(ctx); err == nil {
		d.Grant = p.GrantedCents
	}
	// The fingerprint covers the data, not the document id or the time.
	h := d
	h.Header = pdf.Header{}
	d.ContentSHA256 = contentHash(h)
	data, err := pdf.Dossier(d)
	return data, d.ContentSHA256, err
}

// budgetByMember adds an application's budget lines up by member, line
// code and category code, and in total.
func budgetByMember(bls []*gen.BudgetLine, lineCode, catCode map[pulid.ID]string) (map[pulid.ID]map[[2]string]int64, int64) {
	budget := map[pulid.ID]map[[2]string]int64{}
	var total int64
	for _, b := range bls {
		if budget[b.BodyID] == nil {
			budget[b.BodyID] = map[[2]string]int64{}
		}
		budget[b.BodyID][[2]string{lineCode[b.InterventionLineID], catCode[b.ExpenseCategoryID]}] += b.AmountCents
		total += b.AmountCents
	}
	return budget, total
}

// budgetAmounts lists a member's budget by line and category code.
func budgetAmounts(budget map[[2]string]int64) []pdf.BudgetAmount {
	keys := make([][2]string, 0, len(budget))
	for k := range budget {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]string) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	var out []pdf.BudgetAmount
	for _, k := range keys {
		out = append(out, pdf.BudgetAmount{Line: k[0], Category: k[1], Amount: budget[k]})
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

var kindLabels = map[publicbody.Kind]string{"COMUNE": "Comune", "UNIONE_COMUNI": "Unione di Comuni"}

func memberOf(b *gen.PublicBody) pdf.Member {
	k := kindLabels[b.Kind]
	if k == "" {
		k = string(b.Kind)
	}
	return pdf.Member{Name: b.Name, Province: b.ProvinceCode, Kind: k, Population: derefInt(b.Population)}
}

// MemberStatement returns one member's allocation statement (scheda ente):
// its allocation, commitments, invoices, payments and deliverables. Every
// member of the aggregation (lead managers and member referents), the
// Region and admins may download any member's; the deliverables are listed
// only to those who read them (the body's referents, the lead, the Region),
// and said withheld to the other members' referents.
func (s *Service) MemberStatement(ctx context.Context, projectID, bodyID pulid.ID) (*File, error) {
	d, err := s.MemberStatementData(ctx, projectID, bodyID)
	if err != nil {
		return nil, err
	}
	data, err := pdf.MemberStatement(*d)
	if err != nil {
		return nil, err
	}
	return &File{Name: fmt.Sprintf("scheda-%s.pdf", slug(d.Member.Name)), ContentType: "application/pdf", Data: data}, nil
}

// MemberStatementData assembles what a member statement shows, read as the
// viewer, with the rights of MemberStatement.
func (s *Service) MemberStatementData(ctx context.Context, projectID, bodyID pulid.ID) (*pdf.MemberStatementData, error) {
	c := s.Client(ctx)
	p, err := s.loadProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	if err := memberFigures(ctx, p.TenantAggregationID, p.TenantRegionID); err != nil {
		return nil, err
	}
	sum, err := s.projects.AllocationSummary(ctx, p.ID, &bodyID)
	if err != nil {
		return nil, err
	}
	m := sum.Members[0]
	regionName, leadName, callTitle := header(p)
	d := pdf.MemberStatementData{
		Header: pdf.Header{RegionName: regionName, LeadName: leadName, CallTitle: callTitle,
			DocumentID: fmt.Sprintf("%s/%s", p.ID, bodyID), GeneratedAt: s.Now()},
		Member: memberOf(m.Body), ProjectTitle: p.Title, CUP: p.Cup, AsOf: civil.Of(s.Now().In(civil.Rome)),
	}
	// The figure the project's per-inhabitant amounts use.
	d.Member.Population = m.Figures.Population
	if sum.PopulationYear != nil {
		d.PopulationBasis = population.Label(sum.PopulationYear)
	}
	catName := map[pulid.ID]string{}
	for _, cf := range m.Categories {
		catName[cf.Category.ID] = cf.Category.Name
		f := cf.Figures
		d.Categories = append(d.Categories, pdf.CategoryStatement{Category: cf.Category.Name, Figures: f.Figures})
	}
	if d.CostShares, err = s.memberCostShares(ctx, p.ID, bodyID); err != nil {
		return nil, err
	}
	ishares, err := c.InvoiceShare.Query().Where(invoiceshare.BodyID(bodyID), invoiceshare.HasInvoiceWith(invoice.ProjectID(p.ID))).
		WithInvoice(func(q *gen.InvoiceQuery) {
			q.WithPayments(func(q *gen.PaymentQuery) { q.Order(payment.ByMandateDate()) })
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(ishares, func(a, b *gen.InvoiceShare) int {
		return cmp.Or(a.Edges.Invoice.IssuedOn.Compare(b.Edges.Invoice.IssuedOn), cmp.Compare(a.Edges.Invoice.Number, b.Edges.Invoice.Number))
	})
	for _, sh := range ishares {
		inv := sh.Edges.Invoice
		row := pdf.MemberInvoice{Number: inv.Number, Date: inv.IssuedOn, Vendor: inv.SupplierName, VendorVAT: inv.SupplierVatID,
			CIG: inv.Cig, Total: inv.TotalCents, Charged: sh.AmountCents}
		if sh.ExpenseCategoryID != nil {
			row.Category = catName[*sh.ExpenseCategoryID]
		}
		d.Invoices = append(d.Invoices, row)
		for _, py := range inv.Edges.Payments {
			d.Payments = append(d.Payments, pdf.Payment{MandateNumber: mandateLabel(py), MandateDate: py.MandateDate,
				Invoice: inv.Number, Amount: py.AmountCents, ReceiptDate: dateOr(py.ReceiptDate)})
		}
	}
	lines := map[pulid.ID]string{}
	for _, l := range p.Edges.Call.Edges.InterventionLines {
		lines[l.ID] = l.Code
	}
	if !readsDeliverablesOf(ctx, p.TenantAggregationID, p.TenantRegionID, bodyID) {
		d.DeliverablesWithheld = true
		return &d, nil
	}
	dels, err := c.Deliverable.Query().Where(deliverable.ProjectID(p.ID), deliverable.BodyID(bodyID)).
		Order(deliverable.ByDueOn(), deliverable.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, dv := range dels {
		d.Deliverables = append(d.Deliverables, pdf.Deliverable{Line: lines[dv.InterventionLineID], Title: dv.Title,
			Due: dateOr(dv.DueOn), Status: pdf.DeliverableStatus(dv.Status)})
	}
	return &d, nil
}

// memberCostShares are a member's shares of the project's contracts (not
// terminated).
func (s *Service) memberCostShares(ctx context.Context, projectID, bodyID pulid.ID) ([]pdf.CostShare, error) {
	shares, err := s.Client(ctx).CostShare.Query().Where(costshare.BodyID(bodyID),
		costshare.HasContractWith(contract.StatusNEQ(contract.StatusTERMINATED), contract.HasLotWith(lot.HasProcurementWith(procurement.ProjectID(projectID))))).
		WithContract(func(q *gen.ContractQuery) { q.WithVendor().WithLot() }).Order(costshare.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []pdf.CostShare
	for _, sh := range shares {
		ct := sh.Edges.Contract
		out = append(out, pdf.CostShare{Contract: ct.Reference, CIG: ct.Edges.Lot.Cig,
			Vendor: ct.Edges.Vendor.Name, VendorVAT: deref(ct.Edges.Vendor.VatID), Amount: sh.AmountCents})
	}
	return out, nil
}

// mandateLabel is a payment's mandate number, with what it paid when it
// is not the supplier: the VAT of a split-payment invoice or the
// withholding tax, paid to the Treasury by F24.
func mandateLabel(py *gen.Payment) string {
	switch py.Kind {
	case payment.KindVAT_F24:
		return py.MandateNumber + " (F24 IVA)"
	case payment.KindWITHHOLDING_F24:
		return py.MandateNumber + " (F24 ritenuta)"
	}
	return py.MandateNumber
}

// slug makes a file-name part of a body's name.
func slug(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			out = append(out, r)
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		case len(out) > 0 && out[len(out)-1] != '-':
			out = append(out, '-')
		}
	}
	return string(out)
}
