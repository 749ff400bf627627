package access_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/accessrequest"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/access"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/testdb"
)

// proposal is the aggregation "Costa Picena" led by Cupra Marittima (a
// comune outside Marche Sud) with Grottammare as a member.
func (f *fixture) proposal() access.Proposal {
	organ := membership.ResolutionOrganCONSIGLIO
	date := civil.MustParse("2026-10-15")
	return access.Proposal{Name: "Costa Picena", Description: "Servizi digitali della costa", LeadID: f.outsider.ID,
		Members: []funding.MemberInput{{BodyID: f.member.ID, ResolutionNumber: "41/2026", ResolutionDate: &date, ResolutionOrgan: &organ}}}
}

func (f *fixture) proposalAct() access.Request {
	return access.Request{ActKind: accessrequest.ActKindDECRETO_NOMINA, ActNumber: "3/2026", ActDate: civil.MustParse("2026-11-02"),
		ActIssuer: "Sindaco del Comune di Cupra Marittima", ActFilename: "decreto.pdf", Act: bytes.NewReader(f.pdf)}
}

// TestAccess_AggregationProposal: forming an aggregation is a request only
// an admin decides; approving forms it as proposed and makes the requester
// its lead manager, in one go.
func TestAccess_AggregationProposal(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		q, err := f.svc.RequestAggregation(f.as(f.requester), f.proposal(), f.proposalAct())
		if err != nil {
			t.Fatal(err)
		}
		p := q.Proposal
		if q.Status != accessrequest.StatusPENDING || q.Role != accessrequest.RoleLEAD_MANAGER || q.AggregationID != nil ||
			q.BodyID == nil || *q.BodyID != f.outsider.ID || q.TenantAggregationID != "" || q.TenantRegionID != "" {
			t.Fatalf("request = %+v", q)
		}
		if p == nil || p.Name != "Costa Picena" || p.LeadBodyName != "Comune di Cupra Marittima" || len(p.Members) != 1 ||
			p.Members[0].BodyName != "Comune di Grottammare" || p.Members[0].ResolutionOrgan != "CONSIGLIO" || p.Members[0].ResolutionNumber != "41/2026" {
			t.Fatalf("proposal = %+v", p)
		}
		if ev := f.ev.evs[len(f.ev.evs)-1]; ev.Kind != "ACCESS_REQUESTED" || len(ev.To) != 1 || ev.To[0].Role != "ADMIN" {
			t.Fatalf("event = %+v, want ACCESS_REQUESTED to the admins only", ev)
		}
		t.Run("OnlyTheAdminsQueue", func(t *testing.T) {
			for _, tc := range []struct {
				who  pulid.ID
				want int
			}{{f.admin, 1}, {f.leadMgr, 0}, {f.otherLead, 0}, {f.officer, 0}, {f.auditor, 0}, {f.requester, 0}} {
				if n := f.svc.Queue(f.as(tc.who)).CountX(f.as(tc.who)); n != tc.want {
					t.Errorf("queue of %s has %d requests, want %d", tc.who, n, tc.want)
				}
			}
		})
		t.Run("ErrPending", func(t *testing.T) {
			again := f.proposal()
			again.Name = "COSTA PICENA "
			_, err := f.svc.RequestAggregation(f.as(f.requester), again, f.proposalAct())
			wantErr(t, err, apperr.Conflict, "access_request.pending")
		})
		t.Run("ErrNotTheAdmin", func(t *testing.T) {
			// The lead managers and the Region's officers do not even read it.
			for _, who := range []pulid.ID{f.leadMgr, f.otherLead, f.officer, f.auditor} {
				_, err := f.svc.Decide(f.as(who), q.ID, q.Version, true, "")
				wantNotFound(t, err)
			}
			_, err := f.svc.Decide(f.as(f.requester), q.ID, q.Version, true, "")
			wantErr(t, err, apperr.Forbidden, "access_request.own_request")
		})
		t.Run("ErrFormDirectly", func(t *testing.T) {
			fs := funding.NewService(f.c, nil)
			_, err := fs.FormAggregation(f.as(f.leadMgr), "Costa Picena", "", f.outsider.ID, f.proposal().Members)
			wantErr(t, err, apperr.Forbidden, "aggregation.form_admin")
		})

		got, err := f.svc.Decide(f.as(f.admin), q.ID, q.Version, true, "Decreto verificato.")
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != accessrequest.StatusAPPROVED || got.RoleAssignmentID == nil {
			t.Fatalf("decided = %+v", got)
		}
		ra := f.c.RoleAssignment.GetX(f.sys, *got.RoleAssignmentID)
		if ra.UserID != f.requester || ra.Role != roleassignment.RoleLEAD_MANAGER || ra.AggregationID == nil || *ra.GrantedByID != f.admin {
			t.Fatalf("role assignment = %+v", ra)
		}
		ag := f.c.Aggregation.GetX(f.sys, *ra.AggregationID)
		if ag.Name != "Costa Picena" || ag.LeadID != f.outsider.ID || ag.Description != "Servizi digitali della costa" {
			t.Fatalf("aggregation = %+v", ag)
		}
		ms := f.c.Membership.Query().Where(membership.AggregationID(ag.ID)).Order(membership.ByRole()).AllX(f.sys)
		if len(ms) != 2 || ms[0].BodyID != f.outsider.ID || ms[0].Role != membership.RoleLEAD || ms[1].BodyID != f.member.ID ||
			ms[1].ResolutionNumber != "41/2026" || ms[1].ResolutionDate == nil || ms[1].ResolutionDate.String() != "2026-10-15" ||
			ms[1].ResolutionOrgan == nil || *ms[1].ResolutionOrgan != membership.ResolutionOrganCONSIGLIO {
			t.Fatalf("memberships = %+v", ms)
		}
		if ev := f.ev.evs[len(f.ev.evs)-1]; ev.Kind != "ACCESS_DECIDED" || ev.To[0].UserID != string(f.requester) {
			t.Fatalf("last event = %+v", ev)
		}
		t.Run("ErrExists", func(t *testing.T) {
			// The same name for the same lead, whoever asks.
			p := f.proposal()
			p.Name = "costa picena"
			_, err := f.svc.RequestAggregation(f.as(f.auditor), p, f.proposalAct())
			wantErr(t, err, apperr.Conflict, "aggregation.exists")
		})
	})
}

// TestAccess_AggregationProposalRules: what a proposal must be, checked when
// asked (INVALID) and again when decided (CONFLICT: the world changed).
func TestAccess_AggregationProposalRules(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ask := func(change func(*access.Proposal, *access.Request)) error {
			p, r := f.proposal(), f.proposalAct()
			change(&p, &r)
			_, err := f.svc.RequestAggregation(f.as(f.requester), p, r)
			return err
		}
		for _, tc := range []struct {
			name   string
			change func(*access.Proposal, *access.Request)
			code   apperr.Code
			rule   string
		}{
			{"NoName", func(p *access.Proposal, _ *access.Request) { p.Name = "  " }, apperr.Invalid, "aggregation.name"},
			{"NameTooLong", func(p *access.Proposal, _ *access.Request) { p.Name = strings.Repeat("a", 201) }, apperr.Invalid, "aggregation.name"},
			{"DescriptionTooLong", func(p *access.Proposal, _ *access.Request) {
				p.Description = strings.Repeat("è", access.MaxProposalDescription+1)
			}, apperr.Invalid, "aggregation.description"},
			{"ResolutionNumberTooLong", func(p *access.Proposal, _ *access.Request) {
				p.Members[0].ResolutionNumber = strings.Repeat("1", 51)
			}, apperr.Invalid, "aggregation.resolution_number"},
			{"LeadAsMember", func(p *access.Proposal, _ *access.Request) {
				p.Members = append(p.Members, funding.MemberInput{BodyID: p.LeadID})
			}, apperr.Invalid, "aggregation.duplicate_member"},
			{"RepeatedMember", func(p *access.Proposal, _ *access.Request) { p.Members = append(p.Members, p.Members[0]) }, apperr.Invalid, "aggregation.duplicate_member"},
			{"RegionAsLead", func(p *access.Proposal, _ *access.Request) { p.LeadID = f.region.ID }, apperr.Invalid, "aggregation.member_kind"},
			{"RegionAsMember", func(p *access.Proposal, _ *access.Request) {
				p.Members = append(p.Members, funding.MemberInput{BodyID: f.otherRegion.ID})
			}, apperr.Invalid, "aggregation.member_kind"},
			{"TooMany", func(p *access.Proposal, _ *access.Request) {
				p.Members = make([]funding.MemberInput, funding.MaxMembers+1)
			}, apperr.Invalid, "aggregation.members_limit"},
			{"UnknownBody", func(p *access.Proposal, _ *access.Request) {
				p.Members = append(p.Members, funding.MemberInput{BodyID: "PB01JUNKNOWNBODY000000000"})
			}, apperr.NotFound, ""},
			{"Exists", func(p *access.Proposal, _ *access.Request) { p.LeadID, p.Name = f.lead.ID, "marche sud" }, apperr.Conflict, "aggregation.exists"},
			{"NoActNumber", func(_ *access.Proposal, r *access.Request) { r.ActNumber = "" }, apperr.Invalid, "access_request.act"},
			{"ActNotAPDF", func(_ *access.Proposal, r *access.Request) { r.Act = bytes.NewReader([]byte("PK\x03\x04 not a pdf")) }, apperr.Invalid, "access_request.act_type"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantErr(t, ask(tc.change), tc.code, tc.rule)
			})
		}
		if n := f.c.AccessRequest.Query().CountX(f.sys); n != 0 {
			t.Fatalf("refused proposals saved %d requests", n)
		}

		t.Run("TheWorldChangedBeforeTheDecision", func(t *testing.T) {
			q, err := f.svc.RequestAggregation(f.as(f.requester), f.proposal(), f.proposalAct())
			if err != nil {
				t.Fatal(err)
			}
			// Meanwhile the lead was recorded as a Provincia (a correction of
			// the register): the admin's approval is a CONFLICT, nothing formed.
			f.c.PublicBody.UpdateOneID(f.outsider.ID).SetKind(publicbody.KindPROVINCIA).ExecX(f.sys)
			_, err = f.svc.Decide(f.as(f.admin), q.ID, q.Version, true, "")
			wantErr(t, err, apperr.Conflict, "aggregation.member_kind")
			if n := f.c.Aggregation.Query().Where(aggregation.Name("Costa Picena")).CountX(f.sys); n != 0 {
				t.Fatalf("%d aggregations formed", n)
			}
			if got := f.c.AccessRequest.GetX(f.sys, q.ID); got.Status != accessrequest.StatusPENDING {
				t.Fatalf("the request is %s, want still PENDING", got.Status)
			}
			refused, err := f.svc.Decide(f.as(f.admin), q.ID, q.Version, false, "Il capofila non è un Comune.")
			if err != nil || refused.Status != accessrequest.StatusREFUSED {
				t.Fatalf("refusal: %+v, %v", refused, err)
			}
		})
	})
}
