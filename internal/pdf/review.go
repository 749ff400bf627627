package pdf

import (
	"fmt"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"

	"github.com/capofila/capofila/internal/money"
)

// ReviewMinutes renders the minutes of an auditor's review (verbale di
// controllo di primo livello), A4 portrait: the claim reviewed, the
// checklist, the decision on each expense item, the totals admitted and
// cut, the outcome, comments and the auditor's signature.
func ReviewMinutes(in ReviewMinutesData) ([]byte, error) {
	open := in.Outcome == ""
	if !open && !in.Outcome.Valid() {
		return nil, fmt.Errorf("pdf: unknown review outcome %q", in.Outcome)
	}
	outcome, period := in.Outcome.Label(), fmt.Sprintf("dal %s al %s", date(in.StartedOn), date(in.CompletedOn))
	if open {
		outcome, period = "controllo in corso", fmt.Sprintf("dal %s, in corso", date(in.StartedOn))
	}
	var claimed, admitted int64
	for _, it := range in.Decisions {
		if it.Admitted < 0 || it.Admitted > it.Claimed {
			return nil, fmt.Errorf("pdf: invoice %s (%s): admitted %s outside 0 – %s claimed",
				it.InvoiceNumber, it.Member, eur(it.Admitted), eur(it.Claimed))
		}
		claimed += it.Claimed
		admitted += it.Admitted
	}
	for _, c := range in.Checklist {
		if !c.Result.Valid() {
			return nil, fmt.Errorf("pdf: check %q: unknown result %q", c.Description, c.Result)
		}
	}
	cut := claimed - admitted

	d, err := newDoc(in.Header, "Verbale di controllo", false)
	if err != nil {
		return nil, err
	}
	d.title("Verbale di controllo di primo livello",
		fmt.Sprintf("Rendiconto n. %d del %s – esito: %s", in.ClaimNumber, date(in.ClaimDate), outcome))
	d.kv(320,
		[2]string{"Bando", orDash(in.CallTitle)},
		[2]string{"Amministrazione regionale", orDash(in.RegionName)},
		[2]string{"Progetto", orDash(in.ProjectTitle)},
		[2]string{"CUP", orDash(in.CUP)},
		[2]string{"Beneficiario (ente capofila)", orDash(in.LeadName)},
		[2]string{"Rendiconto controllato", joinNonEmpty(" – ", fmt.Sprintf("n. %d del %s", in.ClaimNumber, date(in.ClaimDate)), docRef(in.ClaimDocumentID))},
		[2]string{"Periodo rendicontato", fmt.Sprintf("dal %s al %s", date(in.PeriodFrom), date(in.PeriodTo))},
		[2]string{"Controllore", orDash(joinNonEmpty(" – ", in.Auditor, in.AuditorOffice))},
		[2]string{"Controllo svolto", period},
		[2]string{"Identificativo del documento", orDash(in.DocumentID)},
		[2]string{"Impronta SHA-256 del contenuto", orDash(strings.ToLower(in.ContentSHA256))},
	)

	reviewChecklist(d, in.Checklist)

	reviewDecisions(d, in.Decisions, claimed, admitted, cut)

	// 3. Outcome.
	d.section("3. Esito")
	d.kv(320,
		[2]string{"Totale rendicontato", eur(claimed)},
		[2]string{"Totale ammesso", eur(admitted) + " (" + percent(money.Percent(admitted, claimed)) + ")"},
		[2]string{"Totale decurtato", eur(cut) + " (" + percent(money.Percent(cut, claimed)) + ")"},
		[2]string{"Esito del controllo", outcome},
	)

	// 4. Comments.
	if in.Comments != "" {
		d.section("4. Osservazioni")
		d.paragraphs(in.Comments, sizeBody)
	}

	if open {
		d.note("Bozza del verbale: il controllo è in corso e le decisioni possono cambiare fino alla sua conclusione.")
		return d.bytes()
	}
	d.signature(placeDate(in.Place, date(in.CompletedOn)), "Il controllore", orDash(in.Auditor), signatureNote,
		row.New(4).Add(col.New(grid)),
		d.para("Letto, confermato e sottoscritto.", sizeBody, fontstyle.Normal, 0))
	return d.bytes()
}

// reviewDecisions writes section 2: the decision on each expense item and
// the totals.
func reviewDecisions(d *doc, decisions []ItemDecision, claimed, admitted, cut int64) {
	d.section("2. Esito del controllo sulle voci di spesa")
	t := d.table(sizeTable,
		column{"Fattura", 12.5, false}, column{"Data", 13.5, false}, column{"Ente", 31, false}, column{"Rendicontato", 17.5, true},
		column{"Ammesso", 17.5, true}, column{"Decurtato", 17.5, true}, column{"Motivazione", 31, false})
	for _, it := range decisions {
		t.add(t.row(it.InvoiceNumber, date(it.InvoiceDate), it.Member, eur(it.Claimed), eur(it.Admitted), eur(it.Claimed-it.Admitted), it.Reason))
	}
	t.addTotal("Totale", "", fmt.Sprintf("%d voci", len(decisions)), eur(claimed), eur(admitted), eur(cut), "")
	t.render()
}

// reviewChecklist writes section 1: the checklist and its counts.
func reviewChecklist(d *doc, checklist []Check) {
	d.section("1. Lista di controllo")
	t := d.table(sizeTable+0.5, column{"Cod.", 9, false}, column{"Verifica", 62, false}, column{"Esito", 17, false}, column{"Note", 42, false})
	counts := map[CheckResult]int{}
	for _, c := range checklist {
		t.add(t.row(c.Code, c.Description, c.Result.Label(), c.Note))
		counts[c.Result]++
	}
	if len(checklist) == 0 {
		t.add(t.note("Nessuna verifica registrata."))
	}
	t.render()
	d.note(fmt.Sprintf("Verifiche: %d conformi, %d non conformi, %d non applicabili.",
		counts[CheckOK], counts[CheckKO], counts[CheckNA]))
}

func docRef(id string) string {
	if id == "" {
		return ""
	}
	return "documento " + id
}
