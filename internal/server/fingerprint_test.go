package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// verification is the answer of verifyDocument.
type verification struct {
	Matches   bool    `json:"matches"`
	SHA256    string  `json:"sha256"`
	Kind      *string `json:"kind"`
	MatchedBy *string `json:"matchedBy"`
}

func (c *client) verify(t *testing.T, sum string) verification {
	t.Helper()
	var out struct {
		VerifyDocument verification `json:"verifyDocument"`
	}
	mustOK(t, c.do(t, `query($s: String) { verifyDocument(sha256: $s) { matches sha256 kind matchedBy } }`, map[string]any{"s": sum})).decode(t, &out)
	return out.VerifyDocument
}

// printedFingerprint reads the content fingerprint printed on a report's
// cover from its pdftotext text, as a reader would copy it (a value wrapped
// over two lines is joined).
func printedFingerprint(t *testing.T, text string) string {
	t.Helper()
	const label = "Impronta SHA-256 del contenuto"
	_, after, ok := strings.Cut(text, label)
	if !ok {
		t.Fatalf("the cover prints no %q", label)
	}
	m := regexp.MustCompile(`^\s*((?:[0-9a-f]\s*){64})`).FindStringSubmatch(after)
	if m == nil {
		t.Fatalf("no fingerprint after %q: %.120q", label, after)
	}
	return strings.Join(strings.Fields(m[1]), "")
}

// TestFrozenReports_FingerprintsAndDeclarant follows the demo's submitted
// claim through the API. Whatever fingerprint a frozen PDF prints verifies
// (claim report, application dossier, review minutes), typed in lower or
// upper case with spaces; the file's own SHA-256 too; a random one does
// not. The claim report's declaration names the user who submitted it
// with the role recorded then (DPR 445/2000, art. 47); after a review asks
// for changes the lead clears its job title and resubmits, and the new
// frozen report names the default role. The completed review's minutes are
// a frozen REVIEW_MINUTES document reachable from the review.
func TestFrozenReports_FingerprintsAndDeclarant(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		lead, member, auditor, officer := dr.lead, dr.member, dr.auditor, dr.officer
		sys := authz.WithSystem(context.Background())
		claim, err := d.Client().ExpenseClaim.Query().Where(expenseclaim.ProjectID(dr.res.Project.ID), expenseclaim.Number(1)).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		ag, err := d.Client().Aggregation.Query().Where(aggregation.ID(dr.res.Aggregation.ID)).WithLead().Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		claimPath := "/reports/claims/" + string(claim.ID) + "/rendiconto.pdf"
		code, body := lead.get(t, claimPath)
		if code != 200 {
			t.Fatalf("claim report: %d %.200s", code, body)
		}
		pdf := []byte(body)
		text := pdfText(t, pdf)
		fp := printedFingerprint(t, text)

		t.Run("ClaimReportFingerprints", func(t *testing.T) {
			fileSum := sha256.Sum256(pdf)
			file := hex.EncodeToString(fileSum[:])
			random := sha256.Sum256([]byte("un rendiconto mai depositato"))
			for _, c := range []struct {
				name, in, by string
				match        bool
			}{
				{"printed, as printed", fp, "CONTENT", true},
				{"printed, upper case", strings.ToUpper(fp), "CONTENT", true},
				{"printed, pasted with spaces and a line break", "  " + strings.ToUpper(fp[:32]) + "\n" + fp[32:48] + " " + fp[48:] + "\t", "CONTENT", true},
				{"file, upper case", strings.ToUpper(file), "FILE", true},
				{"file", " " + file + " ", "FILE", true},
				{"random", hex.EncodeToString(random[:]), "", false},
			} {
				t.Run(c.name, func(t *testing.T) {
					v := officer.verify(t, c.in)
					if v.Matches != c.match || (c.match && (v.Kind == nil || *v.Kind != "CLAIM_REPORT" || v.MatchedBy == nil || *v.MatchedBy != c.by)) ||
						(!c.match && v.MatchedBy != nil) || len(v.SHA256) != 64 || strings.ToLower(v.SHA256) != v.SHA256 {
						t.Errorf("verifyDocument(%q) = %+v, want match %v by %s", c.in, v, c.match, c.by)
					}
				})
			}
			for _, bad := range []string{fp[:63], fp + "0", strings.Repeat("g", 64), ""} {
				e := wantCode(t, officer.do(t, `query($s: String) { verifyDocument(sha256: $s) { matches } }`, map[string]any{"s": bad}), "INVALID")
				if e.Extensions.Rule != "verify.input" {
					t.Errorf("verifyDocument(%q): rule %q, want verify.input", bad, e.Extensions.Rule)
				}
			}
		})

		t.Run("ClaimReportNamesItsDeclarant", func(t *testing.T) {
			var me struct {
				Me struct{ ID string } `json:"me"`
			}
			mustOK(t, lead.do(t, `{ me { id } }`, nil)).decode(t, &me)
			var out struct {
				Node struct {
					SubmittedByID string `json:"submittedByID"`
					DeclarantName string `json:"declarantName"`
					DeclarantRole string `json:"declarantRole"`
				} `json:"node"`
			}
			mustOK(t, lead.do(t, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { submittedByID declarantName declarantRole } } }`,
				map[string]any{"id": claim.ID})).decode(t, &out)
			role := "Dirigente del Settore Innovazione e Sistemi informativi del " + ag.Edges.Lead.Name + ", ente capofila dell'aggregazione «" + ag.Name + "»"
			if out.Node.SubmittedByID != me.Me.ID || out.Node.DeclarantName != "Laura Neroni (Comune di San Benedetto del Tronto)" || out.Node.DeclarantRole != role {
				t.Fatalf("declarant recorded: %+v, want the lead (%s) as %q", out.Node, me.Me.ID, role)
			}
			flat := strings.Join(strings.Fields(text), " ")
			for _, want := range []string{
				"Il/La sottoscritto/a Laura Neroni (Comune di San Benedetto del Tronto), " + role +
					", consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000",
				"dichiara ai sensi dell'art. 47 del D.P.R. 445/2000",
				"Il/La dichiarante",
			} {
				if !strings.Contains(flat, want) {
					t.Errorf("the declaration does not read %q", want)
				}
			}
			if strings.Contains(flat, "sottoscritto/a Il legale rappresentante") {
				t.Error("the declaration still names no declarant")
			}
		})

		t.Run("DossierFingerprint", func(t *testing.T) {
			code, body := lead.get(t, "/reports/applications/"+string(dr.res.Project.ApplicationID)+"/domanda.pdf")
			if code != 200 {
				t.Fatalf("dossier: %d %.200s", code, body)
			}
			v := officer.verify(t, strings.ToUpper(printedFingerprint(t, pdfText(t, []byte(body)))))
			if !v.Matches || v.Kind == nil || *v.Kind != "APPLICATION_DOSSIER" || *v.MatchedBy != "CONTENT" {
				t.Errorf("the dossier's printed fingerprint: %+v", v)
			}
		})

		t.Run("ResubmittedByTheLeadWithoutJobTitle", func(t *testing.T) {
			var rv struct {
				StartReview struct{ ID string } `json:"startReview"`
			}
			mustOK(t, auditor.do(t, `mutation($id: ID!) { startReview(claimID: $id) { id } }`, map[string]any{"id": claim.ID})).decode(t, &rv)
			mustOK(t, auditor.do(t, `mutation($id: ID!) { completeReview(reviewID: $id, outcome: CHANGES_REQUESTED, comments: "Allegare i verbali di collaudo") { id } }`,
				map[string]any{"id": rv.StartReview.ID}))

			// The completed review's minutes: frozen, on the review, and
			// what the download serves.
			var docs struct {
				Node struct {
					Documents storyConn[struct {
						ID            string `json:"id"`
						Kind          string `json:"kind"`
						SHA256        string `json:"sha256"`
						ContentSha256 string `json:"contentSha256"`
					}] `json:"documents"`
				} `json:"node"`
			}
			for _, c := range []*client{lead, member, auditor} {
				mustOK(t, c.do(t, `query($id: ID!) { node(id: $id) { ... on Review { documents(first: 5) { totalCount edges { node { id kind sha256 contentSha256 } } } } } }`,
					map[string]any{"id": rv.StartReview.ID})).decode(t, &docs)
				if docs.Node.Documents.TotalCount != 1 || docs.Node.Documents.Edges[0].Node.Kind != "REVIEW_MINUTES" {
					t.Fatalf("the completed review's documents: %+v", docs.Node.Documents)
				}
			}
			minutes := docs.Node.Documents.Edges[0].Node
			code, body := member.get(t, "/reports/reviews/"+rv.StartReview.ID+"/verbale.pdf")
			sum := sha256.Sum256([]byte(body))
			if code != 200 || hex.EncodeToString(sum[:]) != minutes.SHA256 {
				t.Fatalf("the minutes download (%d) is not the stored copy %s", code, minutes.SHA256)
			}
			if got := printedFingerprint(t, pdfText(t, []byte(body))); got != minutes.ContentSha256 {
				t.Errorf("the minutes print %s, the document stores %s", got, minutes.ContentSha256)
			}
			if v := officer.verify(t, minutes.ContentSha256); !v.Matches || v.Kind == nil || *v.Kind != "REVIEW_MINUTES" {
				t.Errorf("the minutes' fingerprint: %+v", v)
			}

			var me struct {
				UpdateProfile struct {
					ID       string  `json:"id"`
					JobTitle *string `json:"jobTitle"`
				} `json:"updateProfile"`
			}
			var meID struct {
				Me struct{ ID string } `json:"me"`
			}
			mustOK(t, lead.do(t, `{ me { id } }`, nil)).decode(t, &meID)
			mustOK(t, lead.do(t, `mutation($u: ID!) { updateProfile(userID: $u, input: {jobTitle: "  "}) { id jobTitle } }`,
				map[string]any{"u": meID.Me.ID})).decode(t, &me)
			if me.UpdateProfile.JobTitle != nil && *me.UpdateProfile.JobTitle != "" {
				t.Fatalf("a blank job title should clear it: %+v", me.UpdateProfile)
			}
			var sub struct {
				SubmitExpenseClaim struct {
					DeclarantRole string `json:"declarantRole"`
				} `json:"submitExpenseClaim"`
			}
			mustOK(t, lead.do(t, `mutation($id: ID!) { submitExpenseClaim(id: $id) { declarantRole } }`, map[string]any{"id": claim.ID})).decode(t, &sub)
			role := "referente per la rendicontazione del progetto del " + ag.Edges.Lead.Name + ", ente capofila dell'aggregazione «" + ag.Name + "»"
			if sub.SubmitExpenseClaim.DeclarantRole != role {
				t.Fatalf("declarant role %q, want %q", sub.SubmitExpenseClaim.DeclarantRole, role)
			}
			code, body = lead.get(t, claimPath)
			flat := strings.Join(strings.Fields(pdfText(t, []byte(body))), " ")
			if code != 200 || !strings.Contains(flat, "Il/La sottoscritto/a Laura Neroni (Comune di San Benedetto del Tronto), "+role+", consapevole") {
				t.Errorf("the resubmitted report does not name the declarant with the default role (%d)", code)
			}
			if newFP := printedFingerprint(t, pdfText(t, []byte(body))); newFP == fp {
				t.Error("the resubmitted report prints the fingerprint of the first submission")
			} else if v := officer.verify(t, fp); !v.Matches {
				t.Error("the first submission's fingerprint no longer verifies")
			}
		})
	})
}
