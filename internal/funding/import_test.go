package funding_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/testdb"
)

// leadOf seeds the demo and returns its draft application and a context of
// the demo lead manager.
func leadOf(t *testing.T, d *db.DB) (*gen.Client, *gen.Application, context.Context) {
	t.Helper()
	c := d.Client()
	res, err := demo.Seed(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	sys := authz.WithSystem(context.Background())
	app, err := c.Application.Query().Where(application.AggregationID(res.Aggregation.ID)).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	u, err := c.User.Query().Where(user.Email("capofila@sanbenedetto.test")).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	v := &authz.Viewer{UserID: u.ID, Email: u.Email,
		Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}}}
	return c, app, authz.NewContext(context.Background(), v)
}

func TestImportBudget_CSVAndXLSX(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c, app, lead := leadOf(t, d)
		svc := funding.NewService(c, nil)
		before, err := svc.Evaluate(lead, app.ID)
		if err != nil {
			t.Fatal(err)
		}

		t.Run("ErrRowsReportedNothingSaved", func(t *testing.T) {
			csv := "codice_istat;linea;categoria;anno;importo\n" +
				"044066;A;SERV;0;1.000,00\n" + // fine
				"999999;A;SERV;0;10,00\n" + // not a member
				"044023;Z;SERV;;10,00\n" + // no line Z
				"044023;B;SW;;12,345\n" + // three decimals
				"044066;A;SERV;0;5,00\n" // repeats row 2
			ev, rowErrs, err := svc.ImportBudget(lead, app.ID, "budget.csv", strings.NewReader(csv))
			if err != nil || ev != nil {
				t.Fatalf("want row errors only, got ev=%v err=%v", ev != nil, err)
			}
			want := map[int]string{3: "codice_istat", 4: "linea", 5: "importo", 6: "codice_istat"}
			if len(rowErrs) != len(want) {
				t.Fatalf("got %d errors %+v, want %d", len(rowErrs), rowErrs, len(want))
			}
			for _, e := range rowErrs {
				if want[e.Row] != e.Column || e.Reason == "" {
					t.Errorf("unexpected error %+v", e)
				}
			}
			after, err := svc.Evaluate(lead, app.ID)
			if err != nil {
				t.Fatal(err)
			}
			if after.Totals.TotalCents != before.Totals.TotalCents {
				t.Fatalf("a rejected import changed the budget: %d → %d", before.Totals.TotalCents, after.Totals.TotalCents)
			}
		})

		t.Run("ErrAmountBeyondBound", func(t *testing.T) {
			// 46.116.860.184.273.879,04 € is 2^62 cents: refused on its row,
			// nothing saved, totals unchanged.
			csv := "codice_istat;linea;categoria;importo\n044066;A;SERV;46116860184273879,04\n"
			ev, rowErrs, err := svc.ImportBudget(lead, app.ID, "budget.csv", strings.NewReader(csv))
			if ev != nil || (err == nil && len(rowErrs) == 0) {
				t.Fatalf("want a refusal, got ev=%v rows=%+v err=%v", ev != nil, rowErrs, err)
			}
			if ae, ok := apperr.As(err); err != nil && (!ok || ae.Code != apperr.Invalid) {
				t.Fatalf("want INVALID, got %v", err)
			}
			after, _ := svc.Evaluate(lead, app.ID)
			if after.Totals.TotalCents != before.Totals.TotalCents {
				t.Fatalf("the refused import changed the total: %d → %d", before.Totals.TotalCents, after.Totals.TotalCents)
			}
		})

		t.Run("ErrZipBomb", func(t *testing.T) {
			_, _, err := svc.ImportBudget(lead, app.ID, "b.xlsx", bytes.NewReader([]byte("PK\x03\x04 not really a workbook")))
			if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Invalid || ae.Field != "file" {
				t.Fatalf("want INVALID on file, got %v", err)
			}
		})

		t.Run("ErrMissingColumn", func(t *testing.T) {
			_, rowErrs, err := svc.ImportBudget(lead, app.ID, "b.csv", strings.NewReader("ente,linea,importo\nX,A,1\n"))
			if err != nil || len(rowErrs) == 0 || rowErrs[0].Row != 1 {
				t.Fatalf("want header errors on row 1, got %+v, %v", rowErrs, err)
			}
		})

		t.Run("OK CSV", func(t *testing.T) {
			csv := "Codice ISTAT,Linea,Categoria,Importo\n44066,A,SERV,\"1.000,00\"\n044023,B,SW,250.5\n"
			ev, rowErrs, err := svc.ImportBudget(lead, app.ID, "budget.csv", strings.NewReader(csv))
			if err != nil || len(rowErrs) > 0 {
				t.Fatalf("import: %+v, %v", rowErrs, err)
			}
			sbt, grot := bodyByISTAT(t, ev, "044066"), bodyByISTAT(t, ev, "044023")
			if got := lineAmount(t, c, app.ID, sbt, "A", "SERV"); got != 100_000 {
				t.Errorf("San Benedetto A/SERV = %d, want 100000", got)
			}
			if got := lineAmount(t, c, app.ID, grot, "B", "SW"); got != 25_050 {
				t.Errorf("Grottammare B/SW = %d, want 25050", got)
			}
		})

		t.Run("OK XLSX", func(t *testing.T) {
			f := excelize.NewFile()
			rows := [][]any{{"codice_istat", "linea", "categoria", "importo"}, {"044066", "C", "SW", "2.345,67"}}
			for i, r := range rows {
				cell, _ := excelize.CoordinatesToCellName(1, i+1)
				if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			if err := f.Write(&buf); err != nil {
				t.Fatal(err)
			}
			ev, rowErrs, err := svc.ImportBudget(lead, app.ID, "budget.xlsx", &buf)
			if err != nil || len(rowErrs) > 0 {
				t.Fatalf("import: %+v, %v", rowErrs, err)
			}
			if got := lineAmount(t, c, app.ID, bodyByISTAT(t, ev, "044066"), "C", "SW"); got != 234_567 {
				t.Errorf("San Benedetto C/SW = %d, want 234567", got)
			}
		})
	})
}

func bodyByISTAT(t *testing.T, ev *funding.Evaluation, istat string) string {
	t.Helper()
	for id, b := range ev.Bodies {
		if b.IstatCode != nil && *b.IstatCode == istat {
			return id
		}
	}
	t.Fatalf("no member %s", istat)
	return ""
}

func lineAmount(t *testing.T, c *gen.Client, appID pulid.ID, body, line, cat string) int64 {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	app, err := c.Application.Query().Where(application.ID(appID)).
		WithCall(func(q *gen.CallQuery) { q.WithInterventionLines().WithExpenseCategories() }).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	var lineID, catID string
	for _, l := range app.Edges.Call.Edges.InterventionLines {
		if l.Code == line {
			lineID = string(l.ID)
		}
	}
	for _, k := range app.Edges.Call.Edges.ExpenseCategories {
		if k.Code == cat {
			catID = string(k.ID)
		}
	}
	bls, err := app.QueryBudgetLines().All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bls {
		if string(b.BodyID) == body && string(b.InterventionLineID) == lineID && string(b.ExpenseCategoryID) == catID {
			return b.AmountCents
		}
	}
	return 0
}
