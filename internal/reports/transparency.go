package reports

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/opendata"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// transparencyTable lists every CIG of a project with what "Amministrazione
// trasparente" shows of it and the link to its record in ANAC's national
// database (export.TransparencyTable): the contract date and amount of its
// contracts not terminated, the amount paid net of VAT to date (on every
// contract's invoices).
func (s *Service) transparencyTable(ctx context.Context, p *gen.Project) (opendata.Table, error) {
	procs, err := s.lotsOf(ctx, func(q *gen.ProcurementQuery) { q.Where(procurement.ProjectID(p.ID)) })
	if err != nil {
		return opendata.Table{}, err
	}
	var rows []opendata.TransparencyRow
	for _, pc := range procs {
		for _, l := range pc.Edges.Lots {
			r := opendata.TransparencyRow{CIG: l.Cig, Object: l.Title, Procedure: procurementlaw.Procedure(pc.ProcedureType),
				StartedOn: dateOr(pc.StartedOn), Base: l.BaseCents, Award: l.AwardCents}
			if v := l.Edges.AwardedVendor; v != nil {
				r.Vendor, r.VendorVAT = v.Name, deref(v.VatID)
				if r.VendorVAT == "" {
					r.VendorVAT = deref(v.CodiceFiscale)
				}
			}
			var amounts []int64
			for _, ct := range l.Edges.Contracts {
				if ct.Status == contract.StatusTERMINATED {
					continue // as in the claim report's procurement list
				}
				amounts = append(amounts, ct.NetCents)
				if ct.SignedOn != nil && (r.ContractDate.IsZero() || ct.SignedOn.Before(r.ContractDate)) {
					r.ContractDate = *ct.SignedOn
				}
			}
			if len(amounts) > 0 {
				total, err := money.Sum(amounts...)
				if err != nil {
					return opendata.Table{}, err
				}
				r.ContractAmount = &total
			}
			if r.Paid, err = paidNetOfVAT(l.Edges.Contracts, civil.Date{}); err != nil {
				return opendata.Table{}, err
			}
			rows = append(rows, r)
		}
	}
	return opendata.TransparencyTable(rows), nil
}

// lotCompletedOn is the day a lot was completed, for the years the L.
// 190/2012 dataset lists it in: the latest end of execution (ends_on,
// else the signing day, else the procedure's start) once every contract of
// the lot is EXECUTED, CLOSED or TERMINATED; the procedure's start when it
// was DESERTED or CANCELLED without contracts (it is listed in the year it
// started only). The zero Date while the lot runs: no contract yet on a
// live procedure, or a contract still ACTIVE.
func lotCompletedOn(pc *gen.Procurement, l *gen.Lot) civil.Date {
	start := dateOr(pc.StartedOn)
	if len(l.Edges.Contracts) == 0 {
		if pc.Status == procurement.StatusDESERTED || pc.Status == procurement.StatusCANCELLED {
			return start
		}
		return civil.Date{}
	}
	var done civil.Date
	for _, ct := range l.Edges.Contracts {
		if ct.Status == contract.StatusACTIVE {
			return civil.Date{}
		}
		end := start
		switch {
		case ct.EndsOn != nil:
			end = *ct.EndsOn
		case ct.SignedOn != nil:
			end = *ct.SignedOn
		}
		if end.After(done) {
			done = end
		}
	}
	return done
}

// paidNetOfVAT is what was paid on the invoices of a lot's contracts net of
// VAT (ledger's Claimable without eligible VAT, invoice by invoice: the
// stamp duty and the VAT, split-payment or not, are left out), counting the
// payments whose mandate is dated on or before until (every payment when
// until is zero). Credit notes are netted in the invoices they reduce.
func paidNetOfVAT(contracts []*gen.Contract, until civil.Date) (int64, error) {
	var parts []int64
	for _, ct := range contracts {
		for _, in := range ct.Edges.Invoices {
			if in.DocumentType == "TD04" {
				continue
			}
			paid := ledger.Paid{}
			for _, py := range in.Edges.Payments {
				if until.IsZero() || !py.MandateDate.After(until) {
					paid[ledger.PaymentKind(py.Kind)] += py.AmountCents
				}
			}
			parts = append(parts, ledgerOf(in).Claimable(paid, false))
		}
	}
	return money.Sum(parts...)
}

// ledgerOf is what the money rules of internal/ledger need of an invoice.
func ledgerOf(in *gen.Invoice) ledger.Invoice {
	return ledger.Invoice{Taxable: in.TaxableCents, VAT: in.VatCents, Total: in.TotalCents, Stamp: in.StampDutyCents,
		Withholding: in.WithholdingCents, CreditedTaxable: in.CreditedTaxableCents, CreditedVAT: in.CreditedVatCents,
		SplitPayment: in.SplitPayment}
}
