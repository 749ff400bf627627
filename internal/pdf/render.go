package pdf

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/johnfercher/go-tree/node"
	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/line"
	"github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/consts/orientation"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/johnfercher/maroto/v2/pkg/repository"
	"github.com/phpdave11/gofpdf"

	"github.com/capofila/capofila/internal/civil"
)

// The embedded DejaVu Sans faces (Bitstream Vera licence, see fonts/LICENSE).
// maroto's built-in fonts cover only cp1252, so "č" or "Š" would print as
// "."; DejaVu Sans covers Latin Extended and more.
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
)

const (
	family = "dejavu"
	// grid is the number of grid units across a row: fine enough to give
	// table columns widths proportional to their content.
	grid = 1000

	marginLeft   = 12.0
	marginRight  = 12.0
	marginTop    = 10.0
	marginBottom = 12.0

	sizeBody    = 8.5
	sizeSmall   = 7.0
	sizeTable   = 7.0
	sizeSection = 11.0
	sizeTitle   = 15.0
)

// The palette: Italian PA design system blue for accents, neutral greys
// for text and rules.
var (
	colBlue      = props.Color{Red: 0, Green: 102, Blue: 204}   // #0066CC
	colText      = props.Color{Red: 26, Green: 26, Blue: 26}    // #1A1A1A
	colMuted     = props.Color{Red: 92, Green: 111, Blue: 130}  // #5C6F82
	colWhite     = props.Color{Red: 255, Green: 255, Blue: 255} // table headers
	colRule      = props.Color{Red: 197, Green: 204, Blue: 212} // cell rules
	colZebra     = props.Color{Red: 245, Green: 247, Blue: 250} // alternate rows
	colTotalBack = props.Color{Red: 224, Green: 236, Blue: 250} // totals and groups
)

func init() {
	// gofpdf writes its font objects in map order, so two renderings of the
	// same document may differ; catalog sorting fixes the order. maroto does
	// not expose the setting: it is gofpdf's process-wide default, read when
	// a document is created, and sorting is harmless for other users.
	gofpdf.SetDefaultCatalogSort(true)
}

// loadFonts gives each document its own copy of the font files: gofpdf
// pads font tables by appending to sub-slices of the file, which writes
// into the slice it was given (a data race between concurrent renderings
// of shared bytes).
func loadFonts() ([]*entity.CustomFont, error) {
	return repository.New().
		AddUTF8FontFromBytes(family, fontstyle.Normal, bytes.Clone(fontRegular)).
		AddUTF8FontFromBytes(family, fontstyle.Bold, bytes.Clone(fontBold)).
		Load()
}

// doc wraps a maroto document and mirrors its page-filling arithmetic, so
// that tables can repeat their header row on every page and blocks can be
// kept together: maroto itself breaks pages silently.
type doc struct {
	m    core.Maroto
	cfg  *entity.Config
	prov core.Provider // captured from maroto through probe
	cell entity.Cell   // the printable area, as maroto measures it
	hdrH float64       // height of the page header
	ftrH float64       // height of the page footer
	cur  float64       // height used on the current page, as maroto counts it

	// pending holds headings not added yet: they go on the page of what
	// follows them (keep with next).
	pending  []core.Row
	pendingH float64

	created string // PDF date of GeneratedAt, "D:20261123101500"
}

// newDoc starts a document with the page header and footer of every report.
func newDoc(h Header, title string, landscape bool) (*doc, error) {
	if h.GeneratedAt.IsZero() {
		return nil, errors.New("pdf: Header.GeneratedAt is required (it is printed and used as the PDF creation date)")
	}
	fonts, err := loadFonts()
	if err != nil {
		return nil, fmt.Errorf("pdf: loading fonts: %w", err)
	}
	generated := h.GeneratedAt.In(civil.Rome)
	b := config.NewBuilder().
		WithPageSize(pagesize.A4).
		WithLeftMargin(marginLeft).
		WithRightMargin(marginRight).
		WithTopMargin(marginTop).
		WithBottomMargin(marginBottom).
		WithMaxGridSize(grid).
		WithCustomFonts(fonts).
		WithDefaultFont(&props.Font{Family: family, Size: sizeBody, Style: fontstyle.Normal, Color: &colText}).
		WithPageNumber(props.PageNumber{
			Pattern: "Pagina {current} di {total}",
			Place:   props.RightBottom,
			Family:  family,
			Style:   fontstyle.Normal,
			Size:    sizeSmall,
			Color:   &colMuted,
		}).
		WithCompression(true).
		WithTitle(title, true).
		WithSubject(strings.TrimSpace(h.CallTitle), true).
		WithAuthor(strings.TrimSpace(h.LeadName), true).
		WithCreator("Capofila", false).
		WithKeywords(h.DocumentID, true).
		WithCreationDate(generated)
	if landscape {
		b = b.WithOrientation(orientation.Horizontal)
	}
	cfg := b.Build()

	d := &doc{
		m:       maroto.New(cfg),
		cfg:     cfg,
		cell:    entity.NewRootCell(cfg.Dimensions.Width, cfg.Dimensions.Height, *cfg.Margins),
		created: "D:" + generated.Format("20060102150405"),
	}

	footer := d.footerRows(h, generated.Format("02/01/2006 15:04"))
	if err := d.m.RegisterFooter(footer...); err != nil {
		return nil, fmt.Errorf("pdf: footer: %w", err)
	}
	header := d.headerRows(h, title)
	if err := d.m.RegisterHeader(header...); err != nil {
		return nil, fmt.Errorf("pdf: header: %w", err)
	}
	if d.prov == nil {
		return nil, errors.New("pdf: maroto did not measure the page header (provider not captured)")
	}
	for _, r := range footer {
		d.ftrH += d.height(r)
	}
	for _, r := range header {
		d.cur += d.height(r)
	}
	d.hdrH = d.cur
	return d, nil
}

// probe is an invisible component that records the provider maroto measures
// rows with; with it doc can measure auto-height rows before adding them.
type probe struct{ d *doc }

func (p probe) SetConfig(*entity.Config) {}
func (p probe) GetStructure() *node.Node[core.Structure] {
	return node.New(core.Structure{Type: "probe"})
}
func (p probe) Render(core.Provider, *entity.Cell) {}
func (p probe) GetHeight(prov core.Provider, _ *entity.Cell) float64 {
	if p.d.prov == nil {
		p.d.prov = prov
	}
	return 0
}

func (d *doc) headerRows(h Header, title string) []core.Row {
	region := strings.TrimSpace(h.RegionName)
	lead := strings.TrimSpace(h.LeadName)
	if lead != "" {
		lead = "Ente capofila: " + lead
	}
	top := row.New().Add(
		col.New(560).Add(
			text.New(region, props.Text{Size: 10, Style: fontstyle.Bold, Color: &colBlue}),
			probe{d},
		),
		col.New(440).Add(text.New(lead, props.Text{Size: sizeSmall + 0.5, Style: fontstyle.Bold, Align: align.Right, Top: 0.6, Color: &colText})),
	)
	sub := row.New().Add(
		text.NewCol(620, strings.TrimSpace(h.CallTitle), props.Text{Size: sizeSmall, Top: 0.8, Color: &colMuted}),
		text.NewCol(380, title, props.Text{Size: sizeSmall, Top: 0.8, Align: align.Right, Color: &colMuted}),
	)
	rule := row.New(4).Add(line.NewCol(grid, props.Line{Color: &colBlue, Thickness: 0.5, SizePercent: 100, OffsetPercent: 40}))
	return []core.Row{top, sub, rule}
}

// footerRows is a thin rule and the document id, printed in the bottom
// margin on the same baseline as maroto's "Pagina x di y".
func (d *doc) footerRows(h Header, generated string) []core.Row {
	const height = 4.0
	left := "Generato il " + strings.Replace(generated, " ", " alle ", 1)
	if id := strings.TrimSpace(h.DocumentID); id != "" {
		left = "Documento " + id + " · " + left
	}
	return []core.Row{row.New(height).Add(col.New(grid).Add(
		line.New(props.Line{Color: &colRule, Thickness: 0.2, SizePercent: 100, OffsetPercent: 50}),
		// Top equal to the row height puts the text where maroto puts the
		// page number: the first line below the printable area.
		text.New(left, props.Text{Size: sizeSmall, Top: height, Color: &colMuted}),
	))}
}

// height measures r as maroto will when it is added.
func (d *doc) height(r core.Row) float64 {
	r.SetConfig(d.cfg)
	return r.GetHeight(d.prov, &d.cell)
}

// fits reports whether h more millimetres fit on the current page.
func (d *doc) fits(h float64) bool { return h+d.cur+d.ftrH <= d.cell.Height }

// add appends rows; pending headings go on the page of the first one.
func (d *doc) add(rows ...core.Row) {
	if len(rows) == 0 {
		return
	}
	d.flush(d.height(rows[0]))
	d.addRaw(rows...)
}

// flush adds the pending headings, on a new page unless next more
// millimetres fit below them.
func (d *doc) flush(next float64) {
	if len(d.pending) == 0 {
		return
	}
	if !d.fits(d.pendingH + next) {
		d.newPage()
	}
	rows := d.pending
	d.pending, d.pendingH = nil, 0
	d.addRaw(rows...)
}

// addRaw appends rows, following maroto's own page-break rule.
func (d *doc) addRaw(rows ...core.Row) {
	for _, r := range rows {
		h := d.height(r)
		if d.fits(h) {
			d.cur += h
		} else {
			d.cur = d.hdrH + h
		}
		d.m.AddRows(r)
	}
}

// newPage starts a new page unless the current one is still empty.
func (d *doc) newPage() {
	if d.cur == d.hdrH {
		return
	}
	d.m.AddPages(page.New())
	d.cur = d.hdrH
}

// keep adds rows on one page: on the next one when they do not fit on the
// current one.
func (d *doc) keep(rows ...core.Row) {
	total := 0.0
	for _, r := range rows {
		total += d.height(r)
	}
	if !d.fits(d.pendingH + total) {
		d.newPage()
	}
	d.flush(0)
	d.addRaw(rows...)
}

// usable is the height available for content on a page.
func (d *doc) usable() float64 { return d.cell.Height - d.hdrH - d.ftrH }

var modDate = regexp.MustCompile(`/ModDate \(D:[0-9]{14}\)`)

// bytes renders the document. gofpdf writes the wall clock as ModDate and
// maroto cannot set it: it is overwritten with the creation date (same
// length, so the cross-reference offsets stay valid), which makes the output
// depend on the input only.
func (d *doc) bytes() ([]byte, error) {
	d.flush(0)
	out, err := d.m.Generate()
	if err != nil {
		return nil, fmt.Errorf("pdf: generating PDF: %w", err)
	}
	pdf := out.GetBytes()
	fixed := []byte("/ModDate (" + d.created + ")")
	if len(d.created) == len("D:20060102150405") {
		pdf = modDate.ReplaceAllLiteral(pdf, fixed)
	}
	return pdf, nil
}

// ---- Building blocks -------------------------------------------------------

func textProps(size float64, style fontstyle.Type, a align.Type, c *props.Color) props.Text {
	return props.Text{Size: size, Style: style, Align: a, Color: c}
}

// title adds the document title and an optional subtitle.
func (d *doc) title(title, subtitle string) {
	rows := []core.Row{row.New().Add(col.New(grid).Add(text.New(title, props.Text{
		Size: sizeTitle, Style: fontstyle.Bold, Color: &colBlue, Top: 2, Bottom: 1.5,
	})))}
	if subtitle != "" {
		rows = append(rows, row.New().Add(col.New(grid).Add(text.New(subtitle, props.Text{
			Size: sizeBody + 1.5, Color: &colText, Bottom: 2, VerticalPadding: 0.8,
		}))))
	}
	d.keep(rows...)
}

// section adds a section heading, kept on the page of what follows it.
func (d *doc) section(title string) {
	d.heading(row.New().Add(col.New(grid).Add(text.New(title, props.Text{
		Size: sizeSection, Style: fontstyle.Bold, Color: &colBlue, Top: 5, Bottom: 2,
	}))))
}

// subsection adds a smaller heading, kept on the page of what follows it.
func (d *doc) subsection(title string) {
	d.heading(row.New().Add(col.New(grid).Add(text.New(title, props.Text{
		Size: sizeBody + 0.5, Style: fontstyle.Bold, Color: &colText, Top: 3, Bottom: 1.5,
	}))))
}

func (d *doc) heading(r core.Row) {
	d.pending = append(d.pending, r)
	d.pendingH += d.height(r)
}

// paragraphs adds text; each line of s is a paragraph.
func (d *doc) paragraphs(s string, size float64) {
	for _, p := range strings.Split(s, "\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		d.add(d.para(p, size, fontstyle.Normal, 0))
	}
}

func (d *doc) para(s string, size float64, style fontstyle.Type, indent float64) core.Row {
	return row.New().Add(col.New(grid).Add(text.New(s, props.Text{
		Size: size, Style: style, Color: &colText, Left: indent, Bottom: 1.6, VerticalPadding: 0.9, Align: align.Left,
	})))
}

// note adds a small remark below a table.
func (d *doc) note(s string) {
	d.add(row.New().Add(col.New(grid).Add(text.New(s, props.Text{
		Size: sizeSmall, Color: &colMuted, Top: 1.5, Bottom: 1, VerticalPadding: 0.6,
	}))))
}

// kv adds a two-column list of labels and values.
func (d *doc) kv(labelWidth int, pairs ...[2]string) {
	for i, p := range pairs {
		var style *props.Cell
		if i%2 == 0 {
			style = &props.Cell{BackgroundColor: &colZebra}
		}
		r := row.New().Add(
			col.New(labelWidth).Add(text.New(p[0], props.Text{Size: sizeBody, Style: fontstyle.Bold, Color: &colMuted, Top: 1.2, Bottom: 1.2, Left: 1.5})),
			col.New(grid-labelWidth).Add(text.New(p[1], props.Text{Size: sizeBody, Color: &colText, Top: 1.2, Bottom: 1.2, Left: 1, Right: 1.5, VerticalPadding: 0.6})),
		)
		if style != nil {
			r.WithStyle(style)
		}
		d.add(r)
	}
}

// signature adds a signature block: place and date on the left, the role,
// a line and the name on the right, all on one page together with the
// rows in lead (a closing formula).
func (d *doc) signature(placeDate, role, name, note string, lead ...core.Row) {
	left := 440
	right := grid - left - 60
	rows := append(lead,
		row.New(8).Add(col.New(grid)),
		row.New().Add(
			text.NewCol(left, placeDate, textProps(sizeBody, fontstyle.Normal, align.Left, &colText)),
			col.New(60),
			text.NewCol(right, role, textProps(sizeBody, fontstyle.Bold, align.Center, &colText)),
		),
		row.New(16).Add(col.New(left+60), line.NewCol(right, props.Line{Color: &colText, Thickness: 0.2, SizePercent: 80, OffsetPercent: 90})),
		row.New().Add(col.New(left+60), text.NewCol(right, name, props.Text{Size: sizeBody, Align: align.Center, Top: 1, Color: &colText})),
	)
	if note != "" {
		rows = append(rows, row.New().Add(col.New(left+60), text.NewCol(right, note, props.Text{Size: sizeSmall - 0.5, Align: align.Center, Top: 1, Color: &colMuted})))
	}
	d.keep(rows...)
}

// ---- Tables ----------------------------------------------------------------

// column describes a table column: its heading, its relative width and
// whether its cells are right-aligned (amounts, counts).
type column struct {
	title string
	w     float64
	right bool
}

// table collects rows in blocks; render adds them, repeating the heading row
// at the top of each page and keeping each block on one page when it fits.
type table struct {
	d      *doc
	cols   []column
	sizes  []int
	size   float64
	n      int
	blocks [][]core.Row
}

func (d *doc) table(size float64, cols ...column) *table {
	w := make([]float64, len(cols))
	for i, c := range cols {
		w[i] = c.w
	}
	return &table{d: d, cols: cols, sizes: gridSizes(w), size: size}
}

// gridSizes turns relative widths into grid units summing exactly to grid.
func gridSizes(w []float64) []int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	out := make([]int, len(w))
	acc, prev := 0.0, 0
	for i, x := range w {
		acc += x
		end := int(math.Round(acc / total * grid))
		out[i] = end - prev
		prev = end
	}
	return out
}

type cellStyle struct {
	indent float64 // extra left padding of the first cell
	font   fontstyle.Type
	fg     *props.Color
	bg     *props.Color
	rule   *props.Color
}

func (t *table) build(cells []string, st cellStyle) core.Row {
	cols := make([]core.Col, len(t.cols))
	for i, c := range t.cols {
		a := align.Left
		if c.right {
			a = align.Right
		}
		v := ""
		if i < len(cells) {
			v = cells[i]
		}
		left := 1.0
		if i == 0 {
			left += st.indent
		} else if !c.right && t.cols[i-1].right {
			left = 2.5 // keep text clear of the amount to its left
		}
		cols[i] = col.New(t.sizes[i]).
			Add(text.New(v, props.Text{
				Size: t.size, Style: st.font, Align: a, Color: st.fg,
				Top: 0.9, Bottom: 1.3, Left: left, Right: 1, VerticalPadding: 0.5,
			}))
	}
	// One styled cell per row (background and bottom rule) instead of one
	// per column: the same look, a fraction of the drawing operations.
	return row.New().Add(cols...).
		WithStyle(&props.Cell{BackgroundColor: st.bg, BorderType: border.Bottom, BorderColor: st.rule, BorderThickness: 0.1})
}

func (t *table) header() core.Row {
	titles := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.title
	}
	return t.build(titles, cellStyle{font: fontstyle.Bold, fg: &colWhite, bg: &colBlue, rule: &colBlue})
}

// row builds a data row, zebra-striped.
func (t *table) row(cells ...string) core.Row {
	var bg *props.Color
	if t.n%2 == 1 {
		bg = &colZebra
	}
	t.n++
	return t.build(cells, cellStyle{font: fontstyle.Normal, fg: &colText, bg: bg, rule: &colRule})
}

// indented builds a data row whose first cell is indented (rows of a group).
func (t *table) indented(cells ...string) core.Row {
	var bg *props.Color
	if t.n%2 == 1 {
		bg = &colZebra
	}
	t.n++
	return t.build(cells, cellStyle{indent: 4, font: fontstyle.Normal, fg: &colText, bg: bg, rule: &colRule})
}

// note builds a full-width row with a remark, such as "Nessuna voce".
func (t *table) note(s string) core.Row {
	return row.New().Add(col.New(grid).
		Add(text.New(s, props.Text{Size: t.size, Color: &colMuted, Top: 0.9, Bottom: 1.3, Left: 1, Right: 1})).
		WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colRule, BorderThickness: 0.1}))
}

// total builds a bold totals row.
func (t *table) total(cells ...string) core.Row {
	return t.build(cells, cellStyle{font: fontstyle.Bold, fg: &colText, bg: &colTotalBack, rule: &colBlue})
}

// group builds a full-width bold row that heads a group of rows.
func (t *table) group(label string) core.Row {
	t.n = 0
	return row.New().Add(col.New(grid).
		Add(text.New(label, props.Text{Size: t.size + 0.5, Style: fontstyle.Bold, Color: &colBlue, Top: 1.4, Bottom: 1.3, Left: 1, Right: 1})).
		WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colBlue, BorderThickness: 0.2}))
}

// addTotal appends a bold totals row, kept on the page of the last row.
func (t *table) addTotal(cells ...string) {
	r := t.total(cells...)
	if len(t.blocks) == 0 {
		t.blocks = append(t.blocks, []core.Row{r})
		return
	}
	last := len(t.blocks) - 1
	t.blocks[last] = append(t.blocks[last], r)
}

// add appends a block of rows to be kept on one page.
func (t *table) add(rows ...core.Row) { t.blocks = append(t.blocks, rows) }

// smallTable is the height (as a share of a page) up to which a table is
// kept on one page.
const smallTable = 0.35

// render adds the table to the document: the pending headings stay with
// its heading row and first block, and a short table is not split.
func (t *table) render() {
	d := t.d
	hdr := t.header()
	hh := d.height(hdr)
	heights := make([]float64, len(t.blocks))
	all := hh
	for i, b := range t.blocks {
		for _, r := range b {
			heights[i] += d.height(r)
		}
		all += heights[i]
	}
	need := all
	if all > smallTable*d.usable() && len(t.blocks) > 0 {
		need = hh + heights[0]
	}
	if !d.fits(d.pendingH + need) {
		d.newPage()
	}
	d.flush(0)

	started := false
	for i, b := range t.blocks {
		need := heights[i]
		if !started {
			need += hh
		}
		// Move the block to a new page only when it would fit on an empty one.
		if !d.fits(need) && hh+heights[i] <= d.usable() {
			d.newPage()
			started = false
		}
		for _, r := range b {
			h := d.height(r)
			if !started {
				if !d.fits(hh + h) {
					d.newPage()
				}
				d.addRaw(hdr)
				started = true
			} else if !d.fits(h) {
				d.newPage()
				d.addRaw(hdr)
			}
			d.addRaw(r)
		}
	}
	if !started { // an empty table still shows its heading row
		d.keep(hdr)
	}
}
