package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/money"
	variationsvc "github.com/capofila/capofila/internal/variation"
)

// What the demo's second year adds to the running project: a re-plan
// between two members the Region approved in June 2026 (plan version 2),
// the preservation fee of 2026 paid and claimed in a second claim
// submitted on 30 November 2026 (its review is due on 29 January 2027),
// and an extension of the end date by six months the lead requested on
// 20 November 2026, waiting for the Region's decision.
const (
	// ReplanGiverISTAT (Comune di Pedaso) gives ReplanCents of its
	// services allocation, half each, to ReplanTakerISTATs (Comune di
	// Campofilone and Comune di Altidona).
	ReplanGiverISTAT = "109030"
	ReplanCents      = 120_000
	// InvoicePreservation2026 is the preservation fee of 2026, claimed in
	// claim 2.
	InvoicePreservation2026 = "2026/SC/208"
	// ExtendedEndsOn is the end date the pending extension asks for.
	ExtendedEndsOn = "2028-09-30"
)

// ReplanTakerISTATs receive the re-plan's money, half each.
var ReplanTakerISTATs = [2]string{"109004", "109001"}

// clock is a settable clock for the services that date what they do.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// seedSecondYear adds the demo's 2026 variations and claim 2 to the
// running project p (see the constants above), through the services as
// the lead's manager and the Region's officer, with each act dated when it
// happened.
func seedSecondYear(ctx context.Context, c *gen.Client, p *gen.Project, region *gen.PublicBody, serv *gen.ExpenseCategory,
	lineC *gen.InterventionLine, bodies []*gen.PublicBody) error {
	clk := &clock{}
	vars := variationsvc.NewService(c, clk.now)
	lead := asDemoUser(ctx, c, "capofila@sanbenedetto.test", p.AggregationID)
	officer := asDemoViewer(ctx, c, "funzionario@regione-marche.test", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: region.ID})
	byISTAT := map[string]*gen.PublicBody{}
	for _, b := range bodies {
		byISTAT[deref(b.IstatCode)] = b
	}
	giver, first, second := byISTAT[ReplanGiverISTAT], byISTAT[ReplanTakerISTATs[0]], byISTAT[ReplanTakerISTATs[1]]
	if giver == nil || first == nil || second == nil {
		return fmt.Errorf("re-plan members %s, %v missing from the demo", ReplanGiverISTAT, ReplanTakerISTATs)
	}

	// 1. The re-plan: Pedaso's pagoPA services cost less than planned (it
	// already had an intermediary), Campofilone and Altidona need more
	// preservation; the officer approves it on 15 June 2026.
	allocs, err := p.QueryAllocations().All(ctx)
	if err != nil {
		return err
	}
	rows := make([]variationsvc.Row, 0, len(allocs))
	for _, a := range allocs {
		amount := a.AmountCents
		if a.ExpenseCategoryID == serv.ID {
			switch a.BodyID {
			case giver.ID:
				amount -= ReplanCents
			case first.ID, second.ID:
				amount += ReplanCents / 2
			}
		}
		rows = append(rows, variationsvc.Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID,
			InterventionLineID: a.InterventionLineID, AmountCents: amount})
	}
	clk.t = time.Date(2026, 5, 28, 12, 0, 0, 0, civil.Rome)
	reason := fmt.Sprintf("Il %s ha già attivo pagoPA tramite un intermediario tecnologico e non usa l'intera quota per i servizi; "+
		"il %s e il %s hanno archivi da portare in conservazione più ampi della stima. Si spostano %s di quota servizi, metà a ciascuno.",
		giver.Name, first.Name, second.Name, money.FormatEUR(ReplanCents))
	v, err := vars.Create(lead, p.ID, variationsvc.Input{Kinds: []string{variationsvc.KindReplan}, Reason: &reason, Allocations: rows})
	if err != nil {
		return fmt.Errorf("re-plan: %w", err)
	}
	if v, err = vars.Submit(lead, v.ID, nil); err != nil {
		return fmt.Errorf("re-plan: %w", err)
	}
	if v.Status != variation.StatusREQUESTED {
		return fmt.Errorf("re-plan between members is %s, want REQUESTED", v.Status)
	}
	clk.t = time.Date(2026, 6, 15, 10, 30, 0, 0, civil.Rome)
	if _, err := vars.Decide(officer, v.ID, variationsvc.DecideInput{Outcome: variation.StatusAPPROVED,
		Reason: "Spostamento tra enti motivato e nei limiti per ente del bando."}, nil); err != nil {
		return fmt.Errorf("re-plan decision: %w", err)
	}

	// 2. The preservation fee of January–September 2026, paid and
	// receipted, claimed in claim 2 (under plan version 2).
	invoicingSvc := invoicing.NewService(c, nil, nil)
	sibilla, err := c.Vendor.Query().Where(vendor.IsGrouping(false)).Order(vendor.ByName(), vendor.ByID()).All(ctx)
	if err != nil || len(sibilla) == 0 {
		return fmt.Errorf("demo vendors missing: %v", err)
	}
	inv, err := importInvoice(ctx, invoicingSvc, p.ID, sibilla[len(sibilla)-1], bodies[0], splitPaymentInvoice("TD01", InvoicePreservation2026,
		civil.New(2026, 9, 30), cigConservazione, ProjectCUP, 1_250_000, "Servizio di conservazione a norma – canone gennaio–settembre 2026"))
	if err != nil {
		return err
	}
	if err := recordPayments(ctx, invoicingSvc, []invoicing.PaymentInput{
		{InvoiceID: inv.ID, Kind: payment.KindSUPPLIER, MandateNumber: "1502", MandateDate: civil.New(2026, 10, 9),
			AmountCents: inv.TaxableCents, ReceiptDate: ptr(civil.New(2026, 10, 12))},
		{InvoiceID: inv.ID, Kind: payment.KindVAT_F24, MandateNumber: "1688", MandateDate: civil.New(2026, 11, 10),
			AmountCents: inv.VatCents, ReceiptDate: ptr(civil.New(2026, 11, 13))},
	}); err != nil {
		return err
	}
	claimsSvc := claims.NewService(c, clk.now, nil)
	clk.t = time.Date(2026, 11, 26, 9, 0, 0, 0, civil.Rome)
	cl2, err := claimsSvc.CreateExpenseClaim(lead, claims.ClaimInput{ProjectID: p.ID, PeriodStart: civil.New(2026, 1, 1), PeriodEnd: civil.New(2026, 11, 15),
		Narrative: "Nel periodo il servizio di conservazione a norma è stato attivato per tutti gli enti; il canone dei primi nove mesi del 2026 è stato pagato e quietanzato, IVA compresa (versata con F24)."})
	if err != nil {
		return fmt.Errorf("claim 2: %w", err)
	}
	shares, err := inv.QueryShares().All(ctx)
	if err != nil {
		return err
	}
	items := make([]claims.ItemInput, 0, len(shares))
	for _, sh := range shares {
		items = append(items, claims.ItemInput{InvoiceID: inv.ID, BodyID: sh.BodyID, ExpenseCategoryID: serv.ID,
			InterventionLineID: &lineC.ID, ClaimedCents: sh.AmountCents})
	}
	if _, err := claimsSvc.AddExpenseItems(lead, cl2.ID, items); err != nil {
		return fmt.Errorf("claim 2 items: %w", err)
	}
	clk.t = time.Date(2026, 11, 30, 10, 0, 0, 0, civil.Rome)
	if _, err := claimsSvc.SubmitExpenseClaim(lead, cl2.ID); err != nil {
		return fmt.Errorf("claim 2: %w", err)
	}

	// 3. The extension: the migration of the older preservation packages
	// is late; the lead asks for six months more on 20 November 2026.
	clk.t = time.Date(2026, 11, 20, 16, 0, 0, 0, civil.Rome)
	ends := civil.MustParse(ExtendedEndsOn)
	why := "La migrazione dei pacchetti di conservazione pregressi di 12 enti è in ritardo per cause non imputabili all'aggregazione " +
		"(nota del fornitore del 3 novembre 2026): si chiede di prorogare la fine del progetto di sei mesi, dal 31/03/2028 al 30/09/2028."
	ext, err := vars.Create(lead, p.ID, variationsvc.Input{Kinds: []string{variationsvc.KindEndDateExtension}, Reason: &why, RequestedEndsOn: &ends})
	if err != nil {
		return fmt.Errorf("extension: %w", err)
	}
	if _, err := vars.Submit(lead, ext.ID, nil); err != nil {
		return fmt.Errorf("extension: %w", err)
	}
	return nil
}

// asDemoViewer acts as the demo user with email and grant, in the same
// transaction; if the user is missing the system acts.
func asDemoViewer(ctx context.Context, c *gen.Client, email string, g authz.Grant) context.Context {
	u, err := c.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil {
		return ctx
	}
	return gen.NewContext(authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email, Grants: []authz.Grant{g}}), c)
}
