package demo_test

import (
	"context"
	"testing"

	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestSeedFull_RunningProject: the full demo holds a running project whose
// figures add up, seen by the Region's auditor, and seeding twice changes
// nothing.
func TestSeedFull_RunningProject(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		first, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		if first.Project == nil || again.Project.ID != first.Project.ID {
			t.Fatalf("projects %v / %v: want the same one twice", first.Project, again.Project)
		}
		p := first.Project
		auditor := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01", Grants: []authz.Grant{{Role: authz.Auditor, RegionBodyID: first.Region.ID}}})
		svc := project.NewService(c, nil, nil)
		sum, err := svc.AllocationSummary(auditor, p.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		invs, err := c.Invoice.Query().Where(invoice.ProjectID(p.ID)).WithPayments().All(sys)
		if err != nil {
			t.Fatal(err)
		}
		var invoiced, paid int64
		flagged := 0
		for _, in := range invs {
			if len(in.Problems) > 0 {
				flagged++
			}
			invoiced += in.TotalCents
			for _, py := range in.Edges.Payments {
				paid += py.AmountCents
			}
		}
		// 118.150,00 € and 96.000,00 € net, VAT at 22%.
		const committed = 11_815_000 + 2_599_300 + 9_600_000 + 2_112_000
		f := sum.Totals
		switch {
		case len(sum.Members) != demo.Members:
			t.Errorf("%d members in the summary, want %d", len(sum.Members), demo.Members)
		case f.Allocated != p.GrantedCents:
			t.Errorf("allocated %d, want the grant %d", f.Allocated, p.GrantedCents)
		case f.Committed != committed:
			t.Errorf("committed %d, want %d", f.Committed, committed)
		case f.Invoiced != invoiced || f.Paid != paid:
			t.Errorf("invoiced %d paid %d, want %d and %d", f.Invoiced, f.Paid, invoiced, paid)
		case f.Claimed != invs[0].TotalCents && f.Claimed != invs[1].TotalCents && f.Claimed != invs[2].TotalCents:
			t.Errorf("claimed %d: want one receipted invoice's total", f.Claimed)
		case len(invs) != 3 || flagged != 1:
			t.Errorf("%d invoices, %d flagged; want 3 and 1 (no CUP)", len(invs), flagged)
		}
		queue, err := svc.ReviewQueue(auditor, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(queue) != 1 || queue[0].Status != expenseclaim.StatusSUBMITTED {
			t.Errorf("review queue %v, want the submitted demo claim", queue)
		}
		over, err := svc.OverdueItems(auditor, p.ID, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(over.Milestones) == 0 {
			t.Errorf("no overdue milestone in the demo")
		}
		t.Logf("demo project: granted %d, committed %d, invoiced %d, paid %d, claimed %d; %d overdue deliverables, %d milestones",
			p.GrantedCents, f.Committed, f.Invoiced, f.Paid, f.Claimed, len(over.Deliverables), len(over.Milestones))
	})
}
