package contracting_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// TestCreateLot_LegacyCIG checks the CIG of a lot against its procedure's
// start date: from 1 January 2024 a procedure gets a unified CIG from
// ANAC's platform, so a standard or Smart CIG there is INVALID
// (lot.cig_legacy) until the user acknowledges it (a contract running on
// from an earlier procedure), and then it is saved with the flag; before
// 2024 any valid CIG passes and no flag is stored. A procedure without a
// start date is judged on today's date, as the thresholds are.
func TestCreateLot_LegacyCIG(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		lead := leadViewer(t, c, res)
		svc := contracting.NewService(c, func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, civil.Rome) }, nil)
		procedure := func(t *testing.T, started *civil.Date) *gen.Procurement {
			t.Helper()
			pc, err := svc.CreateProcurement(lead, gen.CreateProcurementInput{ProjectID: res.Project.ID, RunningBodyID: res.Aggregation.LeadID,
				Title: "Servizi di interoperabilità PDND", ObjectType: procurement.ObjectTypeSERVICES, ProcedureType: procurement.ProcedureTypeDIRECT_AWARD,
				BaseCents: 3_000_000, StartedOn: started, ThresholdWarningAcknowledged: ptr(true)})
			if err != nil {
				t.Fatal(err)
			}
			return pc
		}
		in2025 := procedure(t, ptr(civil.New(2025, 9, 15)))
		in2023 := procedure(t, ptr(civil.New(2023, 11, 6)))
		undated := procedure(t, nil)

		for _, c := range []struct {
			name   string
			pc     *gen.Procurement
			cig    string
			ack    *bool
			rule   string
			field  string
			msg    []string
			stored string
			flag   bool
		}{
			{name: "unified CIG on a 2025 procedure", pc: in2025, cig: "B0E1AD1F10", stored: "B0E1AD1F10"},
			{name: "unified CIG typed in lower case with spaces", pc: in2025, cig: " b96ae2 fe01 ", stored: "B96AE2FE01"},
			{name: "standard CIG on a 2025 procedure", pc: in2025, cig: "8874674CA7", rule: "lot.cig_legacy", field: "legacyCigAcknowledged",
				msg: []string{"8874674CA7", "CIG ordinario", "è il 15/09/2025", "dal 01/01/2024", "CIG unico", "contratto che prosegue"}},
			{name: "standard CIG on a 2025 procedure, refused acknowledgement", pc: in2025, cig: "8874674CA7", ack: ptr(false), rule: "lot.cig_legacy"},
			{name: "standard CIG on a 2025 procedure, acknowledged", pc: in2025, cig: "8874674CA7", ack: ptr(true), stored: "8874674CA7", flag: true},
			{name: "Smart CIG on a 2025 procedure", pc: in2025, cig: "Z063947806", rule: "lot.cig_legacy", field: "legacyCigAcknowledged", msg: []string{"Smart CIG"}},
			{name: "Smart CIG on a 2025 procedure, acknowledged", pc: in2025, cig: "Z063947806", ack: ptr(true), stored: "Z063947806", flag: true},
			{name: "standard CIG on a 2023 procedure", pc: in2023, cig: "7654321183", stored: "7654321183"},
			{name: "acknowledgement not needed is not stored", pc: in2023, cig: "ZEE0718779", ack: ptr(true), stored: "ZEE0718779"},
			{name: "no start date: judged today", pc: undated, cig: "W063947806", rule: "lot.cig_legacy", msg: []string{"non è ancora indicata", "07/12/2026"}},
			{name: "wrong check characters", pc: in2023, cig: "8874674CA8", ack: ptr(true), rule: "cig.checksum", field: "cig",
				msg: []string{"verificare il codice sull'atto o sulla piattaforma ANAC"}},
			{name: "malformed", pc: in2025, cig: "A01588ZCCD", rule: "cig.format", field: "cig", msg: []string{"CIG unico"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				l, err := svc.CreateLot(lead, gen.CreateLotInput{ProcurementID: c.pc.ID, Title: "Lotto", Cig: c.cig, BaseCents: 100_000, LegacyCigAcknowledged: c.ack})
				if c.rule != "" {
					e, ok := apperr.As(err)
					if !ok || e.Code != apperr.Invalid || e.Rule != c.rule || (c.field != "" && e.Field != c.field) {
						t.Fatalf("got %v (%+v), want INVALID %s on %q", err, e, c.rule, c.field)
					}
					for _, m := range c.msg {
						if !strings.Contains(e.Message, m) {
							t.Errorf("message %q does not say %q", e.Message, m)
						}
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if l.Cig != c.stored || l.LegacyCigAcknowledged != c.flag {
					t.Fatalf("saved %s with acknowledgement %v, want %s %v", l.Cig, l.LegacyCigAcknowledged, c.stored, c.flag)
				}
			})
		}
	})
}

func ptr[T any](v T) *T { return &v }

// leadViewer is the demo's lead manager, as the API would see it.
func leadViewer(tb testing.TB, c *gen.Client, res *demo.Result) context.Context {
	tb.Helper()
	u, err := c.User.Query().Where(user.Email("capofila@sanbenedetto.test")).Only(authz.WithSystem(context.Background()))
	if err != nil {
		tb.Fatal(err)
	}
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email,
		Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}}})
}
