package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestReports_RolesAndFrozenCopies downloads every report and export of the
// demo's running project as every role: who may read the data gets it
// (every member of the aggregation reads every member's figures), a member
// referent gets 403 for the claim report (it shows every member's
// deliverables), outsiders 404, anonymous 401. A submitted claim's report is byte-identical on every
// download and verifyDocument recognises it; the PDFs are checked through
// pdftotext, pdftoppm and qpdf.
func TestReports_RolesAndFrozenCopies(t *testing.T) {
	t.Parallel()
	for _, tool := range []string{"pdftotext", "pdftoppm", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: apt-get install -y poppler-utils qpdf", tool)
		}
	}
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		admin, res := dr.admin, dr.res
		lead, member, auditor, officer := dr.lead, dr.member, dr.auditor, dr.officer
		sys := authz.WithSystem(context.Background())
		p, err := d.Client().Project.Query().Where(project.ID(res.Project.ID)).WithAggregation().Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		claim, err := d.Client().ExpenseClaim.Query().Where(expenseclaim.ProjectID(p.ID), expenseclaim.Number(1)).WithItems().Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		var claimed int64
		for _, it := range claim.Edges.Items {
			claimed += it.ClaimedCents
		}
		mustOK(t, admin.do(t, `mutation { createUser(input: {email: "estraneo@capofila.test", displayName: "Estraneo", password: "password-di-prova"}) { id } }`, nil))
		outsider := admin.as(t, d, "estraneo@capofila.test")
		anon := admin.anonymous()
		grottammare, other := memberBodies(t, d, p.AggregationID)

		type want map[*client]int
		roles := map[*client]string{lead: "lead", member: "member", auditor: "auditor", officer: "officer", outsider: "outsider", anon: "anonymous", admin: "admin"}
		check := func(path string, w want) map[*client][]byte {
			t.Helper()
			got := map[*client][]byte{}
			for c, status := range w {
				code, body := c.get(t, path)
				if code != status {
					t.Errorf("GET %s as %s: %d, want %d (%.200s)", path, roles[c], code, status, body)
				}
				got[c] = []byte(body)
			}
			return got
		}
		whole := want{lead: 200, auditor: 200, officer: 200, admin: 200, member: 403, outsider: 404, anon: 401}
		readers := want{lead: 200, auditor: 200, officer: 200, admin: 200, member: 200, outsider: 404, anon: 401}

		claimPath := "/reports/claims/" + string(claim.ID) + "/rendiconto.pdf"
		first := check(claimPath, whole)
		second := check(claimPath, whole)
		pdf := first[lead]
		for _, c := range []*client{lead, auditor, officer, admin} {
			if !bytes.Equal(first[c], pdf) || !bytes.Equal(second[c], pdf) {
				t.Errorf("the submitted claim's report differs for %s or between downloads: the frozen copy must be served byte for byte", roles[c])
			}
		}
		text := pdfText(t, pdf)
		for _, s := range []string{p.Cup, demo.ProjectTitle[:30], money.FormatEUR(claimed), "Pagina 1 di"} {
			if !strings.Contains(text, s) {
				t.Errorf("the claim report does not show %q", s)
			}
		}
		// Every member by name, and the financial totals equal to the
		// allocation summary's.
		sum, err := projectsvc.NewService(d.Client(), nil, nil).AllocationSummary(sys, p.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(text), " ")
		for _, m := range sum.Members {
			if !strings.Contains(flat, m.Body.Name) {
				t.Errorf("the claim report does not name %s", m.Body.Name)
			}
		}
		for what, v := range map[string]int64{"allocated": sum.Totals.Allocated, "committed": sum.Totals.Committed,
			"invoiced": sum.Totals.Invoiced, "paid": sum.Totals.Paid, "remaining": sum.Totals.Remaining()} {
			if !strings.Contains(text, money.FormatEUR(v)) {
				t.Errorf("the claim report does not show the %s total %s", what, money.FormatEUR(v))
			}
		}

		t.Run("VerifyDocument", func(t *testing.T) {
			sum := sha256.Sum256(pdf)
			var v struct {
				VerifyDocument struct {
					Matches bool    `json:"matches"`
					Kind    *string `json:"kind"`
				} `json:"verifyDocument"`
			}
			mustOK(t, officer.do(t, `query($s: String) { verifyDocument(sha256: $s) { matches kind } }`, map[string]any{"s": hex.EncodeToString(sum[:])})).decode(t, &v)
			if !v.VerifyDocument.Matches || v.VerifyDocument.Kind == nil || *v.VerifyDocument.Kind != "CLAIM_REPORT" {
				t.Errorf("verifyDocument of the downloaded report: %+v", v.VerifyDocument)
			}
			tampered := append(bytes.Clone(pdf), ' ')
			var v2 struct {
				VerifyDocument struct {
					Matches bool `json:"matches"`
				} `json:"verifyDocument"`
			}
			mustOK(t, officer.upload(t, `query($file: Upload) { verifyDocument(file: $file) { matches } }`, map[string]any{}, "rendiconto.pdf", tampered)).decode(t, &v2)
			if v2.VerifyDocument.Matches {
				t.Error("verifyDocument accepts bytes that differ from the stored copy")
			}
		})

		t.Run("ReferentSeesNoClaimReportDocument", func(t *testing.T) {
			var out struct {
				Node *struct {
					Documents struct {
						TotalCount int `json:"totalCount"`
					} `json:"documents"`
				} `json:"node"`
			}
			mustOK(t, member.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { documents(first: 5) { totalCount } } } }`,
				map[string]any{"id": claim.ID})).decode(t, &out)
			if out.Node == nil || out.Node.Documents.TotalCount != 0 {
				t.Errorf("a member referent reads the claim report document: %+v", out.Node)
			}
			mustOK(t, lead.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { documents(first: 5) { totalCount } } } }`,
				map[string]any{"id": claim.ID})).decode(t, &out)
			if out.Node == nil || out.Node.Documents.TotalCount != 1 {
				t.Errorf("the lead should read the one frozen report: %+v", out.Node)
			}
		})

		t.Run("MemberStatement", func(t *testing.T) {
			own := "/reports/projects/" + string(p.ID) + "/members/" + string(grottammare) + "/scheda.pdf"
			got := check(own, readers)
			mine, err := projectsvc.NewService(d.Client(), nil, nil).AllocationSummary(sys, p.ID, &grottammare)
			if err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, got[member])
			f := mine.Totals
			for _, want := range []string{"Grottammare", money.FormatEUR(f.Allocated), money.FormatEUR(f.Committed),
				money.FormatEUR(f.Invoiced), money.FormatEUR(f.Paid), money.FormatEUR(f.Remaining())} {
				if !strings.Contains(text, want) {
					t.Errorf("Grottammare's statement does not show %q", want)
				}
			}
			// Every member reads every member's figures (docs/DOMAIN.md,
			// roles): another member's statement too, without that member's
			// deliverables, which only its referents, the lead and the
			// Region read.
			others := check("/reports/projects/"+string(p.ID)+"/members/"+string(other)+"/scheda.pdf", readers)
			withheld := "I prodotti dell'ente sono visibili ai suoi referenti"
			if text := strings.Join(strings.Fields(pdfText(t, others[member])), " "); !strings.Contains(text, withheld) {
				t.Errorf("another member's statement, downloaded by a member referent, does not say its deliverables are withheld")
			}
			for _, c := range []*client{lead, auditor} {
				if text := strings.Join(strings.Fields(pdfText(t, others[c])), " "); strings.Contains(text, withheld) {
					t.Errorf("the statement withholds the deliverables from the %s, who reads them", roles[c])
				}
			}
		})

		t.Run("ReviewMinutes", func(t *testing.T) {
			var rv struct {
				StartReview struct{ ID string } `json:"startReview"`
			}
			mustOK(t, auditor.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id } }`, map[string]any{"id": claim.ID})).decode(t, &rv)
			minutes := "/reports/reviews/" + rv.StartReview.ID + "/verbale.pdf"
			// While the review is open its minutes are a draft, rendered on demand.
			if open := pdfText(t, check(minutes, want{auditor: 200, lead: 200})[auditor]); !strings.Contains(open, "BOZZA") {
				t.Error("the open review's minutes should be marked as a draft")
			}
			var cl struct {
				Node struct {
					Items storyConn[struct {
						ID           string `json:"id"`
						ClaimedCents int64  `json:"claimedCents"`
					}] `json:"items"`
				} `json:"node"`
			}
			mustOK(t, auditor.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { items(first: 100) { edges { node { id claimedCents } } } } } }`,
				map[string]any{"id": claim.ID})).decode(t, &cl)
			for _, e := range cl.Node.Items.Edges {
				mustOK(t, auditor.do(t, `mutation($id: ID!, $a: Cents!) { decideExpenseItem(id: $id, admittedCents: $a) { id } }`,
					map[string]any{"id": e.Node.ID, "a": e.Node.ClaimedCents}))
			}
			mustOK(t, auditor.do(t, `mutation($id: ID!) { completeReview(reviewID: $id, outcome: CHANGES_REQUESTED, comments: "Allegare i verbali di collaudo") { id } }`,
				map[string]any{"id": rv.StartReview.ID}))
			got := check(minutes, readers)
			text := pdfText(t, got[auditor])
			flat := strings.Join(strings.Fields(text), " ")
			if !strings.Contains(text, "Marco Santini") || !strings.Contains(text, money.FormatEUR(claimed)) || !strings.Contains(flat, "Comune di Grottammare") {
				t.Error("the minutes should name the auditor and the members and show the total admitted (all of it)")
			}
		})

		t.Run("Dossier", func(t *testing.T) {
			got := check("/reports/applications/"+string(res.Application.ID)+"/domanda.pdf",
				want{lead: 200, member: 200, admin: 200, officer: 404, auditor: 404, outsider: 404, anon: 401})
			text := pdfText(t, got[lead])
			if !strings.Contains(text, "BOZZA") || !strings.Contains(text, money.FormatEUR(res.BudgetCents)) {
				t.Error("the draft dossier should say it is a draft and show the requested total")
			}
			flat := strings.Join(strings.Fields(text), " ")
			for _, m := range sum.Members {
				if !strings.Contains(flat, m.Body.Name) {
					t.Errorf("the dossier does not name %s", m.Body.Name)
				}
			}
		})

		t.Run("Exports", func(t *testing.T) {
			base := "/exports/projects/" + string(p.ID) + "/"
			csv := check(base+"allocazioni.csv", readers)
			if !bytes.HasPrefix(csv[lead], []byte("\xef\xbb\xbf")) || !strings.Contains(string(csv[lead]), "Grottammare") {
				t.Errorf("allocations CSV: %.200q", csv[lead])
			}
			check(base+"fatture.xlsx", readers)
			check(base+"spese.csv", readers)
			check(base+"budget.xlsx", readers)
			code, body := lead.get(t, base+"nessuna.csv")
			if code != http.StatusBadRequest {
				t.Errorf("unknown table: %d %s", code, body)
			}
			o := check(base+"ocds.json", readers)
			var pkg struct {
				Version  string `json:"version"`
				Releases []struct {
					OCID string `json:"ocid"`
				} `json:"releases"`
			}
			if err := json.Unmarshal(o[lead], &pkg); err != nil || pkg.Version != "1.1" || len(pkg.Releases) != 3 ||
				!strings.HasSuffix(pkg.Releases[0].OCID, "48886723C1") || !strings.HasSuffix(pkg.Releases[2].OCID, "A015882CCD") {
				t.Errorf("OCDS package: %v %+v", err, pkg)
			}
			// The demo's procedures started in 2025: ANAC takes them from the
			// BDNCP, the XML covers years up to 2023 and the transparency
			// table links each CIG to ANAC's record.
			anac := "/exports/bodies/" + string(p.Edges.Aggregation.LeadID) + "/anac190-"
			x := check(anac+"2023.xml", want{lead: 200, auditor: 200, officer: 200, member: 200, admin: 200, outsider: 200, anon: 401})
			for _, c := range []*client{lead, auditor, officer, member, admin, outsider} {
				if err := xml.Unmarshal(x[c], new(struct{})); err != nil || strings.Contains(string(x[c]), "<lotto>") {
					t.Errorf("ANAC dataset 2023 for %s (no procedure started by then): %v %.300s", roles[c], err, x[c])
				}
			}
			if code, body := lead.get(t, anac+"2025.xml"); code != http.StatusBadRequest || !strings.Contains(body, "BDNCP") || !strings.Contains(body, "trasparenza") {
				t.Errorf("ANAC dataset 2025: %d %.300s", code, body)
			}
			tr := check(base+"trasparenza.csv", readers)
			for _, cig := range []string{"95156957EC", "48886723C1"} {
				if !strings.Contains(string(tr[member]), "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig="+cig) {
					t.Errorf("the transparency table does not link %s to ANAC's record", cig)
				}
			}
			check(base+"trasparenza.xlsx", want{lead: 200, outsider: 404, anon: 401})

			// The national monitoring feed shows every member's data; the
			// Region's portfolio is its officers' and auditors'.
			z := check(base+"puc.zip", whole)
			if !bytes.HasPrefix(z[officer], []byte("PK")) {
				t.Errorf("puc.zip is not a zip: %.20q", z[officer])
			}
			check("/exports/bodies/"+p.TenantRegionID+"/puc.zip",
				want{officer: 200, auditor: 200, admin: 200, lead: 403, member: 403, outsider: 403, anon: 401})
		})
	})
}

// memberBodies returns Grottammare and another member of an aggregation.
func memberBodies(t *testing.T, d *db.DB, agg pulid.ID) (grottammare, other pulid.ID) {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	ms, err := d.Client().Aggregation.Query().Where(aggregation.ID(agg)).QueryMemberships().QueryBody().All(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range ms {
		if b.IstatCode != nil && *b.IstatCode == demo.MemberISTAT {
			grottammare = b.ID
		} else if other == "" {
			other = b.ID
		}
	}
	return grottammare, other
}

// pdfText checks a PDF with qpdf and pdftoppm and returns its text.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", path, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Errorf("pdftoppm: %v\n%s", err, out)
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}
