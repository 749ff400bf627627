package funding

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/sheet"
)

// RowError is a problem in one cell of an imported grid: row (1 is the
// header), column (its header) and reason.
type RowError struct {
	Row    int
	Column string
	Reason string
}

// MaxImportBytes caps an imported budget file.
const MaxImportBytes = 5 << 20

// The columns of a budget grid, by their normalized header. A member is
// identified by its ISTAT code or, failing that, its codice fiscale.
var gridColumns = map[string]string{
	"codiceistat": "istat", "istat": "istat",
	"codicefiscale": "cf", "cf": "cf",
	"ente":  "ente",
	"linea": "linea", "lineadiintervento": "linea",
	"categoria": "categoria", "categoriadispesa": "categoria",
	"anno": "anno", "annodiprogetto": "anno",
	"importo": "importo", "importoeuro": "importo", "importo€": "importo",
	"note": "note", "nota": "note",
}

// ImportBudget reads a budget grid from a CSV (comma or semicolon separated,
// UTF-8) or XLSX file and writes it with SetBudgetLines. Every row is
// checked first; if any cell is wrong, all the errors are returned (row,
// column, reason) and nothing is saved. Same permissions as SetBudgetLines.
func (s *Service) ImportBudget(ctx context.Context, appID pulid.ID, filename string, r io.Reader) (*Evaluation, []RowError, error) {
	ev, err := s.Evaluate(ctx, appID)
	if err != nil {
		return nil, nil, err
	}
	app := ev.Application
	if err := authz.Require(ctx, "BudgetLine", authz.ActUpdate, scopeOf(app.TenantAggregationID, app.TenantRegionID)); err != nil {
		return nil, nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxImportBytes+1))
	if err != nil {
		return nil, nil, err
	}
	if len(data) > MaxImportBytes {
		return nil, nil, apperr.InvalidField("file", "import.too_large", "Il file supera i 5 MB.")
	}
	lim := sheet.DefaultLimits
	lim.MaxBytes = MaxImportBytes
	records, err := sheet.Read(filename, data, lim)
	if err != nil {
		return nil, nil, err
	}
	rows, rowErrs := s.parseGrid(ev, records)
	if len(rowErrs) > 0 {
		return nil, rowErrs, nil
	}
	ev, err = s.SetBudgetLines(ctx, appID, rows)
	return ev, nil, err
}

func normalizeHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '€' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parseGrid maps the cells of a grid to budget lines, collecting every
// error.
func (s *Service) parseGrid(ev *Evaluation, records [][]string) ([]LineInput, []RowError) {
	if len(records) < 2 {
		return nil, []RowError{{Row: 1, Column: "", Reason: "Il file non contiene righe di budget dopo l'intestazione."}}
	}
	col, errs := gridHeader(records[0])
	if len(errs) > 0 {
		return nil, errs
	}
	g := newGrid(ev, col)
	var rows []LineInput
	seen := map[gridKey]int{}
	for n, rec := range records[1:] {
		rowNo := n + 2
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue // blank line
		}
		li, rowErrs := g.line(rec, rowNo)
		if li.BodyID != "" && li.InterventionLineID != "" && li.ExpenseCategoryID != "" {
			k := gridKey{li.BodyID, li.InterventionLineID, li.ExpenseCategoryID, li.Year}
			if prev, dup := seen[k]; dup {
				rowErrs = append(rowErrs, RowError{Row: rowNo, Column: "codice_istat", Reason: fmt.Sprintf("Ripete la riga %d (stesso ente, linea, categoria e anno).", prev)})
			}
			seen[k] = rowNo
		}
		errs = append(errs, rowErrs...)
		rows = append(rows, li)
	}
	if len(errs) == 0 {
		if err := s.checkRows(ev, rows); err != nil {
			if ae, ok := apperr.As(err); ok {
				errs = append(errs, RowError{Row: 0, Column: ae.Field, Reason: ae.Message})
			}
		}
	}
	return rows, errs
}

// gridKey identifies a budget line: two rows with the same key repeat it.
type gridKey struct {
	body, line, cat pulid.ID
	year            int
}

// gridHeader finds the known columns of a grid's header row, refusing a
// header without the body, line, category or amount.
func gridHeader(header []string) (map[string]int, []RowError) {
	col := map[string]int{}
	for i, h := range header {
		if k, ok := gridColumns[normalizeHeader(h)]; ok {
			col[k] = i
		}
	}
	var errs []RowError
	for _, need := range []string{"linea", "categoria", "importo"} {
		if _, ok := col[need]; !ok {
			errs = append(errs, RowError{Row: 1, Column: need, Reason: fmt.Sprintf("Manca la colonna «%s».", need)})
		}
	}
	_, hasISTAT := col["istat"]
	_, hasCF := col["cf"]
	if !hasISTAT && !hasCF {
		errs = append(errs, RowError{Row: 1, Column: "codice_istat", Reason: "Manca la colonna «codice_istat» (o «codice_fiscale») dell'ente."})
	}
	return col, errs
}

// grid reads the rows of a budget grid against the application's members
// and the call's lines and categories.
type grid struct {
	col                   map[string]int
	byISTAT, byCF         map[string]pulid.ID
	lineByCode, catByCode map[string]pulid.ID
}

func newGrid(ev *Evaluation, col map[string]int) *grid {
	g := &grid{col: col, byISTAT: map[string]pulid.ID{}, byCF: map[string]pulid.ID{}, lineByCode: map[string]pulid.ID{}, catByCode: map[string]pulid.ID{}}
	for id, b := range ev.Bodies {
		if b.IstatCode != nil {
			g.byISTAT[*b.IstatCode] = pulid.ID(id)
		}
		if b.CodiceFiscale != nil {
			g.byCF[*b.CodiceFiscale] = pulid.ID(id)
		}
	}
	for _, l := range ev.Application.Edges.Call.Edges.InterventionLines {
		g.lineByCode[strings.ToUpper(l.Code)] = l.ID
	}
	for _, c := range ev.Application.Edges.Call.Edges.ExpenseCategories {
		g.catByCode[strings.ToUpper(c.Code)] = c.ID
	}
	return g
}

// cell is the trimmed value of a column in a row ("" when absent).
func (g *grid) cell(rec []string, k string) string {
	i, ok := g.col[k]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// line reads one row: the body (ISTAT code or codice fiscale), the line,
// the category, the year, the amount and the note.
func (g *grid) line(rec []string, rowNo int) (LineInput, []RowError) {
	var errs []RowError
	bad := func(column, reason string) { errs = append(errs, RowError{Row: rowNo, Column: column, Reason: reason}) }
	var li LineInput
	switch istat, cf := g.cell(rec, "istat"), g.cell(rec, "cf"); {
	case istat != "":
		if len(istat) < 6 && isDigits(istat) {
			istat = strings.Repeat("0", 6-len(istat)) + istat // spreadsheets drop leading zeros
		}
		if li.BodyID = g.byISTAT[istat]; li.BodyID == "" {
			bad("codice_istat", fmt.Sprintf("Nessun ente dell'aggregazione ha codice ISTAT %s.", istat))
		}
	case cf != "":
		if li.BodyID = g.byCF[cf]; li.BodyID == "" {
			bad("codice_fiscale", fmt.Sprintf("Nessun ente dell'aggregazione ha codice fiscale %s.", cf))
		}
	default:
		bad("codice_istat", "Indica il codice ISTAT dell'ente.")
	}
	code := strings.ToUpper(g.cell(rec, "linea"))
	if li.InterventionLineID = g.lineByCode[code]; li.InterventionLineID == "" {
		bad("linea", fmt.Sprintf("La linea «%s» non è prevista dal bando.", code))
	}
	code = strings.ToUpper(g.cell(rec, "categoria"))
	if li.ExpenseCategoryID = g.catByCode[code]; li.ExpenseCategoryID == "" {
		bad("categoria", fmt.Sprintf("La categoria «%s» non è prevista dal bando.", code))
	}
	if y := g.cell(rec, "anno"); y != "" {
		v, err := strconv.Atoi(y)
		if err != nil || v < 0 || v > 10 {
			bad("anno", "L'anno di progetto deve essere un numero da 0 a 10.")
		}
		li.Year = v
	}
	amount, err := money.ParseEUR(g.cell(rec, "importo"))
	switch {
	case err != nil:
		reason := "Importo non valido."
		if ae, ok := apperr.As(err); ok {
			reason = ae.Message
		}
		bad("importo", reason)
	case amount < 0:
		bad("importo", "L'importo non può essere negativo.")
	}
	li.AmountCents = amount
	li.Note = g.cell(rec, "note")
	return li, errs
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
