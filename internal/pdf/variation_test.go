package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/civil"
)

// fixtureVariationPlan re-plans n members: each moves 1.000,00 € from
// SERV to ATTR, and the first member gives 500,00 € to the second.
func fixtureVariationPlan(n int) VariationPlan {
	var p VariationPlan
	for i := range n {
		name := member(i).Name
		if i >= len(fixtureMembers) {
			name = fmt.Sprintf("%s (%d)", name, i)
		}
		var give int64
		switch i {
		case 0:
			give = -50_000
		case 1:
			give = 50_000
		}
		p.Rows = append(p.Rows,
			VariationRow{Member: name, Category: "Servizi e forniture ICT", Line: "A", Before: 10_000_000, After: 9_900_000 + give},
			VariationRow{Member: name, Category: "Attrezzature", Before: 2_000_000, After: 2_100_000})
		if give != 0 {
			p.Members = append(p.Members, VariationMemberTotal{Member: name, Before: 12_000_000, After: 12_000_000 + give})
		}
		p.TotalBefore += 12_000_000
		p.TotalAfter += 12_000_000 + give
	}
	return p
}

func TestVariationRequest_64Members(t *testing.T) {
	in := VariationRequestData{
		Header:       Header{RegionName: "Regione Marche", LeadName: "Comune di San Benedetto del Tronto", CallTitle: "Avviso Comuni digitali", DocumentID: "DC01TEST", GeneratedAt: time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)},
		ProjectTitle: "Marche Sud digitale", CUP: "B71F26000010006", Number: 3,
		SubmittedOn: civil.New(2026, 12, 7), SubmittedBy: "Maria Rossi",
		Kinds:        []VariationKind{KindReplan, KindEndDateExtension, KindMemberWithdrawal, KindContractModification},
		Reason:       "Il Comune recede con delibera consiliare.\nSi chiede una proroga di sei mesi.",
		EndsOnBefore: civil.New(2029, 12, 31), EndsOnRequested: civil.New(2030, 6, 30), LeavingBody: "Comune di Acquaviva Picena",
		Modifications: []ContractChange{{Contract: "Lotto 1 – CIG B123456789 – Alfa S.r.l.", Number: 1, Basis: "quinto d'obbligo (art. 120, c. 9, D.Lgs. 36/2023)",
			Act: "Determina 88/2026 del 16/02/2026", NetBefore: 10_000_000, NetAfter: 12_000_000, VATBefore: 2_200_000, VATAfter: 2_640_000,
			EndsBefore: civil.New(2027, 6, 30), EndsAfter: civil.New(2027, 6, 30), Status: "Proposta"}},
		Plan: fixtureVariationPlan(64), PlanChanges: true,
		Attachments:   []AttachedFile{{Filename: "delibera-recesso.pdf", SHA256: strings.Repeat("ab", 32)}},
		ContentSHA256: strings.Repeat("0f", 32), Place: "San Benedetto del Tronto",
	}
	data, err := VariationRequest(in)
	if err != nil {
		t.Fatal(err)
	}
	c := checkPDF(t, "variation-request", data)
	if c.pages < 3 {
		t.Errorf("64 members' changes on %d pages, want several", c.pages)
	}
	c.wantFlat(t, "cover", "Richiesta di variazione n. 3", "Regione Marche", "B71F26000010006", "Proroga della data di fine del progetto",
		"Recesso di un ente dall'aggregazione", in.ContentSHA256, "31/12/2029 → 30/06/2030 (richiesta)", "Comune di Acquaviva Picena")
	c.wantFlat(t, "contract", "quinto d'obbligo (art. 120, c. 9, D.Lgs. 36/2023)", "100.000,00 €", "120.000,00 €", "+20.000,00 €")
	c.wantFlat(t, "plan", "-1.500,00 €", "-500,00 €", "+500,00 €", "+1.000,00 €", "Totale del progetto 7.680.000,00 € 7.680.000,00 € 0,00 €")
	c.wantFlat(t, "attachments", "delibera-recesso.pdf", strings.Repeat("ab", 32))
	// Every page after the first repeats the heading row of the grid.
	if n := c.count("Categoria di spesa"); n < c.pages-2 {
		t.Errorf("heading row %d times on %d pages", n, c.pages)
	}
}

func TestVariationDecision_ByLead(t *testing.T) {
	in := VariationDecisionData{
		Header:       Header{RegionName: "Regione Marche", LeadName: "Comune di San Benedetto del Tronto", CallTitle: "Avviso", DocumentID: "DC02", GeneratedAt: time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)},
		ProjectTitle: "Marche Sud digitale", CUP: "B71F26000010006", Number: 4, SubmittedOn: civil.New(2026, 12, 7),
		Kinds: []VariationKind{KindReplan}, Outcome: VariationApproved, ByLead: true, FreeMovePercent: 20,
		Reason: "Entro le regole del bando", DecidedOn: civil.New(2026, 12, 7), DecidedBy: "Maria Rossi",
		PlanVersion: 3, EffectiveFrom: civil.New(2026, 12, 7), EndsOn: civil.New(2030, 6, 30),
		Plan: fixtureVariationPlan(2), PlanChanges: true, ContentSHA256: strings.Repeat("1a", 32),
	}
	data, err := VariationDecision(in)
	if err != nil {
		t.Fatal(err)
	}
	c := checkPDF(t, "variation-decision", data)
	c.wantFlat(t, "decision", "Esito della richiesta di variazione n. 4", "Esito Approvata", "applicata dall'ente capofila entro i limiti del bando",
		"entro il 20% della quota", "Versione del piano n. 3", "30/06/2030", in.ContentSHA256)
	in.Outcome = "MAYBE"
	if _, err := VariationDecision(in); err == nil {
		t.Error("an unknown outcome rendered")
	}
}

func TestVariationDecision_RejectedAndPartial(t *testing.T) {
	base := VariationDecisionData{
		Header:       Header{RegionName: "Regione Marche", LeadName: "Comune di San Benedetto del Tronto", CallTitle: "Avviso", DocumentID: "DC03", GeneratedAt: time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)},
		ProjectTitle: "Marche Sud digitale", CUP: "B71F26000010006", Number: 5, SubmittedOn: civil.New(2026, 11, 30),
		Kinds: []VariationKind{KindReplan, KindEndDateExtension}, DecidedOn: civil.New(2026, 12, 7), DecidedBy: "Giulia Ferri",
		Reason: "La proroga supera quanto necessario.", Place: "Ancona", ContentSHA256: strings.Repeat("2b", 32),
	}
	rejected := base
	rejected.Outcome = VariationRejected
	data, err := VariationDecision(rejected)
	if err != nil {
		t.Fatal(err)
	}
	c := checkPDF(t, "variation-rejected", data)
	c.wantFlat(t, "rejected", "Esito: Respinta", "Esito Respinta", "restano invariati", "Il funzionario della Regione", "Ancona, 07/12/2026")
	if strings.Contains(c.flat, "Versione del piano") {
		t.Error("a rejection names a plan version")
	}
	partial := base
	partial.Outcome, partial.PlanVersion, partial.EffectiveFrom, partial.EndsOn = VariationPartiallyApproved, 2, civil.New(2026, 12, 1), civil.New(2030, 3, 31)
	partial.Plan, partial.PlanChanges = fixtureVariationPlan(3), true
	data, err = VariationDecision(partial)
	if err != nil {
		t.Fatal(err)
	}
	c = checkPDF(t, "variation-partial", data)
	c.wantFlat(t, "partial", "Esito Approvata in parte", "piano approvato (in parte: il piano approvato, non quello richiesto)",
		"Versione del piano n. 2", "In vigore dal 01/12/2026", "Data di fine del progetto 31/03/2030")
}
