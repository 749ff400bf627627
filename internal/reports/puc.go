package reports

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/opendata"
	"github.com/capofila/capofila/internal/procurementlaw"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/puc"
)

// PUCFeed builds the national monitoring feed (Protocollo Unico di
// Colloquio) of one project, read as the viewer, and the problems the
// builder and the validator found. It shows every member's data: the
// aggregation's lead managers, the Region's officers and auditors and
// admins may build it (FORBIDDEN report.whole_project otherwise); a call
// whose monitoring settings cannot be read is INVALID (puc.settings).
func (s *Service) PUCFeed(ctx context.Context, projectID pulid.ID) (*puc.Feed, []puc.Problem, error) {
	p, err := s.loadProject(ctx, projectID)
	if err != nil {
		return nil, nil, err
	}
	if err := wholeProject(ctx, p.TenantAggregationID, p.TenantRegionID); err != nil {
		return nil, nil, err
	}
	in, err := s.pucInput(ctx, p)
	if err != nil {
		return nil, nil, err
	}
	f, ps := puc.Build(in)
	return f, append(ps, puc.Validate(f)...), nil
}

// PUC returns a project's feed as a zip of the family files and the
// validation report. An invalid feed is refused (INVALID puc.invalid, the
// problems as details) unless draft asks for a draft (bozza), which is
// marked as such in the zip.
func (s *Service) PUC(ctx context.Context, projectID pulid.ID, draft bool) (*File, error) {
	f, ps, err := s.PUCFeed(ctx, projectID)
	if err != nil {
		return nil, err
	}
	p, err := s.Client(ctx).Project.Get(ctx, projectID)
	if err != nil {
		return nil, err
	}
	return s.pucZip(f, ps, draft, "puc-"+strings.ToLower(p.Cup))
}

// PUCRegion returns the feed of a Region's portfolio: every project of the
// calls the Region issued that the viewer reads, merged (a call's PA00 and
// PA01 once). Only the Region's officers and auditors and admins may build
// it (FORBIDDEN puc.region_scope).
func (s *Service) PUCRegion(ctx context.Context, regionID pulid.ID, draft bool) (*File, error) {
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, authz.ErrUnauthenticated
	}
	allowed := v.IsAdmin() || v.IsSystem()
	for _, g := range v.Grants {
		if (g.Role == authz.RegionOfficer || g.Role == authz.Auditor) && g.RegionBodyID == regionID {
			allowed = true
		}
	}
	if !allowed {
		return nil, &apperr.Error{Code: apperr.Forbidden, Rule: "puc.region_scope",
			Message: "Il tracciato di monitoraggio del portafoglio di una Regione è riservato ai suoi funzionari e revisori e agli amministratori."}
	}
	region, err := s.Client(ctx).PublicBody.Get(ctx, regionID)
	if err != nil {
		return nil, err
	}
	ids, err := s.Client(ctx).Project.Query().Where(project.HasCallWith(call.IssuerID(regionID))).
		Order(project.ByCup()).IDs(ctx)
	if err != nil {
		return nil, err
	}
	all := puc.NewFeed()
	var ps []puc.Problem
	for _, id := range ids {
		f, fps, err := s.PUCFeed(ctx, id)
		if err != nil {
			return nil, err
		}
		all.Merge(f)
		for _, p := range fps {
			if p.Rule == puc.RuleSource || p.Record == 0 {
				ps = append(ps, p)
			}
		}
	}
	// Record numbers are those of the merged files.
	for _, p := range puc.Validate(all) {
		if p.Record != 0 {
			ps = append(ps, p)
		}
	}
	return s.pucZip(all, ps, draft, "puc-"+slug(region.Name))
}

func (s *Service) pucZip(f *puc.Feed, ps []puc.Problem, draft bool, name string) (*File, error) {
	if puc.Invalid(ps) && !draft {
		return nil, pucInvalid(ps)
	}
	if draft {
		name += "-bozza"
	}
	var buf bytes.Buffer
	if err := f.Zip(&buf, ps, draft, s.Now()); err != nil {
		return nil, err
	}
	return &File{Name: name + ".zip", ContentType: "application/zip", Data: buf.Bytes()}, nil
}

// pucInvalid is the refusal of an invalid feed, every error a detail.
func pucInvalid(ps []puc.Problem) error {
	e := &apperr.Error{Code: apperr.Invalid, Rule: "puc.invalid"}
	for _, p := range ps {
		if p.Warning {
			continue
		}
		e.Details = append(e.Details, apperr.Detail{Rule: p.Rule, Message: p.Message, Field: p.Field,
			Facts: map[string]any{"family": p.Family, "record": p.Record}})
	}
	e.Message = fmt.Sprintf("Il tracciato di monitoraggio ha %d errori e non può essere trasmesso: correggere i dati o scaricare una bozza (bozza=1). Primo errore: %s %s %s.",
		len(e.Details), e.Details[0].Facts["family"], e.Details[0].Field, e.Details[0].Message)
	return e
}

// pucInput reads a project's data for the feed, as the viewer.
func (s *Service) pucInput(ctx context.Context, p *gen.Project) (puc.Input, error) {
	c := s.Client(ctx)
	cl := p.Edges.Call
	set, err := puc.ParseSettings(string(cl.Fund), puc.SettingsLines(cl.PucSettings))
	if err != nil {
		return puc.Input{}, apperr.InvalidField("pucSettings", "puc.settings", err.Error())
	}
	region, lead := cl.Edges.Issuer, p.Edges.Aggregation.Edges.Lead
	in := puc.Input{Settings: set, AsOf: civil.Of(s.Now().In(civil.Rome)),
		CallID: string(cl.ID), CallTitle: cl.Title, CallBudgetCents: cl.TotalBudgetCents,
		Region: pucBody(region), Lead: pucBody(lead),
		CUP: p.Cup, Title: p.Title, StartsOn: dateOr(p.StartsOn), EndsOn: dateOr(p.EndsOn), Status: string(p.Status),
		EUCents: p.EuCents, StateCents: p.StateCents, RegionCents: p.RegionCents, OwnCents: p.OwnCents,
		Deliverables: map[string][2]int{}}
	if cl.OpensAt != nil {
		in.CallOpens = civil.Of(cl.OpensAt.In(civil.Rome))
	}
	if cl.ClosesAt != nil {
		in.CallCloses = civil.Of(cl.ClosesAt.In(civil.Rome))
	}
	if app, err := c.Application.Get(ctx, p.ApplicationID); err == nil {
		in.Summary = app.Summary
	}
	byID, ids, err := projectsvc.Members(ctx, c, p)
	if err != nil {
		return puc.Input{}, err
	}
	ds, err := comuni.Load()
	if err != nil {
		return puc.Input{}, err
	}
	locs := []*gen.PublicBody{lead}
	for _, id := range ids {
		if id != lead.ID {
			in.Members = append(in.Members, pucBody(byID[id]))
			locs = append(locs, byID[id])
		}
	}
	slices.SortStableFunc(locs[1:], func(a, b *gen.PublicBody) int { return strings.Compare(deref(a.IstatCode), deref(b.IstatCode)) })
	for _, b := range locs {
		if cm, ok := ds.ByISTAT(deref(b.IstatCode)); ok {
			in.Locations = append(in.Locations, puc.Location{ISTAT: cm.ISTAT, RegionCode: cm.RegionCode})
		}
	}
	// Allocations per category, in the call's order.
	cats := slices.Clone(cl.Edges.ExpenseCategories)
	sortCats(cats)
	allocs, err := p.QueryAllocations().All(ctx)
	if err != nil {
		return puc.Input{}, err
	}
	for _, ec := range cats {
		var sum int64
		for _, a := range allocs {
			if a.ExpenseCategoryID == ec.ID {
				sum += a.AmountCents
			}
		}
		if sum > 0 {
			in.Categories = append(in.Categories, puc.CategoryAmount{Code: ec.Code, Cents: sum})
		}
	}
	procs, err := s.lotsOf(ctx, func(q *gen.ProcurementQuery) { q.Where(procurement.ProjectID(p.ID)) })
	if err != nil {
		return puc.Input{}, err
	}
	for _, pc := range procs {
		for _, l := range pc.Edges.Lots {
			pl := puc.Lot{CIG: l.Cig, Description: pc.Title + " – " + l.Title, ProcedureCode: procurementlaw.ANACCode(procurementlaw.Procedure(pc.ProcedureType)),
				BaseCents: l.BaseCents, AwardCents: l.AwardCents, StartedOn: dateOr(pc.StartedOn), AwardedOn: dateOr(l.AwardedOn)}
			for _, ct := range l.Edges.Contracts {
				v := vendorOf(ct.Edges.Vendor)
				pct := puc.Contract{SignedOn: dateOr(ct.SignedOn), Cents: ct.NetCents + ct.VatCents, Reference: ct.Reference,
					Terminated: ct.Status == contract.StatusTERMINATED, StartsOn: dateOr(ct.StartsOn), EndsOn: dateOr(ct.EndsOn),
					Vendor: vendorBody(v)}
				for _, inv := range ct.Edges.Invoices {
					for _, py := range inv.Edges.Payments {
						if py.ReceiptDate == nil {
							continue // a mandate not yet paid by the treasurer
						}
						pp := puc.Payment{Mandate: py.MandateNumber, Year: py.MandateDate.Year, PaidOn: *py.ReceiptDate, Cents: py.AmountCents,
							Treasury: py.Kind != payment.KindSUPPLIER, Payee: pct.Vendor}
						if pp.Treasury {
							pp.Payee = puc.Body{Name: opendata.Treasury.Name, TaxID: opendata.Treasury.TaxCode, Public: true}
						}
						pct.Payments = append(pct.Payments, pp)
					}
				}
				pl.Contracts = append(pl.Contracts, pct)
			}
			in.Lots = append(in.Lots, pl)
		}
	}
	slices.SortStableFunc(in.Lots, func(a, b puc.Lot) int { return cmp.Or(a.StartedOn.Compare(b.StartedOn), strings.Compare(a.CIG, b.CIG)) })
	dbs, err := p.QueryDisbursements().Where(disbursement.StatusEQ(disbursement.StatusPAID), disbursement.KindNEQ(disbursement.KindRECOVERY)).
		Order(disbursement.ByPaidOn(), disbursement.ByID()).All(ctx)
	if err != nil {
		return puc.Input{}, err
	}
	for _, d := range dbs {
		in.Transfers = append(in.Transfers, puc.Transfer{Kind: string(d.Kind), PaidOn: dateOr(d.PaidOn), Cents: d.AmountCents})
	}
	dels, err := p.QueryDeliverables().WithInterventionLine().All(ctx)
	if err != nil {
		return puc.Input{}, err
	}
	// Per line, the member bodies with a deliverable, and those with one
	// accepted: an output indicator counts bodies (e.g. the comuni with
	// their services online), not deliverables.
	planned, done := map[string]map[pulid.ID]bool{}, map[string]map[pulid.ID]bool{}
	for _, d := range dels {
		k := d.Edges.InterventionLine.Code
		if planned[k] == nil {
			planned[k], done[k] = map[pulid.ID]bool{}, map[pulid.ID]bool{}
		}
		planned[k][d.BodyID] = true
		if d.Status == deliverable.StatusACCEPTED {
			done[k][d.BodyID] = true
		}
	}
	for k := range planned {
		in.Deliverables[k] = [2]int{len(planned[k]), len(done[k])}
	}
	return in, nil
}

// pucBody identifies a public body in the feed.
func pucBody(b *gen.PublicBody) puc.Body {
	if b == nil {
		return puc.Body{}
	}
	form := map[publicbody.Kind]string{publicbody.KindCOMUNE: "2.4.30", publicbody.KindUNIONE_COMUNI: "2.4.50", publicbody.KindREGIONE: "2.4.10"}[b.Kind]
	return puc.Body{Name: b.Name, TaxID: deref(b.CodiceFiscale), IPA: deref(b.CodiceIpa), LegalForm: cmp.Or(form, "2.4.90"), Public: true}
}

// vendorBody identifies an economic operator: its codice fiscale, else its
// partita IVA; the legal form from the suffix of its name.
func vendorBody(v opendata.Vendor) puc.Body {
	name := strings.ToLower(strings.ReplaceAll(v.Name, " ", ""))
	form := ""
	switch {
	case strings.HasSuffix(name, "s.p.a.") || strings.HasSuffix(name, "spa"):
		form = "1.3.10"
	case strings.HasSuffix(name, "s.r.l.") || strings.HasSuffix(name, "srl") || strings.HasSuffix(name, "s.r.l.s."):
		form = "1.3.20"
	case strings.Contains(name, "coop"):
		form = "1.4.10"
	}
	return puc.Body{Name: v.Name, TaxID: cmp.Or(v.TaxCode, v.VATNumber), LegalForm: form}
}
