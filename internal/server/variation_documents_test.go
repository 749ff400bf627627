package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/allocation"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/testdb"
)

// varDoc is a frozen document of a variation as the API shows it.
type varDoc struct {
	ID            string `json:"id"`
	Kind          string `json:"kind"`
	Sha256        string `json:"sha256"`
	ContentSha256 string `json:"contentSha256"`
	Frozen        bool   `json:"frozen"`
}

type varState struct {
	ID               string  `json:"id"`
	Version          int     `json:"version"`
	Status           string  `json:"status"`
	Number           int     `json:"number"`
	RequestDocument  *varDoc `json:"requestDocument"`
	DecisionDocument *varDoc `json:"decisionDocument"`
	Problems         []struct {
		Rule, Message string
	} `json:"problems"`
	Documents struct {
		TotalCount int `json:"totalCount"`
	} `json:"documents"`
}

const varStateFields = `id version status number problems { rule message }
  requestDocument { id kind sha256 contentSha256 frozen } decisionDocument { id kind sha256 contentSha256 frozen }
  documents(first: 10) { totalCount }`

func varOK(t *testing.T, c *client, field, query string, vars map[string]any) varState {
	t.Helper()
	var out map[string]varState
	mustOK(t, c.do(t, query, vars)).decode(t, &out)
	return out[field]
}

// planCell is one allocation of the project's plan.
type planCell struct {
	body, cat pulid.ID
	amount    int64
}

// TestVariationDocuments_FrozenRequestAndDecision follows a realistic
// variation of the demo's running project through the API: a member
// withdraws (keeping what it committed), what it releases moves to two
// other members, and the end date is extended. The lead attaches the
// council resolution to the draft; the draft's preview is marked BOZZA;
// submitting freezes the request (Italian text, amounts in euro, the
// attachment and its SHA-256, the content fingerprint on the cover), after
// which attachments are CONFLICT; the officer's approval freezes the
// decision (outcome, reason, plan version and dates). A later re-plan the
// lead applies alone gets both PDFs, the decision saying so, and leaves the
// first variation's stored bytes unchanged. verifyDocument recognises the
// files; the member referent of the aggregation reads them (variations and
// their documents are every member's, like the figures they show); the
// lead of another aggregation gets NOT_FOUND everywhere.
func TestVariationDocuments_FrozenRequestAndDecision(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		dr := seedRunning(t, d)
		lead, member, officer := dr.lead, dr.member, dr.officer
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		p, err := c.Project.Query().Where(project.ID(dr.res.Project.ID)).WithCall(func(q *gen.CallQuery) { q.WithIssuer().WithExpenseCategories() }).
			WithAggregation(func(q *gen.AggregationQuery) { q.WithLead() }).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		leadBody := p.Edges.Aggregation.LeadID

		// The plan in force and what each member used (committed, claimed).
		var sum struct {
			Node struct {
				Summary struct {
					Members []struct {
						Body       struct{ ID, Name string } `json:"body"`
						Categories []struct {
							ExpenseCategory struct{ ID, Code string } `json:"expenseCategory"`
							Figures         struct {
								Allocated int64 `json:"allocatedCents"`
								Committed int64 `json:"committedCents"`
								Claimed   int64 `json:"claimedCents"`
								Admitted  int64 `json:"admittedCents"`
							} `json:"figures"`
						} `json:"categories"`
						Figures struct {
							Allocated int64 `json:"allocatedCents"`
						} `json:"figures"`
					} `json:"members"`
				} `json:"allocationSummary"`
			} `json:"node"`
		}
		mustOK(t, lead.do(t, `query($id: ID!) { node(id: $id) { ... on Project { allocationSummary {
  members { body { id name } figures { allocatedCents }
    categories { expenseCategory { id code } figures { allocatedCents committedCents claimedCents admittedCents } } } } } } }`,
			map[string]any{"id": p.ID})).decode(t, &sum)
		members := sum.Node.Summary.Members
		var leaverIdx = -1
		for i, m := range members {
			if pulid.ID(m.Body.ID) == leadBody || m.Figures.Allocated == 0 {
				continue
			}
			ok, committed := true, int64(0)
			for _, k := range m.Categories {
				ok = ok && k.Figures.Claimed <= k.Figures.Committed && k.Figures.Admitted <= k.Figures.Committed
				committed += k.Figures.Committed
			}
			if ok && committed < m.Figures.Allocated {
				leaverIdx = i
			}
		}
		if leaverIdx < 0 {
			t.Fatal("no member of the demo can leave")
		}
		leaver := members[leaverIdx]
		keep := map[string]int64{}
		var released int64
		for _, k := range leaver.Categories {
			keep[k.ExpenseCategory.ID] = k.Figures.Committed
			released += k.Figures.Allocated - k.Figures.Committed
		}
		var others []int
		for i, m := range members {
			if i != leaverIdx && pulid.ID(m.Body.ID) != leadBody {
				others = append(others, i)
			}
		}
		slices.SortFunc(others, func(a, b int) int { return int(members[a].Figures.Allocated - members[b].Figures.Allocated) })
		first, second := members[others[0]].Body.ID, members[others[1]].Body.ID
		toFirst := released / 2
		toSecond := released - toFirst

		cells := func() []planCell {
			as, err := c.Allocation.Query().Where(allocation.ProjectID(p.ID)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			out := make([]planCell, len(as))
			for i, a := range as {
				out[i] = planCell{a.BodyID, a.ExpenseCategoryID, a.AmountCents}
			}
			return out
		}
		var serv pulid.ID
		for _, k := range p.Edges.Call.Edges.ExpenseCategories {
			if k.Code == "SERV" {
				serv = k.ID
			}
		}
		var rows []map[string]any
		gave := map[string]bool{}
		for _, a := range cells() {
			amount := a.amount
			switch {
			case string(a.body) == leaver.Body.ID:
				amount = keep[string(a.cat)]
			case a.cat == serv && string(a.body) == first && !gave[first]:
				amount, gave[first] = amount+toFirst, true
			case a.cat == serv && string(a.body) == second && !gave[second]:
				amount, gave[second] = amount+toSecond, true
			}
			rows = append(rows, map[string]any{"bodyID": a.body, "expenseCategoryID": a.cat, "amountCents": amount})
		}
		if !gave[first] || !gave[second] {
			t.Fatalf("members %s and %s have no SERV allocation to receive into", first, second)
		}
		endsBefore := *p.EndsOn
		extended, _ := endsBefore.AddMonths(3)

		const createQ = `mutation($in: CreateVariationInput!) { createVariation(input: $in) { ` + varStateFields + ` } }`
		v := varOK(t, lead, "createVariation", createQ, map[string]any{"in": map[string]any{"projectID": p.ID,
			"kinds":         []string{"REPLAN", "MEMBER_WITHDRAWAL", "END_DATE_EXTENSION"},
			"reason":        "Il Comune recede dall'aggregazione con delibera consiliare; le sue quote non impegnate passano a due enti; si chiede una proroga di tre mesi.",
			"leavingBodyID": leaver.Body.ID, "requestedEndsOn": extended.String(), "allocations": rows}})
		if len(v.Problems) > 0 || v.RequestDocument != nil || v.DecisionDocument != nil {
			t.Fatalf("draft: %+v", v)
		}
		requestPath := "/reports/variations/" + v.ID + "/richiesta.pdf"
		decisionPath := "/reports/variations/" + v.ID + "/esito.pdf"

		t.Run("DraftPreview", func(t *testing.T) {
			code, body := lead.get(t, requestPath)
			if code != 200 {
				t.Fatalf("draft preview: HTTP %d %.300s", code, body)
			}
			text := flat(pdfText(t, []byte(body)))
			for _, want := range []string{"BOZZA", "Richiesta di variazione n. " + strconv.Itoa(v.Number), "non ancora presentata (bozza)"} {
				if !strings.Contains(text, want) {
					t.Errorf("draft preview: %q missing", want)
				}
			}
			if code, _ := lead.get(t, decisionPath); code != 409 {
				t.Errorf("decision of a draft: HTTP %d, want 409", code)
			}
		})

		const uploadQ = `mutation($id: ID!, $file: Upload!) { uploadVariationAttachment(variationID: $id, file: $file) { id sha256 kind } }`
		resolution := []byte("%PDF-1.4\n% Delibera del Consiglio comunale n. 12 del 2026: recesso dall'aggregazione\n%%EOF\n")
		resolutionSum := sha256.Sum256(resolution)
		var up struct {
			Doc struct{ ID, Sha256, Kind string } `json:"uploadVariationAttachment"`
		}
		mustOK(t, lead.upload(t, uploadQ, map[string]any{"id": v.ID}, "delibera-recesso.pdf", resolution)).decode(t, &up)
		if up.Doc.Sha256 != hex.EncodeToString(resolutionSum[:]) {
			t.Fatalf("attachment stored with SHA-256 %s", up.Doc.Sha256)
		}
		// A second one removed before submission is not listed.
		var spare struct {
			Doc struct{ ID string } `json:"uploadVariationAttachment"`
		}
		mustOK(t, lead.upload(t, uploadQ, map[string]any{"id": v.ID}, "bozza-sbagliata.txt", []byte("per errore"))).decode(t, &spare)
		mustOK(t, lead.do(t, `mutation($d: ID!) { removeVariationAttachment(documentID: $d) { id } }`, map[string]any{"d": spare.Doc.ID}))

		const submitQ = `mutation($id: ID!, $v: Int) { submitVariation(id: $id, version: $v) { ` + varStateFields + ` } }`
		v = varOK(t, lead, "submitVariation", submitQ, map[string]any{"id": v.ID, "v": v.Version})
		if v.Status != "REQUESTED" || v.RequestDocument == nil || v.DecisionDocument != nil {
			t.Fatalf("submitted: %+v", v)
		}
		req := *v.RequestDocument
		if req.Kind != "VARIATION_REQUEST" || !req.Frozen || len(req.ContentSha256) != 64 || v.Documents.TotalCount != 2 {
			t.Fatalf("request document: %+v, %d documents", req, v.Documents.TotalCount)
		}
		code, body := lead.get(t, "/documents/"+req.ID)
		if code != 200 {
			t.Fatalf("GET /documents/%s: %d %.300s", req.ID, code, body)
		}
		requestBytes := []byte(body)
		if s := sha256.Sum256(requestBytes); hex.EncodeToString(s[:]) != req.Sha256 {
			t.Fatalf("downloaded request differs from its SHA-256")
		}

		t.Run("RequestText", func(t *testing.T) {
			raw := pdfText(t, requestBytes)
			text := flat(raw)
			region := p.Edges.Call.Edges.Issuer.Name
			for _, want := range []string{
				"Richiesta di variazione n. " + strconv.Itoa(v.Number), region, p.Cup, p.Title, p.Edges.Aggregation.Edges.Lead.Name,
				"Rimodulazione del piano delle quote", "Recesso di un ente dall'aggregazione", "Proroga della data di fine del progetto",
				"Il Comune recede dall'aggregazione con delibera consiliare",
				endsBefore.Italian() + " → " + extended.Italian() + " (richiesta)", "Ente che recede " + leaver.Body.Name,
				"Decorrenza richiesta dalla data della decisione",
				"-" + money.FormatEUR(released), "+" + money.FormatEUR(toFirst), "+" + money.FormatEUR(toSecond),
				"Totale del progetto " + money.FormatEUR(p.GrantedCents) + " " + money.FormatEUR(p.GrantedCents) + " 0,00 €",
				"delibera-recesso.pdf", hex.EncodeToString(resolutionSum[:]), "Laura Neroni",
			} {
				if !strings.Contains(text, want) {
					t.Errorf("request: %q missing", want)
				}
			}
			if strings.Contains(text, "bozza-sbagliata.txt") || strings.Contains(text, "BOZZA") {
				t.Error("the request lists the removed attachment or is marked as a draft")
			}
			if fp := printedFingerprint(t, raw); fp != req.ContentSha256 {
				t.Errorf("cover prints %s, the document records %s", fp, req.ContentSha256)
			}
			code, again := lead.get(t, requestPath)
			if code != 200 || again != body {
				t.Errorf("the report route serves HTTP %d, same bytes %v", code, again == body)
			}
		})

		t.Run("ErrAttachmentAfterSubmit", func(t *testing.T) {
			e := wantCode(t, lead.upload(t, uploadQ, map[string]any{"id": v.ID}, "tardiva.pdf", resolution), "CONFLICT")
			if e.Extensions.Rule != "variation.attachments_frozen" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
			e = wantCode(t, lead.do(t, `mutation($d: ID!) { removeVariationAttachment(documentID: $d) { id } }`, map[string]any{"d": up.Doc.ID}), "CONFLICT")
			if e.Extensions.Rule != "variation.attachments_frozen" {
				t.Errorf("rule %q", e.Extensions.Rule)
			}
			// The frozen request is no attachment.
			wantCode(t, lead.do(t, `mutation($d: ID!) { removeVariationAttachment(documentID: $d) { id } }`, map[string]any{"d": req.ID}), "NOT_FOUND")
		})

		const decideQ = `mutation($id: ID!, $in: DecideVariationInput!, $v: Int) { decideVariation(id: $id, input: $in, version: $v) { ` + varStateFields + ` } }`
		v = varOK(t, officer, "decideVariation", decideQ, map[string]any{"id": v.ID, "v": v.Version,
			"in": map[string]any{"outcome": "APPROVED", "reason": "Recesso e proroga conformi al bando: approvati."}})
		if v.Status != "APPROVED" || v.DecisionDocument == nil || v.RequestDocument == nil || v.RequestDocument.ID != req.ID {
			t.Fatalf("decided: %+v", v)
		}
		dec := *v.DecisionDocument
		code, body = officer.get(t, "/documents/"+dec.ID)
		if code != 200 || dec.Kind != "VARIATION_DECISION" || !dec.Frozen {
			t.Fatalf("decision %+v: HTTP %d", dec, code)
		}
		decisionBytes := []byte(body)
		pv, err := c.Variation.Query().Where(variation.ID(pulid.ID(v.ID))).QueryPlanVersion().Only(sys)
		if err != nil {
			t.Fatal(err)
		}

		t.Run("DecisionText", func(t *testing.T) {
			raw := pdfText(t, decisionBytes)
			text := flat(raw)
			for _, want := range []string{
				"Esito della richiesta di variazione n. " + strconv.Itoa(v.Number), "Esito Approvata", "Recesso e proroga conformi al bando: approvati.",
				"Decisa da Giulia Ferri", "Versione del piano n. " + strconv.Itoa(pv.Number), "In vigore dal " + pv.EffectiveFrom.Italian(),
				"Data di fine del progetto " + extended.Italian(), "documento " + req.ID,
				"-" + money.FormatEUR(released), "+" + money.FormatEUR(toFirst),
			} {
				if !strings.Contains(text, want) {
					t.Errorf("decision: %q missing", want)
				}
			}
			if fp := printedFingerprint(t, raw); fp != dec.ContentSha256 {
				t.Errorf("cover prints %s, the document records %s", fp, dec.ContentSha256)
			}
			if code, again := member.get(t, decisionPath); code != 200 || again != body {
				t.Errorf("member referent: the report route serves HTTP %d, same bytes %v", code, again == body)
			}
		})

		t.Run("VerifyDocument", func(t *testing.T) {
			for _, c := range []struct{ sum, kind, by string }{
				{req.Sha256, "VARIATION_REQUEST", "FILE"}, {req.ContentSha256, "VARIATION_REQUEST", "CONTENT"},
				{dec.Sha256, "VARIATION_DECISION", "FILE"}, {dec.ContentSha256, "VARIATION_DECISION", "CONTENT"},
			} {
				got := member.verify(t, c.sum)
				if !got.Matches || got.Kind == nil || *got.Kind != c.kind || got.MatchedBy == nil || *got.MatchedBy != c.by {
					t.Errorf("verifyDocument(%s) = %+v, want %s by %s", c.sum, got, c.kind, c.by)
				}
			}
		})

		// A later re-plan the lead applies alone: a share of the first
		// receiver's SERV moves to a new category of the call.
		alt, err := c.ExpenseCategory.Create().SetCallID(p.CallID).SetCode("ALT").SetName("Altre spese").SetPosition(9).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		move := int64(p.Edges.Call.FreeMovePercent) * (members[others[0]].Figures.Allocated + toFirst) / 200
		rows = nil
		for _, a := range cells() {
			amount := a.amount
			if string(a.body) == first && a.cat == serv {
				amount -= move
			}
			rows = append(rows, map[string]any{"bodyID": a.body, "expenseCategoryID": a.cat, "amountCents": amount})
		}
		rows = append(rows, map[string]any{"bodyID": first, "expenseCategoryID": alt.ID, "amountCents": move})
		later := varOK(t, lead, "createVariation", createQ, map[string]any{"in": map[string]any{"projectID": p.ID,
			"kinds": []string{"REPLAN"}, "reason": "Acquisto di licenze al posto di servizi", "allocations": rows}})
		if len(later.Problems) > 0 {
			t.Fatalf("later re-plan: %+v", later.Problems)
		}
		later = varOK(t, lead, "submitVariation", submitQ, map[string]any{"id": later.ID, "v": later.Version})

		t.Run("AppliedByTheLead", func(t *testing.T) {
			if later.Status != "APPROVED" || later.RequestDocument == nil || later.DecisionDocument == nil {
				t.Fatalf("the lead's re-plan: %+v", later)
			}
			code, body := lead.get(t, "/documents/"+later.DecisionDocument.ID)
			if code != 200 {
				t.Fatalf("HTTP %d", code)
			}
			text := flat(pdfText(t, []byte(body)))
			for _, want := range []string{"Esito Approvata", "Variazione applicata dall'ente capofila entro i limiti del bando",
				"entro il " + strconv.Itoa(p.Edges.Call.FreeMovePercent) + "% della quota", "Altre spese", "+" + money.FormatEUR(move)} {
				if !strings.Contains(text, want) {
					t.Errorf("the lead's decision: %q missing", want)
				}
			}
		})

		t.Run("FrozenBytesUnchanged", func(t *testing.T) {
			for _, c := range []struct {
				path string
				want []byte
			}{{"/documents/" + req.ID, requestBytes}, {requestPath, requestBytes}, {"/documents/" + dec.ID, decisionBytes}, {decisionPath, decisionBytes}} {
				code, body := lead.get(t, c.path)
				if code != 200 || body != string(c.want) {
					t.Errorf("GET %s after a later variation: HTTP %d, same bytes %v", c.path, code, body == string(c.want))
				}
			}
		})

		t.Run("MemberReferentReads", func(t *testing.T) {
			for _, path := range []string{"/documents/" + req.ID, "/documents/" + dec.ID, "/documents/" + up.Doc.ID, requestPath, decisionPath} {
				if code, body := member.get(t, path); code != 200 {
					t.Errorf("member referent GET %s: HTTP %d %.200s", path, code, body)
				}
			}
		})

		t.Run("ErrOtherAggregation", func(t *testing.T) {
			valdaso, err := c.Aggregation.Query().Where(aggregation.Name(demo.ValdasoName)).Only(sys)
			if err != nil {
				t.Fatal(err)
			}
			var u struct {
				CreateUser struct{ ID, Email string } `json:"createUser"`
			}
			mustOK(t, dr.admin.do(t, `mutation { createUser(input: {email: "capofila@valdaso.test", displayName: "Capofila Valdaso", password: "password-di-prova"}) { id email } }`, nil)).decode(t, &u)
			mustOK(t, dr.admin.do(t, `mutation($in: GrantRoleInput!) { grantRole(input: $in) { id } }`,
				map[string]any{"in": map[string]any{"userID": u.CreateUser.ID, "role": "LEAD_MANAGER", "aggregationID": valdaso.ID}}))
			outsider := dr.admin.as(t, d, u.CreateUser.Email)
			for _, path := range []string{"/documents/" + req.ID, "/documents/" + dec.ID, "/documents/" + up.Doc.ID, requestPath, decisionPath} {
				if code, _ := outsider.get(t, path); code != 404 {
					t.Errorf("lead of another aggregation GET %s: HTTP %d, want 404", path, code)
				}
			}
			for _, id := range []string{req.ID, v.ID} {
				wantCode(t, outsider.do(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}), "NOT_FOUND")
			}
			if got := outsider.verify(t, req.Sha256); !got.Matches {
				t.Errorf("verifyDocument tells anyone signed in that the file is stored: %+v", got)
			}
		})
	})
}

// failingStore refuses to store the frozen PDFs of variations.
type failingStore struct{ docstore.Store }

func (f failingStore) Put(r io.Reader, name string) (docstore.Stored, error) {
	if strings.Contains(name, "variazione") {
		return docstore.Stored{}, errors.New("archivio non raggiungibile")
	}
	return f.Store.Put(r, name)
}

// TestVariationDocuments_FreezeFailureFailsSubmit: when the request cannot
// be stored, submitting fails and nothing is saved — the variation stays a
// draft, with no document.
func TestVariationDocuments_FreezeFailureFailsSubmit(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelError + 4}))
		s := app.New(app.Config{Version: testVersion, Documents: failingStore{docstore.Disk{Root: t.TempDir()}}}, d, d.Client(), log).Server
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		admin := adminOf(t, s, srv)
		sys := authz.WithSystem(context.Background())
		res, err := demo.SeedFull(sys, d.Client())
		if err != nil {
			t.Fatal(err)
		}
		lead := admin.as(t, d, "capofila@sanbenedetto.test")
		ends := civil.New(2031, 1, 31)
		if res.Project.EndsOn != nil {
			ends, _ = res.Project.EndsOn.AddMonths(2)
		}
		v := varOK(t, lead, "createVariation", `mutation($in: CreateVariationInput!) { createVariation(input: $in) { `+varStateFields+` } }`,
			map[string]any{"in": map[string]any{"projectID": res.Project.ID, "kinds": []string{"END_DATE_EXTENSION"}, "reason": "Proroga", "requestedEndsOn": ends.String()}})
		wantCode(t, lead.do(t, `mutation($id: ID!) { submitVariation(id: $id) { id } }`, map[string]any{"id": v.ID}), "INTERNAL")
		got, err := d.Client().Variation.Get(sys, pulid.ID(v.ID))
		if err != nil {
			t.Fatal(err)
		}
		n, err := d.Client().Document.Query().Where(document.HasVariationWith(variation.ID(got.ID))).Count(sys)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != variation.StatusDRAFT || got.SubmittedAt != nil || n != 0 {
			t.Errorf("after a failed freeze: %s, submitted %v, %d documents; want an untouched draft", got.Status, got.SubmittedAt, n)
		}
	})
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
