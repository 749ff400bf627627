package pdf

import (
	"strings"

	"github.com/capofila/capofila/internal/ledger"
)

// MemberStatement renders one member's statement (scheda ente), A4
// portrait: allocation and spending per expense category, contract shares,
// invoices charged, payments and deliverables.
func MemberStatement(in MemberStatementData) ([]byte, error) {
	d, err := newDoc(in.Header, "Scheda ente", false)
	if err != nil {
		return nil, err
	}

	m := in.Member
	d.title("Scheda ente", orDash(m.Name))
	d.kv(300,
		[2]string{"Ente", orDash(m.Name)},
		[2]string{"Tipo e provincia", orDash(joinNonEmpty(" – ", m.Kind, m.Province))},
		[2]string{"Popolazione", integer(m.Population) + " abitanti" + basisNote(in.PopulationBasis)},
		[2]string{"Progetto", orDash(in.ProjectTitle)},
		[2]string{"CUP", orDash(in.CUP)},
		[2]string{"Ente capofila", orDash(in.LeadName)},
		[2]string{"Situazione al", date(in.AsOf)},
	)

	total, err := categoriesTotal(in.Categories)
	if err != nil {
		return nil, err
	}
	memberCategories(d, in, total)
	memberShares(d, in)
	memberInvoices(d, in)
	memberPayments(d, in)
	memberDeliverables(d, in)
	return d.bytes()
}

// memberCategories writes section 1: the allocation and its progress per category.
func memberCategories(d *doc, in MemberStatementData, sum ledger.Figures) {
	d.section("1. Quota assegnata e avanzamento per categoria di spesa")
	t := d.table(sizeTable,
		column{"Categoria di spesa", 30, false},
		column{"Assegnato", 15.5, true}, column{"Impegnato", 15.5, true}, column{"Fatturato", 15.5, true},
		column{"Pagato", 15.5, true}, column{"Rendicontato", 15.5, true}, column{"Ammesso", 15.5, true},
		column{"Residuo", 15.5, true})
	for _, c := range in.Categories {
		t.add(t.row(c.Category, eur(c.Allocated), eur(c.Committed), eur(c.Invoiced), eur(c.Paid), eur(c.Claimed), eur(c.Admitted), eur(c.Remaining())))
	}
	t.addTotal("Totale", eur(sum.Allocated), eur(sum.Committed), eur(sum.Invoiced), eur(sum.Paid), eur(sum.Claimed), eur(sum.Admitted), eur(sum.Remaining()))
	t.render()
}

// categoriesTotal adds a member's figures up over its categories.
func categoriesTotal(cs []CategoryStatement) (ledger.Figures, error) {
	var sum ledger.Figures
	for _, c := range cs {
		if err := sum.Add(c.Figures); err != nil {
			return ledger.Figures{}, err
		}
	}
	return sum, nil
}

// memberShares writes section 2: the member's shares of the contracts.
func memberShares(d *doc, in MemberStatementData) {
	d.section("2. Quote dei contratti a carico dell'ente")
	t := d.table(sizeTable,
		column{"Contratto", 44, false}, column{"CIG", 17, false}, column{"Operatore economico", 36, false},
		column{"Partita IVA", 17, false}, column{"Quota dell'ente", 19, true})
	var shares int64
	for _, c := range in.CostShares {
		t.add(t.row(c.Contract, orDash(c.CIG), c.Vendor, orDash(c.VendorVAT), eur(c.Amount)))
		shares += c.Amount
	}
	if len(in.CostShares) == 0 {
		t.add(t.note("Nessun contratto."))
	}
	t.addTotal("Totale", "", "", "", eur(shares))
	t.render()
}

// memberInvoices writes section 3: the invoices charged to the member.
func memberInvoices(d *doc, in MemberStatementData) {
	d.section("3. Fatture imputate all'ente")
	t := d.table(sizeTable,
		column{"Fattura", 13.5, false}, column{"Data", 13.5, false}, column{"Fornitore", 29, false}, column{"Partita IVA", 16.5, false},
		column{"CIG", 15.5, false}, column{"Categoria", 21, false}, column{"Totale fattura", 17.5, true}, column{"Imputato all'ente", 17.5, true})
	var charged int64
	for _, f := range in.Invoices {
		t.add(t.row(f.Number, date(f.Date), orDash(f.Vendor), orDash(f.VendorVAT), orDash(f.CIG), orDash(f.Category), eur(f.Total), eur(f.Charged)))
		charged += f.Charged
	}
	if len(in.Invoices) == 0 {
		t.add(t.note("Nessuna fattura imputata."))
	}
	t.addTotal("Totale", "", "", "", "", "", "", eur(charged))
	t.render()
}

// memberPayments writes section 4: the payment mandates.
func memberPayments(d *doc, in MemberStatementData) {
	d.section("4. Mandati di pagamento")
	t := d.table(sizeTable,
		column{"Mandato n.", 18, false}, column{"Data mandato", 16, false}, column{"Fattura", 24, false},
		column{"Importo", 20, true}, column{"Data quietanza", 20, false})
	var paid int64
	for _, p := range in.Payments {
		t.add(t.row(p.MandateNumber, date(p.MandateDate), orDash(p.Invoice), eur(p.Amount), date(p.ReceiptDate)))
		paid += p.Amount
	}
	if len(in.Payments) == 0 {
		t.add(t.note("Nessun mandato di pagamento."))
	}
	t.addTotal("Totale", "", "", eur(paid), "")
	t.render()
}

// memberDeliverables writes section 5: the deliverables.
func memberDeliverables(d *doc, in MemberStatementData) {
	d.section("5. Prodotti")
	t := d.table(sizeTable, column{"Linea", 9, false}, column{"Prodotto", 70, false}, column{"Scadenza", 14, false}, column{"Stato", 16, false})
	for _, v := range in.Deliverables {
		t.add(t.row(v.Line, v.Title, date(v.Due), v.Status.Label()))
	}
	switch {
	case in.DeliverablesWithheld:
		t.add(t.note("I prodotti dell'ente sono visibili ai suoi referenti, al capofila e alla Regione."))
	case len(in.Deliverables) == 0:
		t.add(t.note("Nessun prodotto."))
	}
	t.render()
}

// joinNonEmpty joins the non-blank parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
