package invoicing

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/costshare"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/invoiceshare"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/payment"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/vendor"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/fatturapa"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/textenc"
)

// InvoiceInput is an invoice entered by hand, or one body of a FatturaPA
// file. Amounts are in euro cents, or for an invoice in another currency
// (Currency not EUR, from a file) in hundredths of that currency.
type InvoiceInput struct {
	ProjectID          pulid.ID
	SupplierVATID      string
	SupplierName       string
	BuyerName          string
	BuyerCodiceFiscale string
	// BuyerVATID is the buyer's Italian VAT code (IdFiscaleIVA), which for
	// many bodies is their codice fiscale.
	BuyerVATID string
	// BuyerOfficeCode is the codice univoco ufficio the invoice was sent to
	// (CodiceDestinatario).
	BuyerOfficeCode string
	DocumentType    string
	// Currency is the ISO 4217 code of the amounts; "" is EUR.
	Currency     string
	Number       string
	IssuedOn     civil.Date
	CIG, CUP     string
	CIGs, CUPs   []string // every code found in a FatturaPA file
	TaxableCents int64
	VATCents     int64
	TotalCents   int64
	// StampCents is the virtual stamp duty charged, part of TotalCents.
	StampCents int64
	// WithholdingCents is the withholding tax (ritenuta).
	WithholdingCents int64
	SplitPayment     bool
	DueOn            *civil.Date
	// CreditedInvoiceID is, for a credit note entered by hand (TD04), the
	// invoice of the project it reduces.
	CreditedInvoiceID *pulid.ID
	// Linked are, for a credit note of a file, the invoices it names
	// (DatiFattureCollegate).
	Linked []fatturapa.LinkedInvoice
}

// Limits of what an invoice's fields may hold, checked before any work.
const (
	maxSupplierVAT  = 30
	maxNumber       = 50
	maxSupplierName = 300
)

// RegisterInvoice registers an invoice or a credit note entered by hand, in
// euro: the total must be taxable + VAT + stamp duty. It is matched like an
// imported one (see ImportInvoices). What an import reports as discarded is
// an INVALID error here: a buyer outside the aggregation
// (invoice.buyer_outside), another project's CUP (invoice.cup_other_project),
// a document type that is not a supplier's charge (invoice.document_type),
// and for a credit note (TD04, with CreditedInvoiceID) the rules of
// creditInvoice (invoice.credit_*). A duplicate (same supplier VAT id,
// number and date in a project of the same aggregation) is a CONFLICT
// (invoice.duplicate); another aggregation's invoices are never looked
// at. Other matching
// problems are kept on the invoice. The lead manager may call it.
func (s *Service) RegisterInvoice(ctx context.Context, in InvoiceInput) (*gen.Invoice, error) {
	p, err := s.invoiceProject(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	in.Currency = "EUR" // by hand, in euro: another currency comes in a file
	stamp := in.StampCents
	switch {
	case strings.TrimSpace(in.Number) == "":
		return nil, apperr.Invalidf("number", "invoice.number", "Indica il numero della fattura.")
	case in.IssuedOn.IsZero() || !in.IssuedOn.Valid():
		return nil, apperr.Invalidf("issuedOn", "invoice.date", "Indica la data della fattura.")
	case strings.TrimSpace(in.SupplierVATID) == "":
		return nil, apperr.Invalidf("supplierVatID", "invoice.supplier", "Indica la partita IVA del fornitore.")
	case utf8.RuneCountInString(strings.TrimSpace(in.SupplierName)) > maxSupplierName:
		return nil, apperr.Invalidf("supplierName", "invoice.supplier_name", "Il nome del fornitore è troppo lungo (al massimo %d caratteri).", maxSupplierName)
	}
	for _, a := range []struct {
		field string
		cents int64
	}{{"taxableCents", in.TaxableCents}, {"vatCents", in.VATCents}, {"totalCents", in.TotalCents},
		{"stampDutyCents", stamp}, {"withholdingCents", in.WithholdingCents}} {
		if err := money.CheckBound(a.field, a.cents); err != nil {
			return nil, err
		}
	}
	if sum := in.TaxableCents + in.VATCents + stamp; sum != in.TotalCents {
		return nil, apperr.Invalidf("totalCents", "invoice.total", "Il totale (%s) deve essere imponibile più IVA più bollo (%s).",
			money.FormatEUR(in.TotalCents), money.FormatEUR(sum))
	}
	if in.DocumentType == "" {
		in.DocumentType = "TD01"
	}
	m, err := s.newMatcher(ctx, p)
	if err != nil {
		return nil, err
	}
	inv, err := s.register(ctx, p, m, in, true)
	if err != nil {
		return nil, err
	}
	return inv, nil
}

func (s *Service) invoiceProject(ctx context.Context, id pulid.ID) (*gen.Project, error) {
	return s.invoiceProjectOf(ctx, s.Client(ctx), id)
}

// invoiceProjectOf reads the project invoices are registered into with c
// and checks that the viewer may register them now.
func (s *Service) invoiceProjectOf(ctx context.Context, c *gen.Client, id pulid.ID) (*gen.Project, error) {
	p, err := c.Project.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Invoice", authz.ActCreate, projectsvc.ScopeOf(p)); err != nil {
		return nil, err
	}
	return p, projectsvc.Editable(p)
}

// ImportResult is the outcome of a FatturaPA import: the invoices saved
// (each with its matching problems), the ones skipped as duplicates, and
// the ones discarded because they do not belong to the project or cannot
// be registered, with the reason.
type ImportResult struct {
	Invoices  []*gen.Invoice
	Skipped   []SkippedInvoice
	Discarded []SkippedInvoice
}

// SkippedInvoice is an invoice of a file that was not saved, and why.
type SkippedInvoice struct {
	// Index is the position of the invoice in the file (1-based).
	Index        int
	Number       string
	DocumentType string
	Reason       string
	// Rule is the key of the rule that kept it out (e.g.
	// invoice.cup_other_project, invoice.duplicate).
	Rule string
}

// maxInvoiceFile is the largest FatturaPA file accepted.
const maxInvoiceFile = fatturapa.MaxSize

// ImportInvoices reads a FatturaPA 1.2 file (XML or signed .p7m, at most
// fatturapa.MaxSize bytes and fatturapa.MaxInvoices invoices) into a
// project. The file is parsed whole first: a file that does not parse
// saves nothing (INVALID, rules fatturapa.*). Then the file's invoices are
// registered before its credit notes, so that one file can carry both:
//   - each invoice is matched to the project by CUP, to a contract by CIG
//     and supplier, and to its buyer by codice fiscale or office code;
//     what does not match is saved with its problems listed, never
//     silently accepted, and such an invoice cannot be claimed;
//   - an invoice addressed to a body outside the aggregation, carrying
//     another project's CUP, of a type that is not a supplier's charge, or
//     a credit note that cannot be applied (see creditInvoice) is not saved:
//     it is listed in Discarded with the reason;
//   - a duplicate (same supplier VAT id, number and date as an invoice
//     saved in a project of the same aggregation) is listed in Skipped.
//
// The file is stored once and linked to every invoice saved. The lead
// manager may call it.
func (s *Service) ImportInvoices(ctx context.Context, projectID pulid.ID, filename string, r io.Reader) (*ImportResult, error) {
	// The file is read, parsed and stored before the mutation's transaction
	// touches the database (it begins at its first statement): on SQLite,
	// other writers wait only for the short writes at the end. The viewer's
	// right to import is checked first, outside the transaction, so nothing
	// is stored for someone who may not import.
	if _, err := s.invoiceProjectOf(ctx, s.Root(), projectID); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInvoiceFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInvoiceFile {
		return nil, apperr.Invalidf("file", "fatturapa.size", "Il file supera i %d MB ammessi.", maxInvoiceFile>>20)
	}
	f, err := fatturapa.Parse(data)
	if err != nil {
		return nil, apperr.OnField(err, "file")
	}
	if s.store == nil {
		return nil, fmt.Errorf("project: no document store configured")
	}
	stored, err := s.store.Put(bytes.NewReader(data), filename)
	if err != nil {
		return nil, err
	}
	p, err := s.invoiceProject(ctx, projectID)
	if err != nil {
		return nil, err
	}
	out, err := s.registerFile(ctx, p, f)
	if err != nil || len(out.Invoices) == 0 {
		return out, err
	}
	creates := make([]*gen.DocumentCreate, 0, len(out.Invoices))
	for _, saved := range out.Invoices {
		creates = append(creates, docstore.Link(ctx, s.Client(ctx), stored, filename, func(d *gen.DocumentCreate) {
			d.SetAggregationID(p.AggregationID).SetKind(document.KindINVOICE_XML).SetInvoiceID(saved.ID)
			if f.Signed {
				d.SetSignatureKind(document.SignatureKindCADES)
			}
		}))
	}
	sys := authz.Elevate(ctx)
	if err := db.InBatches(creates, func(b []*gen.DocumentCreate) error { return s.Client(ctx).Document.CreateBulk(b...).Exec(sys) }); err != nil {
		return nil, err
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
		return nil, apperr.OnField(err, "file")
	}
	return s.registerFile(ctx, p, f)
}

// registerFile registers every invoice of a parsed file, the credit notes
// last.
func (s *Service) registerFile(ctx context.Context, p *gen.Project, f *fatturapa.File) (*ImportResult, error) {
	m, err := s.newMatcher(ctx, p) // once for all the file's invoices
	if err != nil {
		return nil, err
	}
	bodies := slices.Clone(f.Invoices)
	slices.SortStableFunc(bodies, func(a, b fatturapa.Invoice) int {
		return cmp.Compare(btoi(fatturapa.ClassOf(a.DocumentType) == fatturapa.CreditNote),
			btoi(fatturapa.ClassOf(b.DocumentType) == fatturapa.CreditNote))
	})
	out := &ImportResult{}
	index := map[pulid.ID]int{}
	for _, inv := range bodies {
		in := InvoiceInput{
			ProjectID: p.ID, SupplierVATID: f.Supplier.VATID, SupplierName: f.Supplier.Name,
			BuyerName: f.Buyer.Name, BuyerCodiceFiscale: f.Buyer.CodiceFiscale, BuyerOfficeCode: f.BuyerOfficeCode,
			DocumentType: inv.DocumentType, Currency: inv.Currency, Number: inv.Number,
			IssuedOn: inv.Date, CIGs: inv.CIGs, CUPs: inv.CUPs, TaxableCents: inv.TaxableCents,
			VATCents: inv.VATCents, TotalCents: inv.TotalCents, StampCents: inv.StampCents,
			WithholdingCents: inv.WithholdingCents, SplitPayment: inv.SplitPayment, DueOn: inv.DueOn,
			Linked: inv.Linked,
		}
		if f.Buyer.Country == "IT" {
			in.BuyerVATID = f.Buyer.VATID
		}
		if f.Supplier.Country != "" && f.Supplier.Country != "IT" {
			in.SupplierVATID = f.Supplier.Country + f.Supplier.VATID
		}
		saved, err := s.register(ctx, p, m, in, false)
		if ae, ok := apperr.As(err); ok && (ae.Code == apperr.Conflict || ae.Code == apperr.Invalid) {
			skip := SkippedInvoice{Index: inv.Index, Number: inv.Number, DocumentType: inv.DocumentType, Reason: ae.Message, Rule: ae.Rule}
			if ae.Rule == "invoice.duplicate" {
				out.Skipped = append(out.Skipped, skip)
			} else {
				out.Discarded = append(out.Discarded, skip)
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		index[saved.ID] = inv.Index
		out.Invoices = append(out.Invoices, saved)
	}
	slices.SortStableFunc(out.Invoices, func(a, b *gen.Invoice) int { return cmp.Compare(index[a.ID], index[b.ID]) })
	slices.SortStableFunc(out.Discarded, func(a, b SkippedInvoice) int { return cmp.Compare(a.Index, b.Index) })
	return out, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// register checks, matches and saves one invoice (with its shares) or one
// credit note (netting the invoice it reduces). Every refusal comes before
// the first write: an INVALID error (the invoice does not belong to the
// project or cannot be registered) or a CONFLICT (invoice.duplicate).
// byHand says the input was typed in: its fields are refused when too long
// instead of cut.
func (s *Service) register(ctx context.Context, p *gen.Project, m *matcher, in InvoiceInput, byHand bool) (*gen.Invoice, error) {
	class, what := tidyInput(&in, byHand)
	if err := checkHeader(in, class, what); err != nil {
		return nil, err
	}
	if err := normalizeSigns(&in, class, what); err != nil {
		return nil, err
	}
	if err := s.checkDuplicate(ctx, p, in, what); err != nil {
		return nil, err
	}

	// Project by CUP: another project's CUP keeps the invoice out.
	codes(&in)
	var problems []string
	cup := ""
	switch {
	case slices.Contains(in.CUPs, p.Cup):
		cup = p.Cup
	case len(in.CUPs) > 0:
		return nil, apperr.Invalidf("cup", "invoice.cup_other_project", "%s riporta il CUP %s, che non è quello del progetto (%s): "+
			"appartiene a un altro progetto e non si registra qui.", what, codeList(in.CUPs), p.Cup)
	case class != fatturapa.CreditNote: // a credit note follows the invoice it reduces
		problems = append(problems, "CUP assente: la fattura non riporta il CUP del progetto "+p.Cup+".")
	}
	// Buyer: a member of the aggregation, or the invoice stays out.
	buyer, err := m.match(ctx, in)
	if err != nil {
		return nil, err
	}
	if buyer.outside != "" {
		return nil, apperr.Invalidf("buyerCodiceFiscale", "invoice.buyer_outside", "%s è intestata a %s: non è una spesa del progetto.", what, buyer.outside)
	}
	if buyer.problem != "" {
		problems = append(problems, buyer.problem)
	}
	if class == fatturapa.CreditNote {
		return s.creditInvoice(ctx, p, in, buyer, cup, problems, what)
	}
	return s.saveInvoice(ctx, p, in, buyer, cup, problems)
}

// checkDuplicate refuses an invoice the project's aggregation already
// registered (the same supplier VAT id, number and date, in this project
// or another of its projects): CONFLICT invoice.duplicate, naming the
// project. Only the aggregation's own invoices are looked at: the same
// document registered by another aggregation is not a duplicate here and
// nothing about it is told (docs/DOMAIN.md, "Invoices").
func (s *Service) checkDuplicate(ctx context.Context, p *gen.Project, in InvoiceInput, what string) error {
	dup, err := s.Client(ctx).Invoice.Query().Where(invoice.SupplierVatID(in.SupplierVATID), invoice.Number(in.Number),
		invoice.IssuedOn(in.IssuedOn), invoice.TenantAggregationID(p.TenantAggregationID)).
		WithProject().First(authz.Elevate(ctx))
	switch {
	case gen.IsNotFound(err):
		return nil
	case err != nil:
		return err
	case dup.ProjectID == p.ID:
		return apperr.Conflictf("invoice.duplicate", "%s del fornitore %s è già registrata in questo progetto.", what, textenc.Clip(in.SupplierVATID, maxSupplierVAT))
	}
	return apperr.Conflictf("invoice.duplicate", "%s del fornitore %s è già registrata nel progetto «%s» dell'aggregazione: "+
		"una fattura si registra una sola volta.", what, textenc.Clip(in.SupplierVATID, maxSupplierVAT), dup.Edges.Project.Title)
}

// tidyInput trims and upper-cases the codes of an invoice and names it for
// messages ("La fattura n. 12 del 15/03/2026", or the credit note).
func tidyInput(in *InvoiceInput, byHand bool) (fatturapa.Class, string) {
	in.SupplierVATID = strings.ToUpper(strings.TrimSpace(in.SupplierVATID))
	in.Number = strings.TrimSpace(in.Number)
	in.DocumentType = strings.ToUpper(strings.TrimSpace(in.DocumentType))
	in.Currency = strings.ToUpper(strings.TrimSpace(cmp.Or(in.Currency, "EUR")))
	in.SupplierName = strings.TrimSpace(in.SupplierName)
	if !byHand {
		in.SupplierName = textenc.Clip(in.SupplierName, maxSupplierName)
	}
	class := fatturapa.ClassOf(in.DocumentType)
	if class == fatturapa.CreditNote {
		return class, fmt.Sprintf("La nota di credito n. %s del %s", textenc.Clip(in.Number, maxNumber), in.IssuedOn.Italian())
	}
	return class, fmt.Sprintf("La fattura n. %s del %s", textenc.Clip(in.Number, maxNumber), in.IssuedOn.Italian())
}

// checkHeader refuses an invoice whose supplier, number, date, type or
// currency cannot be registered.
func checkHeader(in InvoiceInput, class fatturapa.Class, what string) error {
	switch {
	case in.SupplierVATID == "":
		return apperr.Invalidf("supplierVatID", "invoice.supplier", "%s non indica la partita IVA del fornitore.", what)
	case utf8.RuneCountInString(in.SupplierVATID) > maxSupplierVAT:
		return apperr.Invalidf("supplierVatID", "invoice.supplier", "La partita IVA del fornitore «%s» è troppo lunga (al massimo %d caratteri).",
			textenc.Clip(in.SupplierVATID, maxSupplierVAT), maxSupplierVAT)
	case utf8.RuneCountInString(in.Number) > maxNumber:
		return apperr.Invalidf("number", "invoice.number", "Il numero della fattura è troppo lungo (al massimo %d caratteri).", maxNumber)
	case in.IssuedOn.IsZero() || !in.IssuedOn.Valid():
		return apperr.Invalidf("issuedOn", "invoice.date", "Indica la data della fattura.")
	case class == fatturapa.Unsupported:
		return apperr.Invalidf("documentType", "invoice.document_type", "%s non si registra: %s", what,
			fatturapa.UnsupportedReason(textenc.Clip(in.DocumentType, 10)))
	case len(in.Currency) != 3 || strings.Trim(in.Currency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "":
		return apperr.Invalidf("currency", "invoice.currency", "%s: la divisa «%s» non è un codice ISO 4217 di tre lettere.", what, textenc.Clip(in.Currency, 10))
	}
	return nil
}

// saveInvoice saves an invoice (not a credit note) of the project: it
// matches its vendor and contract, records what is wrong with it as
// problems, and shares it among the members like its contract (or charges
// it to the member it is addressed to).
func (s *Service) saveInvoice(ctx context.Context, p *gen.Project, in InvoiceInput, buyer buyerMatch, cup string, problems []string) (*gen.Invoice, error) {
	foreign := in.Currency != "EUR"
	if !foreign && in.TaxableCents+in.VATCents+in.StampCents != in.TotalCents {
		problems = append(problems, fmt.Sprintf("Il totale del documento (%s) differisce da imponibile più IVA più bollo (%s).",
			money.FormatEUR(in.TotalCents), money.FormatEUR(in.TaxableCents+in.VATCents+in.StampCents)))
	}
	// Vendor by VAT id, contract by CIG and supplier.
	vendorID, err := s.vendorOf(ctx, in.SupplierVATID)
	if err != nil {
		return nil, err
	}
	ct, cig, cigProblems, err := s.matchContract(ctx, p, in, vendorID)
	if err != nil {
		return nil, err
	}
	problems = append(problems, cigProblems...)
	create := s.Client(ctx).Invoice.Create().SetProjectID(p.ID).SetSupplierVatID(in.SupplierVATID).SetSupplierName(in.SupplierName).
		SetNumber(in.Number).SetIssuedOn(in.IssuedOn).SetDocumentType(in.DocumentType).SetCurrency(in.Currency).
		SetCig(textenc.Clip(cig, 10)).SetCup(cup).SetSplitPayment(in.SplitPayment).SetNillableDueOn(in.DueOn).
		SetNillableVendorID(vendorID)
	if foreign {
		// Not euros: nothing is spending until a lead records the value in
		// euro and the act that fixed it (RecordInvoiceEuroValue).
		create.SetForeignTotalCents(in.TotalCents).SetTaxableCents(0).SetVatCents(0).SetTotalCents(0)
		problems = append(problems, foreignProblem(in.Currency, in.TotalCents))
	} else {
		create.SetTaxableCents(in.TaxableCents).SetVatCents(in.VATCents).SetTotalCents(in.TotalCents).
			SetStampDutyCents(in.StampCents).SetWithholdingCents(in.WithholdingCents)
	}
	if ct != nil {
		create.SetContractID(ct.ID)
		if !foreign {
			over, err := s.overContract(ctx, ct, ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VATCents}.Spending(), "")
			if err != nil {
				return nil, err
			}
			problems = append(problems, over...)
		}
	}
	shareTo, shareProblem, err := s.memberShare(ctx, ct, buyer)
	if err != nil {
		return nil, err
	}
	if shareProblem != "" {
		problems = append(problems, shareProblem)
	}
	buyerFields(create.Mutation(), in, buyer)
	inv, err := create.SetProblems(problems).Save(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	if ct != nil && !foreign {
		if err := s.shareInvoice(ctx, inv, ct, shareTo); err != nil {
			return nil, err
		}
	}
	return inv, nil
}

// normalizeSigns checks the signs and bounds of the amounts. A credit note
// written with negative amounts (software that writes the reduction as a
// negative invoice) is taken at its absolute values; an invoice with
// negative amounts is refused (invoice.negative): a reduction is a credit
// note.
func normalizeSigns(in *InvoiceInput, class fatturapa.Class, what string) error {
	amounts := []*int64{&in.TaxableCents, &in.VATCents, &in.TotalCents, &in.StampCents, &in.WithholdingCents}
	neg, pos := false, false
	for _, a := range amounts {
		neg = neg || *a < 0
		pos = pos || *a > 0
	}
	switch {
	case neg && class == fatturapa.CreditNote && !pos:
		for _, a := range amounts {
			*a = -*a
		}
	case neg && class == fatturapa.CreditNote:
		return apperr.Invalidf("totalCents", "invoice.negative", "%s ha importi di segno diverso: una nota di credito riporta gli importi "+
			"stornati, tutti positivi.", what)
	case neg:
		return apperr.Invalidf("totalCents", "invoice.negative", "%s ha importi negativi: per ridurre una fattura il fornitore emette "+
			"una nota di credito (TD04).", what)
	}
	for _, a := range []struct {
		field string
		cents int64
	}{{"taxableCents", in.TaxableCents}, {"vatCents", in.VATCents}, {"totalCents", in.TotalCents},
		{"stampDutyCents", in.StampCents}, {"withholdingCents", in.WithholdingCents}} {
		if err := money.CheckBound(a.field, a.cents); err != nil {
			ae, _ := apperr.As(err)
			return apperr.Invalidf(a.field, ae.Rule, "%s: %s", what, ae.Message)
		}
	}
	return nil
}

// codes puts the hand-typed CIG and CUP first among the file's codes,
// normalized and without repetitions.
func codes(in *InvoiceInput) {
	if in.CIG != "" {
		in.CIGs = append([]string{in.CIG}, in.CIGs...)
	}
	if in.CUP != "" {
		in.CUPs = append([]string{in.CUP}, in.CUPs...)
	}
	norm := func(list []string) []string {
		out := make([]string, 0, len(list))
		for _, c := range list {
			if c = italy.NormalizeCode(c); c != "" && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		return out
	}
	in.CIGs, in.CUPs = norm(in.CIGs), norm(in.CUPs)
}

// codeList names codes read from a file in a message: at most five, each
// cut to 20 characters.
func codeList(codes []string) string {
	out := make([]string, 0, 5)
	for i, c := range codes {
		if i == 5 {
			out = append(out, "…")
			break
		}
		out = append(out, textenc.Clip(c, 20))
	}
	return strings.Join(out, ", ")
}

// foreignProblem is the problem of an invoice in another currency, until
// its value in euro is recorded.
func foreignProblem(currency string, total int64) string {
	return fmt.Sprintf("Fattura in valuta %s (totale %s %s): non è spesa del progetto finché non si registra il controvalore "+
		"in euro e l'atto che lo ha determinato.", currency, formatUnits(total), currency)
}

// formatUnits writes hundredths of a currency the Italian way: "1.234,56".
func formatUnits(c int64) string { return money.Format(c) }

// buyerFields records who the invoice was addressed to.
func buyerFields(m *gen.InvoiceMutation, in InvoiceInput, b buyerMatch) {
	if cf := strings.ToUpper(strings.TrimSpace(in.BuyerCodiceFiscale)); cf != "" && italy.ValidateCodiceFiscaleEnte(cf) == nil {
		m.SetBuyerCodiceFiscale(cf)
	}
	if oc := officeCode(in.BuyerOfficeCode); oc != "" {
		m.SetBuyerOfficeCode(oc)
	}
	if b.member != nil {
		m.SetBuyerBodyID(b.member.ID)
	}
}

func (s *Service) vendorOf(ctx context.Context, vat string) (*pulid.ID, error) {
	v, err := s.Client(ctx).Vendor.Query().Where(vendor.VatID(strings.TrimPrefix(vat, "IT"))).Only(authz.Elevate(ctx))
	switch {
	case err == nil:
		return &v.ID, nil
	case gen.IsNotFound(err) || gen.IsNotSingular(err):
		return nil, nil
	}
	return nil, err
}

// overContract returns a problem when the contract's invoices, net of
// their credit notes and without stamp duty (ledger.Invoice.Spending),
// plus spending would exceed the contract's amount. except is an invoice
// already counted in spending. One aggregate statement, however many
// invoices the contract has: credit notes never take more than an
// invoice's taxable amount and VAT, so the sum of the spending is the sum
// of taxable amount and VAT less what was credited.
func (s *Service) overContract(ctx context.Context, ct *gen.Contract, spending int64, except pulid.ID) ([]string, error) {
	q := s.Client(ctx).Invoice.Query().Where(invoice.ContractID(ct.ID), invoice.DocumentTypeNEQ("TD04"))
	if except != "" {
		q.Where(invoice.IDNEQ(except))
	}
	var sums []struct {
		Billed *int64 `json:"billed"`
	}
	err := q.Modify(func(sel *entsql.Selector) {
		sel.Select().AppendSelectAs(fmt.Sprintf("SUM(%s + %s - %s - %s)", sel.C(invoice.FieldTaxableCents), sel.C(invoice.FieldVatCents),
			sel.C(invoice.FieldCreditedTaxableCents), sel.C(invoice.FieldCreditedVatCents)), "billed")
	}).Scan(authz.Elevate(ctx), &sums)
	if err != nil {
		return nil, err
	}
	var others int64
	if len(sums) == 1 && sums[0].Billed != nil {
		others = *sums[0].Billed
	}
	billed, err := money.Sum(others, spending)
	if err != nil {
		return nil, err
	}
	if limit := ct.NetCents + ct.VatCents; billed > limit {
		return []string{fmt.Sprintf("Con questa fattura il fatturato sul contratto, al netto delle note di credito (%s), supera l'importo del contratto (%s) di %s.",
			money.FormatEUR(billed), money.FormatEUR(limit), money.FormatEUR(billed-limit))}, nil
	}
	return nil, nil
}

// ledgerFigures are an invoice's figures for the money rules.
func ledgerFigures(in *gen.Invoice) ledger.Invoice {
	return ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VatCents, Total: in.TotalCents, Stamp: in.StampDutyCents,
		Withholding: in.WithholdingCents, CreditedTaxable: in.CreditedTaxableCents, CreditedVAT: in.CreditedVatCents,
		SplitPayment: in.SplitPayment}
}

// maxCIGs is how many of an invoice's CIG codes are looked up.
const maxCIGs = 10

// matchContract finds the contract an invoice belongs to: the contract of
// the project's lot with the invoice's CIG whose vendor (or a member of the
// vendor's grouping) issued the invoice.
func (s *Service) matchContract(ctx context.Context, p *gen.Project, in InvoiceInput, vendorID *pulid.ID) (*gen.Contract, string, []string, error) {
	sys := authz.Elevate(ctx)
	if len(in.CIGs) == 0 {
		return nil, "", []string{"CIG assente: la fattura non si può collegare a un contratto."}, nil
	}
	var problems []string
	cigs := in.CIGs
	if len(cigs) > maxCIGs {
		// A file may name any number of codes: a few are looked up.
		problems = append(problems, fmt.Sprintf("La fattura riporta %d CIG: si controllano i primi %d.", len(cigs), maxCIGs))
		cigs = cigs[:maxCIGs]
	}
	for _, cig := range cigs {
		if italy.ValidateCIG(cig) != nil {
			problems = append(problems, fmt.Sprintf("CIG %s non valido (carattere di controllo errato).", textenc.Clip(cig, 20)))
			continue
		}
		l, err := s.Client(ctx).Lot.Query().Where(lot.Cig(cig), lot.HasProcurementWith(procurement.ProjectID(p.ID))).
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

// memberShare returns, for an invoice addressed to a member other than the
// lead, the member's cost share on the contract the invoice is charged to
// alone, or the problem that it has none.
func (s *Service) memberShare(ctx context.Context, ct *gen.Contract, b buyerMatch) (*gen.CostShare, string, error) {
	if ct == nil || b.member == nil {
		return nil, "", nil
	}
	sh, err := s.Client(ctx).CostShare.Query().Where(costshare.ContractID(ct.ID), costshare.BodyID(b.member.ID)).Only(authz.Elevate(ctx))
	switch {
	case gen.IsNotFound(err):
		return nil, fmt.Sprintf("La fattura è intestata a %s, che non ha una quota del contratto %s: non si può imputare; "+
			"correggere la ripartizione del contratto o chiedere al fornitore di intestarla all'ente capofila.",
			b.member.Name, contractLabel(ct)), nil
	case err != nil:
		return nil, "", err
	}
	return sh, "", nil
}

func contractLabel(ct *gen.Contract) string {
	if ct.Reference != "" {
		return "«" + ct.Reference + "»"
	}
	return "collegato"
}

// shareInvoice splits an invoice's spending (ledger.Invoice.Spending: net
// of credit notes, without stamp duty) across members like its contract,
// or charges it whole to one member's cost share (an invoice addressed to
// that member).
func (s *Service) shareInvoice(ctx context.Context, inv *gen.Invoice, ct *gen.Contract, only *gen.CostShare) error {
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	spending := ledgerFigures(inv).Spending()
	if only != nil {
		if inv.BuyerBodyID == nil || spending == 0 {
			return nil
		}
		return c.InvoiceShare.Create().SetInvoiceID(inv.ID).SetBodyID(only.BodyID).
			SetNillableExpenseCategoryID(only.ExpenseCategoryID).SetAmountCents(spending).Exec(sys)
	}
	if inv.BuyerBodyID != nil {
		return nil // addressed to a member without a share: its problem says so
	}
	shares, err := c.CostShare.Query().Where(costshare.ContractID(ct.ID)).Order(costshare.ByBodyID()).All(sys)
	if err != nil || len(shares) == 0 || spending == 0 {
		return err
	}
	w := make([]int64, len(shares))
	for i, sh := range shares {
		w[i] = sh.AmountCents
	}
	parts, err := money.SplitLargestRemainder(spending, w)
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
	return db.InBatches(creates, func(b []*gen.InvoiceShareCreate) error { return c.InvoiceShare.CreateBulk(b...).Exec(sys) })
}

// resplit sets an invoice's shares to what it costs now (after a credit
// note, or after one was discarded), the way shareInvoice split it: like
// the contract's cost shares (largest remainder, in member order), or
// whole to the one member it is addressed to; then their paid parts to
// what the invoice's payments add up to (splitPayments).
func (s *Service) resplit(ctx context.Context, inv *gen.Invoice) error {
	c := s.Client(ctx)
	sys := authz.Elevate(ctx)
	shares, err := c.InvoiceShare.Query().Where(invoiceshare.InvoiceID(inv.ID)).Order(invoiceshare.ByBodyID()).All(sys)
	if err != nil {
		return err
	}
	spending := ledgerFigures(inv).Spending()
	want := map[pulid.ID]int64{}
	category := map[pulid.ID]*pulid.ID{}
	switch {
	case inv.ContractID != nil && inv.BuyerBodyID == nil:
		cs, err := c.CostShare.Query().Where(costshare.ContractID(*inv.ContractID)).Order(costshare.ByBodyID()).All(sys)
		if err != nil {
			return err
		}
		w := make([]int64, len(cs))
		for i, sh := range cs {
			w[i] = sh.AmountCents
		}
		if len(cs) > 0 {
			parts, err := money.SplitLargestRemainder(spending, w)
			if err != nil {
				return err
			}
			for i, sh := range cs {
				want[sh.BodyID], category[sh.BodyID] = parts[i], sh.ExpenseCategoryID
			}
		}
	case len(shares) == 1:
		want[shares[0].BodyID] = spending
	default:
		return nil
	}
	for _, sh := range shares {
		if w := want[sh.BodyID]; w != sh.AmountCents {
			if err := c.InvoiceShare.UpdateOne(sh).SetAmountCents(w).Exec(sys); err != nil {
				return err
			}
		}
		delete(want, sh.BodyID)
	}
	var creates []*gen.InvoiceShareCreate // members whose part was zero before
	for body, amount := range want {
		if amount > 0 {
			creates = append(creates, c.InvoiceShare.Create().SetInvoiceID(inv.ID).SetBodyID(body).
				SetNillableExpenseCategoryID(category[body]).SetAmountCents(amount))
		}
	}
	if err := db.InBatches(creates, func(b []*gen.InvoiceShareCreate) error { return c.InvoiceShare.CreateBulk(b...).Exec(sys) }); err != nil {
		return err
	}
	payments, err := c.Payment.Query().Where(payment.InvoiceID(inv.ID)).All(sys)
	if err != nil {
		return err
	}
	var paid int64
	for _, py := range payments {
		paid += py.AmountCents
	}
	return splitPayments(sys, c, inv.ID, paid)
}
