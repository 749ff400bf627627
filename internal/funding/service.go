package funding

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/deadlines"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/population"
)

// Service runs calls, applications and funding decisions.
type Service struct {
	db.Base
	store   docstore.Store
	freezer docstore.Freezer
}

// WithFreezer makes Submit store the dossier as submitted.
func (s *Service) WithFreezer(f docstore.Freezer) *Service {
	s.freezer = f
	return s
}

// NewService returns the funding service. now is the server clock (nil for
// time.Now); deadlines are always judged by it, never by the client.
func NewService(client *gen.Client, now func() time.Time) *Service {
	return &Service{Base: db.NewBase(client, now)}
}

func scopeOf(agg, region string) authz.Scope {
	return authz.Scope{AggregationID: pulid.ID(agg), RegionBodyID: pulid.ID(region)}
}

// TransitionCall moves a call to PUBLISHED, CLOSED or ARCHIVED. Region
// officers of the issuing Region (and admins) may call it; it returns
// NOT_FOUND for a call the viewer cannot read, FORBIDDEN without the role,
// CONFLICT for an illegal transition, and INVALID when publishing a call
// without categories, lines or an opening and closing time.
func (s *Service) TransitionCall(ctx context.Context, id pulid.ID, to call.Status) (*gen.Call, error) {
	c, err := s.Client(ctx).Call.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Call", authz.ActTransition, scopeOf("", c.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Call.Check(string(c.Status), string(to)); err != nil {
		return nil, err
	}
	if to == call.StatusPUBLISHED {
		if err := s.checkPublishable(ctx, c); err != nil {
			return nil, err
		}
	}
	return c.Update().SetStatus(to).Save(authz.Elevate(ctx))
}

func (s *Service) checkPublishable(ctx context.Context, c *gen.Call) error {
	nCat, err := c.QueryExpenseCategories().Count(ctx)
	if err != nil {
		return err
	}
	nLine, err := c.QueryInterventionLines().Count(ctx)
	if err != nil {
		return err
	}
	switch {
	case nCat == 0:
		return apperr.InvalidField("expenseCategories", "call.no_categories", "Il bando non ha categorie di spesa.")
	case nLine == 0:
		return apperr.InvalidField("interventionLines", "call.no_lines", "Il bando non ha linee di intervento.")
	case c.OpensAt == nil || c.ClosesAt == nil:
		return apperr.InvalidField("closesAt", "call.no_window", "Indica data e ora di apertura e di chiusura.")
	case !c.ClosesAt.After(*c.OpensAt):
		return apperr.InvalidField("closesAt", "call.window", "La chiusura deve seguire l'apertura.")
	}
	return nil
}

// CorrectCall applies a correction (rettifica) to a published call: the
// rules change and the call's version goes up, so applications drafted on
// the previous version show it. Same permissions as TransitionCall; it
// returns CONFLICT for a call that is not published. A correction changes
// the rules only: categories, lines and applications to link or unlink are
// INVALID (call.links, hooks.CallLinks), whoever asks, because each of them
// names its call when it is created and never moves.
func (s *Service) CorrectCall(ctx context.Context, id pulid.ID, in gen.UpdateCallInput) (*gen.Call, error) {
	c, err := s.Client(ctx).Call.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Call", authz.ActTransition, scopeOf("", c.TenantRegionID)); err != nil {
		return nil, err
	}
	if c.Status != call.StatusPUBLISHED {
		return nil, apperr.Errorf(apperr.Conflict, "Solo un bando pubblicato si rettifica; questo è %s.", lifecycle.Call.Label(string(c.Status)))
	}
	if err := s.checkPopulationYearChange(ctx, c, in); err != nil {
		return nil, err
	}
	return c.Update().SetInput(in).SetVersion(c.Version + 1).Save(authz.Elevate(ctx))
}

// Evaluation is an application's budget checked against its call.
type Evaluation struct {
	Application *gen.Application
	Totals      Totals
	Problems    []Problem
	// Warnings are what the lead should know but does not block the
	// submission: members without the population the per-inhabitant
	// figures need, figures of different years.
	Warnings []Problem
	Members  []Member
	// Bodies are the member bodies by ID.
	Bodies map[string]*gen.PublicBody
}

// Evaluate loads an application, its call's rules, its members and budget
// and checks them. Whoever can read the application may call it; it returns
// NOT_FOUND otherwise. It runs a constant number of queries whatever the
// number of members and lines.
func (s *Service) Evaluate(ctx context.Context, id pulid.ID) (*Evaluation, error) {
	c := s.Client(ctx)
	app, err := c.Application.Query().Where(application.ID(id)).
		WithCall(func(q *gen.CallQuery) { q.WithExpenseCategories().WithInterventionLines() }).
		Only(ctx)
	if err != nil {
		return nil, err
	}
	ms, err := c.Membership.Query().Where(membership.AggregationID(app.AggregationID), membership.LeftOnIsNil()).
		WithBody().All(ctx)
	if err != nil {
		return nil, err
	}
	lines, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(app.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	rules := RulesOf(app.Edges.Call)
	members := make([]Member, 0, len(ms))
	bodies := make(map[string]*gen.PublicBody, len(ms))
	list := make([]*gen.PublicBody, 0, len(ms))
	for _, m := range ms {
		if m.Edges.Body != nil { // always, for a readable application
			list = append(list, m.Edges.Body)
		}
	}
	basis, err := population.Resolve(ctx, c, list, app.Edges.Call.PopulationYear, nil)
	if err != nil {
		return nil, err
	}
	for _, b := range list {
		bodies[string(b.ID)] = b
		members = append(members, Member{BodyID: string(b.ID), Name: b.Name, Population: basis.ByBody[b.ID]})
	}
	slices.SortFunc(members, func(a, b Member) int { return compareStrings(a.Name, b.Name) })
	bl := make([]BudgetLine, len(lines))
	for i, l := range lines {
		bl[i] = BudgetLine{BodyID: string(l.BodyID), LineID: string(l.InterventionLineID),
			CategoryID: string(l.ExpenseCategoryID), Year: l.Year, AmountCents: l.AmountCents}
	}
	t, ps := Check(rules, members, bl)
	t.PopulationYear = basis.Year
	warnings := populationProblems(basis)
	missing, err := s.missingAttachments(ctx, app)
	if err != nil {
		return nil, err
	}
	ps = append(ps, missing...)
	if app.CallVersion < app.Edges.Call.Version {
		ps = append(ps, Problem{Rule: "call.corrected",
			Message: fmt.Sprintf("Il bando è stato rettificato (versione %d): verificare la domanda e salvarla di nuovo.", app.Edges.Call.Version)})
	}
	return &Evaluation{Application: app, Totals: t, Problems: ps, Warnings: warnings, Members: members, Bodies: bodies}, nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// RulesOf returns the budget rules of a call loaded with its categories and
// lines.
func RulesOf(c *gen.Call) Rules {
	r := Rules{
		CapPerMemberCents: c.CapPerMemberCents, CapPerProjectCents: c.CapPerProjectCents,
		MinProjectCents: c.MinProjectCents, CofinancingRateBP: c.CofinancingRateBp,
		MinMembers: c.MinMembers, MaxMembers: c.MaxMembers,
	}
	for _, k := range c.Edges.ExpenseCategories {
		r.Categories = append(r.Categories, Category{ID: string(k.ID), Code: k.Code, Name: k.Name, CapBP: k.CapBp, CapCents: k.CapCents})
	}
	for _, l := range c.Edges.InterventionLines {
		r.Lines = append(r.Lines, Line{ID: string(l.ID), Code: l.Code, Name: l.Name})
	}
	return r
}

// LineInput is one amount of a budget grid.
type LineInput struct {
	BodyID, InterventionLineID, ExpenseCategoryID pulid.ID
	Year                                          int
	AmountCents                                   int64
	Note                                          string
	// Version is the version of the line the client read, 0 for a cell
	// that had no line; nil overwrites whatever is there.
	Version *int
}

// SetBudgetLines writes many budget lines at once, all or nothing: each
// (member, line, category, year) is created, updated, or — with amount 0 —
// removed. A row naming the version it was read at (0: no line then) is a
// CONFLICT if the line changed, appeared or went away since. The lead manager of the aggregation may call it while the
// application is a draft or awaiting integration. It returns INVALID naming
// the first bad row (a member not in the aggregation, a line or category not
// in the call, a negative amount), CONFLICT for a frozen application, and
// NOT_FOUND for an application the viewer cannot read. Rule problems (caps)
// do not stop saving: see Evaluate.
func (s *Service) SetBudgetLines(ctx context.Context, appID pulid.ID, rows []LineInput) (*Evaluation, error) {
	ev, err := s.Evaluate(ctx, appID)
	if err != nil {
		return nil, err
	}
	app := ev.Application
	if err := authz.Require(ctx, "BudgetLine", authz.ActUpdate, scopeOf(app.TenantAggregationID, app.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := Editable(app, lifecycle.ItemBudget); err != nil {
		return nil, err
	}
	if err := s.checkRows(ev, rows); err != nil {
		return nil, err
	}
	c := s.Client(ctx)
	// Rows are checked above; write them with the service's rights (the
	// audit log still names the user).
	ctx = authz.Elevate(ctx)
	existing, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(app.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	type key struct {
		body, line, cat pulid.ID
		year            int
	}
	byKey := make(map[key]*gen.BudgetLine, len(existing))
	for _, l := range existing {
		byKey[key{l.BodyID, l.InterventionLineID, l.ExpenseCategoryID, l.Year}] = l
	}
	var creates []*gen.BudgetLineCreate
	for _, r := range rows {
		k := key{r.BodyID, r.InterventionLineID, r.ExpenseCategoryID, r.Year}
		old, ok := byKey[k]
		if r.Version != nil && (ok && old.Version != *r.Version || !ok && *r.Version != 0) {
			// The cell changed since the client read it: someone else
			// saved it (or created or removed its line) in between.
			return nil, hooks.ErrStale
		}
		switch {
		case ok && r.AmountCents == 0 && r.Version != nil:
			// Removed only if still at the version read (atomic).
			var n int
			if n, err = c.BudgetLine.Delete().Where(budgetline.ID(old.ID), budgetline.Version(*r.Version)).Exec(ctx); err == nil && n == 0 {
				err = hooks.ErrStale
			}
		case ok && r.AmountCents == 0:
			err = c.BudgetLine.DeleteOne(old).Exec(ctx)
		case ok:
			if old.AmountCents != r.AmountCents || old.Note != r.Note {
				u := old.Update().SetAmountCents(r.AmountCents).SetNote(r.Note)
				if r.Version != nil {
					u.SetVersion(*r.Version) // applied only at that version (hooks.OptimisticLock)
				}
				err = u.Exec(ctx)
			}
		case r.AmountCents > 0:
			creates = append(creates, c.BudgetLine.Create().SetApplicationID(app.ID).SetBodyID(r.BodyID).
				SetInterventionLineID(r.InterventionLineID).SetExpenseCategoryID(r.ExpenseCategoryID).
				SetYear(r.Year).SetAmountCents(r.AmountCents).SetNote(r.Note))
		}
		if err != nil {
			return nil, err
		}
		byKey[k] = nil
	}
	for start := 0; start < len(creates); start += 200 {
		if err := c.BudgetLine.CreateBulk(creates[start:min(start+200, len(creates))]...).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if v := app.Edges.Call.Version; app.CallVersion < v {
		// Saving the budget acknowledges a correction of the call.
		if err := c.Application.UpdateOneID(app.ID).SetCallVersion(v).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return s.Evaluate(ctx, appID)
}

// checkRows validates a budget grid before anything is written.
func (s *Service) checkRows(ev *Evaluation, rows []LineInput) error {
	rules := RulesOf(ev.Application.Edges.Call)
	member := map[pulid.ID]string{}
	for _, m := range ev.Members {
		member[pulid.ID(m.BodyID)] = m.Name
	}
	lines, cats := map[pulid.ID]bool{}, map[pulid.ID]bool{}
	for _, l := range rules.Lines {
		lines[pulid.ID(l.ID)] = true
	}
	for _, c := range rules.Categories {
		cats[pulid.ID(c.ID)] = true
	}
	type key struct {
		body, line, cat pulid.ID
		year            int
	}
	seen := map[key]int{}
	for i, r := range rows {
		row := i + 1
		bad := func(field, rule, msg string) error {
			return &apperr.Error{Code: apperr.Invalid, Field: field, Rule: rule, Message: fmt.Sprintf("Riga %d: %s", row, msg)}
		}
		switch {
		case member[r.BodyID] == "":
			return bad("bodyID", "budget.not_member", "l'ente indicato non fa parte dell'aggregazione.")
		case !lines[r.InterventionLineID]:
			return bad("interventionLineID", "budget.line_not_in_call", "la linea di intervento non è prevista dal bando.")
		case !cats[r.ExpenseCategoryID]:
			return bad("expenseCategoryID", "budget.category_not_in_call", "la categoria di spesa non è prevista dal bando.")
		case r.AmountCents < 0:
			return bad("amountCents", "budget.negative", "l'importo non può essere negativo.")
		case r.AmountCents > money.MaxCents:
			return bad("amountCents", "budget.too_large", fmt.Sprintf("l'importo %s supera il massimo ammesso per una voce (%s).",
				money.FormatEUR(r.AmountCents), money.FormatEUR(money.MaxCents)))
		case r.Year < 0 || r.Year > 10:
			return bad("year", "budget.year", "l'anno di progetto va da 0 (intero periodo) a 10.")
		}
		k := key{r.BodyID, r.InterventionLineID, r.ExpenseCategoryID, r.Year}
		if prev, dup := seen[k]; dup {
			return bad("bodyID", "budget.duplicate", fmt.Sprintf("ripete la riga %d (stesso ente, linea, categoria e anno).", prev))
		}
		seen[k] = row
	}
	return nil
}

// Submit freezes an application and sends it to the Region. The lead
// manager may call it while the application is a draft or awaiting
// integration, the call is published and the server's clock is inside the
// call's opening window. It returns INVALID listing the problems when the
// budget breaks a rule, CONFLICT for a closed call or an illegal
// transition, FORBIDDEN without the role.
func (s *Service) Submit(ctx context.Context, id pulid.ID) (*gen.Application, error) {
	ev, err := s.Evaluate(ctx, id)
	if err != nil {
		return nil, err
	}
	app := ev.Application
	if err := authz.Require(ctx, "Application", authz.ActSubmit, scopeOf(app.TenantAggregationID, app.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Application.Check(string(app.Status), "SUBMITTED"); err != nil {
		return nil, err
	}
	cl := app.Edges.Call
	now := s.Now()
	switch {
	case cl.Status != call.StatusPUBLISHED:
		return nil, apperr.Errorf(apperr.Conflict, "Il bando è %s: non si possono presentare domande.", lifecycle.Call.Label(string(cl.Status)))
	case cl.OpensAt != nil && now.Before(*cl.OpensAt):
		return nil, apperr.Errorf(apperr.Conflict, "Il bando apre il %s.", cl.OpensAt.In(civil.Rome).Format("02/01/2006 alle 15:04"))
	case cl.ClosesAt != nil && !now.Before(*cl.ClosesAt):
		return nil, apperr.Errorf(apperr.Conflict, "Il bando è chiuso dal %s: la domanda non può più essere presentata.", cl.ClosesAt.In(civil.Rome).Format("02/01/2006 alle 15:04"))
	}
	if len(ev.Problems) > 0 {
		msg := fmt.Sprintf("La domanda ha %d problemi da risolvere prima dell'invio: %s", len(ev.Problems), ev.Problems[0].Message)
		return nil, &apperr.Error{Code: apperr.Invalid, Rule: "application.problems", Message: msg}
	}
	saved, err := app.Update().SetStatus(application.StatusSUBMITTED).SetSubmittedAt(now).
		SetCallVersion(cl.Version).ClearIntegrationItems().Save(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	if s.freezer != nil {
		// The dossier as submitted is stored once, in the same transaction.
		if err := s.freezer.FreezeApplication(ctx, saved.ID); err != nil {
			return nil, fmt.Errorf("freezing the dossier: %w", err)
		}
	}
	return saved, nil
}

// Withdraw withdraws an application before a decision. Same permissions as
// Submit.
func (s *Service) Withdraw(ctx context.Context, id pulid.ID) (*gen.Application, error) {
	app, err := s.Client(ctx).Application.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Application", authz.ActSubmit, scopeOf(app.TenantAggregationID, app.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Application.Check(string(app.Status), "WITHDRAWN"); err != nil {
		return nil, err
	}
	return app.Update().SetStatus(application.StatusWITHDRAWN).Save(authz.Elevate(ctx))
}

// Decide records a region officer's decision on a submitted application:
// ADMISSIBLE, INADMISSIBLE, INTEGRATION_REQUESTED (the reason lists the
// items requested) or REJECTED, each with its reason (at least 3
// characters besides blanks: INVALID decision.reason). An integration
// request sets the day by which the lead must answer (the deadline
// INTEGRATION_RESPONSE): dueOn when the officer gives one, after today
// and within a year (else INVALID decision.integration_due), otherwise the
// call's integrationDays from today (deadlines.IntegrationDueOn). Region
// officers of the call's Region may call it; it returns CONFLICT for an
// illegal transition and INVALID for a missing reason.
func (s *Service) Decide(ctx context.Context, id pulid.ID, to application.Status, reason string, items []string, dueOn *civil.Date) (*gen.Application, error) {
	app, err := s.Client(ctx).Application.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Application", authz.ActDecide, scopeOf("", app.TenantRegionID)); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	switch to {
	case application.StatusADMISSIBLE, application.StatusINADMISSIBLE, application.StatusINTEGRATION_REQUESTED, application.StatusREJECTED:
		if utf8.RuneCountInString(reason) < 3 {
			return nil, apperr.InvalidField("reason", "decision.reason", "Indica la motivazione della decisione (o le integrazioni richieste).")
		}
	default:
		return nil, apperr.InvalidField("status", "decision.status", "Decisione non ammessa: usare fundApplication per finanziare.")
	}
	if err := lifecycle.Application.Check(string(app.Status), string(to)); err != nil {
		return nil, err
	}
	u := app.Update().SetStatus(to).SetDecisionReason(reason)
	if to != application.StatusINTEGRATION_REQUESTED {
		u.ClearIntegrationItems().ClearIntegrationDueOn()
	} else {
		due, err := s.integrationDueOn(ctx, app, dueOn)
		if err != nil {
			return nil, err
		}
		u.SetIntegrationDueOn(due)
		if len(items) == 0 {
			return nil, apperr.InvalidField("items", "decision.items", "Indica quali parti della domanda vanno integrate.")
		}
		for _, it := range items {
			if !slices.Contains(lifecycle.IntegrationItems, it) {
				return nil, apperr.InvalidField("items", "decision.items", fmt.Sprintf("Parte della domanda sconosciuta: %s.", it))
			}
		}
		u.SetIntegrationItems(items)
	}
	saved, err := u.Save(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return saved, s.Emit(ctx, decided(saved, "/domande/"+string(saved.ID)))
}

// integrationDueOn is the day by which the lead must answer an integration
// requested today: the officer's date, or the call's term.
func (s *Service) integrationDueOn(ctx context.Context, app *gen.Application, dueOn *civil.Date) (civil.Date, error) {
	today := s.Today()
	if dueOn != nil {
		if limit, _ := today.AddMonths(12); !dueOn.After(today) || dueOn.After(limit) {
			return civil.Date{}, apperr.InvalidField("integrationDueOn", "decision.integration_due",
				fmt.Sprintf("Il termine per le integrazioni va fissato tra domani e un anno da oggi (%s).", today.Italian()))
		}
		return *dueOn, nil
	}
	c, err := s.Client(ctx).Call.Get(ctx, app.CallID)
	if err != nil {
		return civil.Date{}, err
	}
	due, ok := deadlines.IntegrationDueOn(c, today)
	if !ok {
		return civil.Date{}, apperr.InvalidField("integrationDueOn", "decision.integration_due", "Indica il termine per le integrazioni.")
	}
	return due, nil
}

// FundInput is a funding decision.
type FundInput struct {
	CUP                                        string
	DecreeNumber                               string
	DecreeDate                                 civil.Date
	GrantedCents                               int64
	EUCents, StateCents, RegionCents, OwnCents int64
	Title                                      string
	StartsOn, EndsOn                           *civil.Date
}

// Fund funds an admissible application and creates its project, with
// allocations equal to the requested budget per member and category when
// the grant equals the request, or scaled down by largest remainder when it
// is lower (the lead then re-plans it with a variation, internal/variation). Region officers of
// the call's Region may call it. It returns INVALID for a bad CUP, a grant
// above the request or a funding split that does not add up, CONFLICT for
// an illegal transition or a CUP already used.
func (s *Service) Fund(ctx context.Context, id pulid.ID, in FundInput) (*gen.Project, error) {
	ev, err := s.Evaluate(ctx, id)
	if err != nil {
		return nil, err
	}
	app := ev.Application
	if err := authz.Require(ctx, "Application", authz.ActDecide, scopeOf("", app.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := lifecycle.Application.Check(string(app.Status), "FUNDED"); err != nil {
		return nil, err
	}
	if err := checkFunding(&in, ev.Totals.TotalCents); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	c := s.Client(ctx)
	title := in.Title
	if title == "" {
		title = app.Title
	}
	funded, err := app.Update().SetStatus(application.StatusFUNDED).Save(sys)
	if err != nil {
		return nil, err
	}
	p, err := c.Project.Create().
		SetApplicationID(app.ID).SetCallID(app.CallID).SetAggregationID(app.AggregationID).
		SetTitle(title).SetCup(in.CUP).SetDecreeNumber(in.DecreeNumber).SetDecreeDate(in.DecreeDate).
		SetGrantedCents(in.GrantedCents).SetEuCents(in.EUCents).SetStateCents(in.StateCents).
		SetRegionCents(in.RegionCents).SetOwnCents(in.OwnCents).
		SetNillableStartsOn(in.StartsOn).SetNillableEndsOn(in.EndsOn).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if err := s.initialAllocations(ctx, app.ID, p.ID, in.GrantedCents); err != nil {
		return nil, err
	}
	return p, s.Emit(ctx, decided(funded, "/progetti/"+string(p.ID)))
}

// checkFunding checks a funding decision against the request: a valid CUP,
// a positive grant no larger than requested, an EU/State/Region split that
// adds up to it, and the decree's date.
func checkFunding(in *FundInput, requested int64) error {
	in.CUP = italy.NormalizeCode(in.CUP)
	if err := italy.ValidateCUP(in.CUP); err != nil {
		if ae, ok := apperr.As(err); ok {
			return ae.WithField("cup")
		}
		return err
	}
	switch {
	case in.GrantedCents <= 0:
		return apperr.InvalidField("grantedCents", "fund.granted", "L'importo concesso deve essere positivo.")
	case in.GrantedCents > requested:
		return apperr.InvalidField("grantedCents", "fund.above_request",
			fmt.Sprintf("L'importo concesso (%s) supera quello richiesto (%s).", money.FormatEUR(in.GrantedCents), money.FormatEUR(requested)))
	case in.EUCents+in.StateCents+in.RegionCents+in.OwnCents != 0 &&
		in.EUCents+in.StateCents+in.RegionCents != in.GrantedCents:
		return apperr.InvalidField("euCents", "fund.split",
			fmt.Sprintf("Le quote UE, Stato e Regione (%s) devono sommare all'importo concesso (%s).",
				money.FormatEUR(in.EUCents+in.StateCents+in.RegionCents), money.FormatEUR(in.GrantedCents)))
	case in.DecreeDate.IsZero() || !in.DecreeDate.Valid():
		return apperr.InvalidField("decreeDate", "fund.decree_date", "Indica la data del decreto di finanziamento.")
	}
	return nil
}

// initialAllocations gives a new project its allocations: the request per
// member × category, scaled to the grant with largest-remainder rounding
// so that they sum exactly to it.
func (s *Service) initialAllocations(ctx context.Context, appID, projectID pulid.ID, granted int64) error {
	c := s.Client(ctx)
	type key struct{ body, cat string }
	req := map[key]int64{}
	var keys []key
	lines, err := c.BudgetLine.Query().Where(budgetline.ApplicationID(appID)).All(ctx)
	if err != nil {
		return err
	}
	for _, l := range lines {
		k := key{string(l.BodyID), string(l.ExpenseCategoryID)}
		if _, ok := req[k]; !ok {
			keys = append(keys, k)
		}
		req[k] += l.AmountCents
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.body != b.body {
			return compareStrings(a.body, b.body)
		}
		return compareStrings(a.cat, b.cat)
	})
	weights := make([]int64, len(keys))
	for i, k := range keys {
		weights[i] = req[k]
	}
	parts, err := money.SplitLargestRemainder(granted, weights)
	if err != nil {
		return err
	}
	var creates []*gen.AllocationCreate
	for i, k := range keys {
		creates = append(creates, c.Allocation.Create().SetProjectID(projectID).
			SetBodyID(pulid.ID(k.body)).SetExpenseCategoryID(pulid.ID(k.cat)).SetAmountCents(parts[i]))
	}
	sys := authz.Elevate(ctx)
	for start := 0; start < len(creates); start += 200 {
		if err := c.Allocation.CreateBulk(creates[start:min(start+200, len(creates))]...).Exec(sys); err != nil {
			return err
		}
	}
	return nil
}

// MembersEditable reports whether an aggregation's members may change now:
// the same rule (hooks.MembersEditable) that refuses a membership change
// with CONFLICT membership.frozen. Whoever may read the aggregation may ask.
func (s *Service) MembersEditable(ctx context.Context, aggregationID pulid.ID) (bool, error) {
	return hooks.MembersEditable(ctx, s.Client(ctx), aggregationID)
}
