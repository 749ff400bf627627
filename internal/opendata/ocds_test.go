package opendata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// The checks below are the parts of the OCDS 1.1 schema (release-package-
// schema.json and release-schema.json, 1.1.5) that the output relies on:
// the required fields of the package and of a release, their JSON types and
// formats, the closed codelists, uniqueItems, and the referential rules of
// the standard (every organization reference names a party with the role;
// every contract's awardID names an award).

// Closed codelists of OCDS 1.1.5 used by the output.
var (
	releaseTags = []string{"planning", "planningUpdate", "tender", "tenderAmendment", "tenderUpdate",
		"tenderCancellation", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate",
		"contractAmendment", "implementation", "implementationUpdate", "contractTermination", "compiled"}
	methods       = []string{"open", "selective", "limited", "direct"}
	categories    = []string{"goods", "works", "services"}
	tenderStatus  = []string{"planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"}
	awardStatus   = []string{"pending", "active", "cancelled", "unsuccessful"}
	contractState = []string{"pending", "active", "cancelled", "terminated"}
	// partyRole is open in 1.1, but these are the codes we mean to use.
	partyRoles = []string{"buyer", "procuringEntity", "supplier", "tenderer", "funder", "enquirer",
		"payer", "payee", "reviewBody", "interestedParty"}
)

type obj = map[string]any

func decodeOCDS(t *testing.T, b []byte) obj {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var pkg obj
	if err := dec.Decode(&pkg); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b)
	}
	return pkg
}

// checker collects schema violations with their JSON paths.
type checker struct {
	errs []string
}

func (c *checker) fail(path, format string, args ...any) {
	c.errs = append(c.errs, path+": "+fmt.Sprintf(format, args...))
}

func (c *checker) str(o obj, key, path string, required bool) string {
	v, ok := o[key]
	if !ok {
		if required {
			c.fail(path, "missing required %q", key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		c.fail(path+"."+key, "want string, got %T", v)
	}
	return s
}

func (c *checker) dateTime(o obj, key, path string, required bool) {
	s := c.str(o, key, path, required)
	if _, ok := o[key]; !ok {
		return
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		c.fail(path+"."+key, "not an RFC 3339 date-time: %q", s)
	}
}

func (c *checker) enum(o obj, key, path string, values []string) string {
	s := c.str(o, key, path, false)
	if _, ok := o[key]; ok && !slices.Contains(values, s) {
		c.fail(path+"."+key, "%q is not in the codelist", s)
	}
	return s
}

func (c *checker) array(o obj, key, path string, minItems int) []any {
	v, ok := o[key]
	if !ok {
		if minItems > 0 {
			c.fail(path, "missing required %q", key)
		}
		return nil
	}
	a, ok := v.([]any)
	if !ok {
		c.fail(path+"."+key, "want array, got %T", v)
		return nil
	}
	if len(a) < minItems {
		c.fail(path+"."+key, "want at least %d items, got %d", minItems, len(a))
	}
	// uniqueItems holds for every array the output uses.
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if reflect.DeepEqual(a[i], a[j]) {
				c.fail(fmt.Sprintf("%s.%s[%d]", path, key, j), "duplicate item (uniqueItems)")
			}
		}
	}
	return a
}

func (c *checker) object(o obj, key, path string, required bool) obj {
	v, ok := o[key]
	if !ok {
		if required {
			c.fail(path, "missing required %q", key)
		}
		return nil
	}
	m, ok := v.(obj)
	if !ok {
		c.fail(path+"."+key, "want object, got %T", v)
	}
	return m
}

var numberRE = regexp.MustCompile(`^-?\d+\.\d{2}$`)

// value checks a Value: amount a JSON number with two decimals, currency EUR.
func (c *checker) value(o obj, key, path string) {
	v := c.object(o, key, path, false)
	if v == nil {
		return
	}
	n, ok := v["amount"].(json.Number)
	if !ok || !numberRE.MatchString(n.String()) {
		c.fail(path+"."+key+".amount", "want a number with two decimals, got %v", v["amount"])
	}
	if v["currency"] != "EUR" {
		c.fail(path+"."+key+".currency", "want EUR, got %v", v["currency"])
	}
}

// ref checks an OrganizationReference against the parties and a role.
func (c *checker) ref(r any, path string, parties map[string][]string, role string) {
	o, ok := r.(obj)
	if !ok {
		c.fail(path, "want object, got %T", r)
		return
	}
	id := c.str(o, "id", path, true)
	roles, ok := parties[id]
	if !ok {
		c.fail(path, "references unknown party %q", id)
		return
	}
	if !slices.Contains(roles, role) {
		c.fail(path, "party %q lacks role %q (has %v)", id, role, roles)
	}
}

// checkPackage reports the violations of the rules above as test errors.
func checkPackage(t *testing.T, pkg obj) {
	t.Helper()
	for _, e := range schemaErrors(pkg) {
		t.Error(e)
	}
}

// schemaErrors validates a release package against the rules above.
func schemaErrors(pkg obj) []string {
	c := &checker{}
	u := c.str(pkg, "uri", "package", true)
	if pu, err := url.Parse(u); err != nil || !pu.IsAbs() {
		c.fail("package.uri", "not an absolute URI: %q", u)
	}
	if v := c.str(pkg, "version", "package", true); !regexp.MustCompile(`^(\d+\.)(\d+)$`).MatchString(v) {
		c.fail("package.version", "bad version %q", v)
	}
	c.dateTime(pkg, "publishedDate", "package", true)
	if pub := c.object(pkg, "publisher", "package", true); pub != nil {
		c.str(pub, "name", "package.publisher", true)
	}
	ocids := map[string]bool{}
	for i, rv := range c.array(pkg, "releases", "package", 1) {
		path := fmt.Sprintf("releases[%d]", i)
		r, ok := rv.(obj)
		if !ok {
			c.fail(path, "want object")
			continue
		}
		ocid := c.str(r, "ocid", path, true)
		if ocids[ocid] {
			c.fail(path, "duplicate ocid %q", ocid)
		}
		ocids[ocid] = true
		c.str(r, "id", path, true)
		c.dateTime(r, "date", path, true)
		for j, tag := range c.array(r, "tag", path, 1) {
			if s, _ := tag.(string); !slices.Contains(releaseTags, s) {
				c.fail(fmt.Sprintf("%s.tag[%d]", path, j), "%v is not a release tag", tag)
			}
		}
		if it := c.str(r, "initiationType", path, true); it != "tender" {
			c.fail(path+".initiationType", "want tender, got %q", it)
		}

		parties := map[string][]string{}
		for j, pv := range c.array(r, "parties", path, 0) {
			pp := fmt.Sprintf("%s.parties[%d]", path, j)
			p := pv.(obj)
			id := c.str(p, "id", pp, true)
			if _, dup := parties[id]; dup {
				c.fail(pp, "duplicate party id %q", id)
			}
			var roles []string
			for _, rv := range c.array(p, "roles", pp, 1) {
				role, _ := rv.(string)
				if !slices.Contains(partyRoles, role) {
					c.fail(pp, "unknown role %q", role)
				}
				roles = append(roles, role)
			}
			parties[id] = roles
			if idf := c.object(p, "identifier", pp, false); idf != nil {
				c.str(idf, "id", pp+".identifier", true)
			}
		}
		if b := c.object(r, "buyer", path, false); b != nil {
			c.ref(b, path+".buyer", parties, "buyer")
		}
		if pl := c.object(r, "planning", path, false); pl != nil {
			if b := c.object(pl, "budget", path+".planning", false); b != nil {
				c.value(b, "amount", path+".planning.budget")
			}
		}
		if tn := c.object(r, "tender", path, false); tn != nil {
			tp := path + ".tender"
			c.str(tn, "id", tp, true)
			c.enum(tn, "status", tp, tenderStatus)
			c.enum(tn, "procurementMethod", tp, methods)
			c.enum(tn, "mainProcurementCategory", tp, categories)
			c.value(tn, "value", tp)
			if pe := c.object(tn, "procuringEntity", tp, false); pe != nil {
				c.ref(pe, tp+".procuringEntity", parties, "procuringEntity")
			}
			for j, it := range c.array(tn, "items", tp, 0) {
				io := it.(obj)
				c.str(io, "id", fmt.Sprintf("%s.items[%d]", tp, j), true)
			}
			for j, tr := range c.array(tn, "tenderers", tp, 0) {
				c.ref(tr, fmt.Sprintf("%s.tenderers[%d]", tp, j), parties, "tenderer")
			}
		}
		awards := map[string]bool{}
		for j, av := range c.array(r, "awards", path, 0) {
			ap := fmt.Sprintf("%s.awards[%d]", path, j)
			a := av.(obj)
			awards[c.str(a, "id", ap, true)] = true
			c.enum(a, "status", ap, awardStatus)
			c.dateTime(a, "date", ap, false)
			c.value(a, "value", ap)
			for k, s := range c.array(a, "suppliers", ap, 0) {
				c.ref(s, fmt.Sprintf("%s.suppliers[%d]", ap, k), parties, "supplier")
			}
		}
		for j, cv := range c.array(r, "contracts", path, 0) {
			cp := fmt.Sprintf("%s.contracts[%d]", path, j)
			ct := cv.(obj)
			c.str(ct, "id", cp, true)
			if aid := c.str(ct, "awardID", cp, true); !awards[aid] {
				c.fail(cp+".awardID", "no award %q", aid)
			}
			c.enum(ct, "status", cp, contractState)
			c.dateTime(ct, "dateSigned", cp, false)
			c.value(ct, "value", cp)
			if per := c.object(ct, "period", cp, false); per != nil {
				c.dateTime(per, "startDate", cp+".period", false)
				c.dateTime(per, "endDate", cp+".period", false)
			}
			if impl := c.object(ct, "implementation", cp, false); impl != nil {
				for k, tv := range c.array(impl, "transactions", cp+".implementation", 0) {
					tp := fmt.Sprintf("%s.implementation.transactions[%d]", cp, k)
					tr := tv.(obj)
					c.str(tr, "id", tp, true)
					c.dateTime(tr, "date", tp, false)
					c.value(tr, "value", tp)
					c.ref(tr["payer"], tp+".payer", parties, "payer")
					c.ref(tr["payee"], tp+".payee", parties, "payee")
				}
			}
		}
	}
	return c.errs
}

func mustOCDS(t *testing.T, d OCDSData) (obj, []byte) {
	t.Helper()
	b, err := OCDS(d)
	if err != nil {
		t.Fatalf("OCDS: %v", err)
	}
	return decodeOCDS(t, b), b
}

func TestOCDSValidAgainstSchemaRules(t *testing.T) {
	pkg, _ := mustOCDS(t, ocdsFixture())
	checkPackage(t, pkg)
	if pkg["version"] != "1.1" {
		t.Errorf("version = %v", pkg["version"])
	}
}

func TestOCDSCheckerCatchesViolations(t *testing.T) {
	// The checker must fail on a broken package, or the test above proves
	// nothing.
	bad := obj{
		"uri": "not a uri", "version": "1.1.5", "publishedDate": "23/11/2026",
		"publisher": obj{}, "releases": []any{
			obj{"ocid": "x", "tag": []any{"bogus"}, "initiationType": "other",
				"parties": []any{obj{"id": "A", "roles": []any{"buyer"}}},
				"buyer":   obj{"id": "B"},
				"tender":  obj{"id": "1", "procurementMethod": "negotiated", "value": obj{"amount": json.Number("1.5"), "currency": "EUR"}},
			},
		},
	}
	errs := schemaErrors(bad)
	want := []string{"package.uri", "package.version", "package.publishedDate", "package.publisher",
		`releases[0]: missing required "id"`, `releases[0]: missing required "date"`, "tag[0]", "initiationType",
		"buyer", "procurementMethod", "tender.value.amount"}
	for _, w := range want {
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
			t.Errorf("checker missed %q; got %v", w, errs)
		}
	}
}

func TestOCDSContent(t *testing.T) {
	pkg, _ := mustOCDS(t, ocdsFixture())
	rels := pkg["releases"].([]any)
	if len(rels) != 3 {
		t.Fatalf("%d releases, want 3", len(rels))
	}
	var ocids []string
	for _, r := range rels {
		ocids = append(ocids, r.(obj)["ocid"].(string))
	}
	if want := []string{"ocds-capofila-8874674CA7", "ocds-capofila-95156957EC", "ocds-capofila-Z063947806"}; !slices.Equal(ocids, want) {
		t.Errorf("ocids = %v, want %v (CIG order)", ocids, want)
	}

	// The direct award with its contract and payments.
	r := rels[0].(obj)
	j := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	checks := map[string]string{
		"id":                              `"ocds-capofila-8874674CA7-20261016T070000Z"`,
		"date":                            `"2026-10-16T09:00:00+02:00"`,
		"tag":                             `["award","contract","implementation"]`,
		"language":                        `"it"`,
		"buyer":                           `{"id":"IT-CF-00360140446","name":"Comune di San Benedetto del Tronto"}`,
		"planning.budget.projectID":       `"D81B21004560006"`,
		"planning.budget.amount":          `{"amount":1608615.45,"currency":"EUR"}`,
		"tender.id":                       `"8874674CA7"`,
		"tender.status":                   `"complete"`,
		"tender.procurementMethod":        `"direct"`,
		"tender.procurementMethodDetails": `"Affidamento diretto (codice ANAC 23)"`,
		"tender.mainProcurementCategory":  `"services"`,
		"tender.value":                    `{"amount":139500.00,"currency":"EUR"}`,
		"tender.items":                    `[{"classification":{"description":"Servizi informatici: consulenza, sviluppo di software, Internet e supporto","id":"72000000","scheme":"CPV"},"description":"Servizi informatici: consulenza, sviluppo di software, Internet e supporto","id":"1"},{"classification":{"description":"Servizi di programmazione di software applicativi","id":"72212000","scheme":"CPV"},"description":"Servizi di programmazione di software applicativi","id":"2"}]`,
		"tender.numberOfTenderers":        `1`,
		"tender.procuringEntity.id":       `"IT-CF-00360140446"`,
		"awards.0.value":                  `{"amount":135000.50,"currency":"EUR"}`,
		"awards.0.date":                   `"2026-03-02T00:00:00+01:00"`,
		"awards.0.suppliers":              `[{"id":"IT-CF-01234567897","name":"Alfa Informatica S.r.l."}]`,
		"contracts.0.id":                  `"12/2026"`,
		"contracts.0.status":              `"active"`,
		"contracts.0.value":               `{"amount":135000.50,"currency":"EUR"}`,
		"contracts.0.description":         `"Importo al netto di IVA; IVA 29.700,11 €, totale 164.700,61 €."`,
		"contracts.0.dateSigned":          `"2026-03-16T00:00:00+01:00"`,
		"contracts.0.period":              `{"endDate":"2027-03-31T23:59:59+02:00","startDate":"2026-04-01T00:00:00+02:00"}`,
		"contracts.0.implementation.transactions.1": `{"date":"2026-10-15T00:00:00+02:00","id":"M-2026-0733","payee":{"id":"IT-CF-01234567897","name":"Alfa Informatica S.r.l."},"payer":{"id":"IT-CF-00360140446","name":"Comune di San Benedetto del Tronto"},"value":{"amount":40500.15,"currency":"EUR"}}`,
	}
	for path, want := range checks {
		if got := j(at(t, r, path)); got != want {
			t.Errorf("%s = %s, want %s", path, got, want)
		}
	}
	roles := map[string]string{}
	for _, p := range r["parties"].([]any) {
		po := p.(obj)
		roles[po["id"].(string)] = j(po["roles"])
	}
	wantRoles := map[string]string{
		"IT-CF-00360140446": `["buyer","procuringEntity","payer"]`,
		"IT-CF-80008630420": `["funder"]`,
		"IT-CF-01234567897": `["tenderer","supplier","payee"]`,
	}
	if !reflect.DeepEqual(roles, wantRoles) {
		t.Errorf("party roles = %v, want %v", roles, wantRoles)
	}
	lp := r["parties"].([]any)[0].(obj)
	if got := j(lp["identifier"]); got != `{"id":"00360140446","legalName":"Comune di San Benedetto del Tronto","scheme":"IT-CF"}` {
		t.Errorf("lead identifier = %s", got)
	}
	if got := j(lp["address"]); !strings.Contains(got, `"postalCode":"63074"`) {
		t.Errorf("lead address = %s", got)
	}

	// The open procedure won by a grouping: members as tenderers and
	// suppliers, the mandataria paid by default, IVA as additional id.
	r = rels[1].(obj)
	if got := j(r["tag"]); got != `["award","contract","implementation"]` {
		t.Errorf("tags = %s", got)
	}
	if got := j(at(t, r, "tender.procurementMethod")); got != `"open"` {
		t.Errorf("method = %s", got)
	}
	if got := j(at(t, r, "tender.mainProcurementCategory")); got != `"goods"` {
		t.Errorf("category = %s", got)
	}
	if got := j(at(t, r, "tender.tenderers")); got != `[{"id":"IT-IVA-05555555550","name":"Gamma Software S.r.l."},{"id":"IT-CF-BTCLDS80A01H501X","name":"Beta Cloud S.p.A."},{"id":"IT-CF-01234567897","name":"Alfa Informatica S.r.l."}]` {
		t.Errorf("tenderers = %s", got)
	}
	if got := j(at(t, r, "tender.numberOfTenderers")); got != `2` {
		t.Errorf("numberOfTenderers = %s (a grouping is one tender)", got)
	}
	if got := j(at(t, r, "contracts.0.id")); got != `"95156957EC"` {
		t.Errorf("contract id defaults to the CIG, got %s", got)
	}
	if got := j(at(t, r, "contracts.0.implementation.transactions.0.payee.id")); got != `"IT-CF-BTCLDS80A01H501X"` {
		t.Errorf("payee = %s, want the mandataria", got)
	}
	if got := j(at(t, r, "contracts.0.implementation.transactions.0.value.amount")); got != `0.01` {
		t.Errorf("one cent = %s", got)
	}
	if got := j(at(t, r, "date")); got != `"2026-11-23T10:30:00+01:00"` {
		t.Errorf("release date = %s, want the package's", got)
	}
	for _, p := range r["parties"].([]any) {
		po := p.(obj)
		if po["id"] == "IT-CF-BTCLDS80A01H501X" {
			if got := j(po["additionalIdentifiers"]); got != `[{"id":"09876543217","legalName":"Beta Cloud S.p.A.","scheme":"IT-IVA"}]` {
				t.Errorf("additional identifiers = %s", got)
			}
		}
	}

	// The lot not yet awarded: tag tender, no awards or contracts.
	r = rels[2].(obj)
	if got := j(r["tag"]); got != `["tender"]` {
		t.Errorf("tags = %s", got)
	}
	if _, ok := r["awards"]; ok {
		t.Error("awards on a lot not awarded")
	}
	if got := j(at(t, r, "tender.status")); got != `"active"` {
		t.Errorf("status = %s", got)
	}
	if got := j(at(t, r, "tender.procurementMethod")); got != `"limited"` {
		t.Errorf("method = %s", got)
	}
	var foreign string
	for _, p := range r["parties"].([]any) {
		if po := p.(obj); po["name"] == "Delta GmbH" {
			foreign = j(po)
		}
	}
	if foreign != `{"id":"EXT-DE123456789","identifier":{"id":"DE123456789","legalName":"Delta GmbH"},"name":"Delta GmbH","roles":["tenderer"]}` {
		t.Errorf("foreign party = %s", foreign)
	}
}

// at follows a dotted path through objects and arrays.
func at(t *testing.T, v any, path string) any {
	t.Helper()
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case obj:
			var ok bool
			if v, ok = x[k]; !ok {
				t.Fatalf("path %s: no %q", path, k)
			}
		case []any:
			var i int
			if _, err := fmt.Sscan(k, &i); err != nil || i >= len(x) {
				t.Fatalf("path %s: bad index %q", path, k)
			}
			v = x[i]
		default:
			t.Fatalf("path %s: %q on %T", path, k, v)
		}
	}
	return v
}

func TestOCDSDeterministic(t *testing.T) {
	_, a := mustOCDS(t, ocdsFixture())
	d := ocdsFixture()
	slices.Reverse(d.Lots)
	_, b := mustOCDS(t, d)
	if !bytes.Equal(a, b) {
		t.Error("output depends on the order of the lots")
	}
	if !bytes.HasSuffix(a, []byte("}\n")) || !bytes.Contains(a, []byte("\n  \"releases\": [")) {
		t.Error("output is not indented JSON")
	}
}

func TestDecimal(t *testing.T) {
	for cents, want := range map[int64]string{
		0: "0.00", 1: "0.01", 10: "0.10", 12345: "123.45", -5: "-0.05", -12345: "-123.45",
		160861545: "1608615.45", 9007199254740993: "90071992547409.93",
		math.MaxInt64: "92233720368547758.07", math.MinInt64: "-92233720368547758.08",
	} {
		if got := decimal(cents); got != want {
			t.Errorf("decimal(%d) = %s, want %s", cents, got, want)
		}
		// A value beyond float precision stays exact in the JSON.
		b, err := json.Marshal(value{Amount: eurAmount(cents), Currency: "EUR"})
		if err != nil || !strings.Contains(string(b), `"amount":`+want+`,`) {
			t.Errorf("marshal %d = %s, %v", cents, b, err)
		}
	}
}

func TestOCDSErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*OCDSData)
		want   string
	}{
		"prefix":     {func(d *OCDSData) { d.OCIDPrefix = "" }, "OCIDPrefix is required"},
		"uri":        {func(d *OCDSData) { d.URI = "" }, "URI is required"},
		"published":  {func(d *OCDSData) { d.PublishedDate = time.Time{} }, "PublishedDate is required"},
		"publisher":  {func(d *OCDSData) { d.Publisher.Name = "" }, "Publisher.Name is required"},
		"no lots":    {func(d *OCDSData) { d.Lots = nil }, "at least one lot"},
		"no CIG":     {func(d *OCDSData) { d.Lots[0].CIG = "" }, "without CIG"},
		"dup CIG":    {func(d *OCDSData) { d.Lots[1].CIG = d.Lots[0].CIG }, "duplicate lot CIG"},
		"procedure":  {func(d *OCDSData) { d.Lots[0].Procedure = "AUCTION" }, `unknown procedure "AUCTION"`},
		"object":     {func(d *OCDSData) { d.Lots[0].Object = "LAND" }, `unknown object "LAND"`},
		"no award":   {func(d *OCDSData) { d.Lots[1].Award = nil }, "contracts without an award"},
		"vendor id":  {func(d *OCDSData) { d.Lots[0].Tenderers[0] = Vendor{Party: Party{Name: "Senza Codici"}} }, `tenderer "Senza Codici" has no codice fiscale`},
		"dup pay":    {func(d *OCDSData) { p := &d.Lots[1].Contracts[0]; p.Payments[1].ID = p.Payments[0].ID }, "duplicate payment"},
		"pay no id":  {func(d *OCDSData) { d.Lots[1].Contracts[0].Payments[0].ID = "" }, "payment without mandate number"},
		"buyer id":   {func(d *OCDSData) { d.Buyer.TaxCode = "" }, "buyer"},
		"dup contr.": {func(d *OCDSData) { d.Lots[1].Contracts = append(d.Lots[1].Contracts, d.Lots[1].Contracts[0]) }, "duplicate contract"},
	} {
		t.Run(name, func(t *testing.T) {
			d := ocdsFixture()
			tc.mutate(&d)
			_, err := OCDS(d)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestOCDSOptionalParts(t *testing.T) {
	// A minimal package: no funder, no project, no procedure or object.
	d := OCDSData{
		OCIDPrefix:    "ocds-capofila",
		URI:           "https://example.it/p.json",
		PublishedDate: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Publisher:     Publisher{Name: "Comune"},
		Buyer:         lead,
		Lots:          []OCDSLot{{CIG: "8874674CA7", Title: "Lotto"}},
	}
	pkg, b := mustOCDS(t, d)
	checkPackage(t, pkg)
	for _, absent := range []string{`"planning"`, `"procurementMethod"`, `"mainProcurementCategory"`, `"funder"`, `"license"`, `"value"`} {
		if bytes.Contains(b, []byte(absent)) {
			t.Errorf("%s written without data", absent)
		}
	}
}
