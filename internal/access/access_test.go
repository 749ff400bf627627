package access_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/accessrequest"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/access"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/testdb"
)

// actPDF is a real one-page PDF: a decreto di nomina.
func actPDF(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/decreto-nomina.pdf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// recorder keeps the events a service emits.
type recorder struct{ evs []events.Event }

func (r *recorder) Emit(_ context.Context, ev events.Event) error {
	r.evs = append(r.evs, ev)
	return nil
}

type fixture struct {
	// root is the folder of the document store.
	root                      string
	c                         *gen.Client
	sys                       context.Context
	svc                       *access.Service
	ev                        *recorder
	region, otherRegion       *gen.PublicBody
	lead, member, outsider    *gen.PublicBody
	agg, otherAgg             *gen.Aggregation
	requester, leadMgr        pulid.ID
	otherLead, officer, admin pulid.ID
	auditor                   pulid.ID
	pdf                       []byte
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	c := d.Client()
	sys := authz.WithSystem(context.Background())
	f := &fixture{root: t.TempDir(), c: c, sys: sys, ev: &recorder{}, pdf: actPDF(t)}
	f.svc = access.NewService(c, func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC) }, docstore.Disk{Root: f.root})
	f.svc.SetEvents(f.ev)
	body := func(name string, kind publicbody.Kind) *gen.PublicBody {
		return c.PublicBody.Create().SetName(name).SetKind(kind).SaveX(sys)
	}
	f.region, f.otherRegion = body("Regione Marche", publicbody.KindREGIONE), body("Regione Umbria", publicbody.KindREGIONE)
	f.lead, f.member = body("Comune di San Benedetto del Tronto", publicbody.KindCOMUNE), body("Comune di Grottammare", publicbody.KindCOMUNE)
	f.outsider = body("Comune di Cupra Marittima", publicbody.KindCOMUNE)
	other := body("Comune di Fermo", publicbody.KindCOMUNE)
	f.agg = c.Aggregation.Create().SetName("Marche Sud").SetLeadID(f.lead.ID).SaveX(sys)
	f.otherAgg = c.Aggregation.Create().SetName("Fermano").SetLeadID(other.ID).SaveX(sys)
	c.Membership.Create().SetAggregationID(f.agg.ID).SetBodyID(f.lead.ID).SetRole(membership.RoleLEAD).ExecX(sys)
	c.Membership.Create().SetAggregationID(f.agg.ID).SetBodyID(f.member.ID).ExecX(sys)
	c.Membership.Create().SetAggregationID(f.otherAgg.ID).SetBodyID(other.ID).SetRole(membership.RoleLEAD).ExecX(sys)
	user := func(email string, role roleassignment.Role, set func(*gen.RoleAssignmentCreate)) pulid.ID {
		u := c.User.Create().SetEmail(email).SetDisplayName(email).SaveX(sys)
		if role != "" {
			rc := c.RoleAssignment.Create().SetUserID(u.ID).SetRole(role)
			set(rc)
			rc.ExecX(sys)
		}
		return u.ID
	}
	f.requester = user("mario.rossi@comune.grottammare.ap.it", "", nil)
	f.leadMgr = user("capofila@comune.sbt.it", roleassignment.RoleLEAD_MANAGER, func(r *gen.RoleAssignmentCreate) { r.SetAggregationID(f.agg.ID) })
	f.otherLead = user("capofila@comune.fermo.it", roleassignment.RoleLEAD_MANAGER, func(r *gen.RoleAssignmentCreate) { r.SetAggregationID(f.otherAgg.ID) })
	f.officer = user("funzionario@regione.marche.it", roleassignment.RoleREGION_OFFICER, func(r *gen.RoleAssignmentCreate) { r.SetRegionBodyID(f.region.ID) })
	f.auditor = user("revisore@regione.marche.it", roleassignment.RoleAUDITOR, func(r *gen.RoleAssignmentCreate) { r.SetRegionBodyID(f.region.ID) })
	f.admin = user("admin@capofila.example", roleassignment.RoleADMIN, func(*gen.RoleAssignmentCreate) {})
	return f
}

// as returns the context of a user, with the grants the database gives.
func (f *fixture) as(id pulid.ID) context.Context {
	u := f.c.User.GetX(f.sys, id)
	v := &authz.Viewer{UserID: u.ID, Email: u.Email}
	for _, ra := range f.c.RoleAssignment.Query().Where(roleassignment.UserID(id)).AllX(f.sys) {
		g := authz.Grant{Role: authz.Role(ra.Role)}
		if ra.AggregationID != nil {
			g.AggregationID = *ra.AggregationID
		}
		if ra.RegionBodyID != nil {
			g.RegionBodyID = *ra.RegionBodyID
		}
		if ra.BodyID != nil {
			g.BodyID = *ra.BodyID
		}
		v.Grants = append(v.Grants, g)
	}
	return authz.NewContext(context.Background(), v)
}

func (f *fixture) referent() access.Request {
	return access.Request{Role: accessrequest.RoleMEMBER_REFERENT, AggregationID: &f.agg.ID, BodyID: &f.member.ID,
		ActKind: accessrequest.ActKindDECRETO_NOMINA, ActNumber: "12/2026", ActDate: civil.MustParse("2026-11-30"),
		ActIssuer: "Sindaco del Comune di Grottammare", ActFilename: "decreto-nomina-12-2026.pdf", Act: bytes.NewReader(f.pdf)}
}

func (f *fixture) officerRequest() access.Request {
	r := f.referent()
	r.Role, r.AggregationID, r.BodyID, r.RegionBodyID = accessrequest.RoleAUDITOR, nil, nil, &f.region.ID
	r.ActKind, r.ActIssuer = accessrequest.ActKindDETERMINA, "Dirigente del Settore Controlli, Regione Marche"
	r.Act = bytes.NewReader(f.pdf)
	return r
}

func wantErr(t *testing.T, err error, code apperr.Code, rule string) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok {
		if code == apperr.NotFound && gen.IsNotFound(err) {
			return
		}
		t.Fatalf("err = %v, want %s %s", err, code, rule)
	}
	if e.Code != code || (rule != "" && e.Rule != rule) {
		t.Fatalf("err = %s %s (%s), want %s %s", e.Code, e.Rule, e.Message, code, rule)
	}
}

func wantNotFound(t *testing.T, err error) {
	t.Helper()
	var nf *gen.NotFoundError
	if !errors.As(err, &nf) {
		wantErr(t, err, apperr.NotFound, "")
	}
}

func TestRequestAccess_ApprovedByTheLead(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		q, err := f.svc.RequestAccess(f.as(f.requester), f.referent())
		if err != nil {
			t.Fatal(err)
		}
		if q.Status != accessrequest.StatusPENDING || q.TenantAggregationID != string(f.agg.ID) || q.ActSizeBytes != int64(len(f.pdf)) ||
			q.ScopeLabel != "Comune di Grottammare nell'aggregazione Marche Sud" {
			t.Fatalf("request = %+v", q)
		}
		if len(f.ev.evs) != 1 || f.ev.evs[0].Kind != "ACCESS_REQUESTED" || f.ev.evs[0].To[1].AggregationID != string(f.agg.ID) {
			t.Fatalf("events = %+v, want one ACCESS_REQUESTED to the lead managers", f.ev.evs)
		}

		t.Run("TheQueues", func(t *testing.T) {
			for _, tc := range []struct {
				who  pulid.ID
				want int
			}{{f.leadMgr, 1}, {f.admin, 1}, {f.otherLead, 0}, {f.officer, 0}, {f.auditor, 0}, {f.requester, 0}} {
				if n := f.svc.Queue(f.as(tc.who)).CountX(f.as(tc.who)); n != tc.want {
					t.Errorf("queue of %s has %d requests, want %d", tc.who, n, tc.want)
				}
			}
			if n := f.svc.Mine(f.as(f.requester)).CountX(f.as(f.requester)); n != 1 {
				t.Errorf("the requester reads %d own requests, want 1", n)
			}
		})
		t.Run("ErrOtherLead", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.otherLead), q.ID, q.Version, true, "")
			wantNotFound(t, err)
		})
		t.Run("ErrOfficerOfTheRegion", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.officer), q.ID, q.Version, true, "")
			wantNotFound(t, err)
		})
		t.Run("ErrStale", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.leadMgr), q.ID, q.Version+1, true, "")
			wantErr(t, err, apperr.Conflict, "version.stale")
		})
		t.Run("ErrPending", func(t *testing.T) {
			_, err := f.svc.RequestAccess(f.as(f.requester), f.referent())
			wantErr(t, err, apperr.Conflict, "access_request.pending")
		})

		got, err := f.svc.Decide(f.as(f.leadMgr), q.ID, q.Version, true, "Decreto verificato.")
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != accessrequest.StatusAPPROVED || got.RoleAssignmentID == nil || got.DecidedByID == nil || *got.DecidedByID != f.leadMgr {
			t.Fatalf("decided = %+v", got)
		}
		ra := f.c.RoleAssignment.GetX(f.sys, *got.RoleAssignmentID)
		if ra.UserID != f.requester || ra.Role != roleassignment.RoleMEMBER_REFERENT || *ra.AggregationID != f.agg.ID || *ra.BodyID != f.member.ID || *ra.GrantedByID != f.leadMgr {
			t.Fatalf("role assignment = %+v", ra)
		}
		last := f.ev.evs[len(f.ev.evs)-1]
		if last.Kind != "ACCESS_DECIDED" || last.To[0].UserID != string(f.requester) {
			t.Fatalf("last event = %+v, want ACCESS_DECIDED to the requester", last)
		}

		t.Run("ErrDecided", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.leadMgr), q.ID, got.Version, false, "Ripensamento")
			wantErr(t, err, apperr.Conflict, "access_request.decided")
		})
		t.Run("ErrHeld", func(t *testing.T) {
			_, err := f.svc.RequestAccess(f.as(f.requester), f.referent())
			wantErr(t, err, apperr.Conflict, "access_request.held")
		})
	})
}

func TestRequestAccess_RefusedWithAReason(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		q, err := f.svc.RequestAccess(f.as(f.requester), f.officerRequest())
		if err != nil {
			t.Fatal(err)
		}
		if q.TenantRegionID != string(f.region.ID) || q.TenantAggregationID != "" {
			t.Fatalf("scope = %q / %q", q.TenantAggregationID, q.TenantRegionID)
		}
		t.Run("ErrAuditorDoesNotDecide", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.auditor), q.ID, q.Version, true, "")
			wantNotFound(t, err)
		})
		t.Run("ErrLeadDoesNotDecide", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.leadMgr), q.ID, q.Version, true, "")
			wantNotFound(t, err)
		})
		t.Run("ErrNoReason", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.officer), q.ID, q.Version, false, "  ")
			wantErr(t, err, apperr.Invalid, "access_request.reason")
		})
		got, err := f.svc.Decide(f.as(f.officer), q.ID, q.Version, false, "La determina non nomina il richiedente.")
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != accessrequest.StatusREFUSED || got.Reason != "La determina non nomina il richiedente." || got.RoleAssignmentID != nil {
			t.Fatalf("refused = %+v", got)
		}
		if n := f.c.RoleAssignment.Query().Where(roleassignment.UserID(f.requester)).CountX(f.sys); n != 0 {
			t.Fatalf("the refused requester holds %d roles", n)
		}
		last := f.ev.evs[len(f.ev.evs)-1]
		if last.Kind != "ACCESS_DECIDED" || last.Body != "Motivo: La determina non nomina il richiedente." || last.To[0].UserID != string(f.requester) {
			t.Fatalf("last event = %+v", last)
		}
		t.Run("ErrDecidedAgain", func(t *testing.T) {
			_, err := f.svc.Decide(f.as(f.admin), q.ID, got.Version, true, "")
			wantErr(t, err, apperr.Conflict, "access_request.decided")
		})
		t.Run("AskAgainAfterARefusal", func(t *testing.T) {
			if _, err := f.svc.RequestAccess(f.as(f.requester), f.officerRequest()); err != nil {
				t.Fatal(err)
			}
		})
	})
}

func TestRequestAccess_Rules(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		for _, tc := range []struct {
			name  string
			edit  func(r *access.Request)
			code  apperr.Code
			rule  string
			field string
		}{
			{"ErrReferentWithoutBody", func(r *access.Request) { r.BodyID = nil }, apperr.Invalid, "access_request.role_scope", "role"},
			{"ErrOfficerOnAnAggregation", func(r *access.Request) { r.Role = accessrequest.RoleREGION_OFFICER }, apperr.Invalid, "access_request.role_scope", "role"},
			{"ErrRegionThatIsAComune", func(r *access.Request) {
				r.Role, r.AggregationID, r.BodyID, r.RegionBodyID = accessrequest.RoleAUDITOR, nil, nil, &f.member.ID
			}, apperr.Invalid, "access_request.region_kind", "regionBodyID"},
			{"ErrNotAMember", func(r *access.Request) { r.BodyID = &f.outsider.ID }, apperr.Invalid, "access_request.not_member", "bodyID"},
			{"ErrNoActNumber", func(r *access.Request) { r.ActNumber = " " }, apperr.Invalid, "access_request.act", "actNumber"},
			{"ErrActInTheFuture", func(r *access.Request) { r.ActDate = civil.MustParse("2026-12-08") }, apperr.Invalid, "access_request.act_date", "actDate"},
			{"ErrActNotAPDF", func(r *access.Request) {
				r.ActFilename, r.Act = "decreto.txt", bytes.NewReader([]byte("Decreto sindacale n. 12/2026\n"))
			}, apperr.Invalid, "access_request.act_type", "act"},
			{"ErrActTooLarge", func(r *access.Request) {
				big := append(bytes.Clone(f.pdf), bytes.Repeat([]byte("%\n"), access.MaxActSize/2)...)
				r.Act = bytes.NewReader(big)
			}, apperr.Invalid, "access_request.act_size", "act"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := f.referent()
				tc.edit(&r)
				_, err := f.svc.RequestAccess(f.as(f.requester), r)
				wantErr(t, err, tc.code, tc.rule)
				if e, _ := apperr.As(err); e.Field != tc.field {
					t.Errorf("field %q, want %q", e.Field, tc.field)
				}
			})
		}
		// Every request above was refused: the store keeps none of their acts.
		if err := filepath.WalkDir(f.root, func(path string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				t.Errorf("a refused request left %s in the store", path)
			}
			return err
		}); err != nil {
			t.Fatal(err)
		}
		t.Run("ErrUnknownAggregation", func(t *testing.T) {
			r := f.referent()
			id := pulid.ID("AG01JXXXXXXXXXXXXXXXXXXXXXX")
			r.AggregationID = &id
			_, err := f.svc.RequestAccess(f.as(f.requester), r)
			wantNotFound(t, err)
		})
		t.Run("ErrUnauthenticated", func(t *testing.T) {
			_, err := f.svc.RequestAccess(context.Background(), f.referent())
			wantErr(t, err, apperr.Unauthenticated, "")
		})
		t.Run("ErrOwnRequest", func(t *testing.T) {
			// A lead manager asks to be the member referent too: another
			// lead manager or an admin decides, never the lead itself.
			q, err := f.svc.RequestAccess(f.as(f.leadMgr), f.referent())
			if err != nil {
				t.Fatal(err)
			}
			_, err = f.svc.Decide(f.as(f.leadMgr), q.ID, q.Version, true, "")
			wantErr(t, err, apperr.Forbidden, "access_request.own_request")
			if n := f.svc.Queue(f.as(f.leadMgr)).CountX(f.as(f.leadMgr)); n != 0 {
				t.Errorf("the lead's queue lists its own request (%d)", n)
			}
			if _, err := f.svc.Decide(f.as(f.admin), q.ID, q.Version, true, ""); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("Withdraw", func(t *testing.T) {
			q, err := f.svc.RequestAccess(f.as(f.requester), f.officerRequest())
			if err != nil {
				t.Fatal(err)
			}
			_, err = f.svc.Withdraw(f.as(f.officer), q.ID, q.Version)
			wantErr(t, err, apperr.Forbidden, "access_request.not_requester")
			w, err := f.svc.Withdraw(f.as(f.requester), q.ID, q.Version)
			if err != nil || w.Status != accessrequest.StatusWITHDRAWN {
				t.Fatalf("withdraw = %+v, %v", w, err)
			}
			_, err = f.svc.Decide(f.as(f.officer), q.ID, w.Version, true, "")
			wantErr(t, err, apperr.Conflict, "access_request.decided")
		})
		t.Run("MemberLeftBeforeTheDecision", func(t *testing.T) {
			u := f.c.User.Create().SetEmail("anna.bianchi@comune.grottammare.ap.it").SetDisplayName("Anna Bianchi").SaveX(f.sys)
			q, err := f.svc.RequestAccess(f.as(u.ID), f.referent())
			if err != nil {
				t.Fatal(err)
			}
			f.c.Membership.Update().Where(membership.AggregationID(f.agg.ID), membership.BodyID(f.member.ID)).
				SetLeftOn(civil.MustParse("2026-12-01")).ExecX(f.sys)
			_, err = f.svc.Decide(f.as(f.leadMgr), q.ID, q.Version, true, "")
			wantErr(t, err, apperr.Conflict, "access_request.not_member")
		})
	})
}
