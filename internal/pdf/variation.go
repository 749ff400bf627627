package pdf

import (
	"fmt"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/core"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// VariationKind is what a variation changes; the values are those of
// Variation.kinds.
type VariationKind string

// The kinds of variation.
const (
	KindReplan               VariationKind = "REPLAN"
	KindEndDateExtension     VariationKind = "END_DATE_EXTENSION"
	KindMemberWithdrawal     VariationKind = "MEMBER_WITHDRAWAL"
	KindMemberAccession      VariationKind = "MEMBER_ACCESSION"
	KindLeadChange           VariationKind = "LEAD_CHANGE"
	KindContractModification VariationKind = "CONTRACT_MODIFICATION"
)

// Label returns the Italian name of the kind ("Proroga della data di
// fine"), or the code itself when unknown.
func (k VariationKind) Label() string {
	switch k {
	case KindReplan:
		return "Rimodulazione del piano delle quote"
	case KindEndDateExtension:
		return "Proroga della data di fine del progetto"
	case KindMemberWithdrawal:
		return "Recesso di un ente dall'aggregazione"
	case KindMemberAccession:
		return "Ingresso di un ente nell'aggregazione"
	case KindLeadChange:
		return "Cambio dell'ente capofila"
	case KindContractModification:
		return "Modifica di contratti in esecuzione (art. 120 D.Lgs. 36/2023)"
	}
	return string(k)
}

// VariationOutcome is the Region's decision on a variation; the values are
// those of Variation.status.
type VariationOutcome string

// The outcomes of a variation.
const (
	VariationApproved          VariationOutcome = "APPROVED"
	VariationPartiallyApproved VariationOutcome = "PARTIALLY_APPROVED"
	VariationRejected          VariationOutcome = "REJECTED"
)

// Label returns the Italian outcome ("Approvata", "Approvata in parte",
// "Respinta"), or the code itself when unknown.
func (o VariationOutcome) Label() string {
	switch o {
	case VariationApproved:
		return "Approvata"
	case VariationPartiallyApproved:
		return "Approvata in parte"
	case VariationRejected:
		return "Respinta"
	}
	return string(o)
}

// VariationPlan is a variation's before/after grid, as the PDFs print it:
// only the cells that change, the totals of the members whose total
// changes, and the project's totals.
type VariationPlan struct {
	// Rows are the cells that change, grouped by member (in order).
	Rows []VariationRow
	// Members are the totals of the members whose total changes.
	Members []VariationMemberTotal
	// TotalBefore and TotalAfter are the project's totals.
	TotalBefore, TotalAfter int64
}

// VariationRow is one cell of the grid: a member, a category and
// optionally an intervention line.
type VariationRow struct {
	Member, Category, Line string
	Before, After          int64
}

// VariationMemberTotal is a member's total before and after.
type VariationMemberTotal struct {
	Member        string
	Before, After int64
}

// ContractChange is a contract modification a variation lists.
type ContractChange struct {
	// Contract names the contract: lot, CIG, contractor.
	Contract string
	// Number is the modification's number within its contract.
	Number int
	// Basis is the legal basis in words, with its provision.
	Basis string
	// Act is the act ordering it ("Determina 88/2026 del 16/02/2026").
	Act string
	// The contract's amounts net of VAT, its VAT and its end before and
	// after.
	NetBefore, NetAfter   int64
	VATBefore, VATAfter   int64
	EndsBefore, EndsAfter civil.Date
	// Status is the modification's state in words ("Proposta").
	Status string
}

// AttachedFile is a file attached to a request, identified by its SHA-256.
type AttachedFile struct {
	Filename string
	SHA256   string
}

// VariationRequestData is a lead's request to change a funded project
// (richiesta di variazione).
type VariationRequestData struct {
	Header
	ProjectTitle string
	CUP          string
	Number       int
	// SubmittedOn and SubmittedBy: zero for a draft.
	SubmittedOn civil.Date
	SubmittedBy string
	Kinds       []VariationKind
	Reason      string
	// EndsOnBefore and EndsOnRequested: an extension's end dates.
	EndsOnBefore, EndsOnRequested civil.Date
	// EffectiveFrom is the day the lead asks the change to apply from
	// (zero: the decision day).
	EffectiveFrom civil.Date
	// LeavingBody, JoiningBody and NewLead name the bodies concerned.
	LeavingBody, JoiningBody, NewLead string
	Modifications                     []ContractChange
	// Plan is the proposed plan against the plan in force; PlanChanges
	// says whether the request proposes a new plan at all.
	Plan        VariationPlan
	PlanChanges bool
	Attachments []AttachedFile
	// ContentSHA256 is the hex SHA-256 of the request's content, computed
	// by the caller and printed on the cover.
	ContentSHA256 string
	Place         string
}

// VariationDecisionData is the decision on a variation (esito della
// richiesta di variazione).
type VariationDecisionData struct {
	Header
	ProjectTitle string
	CUP          string
	Number       int
	SubmittedOn  civil.Date
	// RequestDocumentID is the frozen request's document, if any.
	RequestDocumentID string
	Kinds             []VariationKind
	Outcome           VariationOutcome
	// ByLead is true for a re-plan the lead applied alone within the
	// call's free-move limit (FreeMovePercent).
	ByLead          bool
	FreeMovePercent int
	Reason          string
	DecidedOn       civil.Date
	DecidedBy       string
	// PlanVersion, EffectiveFrom and EndsOn: the plan version made in force
	// (zero when rejected).
	PlanVersion   int
	EffectiveFrom civil.Date
	EndsOn        civil.Date
	// Plan is the approved plan against the one before it.
	Plan        VariationPlan
	PlanChanges bool
	// ContentSHA256 is the hex SHA-256 of the decision's content.
	ContentSHA256 string
	Place         string
}

// VariationRequest renders a variation request, A4 portrait: the cover
// with the project, the kinds and the reason, what changes (end date,
// members, lead), the contract modifications, the plan's changes per
// member and category with the members' and the project's totals, the
// attachments with their SHA-256, and the lead's signature.
func VariationRequest(in VariationRequestData) ([]byte, error) {
	if err := checkPlan(in.Plan); err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Richiesta di variazione n. %d", in.Number)
	d, err := newDoc(in.Header, title, false)
	if err != nil {
		return nil, err
	}
	presented := "non ancora presentata (bozza)"
	if !in.SubmittedOn.IsZero() {
		presented = "presentata il " + date(in.SubmittedOn)
		if in.SubmittedBy != "" {
			presented += " da " + in.SubmittedBy
		}
	}
	d.title(title, "Variazione del progetto finanziato – "+presented)
	d.kv(340,
		[2]string{"Amministrazione regionale", orDash(in.RegionName)},
		[2]string{"Bando", orDash(in.CallTitle)},
		[2]string{"Progetto", orDash(in.ProjectTitle)},
		[2]string{"CUP", orDash(in.CUP)},
		[2]string{"Ente capofila", orDash(in.LeadName)},
		[2]string{"Tipo di variazione", kindLabels(in.Kinds)},
		[2]string{"Identificativo del documento", orDash(in.DocumentID)},
		[2]string{"Impronta SHA-256 del contenuto", orDash(strings.ToLower(in.ContentSHA256))},
	)

	d.section("1. Motivazione")
	d.paragraphs(orDash(in.Reason), sizeBody)

	d.section("2. Oggetto della richiesta")
	var pairs [][2]string
	if !in.EndsOnRequested.IsZero() {
		pairs = append(pairs, [2]string{"Data di fine del progetto", fmt.Sprintf("%s → %s (richiesta)", date(in.EndsOnBefore), date(in.EndsOnRequested))})
	}
	if in.LeavingBody != "" {
		pairs = append(pairs, [2]string{"Ente che recede", in.LeavingBody})
	}
	if in.JoiningBody != "" {
		pairs = append(pairs, [2]string{"Ente che entra nell'aggregazione", in.JoiningBody})
	}
	if in.NewLead != "" {
		pairs = append(pairs, [2]string{"Nuovo ente capofila", in.NewLead})
	}
	effective := "dalla data della decisione"
	if !in.EffectiveFrom.IsZero() {
		effective = "dal " + date(in.EffectiveFrom)
	}
	pairs = append(pairs, [2]string{"Decorrenza richiesta", effective})
	plan := "invariato"
	if in.PlanChanges {
		plan = fmt.Sprintf("nuovo piano proposto: %d voci cambiano, %d enti cambiano quota (sezione 4)", len(in.Plan.Rows), len(in.Plan.Members))
	}
	pairs = append(pairs, [2]string{"Piano delle quote", plan})
	d.kv(340, pairs...)

	section := 3
	if len(in.Modifications) > 0 {
		d.section(fmt.Sprintf("%d. Modifiche contrattuali da rendere efficaci", section))
		contractChanges(d, in.Modifications)
		section++
	}
	if in.PlanChanges {
		planTables(d, section, "proposto", in.Plan)
		section++
	}
	d.section(fmt.Sprintf("%d. Allegati", section))
	t := d.table(sizeTable, column{"N.", 5, true}, column{"File", 45, false}, column{"Impronta SHA-256", 80, false})
	for i, a := range in.Attachments {
		t.add(t.row(integer(i+1), a.Filename, strings.ToLower(a.SHA256)))
	}
	if len(in.Attachments) == 0 {
		t.add(t.note("Nessun allegato."))
	}
	t.render()

	if in.SubmittedOn.IsZero() {
		d.note("Bozza della richiesta: non è stata presentata e può cambiare fino alla presentazione.")
		return d.bytes()
	}
	d.signature(placeDate(in.Place, date(in.SubmittedOn)), "Per l'ente capofila", orDash(in.SubmittedBy), signatureNote)
	return d.bytes()
}

// VariationDecision renders the decision on a variation, A4 portrait: the
// request decided, the outcome and its reason, the plan version made in
// force with its dates, and the approved changes of the plan.
func VariationDecision(in VariationDecisionData) ([]byte, error) {
	switch in.Outcome {
	case VariationApproved, VariationPartiallyApproved, VariationRejected:
	default:
		return nil, fmt.Errorf("pdf: unknown variation outcome %q", in.Outcome)
	}
	if err := checkPlan(in.Plan); err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Esito della richiesta di variazione n. %d", in.Number)
	d, err := newDoc(in.Header, title, false)
	if err != nil {
		return nil, err
	}
	d.title(title, fmt.Sprintf("Esito: %s – decisa il %s", in.Outcome.Label(), date(in.DecidedOn)))
	decider := orDash(in.DecidedBy)
	if in.ByLead {
		decider = joinNonEmpty(" – ", in.DecidedBy, "ente capofila "+in.LeadName)
	}
	d.kv(340,
		[2]string{"Amministrazione regionale", orDash(in.RegionName)},
		[2]string{"Bando", orDash(in.CallTitle)},
		[2]string{"Progetto", orDash(in.ProjectTitle)},
		[2]string{"CUP", orDash(in.CUP)},
		[2]string{"Ente capofila", orDash(in.LeadName)},
		[2]string{"Richiesta", joinNonEmpty(" – ", fmt.Sprintf("n. %d presentata il %s", in.Number, date(in.SubmittedOn)), docRef(in.RequestDocumentID))},
		[2]string{"Tipo di variazione", kindLabels(in.Kinds)},
		[2]string{"Esito", in.Outcome.Label()},
		[2]string{"Data della decisione", date(in.DecidedOn)},
		[2]string{"Decisa da", decider},
		[2]string{"Identificativo del documento", orDash(in.DocumentID)},
		[2]string{"Impronta SHA-256 del contenuto", orDash(strings.ToLower(in.ContentSHA256))},
	)
	if in.ByLead {
		d.note(fmt.Sprintf("Variazione applicata dall'ente capofila entro i limiti del bando: gli spostamenti restano all'interno della quota di ciascun ente, "+
			"tra le sue categorie di spesa, entro il %d%% della quota; non richiede l'approvazione della Regione.", in.FreeMovePercent))
	}

	d.section("1. Motivazione della decisione")
	d.paragraphs(orDash(in.Reason), sizeBody)

	if in.Outcome == VariationRejected {
		d.section("2. Effetti")
		d.paragraphs("La variazione è respinta: il piano del progetto, la data di fine, gli enti dell'aggregazione e i contratti restano invariati.", sizeBody)
	} else {
		d.section("2. Piano in vigore")
		d.kv(340,
			[2]string{"Versione del piano", fmt.Sprintf("n. %d", in.PlanVersion)},
			[2]string{"In vigore dal", date(in.EffectiveFrom)},
			[2]string{"Data di fine del progetto", date(in.EndsOn)},
		)
		if in.PlanChanges {
			what := "approvato"
			if in.Outcome == VariationPartiallyApproved {
				what = "approvato (in parte: il piano approvato, non quello richiesto)"
			}
			planTables(d, 3, what, in.Plan)
		} else {
			d.note("Il piano delle quote non cambia.")
		}
	}
	role := "Il funzionario della Regione"
	if in.ByLead {
		role = "Per l'ente capofila"
	}
	d.signature(placeDate(in.Place, date(in.DecidedOn)), role, orDash(in.DecidedBy), signatureNote)
	return d.bytes()
}

// checkPlan refuses amounts outside the bounds of money (their deltas and
// sums could overflow).
func checkPlan(p VariationPlan) error {
	for _, r := range p.Rows {
		if r.Before < 0 || r.After < 0 || r.Before > money.MaxCents || r.After > money.MaxCents {
			return fmt.Errorf("pdf: %s, %s: amount outside 0 – %s", r.Member, r.Category, eur(money.MaxCents))
		}
	}
	for _, m := range p.Members {
		if m.Before < 0 || m.After < 0 || m.Before > money.MaxCents || m.After > money.MaxCents {
			return fmt.Errorf("pdf: %s: total outside 0 – %s", m.Member, eur(money.MaxCents))
		}
	}
	if p.TotalBefore < 0 || p.TotalAfter < 0 || p.TotalBefore > money.MaxCents || p.TotalAfter > money.MaxCents {
		return fmt.Errorf("pdf: project total outside 0 – %s", eur(money.MaxCents))
	}
	return nil
}

// planTables writes the plan's changes: per member the cells that change,
// then the totals of the members whose total changes and the project's.
func planTables(d *doc, n int, what string, p VariationPlan) {
	d.section(fmt.Sprintf("%d. Piano delle quote: prima e dopo la variazione", n))
	d.subsection(fmt.Sprintf("%d.1 Voci che cambiano, per ente e categoria di spesa (piano %s)", n, what))
	t := d.table(sizeTable, column{"Categoria di spesa", 46, false}, column{"Linea", 14, false},
		column{"Prima", 22, true}, column{"Dopo", 22, true}, column{"Variazione", 22, true})
	for i := 0; i < len(p.Rows); {
		member := p.Rows[i].Member
		block := []core.Row{t.group(member)}
		for ; i < len(p.Rows) && p.Rows[i].Member == member; i++ {
			r := p.Rows[i]
			block = append(block, t.indented(r.Category, orDash(r.Line), eur(r.Before), eur(r.After), signedEUR(r.After-r.Before)))
		}
		t.add(block...)
	}
	if len(p.Rows) == 0 {
		t.add(t.note("Nessuna voce cambia."))
	}
	t.render()

	d.subsection(fmt.Sprintf("%d.2 Totali degli enti la cui quota cambia", n))
	m := d.table(sizeTable, column{"Ente", 60, false}, column{"Prima", 22, true}, column{"Dopo", 22, true}, column{"Variazione", 22, true})
	for _, r := range p.Members {
		m.add(m.row(r.Member, eur(r.Before), eur(r.After), signedEUR(r.After-r.Before)))
	}
	if len(p.Members) == 0 {
		m.add(m.note("La quota complessiva di ciascun ente non cambia."))
	}
	m.addTotal("Totale del progetto", eur(p.TotalBefore), eur(p.TotalAfter), signedEUR(p.TotalAfter-p.TotalBefore))
	m.render()
}

// contractChanges lists the contract modifications of a request.
func contractChanges(d *doc, mods []ContractChange) {
	for _, m := range mods {
		d.subsection(fmt.Sprintf("Modifica n. %d – %s", m.Number, orDash(m.Contract)))
		d.kv(340,
			[2]string{"Base giuridica", orDash(m.Basis)},
			[2]string{"Atto", orDash(m.Act)},
			[2]string{"Stato", orDash(m.Status)},
		)
		t := d.table(sizeTable, column{"", 40, false}, column{"Prima", 25, true}, column{"Dopo", 25, true}, column{"Variazione", 25, true})
		t.add(t.row("Importo netto", eur(m.NetBefore), eur(m.NetAfter), signedEUR(m.NetAfter-m.NetBefore)))
		t.add(t.row("IVA", eur(m.VATBefore), eur(m.VATAfter), signedEUR(m.VATAfter-m.VATBefore)))
		t.add(t.row("Fine dell'esecuzione", date(m.EndsBefore), date(m.EndsAfter), ""))
		t.render()
	}
}

// kindLabels lists the kinds in words, one per line.
func kindLabels(kinds []VariationKind) string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.Label()
	}
	return orDash(strings.Join(out, "; "))
}

// signedEUR formats a change: "+1.234,50 €", "-1.234,50 €", "0,00 €".
func signedEUR(cents int64) string {
	if cents > 0 {
		return "+" + eur(cents)
	}
	return eur(cents)
}
