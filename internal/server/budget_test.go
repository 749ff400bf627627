package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/budgetline"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// as returns a client of the same server acting as an existing user,
// through a personal API token.
func (c *client) as(t *testing.T, d *db.DB, email string) *client {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	u, err := d.Client().User.Query().Where(user.Email(email)).Only(sys)
	if err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	token, _, err := auth.New(d.Client(), auth.Config{}).CreateToken(
		authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email}), "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{srv: c.srv, bearer: token}
}

// TestCreateBudgetLine_StaysInsideTheApplication checks that the generic
// createBudgetLine mutation keeps the rules of setBudgetLines: a member of
// the aggregation, a line and a category of the call.
func TestCreateBudgetLine_StaysInsideTheApplication(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		res := seed(t, d)
		sys := authz.WithSystem(context.Background())
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		app, err := d.Client().Application.Query().Where(application.AggregationID(res.Aggregation.ID)).
			WithCall(func(q *gen.CallQuery) { q.WithInterventionLines().WithExpenseCategories() }).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		perugia, err := d.Client().PublicBody.Query().Where(publicbody.IstatCode("054039")).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		line, cat := app.Edges.Call.Edges.InterventionLines[0], app.Edges.Call.Edges.ExpenseCategories[0]
		const create = `mutation($in: CreateBudgetLineInput!) { createBudgetLine(input: $in) { id } }`
		input := func(body, line, cat string) map[string]any {
			return map[string]any{"in": map[string]any{"applicationID": string(app.ID), "bodyID": body,
				"interventionLineID": line, "expenseCategoryID": cat, "year": 3, "amountCents": 1000}}
		}
		before, _ := app.QueryBudgetLines().Count(sys)

		e := wantCode(t, lead.do(t, create, input(string(perugia.ID), string(line.ID), string(cat.ID))), "INVALID")
		if e.Extensions.Rule != "budget.not_member" || e.Extensions.Field != "bodyID" {
			t.Errorf("a comune outside the aggregation: %s", e)
		}
		r := lead.do(t, create, input(string(res.Aggregation.LeadID), string(line.ID), string(cat.ID)))
		mustOK(t, r)
		if after, _ := app.QueryBudgetLines().Count(sys); after != before+1 {
			t.Errorf("budget lines %d → %d, want one more", before, after)
		}
	})
}

// upload sends a multipart GraphQL request with one file as $file.
func (c *client) upload(t *testing.T, query string, vars map[string]any, filename string, content []byte) response {
	t.Helper()
	vars["file"] = nil
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.file"]}`)
	part, _ := w.CreateFormFile("0", filename)
	_, _ = part.Write(content)
	_ = w.Close()
	req, err := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	return readResponse(t, c.send(t, req))
}

// TestAttachments_RequiredUploadedAndDownloaded follows the attachments a
// call requires: missing ones are problems, the lead uploads them, the
// people who may read the application download exactly those bytes.
func TestAttachments_RequiredUploadedAndDownloaded(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		res := seed(t, d)
		sys := authz.WithSystem(context.Background())
		required := []string{"Delibere di adesione", "Convenzione firmata"}
		if err := d.Client().Call.UpdateOneID(res.Call.ID).SetRequiredAttachments(required).Exec(sys); err != nil {
			t.Fatal(err)
		}
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		appID := string(res.Application.ID)
		problems := func() []string {
			var out struct {
				ValidateApplication struct {
					Problems []struct{ Rule, Message string }
				}
			}
			mustOK(t, lead.do(t, `query($id: ID!) { validateApplication(id: $id) { problems { rule message } } }`,
				map[string]any{"id": appID})).decode(t, &out)
			var rules []string
			for _, p := range out.ValidateApplication.Problems {
				rules = append(rules, p.Rule)
			}
			return rules
		}
		if got := problems(); len(got) != 2 || got[0] != "attachment.missing" {
			t.Fatalf("problems before uploading: %v, want two attachment.missing", got)
		}
		const upload = `mutation($id: ID!, $name: String!, $file: Upload!) {
  uploadApplicationAttachment(applicationID: $id, name: $name, file: $file) { id sha256 sizeBytes mimeType filename kind } }`
		pdf := []byte("%PDF-1.7\n% Delibere di adesione dei 64 Comuni\n%%EOF\n")

		t.Run("ErrNotRequired", func(t *testing.T) {
			e := wantCode(t, lead.upload(t, upload, map[string]any{"id": appID, "name": "Altro"}, "x.pdf", pdf), "INVALID")
			if e.Extensions.Rule != "attachment.unknown" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
		})
		t.Run("ErrType", func(t *testing.T) {
			e := wantCode(t, lead.upload(t, upload, map[string]any{"id": appID, "name": required[0]}, "x.html",
				[]byte("<html><script>alert(1)</script></html>")), "INVALID")
			if e.Extensions.Rule != "document.type" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
		})
		var up struct {
			UploadApplicationAttachment struct {
				ID, Sha256, MimeType, Filename, Kind string
				SizeBytes                            int64
			}
		}
		mustOK(t, lead.upload(t, upload, map[string]any{"id": appID, "name": required[0]}, "delibere.pdf", pdf)).decode(t, &up)
		doc := up.UploadApplicationAttachment
		sum := sha256.Sum256(pdf)
		if doc.Sha256 != hex.EncodeToString(sum[:]) || doc.SizeBytes != int64(len(pdf)) || doc.MimeType != "application/pdf" || doc.Kind != "ATTACHMENT" {
			t.Fatalf("document %+v", doc)
		}
		if got := problems(); len(got) != 1 || got[0] != "attachment.missing" {
			t.Fatalf("problems after one upload: %v, want one attachment.missing", got)
		}

		download := func(cl *client) (int, []byte, http.Header) {
			req, _ := http.NewRequest(http.MethodGet, cl.srv.URL+"/documents/"+doc.ID, nil)
			resp := cl.send(t, req)
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, b, resp.Header
		}
		t.Run("OK lead downloads the same bytes", func(t *testing.T) {
			status, b, h := download(lead)
			if status != 200 || !bytes.Equal(b, pdf) || h.Get("Content-Type") != "application/pdf" ||
				!strings.Contains(h.Get("Content-Disposition"), "delibere.pdf") || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("download: %d %q %v", status, b, h)
			}
		})
		t.Run("OK member referent reads an aggregation-wide document", func(t *testing.T) {
			if status, b, _ := download(c.as(t, d, "referente@grottammare.test")); status != 200 || !bytes.Equal(b, pdf) {
				t.Fatalf("member referent: %d", status)
			}
		})
		t.Run("ErrOfficerBeforeSubmission", func(t *testing.T) {
			if status, _, _ := download(c.as(t, d, "funzionario@regione-marche.test")); status != http.StatusNotFound {
				t.Fatalf("officer on a draft's attachment: %d, want 404", status)
			}
		})
		t.Run("ErrAnonymous", func(t *testing.T) {
			if status, _, _ := download(c.anonymous()); status != http.StatusUnauthorized {
				t.Fatalf("anonymous: %d, want 401", status)
			}
		})
		t.Run("OK agreement document", func(t *testing.T) {
			ag, err := d.Client().Agreement.Query().First(sys)
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				UploadAgreementDocument struct{ ID, Kind string }
			}
			mustOK(t, lead.upload(t, `mutation($id: ID!, $file: Upload!) { uploadAgreementDocument(agreementID: $id, file: $file) { id kind } }`,
				map[string]any{"id": string(ag.ID)}, "convenzione-firmata.pdf", pdf)).decode(t, &out)
			if out.UploadAgreementDocument.Kind != "AGREEMENT" {
				t.Fatalf("kind %q", out.UploadAgreementDocument.Kind)
			}
			var docs struct {
				Node struct {
					Documents struct{ TotalCount int }
				}
			}
			mustOK(t, lead.do(t, `query($id: ID!) { node(id: $id) { ... on Agreement { documents(first: 10) { totalCount } } } }`,
				map[string]any{"id": string(ag.ID)})).decode(t, &docs)
			if docs.Node.Documents.TotalCount != 1 {
				t.Fatalf("agreement documents: %d, want 1", docs.Node.Documents.TotalCount)
			}
		})
	})
}

// TestSetBudgetLines_VersionsTurnLostUpdatesIntoConflicts saves the grid
// as two leads who read it at the same moment would: the first save wins,
// the second, naming the versions it read, is a CONFLICT and saves nothing
// (not even its other cells); a cell read as empty that someone filled
// meanwhile conflicts too; without versions the last save still wins.
func TestSetBudgetLines_VersionsTurnLostUpdatesIntoConflicts(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		res := seed(t, d)
		sys := authz.WithSystem(context.Background())
		lead := c.as(t, d, "capofila@sanbenedetto.test")
		lines, err := d.Client().BudgetLine.Query().Where(budgetline.ApplicationID(res.Application.ID), budgetline.Year(0)).
			Order(budgetline.ByID()).Limit(2).All(sys)
		if err != nil || len(lines) != 2 {
			t.Fatalf("two budget lines of the demo: %v", err)
		}
		const set = `mutation($id: ID!, $lines: [BudgetLineInput!]!) { setBudgetLines(applicationID: $id, lines: $lines) { application { id } } }`
		row := func(l *gen.BudgetLine, amount int64, version *int) map[string]any {
			m := map[string]any{"bodyID": l.BodyID, "interventionLineID": l.InterventionLineID,
				"expenseCategoryID": l.ExpenseCategoryID, "year": 0, "amountCents": amount}
			if version != nil {
				m["version"] = *version
			}
			return m
		}
		a, b := lines[0], lines[1]
		read := a.Version
		mustOK(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 111_00, &read)}}))
		e := wantCode(t, lead.do(t, set, map[string]any{"id": res.Application.ID,
			"lines": []any{row(b, 333_00, &b.Version), row(a, 222_00, &read)}}), "CONFLICT")
		if e.Extensions.Rule != "version.stale" {
			t.Errorf("stale save: %s", e)
		}
		gotA, _ := d.Client().BudgetLine.Get(sys, a.ID)
		gotB, _ := d.Client().BudgetLine.Get(sys, b.ID)
		if gotA.AmountCents != 111_00 || gotA.Version != read+1 || gotB.AmountCents != b.AmountCents || gotB.Version != b.Version {
			t.Errorf("after the conflict: a %d v%d, b %d v%d; want the first save only", gotA.AmountCents, gotA.Version, gotB.AmountCents, gotB.Version)
		}
		// Removing at a stale version conflicts; at the current one it removes.
		wantCode(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 0, &read)}}), "CONFLICT")
		mustOK(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 0, &gotA.Version)}}))
		// The cell is now empty: a client that still saw the line conflicts,
		// one that read it as empty (version 0) fills it.
		wantCode(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 5_00, &gotA.Version)}}), "CONFLICT")
		zero := 0
		mustOK(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 5_00, &zero)}}))
		wantCode(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 6_00, &zero)}}), "CONFLICT")
		// Without versions the save overwrites.
		mustOK(t, lead.do(t, set, map[string]any{"id": res.Application.ID, "lines": []any{row(a, 7_00, nil)}}))
	})
}
