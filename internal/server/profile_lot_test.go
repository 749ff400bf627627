package server_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// TestProfileAndLotRules checks two rules over the API on the demo's
// running project: who may change a user's name and job title
// (updateProfile: admins and the user itself) and what they may be; and
// the CIG of a new lot on a procedure started since 2024 (lot.cig_legacy
// until acknowledged, the refusal of a wrong check never hinting at the
// right one).
func TestProfileAndLotRules(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		admin, lead, member := dr.admin, dr.lead, dr.member
		idOf := func(c *client) string {
			var me struct {
				Me struct{ ID string } `json:"me"`
			}
			mustOK(t, c.do(t, `{ me { id } }`, nil)).decode(t, &me)
			return me.Me.ID
		}
		leadID, memberID := idOf(lead), idOf(member)
		const update = `mutation($u: ID!, $in: UpdateProfileInput!) { updateProfile(userID: $u, input: $in) { id displayName jobTitle } }`
		type profile struct {
			UpdateProfile struct {
				DisplayName string `json:"displayName"`
				JobTitle    string `json:"jobTitle"`
			} `json:"updateProfile"`
		}

		t.Run("UpdateProfile", func(t *testing.T) {
			var p profile
			mustOK(t, lead.do(t, update, map[string]any{"u": leadID, "in": map[string]any{"displayName": "  Laura   Neroni ", "jobTitle": "Dirigente\nSettore Innovazione"}})).decode(t, &p)
			if p.UpdateProfile.DisplayName != "Laura Neroni" || p.UpdateProfile.JobTitle != "Dirigente Settore Innovazione" {
				t.Errorf("own profile: %+v", p.UpdateProfile)
			}
			mustOK(t, admin.do(t, update, map[string]any{"u": memberID, "in": map[string]any{"jobTitle": "Responsabile dei servizi informativi"}})).decode(t, &p)
			if p.UpdateProfile.JobTitle != "Responsabile dei servizi informativi" || p.UpdateProfile.DisplayName != "Paolo Rossi (Comune di Grottammare)" {
				t.Errorf("the admin's change of a referent's job title: %+v", p.UpdateProfile)
			}
			wantCode(t, member.do(t, update, map[string]any{"u": leadID, "in": map[string]any{"jobTitle": "Sindaco"}}), "NOT_FOUND")
			wantCode(t, admin.anonymous().do(t, update, map[string]any{"u": leadID, "in": map[string]any{"jobTitle": "Sindaco"}}), "UNAUTHENTICATED")
			for _, c := range []struct {
				in          map[string]any
				field, rule string
			}{
				{map[string]any{"displayName": " \t "}, "displayName", "user.display_name"},
				{map[string]any{"displayName": strings.Repeat("è", 101)}, "displayName", "user.display_name"},
				{map[string]any{"jobTitle": strings.Repeat("Dirigente ", 21)}, "jobTitle", "user.job_title"},
			} {
				e := wantCode(t, lead.do(t, update, map[string]any{"u": leadID, "in": c.in}), "INVALID")
				if e.Extensions.Field != c.field || e.Extensions.Rule != c.rule {
					t.Errorf("%v: %s, want %s on %s", c.in, e, c.rule, c.field)
				}
			}
			var created struct {
				CreateUser struct {
					JobTitle string `json:"jobTitle"`
				} `json:"createUser"`
			}
			mustOK(t, admin.do(t, `mutation { createUser(input: {email: "segretario@grottammare.test", displayName: "Anna Bianchi", password: "password-di-prova", jobTitle: "Segretaria comunale"}) { jobTitle } }`, nil)).decode(t, &created)
			if created.CreateUser.JobTitle != "Segretaria comunale" {
				t.Errorf("createUser with a job title: %+v", created.CreateUser)
			}
		})

		t.Run("CreateLotLegacyCIG", func(t *testing.T) {
			var pc struct {
				CreateProcurement struct{ ID string } `json:"createProcurement"`
			}
			mustOK(t, lead.do(t, `mutation($p: ID!, $b: ID!) { createProcurement(input: {projectID: $p, runningBodyID: $b, title: "Servizi di interoperabilità PDND",
				objectType: SERVICES, procedureType: DIRECT_AWARD, baseCents: 3000000, startedOn: "2025-09-15"}) { id } }`,
				map[string]any{"p": dr.res.Project.ID, "b": dr.res.Aggregation.LeadID})).decode(t, &pc)
			const create = `mutation($in: CreateLotInput!) { createLot(input: $in) { id cig legacyCigAcknowledged } }`
			lot := func(number int, cig string, ack any) response {
				return lead.do(t, create, map[string]any{"in": map[string]any{"procurementID": pc.CreateProcurement.ID, "number": number,
					"title": "Lotto", "cig": cig, "baseCents": 100000, "legacyCigAcknowledged": ack}})
			}
			e := wantCode(t, lot(1, "8874674CA7", nil), "INVALID")
			if e.Extensions.Rule != "lot.cig_legacy" || e.Extensions.Field != "legacyCigAcknowledged" || !strings.Contains(e.Message, "15/09/2025") {
				t.Errorf("a standard CIG on a 2025 procedure: %s", e)
			}
			e = wantCode(t, lot(1, "8874674CA8", true), "INVALID")
			if e.Extensions.Rule != "cig.checksum" || e.Extensions.Field != "cig" || strings.Contains(e.Message, "CA7") {
				t.Errorf("a wrong check: %s", e)
			}
			type saved struct {
				CreateLot struct {
					Cig                   string `json:"cig"`
					LegacyCigAcknowledged bool   `json:"legacyCigAcknowledged"`
				} `json:"createLot"`
			}
			var s saved
			mustOK(t, lot(1, "8874674CA7", true)).decode(t, &s)
			if s.CreateLot.Cig != "8874674CA7" || !s.CreateLot.LegacyCigAcknowledged {
				t.Errorf("acknowledged standard CIG: %+v", s.CreateLot)
			}
			mustOK(t, lot(2, "b96ae2fe01", nil)).decode(t, &s)
			if s.CreateLot.Cig != "B96AE2FE01" || s.CreateLot.LegacyCigAcknowledged {
				t.Errorf("unified CIG: %+v", s.CreateLot)
			}
		})
	})
}
