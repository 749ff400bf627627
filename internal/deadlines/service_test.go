package deadlines_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	dl "github.com/capofila/capofila/internal/deadlines"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// demoDay is the day the demo's deadlines are looked at: its data are
// dated, so "missed" and "to come" hold as of a day.
var demoDay = civil.New(2026, 12, 7)

type demoViewers struct {
	lead, referent, officer, auditor, stranger context.Context
	grants                                     map[string]authz.Grant
	res                                        *demo.Result
	referentBody                               pulid.ID
}

func seedDemo(t *testing.T, c *gen.Client) demoViewers {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	res, err := demo.SeedFull(sys, c)
	if err != nil {
		t.Fatal(err)
	}
	body, err := c.PublicBody.Query().Where(publicbody.IstatCode(demo.MemberISTAT)).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	region := pulid.ID(res.Project.TenantRegionID)
	g := map[string]authz.Grant{
		"lead":     {Role: authz.LeadManager, AggregationID: res.Aggregation.ID},
		"referent": {Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: body.ID},
		"officer":  {Role: authz.RegionOfficer, RegionBodyID: region},
		"auditor":  {Role: authz.Auditor, RegionBodyID: region},
		"stranger": {Role: authz.LeadManager, AggregationID: "AG01NOTTHEDEMO"},
	}
	as := func(name string) context.Context {
		return authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST", Email: name + "@capofila.test", Grants: []authz.Grant{g[name]}})
	}
	return demoViewers{lead: as("lead"), referent: as("referent"), officer: as("officer"), auditor: as("auditor"), stranger: as("stranger"),
		grants: g, res: res, referentBody: body.ID}
}

func clock() time.Time { return demoDay.In(civil.Rome).Add(9 * time.Hour) }

// TestDemo_DeadlinesForEveryRole: the Marche Sud demo gives every role
// deadlines of its own (where.mine) both missed and to come: the auditors
// the review of claim 1 (missed) and of claim 2 (to come), the officers
// among others the decision on the pending extension.
func TestDemo_DeadlinesForEveryRole(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		v := seedDemo(t, d.Client())
		svc := dl.NewService(d.Client(), clock)
		for name, ctx := range map[string]context.Context{"lead": v.lead, "referent": v.referent, "officer": v.officer, "auditor": v.auditor} {
			ds, err := svc.ForViewer(ctx, dl.Filter{Mine: true})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var missed, upcoming int
			for _, x := range ds {
				if !x.Actor.MatchedBy(v.grants[name]) {
					t.Errorf("%s: %s is not the viewer's", name, x.Key)
				}
				if x.Overdue(demoDay) {
					missed++
				} else {
					upcoming++
				}
			}
			if missed == 0 || upcoming == 0 {
				t.Errorf("%s: %d missed and %d to come on %s; want both: %v", name, missed, upcoming, demoDay, ds)
			}
		}
		// The kinds the demo shows, as the system sees them.
		all, err := svc.All(context.Background(), dl.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[dl.Kind]bool{}
		for _, x := range all {
			kinds[x.Kind] = true
		}
		for _, k := range []dl.Kind{dl.KindDeliverableDue, dl.KindClaimDue, dl.KindClaimReview, dl.KindApplicationDecision, dl.KindProjectEnd, dl.KindVariationDecision, dl.KindMonitoringTransmission} {
			if !kinds[k] {
				t.Errorf("the demo has no %s deadline", k)
			}
		}
	})
}

// TestForViewer_ReadRules: a member referent's deadlines are computed from
// what it reads (its own body's deliverables, none of the other
// members'); another aggregation's lead gets none of Marche Sud's.
func TestForViewer_ReadRules(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		v := seedDemo(t, d.Client())
		svc := dl.NewService(d.Client(), clock)
		pid := string(v.res.Project.ID)

		lead, err := svc.ForViewer(v.lead, dl.Filter{ProjectID: pid})
		if err != nil {
			t.Fatal(err)
		}
		referent, err := svc.ForViewer(v.referent, dl.Filter{ProjectID: pid})
		if err != nil {
			t.Fatal(err)
		}
		leadKeys := map[string]bool{}
		otherBodies := 0
		for _, x := range lead {
			leadKeys[x.Key] = true
			if x.Kind == dl.KindDeliverableDue && x.Actor.Role == authz.MemberReferent && x.Actor.BodyID != string(v.referentBody) {
				otherBodies++
			}
		}
		if otherBodies == 0 {
			t.Fatal("the lead sees no other member's deliverables: the test proves nothing")
		}
		for _, x := range referent {
			if !leadKeys[x.Key] {
				t.Errorf("the referent sees %s, the lead does not", x.Key)
			}
			if x.Kind == dl.KindDeliverableDue && x.Actor.Role == authz.MemberReferent && x.Actor.BodyID != string(v.referentBody) {
				t.Errorf("the referent sees another member's deliverable: %s", x.Title)
			}
			if x.ProjectID != pid {
				t.Errorf("project filter: %s", x.Key)
			}
		}
		if len(referent) == 0 || len(referent) >= len(lead) {
			t.Errorf("the referent sees %d deadlines, the lead %d", len(referent), len(lead))
		}

		// A constant number of statements, however many members and rows:
		// no statement per project or per deliverable.
		before := d.Statements()
		if _, err := svc.ForViewer(v.lead, dl.Filter{}); err != nil {
			t.Fatal(err)
		}
		if n := d.Statements() - before; n > 12 {
			t.Errorf("ForViewer sent %d SQL statements, want at most 12", n)
		}

		stranger, err := svc.ForViewer(v.stranger, dl.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(stranger) != 0 {
			t.Errorf("another aggregation's lead sees %d deadlines, e.g. %s", len(stranger), stranger[0].Key)
		}

		// Sorted by due date, then key; overdue keeps the missed ones.
		for i := 1; i < len(lead); i++ {
			a, b := lead[i-1], lead[i]
			if c := a.DueOn.Compare(b.DueOn); c > 0 || (c == 0 && strings.Compare(a.Key, b.Key) >= 0) {
				t.Errorf("not sorted: %s %s before %s %s", a.DueOn, a.Key, b.DueOn, b.Key)
			}
		}
		overdue, err := svc.ForViewer(v.lead, dl.Filter{ProjectID: pid, Overdue: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range overdue {
			if !x.DueOn.Before(demoDay) {
				t.Errorf("overdue keeps %s due %s", x.Key, x.DueOn)
			}
		}
		if len(overdue) == 0 || len(overdue) == len(lead) {
			t.Errorf("%d overdue of %d", len(overdue), len(lead))
		}
	})
}
