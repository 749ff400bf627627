// Package ledger holds the money rules of one invoice, as Italian public
// accounting applies them: what the invoice costs once its credit notes are
// netted, what is due to whom (the supplier, or the Treasury by F24 for
// split-payment VAT and withholding tax), and how much of what was paid may
// be claimed in a category where VAT is, or is not, an eligible cost; how an
// invoice's money is divided among the members (MemberParts); and what the
// Region owes on the admitted costs of a project (Plan).
//
// Everything here is a pure function of figures in euro cents; the services
// in internal/project read the figures from the database and call it, so
// that imports, payments, claims and reports apply one rule.
package ledger

import (
	"math/big"
)

// PaymentKind says what a payment pays (see the Payment schema).
type PaymentKind string

// The payment kinds.
const (
	// Supplier is a payment to the supplier, by bank transfer.
	Supplier PaymentKind = "SUPPLIER"
	// VATF24 is the VAT of a split-payment invoice (art. 17-ter DPR
	// 633/1972), paid by the buyer to the Treasury with an F24.
	VATF24 PaymentKind = "VAT_F24"
	// WithholdingF24 is the withholding tax (ritenuta) paid by the buyer to
	// the Treasury with an F24.
	WithholdingF24 PaymentKind = "WITHHOLDING_F24"
)

// Kinds lists the payment kinds in the order they are shown.
var Kinds = []PaymentKind{Supplier, VATF24, WithholdingF24}

// Invoice is what the rules need of an invoice, in euro cents.
type Invoice struct {
	// Taxable, VAT and Total are the document's figures as issued
	// (ImponibileImporto, Imposta and ImportoTotaleDocumento summed over
	// its summary blocks); Total includes the stamp duty when charged.
	Taxable, VAT, Total int64
	// Stamp is the virtual stamp duty charged (DatiBollo): paid to the
	// supplier with the total, never spending.
	Stamp int64
	// Withholding is the withholding tax (DatiRitenuta), due to the
	// Treasury by F24 instead of to the supplier.
	Withholding int64
	// CreditedTaxable and CreditedVAT are the figures of the credit notes
	// (TD04) that reduce the invoice.
	CreditedTaxable, CreditedVAT int64
	// SplitPayment is true when the VAT is under split payment
	// (EsigibilitaIVA = S): due to the Treasury, not to the supplier.
	SplitPayment bool
}

// NetTaxable is the taxable amount less what credit notes took back.
func (i Invoice) NetTaxable() int64 { return max(i.Taxable-i.CreditedTaxable, 0) }

// NetVAT is the VAT less what credit notes took back.
func (i Invoice) NetVAT() int64 { return max(i.VAT-i.CreditedVAT, 0) }

// Spending is what the invoice costs the project: net taxable plus net VAT.
// The stamp duty is not spending. Invoice shares split this amount across
// members.
func (i Invoice) Spending() int64 { return i.NetTaxable() + i.NetVAT() }

// Credited is the total of the credit notes that reduce the invoice.
func (i Invoice) Credited() int64 { return i.CreditedTaxable + i.CreditedVAT }

// Due returns what the invoice leaves to pay with payments of a kind, all
// payments included:
//   - VAT_F24: the net VAT of a split-payment invoice, else nothing;
//   - WITHHOLDING_F24: the withholding tax;
//   - SUPPLIER: the rest of the document total net of credit notes (the
//     stamp duty included, since the supplier advanced it).
func (i Invoice) Due(kind PaymentKind) int64 {
	switch kind {
	case VATF24:
		if i.SplitPayment {
			return i.NetVAT()
		}
		return 0
	case WithholdingF24:
		return i.Withholding
	case Supplier:
		rest := i.Total - i.Credited() - i.Withholding
		if i.SplitPayment {
			rest -= i.NetVAT()
		}
		return max(rest, 0)
	}
	return 0
}

// TotalDue is what the invoice costs in all, to the supplier and the
// Treasury together: the total net of credit notes.
func (i Invoice) TotalDue() int64 {
	var t int64
	for _, k := range Kinds {
		t += i.Due(k)
	}
	return t
}

// Paid is the money paid on an invoice by kind, receipted payments only
// where it matters (the caller chooses which payments it passes).
type Paid map[PaymentKind]int64

// Total is the sum over every kind.
func (p Paid) Total() int64 {
	var t int64
	for _, v := range p {
		t += v
	}
	return t
}

// With returns a copy of p where kind paid amount: "what if that part
// were paid".
func (p Paid) With(kind PaymentKind, amount int64) Paid {
	out := make(Paid, len(p)+1)
	for k, v := range p {
		out[k] = v
	}
	out[kind] = amount
	return out
}

// PaidSpending is the part of the payments that paid spending: the stamp
// duty is taken as paid first out of what reached the supplier, so a
// partly paid invoice never counts its stamp as spending. At most the
// invoice's spending.
func (i Invoice) PaidSpending(p Paid) int64 {
	stampPaid := min(p[Supplier], i.Stamp)
	return clamp(p.Total()-stampPaid, 0, i.Spending())
}

// Claimable is the part of the payments that may be claimed in a category,
// before it is split across the members:
//   - where VAT is eligible, the paid spending (taxable and VAT);
//   - where it is not, only the paid taxable amount: for a split-payment
//     invoice, what the supplier (and the Treasury for withholding)
//     received, less the stamp; otherwise the paid spending in proportion
//     to net taxable over spending, rounded down so that VAT is never
//     claimed.
func (i Invoice) Claimable(p Paid, vatEligible bool) int64 {
	paid := i.PaidSpending(p)
	if vatEligible || i.NetVAT() == 0 {
		return paid
	}
	if i.SplitPayment {
		toSupplier := p[Supplier] + p[WithholdingF24] - min(p[Supplier], i.Stamp)
		return clamp(toSupplier, 0, i.NetTaxable())
	}
	if i.Spending() == 0 {
		return 0
	}
	return mulDivFloor(paid, i.NetTaxable(), i.Spending())
}

// FullyPaid reports whether every part of the invoice is paid: the
// supplier, and the Treasury for split-payment VAT and withholding.
func (i Invoice) FullyPaid(p Paid) bool {
	for _, k := range Kinds {
		if p[k] < i.Due(k) {
			return false
		}
	}
	return true
}

func clamp(v, lo, hi int64) int64 { return max(lo, min(v, hi)) }

// mulDivFloor returns a × b / d rounded down, exactly (a, b, d ≥ 0, d > 0).
func mulDivFloor(a, b, d int64) int64 {
	var x big.Int
	x.Mul(big.NewInt(a), big.NewInt(b))
	x.Quo(&x, big.NewInt(d))
	return x.Int64()
}

// Label is the kind's Italian name, as messages and reports show it.
func (k PaymentKind) Label() string {
	switch k {
	case Supplier:
		return "pagamento al fornitore"
	case VATF24:
		return "IVA versata con F24 (scissione dei pagamenti)"
	case WithholdingF24:
		return "ritenuta versata con F24"
	}
	return string(k)
}
