package reports_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// anacLot is a lot as the test reads it back from the dataset.
type anacLot struct {
	CIG   string `xml:"cig"`
	Paid  string `xml:"importoSommeLiquidate"`
	Award string `xml:"importoAggiudicazione"`
}

// legacyFixture adds to the demo's project three procedures of the lead
// from before 2024: A, started in 2022 and still running (contract ACTIVE,
// two split-payment invoices paid over 2022–2024); B, started in 2021 and
// completed that year (contract CLOSED); C, started in 2022 and cancelled.
func legacyFixture(t *testing.T, c *gen.Client, res *demo.Result) {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	v, err := c.Vendor.Query().Where(vendor.IsGrouping(false)).Order(vendor.ByName()).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	proc := func(title string, started civil.Date, status procurement.Status) *gen.Procurement {
		pc, err := c.Procurement.Create().SetProjectID(res.Project.ID).SetRunningBodyID(res.Aggregation.LeadID).SetTitle(title).
			SetObjectType(procurement.ObjectTypeSERVICES).SetProcedureType(procurement.ProcedureTypeDIRECT_AWARD).SetBaseCents(3_000_000).
			SetStartedOn(started).SetStatus(status).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		return pc
	}
	lot := func(pc *gen.Procurement, cig string, award bool) *gen.Lot {
		lc := c.Lot.Create().SetProcurementID(pc.ID).SetTitle(pc.Title).SetCig(cig).SetBaseCents(3_000_000)
		if award {
			lc.SetAwardCents(2_500_000).SetAwardedVendorID(v.ID).SetAwardedOn(pc.StartedOn.AddDays(20))
		}
		l, err := lc.Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	ctr := func(l *gen.Lot, status contract.Status, start, end civil.Date) *gen.Contract {
		ct, err := c.Contract.Create().SetLotID(l.ID).SetVendorID(v.ID).SetNetCents(2_500_000).SetVatCents(550_000).
			SetSignedOn(start).SetStartsOn(start).SetEndsOn(end).SetStatus(status).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		return ct
	}
	invoice := func(ct *gen.Contract, number string, on civil.Date, taxable int64, pays map[payment.Kind][][2]any) {
		vat := taxable * 22 / 100
		in, err := c.Invoice.Create().SetProjectID(res.Project.ID).SetContractID(ct.ID).SetVendorID(v.ID).SetSupplierVatID(*v.VatID).
			SetNumber(number).SetIssuedOn(on).SetTaxableCents(taxable).SetVatCents(vat).SetTotalCents(taxable + vat).
			SetSplitPayment(true).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		for kind, ps := range pays {
			for i, p := range ps {
				if err := c.Payment.Create().SetInvoiceID(in.ID).SetKind(kind).SetMandateNumber(number + "-" + string(kind) + "-" + string(rune('1'+i))).
					SetMandateDate(p[0].(civil.Date)).SetAmountCents(p[1].(int64)).Exec(sys); err != nil {
					t.Fatal(err)
				}
			}
		}
	}

	a := proc("Gestione documentale (2022)", civil.New(2022, 10, 3), procurement.StatusCONTRACTED)
	ctA := ctr(lot(a, "7654321183", true), contract.StatusACTIVE, civil.New(2022, 11, 1), civil.New(2025, 10, 31))
	invoice(ctA, "1/22", civil.New(2022, 11, 30), 1_000_000, map[payment.Kind][][2]any{
		payment.KindSUPPLIER: {{civil.New(2022, 12, 20), int64(1_000_000)}},
		payment.KindVAT_F24:  {{civil.New(2023, 1, 16), int64(220_000)}},
	})
	invoice(ctA, "9/23", civil.New(2023, 10, 31), 500_000, map[payment.Kind][][2]any{
		payment.KindSUPPLIER: {{civil.New(2023, 11, 30), int64(300_000)}, {civil.New(2024, 1, 10), int64(200_000)}},
		payment.KindVAT_F24:  {{civil.New(2023, 12, 16), int64(110_000)}},
	})
	b := proc("Sito istituzionale (2021)", civil.New(2021, 3, 1), procurement.StatusCONTRACTED)
	ctr(lot(b, "8874674CA7", true), contract.StatusCLOSED, civil.New(2021, 4, 1), civil.New(2021, 12, 31))
	cx := proc("Formazione annullata (2022)", civil.New(2022, 5, 2), procurement.StatusCANCELLED)
	lot(cx, "Z063947806", false)
}

// TestANAC190_YearsAndPaidNetOfVAT: the L. 190/2012 dataset lists a lot
// every year from its procedure's start until its completion (a running
// lot stays, a completed or cancelled one leaves), its
// importoSommeLiquidate is paid net of VAT by mandates dated up to 31
// December of the year, the output is valid against ANAC's XSD, and a year
// from 2024 is refused and points to the transparency table.
func TestANAC190_YearsAndPaidNetOfVAT(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		legacyFixture(t, c, res)
		svc := reports.NewService(c, nil, func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, civil.Rome) }, projectsvc.NewService(c, func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, civil.Rome) }, nil))
		lead := viewerOf(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID})
		for _, c := range []struct {
			year int
			want []anacLot
		}{
			{2020, nil},
			{2021, []anacLot{{CIG: "8874674CA7", Paid: "0.00", Award: "25000.00"}}},
			// A's supplier payment of December 2022; the VAT by F24 never counts.
			{2022, []anacLot{{CIG: "7654321183", Paid: "10000.00", Award: "25000.00"}, {CIG: "Z063947806", Paid: "0.00", Award: "0.00"}}},
			// Still running in 2023: both invoices' supplier payments of 2023 or before.
			{2023, []anacLot{{CIG: "7654321183", Paid: "13000.00", Award: "25000.00"}}},
		} {
			t.Run(fmt.Sprint(c.year), func(t *testing.T) {
				f, err := svc.ANAC190(lead, res.Aggregation.LeadID, c.year, "https://capofila.example.it")
				if err != nil {
					t.Fatal(err)
				}
				var got struct {
					Lots []anacLot `xml:"data>lotto"`
				}
				if err := xml.Unmarshal(f.Data, &got); err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got.Lots, c.want) {
					t.Errorf("%d: lots %+v, want %+v", c.year, got.Lots, c.want)
				}
				if complaint := validateXSD(t, f.Data); complaint != "" {
					t.Errorf("%d: not valid against ANAC's XSD: %s", c.year, complaint)
				}
			})
		}
		for _, year := range []int{2024, 2026} {
			_, err := svc.ANAC190(lead, res.Aggregation.LeadID, year, "https://capofila.example.it")
			e, ok := apperr.As(err)
			if !ok || e.Code != apperr.Invalid || e.Rule != "export.anac_from_2024" || e.Field != "year" ||
				!strings.Contains(e.Message, "BDNCP") || !strings.Contains(e.Message, "trasparenza.csv") {
				t.Errorf("%d: %v, want INVALID export.anac_from_2024 pointing to the transparency table", year, err)
			}
		}
	})
}

// TestTransparencyTable_EveryCIGOfTheProject: one row per CIG of the
// project (the demo's three — two standard CIGs from 2025 and the unified
// CIG of its 2026 procedure — and the three older ones), with its kind, the
// ANAC procedure, the contract, the amount paid net of VAT to date and the
// link to ANAC's record.
func TestTransparencyTable_EveryCIGOfTheProject(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		legacyFixture(t, c, res)
		svc := reports.NewService(c, nil, nil, projectsvc.NewService(c, nil, nil))
		member := viewerOf(t, c, "referente@grottammare.test", authz.Grant{Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: memberBody(t, c, res)})
		f, err := svc.ProjectTable(member, res.Project.ID, reports.TableTransparency, "csv")
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(f.Data, []byte("\xef\xbb\xbf"))))
		r.Comma = ';'
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		byCIG := map[string][]string{}
		for _, row := range rows[1:] {
			byCIG[row[0]] = row
		}
		if len(rows) != 7 || len(byCIG) != 6 {
			t.Fatalf("%d rows for the CIGs %v, want a header and 6 CIGs", len(rows), byCIG)
		}
		if got := byCIG["A015882CCD"]; got[1] != "CIG unico" || got[5] != "12/01/2026" || got[12] != "14.700,00" ||
			got[13] != "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=A015882CCD" {
			t.Errorf("row of the 2026 procedure's unified CIG (paid 14.700,00 net of VAT) = %q", got)
		}
		a := byCIG["7654321183"]
		if want := []string{"7654321183", "CIG ordinario", "Gestione documentale (2022)", "23", "Affidamento diretto", "03/10/2022",
			"30.000,00", "25.000,00"}; !slices.Equal(a[:8], want) || a[10] != "01/11/2022" || a[11] != "25.000,00" || a[12] != "15.000,00" ||
			a[13] != "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=7654321183" {
			t.Errorf("row of 7654321183 = %q", a)
		}
		if got := byCIG["Z063947806"]; got[1] != "Smart CIG" || got[7] != "" || got[10] != "" || got[11] != "" || got[12] != "0,00" {
			t.Errorf("row of the cancelled Smart CIG = %q", got)
		}
		if got := byCIG["95156957EC"]; got[5] != "10/04/2025" || got[9] == "" || got[13] == "" {
			t.Errorf("row of the demo's pagoPA lot = %q", got)
		}
		x, err := svc.ProjectTable(member, res.Project.ID, reports.TableTransparency, "xlsx")
		if err != nil || !bytes.HasPrefix(x.Data, []byte("PK")) || !strings.HasSuffix(x.Name, ".xlsx") {
			t.Errorf("XLSX: %v %s", err, x.Name)
		}
	})
}

// validateXSD validates an ANAC dataset with xmllint against ANAC's schema
// kept in internal/opendata/testdata.
func validateXSD(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Fatal("xmllint is missing: apt-get install -y libxml2-utils")
	}
	path := filepath.Join(t.TempDir(), "anac.xml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("xmllint", "--noout", "--schema", filepath.Join("..", "opendata", "testdata", "anac", "datasetAppaltiL190.xsd"), path).CombinedOutput()
	if err != nil {
		return string(out)
	}
	return ""
}

// memberBody is the demo's member referent's body (Grottammare).
func memberBody(t *testing.T, c *gen.Client, res *demo.Result) pulid.ID {
	t.Helper()
	bs, err := c.Aggregation.GetX(authz.WithSystem(context.Background()), res.Aggregation.ID).QueryMemberships().QueryBody().All(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		if b.IstatCode != nil && *b.IstatCode == demo.MemberISTAT {
			return b.ID
		}
	}
	t.Fatal("no Grottammare")
	return ""
}
