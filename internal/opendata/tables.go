package opendata

import (
	"cmp"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
)

// nullDate is nil for the zero Date (an empty cell), else d.
func nullDate(d civil.Date) any {
	if d.IsZero() {
		return nil
	}
	return d
}

// nullInt is nil for 0 (an empty cell), else n.
func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func yesNo(b bool) string {
	if b {
		return "Sì"
	}
	return "No"
}

// BudgetTable is the sheet "Budget": one row per budget line (member ×
// intervention line × expense category × year), sorted by member, line,
// category and year.
func BudgetTable(rows []BudgetRow) Table {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b BudgetRow) int {
		return cmp.Or(
			strings.Compare(a.Member, b.Member),
			strings.Compare(a.LineCode, b.LineCode),
			strings.Compare(a.CategoryCode, b.CategoryCode),
			cmp.Compare(a.Year, b.Year),
		)
	})
	t := Table{
		Name: "Budget",
		Columns: []Column{
			{"Ente", Text},
			{"Codice linea", Text},
			{"Linea di intervento", Text},
			{"Codice categoria", Text},
			{"Categoria di spesa", Text},
			{"Anno", Int},
			{"Importo", Money},
		},
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Member, r.LineCode, r.Line, r.CategoryCode, r.Category, nullInt(r.Year), r.Amount})
	}
	return t
}

// AllocationTable is the sheet "Quote assegnate": one row per member and
// expense category with allocated, committed, invoiced, paid, claimed,
// admitted and remaining amounts and the share spent ("% spesa": paid over
// allocated, empty when nothing is allocated), sorted by member and
// category.
func AllocationTable(rows []AllocationRow) Table {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b AllocationRow) int {
		return cmp.Or(strings.Compare(a.Member, b.Member), strings.Compare(a.CategoryCode, b.CategoryCode))
	})
	t := Table{
		Name: "Quote assegnate",
		Columns: []Column{
			{"Ente", Text},
			{"Codice categoria", Text},
			{"Categoria di spesa", Text},
			{"Assegnato", Money},
			{"Impegnato", Money},
			{"Fatturato", Money},
			{"Pagato", Money},
			{"Rendicontato", Money},
			{"Ammesso", Money},
			{"Residuo", Money},
			{"% spesa", Percent},
		},
	}
	for _, r := range rows {
		var spent any
		if r.Allocated != 0 {
			spent = money.Percent(r.Paid, r.Allocated)
		}
		t.Rows = append(t.Rows, []any{r.Member, r.CategoryCode, r.Category,
			r.Allocated, r.Committed, r.Invoiced, r.Paid, r.Claimed, r.Admitted, r.Remaining(), spent})
	}
	return t
}

// InvoiceTable is the sheet "Fatture": one row per invoice, sorted by date,
// vendor VAT id and number.
func InvoiceTable(rows []InvoiceRow) Table {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b InvoiceRow) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(a.VendorVAT, b.VendorVAT), strings.Compare(a.Number, b.Number))
	})
	t := Table{
		Name: "Fatture",
		Columns: []Column{
			{"Numero fattura", Text},
			{"Data fattura", Date},
			{"Fornitore", Text},
			{"Partita IVA fornitore", Text},
			{"CIG", Text},
			{"CUP", Text},
			{"Imponibile", Money},
			{"IVA", Money},
			{"Totale", Money},
			{"Scissione dei pagamenti", Text},
			{"Pagato", Money},
			{"Data pagamento", Date},
		},
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, []any{r.Number, nullDate(r.Date), r.Vendor, r.VendorVAT, r.CIG, r.CUP,
			r.Taxable, r.VAT, r.Total, yesNo(r.SplitPayment), r.Paid, nullDate(r.PaidOn)})
	}
	return t
}

// ExpenseTable is the sheet "Spese rendicontate": one row per expense item,
// sorted by claim, member, category, invoice date, vendor VAT id and
// invoice number.
func ExpenseTable(rows []ExpenseRow) Table {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b ExpenseRow) int {
		return cmp.Or(
			cmp.Compare(a.ClaimNumber, b.ClaimNumber),
			strings.Compare(a.Member, b.Member),
			strings.Compare(a.CategoryCode, b.CategoryCode),
			a.InvoiceDate.Compare(b.InvoiceDate),
			strings.Compare(a.VendorVAT, b.VendorVAT),
			strings.Compare(a.InvoiceNumber, b.InvoiceNumber),
		)
	})
	t := Table{
		Name: "Spese rendicontate",
		Columns: []Column{
			{"Rendiconto n.", Int},
			{"Ente", Text},
			{"Codice categoria", Text},
			{"Categoria di spesa", Text},
			{"Numero fattura", Text},
			{"Data fattura", Date},
			{"Fornitore", Text},
			{"Partita IVA fornitore", Text},
			{"CIG", Text},
			{"CUP", Text},
			{"Imponibile", Money},
			{"IVA", Money},
			{"Totale fattura", Money},
			{"Importo imputato", Money},
			{"Importo ammesso", Money},
			{"Mandato n.", Text},
			{"Data mandato", Date},
			{"Data quietanza", Date},
		},
	}
	for _, r := range rows {
		var admitted any
		if r.Admitted != nil {
			admitted = *r.Admitted
		}
		t.Rows = append(t.Rows, []any{nullInt(r.ClaimNumber), r.Member, r.CategoryCode, r.Category,
			r.InvoiceNumber, nullDate(r.InvoiceDate), r.Vendor, r.VendorVAT, r.CIG, r.CUP,
			r.Taxable, r.VAT, r.Total, r.Charged, admitted, r.MandateNumber,
			nullDate(r.MandateDate), nullDate(r.ReceiptDate)})
	}
	return t
}
