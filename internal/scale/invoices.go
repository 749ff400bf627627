package scale

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/capofila/capofila/internal/money"
)

// invoice is an invoice of a contract, its split and its payment.
type invoice struct {
	id        string
	ct        *contract
	issued    time.Time
	total     int64
	cupOK     bool
	shares    []share
	paymentID string
	receipt   time.Time // zero while not receipted
}

// wrongCUPPerMille is how many invoices in a thousand carry a wrong CUP
// (flagged on import and never claimable, as in the demo).
const wrongCUPPerMille = 5

// invoices writes each contract's progress invoices (FatturaPA, split
// payment) billing 70–100% of it, spread from the contract's start to the
// end of the data, their
// shares (the total split like the contract's cost shares, largest
// remainder in body order) and their payments: older invoices are paid and
// receipted, a few receipts are pending, the latest are unpaid.
func (g *generator) invoices(p *project) error {
	r := p.r
	inseq, isseq, pyseq := g.seq("IN"), g.seq("IS"), g.seq("PY")
	mandates := 0
	for _, ct := range p.contracts {
		first := addDays(ct.start, 20)
		last := addDays(asOf, -10)
		span := max(1, int(last.Sub(first).Hours()/24))
		weights := make([]int64, invoicesPerContract)
		for i := range weights {
			weights[i] = 50 + int64(r.IntN(100))
		}
		// Progress invoices (SAL) bill 70–100% of the contract so far.
		progress := int64(7000 + r.IntN(3001))
		taxable, err := money.SplitLargestRemainder(money.BasisPoints(ct.net, progress), weights)
		if err != nil {
			return err
		}
		vat, err := money.SplitLargestRemainder(money.BasisPoints(ct.vat, progress), weights)
		if err != nil {
			return err
		}
		costWeights := make([]int64, len(ct.shares))
		for i, s := range ct.shares {
			costWeights[i] = s.amount
		}
		for j := 0; j < invoicesPerContract; j++ {
			in := &invoice{ct: ct, total: taxable[j] + vat[j], cupOK: r.IntN(1000) >= wrongCUPPerMille}
			in.issued = addDays(first, span*(j+1)/invoicesPerContract-r.IntN(max(1, span/(2*invoicesPerContract))))
			in.issued = minTime(in.issued, last)
			created := at(addDays(in.issued, 2), r.IntN(7200))
			in.id = inseq.next(created)
			ct.vendor.invoices++
			cupText, problems := p.cup, jsonNull
			if !in.cupOK {
				cupText = p.cup[:len(p.cup)-2] + "99"
				problems, _ = json.Marshal([]string{fmt.Sprintf("CUP %s diverso da quello del progetto (%s).", cupText, p.cup)})
			}
			g.t.invoices.add(in.id, created, created, p.id, p.regionID, ct.vendor.vat, ct.vendor.name, nil,
				fmt.Sprintf("FPA %d/%02d", ct.vendor.invoices, in.issued.Year()%100), in.issued, "TD01", ct.cig, cupText,
				taxable[j], vat[j], in.total, true, addDays(in.issued, 30), json.RawMessage(problems), ct.id, ct.vendor.id, p.projectID)
			parts, err := money.SplitLargestRemainder(in.total, costWeights)
			if err != nil {
				return err
			}
			// The payment: mandate 15–45 days after the invoice, receipt
			// 2–8 days later; none yet for the latest invoices. A payment
			// pays the whole invoice, so each share is paid its amount.
			mandate := addDays(in.issued, 15+r.IntN(31))
			paid := !mandate.After(asOf)
			for i, s := range ct.shares {
				if parts[i] == 0 {
					continue
				}
				in.shares = append(in.shares, share{body: s.body, amount: parts[i]})
				t := created.Add(time.Duration(i+1) * time.Millisecond)
				var paidCents int64
				if paid {
					paidCents = parts[i]
				}
				g.t.invoiceShares.add(isseq.next(t), t, t, p.id, p.regionID, parts[i], paidCents, in.id, s.body.id, ct.cat.id)
			}
			if !paid {
				p.invoices = append(p.invoices, in)
				continue
			}
			mandates++
			receipt := addDays(mandate, 2+r.IntN(7))
			var receiptVal any
			if !receipt.After(asOf) && r.IntN(100) >= 3 {
				in.receipt, receiptVal = receipt, receipt
			}
			t := at(mandate, 1800+r.IntN(3600))
			updated := t
			if !in.receipt.IsZero() {
				updated = at(in.receipt, 1800)
			}
			in.paymentID = pyseq.next(t)
			g.t.payments.add(in.paymentID, t, updated, p.id, p.regionID, fmt.Sprint(mandates), mandate, in.total, receiptVal, in.id)
			p.invoices = append(p.invoices, in)
		}
	}
	return nil
}
