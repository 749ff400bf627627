package project_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestDocuments lists a project's documents through each viewer's read
// rules: the lead and the Region's officer read every document attached
// to the project, a member referent its own body's and the shared ones,
// nobody a document attached to nothing, and a lead of another
// aggregation none at all.
func TestDocuments(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		p := res.Project
		dels, err := c.Deliverable.Query().Where(deliverable.ProjectID(p.ID)).Order(deliverable.ByID()).All(sys)
		if err != nil || len(dels) < 2 {
			t.Fatalf("deliverables: %d, %v", len(dels), err)
		}
		first, other := dels[0], dels[len(dels)-1]
		for _, x := range dels {
			if x.BodyID != first.BodyID {
				other = x
				break
			}
		}
		inv, err := c.Invoice.Query().Where(invoice.ProjectID(p.ID)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		newDoc := func(kind document.Kind, name string, body *pulid.ID) *gen.DocumentCreate {
			n++
			q := c.Document.Create().SetAggregationID(res.Aggregation.ID).SetKind(kind).SetFilename(name).
				SetMimeType("application/pdf").SetSizeBytes(int64(100 * n)).SetSha256(fmt.Sprintf("%064x", n)).SetStorageKey(fmt.Sprintf("test/%d", n))
			if body != nil {
				q.SetBodyID(*body)
			}
			return q
		}
		mine := newDoc(document.KindEVIDENCE, "mine.pdf", &first.BodyID).SetDeliverableID(first.ID).SaveX(sys)
		theirs := newDoc(document.KindEVIDENCE, "theirs.pdf", &other.BodyID).SetDeliverableID(other.ID).SaveX(sys)
		shared := newDoc(document.KindINVOICE_XML, "fattura.xml", nil).SetInvoiceID(inv.ID).SaveX(sys)
		newDoc(document.KindRESOLUTION, "loose.pdf", nil).SaveX(sys) // attached to nothing of the project

		region := pulid.ID(p.TenantRegionID)
		cases := []struct {
			name  string
			grant authz.Grant
			want  []string
		}{
			{"lead", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}, []string{"fattura.xml", "mine.pdf", "theirs.pdf"}},
			{"member", authz.Grant{Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: first.BodyID}, []string{"fattura.xml", "mine.pdf"}},
			{"officer", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: region}, []string{"fattura.xml", "mine.pdf", "theirs.pdf"}},
			{"auditor", authz.Grant{Role: authz.Auditor, RegionBodyID: region}, []string{"fattura.xml", "mine.pdf", "theirs.pdf"}},
			{"stranger", authz.Grant{Role: authz.LeadManager, AggregationID: "AG01NOTTHEDEMO"}, nil},
		}
		svc := project.NewService(c, nil, nil)
		for _, tc := range cases {
			ctx := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST", Email: tc.name + "@capofila.test", Grants: []authz.Grant{tc.grant}})
			docs, err := svc.Documents(ctx, p).Order(document.ByFilename()).All(ctx)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var got []string
			for _, x := range docs {
				got = append(got, x.Filename)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s lists %v, want %v", tc.name, got, tc.want)
			}
		}
		// The connection the API serves pages and counts the same list.
		lead := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST", Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}}})
		first2 := 2
		conn, err := svc.Documents(lead, p).Paginate(lead, nil, &first2, nil, nil,
			gen.WithDocumentOrder(&gen.DocumentOrder{Direction: "DESC", Field: gen.DocumentOrderFieldSizeBytes}))
		if err != nil {
			t.Fatal(err)
		}
		if conn.TotalCount != 3 || len(conn.Edges) != 2 || conn.Edges[0].Node.ID != shared.ID || conn.Edges[1].Node.ID != theirs.ID || !conn.PageInfo.HasNextPage {
			t.Errorf("page by size: total %d, %d edges, first %v", conn.TotalCount, len(conn.Edges), conn.Edges)
		}
		_ = mine
	})
}
