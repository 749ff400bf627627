package reports_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/expenseitem"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// TestReviewMinutes_FrozenWhenCompleted: while a review is open its minutes
// are rendered on demand and marked as a draft, and nothing is stored; when
// the auditor completes it, the minutes are rendered once and stored as a
// frozen REVIEW_MINUTES document of the review and the claim's aggregation,
// with the content fingerprint their cover prints. Every later download
// returns those bytes, checked against the stored SHA-256: an altered or
// missing copy is refused (document.altered, document.missing). The
// printed fingerprint verifies, in any case.
func TestReviewMinutes_FrozenWhenCompleted(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		res, err := demo.SeedFull(sys, c)
		if err != nil {
			t.Fatal(err)
		}
		root := t.TempDir()
		store := docstore.Disk{Root: root}
		rsvc := reports.NewService(c, store, nil, project.NewService(c, nil, store))
		claimsSvc := claims.NewService(c, nil, store).WithFreezer(reports.Freezer{S: rsvc})
		claim, err := c.ExpenseClaim.Query().Where(expenseclaim.ProjectID(res.Project.ID), expenseclaim.Number(1)).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		auditor := viewerOf(t, c, "revisore@regione-marche.test", authz.Grant{Role: authz.Auditor, RegionBodyID: res.Region.ID})
		lead := viewerOf(t, c, "capofila@sanbenedetto.test", authz.Grant{Role: authz.LeadManager, AggregationID: res.Aggregation.ID})

		rv, err := claimsSvc.StartReview(auditor, claim.ID)
		if err != nil {
			t.Fatal(err)
		}
		draft, err := rsvc.ReviewMinutes(lead, rv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if text := pdfToText(t, draft.Data); !strings.Contains(text, "BOZZA") || !strings.Contains(text, "controllo in corso") || draft.SHA256 != "" {
			t.Errorf("the open review's minutes should be a draft, not stored (%s):\n%.600s", draft.Name, text)
		}
		minutesOf := func() []*gen.Document {
			t.Helper()
			docs, err := c.Document.Query().Where(document.HasReviewWith(review.ID(rv.ID))).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			return docs
		}
		if n := len(minutesOf()); n != 0 {
			t.Fatalf("an open review has %d stored minutes", n)
		}

		items, err := c.ExpenseItem.Query().Where(expenseitem.ClaimID(claim.ID)).All(sys)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if _, err := claimsSvc.DecideExpenseItem(auditor, it.ID, it.ClaimedCents, ""); err != nil {
				t.Fatal(err)
			}
		}
		var checks []schematype.ChecklistEntry
		for _, e := range rv.Checklist {
			checks = append(checks, schematype.ChecklistEntry{Key: e.Key, Result: "OK"})
		}
		if _, err := claimsSvc.SetReviewChecklist(auditor, rv.ID, checks); err != nil {
			t.Fatal(err)
		}
		if _, err := claimsSvc.CompleteReview(auditor, rv.ID, review.OutcomeACCEPTED, "Spese conformi."); err != nil {
			t.Fatal(err)
		}
		docs := minutesOf()
		if len(docs) != 1 {
			t.Fatalf("%d documents for the completed review, want its frozen minutes", len(docs))
		}
		doc := docs[0]
		if doc.Kind != document.KindREVIEW_MINUTES || !doc.Frozen || doc.AggregationID == nil || *doc.AggregationID != res.Aggregation.ID ||
			!regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(doc.ContentSha256) {
			t.Fatalf("stored minutes: %+v", doc)
		}

		first, err := rsvc.ReviewMinutes(auditor, rv.ID)
		if err != nil {
			t.Fatal(err)
		}
		again, err := rsvc.ReviewMinutes(lead, rv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Data, again.Data) || first.SHA256 != doc.Sha256 {
			t.Fatalf("the minutes are not served from the stored copy (%s vs %s)", first.SHA256, doc.Sha256)
		}
		text := pdfToText(t, first.Data)
		if got := printedFingerprint(t, text); got != doc.ContentSha256 {
			t.Errorf("the cover prints %q, the document stores %q", got, doc.ContentSha256)
		}
		flat := strings.Join(strings.Fields(text), " ")
		for _, want := range []string{"Accettato", "Marco Santini", string(doc.ID), "Il controllore"} {
			if !strings.Contains(flat, want) {
				t.Errorf("the frozen minutes do not show %q", want)
			}
		}
		for _, fp := range []string{doc.ContentSha256, strings.ToUpper(doc.ContentSha256), "  " + doc.ContentSha256[:32] + "\n" + doc.ContentSha256[32:] + " "} {
			v, err := rsvc.VerifyDocument(lead, nil, fp)
			if err != nil || !v.Matches || v.Kind == nil || *v.Kind != document.KindREVIEW_MINUTES || v.MatchedBy != reports.FingerprintContent {
				t.Errorf("verifying the printed fingerprint %q: %+v %v", fp, v, err)
			}
		}

		path := filepath.Join(root, filepath.FromSlash(doc.StorageKey))
		altered := bytes.Clone(first.Data)
		altered[len(altered)/3] ^= 1
		if err := os.WriteFile(path, altered, 0o600); err != nil {
			t.Fatal(err)
		}
		wantMinutesRefused(t, rsvc, lead, rv.ID, "document.altered")
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		wantMinutesRefused(t, rsvc, lead, rv.ID, "document.missing")
	})
}

func wantMinutesRefused(t *testing.T, svc *reports.Service, ctx context.Context, id pulid.ID, rule string) {
	t.Helper()
	f, err := svc.ReviewMinutes(ctx, id)
	ae, ok := apperr.As(err)
	if f != nil || !ok || ae.Code != apperr.Internal || ae.Rule != rule || !strings.Contains(ae.Message, "verbale-controllo-rendiconto") {
		t.Fatalf("minutes with the copy %s: %v (%+v), want INTERNAL %s naming the file", rule, err, ae, rule)
	}
}

// viewerOf acts as a demo user with one grant.
func viewerOf(t *testing.T, c *gen.Client, email string, g authz.Grant) context.Context {
	t.Helper()
	u, err := c.User.Query().Where(user.Email(email)).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email, Grants: []authz.Grant{g}})
}

// pdfToText extracts the text of a PDF with pdftotext.
func pdfToText(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (apt-get install -y poppler-utils): %v", err)
	}
	return string(out)
}

// printedFingerprint reads the content fingerprint a report prints on its
// cover, as a reader would copy it (a wrapped value is joined).
func printedFingerprint(t *testing.T, text string) string {
	t.Helper()
	const label = "Impronta SHA-256 del contenuto"
	_, after, ok := strings.Cut(text, label)
	if !ok {
		t.Fatalf("the cover prints no %q", label)
	}
	m := regexp.MustCompile(`^[\s]*((?:[0-9a-f]\s*){64})`).FindStringSubmatch(after)
	if m == nil {
		t.Fatalf("no fingerprint after %q: %.120q", label, after)
	}
	return strings.Join(strings.Fields(m[1]), "")
}
