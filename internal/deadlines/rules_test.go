package deadlines_test

import (
	"slices"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	dl "github.com/capofila/capofila/internal/deadlines"
)

func day(s string) civil.Date   { return civil.MustParse(s) }
func dayp(s string) *civil.Date { d := day(s); return &d }
func intp(n int) *int           { return &n }
func at(s string) *time.Time    { t := day(s).In(civil.Rome).Add(10 * time.Hour); return &t }
func keys(ds []dl.Deadline) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Key + " " + d.DueOn.String() + " " + string(d.Actor.Role)
	}
	slices.Sort(out)
	return out
}

// proj is a running project funded on 14 March 2025, from 1 April 2025 to
// 31 March 2028, in aggregation AG1 of Region RG1.
func proj() *gen.Project {
	return &gen.Project{ID: "PR1", AggregationID: "AG1", TenantAggregationID: "AG1", TenantRegionID: "RG1",
		Title: "Marche Sud digitale", Cup: "D71B21000450006", DecreeDate: day("2025-03-14"),
		Status: project.StatusACTIVE, StartsOn: dayp("2025-04-01"), EndsOn: dayp("2028-03-31")}
}

func TestOfProject_EveryKind(t *testing.T) {
	call := &gen.Call{ContractDeadlineMonths: intp(6), ReportingEveryMonths: intp(6)}
	body := &gen.PublicBody{Name: "Comune di Grottammare"}
	dv := func(id, group string, st deliverable.Status, due *civil.Date) *gen.Deliverable {
		d := &gen.Deliverable{ID: pulid.ID("DV" + id), Title: "Pagamenti online", Status: st, DueOn: due, BodyID: pulid.ID("PB" + id), GroupKey: group}
		d.Edges.Body = body
		return d
	}
	for _, tc := range []struct {
		name  string
		facts func() dl.ProjectFacts
		want  []string
	}{
		{"VariationDecision: submission + 60 days for the officers", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), ContractSigned: true, Variations: []*gen.Variation{
				{ID: "VA1", Number: 1, Status: "REQUESTED", SubmittedAt: at("2026-03-02"), TenantRegionID: "RG1"},
				{ID: "VA2", Number: 2, Status: "APPROVED", SubmittedAt: at("2026-03-02"), TenantRegionID: "RG1"},
			}}
		}, []string{"PROJECT_END:PR1 2028-03-31 LEAD_MANAGER", "VARIATION_DECISION:VA1 2026-05-01 REGION_OFFICER"}},
		{"ProjectEnd only", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), ContractSigned: true}
		}, []string{"PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"ContractSignature: decree + 6 months", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{ContractDeadlineMonths: intp(6)}}
		}, []string{"CONTRACT:PR1 2025-09-14 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"ContractSignature: none once signed or without the rule", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{}}
		}, []string{"PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"DeliverableDue: open ones, per body, and one per group for the lead", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), ContractSigned: true, Deliverables: []*gen.Deliverable{
				dv("1", "G1", deliverable.StatusPLANNED, dayp("2026-09-30")),
				dv("2", "G1", deliverable.StatusREJECTED, dayp("2026-09-15")),
				dv("3", "G1", deliverable.StatusDELIVERED, dayp("2026-08-01")),
				dv("4", "", deliverable.StatusIN_PROGRESS, dayp("2026-10-01")),
				dv("5", "", deliverable.StatusACCEPTED, dayp("2026-10-01")),
				dv("6", "", deliverable.StatusPLANNED, nil),
			}}
		}, []string{
			"DELIVERABLE:DV1 2026-09-30 MEMBER_REFERENT", "DELIVERABLE:DV2 2026-09-15 MEMBER_REFERENT", "DELIVERABLE:DV4 2026-10-01 MEMBER_REFERENT",
			"DELIVERABLE_GROUP:PR1:G1 2026-09-15 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"MilestoneDue: pending DEADLINE ones; REPORTING ones give way to the cadence", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: call, ContractSigned: true,
				Claims: []*gen.ExpenseClaim{{ID: "EX1", Status: expenseclaim.StatusACCEPTED, PeriodEnd: day("2027-09-30")}},
				Milestones: []*gen.Milestone{
					{ID: "MS1", Kind: milestone.KindDEADLINE, DueOn: day("2026-05-31")},
					{ID: "MS2", Kind: milestone.KindDEADLINE, DueOn: day("2026-04-30"), DoneOn: dayp("2026-04-20")},
					{ID: "MS3", Kind: milestone.KindMEETING, DueOn: day("2026-06-01")},
					{ID: "MS4", Kind: milestone.KindREPORTING, DueOn: day("2026-12-31")},
				}}
		}, []string{"CLAIM:PR1:2028-03-31 2028-03-31 LEAD_MANAGER", "MILESTONE:MS1 2026-05-31 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"MilestoneDue: a REPORTING one without a cadence", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{}, ContractSigned: true,
				Milestones: []*gen.Milestone{{ID: "MS4", Kind: milestone.KindREPORTING, DueOn: day("2026-12-31")}}}
		}, []string{"MILESTONE:MS4 2026-12-31 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"ClaimDue: the first period end no submitted claim covers; a draft covers nothing", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: call, ContractSigned: true, Claims: []*gen.ExpenseClaim{
				{ID: "EX1", Status: expenseclaim.StatusSUBMITTED, SubmittedAt: at("2026-01-30"), PeriodEnd: day("2025-12-31")},
				{ID: "EX2", Status: expenseclaim.StatusDRAFT, PeriodEnd: day("2026-09-30")},
			}}
		}, []string{"CLAIM:PR1:2026-03-31 2026-03-31 LEAD_MANAGER", "CLAIM_REVIEW:EX1 2026-03-31 AUDITOR", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"ClaimDue: the first period without claims; the review term from the call", func() dl.ProjectFacts {
			c := *call
			c.ReviewDays = intp(30)
			return dl.ProjectFacts{Project: proj(), Call: &c, ContractSigned: true, Claims: []*gen.ExpenseClaim{
				{ID: "EX1", Status: expenseclaim.StatusUNDER_REVIEW, SubmittedAt: at("2025-10-10"), PeriodEnd: day("2025-04-30"), TenantRegionID: "RG1"},
			}}
		}, []string{"CLAIM:PR1:2025-09-30 2025-09-30 LEAD_MANAGER", "CLAIM_REVIEW:EX1 2025-11-09 AUDITOR", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"ClaimDue: none once the whole project is claimed", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: call, ContractSigned: true, Claims: []*gen.ExpenseClaim{
				{ID: "EX9", Status: expenseclaim.StatusACCEPTED, PeriodEnd: day("2028-03-31")}}}
		}, []string{"PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"Completed: claims and reviews only", func() dl.ProjectFacts {
			p := proj()
			p.Status = project.StatusCOMPLETED
			return dl.ProjectFacts{Project: p, Call: call, Claims: []*gen.ExpenseClaim{
				{ID: "EX9", Status: expenseclaim.StatusACCEPTED, PeriodEnd: day("2027-12-31")}}}
		}, []string{"CLAIM:PR1:2028-03-31 2028-03-31 LEAD_MANAGER"}},
		{"MonitoringTransmission: the next term from today, when the call is monitored through the PUC", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{PucSettings: "COD_PROGRAMMA=2021IT16RFPR011"}, ContractSigned: true, Today: day("2026-12-07")}
		}, []string{"MONITORING:PR1:2026-12-31 2027-01-31 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"MonitoringTransmission: on the term's last day it is still that one", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{PucSettings: "COD_PROGRAMMA=2021IT16RFPR011"}, ContractSigned: true, Today: day("2026-11-30")}
		}, []string{"MONITORING:PR1:2026-10-31 2026-11-30 LEAD_MANAGER", "PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"MonitoringTransmission: none without monitoring settings", func() dl.ProjectFacts {
			return dl.ProjectFacts{Project: proj(), Call: &gen.Call{PucSettings: "  "}, ContractSigned: true, Today: day("2026-12-07")}
		}, []string{"PROJECT_END:PR1 2028-03-31 LEAD_MANAGER"}},
		{"MonitoringTransmission: a completed project reports its end, then nothing more", func() dl.ProjectFacts {
			p := proj()
			p.Status = project.StatusCOMPLETED
			return dl.ProjectFacts{Project: p, Call: &gen.Call{PucSettings: "COD_PROGRAMMA=X"}, Today: day("2028-04-10"),
				Claims: []*gen.ExpenseClaim{{ID: "EX9", Status: expenseclaim.StatusACCEPTED, PeriodEnd: day("2028-03-31")}}}
		}, []string{"MONITORING:PR1:2028-04-30 2028-05-31 LEAD_MANAGER"}},
		{"MonitoringTransmission: none for a completed project after the transmission of its end", func() dl.ProjectFacts {
			p := proj()
			p.Status = project.StatusCOMPLETED
			return dl.ProjectFacts{Project: p, Call: &gen.Call{PucSettings: "COD_PROGRAMMA=X"}, Today: day("2028-06-01"),
				Claims: []*gen.ExpenseClaim{{ID: "EX9", Status: expenseclaim.StatusACCEPTED, PeriodEnd: day("2028-03-31")}}}
		}, nil},
		{"Revoked: nothing", func() dl.ProjectFacts {
			p := proj()
			p.Status = project.StatusREVOKED
			return dl.ProjectFacts{Project: p, Call: call}
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := keys(dl.OfProject(tc.facts()))
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

func TestOfProject_TitlesPathsActors(t *testing.T) {
	d := &gen.Deliverable{ID: "DV1", BodyID: "PB7", Title: "Pagamenti online", Status: deliverable.StatusPLANNED, DueOn: dayp("2026-09-30")}
	d.Edges.Body = &gen.PublicBody{Name: "Comune di Acquaviva Picena"}
	ds := dl.OfProject(dl.ProjectFacts{Project: proj(), ContractSigned: true, Deliverables: []*gen.Deliverable{d}})
	i := slices.IndexFunc(ds, func(x dl.Deadline) bool { return x.Kind == dl.KindDeliverableDue })
	got := ds[i]
	want := dl.Deadline{Key: "DELIVERABLE:DV1", Kind: dl.KindDeliverableDue, Title: "Consegna di «Pagamenti online» – Comune di Acquaviva Picena",
		DueOn: day("2026-09-30"), ProjectID: "PR1", SubjectType: "Deliverable", SubjectID: "DV1", Path: "/progetti/PR1/prodotti",
		Actor: dl.Actor{Role: authz.MemberReferent, AggregationID: "AG1", BodyID: "PB7"}, RemindDaysBefore: dl.DefaultReminders}
	if got.Key != want.Key || got.Title != want.Title || got.Path != want.Path || got.Actor != want.Actor ||
		got.ProjectID != want.ProjectID || got.SubjectType != want.SubjectType || !slices.Equal(got.RemindDaysBefore, want.RemindDaysBefore) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestOfApplication(t *testing.T) {
	call := &gen.Call{DecisionDays: intp(90)}
	for _, tc := range []struct {
		name string
		app  *gen.Application
		call *gen.Call
		want []string
	}{
		{"IntegrationResponse on its date", &gen.Application{ID: "AP1", AggregationID: "AG1", Status: application.StatusINTEGRATION_REQUESTED, IntegrationDueOn: dayp("2026-12-17")}, call,
			[]string{"INTEGRATION:AP1 2026-12-17 LEAD_MANAGER"}},
		{"IntegrationResponse: none without a date", &gen.Application{ID: "AP1", Status: application.StatusINTEGRATION_REQUESTED}, call, nil},
		{"ApplicationDecision: submission + decisionDays", &gen.Application{ID: "AP2", TenantRegionID: "RG1", Status: application.StatusSUBMITTED, SubmittedAt: at("2026-11-30")}, call,
			[]string{"DECISION:AP2 2027-02-28 REGION_OFFICER"}},
		{"ApplicationDecision: none when the call sets no term", &gen.Application{ID: "AP2", Status: application.StatusSUBMITTED, SubmittedAt: at("2026-11-30")}, &gen.Call{}, nil},
		{"Draft: nothing", &gen.Application{ID: "AP3", Status: application.StatusDRAFT}, call, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := keys(dl.OfApplication(tc.app, tc.call)); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIntegrationDueOn(t *testing.T) {
	if got, _ := dl.IntegrationDueOn(&gen.Call{}, day("2026-12-07")); got != day("2026-12-17") {
		t.Errorf("default term: %s, want 10 days", got)
	}
	if got, _ := dl.IntegrationDueOn(&gen.Call{IntegrationDays: intp(30)}, day("2026-12-07")); got != day("2027-01-06") {
		t.Errorf("call's term: %s", got)
	}
}

func TestNeverProduced(t *testing.T) {
	// CUP_REQUEST and DISBURSEMENT_PAYMENT have no rule in the data: no
	// input gives them (the other kinds are covered above).
	ds := dl.OfProject(dl.ProjectFacts{Project: proj(), Call: &gen.Call{ContractDeadlineMonths: intp(1), ReportingEveryMonths: intp(1)}})
	for _, d := range ds {
		if d.Kind == dl.KindCUPRequest || d.Kind == dl.KindDisbursementPayment {
			t.Errorf("%s produced", d.Kind)
		}
	}
}

func TestReminderOn(t *testing.T) {
	d := dl.Deadline{DueOn: day("2026-12-31"), RemindDaysBefore: dl.DefaultReminders}
	for _, tc := range []struct {
		on   string
		want dl.Stage
	}{
		// 15 days before: no reminder yet; 14 to 8 days before, the
		// 14-day stage (told once, on the first day it runs); 7 to 2,
		// the 7-day stage; the day before; the day; any day after.
		{"2026-12-16", ""}, {"2026-12-17", dl.StageBefore14}, {"2026-12-23", dl.StageBefore14},
		{"2026-12-24", dl.StageBefore7}, {"2026-12-29", dl.StageBefore7}, {"2026-12-30", dl.StageBefore1},
		{"2026-12-31", dl.StageDue}, {"2027-01-01", dl.StageMissed}, {"2027-03-02", dl.StageMissed},
	} {
		got, ok := dl.ReminderOn(d, day(tc.on))
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: %q %v, want %q", tc.on, got, ok, tc.want)
		}
	}
	if got, ok := dl.ReminderOn(dl.Deadline{DueOn: day("2026-12-31"), RemindDaysBefore: []int{30}}, day("2026-12-01")); !ok || got != "BEFORE_30" {
		t.Errorf("custom reminder: %q %v", got, ok)
	}
}

func TestFilter_Keep(t *testing.T) {
	today := day("2026-12-07")
	d := dl.Deadline{Key: "K", Kind: dl.KindDeliverableDue, DueOn: day("2026-11-30"), ProjectID: "PR1",
		Actor: dl.Actor{Role: authz.MemberReferent, AggregationID: "AG1", BodyID: "PB7"}}
	referent := []authz.Grant{{Role: authz.MemberReferent, AggregationID: "AG1", BodyID: "PB7"}}
	other := []authz.Grant{{Role: authz.MemberReferent, AggregationID: "AG1", BodyID: "PB8"}, {Role: authz.LeadManager, AggregationID: "AG1"}}
	for _, tc := range []struct {
		name   string
		f      dl.Filter
		grants []authz.Grant
		want   bool
	}{
		{"zero", dl.Filter{}, nil, true},
		{"project", dl.Filter{ProjectID: "PR2"}, nil, false},
		{"kinds", dl.Filter{Kinds: []dl.Kind{dl.KindClaimDue}}, nil, false},
		{"kinds ok", dl.Filter{Kinds: []dl.Kind{dl.KindClaimDue, dl.KindDeliverableDue}}, nil, true},
		{"due before is strict", dl.Filter{DueBefore: dayp("2026-11-30")}, nil, false},
		{"due after is strict", dl.Filter{DueAfter: dayp("2026-11-30")}, nil, false},
		{"due after", dl.Filter{DueAfter: dayp("2026-11-29")}, nil, true},
		{"overdue", dl.Filter{Overdue: true}, nil, true},
		{"mine", dl.Filter{Mine: true}, referent, true},
		{"not mine: another body, the lead", dl.Filter{Mine: true}, other, false},
	} {
		if got := tc.f.Keep(d, today, tc.grants); got != tc.want {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
	if d.DaysLeft(today) != -7 || !d.Overdue(today) {
		t.Errorf("days left %d", d.DaysLeft(today))
	}
}

func TestSort(t *testing.T) {
	ds := []dl.Deadline{{Key: "B", DueOn: day("2026-01-02")}, {Key: "Z", DueOn: day("2026-01-01")}, {Key: "A", DueOn: day("2026-01-02")}}
	dl.Sort(ds)
	if ds[0].Key != "Z" || ds[1].Key != "A" || ds[2].Key != "B" {
		t.Errorf("%v", ds)
	}
}
