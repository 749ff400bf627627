package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/testdb"
)

// TestMarcheSudStory is the product's story (DOMAIN.md §1) told through the
// GraphQL API, each step by the person who does it in real life with their
// own bearer token: the Region publishes a call, San Benedetto del Tronto
// forms "Marche Sud" with 63 comuni of Ascoli Piceno and Fermo, drafts a
// budget that breaks the cap per member, fixes it and submits; the officer
// asks for an integration, admits and funds it with less money than
// requested; the lead re-plans the allocations; a late submission to a
// closed call is refused; and every transition is in the audit log. Every
// refusal is checked by extensions.code and by re-reading what it must not
// have changed.
func TestMarcheSudStory(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		start := time.Now()
		// The server lives as long as the whole story, not one step.
		s := &story{d: d, ent: d.Client(), sys: authz.WithSystem(context.Background()), admin: newClient(t, d)}
		steps := []struct {
			name string
			run  func(t *testing.T)
		}{
			{"1_Setup", s.setup},
			{"2_OfficerPublishesTheCall", s.publishCall},
			{"3_LeadFormsTheAggregation", s.formAggregation},
			{"4_LeadDraftsAndSubmits", s.draftAndSubmit},
			{"5_OfficerDecidesAndFunds", s.decideAndFund},
			{"6_LeadReplansAllocations", s.replan},
			{"7_LateSubmissionRefused", s.lateSubmission},
			{"8_AuditTrail", s.audit},
			{"9_RunningTheProject", s.runProject},
		}
		for _, st := range steps {
			if !t.Run(st.name, st.run) && s.broken {
				t.Fatalf("step %s could not build what the next steps need", st.name)
			}
		}
		t.Logf("whole story on %s: %v (setBudgetLines of %d lines: %v)", testdb.Name(d.Dialect), time.Since(start).Round(time.Millisecond), storyGridSize, s.gridTime.Round(time.Millisecond))
	})
}

// The facts of the story.
const (
	storyAggregation = "Marche Sud (storia)"
	storyGrottammare = demo.MemberISTAT // 044023, over the cap in the first draft
	storyCapCents    = 7_000_000        // 70.000,00 €
	storyMembers     = 64
	storyLines       = "ABCDEF"
	storyGridSize    = storyMembers * len(storyLines)
	// storyOverCap is Grottammare's first budget: 75.000,00 €, 5.000,00 € over the cap.
	storyOverCap = 7_500_000
	// storyFixed is Grottammare's budget after the fix: 60.000,00 €.
	storyFixed = 6_000_000
	storyCUP   = "D71B21000450006"
	// The call's disbursement plan: the Region pays 80% of the admitted
	// cost (the members the other 20%), an advance of 2% of the grant, the
	// advance and the interim payments at most 80% of it.
	storyRateBp       = 8000
	storyAdvanceBp    = 200
	storyInterimMaxBp = 8000
)

// story is the state the steps hand to each other.
type story struct {
	d   *db.DB
	ent *gen.Client
	sys context.Context
	// broken is set by a step that failed to build what later steps need.
	broken bool

	admin, officer, lead *client
	officerID, leadID    string
	regionID             string

	callID     string
	lineIDs    map[string]string // by code, A–F
	catIDs     map[string]string // by code: SERV, SW, FORM
	bodies     []storyBody       // the 64 members, lead first
	outsider   storyBody         // a comune of AP or FM outside the aggregation
	byISTAT    map[string]storyBody
	aggID      string
	appID      string
	amounts    map[[2]string]int64 // (body, line) → cents of SERV
	requested  int64
	gridTime   time.Duration
	projectID  string
	grantedCts int64
}

type storyBody struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Kind       string `json:"kind"`
	IstatCode  string `json:"istatCode"`
	Population *int   `json:"population"`
}

func storyDeref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func (b storyBody) population() int {
	if b.Population == nil {
		return 0
	}
	return *b.Population
}

// storyConn is a Relay connection as the API returns it.
type storyConn[N any] struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool   `json:"hasNextPage"`
		EndCursor   string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Node N `json:"node"`
	} `json:"edges"`
}

// storyOK runs an operation that must succeed and decodes its data.
func storyOK[T any](t *testing.T, c *client, query string, vars map[string]any) T {
	t.Helper()
	var out T
	mustOK(t, c.do(t, query, vars)).decode(t, &out)
	return out
}

// storyRefused checks that an operation fails with code (and rule, when
// given) and returns no data for it.
func storyRefused(t *testing.T, r response, code, rule string) gqlError {
	t.Helper()
	e := wantCode(t, r, code)
	if rule != "" && e.Extensions.Rule != rule {
		t.Errorf("refused with rule %q (%s), want rule %q", e.Extensions.Rule, e.Message, rule)
	}
	return e
}

// storyUser creates a user through the API as the admin, optionally grants
// a role, and returns a client acting as that user with its own API token.
func (s *story) storyUser(t *testing.T, email, name string, grant map[string]any) (*client, string) {
	t.Helper()
	u := storyOK[struct {
		CreateUser struct{ ID string } `json:"createUser"`
	}](t, s.admin, `mutation($in: CreateUserInput!) { createUser(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"email": email, "displayName": name, "password": "password-della-storia"}})
	id := u.CreateUser.ID
	if grant != nil {
		grant["userID"] = id
		mustOK(t, s.admin.do(t, `mutation($in: GrantRoleInput!) { grantRole(input: $in) { id } }`, map[string]any{"in": grant}))
	}
	// Tokens are issued to the signed-in user; the test signs in for it.
	token, _, err := auth.New(s.ent, auth.Config{}).CreateToken(
		authz.NewContext(context.Background(), &authz.Viewer{UserID: pulid.ID(id), Email: email}), "storia", nil)
	if err != nil {
		t.Fatalf("token for %s: %v", email, err)
	}
	return &client{srv: s.admin.srv, bearer: token}, id
}

// ---------------------------------------------------------------------------
// 1. Setup

func (s *story) setup(t *testing.T) {
	s.broken = true
	res := seed(t, s.d) // as the system: comuni import, Regione Marche, the demo's own data
	s.regionID = string(res.Region.ID)
	s.officer, s.officerID = s.storyUser(t, "funzionaria.storia@regione-marche.test", "Funzionaria della storia",
		map[string]any{"role": "REGION_OFFICER", "regionBodyID": s.regionID})
	s.lead, s.leadID = s.storyUser(t, "capofila.storia@sanbenedetto.test", "Capofila della storia", nil)

	me := storyOK[storyMe](t, s.lead, storyMeQuery, nil)
	if n := len(me.Me.RoleAssignments.Edges); n != 0 {
		t.Errorf("the lead starts with %d roles, want none", n)
	}
	me = storyOK[storyMe](t, s.officer, storyMeQuery, nil)
	if r := me.roles(); len(r) != 1 || r[0] != "REGION_OFFICER@"+s.regionID {
		t.Errorf("officer roles %v, want REGION_OFFICER of Regione Marche", r)
	}
	s.broken = false
}

type storyMe struct {
	Me struct {
		ID              string `json:"id"`
		RoleAssignments storyConn[struct {
			Role          string  `json:"role"`
			RegionBodyID  *string `json:"regionBodyID"`
			AggregationID *string `json:"aggregationID"`
		}] `json:"roleAssignments"`
	} `json:"me"`
}

const storyMeQuery = `{ me { id roleAssignments(first: 10) { edges { node { role regionBodyID aggregationID } } } } }`

// roles lists ROLE@scope.
func (m storyMe) roles() []string {
	var out []string
	for _, e := range m.Me.RoleAssignments.Edges {
		scope := ""
		if e.Node.RegionBodyID != nil {
			scope = *e.Node.RegionBodyID
		}
		if e.Node.AggregationID != nil {
			scope = *e.Node.AggregationID
		}
		out = append(out, e.Node.Role+"@"+scope)
	}
	return out
}

// ---------------------------------------------------------------------------
// 2. The officer publishes the call

type storyCall struct {
	ID                string  `json:"id"`
	Status            string  `json:"status"`
	Version           int     `json:"version"`
	Reference         *string `json:"reference"`
	CapPerMemberCents *int64  `json:"capPerMemberCents"`
	MinMembers        *int    `json:"minMembers"`
	MaxMembers        *int    `json:"maxMembers"`
	CofinancingRateBp int     `json:"cofinancingRateBp"`
	DurationMonths    *int    `json:"durationMonths"`
}

const storyCallFields = `id status version reference capPerMemberCents minMembers maxMembers cofinancingRateBp durationMonths`

// createStoryCall creates a call with lines and categories as the officer.
func (s *story) createStoryCall(t *testing.T, title string, opens, closes time.Time, lines []string, cats []map[string]any) (string, map[string]string, map[string]string) {
	t.Helper()
	created := storyOK[struct {
		CreateCall storyCall `json:"createCall"`
	}](t, s.officer, `mutation($in: CreateCallInput!) { createCall(input: $in) { `+storyCallFields+` } }`,
		map[string]any{"in": map[string]any{
			"issuerID": s.regionID, "title": title, "fund": "FESR", "totalBudgetCents": 300_000_000,
			"capPerMemberCents": storyCapCents, "minMembers": 5, "maxMembers": 80, "cofinancingRateBp": storyRateBp,
			"advanceBp": storyAdvanceBp, "interimMaxBp": storyInterimMaxBp, "balanceBp": 10000 - storyInterimMaxBp,
			"opensAt": opens.Format(time.RFC3339), "closesAt": closes.Format(time.RFC3339), "durationMonths": 36,
		}}).CreateCall
	if created.Status != "DRAFT" || created.Version != 1 {
		t.Errorf("new call status %s version %d, want DRAFT version 1", created.Status, created.Version)
	}
	lineIDs, catIDs := map[string]string{}, map[string]string{}
	for i, code := range lines {
		l := storyOK[struct {
			CreateInterventionLine struct{ ID string } `json:"createInterventionLine"`
		}](t, s.officer, `mutation($in: CreateInterventionLineInput!) { createInterventionLine(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"callID": created.ID, "code": code, "name": "Linea " + code, "position": i}})
		lineIDs[code] = l.CreateInterventionLine.ID
	}
	for i, in := range cats {
		in["callID"], in["position"] = created.ID, i
		in["name"] = "Categoria " + in["code"].(string)
		k := storyOK[struct {
			CreateExpenseCategory struct{ ID string } `json:"createExpenseCategory"`
		}](t, s.officer, `mutation($in: CreateExpenseCategoryInput!) { createExpenseCategory(input: $in) { id } }`,
			map[string]any{"in": in})
		catIDs[in["code"].(string)] = k.CreateExpenseCategory.ID
	}
	return created.ID, lineIDs, catIDs
}

func (s *story) call(t *testing.T, c *client, id string) storyCall {
	t.Helper()
	got := storyOK[struct {
		Calls storyConn[storyCall] `json:"calls"`
	}](t, c, `query($id: ID!) { calls(first: 1, where: {id: $id}) { edges { node { `+storyCallFields+` } } } }`, map[string]any{"id": id})
	if len(got.Calls.Edges) != 1 {
		t.Fatalf("call %s not visible", id)
	}
	return got.Calls.Edges[0].Node
}

const storyPublish = `mutation($id: ID!) { publishCall(id: $id) { id status } }`

func (s *story) publishCall(t *testing.T) {
	s.broken = true
	now := time.Now()
	s.callID, s.lineIDs, s.catIDs = s.createStoryCall(t, "Avviso e-government Marche Sud (storia)",
		now.Add(-24*time.Hour), now.Add(30*24*time.Hour), strings.Split(storyLines, ""),
		[]map[string]any{{"code": "SERV"}, {"code": "SW", "vatEligible": false}, {"code": "FORM", "capBp": 1000}})

	t.Run("ErrLeadPublishesDraft", func(t *testing.T) {
		// A draft call is invisible outside its Region's officers and
		// auditors: a denied read looks like NOT_FOUND.
		storyRefused(t, s.lead.do(t, storyPublish, map[string]any{"id": s.callID}), "NOT_FOUND", "")
		if st := s.call(t, s.officer, s.callID).Status; st != "DRAFT" {
			t.Errorf("after the lead's attempt the call is %s, want DRAFT", st)
		}
	})

	pub := storyOK[struct {
		PublishCall storyCall `json:"publishCall"`
	}](t, s.officer, storyPublish, map[string]any{"id": s.callID})
	if pub.PublishCall.Status != "PUBLISHED" {
		t.Fatalf("publishCall: status %s, want PUBLISHED", pub.PublishCall.Status)
	}

	t.Run("ErrLeadTransitionsPublished", func(t *testing.T) {
		// Once published the call is readable by everyone, so the lead's
		// missing role shows: FORBIDDEN.
		storyRefused(t, s.lead.do(t, `mutation($id: ID!) { closeCall(id: $id) { id } }`, map[string]any{"id": s.callID}), "FORBIDDEN", "")
		storyRefused(t, s.lead.do(t, storyPublish, map[string]any{"id": s.callID}), "FORBIDDEN", "")
		if st := s.call(t, s.lead, s.callID).Status; st != "PUBLISHED" {
			t.Errorf("after the lead's attempts the call is %s, want PUBLISHED", st)
		}
	})

	t.Run("ErrUpdateAfterPublishing", func(t *testing.T) {
		r := s.officer.do(t, `mutation($id: ID!) { updateCall(id: $id, input: {capPerMemberCents: 9000000, reference: "modifica"}) { id } }`,
			map[string]any{"id": s.callID})
		storyRefused(t, r, "CONFLICT", "frozen")
		c := s.call(t, s.officer, s.callID)
		if c.CapPerMemberCents == nil || *c.CapPerMemberCents != storyCapCents || storyDeref(c.Reference) != "" || c.Version != 1 || c.Status != "PUBLISHED" {
			t.Errorf("the refused update changed the call: cap %v, reference %q, version %d, status %s", c.CapPerMemberCents, storyDeref(c.Reference), c.Version, c.Status)
		}
		// Categories and lines are frozen with it.
		r = s.officer.do(t, `mutation($in: CreateExpenseCategoryInput!) { createExpenseCategory(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"callID": s.callID, "code": "HW", "name": "Hardware"}})
		storyRefused(t, r, "CONFLICT", "frozen")
	})

	t.Run("CorrectCall", func(t *testing.T) {
		const ref = "Rettifica n. 1: decreto n. 77 del 2026"
		got := storyOK[struct {
			CorrectCall storyCall `json:"correctCall"`
		}](t, s.officer, `mutation($id: ID!, $ref: String!) { correctCall(id: $id, input: {reference: $ref}) { `+storyCallFields+` } }`,
			map[string]any{"id": s.callID, "ref": ref}).CorrectCall
		if got.Version != 2 || got.Status != "PUBLISHED" || got.Reference == nil || *got.Reference != ref {
			t.Errorf("correctCall: version %d, status %s, reference %v; want 2, PUBLISHED, %q", got.Version, got.Status, got.Reference, ref)
		}
		if got.CapPerMemberCents == nil || *got.CapPerMemberCents != storyCapCents || got.CofinancingRateBp != storyRateBp ||
			got.MinMembers == nil || *got.MinMembers != 5 || got.MaxMembers == nil || *got.MaxMembers != 80 ||
			got.DurationMonths == nil || *got.DurationMonths != 36 {
			t.Errorf("the correction changed rules it did not touch: %+v", got)
		}
	})
	s.broken = false
}

// ---------------------------------------------------------------------------
// 3. The lead forms the aggregation

const storyFormAggregation = `mutation($in: FormAggregationInput!) { formAggregation(input: $in) { id name leadID } }`

// storyRequestAggregation asks to form an aggregation with the lead's act
// attached as $file (client.upload).
const storyRequestAggregation = `mutation($name: String!, $description: String, $leadID: ID!, $members: [AggregationMemberInput!]!, $file: Upload!) {
  requestAggregation(input: {name: $name, description: $description, leadID: $leadID, members: $members,
    actKind: DECRETO_NOMINA, actNumber: "7/2026", actDate: "2026-03-02", actIssuer: "Sindaco del Comune di San Benedetto del Tronto", act: $file}) {
    id version status role aggregationID bodyID scopeLabel
    proposal { name description leadBodyID leadBodyName members { bodyID bodyName resolutionNumber resolutionDate resolutionOrgan joinedOn } }
  }
}`

const storyDecideAccess = `mutation($id: ID!, $v: Int!, $approve: Boolean!) {
  decideAccessRequest(id: $id, version: $v, input: {approve: $approve}) { status roleAssignment { aggregationID } }
}`

// storyAct is the act the lead attaches: a real one-page PDF.
func storyAct(t *testing.T) []byte {
	t.Helper()
	act, err := os.ReadFile("../access/testdata/decreto-nomina.pdf")
	if err != nil {
		t.Fatal(err)
	}
	return act
}

func (s *story) requestAggregation(t *testing.T, name, description, leadID string, members []map[string]any) response {
	t.Helper()
	return s.lead.upload(t, storyRequestAggregation, map[string]any{"name": name, "description": description, "leadID": leadID,
		"members": members}, "decreto-nomina.pdf", storyAct(t))
}

func (s *story) formAggregation(t *testing.T) {
	s.broken = true
	// The comuni of AP and FM, read page by page as the lead would.
	var all []storyBody
	after := any(nil)
	for page := 0; ; page++ {
		got := storyOK[struct {
			PublicBodies storyConn[storyBody] `json:"publicBodies"`
		}](t, s.lead, `query($after: Cursor) {
  publicBodies(first: 100, after: $after, where: {provinceCodeIn: ["AP", "FM"], kind: COMUNE}) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind istatCode population } }
  }
}`, map[string]any{"after": after})
		for _, e := range got.PublicBodies.Edges {
			all = append(all, e.Node)
		}
		if !got.PublicBodies.PageInfo.HasNextPage || page > 10 {
			if len(all) != got.PublicBodies.TotalCount {
				t.Errorf("read %d comuni of AP and FM, the connection counts %d", len(all), got.PublicBodies.TotalCount)
			}
			break
		}
		after = got.PublicBodies.PageInfo.EndCursor
	}
	var lead storyBody
	var others []storyBody
	for _, b := range all {
		if b.IstatCode == demo.LeadISTAT {
			lead = b
		} else {
			others = append(others, b)
		}
	}
	if lead.ID == "" || len(others) < storyMembers-1 {
		t.Fatalf("found lead %q and %d other comuni of AP and FM", lead.ID, len(others))
	}
	slices.SortFunc(others, func(a, b storyBody) int {
		if a.population() != b.population() {
			return b.population() - a.population()
		}
		return strings.Compare(a.IstatCode, b.IstatCode)
	})
	s.bodies = append([]storyBody{lead}, others[:storyMembers-1]...)
	s.byISTAT = map[string]storyBody{}
	for _, b := range s.bodies {
		s.byISTAT[b.IstatCode] = b
	}
	if _, ok := s.byISTAT[storyGrottammare]; !ok {
		t.Fatalf("Grottammare (%s) is not among the 63 most populous comuni", storyGrottammare)
	}
	if len(others) > storyMembers-1 {
		s.outsider = others[storyMembers-1] // the 64th other comune: never a member
	}
	member := storyMember
	var members []map[string]any
	for i, b := range s.bodies[1:] {
		members = append(members, member(i+1, b))
	}

	t.Run("ErrDuplicateMember", func(t *testing.T) {
		for _, tc := range []struct {
			name    string
			members []map[string]any
		}{
			{"Repeated", append(slices.Clone(members[:3]), members[1])},
			{"LeadAsMember", append(slices.Clone(members[:3]), member(0, lead))},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := s.requestAggregation(t, storyAggregation+" doppia", "", lead.ID, tc.members)
				if e := storyRefused(t, r, "INVALID", "aggregation.duplicate_member"); e.Extensions.Field != "members" {
					t.Errorf("field %q, want members", e.Extensions.Field)
				}
				if n := s.ent.AccessRequest.Query().CountX(s.sys); n != 0 {
					t.Errorf("the refused request was saved (%d requests)", n)
				}
			})
		}
	})

	// Forming an aggregation is no open door: the lead asks, with the act
	// that appoints them, and an admin decides.
	t.Run("ErrLeadFormsDirectly", func(t *testing.T) {
		r := s.lead.do(t, storyFormAggregation, map[string]any{"in": map[string]any{
			"name": storyAggregation, "leadID": lead.ID, "members": members[:2]}})
		storyRefused(t, r, "FORBIDDEN", "aggregation.form_admin")
		if n := s.ent.Aggregation.Query().Where(aggregation.Name(storyAggregation)).CountX(s.sys); n != 0 {
			t.Errorf("the refused formAggregation saved %d aggregations", n)
		}
	})
	type proposedMember struct {
		BodyID, BodyName, ResolutionNumber string
		ResolutionDate, ResolutionOrgan    *string
	}
	type requestAnswer struct {
		ID, Status, Role, ScopeLabel string
		Version                      int
		AggregationID, BodyID        *string
		Proposal                     *struct {
			Name, Description, LeadBodyID, LeadBodyName string
			Members                                     []proposedMember
		}
	}
	r := s.requestAggregation(t, storyAggregation, "Aggregazione della storia di prova", lead.ID, members)
	q := decodeField[requestAnswer](t, mustOK(t, r), "requestAggregation")
	switch p := q.Proposal; {
	case q.Status != "PENDING" || q.Role != "LEAD_MANAGER" || q.AggregationID != nil || q.BodyID == nil || *q.BodyID != lead.ID:
		t.Errorf("requestAggregation answered %+v", q)
	case p == nil || p.Name != storyAggregation || p.LeadBodyID != lead.ID || p.LeadBodyName != lead.Name || len(p.Members) != storyMembers-1:
		t.Errorf("the proposal is %+v", p)
	case p.Members[0].BodyID != s.bodies[1].ID || p.Members[0].BodyName != s.bodies[1].Name ||
		p.Members[0].ResolutionNumber != members[0]["resolutionNumber"] || p.Members[0].ResolutionOrgan == nil || *p.Members[0].ResolutionOrgan != "CONSIGLIO":
		t.Errorf("the proposal's first member is %+v, want %s with resolution %v", p.Members[0], s.bodies[1].Name, members[0]["resolutionNumber"])
	}
	storyRefused(t, s.requestAggregation(t, strings.ToUpper(storyAggregation), "", lead.ID, members[:3]), "CONFLICT", "access_request.pending")
	if r := storyOK[storyMe](t, s.lead, storyMeQuery, nil).roles(); len(r) != 0 {
		t.Errorf("a pending request granted %v", r)
	}
	// The Region's officer does not decide it (nor reads it); an admin does.
	wantCode(t, s.officer.do(t, storyDecideAccess, map[string]any{"id": q.ID, "v": q.Version, "approve": true}), "NOT_FOUND")
	queue := storyOK[struct {
		AccessRequestQueue storyConn[struct{ ID string }] `json:"accessRequestQueue"`
	}](t, s.admin, `{ accessRequestQueue(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, nil).AccessRequestQueue
	if len(queue.Edges) != 1 || queue.Edges[0].Node.ID != q.ID {
		t.Errorf("the admin's queue is %+v, want the request %s", queue.Edges, q.ID)
	}
	decided := storyOK[struct {
		DecideAccessRequest struct {
			Status         string
			RoleAssignment struct{ AggregationID string }
		} `json:"decideAccessRequest"`
	}](t, s.admin, storyDecideAccess, map[string]any{"id": q.ID, "v": q.Version, "approve": true}).DecideAccessRequest
	if decided.Status != "APPROVED" || decided.RoleAssignment.AggregationID == "" {
		t.Fatalf("the admin's approval answered %+v", decided)
	}
	ag := storyOK[struct {
		Node struct{ ID, Name, LeadID string } `json:"node"`
	}](t, s.lead, `query($id: ID!) { node(id: $id) { ... on Aggregation { id name leadID } } }`, map[string]any{"id": decided.RoleAssignment.AggregationID}).Node
	if ag.Name != storyAggregation || ag.LeadID != lead.ID {
		t.Errorf("the approved request formed %+v", ag)
	}
	s.aggID = ag.ID
	if r := storyOK[storyMe](t, s.lead, storyMeQuery, nil).roles(); len(r) != 1 || r[0] != "LEAD_MANAGER@"+s.aggID {
		t.Errorf("after the approval the lead's roles are %v, want [LEAD_MANAGER@%s]", r, s.aggID)
	}
	storyRefused(t, s.admin.do(t, storyDecideAccess, map[string]any{"id": q.ID, "v": q.Version + 1, "approve": true}), "CONFLICT", "access_request.decided")
	ms := s.memberships(t, s.lead)
	if len(ms) != storyMembers {
		t.Fatalf("%d memberships, want %d", len(ms), storyMembers)
	}
	for i, b := range s.bodies {
		m, ok := ms[b.ID]
		switch {
		case !ok:
			t.Errorf("%s is not a member", b.Name)
		case i == 0 && m.Role != "LEAD":
			t.Errorf("the lead's membership has role %s, want LEAD", m.Role)
		case i > 0 && (m.Role != "MEMBER" || m.ResolutionNumber == nil || *m.ResolutionNumber != members[i-1]["resolutionNumber"] ||
			m.ResolutionDate == nil || *m.ResolutionDate != members[i-1]["resolutionDate"]):
			t.Errorf("membership of %s: %+v, want MEMBER with resolution %v of %v", b.Name, m, members[i-1]["resolutionNumber"], members[i-1]["resolutionDate"])
		}
	}

	t.Run("ErrMemberKindViaCreateMembership", func(t *testing.T) {
		// formAggregation admits only comuni and unioni; the plain
		// createMembership must keep the same rule. A scratch aggregation
		// (led by a comune outside Marche Sud) keeps the story's own intact.
		if s.outsider.ID == "" {
			t.Skip("no comune left outside the aggregation")
		}
		var in []map[string]any
		for i, b := range s.bodies[1:5] {
			in = append(in, storyMember(i+1, b))
		}
		scratch := storyOK[struct {
			FormAggregation struct{ ID string } `json:"formAggregation"`
		}](t, s.admin, storyFormAggregation, map[string]any{"in": map[string]any{
			"name": storyAggregation + " (prova enti)", "leadID": s.outsider.ID, "members": in}}).FormAggregation.ID
		r := s.admin.do(t, `mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"aggregationID": scratch, "bodyID": s.regionID}})
		if len(r.Errors) == 0 {
			t.Errorf("BUG: createMembership adds Regione Marche (kind REGIONE) to an aggregation, which formAggregation refuses " +
				"(INVALID aggregation.member_kind): the kind rule lives only in internal/funding/aggregation.go FormAggregation. " +
				"Fix: check the body's kind in a Membership create hook (ent/hooks) so every path enforces it")
		} else {
			storyRefused(t, r, "INVALID", "aggregation.member_kind")
		}
	})

	t.Run("DeleteAndRecreateMembership", func(t *testing.T) {
		last := s.bodies[storyMembers-1]
		r := s.lead.do(t, `mutation($id: ID!) { deleteMembership(id: $id) }`, map[string]any{"id": ms[last.ID].ID})
		if len(r.Errors) > 0 {
			t.Errorf("BUG: deleteMembership by the lead manager of a drafting aggregation fails: %v. "+
				"ent/rule/write.go existingScope and ent/hooks/freeze.go MembersFrozen read the row with m.OldField, "+
				"which Ent allows only on UpdateOne; for OpDeleteOne read the row by ID (as the system) instead", r.Errors)
			if n := len(s.memberships(t, s.lead)); n != storyMembers {
				t.Fatalf("the failed delete left %d memberships", n)
			}
			return
		}
		if n := len(s.memberships(t, s.lead)); n != storyMembers-1 {
			t.Errorf("after deleteMembership %d memberships, want %d", n, storyMembers-1)
		}
		in := member(storyMembers-1, last)
		in["aggregationID"] = s.aggID
		mustOK(t, s.lead.do(t, `mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, map[string]any{"in": in}))
		if got := s.memberships(t, s.lead); len(got) != storyMembers || got[last.ID].ID == "" {
			t.Errorf("after createMembership %d memberships (%s present: %v), want %d", len(got), last.Name, got[last.ID].ID != "", storyMembers)
		}
	})
	s.broken = false
}

// storyMember is the input of the i-th member joining, with its council
// resolution.
func storyMember(i int, b storyBody) map[string]any {
	return map[string]any{
		"bodyID": b.ID, "resolutionNumber": fmt.Sprintf("%d/2026", 10+i),
		"resolutionDate":  time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%60).Format(time.DateOnly),
		"resolutionOrgan": "CONSIGLIO", "joinedOn": "2026-06-30",
	}
}

type storyMembership struct {
	ID               string  `json:"id"`
	BodyID           string  `json:"bodyID"`
	Role             string  `json:"role"`
	ResolutionNumber *string `json:"resolutionNumber"`
	ResolutionDate   *string `json:"resolutionDate"`
	LeftOn           *string `json:"leftOn"`
}

// memberships returns the aggregation's memberships by body, page by page.
func (s *story) memberships(t *testing.T, c *client) map[string]storyMembership {
	t.Helper()
	out := map[string]storyMembership{}
	after := any(nil)
	for page := 0; page < 10; page++ {
		got := storyOK[struct {
			Aggregations storyConn[struct {
				Memberships storyConn[storyMembership] `json:"memberships"`
			}] `json:"aggregations"`
		}](t, c, `query($id: ID!, $after: Cursor) { aggregations(first: 1, where: {id: $id}) { edges { node {
  memberships(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id bodyID role resolutionNumber resolutionDate leftOn } } }
} } } }`, map[string]any{"id": s.aggID, "after": after})
		if len(got.Aggregations.Edges) != 1 {
			t.Fatalf("aggregation %s not visible", s.aggID)
		}
		conn := got.Aggregations.Edges[0].Node.Memberships
		for _, e := range conn.Edges {
			out[e.Node.BodyID] = e.Node
		}
		if !conn.PageInfo.HasNextPage {
			break
		}
		after = conn.PageInfo.EndCursor
	}
	return out
}

// ---------------------------------------------------------------------------
// 4. The lead drafts the budget and submits

type storyProblem struct {
	Rule               string  `json:"rule"`
	Message            string  `json:"message"`
	BodyID             *string `json:"bodyID"`
	InterventionLineID *string `json:"interventionLineID"`
	ExpenseCategoryID  *string `json:"expenseCategoryID"`
	AmountCents        *int64  `json:"amountCents"`
}

func (p storyProblem) String() string {
	b, _ := json.Marshal(p)
	return string(b)
}

type storyEvaluation struct {
	Application struct {
		ID          string `json:"id"`
		Status      string `json:"status"`
		CallVersion int    `json:"callVersion"`
	} `json:"application"`
	Totals struct {
		TotalCents         int64 `json:"totalCents"`
		FundedCents        int64 `json:"fundedCents"`
		OwnCents           int64 `json:"ownCents"`
		Population         int   `json:"population"`
		PerInhabitantCents int64 `json:"perInhabitantCents"`
		PerMember          []struct {
			Body struct {
				ID string `json:"id"`
			} `json:"body"`
			AmountCents int64 `json:"amountCents"`
			Population  int   `json:"population"`
		} `json:"perMember"`
		PerLine []struct {
			InterventionLine struct {
				ID   string `json:"id"`
				Code string `json:"code"`
			} `json:"interventionLine"`
			AmountCents int64 `json:"amountCents"`
		} `json:"perLine"`
		PerCategory []struct {
			ExpenseCategory struct {
				Code string `json:"code"`
			} `json:"expenseCategory"`
			AmountCents int64 `json:"amountCents"`
		} `json:"perCategory"`
	} `json:"totals"`
	Problems []storyProblem `json:"problems"`
}

const storyEvaluationFields = `application { id status callVersion }
  totals { totalCents fundedCents ownCents population perInhabitantCents
    perMember { body { id } amountCents population }
    perLine { interventionLine { id code } amountCents }
    perCategory { expenseCategory { code } amountCents } }
  problems { rule message bodyID interventionLineID expenseCategoryID amountCents }`

const storySetBudget = `mutation($id: ID!, $lines: [BudgetLineInput!]!) { setBudgetLines(applicationID: $id, lines: $lines) { ` + storyEvaluationFields + ` } }`

func (s *story) setBudget(t *testing.T, c *client, appID string, lines []map[string]any) (storyEvaluation, response) {
	t.Helper()
	r := c.do(t, storySetBudget, map[string]any{"id": appID, "lines": lines})
	var out struct {
		SetBudgetLines storyEvaluation `json:"setBudgetLines"`
	}
	if len(r.Errors) == 0 && r.hasData() {
		r.decode(t, &out)
	}
	return out.SetBudgetLines, r
}

func (s *story) validate(t *testing.T, c *client) storyEvaluation {
	t.Helper()
	return storyOK[struct {
		ValidateApplication storyEvaluation `json:"validateApplication"`
	}](t, c, `query($id: ID!) { validateApplication(id: $id) { `+storyEvaluationFields+` } }`, map[string]any{"id": s.appID}).ValidateApplication
}

// gridLines turns amounts into budget line inputs (category SERV).
func (s *story) gridLines(bodies []storyBody) []map[string]any {
	var out []map[string]any
	for _, b := range bodies {
		for _, code := range strings.Split(storyLines, "") {
			out = append(out, map[string]any{"bodyID": b.ID, "interventionLineID": s.lineIDs[code],
				"expenseCategoryID": s.catIDs["SERV"], "amountCents": s.amounts[[2]string{b.ID, code}],
				"note": "Servizi linea " + code})
		}
	}
	return out
}

// setGrottammare spreads total over Grottammare's six lines.
func (s *story) setGrottammare(total int64) {
	g := s.byISTAT[storyGrottammare]
	each := total / int64(len(storyLines))
	for j, code := range strings.Split(storyLines, "") {
		amt := each
		if j == 0 {
			amt += total - each*int64(len(storyLines))
		}
		s.amounts[[2]string{g.ID, code}] = amt
	}
}

type storyApplication struct {
	ID          string  `json:"id"`
	Status      string  `json:"status"`
	Summary     *string `json:"summary"`
	SubmittedAt *string `json:"submittedAt"`
	CallVersion int     `json:"callVersion"`
}

const storyApplicationFields = `id status summary submittedAt callVersion`

func (s *story) application(t *testing.T, c *client, id string) (storyApplication, bool) {
	t.Helper()
	got := storyOK[struct {
		Applications storyConn[storyApplication] `json:"applications"`
	}](t, c, `query($id: ID!) { applications(first: 1, where: {id: $id}) { totalCount edges { node { `+storyApplicationFields+` } } } }`,
		map[string]any{"id": id})
	if len(got.Applications.Edges) == 0 {
		return storyApplication{}, false
	}
	return got.Applications.Edges[0].Node, true
}

const storySubmit = `mutation($id: ID!) { submitApplication(id: $id) { ` + storyApplicationFields + ` } }`

func (s *story) draftAndSubmit(t *testing.T) {
	s.broken = true
	const summary = "Servizi digitali condivisi per i Comuni del Piceno e del Fermano."
	created := storyOK[struct {
		CreateApplication storyApplication `json:"createApplication"`
	}](t, s.lead, `mutation($in: CreateApplicationInput!) { createApplication(input: $in) { `+storyApplicationFields+` } }`,
		map[string]any{"in": map[string]any{"callID": s.callID, "aggregationID": s.aggID,
			"title": "Marche Sud digitale (storia)", "summary": summary}}).CreateApplication
	s.appID = created.ID
	if created.Status != "DRAFT" {
		t.Errorf("new application status %s, want DRAFT", created.Status)
	}
	// The grid: member i, line j → 100.000 + 1.000·i + 10.000·j cents;
	// Grottammare asks for 75.000,00 € in all.
	s.amounts = map[[2]string]int64{}
	for i, b := range s.bodies {
		for j, code := range strings.Split(storyLines, "") {
			s.amounts[[2]string{b.ID, code}] = int64(100_000 + 1_000*i + 10_000*j)
		}
	}
	s.setGrottammare(storyOverCap)
	grid := s.gridLines(s.bodies)
	if len(grid) != storyGridSize {
		t.Fatalf("grid of %d lines, want %d", len(grid), storyGridSize)
	}
	began := time.Now()
	ev, r := s.setBudget(t, s.lead, s.appID, grid)
	s.gridTime = time.Since(began)
	mustOK(t, r)
	t.Logf("setBudgetLines of %d lines on %s: %v", len(grid), testdb.Name(s.d.Dialect), s.gridTime.Round(time.Millisecond))

	t.Run("CallVersionOfANewDraft", func(t *testing.T) {
		// The application was created after the correction: it follows
		// version 2 and has nothing to re-check.
		corrected := func(ps []storyProblem) bool {
			return slices.ContainsFunc(ps, func(p storyProblem) bool { return p.Rule == "call.corrected" })
		}
		if created.CallVersion == 2 && !corrected(ev.Problems) {
			return
		}
		t.Errorf("BUG: an application created on version 2 of the call records callVersion %d and reports call.corrected (%v). "+
			"ent/schema/application.go gives call_version Default(1) and nothing sets it from the call at creation; "+
			"internal/funding/service.go Evaluate then flags every draft of a corrected call. "+
			"Fix: set call_version to the call's version when the application is created (e.g. in ApplicationFrozen's OpCreate branch "+
			"or a create hook), and have saving a draft (setBudgetLines/updateApplication) acknowledge a correction",
			created.CallVersion, corrected(ev.Problems))
		// The message tells the lead to check and save again: saving does
		// not clear it, and Submit (the only writer of call_version)
		// refuses while it is there.
		mustOK(t, s.lead.do(t, `mutation($id: ID!) { updateApplication(id: $id, input: {title: "Marche Sud digitale (storia)"}) { id } }`,
			map[string]any{"id": s.appID}))
		_, r := s.setBudget(t, s.lead, s.appID, s.gridLines(s.bodies[:1]))
		mustOK(t, r)
		if v := s.validate(t, s.lead); corrected(v.Problems) {
			t.Errorf("BUG: after saving the application and its budget again the problem call.corrected is still there: "+
				"the lead has no way to clear it, so an application to a corrected call can never be submitted (callVersion %d)", v.Application.CallVersion)
		}
	})

	// The figures, by hand.
	var total int64
	perMember, perLine := map[string]int64{}, map[string]int64{}
	population := 0
	for _, b := range s.bodies {
		population += b.population()
		for _, code := range strings.Split(storyLines, "") {
			a := s.amounts[[2]string{b.ID, code}]
			total += a
			perMember[b.ID] += a
			perLine[code] += a
		}
	}
	grottammare := s.byISTAT[storyGrottammare]
	checkTotals := func(t *testing.T, what string, ev storyEvaluation) {
		t.Helper()
		tt := ev.Totals
		perInhabitant := int64(math.Round(float64(total) / float64(population)))
		funded := (total*storyRateBp + 5000) / 10000 // the call pays 80%, rounded half up
		if tt.TotalCents != total || tt.FundedCents != funded || tt.OwnCents != total-funded || tt.Population != population || tt.PerInhabitantCents != perInhabitant {
			t.Errorf("%s totals: total %d funded %d own %d population %d per inhabitant %d; want %d, %d (80%% contribution), %d, %d, %d",
				what, tt.TotalCents, tt.FundedCents, tt.OwnCents, tt.Population, tt.PerInhabitantCents, total, funded, total-funded, population, perInhabitant)
		}
		gotMember := map[string]int64{}
		for _, m := range tt.PerMember {
			gotMember[m.Body.ID] = m.AmountCents
		}
		if len(tt.PerMember) != storyMembers {
			t.Errorf("%s: %d members in the totals, want %d", what, len(tt.PerMember), storyMembers)
		}
		for _, b := range []storyBody{s.bodies[0], grottammare, s.bodies[storyMembers-1]} {
			if gotMember[b.ID] != perMember[b.ID] {
				t.Errorf("%s: %s has %d cents, want %d", what, b.Name, gotMember[b.ID], perMember[b.ID])
			}
		}
		var codes []string
		for _, l := range tt.PerLine {
			codes = append(codes, l.InterventionLine.Code)
			if l.AmountCents != perLine[l.InterventionLine.Code] {
				t.Errorf("%s: line %s has %d cents, want %d", what, l.InterventionLine.Code, l.AmountCents, perLine[l.InterventionLine.Code])
			}
		}
		if strings.Join(codes, "") != storyLines {
			t.Errorf("%s: lines %v, want %s in order", what, codes, storyLines)
		}
		for _, k := range tt.PerCategory {
			want := int64(0)
			if k.ExpenseCategory.Code == "SERV" {
				want = total
			}
			if k.AmountCents != want {
				t.Errorf("%s: category %s has %d cents, want %d", what, k.ExpenseCategory.Code, k.AmountCents, want)
			}
		}
	}
	checkCapProblem := func(t *testing.T, what string, ps []storyProblem) {
		t.Helper()
		var caps, others []storyProblem
		for _, p := range ps {
			switch p.Rule {
			case "member.cap":
				caps = append(caps, p)
			case "call.corrected":
				// Checked by CallVersionOfANewDraft.
			default:
				others = append(others, p)
			}
		}
		if len(caps) != 1 || caps[0].BodyID == nil || *caps[0].BodyID != grottammare.ID ||
			caps[0].AmountCents == nil || *caps[0].AmountCents != storyOverCap-storyCapCents {
			t.Errorf("%s: member.cap problems %v, want exactly one for Grottammare (%s) of %d cents", what, caps, grottammare.ID, storyOverCap-storyCapCents)
		} else if !strings.Contains(caps[0].Message, grottammare.Name) || !strings.Contains(caps[0].Message, money.FormatEUR(storyOverCap-storyCapCents)) {
			t.Errorf("%s: the member.cap message %q should name %s and %s", what, caps[0].Message, grottammare.Name, money.FormatEUR(storyOverCap-storyCapCents))
		}
		if len(others) > 0 {
			t.Errorf("%s: problems besides Grottammare's cap: %v", what, others)
		}
	}
	t.Run("TotalsAndCapProblem", func(t *testing.T) {
		checkTotals(t, "setBudgetLines", ev)
		checkCapProblem(t, "setBudgetLines", ev.Problems)
		v := s.validate(t, s.lead)
		checkTotals(t, "validateApplication", v)
		checkCapProblem(t, "validateApplication", v.Problems)
	})

	t.Run("OfficerCannotSeeTheDraft", func(t *testing.T) {
		if _, ok := s.application(t, s.officer, s.appID); ok {
			t.Errorf("the officer sees the DRAFT application")
		}
		storyRefused(t, s.officer.do(t, `query($id: ID!) { validateApplication(id: $id) { totals { totalCents } } }`,
			map[string]any{"id": s.appID}), "NOT_FOUND", "")
	})

	t.Run("ErrSubmitWithProblems", func(t *testing.T) {
		storyRefused(t, s.lead.do(t, storySubmit, map[string]any{"id": s.appID}), "INVALID", "application.problems")
		if a, _ := s.application(t, s.lead, s.appID); a.Status != "DRAFT" || a.SubmittedAt != nil {
			t.Errorf("after the refused submission: status %s, submittedAt %v; want DRAFT, none", a.Status, a.SubmittedAt)
		}
	})

	// The fix: only Grottammare's six lines are sent again.
	s.setGrottammare(storyFixed)
	total += storyFixed - storyOverCap
	perMember[grottammare.ID] = storyFixed
	for _, code := range strings.Split(storyLines, "") {
		perLine[code] = 0
		for _, b := range s.bodies {
			perLine[code] += s.amounts[[2]string{b.ID, code}]
		}
	}
	ev, r = s.setBudget(t, s.lead, s.appID, s.gridLines([]storyBody{grottammare}))
	mustOK(t, r)
	checkTotals(t, "after the fix", ev)
	s.requested = total
	var left []storyProblem
	for _, p := range ev.Problems {
		if p.Rule == "call.corrected" {
			continue // the call_version bug, reported by CallVersionOfANewDraft
		}
		left = append(left, p)
	}
	if len(left) > 0 {
		t.Errorf("problems after the fix: %v", left)
	}
	if len(ev.Problems) > 0 {
		// Work around the call_version bug so the rest of the story runs:
		// as the system, the application follows the current version.
		t.Logf("WORKAROUND: setting the application's call_version to 2 as the system (problems: %v)", ev.Problems)
		if err := s.ent.Application.UpdateOneID(pulid.ID(s.appID)).SetCallVersion(2).Exec(s.sys); err != nil {
			t.Fatalf("workaround: %v", err)
		}
	}

	sub := storyOK[struct {
		SubmitApplication storyApplication `json:"submitApplication"`
	}](t, s.lead, storySubmit, map[string]any{"id": s.appID}).SubmitApplication
	if sub.Status != "SUBMITTED" || sub.SubmittedAt == nil || sub.CallVersion != 2 {
		t.Fatalf("submitApplication: status %s, submittedAt %v, callVersion %d; want SUBMITTED, set, 2", sub.Status, sub.SubmittedAt, sub.CallVersion)
	}

	t.Run("FrozenAfterSubmission", func(t *testing.T) {
		before := s.validate(t, s.lead)
		g := s.gridLines([]storyBody{grottammare})
		g[0]["amountCents"] = 1
		_, r := s.setBudget(t, s.lead, s.appID, g)
		if e := storyRefused(t, r, "CONFLICT", ""); e.Extensions.Rule != "frozen" {
			t.Logf("note: setBudgetLines on a submitted application is CONFLICT with rule %q, not the hooks' \"frozen\"", e.Extensions.Rule)
		}
		r = s.lead.do(t, `mutation($id: ID!) { updateApplication(id: $id, input: {summary: "cambiata"}) { id } }`, map[string]any{"id": s.appID})
		storyRefused(t, r, "CONFLICT", "frozen")
		if s.outsider.ID == "" {
			t.Fatal("no comune of AP and FM is left outside the aggregation")
		}
		in := storyMember(storyMembers, s.outsider)
		in["aggregationID"] = s.aggID
		r = s.lead.do(t, `mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, map[string]any{"in": in})
		storyRefused(t, r, "CONFLICT", "membership.frozen")

		after := s.validate(t, s.lead)
		if after.Totals.TotalCents != before.Totals.TotalCents || after.Totals.TotalCents != s.requested || len(after.Totals.PerMember) != storyMembers {
			t.Errorf("the refused changes moved the budget: %d cents and %d members, want %d and %d",
				after.Totals.TotalCents, len(after.Totals.PerMember), s.requested, storyMembers)
		}
		if a, _ := s.application(t, s.lead, s.appID); a.Summary == nil || *a.Summary != summary || a.Status != "SUBMITTED" {
			t.Errorf("after the refused update: %+v", a)
		}
		if n := len(s.memberships(t, s.lead)); n != storyMembers {
			t.Errorf("after the refused createMembership: %d members, want %d", n, storyMembers)
		}
	})
	s.broken = false
}

// ---------------------------------------------------------------------------
// 5. The officer decides and funds

const storyDecide = `mutation($id: ID!, $d: ApplicationDecision!, $reason: String, $items: [IntegrationItem!]) {
  decideApplication(id: $id, decision: $d, reason: $reason, items: $items) { id status decisionReason integrationItems } }`

const storyFund = `mutation($id: ID!, $in: FundApplicationInput!) {
  fundApplication(id: $id, input: $in) { id status cup grantedCents euCents stateCents regionCents applicationID } }`

type storyAllocation struct {
	ID                string `json:"id"`
	BodyID            string `json:"bodyID"`
	ExpenseCategoryID string `json:"expenseCategoryID"`
	AmountCents       int64  `json:"amountCents"`
}

func (s *story) decide(t *testing.T, c *client, decision, reason string) response {
	t.Helper()
	vars := map[string]any{"id": s.appID, "d": decision}
	if reason != "" {
		vars["reason"] = reason
	}
	if decision == "INTEGRATION_REQUESTED" {
		// The officer reopens the description only.
		vars["items"] = []string{"NARRATIVE"}
	}
	return c.do(t, storyDecide, vars)
}

func (s *story) wantStatus(t *testing.T, c *client, want string) {
	t.Helper()
	if a, ok := s.application(t, c, s.appID); !ok || a.Status != want {
		t.Errorf("application status %q (visible %v), want %s", a.Status, ok, want)
	}
}

func (s *story) projectCount(t *testing.T) int {
	t.Helper()
	return s.ent.Project.Query().Where(project.ApplicationID(pulid.ID(s.appID))).CountX(s.sys)
}

func (s *story) decideAndFund(t *testing.T) {
	s.broken = true
	if a, ok := s.application(t, s.officer, s.appID); !ok || a.Status != "SUBMITTED" {
		t.Fatalf("the officer does not see the submitted application (visible %v, %+v)", ok, a)
	}
	const reason = "Allegare le delibere mancanti"
	t.Run("ErrIntegrationWithoutReason", func(t *testing.T) {
		if e := storyRefused(t, s.decide(t, s.officer, "INTEGRATION_REQUESTED", ""), "INVALID", "decision.reason"); e.Extensions.Field != "reason" {
			t.Errorf("field %q, want reason", e.Extensions.Field)
		}
		s.wantStatus(t, s.officer, "SUBMITTED")
	})
	t.Run("ErrIntegrationDueInThePast", func(t *testing.T) {
		r := s.officer.do(t, `mutation($id: ID!) { decideApplication(id: $id, decision: INTEGRATION_REQUESTED, reason: "Allegare le delibere", items: [NARRATIVE], integrationDueOn: "2020-01-31") { id } }`,
			map[string]any{"id": s.appID})
		if e := storyRefused(t, r, "INVALID", "decision.integration_due"); e.Extensions.Field != "integrationDueOn" {
			t.Errorf("field %q, want integrationDueOn", e.Extensions.Field)
		}
		s.wantStatus(t, s.officer, "SUBMITTED")
	})
	var dec struct {
		DecideApplication struct {
			Status         string  `json:"status"`
			DecisionReason *string `json:"decisionReason"`
		} `json:"decideApplication"`
	}
	mustOK(t, s.decide(t, s.officer, "INTEGRATION_REQUESTED", reason)).decode(t, &dec)
	if dec.DecideApplication.Status != "INTEGRATION_REQUESTED" || dec.DecideApplication.DecisionReason == nil || *dec.DecideApplication.DecisionReason != reason {
		t.Fatalf("integration request: %+v", dec.DecideApplication)
	}
	t.Run("TheLeadIsNotified", func(t *testing.T) {
		wantNotified(t, s.lead, "INTEGRATION_REQUESTED", "/domande/"+s.appID, reason)
		wantInboxEmpty(t, s.officer) // who decided is not told
	})
	// The request sets the lead's deadline: the call's term, 10 days when
	// it sets none (L. 241/1990 art. 10-bis).
	t.Run("IntegrationDeadline", func(t *testing.T) {
		var got struct {
			Deadlines struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						Key, Kind, DueOn, Path, ActorRole, SubjectID string
						DaysLeft                                     int
						Overdue                                      bool
					} `json:"node"`
				} `json:"edges"`
			} `json:"deadlines"`
		}
		const q = `query { deadlines(first: 10, where: {mine: true, kinds: [INTEGRATION_RESPONSE]}) { totalCount edges { node { key kind dueOn path actorRole subjectID daysLeft overdue } } } }`
		mustOK(t, s.lead.do(t, q, nil)).decode(t, &got)
		want := civil.Today().AddDays(10).String()
		if got.Deadlines.TotalCount != 1 || len(got.Deadlines.Edges) != 1 {
			t.Fatalf("the lead's integration deadlines: %+v", got.Deadlines)
		}
		n := got.Deadlines.Edges[0].Node
		if n.Key != "INTEGRATION:"+s.appID || n.DueOn != want || n.DaysLeft != 10 || n.Overdue || n.ActorRole != "LEAD_MANAGER" ||
			n.Path != "/domande/"+s.appID || n.SubjectID != s.appID {
			t.Errorf("integration deadline %+v, want due %s", n, want)
		}
		// The officer reads the application but is not the one to act.
		mustOK(t, s.officer.do(t, q, nil)).decode(t, &got)
		if got.Deadlines.TotalCount != 0 {
			t.Errorf("the officer's own integration deadlines: %+v", got.Deadlines)
		}
	})

	// The lead completes the application and submits it again.
	const summary = "Servizi digitali condivisi; delibere di adesione allegate."
	upd := storyOK[struct {
		UpdateApplication storyApplication `json:"updateApplication"`
	}](t, s.lead, `mutation($id: ID!, $s: String!) { updateApplication(id: $id, input: {summary: $s}) { `+storyApplicationFields+` } }`,
		map[string]any{"id": s.appID, "s": summary}).UpdateApplication
	if upd.Summary == nil || *upd.Summary != summary || upd.Status != "INTEGRATION_REQUESTED" {
		t.Errorf("updateApplication during integration: %+v", upd)
	}
	// Only the parts the officer listed reopen: the budget stays frozen.
	t.Run("ErrBudgetNotReopened", func(t *testing.T) {
		_, r := s.setBudget(t, s.lead, s.appID, s.gridLines(s.bodies[:1]))
		storyRefused(t, r, "CONFLICT", "frozen")
	})
	sub := storyOK[struct {
		SubmitApplication storyApplication `json:"submitApplication"`
	}](t, s.lead, storySubmit, map[string]any{"id": s.appID}).SubmitApplication
	if sub.Status != "SUBMITTED" {
		t.Fatalf("resubmission: status %s, want SUBMITTED", sub.Status)
	}

	t.Run("ErrAdmissibleWithoutReason", func(t *testing.T) {
		// Every decision carries its reason; blanks are no reason.
		for _, reason := range []string{"", "   "} {
			if e := storyRefused(t, s.decide(t, s.officer, "ADMISSIBLE", reason), "INVALID", "decision.reason"); e.Extensions.Field != "reason" {
				t.Errorf("field %q, want reason", e.Extensions.Field)
			}
		}
		s.wantStatus(t, s.officer, "SUBMITTED")
	})
	mustOK(t, s.decide(t, s.officer, "ADMISSIBLE", "Requisiti del bando rispettati"))
	s.wantStatus(t, s.officer, "ADMISSIBLE")

	granted := s.requested - s.requested/10 // 10% less than requested
	eu := granted / 2
	state := granted * 35 / 100
	region := granted - eu - state
	fundIn := func(cup string) map[string]any {
		return map[string]any{"cup": cup, "decreeNumber": "DDPF 118/TED", "decreeDate": "2026-12-15",
			"grantedCents": granted, "euCents": eu, "stateCents": state, "regionCents": region,
			"startsOn": "2027-01-01", "endsOn": "2029-12-31"}
	}

	t.Run("ErrLeadDecides", func(t *testing.T) {
		// The lead can read its application, so the missing role shows
		// as FORBIDDEN rather than NOT_FOUND.
		storyRefused(t, s.decide(t, s.lead, "ADMISSIBLE", ""), "FORBIDDEN", "")
		storyRefused(t, s.decide(t, s.lead, "REJECTED", "Respinta dal capofila"), "FORBIDDEN", "")
		storyRefused(t, s.lead.do(t, storyFund, map[string]any{"id": s.appID, "in": fundIn(storyCUP)}), "FORBIDDEN", "")
		s.wantStatus(t, s.lead, "ADMISSIBLE")
		if n := s.projectCount(t); n != 0 {
			t.Errorf("%d projects after the lead's attempts", n)
		}
	})

	t.Run("ErrBadCUP", func(t *testing.T) {
		for _, cup := range []string{"D71B2100045000", "171B21000450006", "D71B21000450O06"} {
			r := s.officer.do(t, storyFund, map[string]any{"id": s.appID, "in": fundIn(cup)})
			if e := storyRefused(t, r, "INVALID", ""); e.Extensions.Field != "cup" {
				t.Errorf("CUP %q refused on field %q, want cup", cup, e.Extensions.Field)
			}
		}
		s.wantStatus(t, s.officer, "ADMISSIBLE")
		if n := s.projectCount(t); n != 0 {
			t.Errorf("%d projects after refused fundings", n)
		}
	})

	fund := storyOK[struct {
		FundApplication struct {
			ID            string `json:"id"`
			Status        string `json:"status"`
			Cup           string `json:"cup"`
			GrantedCents  int64  `json:"grantedCents"`
			EuCents       int64  `json:"euCents"`
			StateCents    int64  `json:"stateCents"`
			RegionCents   int64  `json:"regionCents"`
			ApplicationID string `json:"applicationID"`
		} `json:"fundApplication"`
	}](t, s.officer, storyFund, map[string]any{"id": s.appID, "in": fundIn(storyCUP)}).FundApplication
	if fund.Status != "ACTIVE" || fund.Cup != storyCUP || fund.GrantedCents != granted || fund.ApplicationID != s.appID ||
		fund.EuCents+fund.StateCents+fund.RegionCents != granted {
		t.Errorf("fundApplication returned %+v, want an ACTIVE project of %d cents with CUP %s", fund, granted, storyCUP)
	}
	s.projectID, s.grantedCts = fund.ID, granted
	s.wantStatus(t, s.officer, "FUNDED")

	t.Run("AllocationsSumToTheGrant", func(t *testing.T) {
		allocs := s.allocations(t, s.officer)
		if len(allocs) != storyMembers {
			t.Errorf("%d allocations, want %d (one per member: only SERV is used)", len(allocs), storyMembers)
		}
		var sum int64
		seen := map[string]bool{}
		for _, a := range allocs {
			sum += a.AmountCents
			seen[a.BodyID] = true
			if a.ExpenseCategoryID != s.catIDs["SERV"] {
				t.Errorf("allocation in category %s, want SERV", a.ExpenseCategoryID)
			}
			var req int64
			for _, code := range strings.Split(storyLines, "") {
				req += s.amounts[[2]string{a.BodyID, code}]
			}
			// Scaled by 9/10 with largest remainders: within a cent.
			if exact := float64(req) * float64(granted) / float64(s.requested); math.Abs(float64(a.AmountCents)-exact) >= 1 {
				t.Errorf("member %s: allocation %d, want %0.2f scaled from its request %d", a.BodyID, a.AmountCents, exact, req)
			}
		}
		if sum != granted || len(seen) != storyMembers {
			t.Errorf("allocations sum to %d over %d members, want exactly %d over %d", sum, len(seen), granted, storyMembers)
		}
	})

	t.Run("ErrFundTwice", func(t *testing.T) {
		in := fundIn("D71B21000450007")
		e := storyRefused(t, s.officer.do(t, storyFund, map[string]any{"id": s.appID, "in": in}), "CONFLICT", "")
		if !strings.Contains(e.Message, "finanziata") {
			t.Errorf("the refusal %q should name the current state (finanziata)", e.Message)
		}
		if n := s.projectCount(t); n != 1 {
			t.Errorf("%d projects after funding twice, want 1", n)
		}
		s.wantStatus(t, s.officer, "FUNDED")
	})
	s.broken = false
}

// allocations reads the project's allocations page by page.
func (s *story) allocations(t *testing.T, c *client) []storyAllocation {
	t.Helper()
	var out []storyAllocation
	after := any(nil)
	for page := 0; page < 10; page++ {
		got := storyOK[struct {
			Projects storyConn[struct {
				Status      string                     `json:"status"`
				Allocations storyConn[storyAllocation] `json:"allocations"`
			}] `json:"projects"`
		}](t, c, `query($id: ID!, $after: Cursor) { projects(first: 1, where: {id: $id}) { edges { node { status
  allocations(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id bodyID expenseCategoryID amountCents } } }
} } } }`, map[string]any{"id": s.projectID, "after": after})
		if len(got.Projects.Edges) != 1 {
			t.Fatalf("project %s not visible", s.projectID)
		}
		conn := got.Projects.Edges[0].Node.Allocations
		for _, e := range conn.Edges {
			out = append(out, e.Node)
		}
		if !conn.PageInfo.HasNextPage {
			if len(out) != conn.TotalCount {
				t.Errorf("read %d allocations, the connection counts %d", len(out), conn.TotalCount)
			}
			break
		}
		after = conn.PageInfo.EndCursor
	}
	return out
}

// ---------------------------------------------------------------------------
// 6. The lead re-plans the allocations

const storySetAllocations = `mutation($id: ID!, $rows: [AllocationInput!]!) {
  setAllocations(projectID: $id, allocations: $rows) { id bodyID expenseCategoryID amountCents } }`

func (s *story) replan(t *testing.T) {
	current := s.allocations(t, s.lead)
	amount := map[string]int64{}
	for _, a := range current {
		amount[a.BodyID] += a.AmountCents
	}
	rows := func(plan map[string]int64) []map[string]any {
		var out []map[string]any
		for _, b := range s.bodies {
			out = append(out, map[string]any{"bodyID": b.ID, "expenseCategoryID": s.catIDs["SERV"], "amountCents": plan[b.ID]})
		}
		return out
	}
	unchanged := func(t *testing.T) {
		t.Helper()
		got := map[string]int64{}
		for _, a := range s.allocations(t, s.lead) {
			got[a.BodyID] += a.AmountCents
		}
		for id, want := range amount {
			if got[id] != want {
				t.Errorf("a refused re-plan changed member %s: %d, was %d", id, got[id], want)
			}
		}
	}
	grottammare := s.byISTAT[storyGrottammare]

	t.Run("ErrSumNotGrant", func(t *testing.T) {
		plan := maps.Clone(amount)
		plan[s.bodies[0].ID] -= 1234
		e := storyRefused(t, s.lead.do(t, storySetAllocations, map[string]any{"id": s.projectID, "rows": rows(plan)}), "INVALID", "allocation.sum")
		if !strings.Contains(e.Message, money.FormatEUR(1234)) {
			t.Errorf("the message %q should name the difference %s", e.Message, money.FormatEUR(1234))
		}
		unchanged(t)
	})

	t.Run("ErrMemberOverCap", func(t *testing.T) {
		plan := maps.Clone(amount)
		delta := storyCapCents + 50_000 - plan[grottammare.ID]
		plan[grottammare.ID] += delta
		for _, b := range s.bodies { // take it from the others, keeping Σ = grant
			if b.ID == grottammare.ID || delta == 0 {
				continue
			}
			take := min(delta, plan[b.ID]/2)
			plan[b.ID] -= take
			delta -= take
		}
		var sum int64
		for _, v := range plan {
			sum += v
		}
		if sum != s.grantedCts {
			t.Fatalf("test plan sums to %d, want %d", sum, s.grantedCts)
		}
		e := storyRefused(t, s.lead.do(t, storySetAllocations, map[string]any{"id": s.projectID, "rows": rows(plan)}), "INVALID", "allocation.member_cap")
		if !strings.Contains(e.Message, grottammare.Name) || !strings.Contains(e.Message, money.FormatEUR(50_000)) {
			t.Errorf("the message %q should name %s and the excess %s", e.Message, grottammare.Name, money.FormatEUR(50_000))
		}
		unchanged(t)
	})

	t.Run("ErrOfficerReplans", func(t *testing.T) {
		storyRefused(t, s.officer.do(t, storySetAllocations, map[string]any{"id": s.projectID, "rows": rows(amount)}), "FORBIDDEN", "")
	})

	t.Run("OK", func(t *testing.T) {
		plan := maps.Clone(amount)
		plan[s.bodies[0].ID] -= 100_000
		plan[grottammare.ID] += 100_000
		// Money moving between members is beyond the lead's discretion:
		// setAllocations refuses it, a variation the officer approves
		// applies it.
		storyRefused(t, s.lead.do(t, storySetAllocations, map[string]any{"id": s.projectID, "rows": rows(plan)}), "INVALID", "variation.needs_request")
		unchanged(t)
		v := s.approvedReplan(t, rows(plan), "Grottammare assume la gestione del servizio per il Comune capofila.")
		if v.Plan.Number != 2 {
			t.Errorf("the first approved re-plan made version %d, want 2", v.Plan.Number)
		}
		got := map[string]int64{}
		var sum int64
		for _, a := range s.allocations(t, s.lead) {
			got[a.BodyID] += a.AmountCents
			sum += a.AmountCents
		}
		if sum != s.grantedCts || got[grottammare.ID] != plan[grottammare.ID] || got[s.bodies[0].ID] != plan[s.bodies[0].ID] {
			t.Errorf("stored plan sums to %d (Grottammare %d, lead %d), want %d (%d, %d)",
				sum, got[grottammare.ID], got[s.bodies[0].ID], s.grantedCts, plan[grottammare.ID], plan[s.bodies[0].ID])
		}
		p := storyOK[struct {
			Projects storyConn[struct {
				Status string `json:"status"`
				Cup    string `json:"cup"`
			}] `json:"projects"`
		}](t, s.lead, `query($id: ID!) { projects(first: 1, where: {id: $id}) { edges { node { status cup } } } }`, map[string]any{"id": s.projectID})
		if len(p.Projects.Edges) != 1 || p.Projects.Edges[0].Node.Status != "ACTIVE" || p.Projects.Edges[0].Node.Cup != storyCUP {
			t.Errorf("the lead's project: %+v, want ACTIVE with CUP %s", p.Projects.Edges, storyCUP)
		}
	})
}

// ---------------------------------------------------------------------------
// 7. Submitting after the closing time

func (s *story) lateSubmission(t *testing.T) {
	t.Run("NoClientClock", func(t *testing.T) {
		// The client cannot pass a time: submitApplication takes only the ID.
		got := storyOK[struct {
			Type struct {
				Fields []struct {
					Name string `json:"name"`
					Args []struct {
						Name string `json:"name"`
					} `json:"args"`
				} `json:"fields"`
			} `json:"__type"`
		}](t, s.lead, `{ __type(name: "Mutation") { fields { name args { name } } } }`, nil)
		for _, f := range got.Type.Fields {
			if f.Name == "submitApplication" && (len(f.Args) != 1 || f.Args[0].Name != "id") {
				t.Errorf("submitApplication takes %v, want only id", f.Args)
			}
		}
	})

	now := time.Now()
	callID, lines, cats := s.createStoryCall(t, "Avviso scaduto (storia)", now.Add(-10*24*time.Hour), now.Add(-time.Hour),
		[]string{"A"}, []map[string]any{{"code": "SERV"}})
	if st := storyOK[struct {
		PublishCall storyCall `json:"publishCall"`
	}](t, s.officer, storyPublish, map[string]any{"id": callID}).PublishCall.Status; st != "PUBLISHED" {
		t.Fatalf("publishing the closed-window call: %s", st)
	}
	app := storyOK[struct {
		CreateApplication storyApplication `json:"createApplication"`
	}](t, s.lead, `mutation($in: CreateApplicationInput!) { createApplication(input: $in) { `+storyApplicationFields+` } }`,
		map[string]any{"in": map[string]any{"callID": callID, "aggregationID": s.aggID, "title": "Domanda tardiva"}}).CreateApplication
	ev, r := s.setBudget(t, s.lead, app.ID, []map[string]any{
		{"bodyID": s.bodies[0].ID, "interventionLineID": lines["A"], "expenseCategoryID": cats["SERV"], "amountCents": 500_000},
		{"bodyID": s.bodies[1].ID, "interventionLineID": lines["A"], "expenseCategoryID": cats["SERV"], "amountCents": 300_000},
	})
	mustOK(t, r)
	if len(ev.Problems) > 0 || ev.Totals.TotalCents != 800_000 {
		t.Fatalf("the late budget: total %d, problems %v; want 800000 and none", ev.Totals.TotalCents, ev.Problems)
	}
	storyRefused(t, s.lead.do(t, storySubmit, map[string]any{"id": app.ID}), "CONFLICT", "")
	if a, _ := s.application(t, s.lead, app.ID); a.Status != "DRAFT" || a.SubmittedAt != nil {
		t.Errorf("after the late submission: status %s, submittedAt %v; want DRAFT, none", a.Status, a.SubmittedAt)
	}
	if _, ok := s.application(t, s.officer, app.ID); ok {
		t.Errorf("the officer sees the refused late application")
	}
}

// ---------------------------------------------------------------------------
// 8. The audit trail

func (s *story) audit(t *testing.T) {
	evs, err := s.ent.AuditEvent.Query().Where(
		auditevent.EntityType("Application"), auditevent.EntityID(s.appID), auditevent.Operation("UPDATE"),
	).Order(auditevent.ByCreatedAt(), auditevent.ByID()).All(s.sys)
	if err != nil {
		t.Fatal(err)
	}
	type transition struct{ before, after, actor string }
	var got []transition
	for _, ev := range evs {
		ch, ok := ev.Changes["status"].(map[string]any)
		if !ok {
			continue
		}
		b, _ := ch["before"].(string)
		a, _ := ch["after"].(string)
		got = append(got, transition{b, a, ev.ActorID})
	}
	want := []transition{
		{"DRAFT", "SUBMITTED", s.leadID},
		{"SUBMITTED", "INTEGRATION_REQUESTED", s.officerID},
		{"INTEGRATION_REQUESTED", "SUBMITTED", s.leadID},
		{"SUBMITTED", "ADMISSIBLE", s.officerID},
		{"ADMISSIBLE", "FUNDED", s.officerID},
	}
	if !slices.Equal(got, want) {
		t.Errorf("status changes in the audit log:\n got %v\nwant %v (lead %s, officer %s)", got, want, s.leadID, s.officerID)
	}
	// The funding created the project and its allocations in the officer's name.
	n, err := s.ent.AuditEvent.Query().Where(auditevent.EntityType("Project"), auditevent.EntityID(s.projectID),
		auditevent.Operation("CREATE"), auditevent.ActorID(s.officerID)).Count(s.sys)
	if err != nil || n != 1 {
		t.Errorf("%d CREATE events of the project by the officer (err %v), want 1", n, err)
	}
}
