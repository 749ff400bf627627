package reports_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// TestFrozenCopy_MissingOrAlteredIsRefused: a submitted claim's report is
// served from its deposited copy, checked against the SHA-256 recorded at
// deposit. A copy missing from the store, or whose bytes changed, is
// refused with a message that names the document, never served.
func TestFrozenCopy_MissingOrAlteredIsRefused(t *testing.T) {
	t.Parallel()
	d := testdb.Open(t, dialect.SQLite)
	sys := authz.WithSystem(context.Background())
	res, err := demo.SeedFull(sys, d.Client())
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	svc := reports.NewService(d.Client(), docstore.Disk{Root: root}, nil, projectsvc.NewService(d.Client(), nil, docstore.Disk{Root: root}))
	claim, err := d.Client().ExpenseClaim.Query().Where(expenseclaim.ProjectID(res.Project.ID), expenseclaim.StatusNEQ(expenseclaim.StatusDRAFT)).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	first, err := svc.ClaimReport(sys, claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := d.Client().Document.Query().Where(document.Frozen(true), document.HasExpenseClaimWith(expenseclaim.ID(claim.ID))).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	again, err := svc.ClaimReport(sys, claim.ID)
	if err != nil || string(again.Data) != string(first.Data) {
		t.Fatalf("the deposited copy served again: %v (same bytes: %v)", err, err == nil && string(again.Data) == string(first.Data))
	}
	path := filepath.Join(root, filepath.FromSlash(doc.StorageKey))

	altered := append([]byte{}, first.Data...)
	altered[len(altered)/2] ^= 1
	if err := os.WriteFile(path, altered, 0o600); err != nil {
		t.Fatal(err)
	}
	wantRefused(t, svc, claim.ID, "document.altered", doc.Filename)

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	wantRefused(t, svc, claim.ID, "document.missing", doc.Filename)
}

func wantRefused(t *testing.T, svc *reports.Service, claimID pulid.ID, rule, filename string) {
	t.Helper()
	f, err := svc.ClaimReport(authz.WithSystem(context.Background()), claimID)
	ae, ok := apperr.As(err)
	if f != nil || !ok || ae.Code != apperr.Internal || ae.Rule != rule || !strings.Contains(ae.Message, filename) || !strings.Contains(ae.Message, "backup") {
		t.Fatalf("report with the copy %s: %v (%+v), want a refusal with rule %s naming %s", rule, err, ae, rule, filename)
	}
}
