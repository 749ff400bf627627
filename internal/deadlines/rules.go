package deadlines

import (
	"fmt"
	"strings"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
)

// DefaultIntegrationDays is the term to answer an integration request when
// neither the officer nor the call gives one: the ten days L. 241/1990
// art. 10-bis gives an applicant to answer the notice of the grounds for
// refusal, the term of the same law closest to a request for missing
// items (art. 6 c. 1 lett. b), which sets none itself.
const DefaultIntegrationDays = 10

// DefaultReviewDays is the term of an auditor's review of a claim when the
// call sets none: 60 days from submission, so that the Region can pay
// within the 80 days from the payment claim of Reg. (UE) 2021/1060 art. 74
// c. 1 lett. b.
const DefaultReviewDays = 60

// IntegrationDueOn returns the day an integration requested on day must be
// answered by under the call's rules (integrationDays, else
// DefaultIntegrationDays).
func IntegrationDueOn(c *gen.Call, day civil.Date) (civil.Date, bool) {
	n := DefaultIntegrationDays
	if c != nil && c.IntegrationDays != nil {
		n = *c.IntegrationDays
	}
	return day.AddDaysChecked(n)
}

// ProjectFacts are the rows the deadlines of one project are computed
// from, as the viewer reads them.
type ProjectFacts struct {
	Project *gen.Project
	// Call is the project's call (its rules).
	Call *gen.Call
	// ContractSigned reports whether a contract of the project has been
	// signed.
	ContractSigned bool
	// Claims are the project's expense claims.
	Claims []*gen.ExpenseClaim
	// Deliverables are the project's deliverables, each with its body
	// (Edges.Body) for the title.
	Deliverables []*gen.Deliverable
	// Milestones are the project's milestones.
	Milestones []*gen.Milestone
	// Variations are the project's variations waiting for the Region
	// (REQUESTED).
	Variations []*gen.Variation
	// Today is the day the deadlines are computed on (the server's day in
	// Rome); the monitoring transmission due next is counted from it. Zero:
	// no monitoring deadline.
	Today civil.Date
}

// running reports whether the project still has obligations: a closed or
// revoked project has none.
func running(p *gen.Project) bool {
	return p.Status == project.StatusACTIVE || p.Status == project.StatusSUSPENDED || p.Status == project.StatusCOMPLETED
}

// OfProject returns the open deadlines of a project:
//   - CONTRACT_SIGNATURE while no contract is signed (and the project is
//     active or suspended): the funding decree's date plus the call's
//     contractDeadlineMonths, counted as art. 2963 c.c. counts months;
//   - DELIVERABLE_DUE for each deliverable with a due date neither
//     delivered nor accepted, for the member referent of its body; and,
//     for the deliverables defined once for every member (a group key),
//     one more per group for the lead, who coordinates them, due on the
//     earliest open copy;
//   - MILESTONE_DUE for each pending DEADLINE milestone, for the lead;
//   - CLAIM_DUE, for the lead: the reporting periods run every
//     reportingEveryMonths from the project's start (its startsOn, else
//     the decree's date) and a period's claim is due on its last day; the
//     deadline is the first period end after the last period a submitted
//     claim covers, and the planned end for the last, shorter period. A
//     REPORTING milestone is the same obligation written by hand: when the
//     call sets a cadence the milestone gives no deadline of its own, and
//     when it sets none each pending REPORTING milestone is a
//     MILESTONE_DUE like a DEADLINE one;
//   - CLAIM_REVIEW for each claim SUBMITTED or UNDER_REVIEW, for the
//     auditors of the Region: submission plus the call's reviewDays (else
//     DefaultReviewDays);
//   - VARIATION_DECISION for each REQUESTED variation, for the officers
//     of the Region: submission plus the call's reviewDays (else
//     DefaultReviewDays);
//   - PROJECT_END, the planned end of an active or suspended project, for
//     the lead;
//   - MONITORING_TRANSMISSION, for the lead, when the call is monitored
//     through the PUC (its pucSettings are set): the next bimonthly
//     transmission whose term is on or after Today (MonitoringTransmissions),
//     while the project is active or suspended and, once completed, up to
//     the transmission that reports its end. Capofila does not know when
//     the data reached the Region, so a term that passes gives way to the
//     next one instead of being listed as missed.
//
// A term whose date cannot be computed (a missing rule or date, a date
// out of range) gives no deadline.
func OfProject(f ProjectFacts) []Deadline {
	p, c := f.Project, f.Call
	if p == nil || !running(p) {
		return nil
	}
	pid := string(p.ID)
	lead := Actor{Role: authz.LeadManager, AggregationID: string(p.AggregationID)}
	base := "/progetti/" + pid
	var out []Deadline
	add := func(d Deadline) {
		d.ProjectID = pid
		d.RemindDaysBefore = DefaultReminders
		out = append(out, d)
	}
	open := p.Status == project.StatusACTIVE || p.Status == project.StatusSUSPENDED
	cadence := c != nil && c.ReportingEveryMonths != nil

	if open && !f.ContractSigned && c != nil && c.ContractDeadlineMonths != nil {
		if due, ok := p.DecreeDate.AddMonths(*c.ContractDeadlineMonths); ok {
			add(Deadline{Key: "CONTRACT:" + pid, Kind: KindContractSignature, DueOn: due,
				Title:       "Firma del primo contratto – " + p.Title,
				SubjectType: "Project", SubjectID: pid, Path: base + "/procedure", Actor: lead})
		}
	}

	type group struct {
		first *gen.Deliverable
		n     int
	}
	groups := map[string]*group{}
	for _, d := range f.Deliverables {
		if d.DueOn == nil || !deliverableOpen(d.Status) {
			continue
		}
		body := ""
		if d.Edges.Body != nil {
			body = " – " + d.Edges.Body.Name
		}
		add(Deadline{Key: "DELIVERABLE:" + string(d.ID), Kind: KindDeliverableDue, DueOn: *d.DueOn,
			Title:       fmt.Sprintf("Consegna di «%s»%s", d.Title, body),
			SubjectType: "Deliverable", SubjectID: string(d.ID), Path: base + "/prodotti",
			Actor: Actor{Role: authz.MemberReferent, AggregationID: string(p.AggregationID), BodyID: string(d.BodyID)}})
		if d.GroupKey == "" {
			continue
		}
		g := groups[d.GroupKey]
		if g == nil {
			g = &group{first: d}
			groups[d.GroupKey] = g
		}
		g.n++
		if d.DueOn.Before(*g.first.DueOn) || (d.DueOn.Compare(*g.first.DueOn) == 0 && d.ID < g.first.ID) {
			g.first = d
		}
	}
	for key, g := range groups {
		enti := "1 ente"
		if g.n > 1 {
			enti = fmt.Sprintf("%d enti", g.n)
		}
		add(Deadline{Key: "DELIVERABLE_GROUP:" + pid + ":" + key, Kind: KindDeliverableDue, DueOn: *g.first.DueOn,
			Title:       fmt.Sprintf("Consegna di «%s» – %s ancora da consegnare", g.first.Title, enti),
			SubjectType: "Deliverable", SubjectID: string(g.first.ID), Path: base + "/prodotti", Actor: lead})
	}

	for _, m := range f.Milestones {
		if m.DoneOn != nil {
			continue
		}
		if m.Kind != milestone.KindDEADLINE && (m.Kind != milestone.KindREPORTING || cadence) {
			continue
		}
		add(Deadline{Key: "MILESTONE:" + string(m.ID), Kind: KindMilestoneDue, DueOn: m.DueOn, Title: m.Title,
			SubjectType: "Milestone", SubjectID: string(m.ID), Path: base + "/cronoprogramma", Actor: lead})
	}

	if cadence {
		if due, ok := NextClaimDue(p, *c.ReportingEveryMonths, f.Claims); ok {
			add(Deadline{Key: "CLAIM:" + pid + ":" + due.String(), Kind: KindClaimDue, DueOn: due,
				Title:       fmt.Sprintf("Rendiconto delle spese al %s – %s", due.Italian(), p.Title),
				SubjectType: "Project", SubjectID: pid, Path: base + "/rendiconti", Actor: lead})
		}
	}

	reviewDays := DefaultReviewDays
	if c != nil && c.ReviewDays != nil {
		reviewDays = *c.ReviewDays
	}
	for _, cl := range f.Claims {
		if (cl.Status != expenseclaim.StatusSUBMITTED && cl.Status != expenseclaim.StatusUNDER_REVIEW) || cl.SubmittedAt == nil {
			continue
		}
		if due, ok := dayOf(*cl.SubmittedAt).AddDaysChecked(reviewDays); ok {
			add(Deadline{Key: "CLAIM_REVIEW:" + string(cl.ID), Kind: KindClaimReview, DueOn: due,
				Title:       fmt.Sprintf("Controllo del rendiconto n. %d – %s", cl.Number, p.Title),
				SubjectType: "ExpenseClaim", SubjectID: string(cl.ID), Path: "/rendiconti/" + string(cl.ID),
				Actor: Actor{Role: authz.Auditor, RegionBodyID: cl.TenantRegionID}})
		}
	}

	for _, v := range f.Variations {
		if v.Status != variation.StatusREQUESTED || v.SubmittedAt == nil {
			continue
		}
		if due, ok := dayOf(*v.SubmittedAt).AddDaysChecked(reviewDays); ok {
			add(Deadline{Key: "VARIATION_DECISION:" + string(v.ID), Kind: KindVariationDecision, DueOn: due,
				Title:       fmt.Sprintf("Decisione sulla variazione n. %d – %s", v.Number, p.Title),
				SubjectType: "Variation", SubjectID: string(v.ID), Path: fmt.Sprintf("%s/variazioni/%s", base, v.ID),
				Actor: Actor{Role: authz.RegionOfficer, RegionBodyID: v.TenantRegionID}})
		}
	}

	if open && p.EndsOn != nil {
		add(Deadline{Key: "PROJECT_END:" + pid, Kind: KindProjectEnd, DueOn: *p.EndsOn,
			Title:       "Conclusione del progetto – " + p.Title,
			SubjectType: "Project", SubjectID: pid, Path: base, Actor: lead})
	}

	if t, ok := monitoringDue(f, open); ok {
		add(Deadline{Key: fmt.Sprintf("MONITORING:%s:%s", pid, t.CutOff), Kind: KindMonitoringTransmission, DueOn: t.DueOn,
			Title:       fmt.Sprintf("Dati di monitoraggio (PUC) al %s – %s", t.CutOff.Italian(), p.Title),
			SubjectType: "Project", SubjectID: pid, Path: base, Actor: lead})
	}
	return out
}

func deliverableOpen(s deliverable.Status) bool {
	return s == deliverable.StatusPLANNED || s == deliverable.StatusIN_PROGRESS || s == deliverable.StatusREJECTED
}

// NextClaimDue returns the end of the first reporting period of p, every
// months from its start, that no submitted claim covers (a claim not in
// DRAFT covers up to its periodEnd); the planned end when that period
// would run past it; false when every period is covered or the dates are
// missing.
func NextClaimDue(p *gen.Project, months int, claims []*gen.ExpenseClaim) (civil.Date, bool) {
	start := p.DecreeDate
	if p.StartsOn != nil {
		start = *p.StartsOn
	}
	covered, ok := start.AddDaysChecked(-1)
	if !ok || months <= 0 {
		return civil.Date{}, false
	}
	for _, cl := range claims {
		if cl.Status != expenseclaim.StatusDRAFT && cl.PeriodEnd.After(covered) {
			covered = cl.PeriodEnd
		}
	}
	if p.EndsOn != nil && !covered.Before(*p.EndsOn) {
		return civil.Date{}, false
	}
	// Periods are counted from the start each time (not chained), so that
	// a period ending on the 28th of February does not pull every later
	// one to the 28th.
	for k := 1; k <= 1200; k++ {
		next, ok := start.AddMonths(k * months)
		if !ok {
			return civil.Date{}, false
		}
		end := next.AddDays(-1)
		if p.EndsOn != nil && end.After(*p.EndsOn) {
			return *p.EndsOn, true
		}
		if end.After(covered) {
			return end, true
		}
	}
	return civil.Date{}, false
}

// OfApplication returns the open deadlines of an application of call c:
//   - INTEGRATION_RESPONSE while INTEGRATION_REQUESTED, on its
//     integrationDueOn, for the lead;
//   - APPLICATION_DECISION while SUBMITTED, submission plus the call's
//     decisionDays, for the officers of the call's Region (none when the
//     call sets no term).
func OfApplication(a *gen.Application, c *gen.Call) []Deadline {
	aid := string(a.ID)
	path := "/domande/" + aid
	switch {
	case a.Status == application.StatusINTEGRATION_REQUESTED && a.IntegrationDueOn != nil:
		return []Deadline{{Key: "INTEGRATION:" + aid, Kind: KindIntegrationResponse, DueOn: *a.IntegrationDueOn,
			Title:       fmt.Sprintf("Integrazioni alla domanda «%s»", a.Title),
			SubjectType: "Application", SubjectID: aid, Path: path, RemindDaysBefore: DefaultReminders,
			Actor: Actor{Role: authz.LeadManager, AggregationID: string(a.AggregationID)}}}
	case a.Status == application.StatusSUBMITTED && a.SubmittedAt != nil && c != nil && c.DecisionDays != nil:
		due, ok := dayOf(*a.SubmittedAt).AddDaysChecked(*c.DecisionDays)
		if !ok {
			return nil
		}
		return []Deadline{{Key: "DECISION:" + aid, Kind: KindApplicationDecision, DueOn: due,
			Title:       fmt.Sprintf("Decisione sulla domanda «%s»", a.Title),
			SubjectType: "Application", SubjectID: aid, Path: path, RemindDaysBefore: DefaultReminders,
			Actor: Actor{Role: authz.RegionOfficer, RegionBodyID: a.TenantRegionID}}}
	}
	return nil
}

// dayOf is the day, in Rome, of an instant.
func dayOf(t time.Time) civil.Date { return civil.Of(t.In(civil.Rome)) }

// monitoringDue returns the monitoring transmission a project owes next, if
// its call is monitored through the PUC: the first whose term is on or
// after f.Today, for an open project; for a completed one, only up to the
// transmission of the period its planned end falls in.
func monitoringDue(f ProjectFacts, open bool) (MonitoringTransmission, bool) {
	p, c := f.Project, f.Call
	if c == nil || strings.TrimSpace(c.PucSettings) == "" || f.Today.IsZero() {
		return MonitoringTransmission{}, false
	}
	t := NextMonitoringTransmission(f.Today)
	if t.DueOn.IsZero() {
		return t, false
	}
	if open {
		return t, true
	}
	if p.EndsOn == nil {
		return t, false
	}
	last := MonitoringTransmissions(*p.EndsOn, p.EndsOn.AddDays(62))
	return t, len(last) > 0 && !t.CutOff.After(last[0].CutOff)
}
