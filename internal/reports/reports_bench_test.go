package reports_test

import (
	"context"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/demo"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// BenchmarkClaimReportFromDB measures the 64-member claim report of the
// demo as a download does it: the data read as the viewer (an auditor of
// the Region) from an embedded database, then rendered; no frozen copy.
func BenchmarkClaimReportFromDB(b *testing.B) {
	d := testdb.Open(b, dialect.SQLite)
	sys := authz.WithSystem(context.Background())
	res, err := demo.SeedFull(sys, d.Client())
	if err != nil {
		b.Fatal(err)
	}
	cl, err := d.Client().ExpenseClaim.Query().Where(expenseclaim.ProjectID(res.Project.ID), expenseclaim.Number(1)).Only(sys)
	if err != nil {
		b.Fatal(err)
	}
	auditor := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01",
		Grants: []authz.Grant{{Role: authz.Auditor, RegionBodyID: res.Region.ID}}})
	svc := reports.NewService(d.Client(), nil, nil, projectsvc.NewService(d.Client(), nil, nil))
	b.ReportAllocs()
	for b.Loop() {
		data, err := svc.ClaimData(auditor, cl, "BENCH")
		if err != nil {
			b.Fatal(err)
		}
		if len(data.Expenses) != demo.Members {
			b.Fatalf("%d expenses", len(data.Expenses))
		}
	}
}
