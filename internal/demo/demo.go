// Package demo builds the demonstration data set: the real "Marche Sud" case
// of DOMAIN.md — Regione Marche's call, the aggregation led by the Comune di
// San Benedetto del Tronto with 64 real comuni of the provinces of Ascoli
// Piceno and Fermo (ISTAT populations), a draft application with budget lines
// and a few vendors. Seeding is idempotent: running it again changes nothing.
package demo

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/reference"
)

// The facts of the demo, shared with tests.
const (
	AggregationName = "Marche Sud"
	CallTitle       = "Avviso pubblico per la trasformazione digitale dei Comuni in forma associata"
	LeadISTAT       = "044066" // San Benedetto del Tronto
	MarcheCode      = "11"
	Members         = 64
	CapPerMember    = 7_000_000 // 70.000,00 € in cents
	// CentsPerInhabitant sizes each member's request (~4,44 € per inhabitant,
	// as in the real project: 1.608.615,45 € for ~362.000 citizens).
	CentsPerInhabitant = 444
)

// Lines are the intervention lines of the call (DOMAIN.md §1), with the
// share of each member's budget the demo application puts on each.
var Lines = []struct {
	Code, Name string
	WeightBP   int64
}{
	{"A", "Pagamenti online (pagoPA)", 2500},
	{"B", "Fatturazione elettronica", 1500},
	{"C", "Conservazione digitale", 2000},
	{"D", "Banca dati condivisa dei procedimenti amministrativi", 1500},
	{"E", "Integrazione con il catasto", 1500},
	{"F", "Dati aperti (open data)", 1000},
}

// Categories are the expense categories of the call, with their caps.
var Categories = []struct {
	Code, Name  string
	CapBP       int
	VATEligible bool
}{
	{"SERV", "Servizi specialistici e sviluppo", 0, true},
	{"SW", "Licenze software e servizi cloud", 0, true},
	{"HW", "Hardware e infrastrutture", 2000, true},
	{"FORM", "Formazione del personale", 1000, true},
	{"GEST", "Coordinamento e gestione del progetto", 500, false},
}

// Result reports what the seed found or created.
type Result struct {
	Region      *gen.PublicBody
	Call        *gen.Call
	Aggregation *gen.Aggregation
	Application *gen.Application
	Project     *gen.Project // the running project (phase 1)
	Members     int
	Population  int
	BudgetCents int64
	Created     bool
	bodies      []*gen.PublicBody
}

// Seed builds the demo data set, importing the comuni first if needed:
// the call, the aggregation with its draft application, vendors and demo
// users. It acts as the system: call it only from maintenance commands and
// tests. SeedFull adds the running project.
func Seed(ctx context.Context, client *gen.Client) (*Result, error) {
	return seedWith(ctx, client, false)
}

// SeedFull is Seed plus Marche Sud's running project (phase 1, funded by an
// earlier call): procurements, contracts, invoices, payments, deliverables,
// milestones and a claim waiting for review. The product's demo uses it.
func SeedFull(ctx context.Context, client *gen.Client) (*Result, error) {
	return seedWith(ctx, client, true)
}

func seedWith(ctx context.Context, client *gen.Client, running bool) (*Result, error) {
	ctx = authz.WithSystem(ctx)
	ds, err := comuni.Load()
	if err != nil {
		return nil, err
	}
	n, err := client.PublicBody.Query().Where(publicbody.IstatCode(LeadISTAT)).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		if _, err := reference.Import(ctx, client, ds); err != nil {
			return nil, err
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()
	res, err := seed(ctx, tx.Client(), ds)
	if err != nil {
		return nil, err
	}
	if running {
		if res.Project, err = seedRunningProject(ctx, tx.Client(), res.Region, res.Aggregation, res.bodies); err != nil {
			return nil, fmt.Errorf("running project: %w", err)
		}
		if err := seedValdaso(ctx, tx.Client(), res); err != nil {
			return nil, fmt.Errorf("Valdaso: %w", err)
		}
	}
	return res, tx.Commit()
}

func seed(ctx context.Context, c *gen.Client, ds *comuni.Dataset) (*Result, error) {
	res := &Result{}
	region, err := reference.Region(ctx, c, MarcheCode)
	if err != nil {
		return nil, fmt.Errorf("Regione Marche: %w", err)
	}
	res.Region = region
	if res.Call, err = seedCall(ctx, c, region); err != nil {
		return nil, err
	}
	bodies, err := memberBodies(ctx, c, ds)
	if err != nil {
		return nil, err
	}
	res.Members, res.bodies = len(bodies), bodies
	for _, b := range bodies {
		res.Population += derefInt(b.Population)
	}
	if res.Aggregation, res.Created, err = seedAggregation(ctx, c, bodies); err != nil {
		return nil, err
	}
	if res.Application, res.BudgetCents, err = seedApplication(ctx, c, res.Call, res.Aggregation, bodies); err != nil {
		return nil, err
	}
	if err := seedVendors(ctx, c, res.Aggregation.ID); err != nil {
		return nil, err
	}
	if err := seedUsers(ctx, c, res, bodies); err != nil {
		return nil, err
	}
	return res, nil
}

func seedCall(ctx context.Context, c *gen.Client, region *gen.PublicBody) (*gen.Call, error) {
	existing, err := c.Call.Query().Where(call.Title(CallTitle), call.IssuerID(region.ID)).Only(ctx)
	if err == nil {
		return existing, nil
	}
	if !gen.IsNotFound(err) {
		return nil, err
	}
	opens := time.Date(2026, 10, 1, 9, 0, 0, 0, civil.Rome)
	closes := time.Date(2027, 1, 29, 13, 0, 0, 0, civil.Rome)
	cl, err := c.Call.Create().
		SetIssuerID(region.ID).
		SetTitle(CallTitle).
		SetReference("Decreto del dirigente del settore Transizione digitale n. 412 del 15/09/2026 (dati dimostrativi)").
		SetDescription("Sostegno a progetti di e-government di aggregazioni di Comuni e Unioni di Comuni: pagamenti online, fatturazione elettronica, conservazione digitale, banca dati dei procedimenti, integrazione catastale, dati aperti.").
		SetFund(call.FundFESR).
		SetRegime(call.RegimeCOST_BASED).
		SetStatus(call.StatusPUBLISHED).
		SetTotalBudgetCents(600_000_000).
		SetCapPerMemberCents(CapPerMember).
		SetCapPerProjectCents(200_000_000).
		SetMinProjectCents(20_000_000).
		SetCofinancingRateBp(10000).
		SetMinMembers(5).
		SetMaxMembers(80).
		SetEligibleApplicantKinds([]string{"COMUNE", "UNIONE_COMUNI"}).
		SetOpensAt(opens).
		SetClosesAt(closes).
		SetEligibleFrom(civil.New(2026, 1, 1)).
		SetEligibleUntil(civil.New(2029, 12, 31)).
		SetDurationMonths(36).
		SetCupDeadlineDays(5).
		SetContractDeadlineMonths(6).
		SetReportingEveryMonths(6).
		SetIntegrationDays(10).
		SetDecisionDays(90).
		SetReviewDays(60).
		SetAdvanceBp(3000).
		SetInterimMaxBp(5000).
		SetBalanceBp(2000).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("creating the call: %w", err)
	}
	for i, l := range Lines {
		if err := c.InterventionLine.Create().SetCallID(cl.ID).SetCode(l.Code).SetName(l.Name).SetPosition(i).Exec(ctx); err != nil {
			return nil, err
		}
	}
	for i, k := range Categories {
		b := c.ExpenseCategory.Create().SetCallID(cl.ID).SetCode(k.Code).SetName(k.Name).SetPosition(i).SetVatEligible(k.VATEligible)
		if k.CapBP > 0 {
			b.SetCapBp(k.CapBP)
		}
		if err := b.Exec(ctx); err != nil {
			return nil, err
		}
	}
	return cl, nil
}

// memberBodies returns the lead and the most populous other comuni of the
// provinces of Ascoli Piceno and Fermo, 64 in all, lead first.
func memberBodies(ctx context.Context, c *gen.Client, ds *comuni.Dataset) ([]*gen.PublicBody, error) {
	bodies, err := c.PublicBody.Query().
		Where(publicbody.KindEQ(publicbody.KindCOMUNE), publicbody.ProvinceCodeIn("AP", "FM")).
		All(ctx)
	if err != nil {
		return nil, err
	}
	if len(bodies) < Members {
		return nil, fmt.Errorf("only %d comuni of AP and FM found: run import-comuni", len(bodies))
	}
	sort.Slice(bodies, func(i, j int) bool {
		li, lj := deref(bodies[i].IstatCode) == LeadISTAT, deref(bodies[j].IstatCode) == LeadISTAT
		if li != lj {
			return li
		}
		pi, pj := derefInt(bodies[i].Population), derefInt(bodies[j].Population)
		if pi != pj {
			return pi > pj
		}
		return deref(bodies[i].IstatCode) < deref(bodies[j].IstatCode)
	})
	if deref(bodies[0].IstatCode) != LeadISTAT {
		return nil, fmt.Errorf("lead comune %s not found", LeadISTAT)
	}
	return bodies[:Members], nil
}

func seedAggregation(ctx context.Context, c *gen.Client, bodies []*gen.PublicBody) (*gen.Aggregation, bool, error) {
	lead := bodies[0]
	ag, err := c.Aggregation.Query().Where(aggregation.Name(AggregationName), aggregation.LeadID(lead.ID)).Only(ctx)
	created := false
	switch {
	case gen.IsNotFound(err):
		ag, err = c.Aggregation.Create().
			SetName(AggregationName).
			SetLeadID(lead.ID).
			SetDescription("Aggregazione dei Comuni delle province di Ascoli Piceno e Fermo per la trasformazione digitale, con capofila il Comune di San Benedetto del Tronto.").
			Save(ctx)
		if err != nil {
			return nil, false, err
		}
		created = true
		err = c.Agreement.Create().
			SetAggregationID(ag.ID).
			SetKind("CONVENZIONE_ART30_TUEL").
			SetTitle("Convenzione per la gestione associata dei servizi di e-government \"Marche Sud\"").
			SetPurpose("Gestione associata, tramite il Comune capofila, delle procedure di affidamento, dei rapporti con i fornitori, della rendicontazione e dei pagamenti del progetto.").
			SetSignedOn(civil.New(2026, 6, 30)).
			SetValidFrom(civil.New(2026, 7, 1)).
			SetValidUntil(civil.New(2029, 12, 31)).
			SetFinancialRules("Il capofila anticipa e liquida le spese; i costi comuni sono ripartiti tra gli enti in proporzione alla popolazione residente.").
			Exec(ctx)
	}
	if err != nil {
		return nil, false, err
	}
	have, err := c.Membership.Query().Where(membership.AggregationID(ag.ID)).Select(membership.FieldBodyID).Strings(ctx)
	if err != nil {
		return nil, false, err
	}
	seen := make(map[string]bool, len(have))
	for _, id := range have {
		seen[id] = true
	}
	var builders []*gen.MembershipCreate
	for i, b := range bodies {
		if seen[string(b.ID)] {
			continue
		}
		role := membership.RoleMEMBER
		if i == 0 {
			role = membership.RoleLEAD
		}
		resolved := civil.New(2026, 3, 2).AddDays(i % 60)
		builders = append(builders, c.Membership.Create().
			SetAggregationID(ag.ID).
			SetBodyID(b.ID).
			SetRole(role).
			SetJoinedOn(civil.New(2026, 6, 30)).
			SetResolutionNumber(fmt.Sprintf("%d", 12+i%40)).
			SetResolutionDate(resolved).
			SetResolutionOrgan(membership.ResolutionOrganCONSIGLIO))
	}
	if len(builders) > 0 {
		if err := c.Membership.CreateBulk(builders...).Exec(ctx); err != nil {
			return nil, false, err
		}
	}
	return ag, created, nil
}

func seedApplication(ctx context.Context, c *gen.Client, cl *gen.Call, ag *gen.Aggregation, bodies []*gen.PublicBody) (*gen.Application, int64, error) {
	app, err := c.Application.Query().Where(application.CallID(cl.ID), application.AggregationID(ag.ID)).First(ctx)
	if gen.IsNotFound(err) {
		app, err = c.Application.Create().
			SetCallID(cl.ID).
			SetAggregationID(ag.ID).
			SetTitle("Marche Sud digitale: servizi online condivisi per 64 Comuni").
			SetSummary("Il progetto porta a tutti i 64 enti dell'aggregazione pagamenti pagoPA, fatturazione elettronica, conservazione digitale, una banca dati condivisa dei procedimenti, l'integrazione con il catasto e la pubblicazione di dati aperti, con procedure di acquisto uniche gestite dal capofila.").
			SetNarrative(map[string]string{
				"obiettivi":     "Uniformare i servizi digitali dei Comuni dell'aggregazione e ridurne i costi con acquisti congiunti.",
				"governance":    "Il Comune capofila gestisce gare, contratti, pagamenti e rendicontazione; un comitato dei referenti comunali si riunisce ogni trimestre.",
				"sostenibilita": "I servizi acquisiti restano in esercizio dopo il progetto grazie alla convenzione, con costi ripartiti per popolazione.",
			}).
			Save(ctx)
	}
	if err != nil {
		return nil, 0, err
	}
	lines, err := cl.QueryInterventionLines().All(ctx)
	if err != nil {
		return nil, 0, err
	}
	cats, err := cl.QueryExpenseCategories().All(ctx)
	if err != nil {
		return nil, 0, err
	}
	lineByCode := map[string]*gen.InterventionLine{}
	for _, l := range lines {
		lineByCode[l.Code] = l
	}
	catByCode := map[string]*gen.ExpenseCategory{}
	for _, k := range cats {
		catByCode[k.Code] = k
	}
	if n, err := app.QueryBudgetLines().Count(ctx); err != nil || n > 0 {
		total, err2 := app.QueryBudgetLines().Aggregate(gen.Sum("amount_cents")).Int(ctx)
		if err == nil {
			err = err2
		}
		return app, int64(total), err
	}
	weights := make([]int64, len(Lines))
	for i, l := range Lines {
		weights[i] = l.WeightBP
	}
	var (
		builders []*gen.BudgetLineCreate
		total    int64
	)
	for _, b := range bodies {
		memberBudget := min(int64(derefInt(b.Population))*CentsPerInhabitant, CapPerMember)
		perLine, err := money.SplitLargestRemainder(memberBudget, weights)
		if err != nil {
			return nil, 0, err
		}
		for i, l := range Lines {
			// 70% services, 30% software licences and cloud.
			parts, err := money.SplitLargestRemainder(perLine[i], []int64{7, 3})
			if err != nil {
				return nil, 0, err
			}
			for j, code := range []string{"SERV", "SW"} {
				builders = append(builders, c.BudgetLine.Create().
					SetApplicationID(app.ID).
					SetBodyID(b.ID).
					SetInterventionLineID(lineByCode[l.Code].ID).
					SetExpenseCategoryID(catByCode[code].ID).
					SetAmountCents(parts[j]))
				total += parts[j]
			}
		}
	}
	for start := 0; start < len(builders); start += 200 {
		if err := c.BudgetLine.CreateBulk(builders[start:min(start+200, len(builders))]...).Exec(ctx); err != nil {
			return nil, 0, err
		}
	}
	return app, total, nil
}

// Vendors are fictional suppliers with valid partite IVA (computed check
// digit, Ascoli Piceno VAT office 044).
var Vendors = []struct{ Name, Base, City string }{
	{"Adriatica Software S.r.l.", "0198765044", "San Benedetto del Tronto"},
	{"Piceno Digitale S.p.A.", "0211223044", "Ascoli Piceno"},
	{"Sibilla Cloud S.r.l.", "0233445109", "Fermo"},
}

// VendorVAT returns the partita IVA of a demo vendor.
func VendorVAT(base string) string {
	d, err := italy.CheckDigitPartitaIVA(base)
	if err != nil {
		panic(err)
	}
	return base + string(d)
}

// seedVendors adds the demo's vendors and an RTI of two of them, registered
// by the demo aggregation (whose lead managers may add its members).
func seedVendors(ctx context.Context, c *gen.Client, owner pulid.ID) error {
	var ids []string
	for _, v := range Vendors {
		vat := VendorVAT(v.Base)
		existing, err := c.Vendor.Query().Where(vendor.VatID(vat)).Only(ctx)
		if err == nil {
			ids = append(ids, string(existing.ID))
			continue
		}
		if !gen.IsNotFound(err) {
			return err
		}
		nv, err := c.Vendor.Create().SetName(v.Name).SetVatID(vat).SetCity(v.City).
			SetPec(fmt.Sprintf("amministrazione@pec.%s.it", slug(v.Name))).Save(ctx)
		if err != nil {
			return fmt.Errorf("vendor %s: %w", v.Name, err)
		}
		ids = append(ids, string(nv.ID))
	}
	const rti = "RTI Adriatica Software – Sibilla Cloud"
	if n, err := c.Vendor.Query().Where(vendor.Name(rti)).Count(ctx); err != nil || n > 0 {
		return err
	}
	g, err := c.Vendor.Create().SetName(rti).SetIsGrouping(true).SetCity("San Benedetto del Tronto").SetOwnerAggregationID(owner).Save(ctx)
	if err != nil {
		return err
	}
	if err := c.GroupingMember.Create().SetGroupingID(g.ID).SetMemberID(gidOf(ids[0])).SetRole("MANDATARIA").SetShareBp(6000).Exec(ctx); err != nil {
		return err
	}
	return c.GroupingMember.Create().SetGroupingID(g.ID).SetMemberID(gidOf(ids[2])).SetRole("MANDANTE").SetShareBp(4000).Exec(ctx)
}

// SeedDB and SeedFullDB are Seed and SeedFull on a test database
// (testdb.Seed), so that tests seed the demo once and copy it
// (testdb.EachSeeded with the keys "demo" and "demo-full").
func SeedDB(ctx context.Context, d *db.DB) error {
	_, err := Seed(ctx, d.Client())
	return err
}

// SeedFullDB is SeedFull on a test database (see SeedDB).
func SeedFullDB(ctx context.Context, d *db.DB) error {
	_, err := SeedFull(ctx, d.Client())
	return err
}
