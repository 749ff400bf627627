package project_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/membership"
	gproject "github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestAllocationSummary_SystemReadsMatchTheRules: AllocationSummary reads
// a project's rows as the system once the viewer has read the project. For
// every role that can see the project, the figures must be those the
// viewer's own read rules give; a rule that one day hides some of a
// project's rows from one of its viewers fails here.
func TestAllocationSummary_SystemReadsMatchTheRules(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		p := res.Project
		member, err := c.Membership.Query().Where(membership.AggregationID(res.Aggregation.ID)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		region := pulid.ID(p.TenantRegionID)
		viewers := map[string]authz.Grant{
			"lead":    {Role: authz.LeadManager, AggregationID: res.Aggregation.ID},
			"member":  {Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: member.BodyID},
			"auditor": {Role: authz.Auditor, RegionBodyID: region},
			"officer": {Role: authz.RegionOfficer, RegionBodyID: region},
		}
		svc := project.NewService(c, nil, nil)
		strict := project.WithViewerSummaryReads(svc)
		// The reference cache (summary_reference.go) serves every viewer
		// the reference data read once: cold, then warm, per role.
		cached := project.NewService(c, nil, nil)
		cached.CacheReference(d.ReferenceStamp)
		testdb.Listen(t, d)
		for name, g := range viewers {
			ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST", Email: name + "@capofila.test", Grants: []authz.Grant{g}})
			for _, body := range []*pulid.ID{nil, &member.BodyID} {
				want, err := strict.AllocationSummary(ctx, p.ID, body)
				if err != nil {
					t.Fatalf("%s, the viewer's reads: %v", name, err)
				}
				for _, run := range []struct {
					name string
					svc  *project.Service
				}{{"system reads", svc}, {"reference cache", cached}, {"reference cache, again", cached}} {
					got, err := run.svc.AllocationSummary(ctx, p.ID, body)
					if err != nil {
						t.Fatalf("%s, %s: %v", name, run.name, err)
					}
					if g, w := figures(t, got), figures(t, want); g != w {
						t.Errorf("%s (member %v): the %s give\n%s\nthe viewer's rules\n%s", name, body != nil, run.name, g, w)
					}
				}
				got, _ := svc.AllocationSummary(ctx, p.ID, body)
				if got.Totals.Invoiced == 0 || got.Totals.Claimed == 0 || got.Totals.Committed == 0 {
					t.Errorf("%s: totals %+v: the demo no longer exercises every figure", name, got.Totals)
				}
			}
		}
		// A body outside the aggregation, or a viewer outside the project,
		// still reads nothing.
		stranger := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST",
			Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: "AG01NOTTHEDEMO"}}})
		for _, s := range []*project.Service{svc, cached} {
			if _, err := s.AllocationSummary(stranger, p.ID, nil); err == nil {
				t.Error("a lead of another aggregation read the demo's summary")
			}
		}
	})
}

// TestProjectAllocationSummaryOn_MatchesTheSummaryByID: the GraphQL
// project's summary uses the project its resolver was given instead of
// reading it again. Role by role, with the project read whole and read
// with some columns only (a narrowed GraphQL read: the summary must read
// it again), it gives the figures of AllocationSummary, and the plan
// version of a day the same as AllocationSummaryAt.
func TestProjectAllocationSummaryOn_MatchesTheSummaryByID(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		member, err := c.Membership.Query().Where(membership.AggregationID(res.Aggregation.ID)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		region := pulid.ID(res.Project.TenantRegionID)
		svc := project.NewService(c, nil, nil)
		for name, g := range map[string]authz.Grant{
			"lead":    {Role: authz.LeadManager, AggregationID: res.Aggregation.ID},
			"member":  {Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: member.BodyID},
			"auditor": {Role: authz.Auditor, RegionBodyID: region},
		} {
			ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST", Email: name + "@capofila.test", Grants: []authz.Grant{g}})
			whole, err := c.Project.Get(ctx, res.Project.ID)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			narrow, err := c.Project.Query().Where(gproject.ID(res.Project.ID)).Select(gproject.FieldTitle).Only(ctx)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			day := whole.DecreeDate.AddDays(1)
			for _, body := range []*pulid.ID{nil, &member.BodyID} {
				want, err := svc.AllocationSummary(ctx, res.Project.ID, body)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				wantAt, err := svc.AllocationSummaryAt(ctx, res.Project.ID, body, day)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				for _, p := range []*gen.Project{whole, narrow} {
					got, err := svc.ProjectAllocationSummaryOn(ctx, p, body, nil)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if g, w := figures(t, got), figures(t, want); g != w {
						t.Errorf("%s (member %v, narrowed %v): got\n%s\nwant\n%s", name, body != nil, p == narrow, g, w)
					}
					gotAt, err := svc.ProjectAllocationSummaryOn(ctx, p, body, &day)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if g, w := figures(t, gotAt), figures(t, wantAt); g != w {
						t.Errorf("%s on %s (member %v, narrowed %v): got\n%s\nwant\n%s", name, day, body != nil, p == narrow, g, w)
					}
				}
			}
		}
	})
}

func figures(t *testing.T, s *project.Summary) string {
	t.Helper()
	type member struct {
		Body    pulid.ID
		Name    string
		Figures project.Figures
		Cats    []project.Figures
		Lines   []project.Figures
	}
	out := struct {
		Totals         project.Figures
		PopulationYear *int
		Missing        []pulid.ID
		CatIDs         []string
		Cats           []project.Figures
		LineIDs        []string
		Lines          []project.Figures
		Members        []member
	}{Totals: s.Totals, PopulationYear: s.PopulationYear}
	for _, b := range s.PopulationMissing {
		out.Missing = append(out.Missing, b.ID)
	}
	for _, c := range s.Categories {
		out.CatIDs = append(out.CatIDs, string(c.Category.ID)+" "+c.Category.Name)
		out.Cats = append(out.Cats, c.Figures)
	}
	for _, l := range s.Lines {
		if l.Line != nil {
			out.LineIDs = append(out.LineIDs, string(l.Line.ID)+" "+l.Line.Name)
		}
		out.Lines = append(out.Lines, l.Figures)
	}
	for _, m := range s.Members {
		mm := member{Body: m.Body.ID, Name: m.Body.Name, Figures: m.Figures}
		for _, c := range m.Categories {
			mm.Cats = append(mm.Cats, c.Figures)
		}
		for _, l := range m.Lines {
			mm.Lines = append(mm.Lines, l.Figures)
		}
		out.Members = append(out.Members, mm)
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
