package server_test

import (
	"fmt"
	"testing"

	"github.com/capofila/capofila/ent/schema/pulid"
)

// The download routes of the authorization matrix: every report
// (/reports/…) and export (/exports/…) per viewer, in the viewer's own
// tenant and in the other. The documents (/documents/…) are lines of
// authzTable (Download). The rules:
//
//   - whoever reads a project's data downloads its tables and its member
//     statements: every member of the aggregation reads every member's
//     figures (allocations, shares, expenses), the Region's officers and
//     auditors read them once the project is funded (docs/DOMAIN.md, roles);
//   - the claim report shows every member's deliverables: the lead, the
//     Region and admins get it, a member referent FORBIDDEN (403);
//   - a draft (application, claim) is its aggregation's: the Region gets 404;
//   - a body's ANAC dataset is public reference data filtered to what the
//     viewer reads: every signed-in user gets the file;
//   - nobody gets anything of a tenant it holds no role in (404), and the
//     anonymous caller 401.

// downloadSpec is one route and who gets what from it.
type downloadSpec struct {
	Label string
	Path  func(tn *fixtureTenant) string
	// Reads get it (200) in their own tenant; Refused see the data but not
	// this file (403). Public files are served to every signed-in user.
	Reads, Refused roleSet
	Public         bool
	Rule           string
}

const (
	ruleFigures   = "every member of the aggregation, the Region and admins read the project's per-member figures and tables"
	ruleVariation = "a variation's request and decision are read by whoever reads the variation: every member of the aggregation (its figures are every member's), the Region, admins"
	ruleReport    = "the claim report shows every member's deliverables: the lead, the Region and admins; a member referent gets 403"
	rulePUC       = "the monitoring feed (PUC) shows every member's data: the lead, the Region and admins; a member referent gets 403"
)

func projectFile(name string) func(tn *fixtureTenant) string {
	return func(tn *fixtureTenant) string { return fmt.Sprintf("/exports/projects/%s/%s", tn.Project.ID, name) }
}

func statementOf(body func(tn *fixtureTenant) pulid.ID) func(tn *fixtureTenant) string {
	return func(tn *fixtureTenant) string {
		return fmt.Sprintf("/reports/projects/%s/members/%s/scheda.pdf", tn.Project.ID, body(tn))
	}
}

var downloadTable = []downloadSpec{
	{Label: "domanda.pdf (submitted application)", Reads: TenantRoles, Rule: ruleTenantData,
		Path: func(tn *fixtureTenant) string {
			return "/reports/applications/" + string(tn.Application.ID) + "/domanda.pdf"
		}},
	{Label: "domanda.pdf (draft application)", Reads: RoleLead | RoleMember, Rule: ruleDrafts,
		Path: func(tn *fixtureTenant) string {
			return "/reports/applications/" + string(tn.DraftApplication.ID) + "/domanda.pdf"
		}},
	{Label: "rendiconto.pdf (submitted claim)", Reads: RoleOfficer | RoleAuditor | RoleLead, Refused: RoleMember, Rule: ruleReport,
		Path: func(tn *fixtureTenant) string { return "/reports/claims/" + string(tn.Claim.ID) + "/rendiconto.pdf" }},
	{Label: "rendiconto.pdf (draft claim)", Reads: RoleLead, Refused: RoleMember, Rule: ruleReport + "; " + ruleDrafts,
		Path: func(tn *fixtureTenant) string {
			return "/reports/claims/" + string(tn.DraftClaim.ID) + "/rendiconto.pdf"
		}},
	{Label: "verbale.pdf (review in progress)", Reads: TenantRoles, Rule: ruleFigures,
		Path: func(tn *fixtureTenant) string { return "/reports/reviews/" + string(tn.Review.ID) + "/verbale.pdf" }},
	{Label: "richiesta.pdf (submitted variation)", Reads: TenantRoles, Rule: ruleVariation,
		Path: func(tn *fixtureTenant) string {
			return "/reports/variations/" + string(tn.Variation.ID) + "/richiesta.pdf"
		}},
	{Label: "richiesta.pdf (draft variation)", Reads: TenantRoles, Rule: ruleVariation,
		Path: func(tn *fixtureTenant) string {
			return "/reports/variations/" + string(tn.DraftVariation.ID) + "/richiesta.pdf"
		}},
	{Label: "scheda.pdf (the member referent's body)", Reads: TenantRoles, Rule: ruleFigures,
		Path: statementOf(func(tn *fixtureTenant) pulid.ID { return tn.ReferentBody().ID })},
	{Label: "scheda.pdf (another member)", Reads: TenantRoles, Rule: ruleFigures,
		Path: statementOf(func(tn *fixtureTenant) pulid.ID { return tn.OtherBody().ID })},
	{Label: "allocazioni.csv", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("allocazioni.csv")},
	{Label: "allocazioni.xlsx", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("allocazioni.xlsx")},
	{Label: "spese.csv", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("spese.csv")},
	{Label: "fatture.csv", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("fatture.csv")},
	{Label: "budget.csv", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("budget.csv")},
	{Label: "trasparenza.csv", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("trasparenza.csv")},
	{Label: "ocds.json", Reads: TenantRoles, Rule: ruleFigures, Path: projectFile("ocds.json")},
	// The fixture's call has no monitoring settings: only a draft is served.
	{Label: "puc.zip?bozza=1", Reads: RoleOfficer | RoleAuditor | RoleLead, Refused: RoleMember, Rule: rulePUC, Path: projectFile("puc.zip?bozza=1")},
	{Label: "anac190-2023.xml (the lead body)", Public: true, Rule: rulePublic,
		Path: func(tn *fixtureTenant) string { return "/exports/bodies/" + string(tn.Lead().ID) + "/anac190-2023.xml" }},
}

// wantStatus is the HTTP status v gets from d in its own tenant or not.
func (d downloadSpec) wantStatus(v *fixtureViewer, own bool) int {
	switch {
	case v.Kind == RoleAnon:
		return 401
	case v.Kind == RoleAdmin || d.Public:
		return 200
	case !own:
		return 404
	case d.Reads.has(v.Kind):
		return 200
	case d.Refused.has(v.Kind):
		return 403
	}
	return 404
}

// runDownloads adds a subtest per download route, viewer and tenant.
func runDownloads(t *testing.T, f *authzFixture, res *matrixResults) {
	for _, d := range downloadTable {
		for _, v := range f.Viewers {
			for _, tn := range []*fixtureTenant{v.Home, f.other(v.Home)} {
				own := tn == v.Home
				side := map[bool]string{true: "own", false: "other"}[own]
				t.Run(fmt.Sprintf("Download %s/%s/%s", d.Label, v.Name, side), func(t *testing.T) {
					t.Parallel()
					want := d.wantStatus(v, own)
					code, body := v.http.get(t, d.Path(tn))
					res.record(matrixCellKey{"GET " + d.Label, "download", v.Name, own}, fmt.Sprint(want), fmt.Sprint(code))
					if code != want {
						t.Errorf("%s GET %s (tenant %s): HTTP %d, want %d (rule: %s) %.300s", v.Name, d.Path(tn), tn.Name, code, want, d.Rule, body)
					}
				})
			}
		}
	}
}
