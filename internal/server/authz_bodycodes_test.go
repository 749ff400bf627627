package server_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

const updateCodes = `mutation($id: ID!, $input: MemberBodyCodesInput!, $v: Int!) {
  updateMemberBodyCodes(bodyID: $id, input: $input, version: $v) { id codiceFiscale invoicingOfficeCodes version } }`

// TestUpdateMemberBodyCodes says who may correct a member's codice fiscale
// and e-invoicing offices (the lead of an aggregation it belongs to, and
// admins), and how mistakes and concurrent changes are answered.
func TestUpdateMemberBodyCodes(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newAuthzFixture(t, d)
		target := f.A.OtherBody() // a member of A's aggregation only
		version := func() int {
			b, err := f.C.PublicBody.Get(f.Sys, target.ID)
			if err != nil {
				t.Fatal(err)
			}
			return b.Version
		}
		// Invented office codes (format only): no real code of these
		// comuni was found in public data.
		input := map[string]any{"invoicingOfficeCodes": []string{"UFZZA1"}}

		t.Run("Roles", func(t *testing.T) {
			for _, tc := range []struct{ viewer, code string }{
				{"anonymous", "UNAUTHENTICATED"},
				{"noRole", "FORBIDDEN"},
				{"officerA", "FORBIDDEN"},
				{"auditorA", "FORBIDDEN"},
				{"officerB", "FORBIDDEN"},
				{"memberA", "FORBIDDEN"},
				{"leadB", "FORBIDDEN"}, // the body is not a member of B's aggregation
				{"leadA", ""},
				{"admin", ""},
			} {
				t.Run(tc.viewer, func(t *testing.T) {
					r := f.ByName[tc.viewer].gql(t, "", updateCodes, map[string]any{"id": target.ID, "input": input, "v": version()})
					if tc.code == "" {
						mustOK(t, r)
						return
					}
					wantCode(t, r, tc.code)
				})
			}
			// Updating bodies directly stays refused to the lead.
			r := f.ByName["leadA"].gql(t, "", `mutation($id: ID!) { updatePublicBody(id: $id, input: {address: "x"}) { id } }`, map[string]any{"id": target.ID})
			wantCode(t, r, "FORBIDDEN")
		})

		lead := f.ByName["leadA"]
		t.Run("SetsTheCodesAndIsAudited", func(t *testing.T) {
			v := version()
			var out struct {
				U struct {
					CodiceFiscale        *string  `json:"codiceFiscale"`
					InvoicingOfficeCodes []string `json:"invoicingOfficeCodes"`
					Version              int      `json:"version"`
				} `json:"updateMemberBodyCodes"`
			}
			mustOK(t, lead.gql(t, "", updateCodes, map[string]any{"id": target.ID, "v": v,
				"input": map[string]any{"codiceFiscale": "", "invoicingOfficeCodes": []string{" ufzzb2", "UFZZA1"}}})).decode(t, &out)
			if out.U.CodiceFiscale != nil || strings.Join(out.U.InvoicingOfficeCodes, ",") != "UFZZA1,UFZZB2" || out.U.Version != v+1 {
				t.Errorf("got %+v, want no codice fiscale, [UFZZA1 UFZZB2], version %d", out.U, v+1)
			}
			n, err := f.C.AuditEvent.Query().Where(auditevent.EntityID(string(target.ID)), auditevent.ActorID(string(lead.User.ID))).Count(f.Sys)
			if err != nil || n == 0 {
				t.Errorf("%d audit events by the lead on the body (%v), want some", n, err)
			}
		})

		sbt, err := f.C.PublicBody.Query().Where(publicbody.IstatCode("044066")).Only(f.Sys)
		if err != nil {
			t.Fatal(err)
		}
		if sbt.ID == target.ID {
			t.Fatal("the fixture's target is San Benedetto del Tronto: pick another body")
		}
		if err := sbt.Update().SetCodiceFiscale("00360140446").Exec(f.Sys); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name        string
			input       map[string]any
			stale       bool
			code, field string
			rule        string
		}{
			{"ErrCheckDigit", map[string]any{"codiceFiscale": "00360140447"}, false, "INVALID", "codiceFiscale", "codice_fiscale.checksum"},
			{"ErrShort", map[string]any{"codiceFiscale": "0036014044"}, false, "INVALID", "codiceFiscale", ""},
			{"ErrTakenByAnotherBody", map[string]any{"codiceFiscale": "003 6014 0446"}, false, "CONFLICT", "codiceFiscale", "body.codice_fiscale_taken"},
			{"ErrPlaceholderOffice", map[string]any{"invoicingOfficeCodes": []string{"999999"}}, false, "INVALID", "invoicingOfficeCodes", "codice_univoco_ufficio.placeholder"},
			{"ErrOfficeFormat", map[string]any{"invoicingOfficeCodes": []string{"UF-12"}}, false, "INVALID", "invoicingOfficeCodes", ""},
			{"ErrDuplicateOffice", map[string]any{"invoicingOfficeCodes": []string{"UFZZA1", "ufzza1"}}, false, "INVALID", "invoicingOfficeCodes", "body.office_duplicate"},
			{"ErrStaleVersion", map[string]any{"invoicingOfficeCodes": []string{"UFZZC3"}}, true, "CONFLICT", "", "version.stale"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				v := version()
				if tc.stale {
					v--
				}
				e := wantCode(t, lead.gql(t, "", updateCodes, map[string]any{"id": target.ID, "input": tc.input, "v": v}), tc.code)
				if tc.field != "" && e.Extensions.Field != tc.field || tc.rule != "" && e.Extensions.Rule != tc.rule {
					t.Errorf("error %s, want field %q rule %q", e, tc.field, tc.rule)
				}
				if tc.rule == "body.codice_fiscale_taken" && !strings.Contains(e.Message, "San Benedetto del Tronto") {
					t.Errorf("message %q does not name the other body", e.Message)
				}
			})
		}
	})
}
