package project

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	gproc "github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/money"
)

// InvoiceInput is an invoice entered by hand, or one body of a FatturaPA
// file.
type InvoiceInput struct {
	ProjectID          pulid.ID
	SupplierVATID      string
	SupplierName       string
	BuyerCodiceFiscale string
	DocumentType       string
	Number             string
	IssuedOn           civil.Date
	CIG, CUP           string
	CIGs, CUPs         []string // every code found in a FatturaPA file
	TaxableCents       int64
	VATCents           int64
	TotalCents         int64
	SplitPayment       bool
	DueOn              *civil.Date
}

// CreateInvoice registers an invoice entered by hand: the total must equal
// taxable + VAT. It is matched like an imported one (see ImportInvoices);
// problems are kept on the invoice. A duplicate (same supplier VAT id,
// number and date) is a CONFLICT. The lead manager may call it.
func (s *Service) CreateInvoice(ctx context.Context, in InvoiceInput) (*gen.Invoice, error) {
	p, err := s.invoiceProject(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	switch {
	case strings.TrimSpace(in.Number) == "":
		return nil, invalid("number", "invoice.number", "Indicare il numero della fattura.")
	case in.IssuedOn.IsZero() || !in.IssuedOn.Valid():
		return nil, invalid("issuedOn", "invoice.date", "Indicare la data della fattura.")
	case strings.TrimSpace(in.SupplierVATID) == "":
		return nil, invalid("supplierVatID", "invoice.supplier", "Indicare la partita IVA del fornitore.")
	case in.TaxableCents+in.VATCents != in.TotalCents:
		return nil, invalid("totalCents", "invoice.total", "Il totale (%s) deve essere imponibile più IVA (%s).",
			money.FormatEUR(in.TotalCents), money.FormatEUR(in.TaxableCents+in.VATCents))
	}
	if in.DocumentType == "" {
		in.DocumentType = "TD01"
	}
	bodies, _, err := s.members(ctx, p)
	if err != nil {
		return nil, err
	}
	return s.register(ctx, p, bodies, in)
}

func (s *Service) invoiceProject(ctx context.Context, id pulid.ID) (*gen.Project, error) {
	p, err := s.db(ctx).Project.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Invoice", authz.ActCreate, scopeOf(p)); err != nil {
		return nil, err
	}
	return p, editable(p)
}

// ImportResult is the outcome of a FatturaPA import: the invoices saved
// (each with its matching problems) and the bodies refused (duplicates).
type ImportResult struct {
	Invoices []*gen.Invoice
	Skipped  []SkippedInvoice
}

// SkippedInvoice is an invoice of a file that was not saved, and why.
type SkippedInvoice struct {
	Index  int
	Number string
	Reason string
}

// maxInvoiceFile is the largest FatturaPA file accepted.
const maxInvoiceFile = 20 << 20

// ImportInvoices reads a FatturaPA 1.2 file (XML or signed .p7m, one or
// more invoices) into a project. The file is parsed whole first: a file
// that does not parse saves nothing. Each invoice is matched to the
// project by CUP and to a contract by CIG and supplier; what does not
// match is saved with its problems listed, never silently accepted, and
// such an invoice cannot be claimed. A duplicate (same supplier VAT id,
// number and date as a saved invoice) is skipped and reported. The file is
// kept as the invoices' document. The lead manager may call it.
func (s *Service) ImportInvoices(ctx context.Context, projectID pulid.ID, filename string, r io.Reader) (*ImportResult, error) {
	p, err := s.invoiceProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInvoiceFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInvoiceFile {
		return nil, invalid("file", "fatturapa.size", "Il file supera i %d MB ammessi.", maxInvoiceFile>>20)
	}
	f, err := fatturapa.Parse(data)
	if err != nil {
		return nil, withField(err, "file")
	}
	out, err := s.registerFile(ctx, p, f)
	if err != nil {
		return nil, err
	}
	for _, saved := range out.Invoices {
		if _, err := docstore.Record(ctx, s.db(ctx), s.store, filename, bytes.NewReader(data), func(d *gen.DocumentCreate) {
			d.SetAggregationID(p.AggregationID).SetKind(document.KindINVOICE_XML).SetInvoiceID(saved.ID)
			if f.Signed {
				d.SetSignatureKind(document.SignatureKindCADES)
			}
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RegisterInvoicesFrom registers the invoices of a FatturaPA file like
// ImportInvoices, without keeping the file as a document: for demo data and
// tools that archive the files elsewhere. The lead manager may call it.
func (s *Service) RegisterInvoicesFrom(ctx context.Context, projectID pulid.ID, data []byte) (*ImportResult, error) {
	p, err := s.invoiceProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	f, err := fatturapa.Parse(data)
	if err != nil {
		return nil, withField(err, "file")
	}
	return s.registerFile(ctx, p, f)
}

// registerFile registers every invoice of a parsed file.
func (s *Service) registerFile(ctx context.Context, p *gen.Project, f *fatturapa.File) (*ImportResult, error) {
	bodies, _, err := s.members(ctx, p) // once for all the file's invoices
	if err != nil {
		return nil, err
	}
	out := &ImportResult{}
	for _, inv := range f.Invoices {
		in := InvoiceInput{
			ProjectID: p.ID, SupplierVATID: f.Supplier.VATID, SupplierName: f.Supplier.Name,
			BuyerCodiceFiscale: f.Buyer.CodiceFiscale, DocumentType: inv.DocumentType, Number: inv.Number,
			IssuedOn: inv.Date, CIGs: inv.CIGs, CUPs: inv.CUPs, TaxableCents: inv.TaxableCents,
			VATCents: inv.VATCents, TotalCents: inv.TotalCents, SplitPayment: inv.SplitPayment, DueOn: inv.DueOn,
		}
		if f.Supplier.Country != "" && f.Supplier.Country != "IT" {
			in.SupplierVATID = f.Supplier.Country + f.Supplier.VATID
		}
		saved, err := s.register(ctx, p, bodies, in)
		if ae, ok := apperr.As(err); ok && ae.Code == apperr.Conflict {
			out.Skipped = append(out.Skipped, SkippedInvoice{Index: inv.Index, Number: inv.Number, Reason: ae.Message})
			continue
		}
		if err != nil {
			return nil, err
		}
		out.Invoices = append(out.Invoices, saved)
	}
	return out, nil
}

// register matches and saves one invoice with its shares.
func (s *Service) register(ctx context.Context, p *gen.Project, bodies map[pulid.ID]*gen.PublicBody, in InvoiceInput) (*gen.Invoice, error) {
	c := s.db(ctx)
	sys := authz.Elevate(ctx)
	in.SupplierVATID = strings.ToUpper(strings.TrimSpace(in.SupplierVATID))
	in.Number = strings.TrimSpace(in.Number)
	switch {
	case in.TotalCents < 0 || in.TaxableCents < 0 || in.VATCents < 0:
		return nil, conflict("invoice.credit_note", "La fattura n. %s è una nota di credito (importi negativi): le note di credito non si registrano ancora; rettificare la fattura collegata.", in.Number)
	case len(in.SupplierVATID) > 30:
		return nil, invalid("supplierVatID", "invoice.supplier", "La partita IVA del fornitore «%s» è troppo lunga.", clip(in.SupplierVATID, 30))
	case len(in.Number) > 50:
		return nil, invalid("number", "invoice.number", "Il numero della fattura è troppo lungo (massimo 50 caratteri).")
	case len(in.DocumentType) > 4:
		return nil, invalid("documentType", "invoice.document_type", "Tipo di documento non valido: %s.", clip(in.DocumentType, 10))
	}
	in.SupplierName = clip(strings.TrimSpace(in.SupplierName), 300)
	dup, err := c.Invoice.Query().Where(invoice.SupplierVatID(in.SupplierVATID), invoice.Number(in.Number), invoice.IssuedOn(in.IssuedOn)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if dup {
		return nil, conflict("invoice.duplicate", "La fattura n. %s del %s del fornitore %s è già registrata.", in.Number, in.IssuedOn.Italian(), in.SupplierVATID)
	}
	if in.CIG != "" {
		in.CIGs = append([]string{in.CIG}, in.CIGs...)
	}
	if in.CUP != "" {
		in.CUPs = append([]string{in.CUP}, in.CUPs...)
	}
	for i := range in.CIGs {
		in.CIGs[i] = italy.NormalizeCode(in.CIGs[i])
	}
	for i := range in.CUPs {
		in.CUPs[i] = italy.NormalizeCode(in.CUPs[i])
	}
	in.CIGs, in.CUPs = slices.Compact(in.CIGs), slices.Compact(in.CUPs)

	var problems []string
	// Project by CUP.
	cup := ""
	switch {
	case len(in.CUPs) == 0:
		problems = append(problems, "CUP assente: la fattura non riporta il CUP del progetto "+p.Cup+".")
	case slices.Contains(in.CUPs, p.Cup):
		cup = p.Cup
	default:
		cup = clip(in.CUPs[0], 15)
		problems = append(problems, fmt.Sprintf("CUP %s diverso da quello del progetto (%s).", strings.Join(in.CUPs, ", "), p.Cup))
	}
	// Buyer: a member of the aggregation.
	if in.BuyerCodiceFiscale != "" {
		found := false
		for _, b := range bodies {
			if b.CodiceFiscale != nil && *b.CodiceFiscale == in.BuyerCodiceFiscale {
				found = true
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("Il committente (codice fiscale %s) non è un ente dell'aggregazione.", in.BuyerCodiceFiscale))
		}
		if italy.ValidateCodiceFiscaleEnte(in.BuyerCodiceFiscale) != nil {
			in.BuyerCodiceFiscale = "" // keep the invoice; the problem above says it
		}
	}
	if in.TaxableCents+in.VATCents != in.TotalCents {
		problems = append(problems, fmt.Sprintf("Il totale del documento (%s) differisce da imponibile più IVA (%s).",
			money.FormatEUR(in.TotalCents), money.FormatEUR(in.TaxableCents+in.VATCents)))
	}
	// Vendor by VAT id.
	var vendorID *pulid.ID
	if v, err := c.Vendor.Query().Where(vendor.VatID(strings.TrimPrefix(in.SupplierVATID, "IT"))).Only(sys); err == nil {
		vendorID = &v.ID
	} else if !gen.IsNotFound(err) {
		return nil, err
	}
	// Contract by CIG and supplier.
	ct, cig, cigProblems, err := s.matchContract(ctx, p, in, vendorID)
	if err != nil {
		return nil, err
	}
	problems = append(problems, cigProblems...)
	if ct != nil {
		totals, err := c.Invoice.Query().Where(invoice.ContractID(ct.ID)).Select(invoice.FieldTotalCents).Ints(sys)
		if err != nil {
			return nil, err
		}
		billed := in.TotalCents
		for _, t := range totals {
			billed += int64(t)
		}
		if limit := ct.NetCents + ct.VatCents; billed > limit {
			problems = append(problems, fmt.Sprintf("Con questa fattura il fatturato sul contratto (%s) supera l'importo del contratto (%s).",
				money.FormatEUR(billed), money.FormatEUR(limit)))
		}
	}
	if in.DocumentType == "" {
		in.DocumentType = "TD01"
	}
	create := c.Invoice.Create().SetProjectID(p.ID).SetSupplierVatID(in.SupplierVATID).SetSupplierName(in.SupplierName).
		SetNumber(in.Number).SetIssuedOn(in.IssuedOn).
		SetDocumentType(in.DocumentType).SetCig(clip(cig, 10)).SetCup(cup).SetTaxableCents(in.TaxableCents).
		SetVatCents(in.VATCents).SetTotalCents(in.TotalCents).SetSplitPayment(in.SplitPayment).
		SetNillableDueOn(in.DueOn).SetNillableVendorID(vendorID).SetProblems(problems)
	if ct != nil {
		create.SetContractID(ct.ID)
	}
	if in.BuyerCodiceFiscale != "" {
		create.SetBuyerCodiceFiscale(in.BuyerCodiceFiscale)
	}
	inv, err := create.Save(sys)
	if err != nil {
		return nil, err
	}
	if ct != nil && in.TotalCents > 0 {
		if err := s.shareInvoice(ctx, inv, ct); err != nil {
			return nil, err
		}
	}
	return inv, nil
}

// matchContract finds the contract an invoice belongs to: the contract of
// the project's lot with the invoice's CIG whose vendor (or a member of the
// vendor's grouping) issued the invoice.
func (s *Service) matchContract(ctx context.Context, p *gen.Project, in InvoiceInput, vendorID *pulid.ID) (*gen.Contract, string, []string, error) {
	sys := authz.Elevate(ctx)
	if len(in.CIGs) == 0 {
		return nil, "", []string{"CIG assente: la fattura non si può collegare a un contratto."}, nil
	}
	var problems []string
	for _, cig := range in.CIGs {
		if italy.ValidateCIG(cig) != nil {
			problems = append(problems, fmt.Sprintf("CIG %s non valido (carattere di controllo errato).", cig))
			continue
		}
		l, err := s.db(ctx).Lot.Query().Where(lot.Cig(cig), lot.HasProcurementWith(gproc.ProjectID(p.ID))).
			WithContracts(func(q *gen.ContractQuery) {
				q.Where(contract.StatusNEQ(contract.StatusTERMINATED)).WithVendor(func(q *gen.VendorQuery) { q.WithGroupingMembers() })
			}).Only(sys)
		if gen.IsNotFound(err) {
			problems = append(problems, fmt.Sprintf("CIG %s non corrisponde a nessun lotto del progetto.", cig))
			continue
		}
		if err != nil {
			return nil, "", nil, err
		}
		for _, ct := range l.Edges.Contracts {
			if issuedBy(ct.Edges.Vendor, in.SupplierVATID, vendorID) {
				return ct, cig, nil, nil
			}
		}
		if len(l.Edges.Contracts) == 0 {
			return nil, cig, []string{fmt.Sprintf("Il lotto con CIG %s non ha ancora un contratto.", cig)}, nil
		}
		return nil, cig, []string{fmt.Sprintf("Il fornitore %s non è il contraente del lotto con CIG %s.", in.SupplierVATID, cig)}, nil
	}
	return nil, in.CIGs[0], problems, nil
}

func issuedBy(v *gen.Vendor, vat string, vendorID *pulid.ID) bool {
	if v == nil {
		return false
	}
	vat = strings.TrimPrefix(vat, "IT")
	if (vendorID != nil && *vendorID == v.ID) || (v.VatID != nil && *v.VatID == vat) {
		return true
	}
	for _, m := range v.Edges.GroupingMembers {
		if vendorID != nil && m.MemberID == *vendorID {
			return true
		}
	}
	return false
}

// shareInvoice splits an invoice across members like its contract.
func (s *Service) shareInvoice(ctx context.Context, inv *gen.Invoice, ct *gen.Contract) error {
	c := s.db(ctx)
	sys := authz.Elevate(ctx)
	shares, err := c.CostShare.Query().Where(costshare.ContractID(ct.ID)).Order(costshare.ByBodyID()).All(sys)
	if err != nil || len(shares) == 0 {
		return err
	}
	w := make([]int64, len(shares))
	for i, sh := range shares {
		w[i] = sh.AmountCents
	}
	parts, err := money.SplitLargestRemainder(inv.TotalCents, w)
	if err != nil {
		return err
	}
	creates := make([]*gen.InvoiceShareCreate, 0, len(shares))
	for i, sh := range shares {
		if parts[i] == 0 {
			continue
		}
		creates = append(creates, c.InvoiceShare.Create().SetInvoiceID(inv.ID).SetBodyID(sh.BodyID).
			SetNillableExpenseCategoryID(sh.ExpenseCategoryID).SetAmountCents(parts[i]))
	}
	return bulk(sys, creates, func(b []*gen.InvoiceShareCreate) error { return c.InvoiceShare.CreateBulk(b...).Exec(sys) })
}

// clip cuts s to at most max bytes, at a character boundary.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}
