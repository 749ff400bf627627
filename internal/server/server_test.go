package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

// Facts of the embedded ISTAT data the tests rely on.
const (
	leadName       = "Comune di San Benedetto del Tronto"
	leadPopulation = 46963 // 2011 census
	comuniOfAP     = 33    // comuni of the province of Ascoli Piceno
	validVAT       = "00125680033"
)

type connection[N any] struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Node N `json:"node"`
	} `json:"edges"`
}

type body struct {
	ID           string  `json:"id"`
	Name         string  `json:"name"`
	IstatCode    *string `json:"istatCode"`
	ProvinceCode *string `json:"provinceCode"`
	Population   *int    `json:"population"`
}

const marcheSudQuery = `query($name: String!) {
  aggregations(first: 10, where: {name: $name}) {
    totalCount
    edges { node {
      id name
      memberships(first: 100) {
        totalCount
        edges { node { role body { id name istatCode provinceCode population } } }
      }
    } }
  }
}`

func TestMarcheSud_ListsMembersWithPopulation(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		res := seed(t, d)
		c := newClient(t, d)

		var data struct {
			Aggregations connection[struct {
				ID          string `json:"id"`
				Name        string `json:"name"`
				Memberships connection[struct {
					Role string `json:"role"`
					Body body   `json:"body"`
				}] `json:"memberships"`
			}] `json:"aggregations"`
		}
		mustOK(t, c.do(t, marcheSudQuery, map[string]any{"name": demo.AggregationName})).decode(t, &data)

		if n := len(data.Aggregations.Edges); n != 1 || data.Aggregations.TotalCount != 1 {
			t.Fatalf("got %d aggregations (totalCount %d), want 1", n, data.Aggregations.TotalCount)
		}
		ms := data.Aggregations.Edges[0].Node.Memberships
		if ms.TotalCount != demo.Members || len(ms.Edges) != demo.Members {
			t.Errorf("memberships: totalCount %d, %d edges; want %d and %d", ms.TotalCount, len(ms.Edges), demo.Members, demo.Members)
		}
		population, leads := 0, 0
		for _, e := range ms.Edges {
			b := e.Node.Body
			if b.Population == nil || *b.Population <= 0 {
				t.Errorf("%s: population %v, want > 0", b.Name, b.Population)
			} else {
				population += *b.Population
			}
			if b.IstatCode == nil || *b.IstatCode == "" {
				t.Errorf("%s: no ISTAT code", b.Name)
			}
			if b.ProvinceCode == nil || (*b.ProvinceCode != "AP" && *b.ProvinceCode != "FM") {
				t.Errorf("%s: province %v, want AP or FM", b.Name, b.ProvinceCode)
			}
			if e.Node.Role == "LEAD" {
				leads++
				if b.Name != leadName || b.Population == nil || *b.Population != leadPopulation {
					t.Errorf("lead is %s (population %v), want %s (%d)", b.Name, b.Population, leadName, leadPopulation)
				}
			}
		}
		if leads != 1 {
			t.Errorf("%d memberships with role LEAD, want 1", leads)
		}
		if population != res.Population {
			t.Errorf("sum of the members' populations %d, seed reports %d", population, res.Population)
		}
	})
}

func TestConnections_RequireAndCapPageSize(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)

		t.Run("OK", func(t *testing.T) {
			mustOK(t, c.do(t, `{ publicBodies(first: 100) { totalCount } }`, nil))
			mustOK(t, c.do(t, `{ publicBodies(last: 100) { totalCount } }`, nil))
		})
		for _, tc := range []struct {
			name, query, rule string
		}{
			{"ErrNoPageSize", `{ publicBodies { totalCount } }`, "page.required"},
			{"ErrFirstAboveMax", `{ publicBodies(first: 101) { totalCount } }`, "page.max"},
			{"ErrLastAboveMax", `{ vendors(last: 101) { totalCount } }`, "page.max"},
			{"ErrNegative", `{ vendors(first: -1) { totalCount } }`, "page.negative"},
			{"ErrNestedNoPageSize", `{ aggregations(first: 10) { edges { node { memberships { totalCount } } } } }`, "page.required"},
			{"ErrNestedAboveMax", `{ aggregations(first: 10) { edges { node { memberships(first: 1000) { totalCount } } } } }`, "page.max"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e := wantCode(t, c.do(t, tc.query, nil), "INVALID")
				if e.Extensions.Rule != tc.rule {
					t.Errorf("rule %q, want %q", e.Extensions.Rule, tc.rule)
				}
			})
		}

		t.Run("CursorPagination", func(t *testing.T) {
			const q = `query($first: Int!, $after: Cursor) {
  publicBodies(first: $first, after: $after, where: {provinceCode: "AP"}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name } }
  }
}`
			for _, size := range []int{100, 10, 7} {
				seen := map[string]bool{}
				vars := map[string]any{"first": size}
				pages := 0
				for {
					pages++
					if pages > comuniOfAP+1 {
						t.Fatalf("page size %d: pagination does not end", size)
					}
					var data struct {
						PublicBodies connection[body] `json:"publicBodies"`
					}
					mustOK(t, c.do(t, q, vars)).decode(t, &data)
					pb := data.PublicBodies
					if pb.TotalCount != comuniOfAP {
						t.Errorf("page size %d, page %d: totalCount %d, want %d", size, pages, pb.TotalCount, comuniOfAP)
					}
					if len(pb.Edges) > size {
						t.Errorf("page size %d: page %d has %d edges", size, pages, len(pb.Edges))
					}
					for _, e := range pb.Edges {
						if seen[e.Node.ID] {
							t.Errorf("page size %d: %s returned twice", size, e.Node.Name)
						}
						seen[e.Node.ID] = true
					}
					if !pb.PageInfo.HasNextPage {
						break
					}
					if pb.PageInfo.EndCursor == nil {
						t.Fatalf("page size %d: hasNextPage without endCursor", size)
					}
					vars["after"] = *pb.PageInfo.EndCursor
				}
				if len(seen) != comuniOfAP {
					t.Errorf("page size %d: walked %d comuni of AP in %d pages, want %d", size, len(seen), pages, comuniOfAP)
				}
				if want := (comuniOfAP + size - 1) / size; pages != want {
					t.Errorf("page size %d: %d pages, want %d", size, pages, want)
				}
			}
		})
	})
}

func TestPublicBodies_FilterAndOrder(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)
		list := func(t *testing.T, args string) []body {
			t.Helper()
			var data struct {
				PublicBodies connection[body] `json:"publicBodies"`
			}
			mustOK(t, c.do(t, `{ publicBodies(first: 100, `+args+`) { totalCount edges { node { id name istatCode provinceCode population } } } }`, nil)).decode(t, &data)
			out := make([]body, 0, len(data.PublicBodies.Edges))
			for _, e := range data.PublicBodies.Edges {
				out = append(out, e.Node)
			}
			if len(out) != data.PublicBodies.TotalCount {
				t.Errorf("%d edges, totalCount %d", len(out), data.PublicBodies.TotalCount)
			}
			return out
		}

		t.Run("NameContainsFold", func(t *testing.T) {
			got := map[string]bool{}
			for _, b := range list(t, `where: {nameContainsFold: "elpidio"}`) {
				got[b.Name] = true
			}
			want := []string{"Comune di Sant'Elpidio a Mare", "Comune di Porto Sant'Elpidio"}
			if len(got) != len(want) {
				t.Errorf("got %v, want %v", got, want)
			}
			for _, w := range want {
				if !got[w] {
					t.Errorf("%q not found; got %v", w, got)
				}
			}
		})
		t.Run("OrderByPopulationDesc", func(t *testing.T) {
			got := list(t, `where: {provinceCode: "FM"}, orderBy: [{field: POPULATION, direction: DESC}]`)
			if len(got) != 40 {
				t.Errorf("%d comuni of FM, want 40", len(got))
			}
			if len(got) == 0 || got[0].Name != "Comune di Fermo" {
				t.Fatalf("first is %+v, want Comune di Fermo", got)
			}
			for i := 1; i < len(got); i++ {
				if *got[i].Population > *got[i-1].Population {
					t.Errorf("%s (%d) after %s (%d): not in descending order", got[i].Name, *got[i].Population, got[i-1].Name, *got[i-1].Population)
				}
			}
		})
		t.Run("IstatCode", func(t *testing.T) {
			got := list(t, `where: {istatCode: "`+demo.LeadISTAT+`"}`)
			if len(got) != 1 || got[0].Name != leadName {
				t.Errorf("got %+v, want only %s", got, leadName)
			}
		})
	})
}

func TestNode_ResolvesByGlobalID(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		res := seed(t, d)
		c := newClient(t, d)

		t.Run("OK", func(t *testing.T) {
			var data struct {
				Node *struct {
					Typename string `json:"__typename"`
					Name     string `json:"name"`
				} `json:"node"`
			}
			mustOK(t, c.do(t, `query($id: ID!) { node(id: $id) { __typename ... on Aggregation { name } } }`,
				map[string]any{"id": string(res.Aggregation.ID)})).decode(t, &data)
			if data.Node == nil || data.Node.Typename != "Aggregation" || data.Node.Name != demo.AggregationName {
				t.Errorf("node = %+v, want the Aggregation %q", data.Node, demo.AggregationName)
			}
		})

		t.Run("Nodes", func(t *testing.T) {
			var vendors struct {
				Vendors connection[struct {
					ID   string `json:"id"`
					Name string `json:"name"`
				}] `json:"vendors"`
			}
			mustOK(t, c.do(t, `{ vendors(first: 1, orderBy: {field: NAME}) { edges { node { id name } } } }`, nil)).decode(t, &vendors)
			if len(vendors.Vendors.Edges) != 1 {
				t.Fatalf("no vendor in the demo data")
			}
			v := vendors.Vendors.Edges[0].Node
			var data struct {
				Nodes []*struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
					Name     string `json:"name"`
				} `json:"nodes"`
			}
			mustOK(t, c.do(t, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on PublicBody { name } ... on Vendor { name } } }`,
				map[string]any{"ids": []string{string(res.Region.ID), v.ID}})).decode(t, &data)
			if len(data.Nodes) != 2 || data.Nodes[0] == nil || data.Nodes[1] == nil {
				t.Fatalf("nodes = %+v, want 2", data.Nodes)
			}
			if n := data.Nodes[0]; n.Typename != "PublicBody" || n.Name != "Regione Marche" {
				t.Errorf("nodes[0] = %+v, want the PublicBody Regione Marche", n)
			}
			if n := data.Nodes[1]; n.Typename != "Vendor" || n.ID != v.ID || n.Name != v.Name {
				t.Errorf("nodes[1] = %+v, want the Vendor %s", n, v.Name)
			}
		})

		for _, tc := range []struct{ name, id string }{
			{"ErrUnknownID", "AG" + "01JDQ3ZK6W2V5TQ4N8M7Y0XH1A"},
			{"ErrUnknownPrefix", "ZZ" + "01JDQ3ZK6W2V5TQ4N8M7Y0XH1A"},
			{"ErrGarbage", "x"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": tc.id})
				var data struct {
					Node *struct{ ID string } `json:"node"`
				}
				r.decode(t, &data)
				if data.Node != nil {
					t.Errorf("node(%s) = %+v, want null", tc.id, data.Node)
				}
				for _, e := range r.Errors {
					if e.Extensions.Code == "" || e.Extensions.Code == "INTERNAL" {
						t.Errorf("node(%s): error %s, want a code other than INTERNAL", tc.id, e)
					}
				}
				t.Logf("node(%s): %v", tc.id, r.Errors)
			})
		}
	})
}

const createVendor = `mutation($input: CreateVendorInput!) { createVendor(input: $input) { id name vatID } }`

// vendorCount returns the number of vendors, through the API.
func (c *client) vendorCount(t *testing.T) int {
	t.Helper()
	var data struct {
		Vendors struct {
			TotalCount int `json:"totalCount"`
		} `json:"vendors"`
	}
	mustOK(t, c.do(t, `{ vendors(first: 100) { totalCount } }`, nil)).decode(t, &data)
	return data.Vendors.TotalCount
}

func TestCreateVendor_ValidatesVATID(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		existing := demo.VendorVAT(demo.Vendors[0].Base)
		mustOK(t, c.do(t, createVendor, map[string]any{"input": map[string]any{"name": "Esistente S.r.l.", "vatID": existing}}))

		t.Run("OK", func(t *testing.T) {
			var data struct {
				CreateVendor struct {
					ID    string `json:"id"`
					VatID string `json:"vatID"`
				} `json:"createVendor"`
			}
			mustOK(t, c.do(t, createVendor, map[string]any{"input": map[string]any{"name": "Prova S.p.A.", "vatID": validVAT}})).decode(t, &data)
			if data.CreateVendor.VatID != validVAT || !strings.HasPrefix(data.CreateVendor.ID, "VN") {
				t.Errorf("created %+v", data.CreateVendor)
			}
		})
		for _, tc := range []struct {
			name, vat, code, rule string
		}{
			{"ErrCheckDigit", "00125680034", "INVALID", "partita_iva.checksum"},
			{"ErrTenDigits", "0012568003", "INVALID", "partita_iva.length"},
			{"ErrLetters", "0012568003A", "INVALID", "partita_iva.format"},
			{"ErrDuplicate", existing, "CONFLICT", "unique"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				before := c.vendorCount(t)
				r := c.do(t, createVendor, map[string]any{"input": map[string]any{"name": "Altra S.r.l.", "vatID": tc.vat}})
				e := wantCode(t, r, tc.code)
				if e.Extensions.Field != "vatID" {
					t.Errorf("field %q, want vatID (%s)", e.Extensions.Field, e)
				}
				if e.Extensions.Rule != tc.rule {
					t.Errorf("rule %q, want %q", e.Extensions.Rule, tc.rule)
				}
				if after := c.vendorCount(t); after != before {
					t.Errorf("a failed create changed the number of vendors from %d to %d", before, after)
				}
			})
		}
	})
}

func TestCreatePublicBody_Validation(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		seed(t, d)
		c := newClient(t, d)
		const q = `mutation($input: CreatePublicBodyInput!) { createPublicBody(input: $input) { id name istatCode } }`
		input := func(k string, v any) map[string]any {
			in := map[string]any{"name": "Unione dei Comuni di Prova", "kind": "UNIONE_COMUNI"}
			if k != "" {
				in[k] = v
			}
			return map[string]any{"input": in}
		}

		t.Run("OK", func(t *testing.T) {
			mustOK(t, c.do(t, q, input("pec", "protocollo@pec.unione.prova.it")))
		})
		for _, tc := range []struct {
			name, field string
			value       any
			code        string
		}{
			{"ErrISTATFiveDigits", "istatCode", "44066", "INVALID"},
			{"ErrISTATLetters", "istatCode", "04406A", "INVALID"},
			{"ErrPEC", "pec", "protocollo at comune", "INVALID"},
			{"ErrNegativePopulation", "population", -1, "INVALID"},
			{"ErrEmptyName", "name", "", "INVALID"},
			{"ErrDuplicateISTAT", "istatCode", demo.LeadISTAT, "CONFLICT"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e := wantCode(t, c.do(t, q, input(tc.field, tc.value)), tc.code)
				if e.Extensions.Field != tc.field {
					t.Errorf("field %q, want %q (%s)", e.Extensions.Field, tc.field, e)
				}
			})
		}
	})
}

func TestCreateCall_MoneyAndDates(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		res := seed(t, d)
		c := newClient(t, d)
		const q = `mutation($input: CreateCallInput!) {
  createCall(input: $input) { id status issuer { name } totalBudgetCents capPerMemberCents eligibleFrom }
}`
		input := func(k string, v any) map[string]any {
			in := map[string]any{
				"title":             "Avviso di prova",
				"fund":              "FESR",
				"issuerID":          string(res.Region.ID),
				"totalBudgetCents":  600000000,
				"capPerMemberCents": 7000000,
				"eligibleFrom":      "2026-01-01",
			}
			if k != "" {
				in[k] = v
			}
			return map[string]any{"input": in}
		}
		type callData struct {
			ID     string `json:"id"`
			Status string `json:"status"`
			Issuer struct {
				Name string `json:"name"`
			} `json:"issuer"`
			TotalBudgetCents  int64  `json:"totalBudgetCents"`
			CapPerMemberCents *int64 `json:"capPerMemberCents"`
			EligibleFrom      string `json:"eligibleFrom"`
		}
		readBack := func(t *testing.T, id string) callData {
			t.Helper()
			// Through calls(where:) rather than node(id:), so that this test is
			// about money and dates only.
			var data struct {
				Calls connection[callData] `json:"calls"`
			}
			mustOK(t, c.do(t, `query($id: ID!) { calls(first: 1, where: {id: $id}) { edges { node { id status issuer { name } totalBudgetCents capPerMemberCents eligibleFrom } } } }`,
				map[string]any{"id": id})).decode(t, &data)
			if len(data.Calls.Edges) != 1 {
				t.Fatalf("call %s not found", id)
			}
			return data.Calls.Edges[0].Node
		}

		t.Run("OK", func(t *testing.T) {
			var data struct {
				CreateCall callData `json:"createCall"`
			}
			mustOK(t, c.do(t, q, input("", nil))).decode(t, &data)
			for _, got := range []callData{data.CreateCall, readBack(t, data.CreateCall.ID)} {
				if got.TotalBudgetCents != 600000000 || got.CapPerMemberCents == nil || *got.CapPerMemberCents != 7000000 ||
					got.EligibleFrom != "2026-01-01" || got.Issuer.Name != "Regione Marche" || got.Status != "DRAFT" {
					t.Errorf("got %+v (cap %v), want 600000000, 7000000, 2026-01-01, Regione Marche, DRAFT", got, got.CapPerMemberCents)
				}
			}
		})
		t.Run("OKAbove32Bits", func(t *testing.T) {
			const big = int64(5_000_000_000)
			var data struct {
				CreateCall callData `json:"createCall"`
			}
			mustOK(t, c.do(t, q, input("totalBudgetCents", big))).decode(t, &data)
			if got := readBack(t, data.CreateCall.ID).TotalBudgetCents; got != big || data.CreateCall.TotalBudgetCents != big {
				t.Errorf("totalBudgetCents %d (read back %d), want %d", data.CreateCall.TotalBudgetCents, got, big)
			}
		})
		t.Run("OKAbove32BitsInline", func(t *testing.T) {
			var data struct {
				CreateCall callData `json:"createCall"`
			}
			mustOK(t, c.do(t, `mutation($issuer: ID!) {
  createCall(input: {title: "Avviso grande", fund: PNRR, issuerID: $issuer, totalBudgetCents: 99999999999}) { id totalBudgetCents }
}`, map[string]any{"issuer": string(res.Region.ID)})).decode(t, &data)
			if got := readBack(t, data.CreateCall.ID).TotalBudgetCents; got != 99999999999 {
				t.Errorf("totalBudgetCents read back %d, want 99999999999", got)
			}
		})
		t.Run("ErrAboveTheMoneyBound", func(t *testing.T) {
			// 2^53+1 cents, once accepted, is past any sane amount: refused,
			// never rounded through a float64.
			r := c.do(t, `mutation($issuer: ID!) {
  createCall(input: {title: "Avviso enorme", fund: PNRR, issuerID: $issuer, totalBudgetCents: 9007199254740993}) { id }
}`, map[string]any{"issuer": string(res.Region.ID)})
			if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "money.too_large" || e.Extensions.Field != "totalBudgetCents" {
				t.Errorf("rule %q field %q, want money.too_large on totalBudgetCents", e.Extensions.Rule, e.Extensions.Field)
			}
		})
		for _, tc := range []struct {
			name, field string
			value       any
			wantField   string
		}{
			{"ErrImpossibleDate", "eligibleFrom", "2026-02-30", ""},
			{"ErrItalianDateFormat", "eligibleFrom", "01/02/2026", ""},
			{"ErrNegativeBudget", "totalBudgetCents", -1, "totalBudgetCents"},
			{"ErrNegativeCap", "capPerMemberCents", -1, "capPerMemberCents"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, q, input(tc.field, tc.value))
				e := wantCode(t, r, "INVALID")
				if tc.wantField != "" && e.Extensions.Field != tc.wantField {
					t.Errorf("field %q, want %q (%s)", e.Extensions.Field, tc.wantField, e)
				}
				if r.hasData() {
					t.Errorf("data %s, want null", r.Data)
				}
				t.Logf("%s: %v", tc.name, r.Errors)
			})
		}
	})
}

func TestMutation_IsAtomic(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)
		r := c.do(t, `mutation {
  first: createVendor(input: {name: "Prima S.r.l.", vatID: "`+validVAT+`"}) { id }
  second: createVendor(input: {name: "Seconda S.r.l.", vatID: "00125680034"}) { id }
}`, nil)
		e := wantCode(t, r, "INVALID")
		if e.Extensions.Field != "vatID" {
			t.Errorf("field %q, want vatID", e.Extensions.Field)
		}
		if n := c.vendorCount(t); n != 0 {
			t.Errorf("%d vendors after a mutation whose second field failed, want 0: the first create must be rolled back", n)
		}
		// The rolled-back VAT number is free: the same create now succeeds.
		mustOK(t, c.do(t, createVendor, map[string]any{"input": map[string]any{"name": "Prima S.r.l.", "vatID": validVAT}}))
		if n := c.vendorCount(t); n != 1 {
			t.Errorf("%d vendors, want 1", n)
		}
	})
}

func TestGraphQL_BadRequests(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := newClient(t, d)

		// Errors about the request itself, found before anything runs.
		for _, tc := range []struct{ name, query string }{
			{"ErrMalformedQuery", `{ serverVersion `},
			{"ErrUnknownField", `{ serverVersion noSuchField }`},
			{"ErrMissingVariable", createVendor},
			{"ErrWrongArgumentType", `{ vendors(first: "dieci") { totalCount } }`},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, tc.query, nil)
				e := wantClientError(t, r)
				if r.hasData() {
					t.Errorf("data %s, want none", r.Data)
				}
				t.Logf("HTTP %d, code %s: %s", r.Status, e.Extensions.Code, e.Message)
			})
		}
		t.Run("GetQuery", func(t *testing.T) {
			var data struct {
				ServerVersion string `json:"serverVersion"`
			}
			mustOK(t, c.getQuery(t, `{serverVersion}`)).decode(t, &data)
			if data.ServerVersion != testVersion {
				t.Errorf("serverVersion %q, want %q", data.ServerVersion, testVersion)
			}
		})
		t.Run("ErrGetMutation", func(t *testing.T) {
			r := c.getQuery(t, `mutation { createVendor(input: {name: "Via GET S.r.l.", vatID: "`+validVAT+`"}) { id } }`)
			if r.Status == http.StatusOK && len(r.Errors) == 0 {
				t.Errorf("a mutation over GET was accepted: %s", r.Data)
			}
			if r.hasData() {
				t.Errorf("data %s, want none", r.Data)
			}
			if n := c.vendorCount(t); n != 0 {
				t.Errorf("a mutation over GET created %d vendors", n)
			}
			t.Logf("GET mutation: HTTP %d %v", r.Status, r.Errors)
		})
		t.Run("ErrInvalidJSON", func(t *testing.T) {
			r := c.post(t, "application/json", []byte(`{"query": "{ serverVersion }"`))
			if r.Status == http.StatusOK {
				t.Errorf("HTTP %d: want a client error", r.Status)
			}
			wantClientError(t, r)
			t.Logf("invalid JSON: HTTP %d %v", r.Status, r.Errors)
		})
		t.Run("ErrBodyTooLarge", func(t *testing.T) {
			pad := strings.Repeat("#", 1<<20)
			b, _ := json.Marshal(map[string]any{"query": "{ serverVersion }\n" + pad})
			r := c.post(t, "application/json", b)
			// Refused: an error and no data (413 would be kinder than 200).
			if r.hasData() {
				t.Errorf("HTTP %d, data %s: want the body refused", r.Status, r.Data)
			}
			wantClientError(t, r)
			t.Logf("body of %d bytes: HTTP %d %v", len(b), r.Status, r.Errors)
		})
		t.Run("BodyJustUnderTheLimit", func(t *testing.T) {
			// A comment keeps the query valid; the whole body stays under 1 MiB.
			pad := strings.Repeat("#", 1<<20-200)
			b, _ := json.Marshal(map[string]any{"query": "{ serverVersion }\n" + pad})
			mustOK(t, c.post(t, "application/json", b))
		})
		t.Run("Healthz", func(t *testing.T) {
			if status, b := c.get(t, "/healthz"); status != http.StatusOK {
				t.Errorf("/healthz: HTTP %d %s", status, b)
			}
		})
		t.Run("Readyz", func(t *testing.T) {
			if status, b := c.get(t, "/readyz"); status != http.StatusOK {
				t.Errorf("/readyz on a migrated database: HTTP %d %s", status, b)
			}
		})
		t.Run("ReadyzPending", func(t *testing.T) {
			status, b := newClient(t, testdb.OpenEmpty(t, d.Dialect)).get(t, "/readyz")
			if status != http.StatusServiceUnavailable {
				t.Errorf("/readyz on an empty database: HTTP %d %s, want 503", status, b)
			}
		})
		t.Run("RequestID", func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, c.srv.URL+"/healthz", nil)
			req.Header.Set("X-Request-Id", "prova-123")
			resp, err := c.srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Header.Get("X-Request-Id"); got != "prova-123" {
				t.Errorf("X-Request-Id %q, want the client's prova-123", got)
			}
		})
	})
}

// TestErrors_NeverLeakSQL provokes the database's own errors (unique and
// foreign-key violations, missing rows). The check itself runs in every
// request of every test: see checkNoLeak in helpers_test.go.
func TestErrors_NeverLeakSQL(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo", demo.SeedDB, func(t *testing.T, d *db.DB) {
		res := seed(t, d)
		c := newClient(t, d)
		const missingAG = "AG01JDQ3ZK6W2V5TQ4N8M7Y0XH1A"
		for _, tc := range []struct {
			name, query string
			vars        map[string]any
			code        string
		}{
			{"UniqueVAT", createVendor,
				map[string]any{"input": map[string]any{"name": "Doppia", "vatID": demo.VendorVAT(demo.Vendors[0].Base)}}, "CONFLICT"},
			{"UniqueCodiceFiscale",
				`mutation($input: CreatePublicBodyInput!) { createPublicBody(input: $input) { id } }`,
				map[string]any{"input": map[string]any{"name": "Doppione", "kind": "OTHER", "codiceFiscale": "80008630420"}}, "CONFLICT"},
			{"ForeignKey",
				`mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }`,
				map[string]any{"input": map[string]any{"aggregationID": missingAG, "bodyID": string(res.Region.ID), "role": "MEMBER"}}, "NOT_FOUND"},
			{"UpdateMissing",
				`mutation($id: ID!) { updateAggregation(id: $id, input: {name: "Nessuna"}) { id } }`,
				map[string]any{"id": missingAG}, "NOT_FOUND"},
			{"Nodes", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
				map[string]any{"ids": []string{missingAG, "VN01JDQ3ZK6W2V5TQ4N8M7Y0XH1A"}}, "NOT_FOUND"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := c.do(t, tc.query, tc.vars)
				wantCode(t, r, tc.code)
				t.Logf("%v", r.Errors)
			})
		}

		// A unique key over two columns names no single field; both
		// databases must say the same.
		t.Run("UniqueComposite", func(t *testing.T) {
			r := c.do(t, `mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }`,
				map[string]any{"input": map[string]any{
					"aggregationID": string(res.Aggregation.ID), "bodyID": string(res.Aggregation.LeadID), "role": "MEMBER"}})
			e := wantCode(t, r, "CONFLICT")
			if e.Extensions.Field != "" {
				t.Errorf("field %q for a duplicate (aggregation, body) pair: a two-column key must not be reported as one field", e.Extensions.Field)
			}
		})

		// The database goes away (a PostgreSQL restart, a full disk): the
		// client gets UNAVAILABLE (503: nothing saved, retry shortly), never
		// the driver's words; not INTERNAL, which means a bug.
		t.Run("DatabaseDown", func(t *testing.T) {
			down := testdb.Open(t, d.Dialect)
			dc := newClient(t, down)
			if err := down.Close(); err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{
				`{ vendors(first: 1) { totalCount } }`,
				`mutation { createVendor(input: {name: "Nessuna"}) { id } }`,
			} {
				r := dc.do(t, q, nil)
				e := wantCode(t, r, "UNAVAILABLE")
				if r.Status != http.StatusServiceUnavailable || strings.Contains(strings.ToLower(e.Message), "sql") {
					t.Errorf("%s: HTTP %d %q, want 503 in the user's words", q, r.Status, e.Message)
				}
				t.Logf("%s: HTTP %d %v", q, r.Status, r.Errors)
			}
		})
	})
}
