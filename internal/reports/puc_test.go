package reports_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/puc"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// TestPUC_MarcheSud builds the monitoring feed of the demo's running
// project and compares every family file byte for byte with the
// hand-checked files in testdata/puc (the call's id, random, is written as
// CALL_ID there). UPDATE_PUC=1 rewrites them.
func TestPUC_MarcheSud(t *testing.T) {
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		now := func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, civil.Rome) }
		svc := reports.NewService(c, nil, now, projectsvc.NewService(c, now, nil))
		lead := viewerOf(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID})
		f, ps, err := svc.PUCFeed(lead, res.Project.ID)
		if err != nil {
			t.Fatal(err)
		}
		if puc.Invalid(ps) {
			t.Fatalf("the demo's feed is invalid: %+v", ps)
		}
		cl, err := c.Project.QueryCall(res.Project).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join("testdata", "puc")
		for _, fam := range puc.Families {
			got := strings.ReplaceAll(string(f.File(fam.Code)), string(cl.ID), "CALL_ID")
			path := filepath.Join(dir, puc.FileName(fam.Code))
			if os.Getenv("UPDATE_PUC") == "1" {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if got == "" {
					_ = os.Remove(path)
					continue
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n got:\n%s\nwant:\n%s", fam.Code, path, got, want)
			}
		}

		// The zip holds every family with records and the report; it is
		// the same for the Region's officer.
		officer := viewerOf(t, c, "funzionario@regione-marche.test", authz.Grant{Role: authz.RegionOfficer, RegionBodyID: cl.IssuerID})
		zf, err := svc.PUC(officer, res.Project.ID, false)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(zf.Data), int64(len(zf.Data)))
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{}
		for _, e := range zr.File {
			names[e.Name] = true
		}
		for _, code := range f.Codes() {
			if !names[puc.FileName(code)] {
				t.Errorf("zip lacks %s", puc.FileName(code))
			}
		}
		if !names["VALIDAZIONE.txt"] || names["BOZZA.txt"] {
			t.Errorf("zip entries = %v", names)
		}
		rf, err := svc.PUCRegion(officer, cl.IssuerID, false)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(rf.Name, ".zip") || len(rf.Data) == 0 {
			t.Errorf("portfolio = %s, %d bytes", rf.Name, len(rf.Data))
		}

		// A member referent reads the project but not every member's data.
		member := viewerOf(t, c, "referente@grottammare.test", authz.Grant{Role: authz.MemberReferent, AggregationID: res.Aggregation.ID, BodyID: memberBody(t, c, res)})
		if _, err := svc.PUC(member, res.Project.ID, false); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("member referent: %v, want FORBIDDEN", err)
		}
		if _, err := svc.PUCRegion(lead, cl.IssuerID, false); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("lead on the portfolio: %v, want FORBIDDEN", err)
		}

		// Without the settings the feed is invalid: refused, or a draft.
		if err := c.Call.UpdateOneID(cl.ID).ClearPucSettings().Exec(sys); err != nil {
			t.Fatal(err)
		}
		_, err = svc.PUC(lead, res.Project.ID, false)
		var e *apperr.Error
		if apperr.CodeOf(err) != apperr.Invalid || !asErr(err, &e) || e.Rule != "puc.invalid" || len(e.Details) == 0 {
			t.Fatalf("feed without settings: %v", err)
		}
		df, err := svc.PUC(lead, res.Project.ID, true)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(df.Name, "bozza") {
			t.Errorf("draft named %s", df.Name)
		}
	})
}

// TestPUC_BrokenCopy breaks the demo's feed once per family and checks that
// the validator names each break: family, record, field and rule.
func TestPUC_BrokenCopy(t *testing.T) {
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		svc := reports.NewService(c, nil, nil, projectsvc.NewService(c, nil, nil))
		f, _, err := svc.PUCFeed(sys, res.Project.ID)
		if err != nil {
			t.Fatal(err)
		}
		breaks := []struct {
			family       string
			record       int
			field, to    string
			rule, field2 string
		}{
			{"PA00", 1, "DESCR_PROCEDURA_ATT", "", puc.RuleMandatory, ""},
			{"PA01", 1, "IMPORTO", "3.000.000,00", puc.RuleFormat, ""},
			{"AP00", 1, "TITOLO_PROGETTO", strings.Repeat("M", 501), puc.RuleLength, ""},
			{"AP01", 1, "COD_PROC_ATT", "ALTRA-PROCEDURA", puc.RuleReference, ""},
			{"AP02", 1, "TIPO_LOCALIZZAZIONE", "Q", puc.RuleCode, ""},
			{"AP03", 1, "TIPO_CLASS", "XX", puc.RuleCode, ""},
			{"AP04", 1, "STATO", "3", puc.RuleCode, ""},
			{"AP06", 2, "COD_COMUNE", "", puc.RuleMandatory, ""},
			{"PG00", 2, "CIG", "48886723C2", puc.RuleFormat, ""},
			{"SC00", 1, "COD_RUOLO_SOG", "7", puc.RuleCode, ""},
			{"FN00", 1, "COD_FONDO", "FESR", puc.RuleCode, ""},
			{"FN01", 1, "IMPORTO_AMMESSO", "", puc.RuleMandatory, ""},
			{"FN02", 1, "IMPORTO", "12,5", puc.RuleFormat, ""},
			{"FN04", 1, "DATA_IMPEGNO", "20/05/25", puc.RuleFormat, ""},
			{"FN06", 1, "CAUSALE_PAGAMENTO", "XYZ", puc.RuleCode, ""},
			// A payment whose receiver points at no payment.
			{"FN08", 1, "COD_PAGAMENTO", "0000/2025", puc.RuleReference, ""},
			{"IN01", 1, "VAL_PROGRAMMATO", "-3", puc.RuleFormat, ""},
			{"PR00", 1, "COD_FASE", "9999", puc.RuleCode, ""},
			{"PR01", 1, "COD_LOCALE_PROGETTO", "D79J25000999999", puc.RuleReference, ""},
		}
		broken := f.Clone()
		for _, b := range breaks {
			fam, _ := puc.FamilyOf(b.family)
			recs := broken.Records(b.family)
			if len(recs) < b.record {
				t.Fatalf("%s has %d records", b.family, len(recs))
			}
			recs[b.record-1][fam.Index(b.field)] = b.to
		}
		ps := puc.Validate(broken)
		for _, b := range breaks {
			found := false
			for _, p := range ps {
				if p.Family == b.family && p.Record == b.record && p.Rule == b.rule && (p.Field == b.field || b.rule == puc.RuleReference) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s record %d %s = %q: no %s", b.family, b.record, b.field, b.to, b.rule)
			}
		}
		if n := len(puc.Validate(f)); n != 0 {
			t.Errorf("the original copy changed: %d problems", n)
		}
	})
}

func asErr(err error, e **apperr.Error) bool {
	x, ok := err.(*apperr.Error)
	if ok {
		*e = x
	}
	return ok
}
