package scale_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// figures are the money of a project as the generator wrote it, summed in
// SQL independently of the application.
type figures struct {
	Allocated, Committed, Invoiced, Paid, Claimed, Admitted int64
}

func projectFigures(t *testing.T, conn *pgx.Conn, projectID string) figures {
	t.Helper()
	var f figures
	err := conn.QueryRow(context.Background(), `SELECT
		(SELECT sum(amount_cents) FROM allocations WHERE project_id = $1),
		(SELECT sum(cs.amount_cents) FROM cost_shares cs JOIN contracts c ON c.id = cs.contract_id JOIN lots l ON l.id = c.lot_id
		 JOIN procurements p ON p.id = l.procurement_id WHERE p.project_id = $1 AND c.status <> 'TERMINATED'),
		(SELECT sum(s.amount_cents) FROM invoice_shares s JOIN invoices i ON i.id = s.invoice_id WHERE i.project_id = $1),
		(SELECT sum(y.amount_cents) FROM payments y JOIN invoices i ON i.id = y.invoice_id WHERE i.project_id = $1),
		(SELECT sum(x.claimed_cents) FROM expense_items x JOIN expense_claims e ON e.id = x.claim_id WHERE e.project_id = $1 AND e.status <> 'DRAFT'),
		(SELECT sum(x.admitted_cents) FROM expense_items x JOIN expense_claims e ON e.id = x.claim_id WHERE e.project_id = $1
		 AND e.status IN ('ACCEPTED', 'PARTIALLY_ACCEPTED'))`, projectID).
		Scan(&f.Allocated, &f.Committed, &f.Invoiced, &f.Paid, &f.Claimed, &f.Admitted)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestGenerate_ReadByTheApp reads the generated data through the project
// service and, signed in with the printed logins, through GraphQL: the
// figures are the ones written.
func TestGenerate_ReadByTheApp(t *testing.T) {
	d, conn, res := generated(t, small)
	want := projectFigures(t, conn, res.ProjectID)
	if want.Committed == 0 || want.Paid == 0 || want.Claimed == 0 || want.Admitted == 0 {
		t.Fatalf("the first project is missing money: %+v", want)
	}

	t.Run("AllocationSummary", func(t *testing.T) {
		svc := projectsvc.NewService(d.Client(), nil, nil)
		sum, err := svc.AllocationSummary(authz.WithSystem(context.Background()), pulid.ID(res.ProjectID), nil)
		if err != nil {
			t.Fatal(err)
		}
		tot := sum.Totals
		got := figures{tot.Allocated, tot.Committed, tot.Invoiced, tot.Paid, tot.Claimed, tot.Admitted}
		if got != want {
			t.Errorf("summary %+v, want %+v", got, want)
		}
		if len(sum.Members) != 64 {
			t.Errorf("%d members in the summary, want 64", len(sum.Members))
		}
		for _, m := range sum.Members {
			if m.Figures.Committed > m.Figures.Allocated || m.Figures.Claimed > m.Figures.Allocated {
				t.Errorf("%s: committed %d, claimed %d over the allocation %d", m.Body.Name, m.Figures.Committed, m.Figures.Claimed, m.Figures.Allocated)
			}
		}
	})

	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	s := app.New(app.Config{Version: "test", Documents: docstore.Disk{Root: t.TempDir()}}, d, d.Client(), log).Server
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	emails := map[string]string{}
	for _, l := range res.Logins {
		emails[l.Role] = l.Email
	}
	const query = `query($id: ID!, $claim: ID!) {
	  project: node(id: $id) { ... on Project { cup allocationSummary { totals {
	    allocatedCents committedCents invoicedCents paidCents claimedCents admittedCents } members { body { id } } } } }
	  claim: node(id: $claim) { ... on ExpenseClaim { status items(first: 1) { totalCount } } } }`
	type answer struct {
		Project *struct {
			Cup               string
			AllocationSummary struct {
				Totals struct {
					AllocatedCents, CommittedCents, InvoicedCents, PaidCents, ClaimedCents, AdmittedCents int64
				}
				Members []struct{ Body struct{ ID string } }
			}
		}
		Claim *struct {
			Status string
			Items  struct{ TotalCount int }
		}
	}
	for _, role := range []string{"LEAD_MANAGER", "AUDITOR", "REGION_OFFICER"} {
		t.Run(role, func(t *testing.T) {
			session := signIn(t, srv, emails[role])
			var out answer
			gql(t, srv, session, query, map[string]any{"id": res.ProjectID, "claim": res.LargeClaimID}, &out)
			if out.Project == nil || out.Project.Cup != res.ProjectCUP {
				t.Fatalf("%s does not read the project: %+v", emails[role], out.Project)
			}
			tot := out.Project.AllocationSummary.Totals
			got := figures{tot.AllocatedCents, tot.CommittedCents, tot.InvoicedCents, tot.PaidCents, tot.ClaimedCents, tot.AdmittedCents}
			if got != want || len(out.Project.AllocationSummary.Members) != 64 {
				t.Errorf("GraphQL summary %+v (%d members), want %+v", got, len(out.Project.AllocationSummary.Members), want)
			}
			if out.Claim == nil || out.Claim.Status != "SUBMITTED" || out.Claim.Items.TotalCount != 500 {
				t.Errorf("large claim: %+v, want SUBMITTED with 500 items", out.Claim)
			}
		})
	}
	t.Run("MEMBER_REFERENT", func(t *testing.T) {
		session := signIn(t, srv, emails["MEMBER_REFERENT"])
		var out answer
		gql(t, srv, session, query, map[string]any{"id": res.ProjectID, "claim": res.LargeClaimID}, &out)
		if out.Project == nil || out.Project.AllocationSummary.Totals.AllocatedCents != want.Allocated {
			t.Errorf("the member referent reads %+v", out.Project)
		}
	})
	t.Run("ErrOtherRegion", func(t *testing.T) {
		session := signIn(t, srv, "revisore.01@"+scaleDomain)
		var out answer
		gql(t, srv, session, query, map[string]any{"id": res.ProjectID, "claim": res.LargeClaimID}, &out)
		if out.Project != nil || out.Claim != nil {
			t.Errorf("Piemonte's auditor reads Marche's project: %+v", out)
		}
	})
}

const scaleDomain = "scala.capofila.test"

// signIn signs in with the demo password and returns the session cookie.
func signIn(t *testing.T, srv *httptest.Server, email string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"email": email, "password": demo.Password})
	resp, err := srv.Client().Post(srv.URL+"/auth/sign-in", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == auth.CookieName {
			return c.Value
		}
	}
	b, _ := io.ReadAll(resp.Body)
	t.Fatalf("sign-in of %s: HTTP %d %s", email, resp.StatusCode, b)
	return ""
}

// gql posts a GraphQL operation with the session and decodes its data.
func gql(t *testing.T, srv *httptest.Server, session, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(auth.CSRFHeader, "1")
	req.AddCookie(&http.Cookie{Name: auth.CookieName, Value: session})
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("HTTP %d: %v", resp.StatusCode, err)
	}
	for _, e := range r.Errors {
		t.Logf("GraphQL error: %s", e.Message)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}
