// Package eligibility decides whether the expenses a lead body puts in an
// expense claim may be claimed, and for how much: one pure function (Check)
// over everything the rules need — the claim and the call's eligibility
// window, the invoices with their credit notes, currency, receipted
// payments by kind and member shares, the categories and whether VAT is an
// eligible cost in them, the room left in each allocation and what is
// already claimed. It reports every rule an expense breaks, not just the
// first, so that the lead can fix a claim in one pass.
//
// project.AddExpenseItems reads the inputs from the database and refuses
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
	inv := it.Invoice
	what := fmt.Sprintf("Spesa %d", n)
	if inv != nil {
		what += fmt.Sprintf(" (fattura n. %s del %s", inv.Number, inv.IssuedOn.Italian())
		if it.Member != nil {
			what += ", " + it.Member.Name
		}
		what += ")"
	} else if it.Member != nil {
		what += " (" + it.Member.Name + ")"
	}
	var fs []Failure
	fail := func(rule string, amount int64, format string, args ...any) {
		f := Failure{Item: n, Body: it.Body, Rule: rule, Amount: amount, Message: what + ": " + fmt.Sprintf(format, args...)}
		if inv != nil {
			f.InvoiceID = inv.ID
		}
		fs = append(fs, f)
	}
	cat := it.Category
	catName := ""
	if cat != nil {
		catName = cat.Name
	}

	if inv == nil {
		fail(RuleInvoiceNotInProject, it.Claimed, "la fattura non appartiene al progetto.")
	}
	if it.Member == nil {
		fail(RuleNotMember, it.Claimed, "l'ente non fa parte dell'aggregazione.")
	}
	if cat == nil {
		fail(RuleCategoryNotInCall, it.Claimed, "la categoria di spesa non è prevista dal bando.")
	}
	if it.LineOutsideCall {
		fail(RuleLineNotInCall, it.Claimed, "la linea di intervento non è prevista dal bando.")
	}
	if it.Claimed <= 0 {
		fail(RuleAmount, it.Claimed, "l'importo rendicontato deve essere positivo.")
	}
	if inv == nil {
		return Accepted{}, fs
	}

	// The invoice itself.
	blocked := false
	if inv.DocumentType == "TD04" {
		blocked = true
		fail(RuleCreditNote, it.Claimed, "è una nota di credito (TD04): riduce la fattura a cui si riferisce e non è una spesa da rendicontare.")
	}
	if !ConvertedToEUR(inv) {
		blocked = true
		fail(RuleCurrency, it.Claimed, "è in %s e il controvalore in euro non è stato registrato con un atto di conversione: non è rendicontabile finché non lo è.", inv.Currency)
	}
	if inv.CIG == "" || italy.ValidateCIG(inv.CIG) != nil || !inv.Contracted {
		fail(RuleCIG, it.Claimed, "la fattura non ha un CIG valido collegato a un contratto del progetto.")
	}
	if inv.CUP != cl.CUP {
		fail(RuleCUP, it.Claimed, "la fattura non riporta il CUP del progetto (%s).", cl.CUP)
	}
	if cl.EligibleFrom != nil && inv.IssuedOn.Before(*cl.EligibleFrom) {
		fail(RuleBeforeWindow, it.Claimed, "la fattura precede l'inizio dell'ammissibilità delle spese (%s).", cl.EligibleFrom.Italian())
	}
	if cl.EligibleUntil != nil && inv.IssuedOn.After(*cl.EligibleUntil) {
		fail(RuleAfterWindow, it.Claimed, "la fattura segue la fine dell'ammissibilità delle spese (%s).", cl.EligibleUntil.Italian())
	}
	if inv.IssuedOn.After(cl.PeriodEnd) {
		fail(RuleAfterPeriod, it.Claimed, "la fattura segue la fine del periodo rendicontato (%s).", cl.PeriodEnd.Italian())
	}
	paid, proof := Receipted(inv.Payments, cl.EligibleUntil)
	if proof == nil {
		blocked = true
		fail(RuleNotPaid, it.Claimed, "la fattura non ha un pagamento quietanzato entro la fine dell'ammissibilità.")
	}

	// The member's share.
	idx := -1
	for j, sh := range inv.Shares {
		if sh.Body == it.Body {
			idx = j
		}
	}
	if it.Member != nil && idx < 0 {
		fail(RuleNoShare, it.Claimed, "la fattura non ha una quota a carico dell'ente.")
	}
	if idx >= 0 && cat != nil && inv.Shares[idx].Category != "" && inv.Shares[idx].Category != cat.ID {
		fail(RuleCategoryMismatch, it.Claimed, "il contratto imputa la spesa a un'altra categoria, non a «%s».", catName)
	}
	key := Key{it.Body, ""}
	left, hasRoom := int64(0), false
	if cat != nil {
		key.Category = cat.ID
		left, hasRoom = room[key]
		if it.Member != nil && !hasRoom {
			fail(RuleNoAllocation, it.Claimed, "l'ente non ha una quota assegnata nella categoria «%s».", catName)
		}
	}
	if claimed[Claimed{inv.ID, it.Body}] {
		fail(RuleAlreadyClaimed, it.Claimed, "la quota dell'ente su questa fattura è già rendicontata.")
	}

	// The amount.
	var claimable int64
	if idx >= 0 && cat != nil && it.Claimed > 0 && !blocked {
		weights := shareWeights(inv)
		claimable = ledger.MemberParts(inv.Figures.Claimable(paid, cat.VATEligible), weights)[idx]
		if it.Claimed > claimable {
			excess := it.Claimed - claimable
			withVAT := ledger.MemberParts(inv.Figures.Claimable(paid, true), weights)[idx]
			f24Paid := paid.With(ledger.VATF24, inv.Figures.Due(ledger.VATF24))
			withF24 := ledger.MemberParts(inv.Figures.Claimable(f24Paid, cat.VATEligible), weights)[idx]
			switch {
			case !cat.VATEligible && it.Claimed <= withVAT:
				fail(RuleVATNotEligible, excess, "nella categoria «%s» l'IVA non è una spesa ammissibile: si rendicontano %s ma la quota rendicontabile dell'ente, senza IVA, è %s (eccedenza %s).",
					catName, money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
			case inv.Figures.SplitPayment && paid[ledger.VATF24] < inv.Figures.Due(ledger.VATF24) && it.Claimed <= withF24:
				fail(RuleVATNotReceipted, excess, "l'IVA in scissione dei pagamenti (%s) non risulta versata con F24 quietanzato entro la fine dell'ammissibilità (versati %s): si rendicontano %s ma la quota rendicontabile dell'ente è %s (eccedenza %s).",
					money.FormatEUR(inv.Figures.Due(ledger.VATF24)), money.FormatEUR(paid[ledger.VATF24]), money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
			default:
				fail(RuleAbovePaidShare, excess, "si rendicontano %s ma la quota pagata e rendicontabile a carico dell'ente è %s (eccedenza %s).",
					money.FormatEUR(it.Claimed), money.FormatEUR(claimable), money.FormatEUR(excess))
			}
		}
	}
	if hasRoom && it.Claimed > 0 && it.Claimed > left {
		fail(RuleAboveAllocation, it.Claimed-max(left, 0), "si rendicontano %s ma nella categoria «%s» restano %s (quota assegnata meno spese ammesse o in controllo): eccedenza %s.",
			money.FormatEUR(it.Claimed), catName, money.FormatEUR(max(left, 0)), money.FormatEUR(it.Claimed-max(left, 0)))
	}
	if len(fs) > 0 {
		return Accepted{}, fs
	}
	return Accepted{Proof: proof.ID, Claimable: claimable}, nil
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
	for j, sh := range inv.Shares {
		if sh.Body == body {
			return ledger.MemberParts(amount, shareWeights(inv))[j]
		}
	}
	return 0
}

func shareWeights(inv *Invoice) []int64 {
	w := make([]int64, len(inv.Shares))
	for j, sh := range inv.Shares {
		w[j] = sh.Amount
	}
	return w
}
