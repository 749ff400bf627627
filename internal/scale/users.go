package scale

import (
	"fmt"
	"strings"
	"time"
)

// Login is a generated user benchmarks can sign in as (password
// demo.Password).
type Login struct {
	Email, Role, What string
}

// EmailDomain is the domain of every generated user.
const EmailDomain = "scala.capofila.test"

// Emails of the generated users.
func adminEmail() string              { return "admin@" + EmailDomain }
func officerEmail(code string) string { return "funzionario." + code + "@" + EmailDomain }
func auditorEmail(code string) string { return "revisore." + code + "@" + EmailDomain }
func leadEmail(i int) string          { return fmt.Sprintf("capofila.%04d@%s", i+1, EmailDomain) }
func referentEmail(i int) string      { return fmt.Sprintf("referente.%04d@%s", i+1, EmailDomain) }

// users writes an administrator, an officer and an auditor per Region, and
// a lead manager and a member referent (of the second member) per
// aggregation, all with the same password hash.
func (g *generator) users(regions []*region, aggs []*aggregation, hash string) {
	useq, rseq := g.seq("US"), g.seq("RA")
	created := time.Date(2023, 5, 3, 8, 0, 0, 0, time.UTC)
	add := func(email, name, role string, regionID, aggID, bodyID any) string {
		created = created.Add(time.Second)
		id := useq.next(created)
		g.t.users.add(id, created, created, email, name, hash, true, nil)
		g.t.roleAssignments.add(rseq.next(created), created, created, role, regionID, aggID, bodyID, nil, id)
		return id
	}
	add(adminEmail(), "Amministratore (scala nazionale)", "ADMIN", nil, nil, nil)
	for _, r := range regions {
		r.officerID = add(officerEmail(r.code), "Funzionario "+r.body.name, "REGION_OFFICER", r.body.id, nil, nil)
		r.auditorID = add(auditorEmail(r.code), "Revisore "+r.body.name, "AUDITOR", r.body.id, nil, nil)
	}
	for _, a := range aggs {
		add(leadEmail(a.idx), "Responsabile "+a.lead.name, "LEAD_MANAGER", nil, a.id, nil)
		m := a.members[1]
		add(referentEmail(a.idx), "Referente "+m.name, "MEMBER_REFERENT", nil, a.id, m.id)
	}
}

// logins lists the known logins of the first aggregation and its Region.
func logins(regions []*region, a *aggregation) []Login {
	code := a.region.code
	return []Login{
		{adminEmail(), "ADMIN", "amministratore"},
		{officerEmail(code), "REGION_OFFICER", "funzionario, " + a.region.body.name},
		{auditorEmail(code), "AUDITOR", "revisore, " + a.region.body.name},
		{leadEmail(a.idx), "LEAD_MANAGER", fmt.Sprintf("capofila, aggregazione %q (%d enti)", a.name, len(a.members))},
		{referentEmail(a.idx), "MEMBER_REFERENT", strings.TrimPrefix(a.members[1].name, "Comune di ") + ", aggregazione " + a.name},
	}
}
