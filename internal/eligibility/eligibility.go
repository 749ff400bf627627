// Package eligibility decides whether the expenses a lead body puts in an
// expense claim may be claimed, and for how much: one pure function (Check)
// over everything the rules need — the claim and the call's eligibility
// window, the invoices with their credit notes, currency, receipted
// payments by kind and member shares, the categories and whether VAT is an
// eligible cost in them, the room left in each allocation and what is
// already claimed. It reports every rule an expense breaks, not just the
// first, so that the lead can fix a claim in one pass.
//
// claims.AddExpenseItems reads the inputs from the database and refuses
// the whole request when Check reports a failure; the web app proposes the
// amounts MemberClaimable computes, so that what it offers is what the
// server accepts.
package eligibility

import (
	"fmt"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
)

// The rules an expense may break, as rule keys of the refusal.
const (
	RuleInvoiceNotInProject = "expense.invoice_not_in_project" // the invoice is not one of the project's
	RuleNotMember           = "expense.not_member"             // the body is not a member of the aggregation
	RuleCategoryNotInCall   = "expense.category_not_in_call"   // the category is not one of the call's
	RuleLineNotInCall       = "expense.line_not_in_call"       // the intervention line is not one of the call's
	RuleAmount              = "expense.amount"                 // the amount claimed is not positive
	RuleCreditNote          = "expense.credit_note"            // the document is a credit note (TD04)
	RuleCurrency            = "expense.currency"               // in another currency, not converted by a recorded act
	RuleCIG                 = "expense.cig"                    // no valid CIG matched to a contract of the project
	RuleCUP                 = "expense.cup"                    // not the project's CUP
	RuleBeforeWindow        = "expense.before_window"          // issued before the call's eligibility window
	RuleAfterWindow         = "expense.after_window"           // issued after the call's eligibility window
	RuleAfterPeriod         = "expense.after_period"           // issued after the claim's period
	RuleNotPaid             = "expense.not_paid"               // no payment receipted within the window
	RuleCategoryMismatch    = "expense.category_mismatch"      // the contract charges the member's share to another category
	RuleNoShare             = "expense.no_share"               // the invoice charges nothing to the member
	RuleNoAllocation        = "expense.no_allocation"          // the member has no allocation in the category
	RuleAlreadyClaimed      = "expense.already_claimed"        // the member's share of the invoice is claimed already
	RuleVATNotEligible      = "expense.vat_not_eligible"       // the amount includes VAT in a category where VAT is not eligible
	RuleVATNotReceipted     = "expense.vat_f24_not_receipted"  // the amount includes split-payment VAT whose F24 is not receipted
	RuleAbovePaidShare      = "expense.above_paid_share"       // above the member's part of what was paid and may be claimed
	RuleAboveAllocation     = "expense.above_allocation"       // above the allocation left in the category
)

// Claim is what the rules need of the claim, its project and its call.
type Claim struct {
	// PeriodEnd is the last day of the claim's period.
	PeriodEnd civil.Date
	// EligibleFrom and EligibleUntil bound the call's eligibility window
	// (nil: open on that side).
	EligibleFrom, EligibleUntil *civil.Date
	// CUP is the project's.
	CUP string
}

// Category is an expense category of the call.
type Category struct {
	ID, Name string
	// VATEligible says whether VAT is an eligible cost in the category.
	VATEligible bool
}

// Payment is a payment of an invoice.
type Payment struct {
	ID     string
	Kind   ledger.PaymentKind
	Amount int64
	// Receipt is the day the treasurer paid (quietanza); nil until then.
	Receipt *civil.Date
}

// Share is the part of an invoice charged to one member.
type Share struct {
	Body string
	// Category is the category the contract charges it to ("" for none).
	Category string
	// Amount is the share's amount: the weight its member's parts of the
	// invoice's money are divided by.
	Amount int64
}

// Invoice is what the rules need of an invoice of the project.
type Invoice struct {
	ID, Number string
	IssuedOn   civil.Date
	// DocumentType is FatturaPA's TipoDocumento (TD04: credit note).
	DocumentType string
	// Currency (ISO 4217, "" meaning EUR) and ConversionAct, the act that
	// recorded its value in euro when it is another currency.
	Currency, ConversionAct string
	// CIG as written on the invoice; Contracted when it is matched to a
	// contract of the project.
	CIG        string
	Contracted bool
	CUP        string
	// Figures are its money, credit notes included (ledger.Invoice).
	Figures  ledger.Invoice
	Payments []Payment
	// Shares in their stored order (by member ID).
	Shares []Share
}

// Member is a body of the aggregation.
type Member struct{ ID, Name string }

// Item is one expense to claim.
type Item struct {
	// Invoice is nil when the invoice is not one of the project's.
	Invoice *Invoice
	// Body is the body charged; Member is nil when it is not a member.
	Body   string
	Member *Member
	// Category is nil when the category is not one of the call's.
	Category *Category
	// LineOutsideCall is true when an intervention line is given that is
	// not one of the call's.
	LineOutsideCall bool
	// Claimed is the amount claimed, in cents.
	Claimed int64
}

// Key identifies an allocation: a member in a category.
type Key struct{ Body, Category string }

// Request is everything Check needs.
type Request struct {
	Claim Claim
	Items []Item
	// Room is, per member and category with an allocation, the allocation
	// less what was admitted or is claimed in claims not closed; a
	// missing key means no allocation.
	Room map[Key]int64
	// Claimed holds the invoice × member pairs already claimed (in a
	// claim not rejected, unless admitted at zero).
	Claimed map[Claimed]bool
}

// Claimed identifies a member's share of an invoice in a claim.
type Claimed struct{ Invoice, Body string }

// Failure is a rule an item breaks.
type Failure struct {
	// Item is the item's position in the request, from 1.
	Item int
	// InvoiceID and Body identify the expense ("" when unknown).
	InvoiceID, Body string
	Rule            string
	// Amount is the money at stake: the excess over what may be claimed,
	// or the amount claimed when the whole of it is refused.
	Amount int64
	// Message says, in Italian, the item, the invoice, the member, the
	// rule and the amounts.
	Message string
}

// Accepted is what Check found for an item that breaks no rule.
type Accepted struct {
	// Proof is the payment the expense is claimed on: the last receipted
	// payment to the supplier within the window (or of any kind when the
	// supplier has none receipted).
	Proof string
	// Claimable is the member's part of what may be claimed of the
	// invoice in the item's category.
	Claimable int64
}

// Check applies every rule to every item, in order: the room left in an
// allocation and the pairs already claimed follow the items before it, as
// if they were saved. It returns, per item, what was found for it (zero for
// items that fail) and every failure; a rule that cannot be judged because
// a rule it rests on failed (no invoice, no share, nothing receipted) is
// not reported twice.
func Check(r Request) ([]Accepted, []Failure) {
	room := make(map[Key]int64, len(r.Room))
	for k, v := range r.Room {
		room[k] = v
	}
	claimed := make(map[Claimed]bool, len(r.Claimed))
	for k, v := range r.Claimed {
		claimed[k] = v
	}
	out := make([]Accepted, len(r.Items))
	var failures []Failure
	for i, it := range r.Items {
		acc, fs := checkItem(r.Claim, i+1, it, room, claimed)
		failures = append(failures, fs...)
		if it.Invoice != nil {
			claimed[Claimed{it.Invoice.ID, it.Body}] = true
		}
		if len(fs) == 0 {
			out[i] = acc
			room[Key{it.Body, it.Category.ID}] -= it.Claimed
		}
	}
	return out, failures
}

func checkItem(cl Claim, n int, it Item, room map[Key]int64, claimed map[Claimed]bool) (Accepted, []Failure) {
	c := &itemCheck{cl: cl, n: n, it: it, what: describe(n, it)}
	c.references()
	if it.Invoice == nil {
		return Accepted{}, c.fs
	}
	paid, proof := c.invoiceRules()
	idx, left, hasRoom := c.shareRules(room, claimed)
	claimable := c.amountRules(paid, idx)
	if hasRoom && it.Claimed > 0 && it.Claimed > left {
		c.fail(RuleAboveAllocation, it.Claimed-max(left, 0), "si rendicontano %s ma nella categoria «%s» restano %s (quota assegnata meno spese ammesse o in controllo): eccedenza %s.",
			money.FormatEUR(it.Claimed), c.catName(), money.FormatEUR(max(left, 0)), money.FormatEUR(it.Claimed-max(left, 0)))
	}
	if len(c.fs) > 0 {
		return Accepted{}, c.fs
	}
	return Accepted{Proof: proof.ID, Claimable: claimable}, nil
}

// itemCheck collects the failures of one item, in the order the rules are
// checked: what the item refers to, the invoice, the member's share, the
// amount.
type itemCheck struct {
	cl   Claim
	n    int
	it   Item
	what string // "Spesa 3 (fattura n. … del …, Comune di …)"
	fs   []Failure
	// blocked is set when the invoice cannot be claimed at all (a credit
	// note, an unconverted currency, no receipted payment): the amount is
	// then not compared with a claimable part.
	blocked bool
}

// describe names the item as the messages do.
func describe(n int, it Item) string {
	what := fmt.Sprintf("Spesa %d", n)
	if inv := it.Invoice; inv != nil {
		what += fmt.Sprintf(" (fattura n. %s del %s", inv.Number, inv.IssuedOn.Italian())
		if it.Member != nil {
			what += ", " + it.Member.Name
		}
		return what + ")"
	}
	if it.Member != nil {
		what += " (" + it.Member.Name + ")"
	}
	return what
}

func (c *itemCheck) fail(rule string, amount int64, format string, args ...any) {
	f := Failure{Item: c.n, Body: c.it.Body, Rule: rule, Amount: amount, Message: c.what + ": " + fmt.Sprintf(format, args...)}
	if c.it.Invoice != nil {
		f.InvoiceID = c.it.Invoice.ID
	}
	c.fs = append(c.fs, f)
}

func (c *itemCheck) catName() string {
	if c.it.Category == nil {
		return ""
	}
	return c.it.Category.Name
}

// references: the invoice, the member, the category and the line exist in
// the project and the call, and the amount is positive.
func (c *itemCheck) references() {
	it := c.it
	if it.Invoice == nil {
		c.fail(RuleInvoiceNotInProject, it.Claimed, "la fattura non appartiene al progetto.")
	}
	if it.Member == nil {
		c.fail(RuleNotMember, it.Claimed, "l'ente non fa parte dell'aggregazione.")
	}
	if it.Category == nil {
		c.fail(RuleCategoryNotInCall, it.Claimed, "la categoria di spesa non è prevista dal bando.")
	}
	if it.LineOutsideCall {
		c.fail(RuleLineNotInCall, it.Claimed, "la linea di intervento non è prevista dal bando.")
	}
	if it.Claimed <= 0 {
		c.fail(RuleAmount, it.Claimed, "l'importo rendicontato deve essere positivo.")
	}
}

// invoiceRules checks the invoice itself: its type and currency, CIG and
// CUP, dates, and its receipted payment. It returns what was paid of each
// part within the window and the payment that proves it (nil: none).
func (c *itemCheck) invoiceRules() (ledger.Paid, *Payment) {
	cl, inv, claimedAmt := c.cl, c.it.Invoice, c.it.Claimed
	if inv.DocumentType == "TD04" {
		c.blocked = true
		c.fail(RuleCreditNote, claimedAmt, "è una nota di credito (TD04): riduce la fattura a cui si riferisce e non è una spesa da rendicontare.")
	}
	if !ConvertedToEUR(inv) {
		c.blocked = true
		c.fail(RuleCurrency, claimedAmt, "è in %s e il controvalore in euro non è stato registrato con un atto di conversione: non è rendicontabile finché non lo è.", inv.Currency)
	}
	if inv.CIG == "" || italy.ValidateCIG(inv.CIG) != nil || !inv.Contracted {
		c.fail(RuleCIG, claimedAmt, "la fattura non ha un CIG valido collegato a un contratto del progetto.")
	}
	if inv.CUP != cl.CUP {
		c.fail(RuleCUP, claimedAmt, "la fattura non riporta il CUP del progetto (%s).", cl.CUP)
	}
	if cl.EligibleFrom != nil && inv.IssuedOn.Before(*cl.EligibleFrom) {
		c.fail(RuleBeforeWindow, claimedAmt, "la fattura precede l'inizio dell'ammissibilità delle spese (%s).", cl.EligibleFrom.Italian())
	}
	if cl.EligibleUntil != nil && inv.IssuedOn.After(*cl.EligibleUntil) {
		c.fail(RuleAfterWindow, claimedAmt, "la fattura segue la fine dell'ammissibilità delle spese (%s).", cl.EligibleUntil.Italian())
	}
	if inv.IssuedOn.After(cl.PeriodEnd) {
		c.fail(RuleAfterPeriod, claimedAmt, "la fattura segue la fine del periodo rendicontato (%s).", cl.PeriodEnd.Italian())
	}
	paid, proof := Receipted(inv.Payments, cl.EligibleUntil)
	if proof == nil {
		c.blocked = true
		c.fail(RuleNotPaid, claimedAmt, "la fattura non ha un pagamento quietanzato entro la fine dell'ammissibilità.")
	}
	return paid, proof
}

// shareRules checks the member's share of the invoice, its category, its
// allocation and that it was not claimed already. It returns the share's
// index (-1: none) and the room left in the member's allocation of the
// category (hasRoom false: no allocation).
func (c *itemCheck) shareRules(room map[Key]int64, claimed map[Claimed]bool) (idx int, left int64, hasRoom bool) {
	it, inv, cat := c.it, c.it.Invoice, c.it.Category
	idx = -1
	for j, sh := range inv.Shares {
		if sh.Body == it.Body {
			idx = j
		}
	}
	if it.Member != nil && idx < 0 {
		c.fail(RuleNoShare, it.Claimed, "la fattura non ha una quota a carico dell'ente.")
	}
	if idx >= 0 && cat != nil && inv.Shares[idx].Category != "" && inv.Shares[idx].Category != cat.ID {
		c.fail(RuleCategoryMismatch, it.Claimed, "il contratto imputa la spesa a un'altra categoria, non a «%s».", c.catName())
	}
	if cat != nil {
		left, hasRoom = room[Key{it.Body, cat.ID}]
		if it.Member != nil && !hasRoom {
			c.fail(RuleNoAllocation, it.Claimed, "l'ente non ha una quota assegnata nella categoria «%s».", c.catName())
		}
	}
	if claimed[Claimed{inv.ID, it.Body}] {
		c.fail(RuleAlreadyClaimed, it.Claimed, "la quota dell'ente su questa fattura è già rendicontata.")
	}
	return idx, left, hasRoom
}

// amountRules compares the amount with the member's claimable part of what
// was paid (VAT only where eligible, split-payment VAT only once its F24 is
// receipted) and names why the excess is not claimable. It returns the
// claimable part.
func (c *itemCheck) amountRules(paid ledger.Paid, idx int) int64 {
	it, inv, cat := c.it, c.it.Invoice, c.it.Category
	if idx < 0 || cat == nil || it.Claimed <= 0 || c.blocked {
		return 0
	}
	shares := ledgerShares(inv)
	claimable := ledger.PartOf(inv.Figures.Claimable(paid, cat.VATEligible), shares, it.Body)
	if it.Claimed <= claimable {
		return claimable
	}
	excess := it.Claimed - claimable
	withVAT := ledger.PartOf(inv.Figures.Claimable(paid, true), shares, it.Body)
	f24Paid := paid.With(ledger.VATF24, inv.Figures.Due(ledger.VATF24))
	withF24 := ledger.PartOf(inv.Figures.Claimable(f24Paid, cat.VATEligible), shares, it.Body)
	switch {
	case !cat.VATEligible && it.Claimed <= withVAT:
		c.fail(RuleVATNotEligible, excess, "nella categoria «%s» l'IVA non è una spesa ammissibile: si rendicontano %s ma la quota rendicontabile dell'ente, senza IVA, è %s (eccedenza %s).",
			c.catName(), money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
	case inv.Figures.SplitPayment && paid[ledger.VATF24] < inv.Figures.Due(ledger.VATF24) && it.Claimed <= withF24:
		c.fail(RuleVATNotReceipted, excess, "l'IVA in scissione dei pagamenti (%s) non risulta versata con F24 quietanzato entro la fine dell'ammissibilità (versati %s): si rendicontano %s ma la quota rendicontabile dell'ente è %s (eccedenza %s).",
			money.FormatEUR(inv.Figures.Due(ledger.VATF24)), money.FormatEUR(paid[ledger.VATF24]), money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
	default:
		c.fail(RuleAbovePaidShare, excess, "si rendicontano %s ma la quota pagata e rendicontabile a carico dell'ente è %s (eccedenza %s).",
			money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
	}
	return claimable
}

// ConvertedToEUR reports whether the invoice's amounts are euro: issued in
// euro, or converted by a recorded act.
func ConvertedToEUR(inv *Invoice) bool {
	return inv.Currency == "" || inv.Currency == "EUR" || inv.ConversionAct != ""
}

// Receipted sums the payments receipted by until (every receipted payment
// when until is nil), by kind, and returns the proof of payment: the last
// receipted payment to the supplier, or of any kind when the supplier has
// none (nil when nothing is receipted).
func Receipted(payments []Payment, until *civil.Date) (ledger.Paid, *Payment) {
	paid := ledger.Paid{}
	var proof, anyKind *Payment
	for i := range payments {
		py := &payments[i]
		if py.Receipt == nil || (until != nil && py.Receipt.After(*until)) {
			continue
		}
		paid[py.Kind] += py.Amount
		if anyKind == nil || !py.Receipt.Before(*anyKind.Receipt) {
			anyKind = py
		}
		if py.Kind == ledger.Supplier && (proof == nil || !py.Receipt.Before(*proof.Receipt)) {
			proof = py
		}
	}
	if proof == nil {
		proof = anyKind
	}
	return paid, proof
}

// MemberClaimable is what a member may claim of an invoice in a category
// (VAT eligible or not), given the payments receipted by until: its part
// (ledger.MemberParts) of ledger.Invoice.Claimable. It is zero for a credit
// note, an invoice not converted to euro, or a body without a share.
func MemberClaimable(inv *Invoice, body string, vatEligible bool, until *civil.Date) int64 {
	paid, _ := Receipted(inv.Payments, until)
	return memberPart(inv, body, inv.Figures.Claimable(paid, vatEligible))
}

// MemberClaimableWhenPaid is what a member could claim of an invoice in a
// category once every part of it (supplier, VAT and withholding by F24) is
// paid and receipted: what MemberClaimable gives when nothing is missing.
func MemberClaimableWhenPaid(inv *Invoice, body string, vatEligible bool) int64 {
	paid := ledger.Paid{}
	for _, k := range ledger.Kinds {
		paid[k] = inv.Figures.Due(k)
	}
	return memberPart(inv, body, inv.Figures.Claimable(paid, vatEligible))
}

func memberPart(inv *Invoice, body string, amount int64) int64 {
	if inv.DocumentType == "TD04" || !ConvertedToEUR(inv) {
		return 0
	}
	return ledger.PartOf(amount, ledgerShares(inv), body)
}

// ledgerShares are the invoice's shares as ledger.PartOf divides by them.
func ledgerShares(inv *Invoice) []ledger.Share {
	out := make([]ledger.Share, len(inv.Shares))
	for j, sh := range inv.Shares {
		out[j] = ledger.Share{Body: sh.Body, Amount: sh.Amount}
	}
	return out
}
