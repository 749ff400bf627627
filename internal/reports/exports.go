package reports

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/opendata"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// Table names of a project's exports.
const (
	TableBudget      = "budget"
	TableAllocations = "allocazioni"
	TableInvoices    = "fatture"
	TableExpenses    = "spese"
	// TableTransparency lists the project's CIGs with their links to
	// ANAC's national database, for "Amministrazione trasparente".
	TableTransparency = "trasparenza"
)

// ProjectTable returns one of a project's tables (TableBudget,
// TableAllocations, TableInvoices, TableExpenses, TableTransparency) as
// "csv" or "xlsx". Each shows what the viewer may read; every member of the
// aggregation reads every member's figures (memberFigures).
func (s *Service) ProjectTable(ctx context.Context, projectID pulid.ID, table, format string) (*File, error) {
	p, err := s.loadProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	var t opendata.Table
	switch table {
	case TableAllocations:
		if err := memberFigures(ctx, p.TenantAggregationID, p.TenantRegionID); err != nil {
			return nil, err
		}
		t, err = s.allocationTable(ctx, p)
	case TableInvoices:
		t, err = s.invoiceTable(ctx, p)
	case TableExpenses:
		t, err = s.expenseTable(ctx, p)
	case TableBudget:
		t, err = s.budgetTable(ctx, p)
	case TableTransparency:
		t, err = s.transparencyTable(ctx, p)
	default:
		return nil, apperr.InvalidField("table", "export.table", fmt.Sprintf("Tabella sconosciuta: %s (budget, allocazioni, fatture, spese, trasparenza).", table))
	}
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	name := fmt.Sprintf("%s-%s.%s", table, strings.ToLower(p.Cup), format)
	switch format {
	case "csv":
		if err := opendata.CSV(&buf, t); err != nil {
			return nil, err
		}
		return &File{Name: name, ContentType: "text/csv; charset=utf-8", Data: buf.Bytes()}, nil
	case "xlsx":
		if err := opendata.XLSX(&buf, t); err != nil {
			return nil, err
		}
		return &File{Name: name, ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Data: buf.Bytes()}, nil
	}
	return nil, apperr.InvalidField("format", "export.format", "Formato sconosciuto: usare csv o xlsx.")
}

func (s *Service) allocationTable(ctx context.Context, p *gen.Project) (opendata.Table, error) {
	sum, err := s.projects.AllocationSummary(ctx, p.ID, nil)
	if err != nil {
		return opendata.Table{}, err
	}
	var rows []opendata.AllocationRow
	for _, m := range sum.Members {
		for _, cf := range m.Categories {
			f := cf.Figures
			rows = append(rows, opendata.AllocationRow{Member: m.Body.Name, CategoryCode: cf.Category.Code, Category: cf.Category.Name,
				Figures: f.Figures})
		}
	}
	return opendata.AllocationTable(rows), nil
}

func (s *Service) invoiceTable(ctx context.Context, p *gen.Project) (opendata.Table, error) {
	invs, err := s.Client(ctx).Invoice.Query().Where(invoice.ProjectID(p.ID)).WithPayments().WithVendor().All(ctx)
	if err != nil {
		return opendata.Table{}, err
	}
	rows := make([]opendata.InvoiceRow, 0, len(invs))
	for _, in := range invs {
		r := opendata.InvoiceRow{Number: in.Number, Date: in.IssuedOn, Vendor: in.SupplierName, VendorVAT: in.SupplierVatID,
			CIG: in.Cig, CUP: in.Cup, Taxable: in.TaxableCents, VAT: in.VatCents, Total: in.TotalCents, SplitPayment: in.SplitPayment}
		for _, py := range in.Edges.Payments {
			r.Paid += py.AmountCents
			if py.ReceiptDate != nil && py.ReceiptDate.After(r.PaidOn) {
				r.PaidOn = *py.ReceiptDate
			}
		}
		rows = append(rows, r)
	}
	return opendata.InvoiceTable(rows), nil
}

func (s *Service) expenseTable(ctx context.Context, p *gen.Project) (opendata.Table, error) {
	items, err := s.Client(ctx).ExpenseItem.Query().Where(expenseitem.HasClaimWith(expenseclaim.ProjectID(p.ID))).
		WithClaim().WithInvoice().WithPayment().WithBody().WithExpenseCategory().All(ctx)
	if err != nil {
		return opendata.Table{}, err
	}
	rows := make([]opendata.ExpenseRow, 0, len(items))
	for _, it := range items {
		inv := it.Edges.Invoice
		r := opendata.ExpenseRow{ClaimNumber: it.Edges.Claim.Number, Member: it.Edges.Body.Name,
			CategoryCode: it.Edges.ExpenseCategory.Code, Category: it.Edges.ExpenseCategory.Name,
			InvoiceNumber: inv.Number, InvoiceDate: inv.IssuedOn, Vendor: inv.SupplierName, VendorVAT: inv.SupplierVatID,
			CIG: inv.Cig, CUP: inv.Cup, Taxable: inv.TaxableCents, VAT: inv.VatCents, Total: inv.TotalCents,
			Charged: it.ClaimedCents, Admitted: it.AdmittedCents}
		if py := it.Edges.Payment; py != nil {
			r.MandateNumber, r.MandateDate, r.ReceiptDate = py.MandateNumber, py.MandateDate, dateOr(py.ReceiptDate)
		}
		rows = append(rows, r)
	}
	return opendata.ExpenseTable(rows), nil
}

func (s *Service) budgetTable(ctx context.Context, p *gen.Project) (opendata.Table, error) {
	bls, err := s.Client(ctx).BudgetLine.Query().Where(budgetline.ApplicationID(p.ApplicationID)).
		WithBody().WithInterventionLine().WithExpenseCategory().All(ctx)
	if err != nil {
		return opendata.Table{}, err
	}
	rows := make([]opendata.BudgetRow, 0, len(bls))
	for _, b := range bls {
		rows = append(rows, opendata.BudgetRow{Member: b.Edges.Body.Name, LineCode: b.Edges.InterventionLine.Code,
			Line: b.Edges.InterventionLine.Name, CategoryCode: b.Edges.ExpenseCategory.Code,
			Category: b.Edges.ExpenseCategory.Name, Year: b.Year, Amount: b.AmountCents})
	}
	return opendata.BudgetTable(rows), nil
}

// party describes a body for the exports.
func party(b *gen.PublicBody) opendata.Party {
	if b == nil {
		return opendata.Party{}
	}
	return opendata.Party{Name: b.Name, TaxCode: deref(b.CodiceFiscale), Email: b.Pec}
}

// vendorOf describes a vendor (and its grouping's members) for the exports.
func vendorOf(v *gen.Vendor) opendata.Vendor {
	out := opendata.Vendor{Party: opendata.Party{Name: v.Name, VATNumber: deref(v.VatID), TaxCode: deref(v.CodiceFiscale), Email: v.Pec}}
	for _, m := range v.Edges.GroupingMembers {
		if m.Edges.Member == nil {
			continue
		}
		role := opendata.RoleMandante
		if m.Role == "MANDATARIA" {
			role = opendata.RoleMandataria
		}
		out.Members = append(out.Members, opendata.GroupMember{Party: opendata.Party{Name: m.Edges.Member.Name,
			VATNumber: deref(m.Edges.Member.VatID), TaxCode: deref(m.Edges.Member.CodiceFiscale)}, Role: role})
	}
	return out
}

func withVendor(q *gen.VendorQuery) {
	q.WithGroupingMembers(func(q *gen.GroupingMemberQuery) { q.WithMember() })
}

// lotsOf loads procedures with everything the open-data exports show.
func (s *Service) lotsOf(ctx context.Context, where ...func(*gen.ProcurementQuery)) ([]*gen.Procurement, error) {
	q := s.Client(ctx).Procurement.Query().WithRunningBody().
		WithLots(func(q *gen.LotQuery) {
			q.Order(lot.ByNumber()).WithAwardedVendor(withVendor).WithBidders(withVendor).WithInvitedVendors(withVendor).
				WithContracts(func(q *gen.ContractQuery) {
					q.Order(contract.ByCreatedAt()).WithVendor(withVendor).WithInvoices(func(q *gen.InvoiceQuery) { q.WithPayments() })
				})
		}).Order(procurement.ByCreatedAt(), procurement.ByID())
	for _, w := range where {
		w(q)
	}
	return q.All(ctx)
}

// OCDS returns a project's procedures, awards, contracts and payments as an
// OCDS 1.1 release package. Whoever may read the project may download it.
func (s *Service) OCDS(ctx context.Context, projectID pulid.ID, baseURL string) (*File, error) {
	p, err := s.loadProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	procs, err := s.lotsOf(ctx, func(q *gen.ProcurementQuery) { q.Where(procurement.ProjectID(p.ID)) })
	if err != nil {
		return nil, err
	}
	for _, b := range []*gen.PublicBody{p.Edges.Aggregation.Edges.Lead, p.Edges.Call.Edges.Issuer} {
		if err := needsTaxCode(b); err != nil {
			return nil, err
		}
	}
	d := opendata.OCDSData{
		OCIDPrefix: "ocds-capofila", URI: fmt.Sprintf("%s/exports/projects/%s/ocds.json", strings.TrimRight(baseURL, "/"), p.ID),
		PublishedDate: s.Now(), Publisher: opendata.Publisher{Name: "Capofila – " + p.Edges.Aggregation.Edges.Lead.Name},
		License: "https://creativecommons.org/licenses/by/4.0/",
		Buyer:   party(p.Edges.Aggregation.Edges.Lead), Funder: party(p.Edges.Call.Edges.Issuer),
		Project: opendata.OCDSProject{CUP: p.Cup, Title: p.Title, Budget: p.GrantedCents},
	}
	for _, pc := range procs {
		for _, l := range pc.Edges.Lots {
			ol := opendata.OCDSLot{CIG: l.Cig, Title: l.Title, Description: pc.Title, Procedure: procurementlaw.Procedure(pc.ProcedureType),
				Object: procurementlaw.Object(pc.ObjectType), BaseAmount: l.BaseCents}
			if pc.Cpv != "" {
				ol.CPV = []opendata.CPV{{Code: pc.Cpv}}
			}
			if rb := pc.Edges.RunningBody; rb != nil && rb.ID != p.Edges.Aggregation.LeadID {
				pe := party(rb)
				ol.ProcuringEntity = &pe
			}
			for _, v := range l.Edges.Bidders {
				ol.Tenderers = append(ol.Tenderers, vendorOf(v))
			}
			if l.AwardCents != nil && l.Edges.AwardedVendor != nil {
				ol.Award = &opendata.OCDSAward{Date: dateOr(l.AwardedOn), Amount: *l.AwardCents, Suppliers: []opendata.Vendor{vendorOf(l.Edges.AwardedVendor)}}
				for _, ct := range l.Edges.Contracts {
					oc := opendata.OCDSContract{Number: ct.Reference, Title: l.Title, Status: opendata.ContractStatus(ct.Status),
						DateSigned: dateOr(ct.SignedOn), Net: ct.NetCents, VAT: ct.VatCents, Start: dateOr(ct.StartsOn), End: dateOr(ct.EndsOn)}
					for _, in := range ct.Edges.Invoices {
						for _, py := range in.Edges.Payments {
							oc.Payments = append(oc.Payments, ocdsPayment(py))
						}
					}
					slices.SortFunc(oc.Payments, func(a, b opendata.OCDSPayment) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID)) })
					ol.Contracts = append(ol.Contracts, oc)
				}
			}
			d.Lots = append(d.Lots, ol)
		}
	}
	data, err := opendata.OCDS(d)
	if err != nil {
		return nil, err
	}
	return &File{Name: fmt.Sprintf("ocds-%s.json", strings.ToLower(p.Cup)), ContentType: "application/json", Data: data}, nil
}

// ocdsPayment is a payment as an OCDS transaction: what the supplier
// received is paid to the supplier (the contract's default payee); the VAT
// of a split-payment invoice and the withholding tax, paid by F24, are paid
// to the Treasury, never shown as the supplier's.
func ocdsPayment(py *gen.Payment) opendata.OCDSPayment {
	out := opendata.OCDSPayment{ID: string(py.ID), Date: cmp.Or(dateOr(py.ReceiptDate), py.MandateDate), Amount: py.AmountCents}
	if py.Kind != payment.KindSUPPLIER {
		treasury := opendata.Treasury
		out.Payee = &treasury
	}
	return out
}

// ANAC190 returns the L.190/2012 dataset of the procedures a body ran in a
// year (by start date). Whoever may read those procedures may download it;
// the dataset holds only what the viewer reads.
// ANAC190 returns the L.190/2012 dataset of a body for a reference year up
// to 2023 (export.ANACLastYear): every lot of the procedures the body ran
// that started by 31 December of the year and was not completed before it
// began (see lotCompletedOn), so a lot appears each year until its
// completion; importoSommeLiquidate is what was paid on the lot's invoices
// net of VAT by mandates dated up to 31 December of the year. A year from
// 2024 is INVALID (export.anac_from_2024): ANAC takes those data from its
// national database (BDNCP), and "Amministrazione trasparente" links each
// procedure to its record there, which the project's transparency table
// lists. Whoever may read those procedures may download it; the dataset
// holds only what the viewer reads.
func (s *Service) ANAC190(ctx context.Context, bodyID pulid.ID, year int, baseURL string) (*File, error) {
	if year < 2012 || year > 2100 {
		return nil, apperr.InvalidField("year", "export.year", "Anno di riferimento non valido: il file della L. 190/2012 riguarda gli anni dal 2012 al 2023.")
	}
	if year > opendata.ANACLastYear {
		return nil, apperr.InvalidField("year", "export.anac_from_2024", fmt.Sprintf(
			"Per l'anno %d l'ANAC non riceve più il file XML della L. 190/2012: dal 1° gennaio 2024 i dati di ogni procedura arrivano "+
				"alla Banca dati nazionale dei contratti pubblici (BDNCP) attraverso le piattaforme di approvvigionamento digitale certificate "+
				"(art. 28 D.Lgs. 36/2023; delibera ANAC n. 264/2023, modificata dalla n. 601/2023), e in «Amministrazione trasparente» "+
				"si pubblica il collegamento alla scheda di ogni procedura nella BDNCP. Scaricare la tabella della trasparenza del progetto "+
				"(trasparenza.csv o trasparenza.xlsx), che per ogni CIG riporta il collegamento alla sua scheda ANAC. "+
				"Il file XML resta disponibile per gli anni fino al %d.", year, opendata.ANACLastYear))
	}
	b, err := s.Client(ctx).PublicBody.Get(ctx, bodyID)
	if err != nil {
		return nil, err
	}
	if err := needsTaxCode(b); err != nil {
		return nil, err
	}
	from, to := civil.New(year, 1, 1), civil.New(year, 12, 31)
	procs, err := s.lotsOf(ctx, func(q *gen.ProcurementQuery) {
		q.Where(procurement.RunningBodyID(bodyID), procurement.StartedOnLTE(to))
	})
	if err != nil {
		return nil, err
	}
	today := civil.Of(s.Now().In(civil.Rome))
	d := opendata.ANACData{Title: "Pubblicazione 1 legge 190", Abstract: fmt.Sprintf("Pubblicazione 1 legge 190 anno rif. %d – %s", year, b.Name),
		PublishedOn: today, Publisher: b.Name, UpdatedOn: today, Year: year, License: "IODL",
		URL: fmt.Sprintf("%s/exports/bodies/%s/anac190-%d.xml", strings.TrimRight(baseURL, "/"), b.ID, year), Body: party(b)}
	for _, pc := range procs {
		if pc.StartedOn == nil {
			continue
		}
		for _, l := range pc.Edges.Lots {
			if done := lotCompletedOn(pc, l); !done.IsZero() && done.Before(from) {
				continue // completed in an earlier year
			}
			al := opendata.ANACLot{CIG: l.Cig, Object: l.Title, Procedure: procurementlaw.Procedure(pc.ProcedureType)}
			for _, v := range l.Edges.Bidders {
				al.Participants = append(al.Participants, vendorOf(v))
			}
			if l.Edges.AwardedVendor != nil {
				al.Awardees = []opendata.Vendor{vendorOf(l.Edges.AwardedVendor)}
				if len(al.Participants) == 0 {
					al.Participants = al.Awardees
				}
			}
			if l.AwardCents != nil {
				al.AwardAmount = *l.AwardCents
			}
			for _, ct := range l.Edges.Contracts {
				if al.Start.IsZero() {
					al.Start, al.End = dateOr(ct.StartsOn), dateOr(ct.EndsOn)
				}
			}
			if al.Paid, err = paidNetOfVAT(l.Edges.Contracts, to); err != nil {
				return nil, err
			}
			d.Lots = append(d.Lots, al)
		}
	}
	data, err := opendata.ANAC190(d)
	if err != nil {
		return nil, err
	}
	return &File{Name: fmt.Sprintf("anac190-%s-%d.xml", slug(b.Name), year), ContentType: "application/xml", Data: data}, nil
}

// needsTaxCode refuses an export that must identify a body without its
// codice fiscale.
func needsTaxCode(b *gen.PublicBody) error {
	if b != nil && deref(b.CodiceFiscale) == "" {
		return apperr.InvalidField("codiceFiscale", "export.tax_code", fmt.Sprintf(
			"Manca il codice fiscale di %s: l'esportazione lo richiede. Completa l'anagrafica dell'ente.", b.Name))
	}
	return nil
}
