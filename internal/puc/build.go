package puc

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/civil"
)

// Body is a public body or an economic operator as the feed identifies it.
type Body struct {
	Name string
	// TaxID is the codice fiscale (or, for an operator without one, the
	// partita IVA).
	TaxID string
	// IPA is the body's code in the IPA index (COD_UNI_IPA); optional.
	IPA string
	// LegalForm is FORMA_GIURIDICA (TC25).
	LegalForm string
	// Public is true for a public body.
	Public bool
}

// Location is a comune of the project (AP06).
type Location struct {
	// ISTAT is the comune's 6-digit code, "044066".
	ISTAT string
	// RegionCode is the region's 2-digit ISTAT code, "11".
	RegionCode string
}

// Payment is a payment mandate of the lead, paid (quietanzato).
type Payment struct {
	// Mandate is the mandate's number; Year the year of its date.
	Mandate string
	Year    int
	// PaidOn is the day the treasurer paid (quietanza).
	PaidOn civil.Date
	// Cents is the amount.
	Cents int64
	// Treasury is true for the VAT or withholding tax paid by F24.
	Treasury bool
	// Payee is who received the money.
	Payee Body
}

// Contract is a contract of a lot: a commitment (impegno).
type Contract struct {
	// SignedOn is the day it was signed; Cents its amount with VAT.
	SignedOn civil.Date
	Cents    int64
	// Reference is the contract's reference, written in the note.
	Reference string
	// Terminated contracts are written as a release (disimpegno).
	Terminated bool
	// StartsOn and EndsOn bound its execution.
	StartsOn, EndsOn civil.Date
	// Vendor is the supplier.
	Vendor Body
	// Payments are the paid mandates of its invoices.
	Payments []Payment
}

// Lot is a lot (one CIG) of a procurement procedure.
type Lot struct {
	CIG string
	// Description is the procedure's and the lot's title.
	Description string
	// ProcedureCode is the ANAC code of the procedure type (TC23).
	ProcedureCode string
	// BaseCents is the base amount; AwardCents the award (nil: none).
	BaseCents  int64
	AwardCents *int64
	// StartedOn is the procedure's start (publication or determina);
	// AwardedOn the award's date.
	StartedOn, AwardedOn civil.Date
	Contracts            []Contract
}

// Transfer is a payment from the Region to the lead (erogazione).
type Transfer struct {
	// Kind is ADVANCE, INTERIM or BALANCE.
	Kind   string
	PaidOn civil.Date
	Cents  int64
}

// Input is everything the feed of one project is built from.
type Input struct {
	Settings Settings
	// AsOf is the reference date of the feed (PR01).
	AsOf civil.Date
	// CallID, CallTitle, CallOpens, CallCloses and CallBudget describe the
	// call (the activation procedure).
	CallID                string
	CallTitle             string
	CallOpens, CallCloses civil.Date
	CallBudgetCents       int64
	// Region is the call's issuer; Lead the aggregation's lead; Members the
	// other members.
	Region, Lead Body
	Members      []Body
	// CUP, Title, Summary, StartsOn, EndsOn and Status describe the
	// project; Status is Project.status.
	CUP, Title, Summary string
	StartsOn, EndsOn    civil.Date
	Status              string
	// The grant's shares and the co-financing, in cents.
	EUCents, StateCents, RegionCents, OwnCents int64
	// Categories are the allocations per expense category code, in the
	// call's order.
	Categories []CategoryAmount
	Locations  []Location
	Lots       []Lot
	Transfers  []Transfer
	// Deliverables count, per intervention line code, the member bodies
	// with a deliverable of the line (planned) and those with one accepted.
	Deliverables map[string][2]int
}

// CategoryAmount is the money of an expense category.
type CategoryAmount struct {
	Code  string
	Cents int64
}

// Build returns the feed of one project and the problems found while
// building it (warnings of things Capofila could not write, and errors of
// missing settings; the records themselves are checked by [Validate]).
func Build(in Input) (*Feed, []Problem) {
	f := NewFeed()
	var ps []Problem
	warn := func(fam, msg string) {
		ps = append(ps, Problem{Family: fam, Rule: RuleSource, Message: msg, Warning: true})
	}
	s := in.Settings
	loc := in.CUP
	callLocal := in.CallID

	// Activation procedure (the call).
	f.Add("PA00", s.Procedure, clean(callLocal, 30), "", s.ProcedureType, "N", clean(in.CallTitle, 255),
		s.Responsible, clean(in.Region.Name, 255), FmtDate(in.CallOpens), FmtDate(in.CallCloses), "")
	f.Add("PA01", s.Procedure, s.Programme, FmtAmount(in.CallBudgetCents), "")

	// Transfers from the Region.
	n := map[string]int{}
	for _, t := range in.Transfers {
		cause := map[string]string{"ADVANCE": "1", "INTERIM": "2", "BALANCE": "3"}[t.Kind]
		n[t.Kind]++
		f.Add("TR00", fmt.Sprintf("%s-%s-%d", loc, t.Kind, n[t.Kind]), FmtDate(t.PaidOn), s.Programme, cause,
			FmtAmount(t.Cents), in.Lead.TaxID, "S", "")
	}

	// Project registry, classifications, location.
	end := ""
	if in.Status == "COMPLETED" || in.Status == "CLOSED" {
		end = FmtDate(latestEnd(in))
	}
	f.Add("AP00", loc, clean(in.Title, 500), clean(cmp.Or(in.Summary, in.Title), 1300), s.OperationType, in.CUP, s.AidType,
		FmtDate(in.StartsOn), FmtDate(in.EndsOn), end, "", "", "")
	f.Add("AP01", loc, s.Procedure, "")
	f.Add("AP02", loc, "", "", "N", "", "N", s.Localization, s.Vulnerable, "")
	for _, c := range s.Classifications {
		f.Add("AP03", loc, s.Programme, c[0], c[1], "")
	}
	state := "1"
	if in.Status == "REVOKED" {
		state = "2"
	}
	f.Add("AP04", loc, s.Programme, state, "")
	for _, l := range in.Locations {
		if len(l.ISTAT) != 6 || len(l.RegionCode) != 2 {
			warn("AP06", fmt.Sprintf("Il comune con codice ISTAT %q non ha un codice valido: non è localizzato.", l.ISTAT))
			continue
		}
		f.Add("AP06", loc, "0"+l.RegionCode, l.ISTAT[:3], l.ISTAT[3:], "", "", "")
	}

	// Award procedures.
	for _, l := range in.Lots {
		award, awardedOn := "", ""
		if l.AwardCents != nil {
			award, awardedOn = FmtAmount(*l.AwardCents), FmtDate(l.AwardedOn)
		}
		f.Add("PG00", loc, l.CIG, l.CIG, "", clean(l.Description, 1500), l.ProcedureCode, FmtAmount(l.BaseCents),
			FmtDate(l.StartedOn), award, awardedOn, "")
	}

	// Linked subjects: the Region programmes, the lead is the beneficiary
	// and implements with the members, the suppliers carry it out.
	subject := func(role string, b Body, note string) {
		if b.TaxID == "" {
			warn("SC00", fmt.Sprintf("%s non ha codice fiscale: non può essere indicato come soggetto collegato (ruolo %s, %s). Completare l'anagrafica.",
				b.Name, role, TabRuoloSoggetto.Codes[role]))
			return
		}
		pub := "N"
		if b.Public {
			pub = "S"
		}
		f.Add("SC00", loc, role, b.TaxID, pub, b.IPA, clean(b.Name, 255), b.LegalForm, "", clean(note, 1000), "")
	}
	subject("1", in.Region, "")
	subject("2", in.Lead, "Ente capofila dell'aggregazione")
	subject("3", in.Lead, "Ente capofila: gestisce le procedure di affidamento per conto degli enti associati")
	for _, m := range in.Members {
		subject("3", m, "Ente associato")
	}
	seen := map[string]bool{}
	for _, l := range in.Lots {
		for _, c := range l.Contracts {
			if seen[c.Vendor.TaxID] && c.Vendor.TaxID != "" {
				continue
			}
			seen[c.Vendor.TaxID] = true
			subject("4", c.Vendor, "Aggiudicatario CIG "+l.CIG)
		}
	}

	// Finances.
	for _, part := range []struct {
		key   string
		cents int64
	}{{"EU", in.EUCents}, {"STATE", in.StateCents}, {"REGION", in.RegionCents}, {"OWN", in.OwnCents}} {
		if part.cents == 0 {
			continue
		}
		cf := ""
		if part.key == "OWN" {
			cf = in.Lead.TaxID
		}
		f.Add("FN00", loc, s.Funds[part.key], s.Norm, s.CIPE, "", cf, FmtAmount(part.cents), "")
	}
	admitted := in.EUCents + in.StateCents + in.RegionCents + in.OwnCents
	f.Add("FN01", loc, s.Programme, s.Level, FmtAmount(admitted), "")
	for _, c := range in.Categories {
		item := s.ExpenseItems[c.Code]
		if item == "" {
			ps = append(ps, Problem{Family: "FN02", Field: "VOCE_SPESA", Rule: RuleMandatory, Message: fmt.Sprintf(
				"La categoria di spesa %s non ha una voce del quadro economico: aggiungere VOCE_SPESA:%s=<voce> alle impostazioni di monitoraggio del bando.", c.Code, c.Code)})
		}
		f.Add("FN02", loc, item, FmtAmount(c.Cents), "")
	}
	type paid struct {
		code, date string
		cents      int64
		payee      Body
		treasury   bool
	}
	var pays []*paid
	byCode := map[string]*paid{}
	for _, l := range in.Lots {
		for i, c := range l.Contracts {
			kind, cause := "I", ""
			if c.Terminated {
				kind, cause = "D", "99"
			}
			f.Add("FN04", loc, fmt.Sprintf("%s-%d", l.CIG, i+1), kind, FmtDate(c.SignedOn), FmtAmount(c.Cents), cause,
				clean("Contratto "+c.Reference, 1000), "")
			for _, p := range c.Payments {
				code := fmt.Sprintf("%s/%d", p.Mandate, p.Year)
				if p.Treasury {
					code = "F24-" + code
				}
				key := code + "|" + FmtDate(p.PaidOn)
				if have := byCode[key]; have != nil {
					have.cents += p.Cents
					continue
				}
				np := &paid{code: code, date: FmtDate(p.PaidOn), cents: p.Cents, payee: p.Payee, treasury: p.Treasury}
				byCode[key] = np
				pays = append(pays, np)
			}
		}
	}
	slices.SortStableFunc(pays, func(a, b *paid) int {
		return cmp.Or(strings.Compare(revDate(a.date), revDate(b.date)), strings.Compare(a.code, b.code))
	})
	for _, p := range pays {
		f.Add("FN06", loc, p.code, "P", p.date, FmtAmount(p.cents), "INT", "", "")
	}
	for _, p := range pays {
		kind, pub := "1", "N"
		if p.treasury {
			kind, pub = "4", "S"
		} else if p.payee.Public {
			kind, pub = "2", "S"
		}
		f.Add("FN08", loc, p.code, "P", p.date, p.payee.TaxID, pub, kind, FmtAmount(p.cents), "")
	}

	// Output indicators.
	for _, ind := range s.Indicators {
		var planned, done int
		for line, c := range in.Deliverables {
			if ind.Line == "" || ind.Line == line {
				planned += c[0]
				done += c[1]
			}
		}
		f.Add("IN01", loc, ind.Kind, ind.Code, FmtCount(planned), FmtCount(done), "")
	}

	// Steps and state.
	firstStart, lastSigned, firstExec := civil.Date{}, civil.Date{}, civil.Date{}
	allSigned := len(in.Lots) > 0
	for _, l := range in.Lots {
		if !l.StartedOn.IsZero() && (firstStart.IsZero() || l.StartedOn.Before(firstStart)) {
			firstStart = l.StartedOn
		}
		if len(l.Contracts) == 0 {
			allSigned = false
		}
		for _, c := range l.Contracts {
			if c.SignedOn.After(lastSigned) {
				lastSigned = c.SignedOn
			}
			if !c.StartsOn.IsZero() && !c.StartsOn.After(in.AsOf) && (firstExec.IsZero() || c.StartsOn.Before(firstExec)) {
				firstExec = c.StartsOn
			}
		}
	}
	signEnd := ""
	if allSigned {
		signEnd = FmtDate(lastSigned)
	}
	f.Add("PR00", loc, "0201", FmtDate(in.StartsOn), FmtDate(firstStart), FmtDate(in.StartsOn), signEnd, "")
	f.Add("PR00", loc, "0202", FmtDate(in.StartsOn), FmtDate(firstExec), FmtDate(in.EndsOn), end, "")
	stato := map[string]string{"SUSPENDED": "4", "COMPLETED": "3", "CLOSED": "5", "REVOKED": "6"}[in.Status]
	if stato == "" {
		stato = "1"
		if !firstExec.IsZero() {
			stato = "2"
		}
	}
	f.Add("PR01", loc, stato, FmtDate(in.AsOf), "")

	for _, need := range []struct{ v, key string }{{s.Programme, KeyProgramme}, {s.Procedure, KeyProcedure},
		{s.OperationType, KeyOperationType}, {s.Level, KeyLevel}} {
		if need.v == "" {
			ps = append(ps, Problem{Family: "PA00", Rule: RuleMandatory, Field: need.key, Message: fmt.Sprintf(
				"Manca %s nelle impostazioni di monitoraggio del bando: lo assegna il sistema di monitoraggio della Regione o dello Stato.", need.key)})
		}
	}
	return f, ps
}

// latestEnd is the end of the last contract, or the planned end.
func latestEnd(in Input) civil.Date {
	var d civil.Date
	for _, l := range in.Lots {
		for _, c := range l.Contracts {
			if c.EndsOn.After(d) {
				d = c.EndsOn
			}
		}
	}
	if d.IsZero() {
		return in.EndsOn
	}
	return d
}

// revDate turns DD/MM/YYYY into YYYYMMDD for sorting.
func revDate(s string) string {
	if len(s) != 10 {
		return s
	}
	return s[6:] + s[3:5] + s[:2]
}
