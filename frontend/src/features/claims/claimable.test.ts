import { describe, expect, it } from 'vitest';
import { claimable } from './AddItemsForm';

type Inv = Parameters<typeof claimable>[0];

// HW 2026/018: 12.345,67 € + VAT 2.716,05 € under split payment, shared by
// two members in a category where VAT is not eligible; the numbers of
// claimableShares are the server's (eligibility.MemberClaimable).
function invoice(over: Partial<Inv> = {}): Inv {
  return {
    id: 'IN1', number: 'HW 2026/018', issuedOn: '2026-02-27', documentType: 'TD01', currency: 'EUR', conversionAct: null,
    supplierName: 'Sibilla Cloud S.r.l.', cig: '8874674CA7', cup: 'D79J25000120006', totalCents: 1_506_172, splitPayment: true, problems: [],
    contract: { id: 'CT1', interventionLineID: null },
    parts: [
      { __typename: 'InvoicePart', kind: 'SUPPLIER', dueCents: 1_234_567, paidCents: 1_234_567, receiptedCents: 1_234_567 },
      { __typename: 'InvoicePart', kind: 'VAT_F24', dueCents: 271_605, paidCents: 0, receiptedCents: 0 },
    ],
    claimableShares: [
      { __typename: 'ClaimableShare', bodyID: 'B1', expenseCategoryID: 'HW', vatEligible: false, claimableCents: 617_284, claimableWhenPaidCents: 617_284 },
      { __typename: 'ClaimableShare', bodyID: 'B2', expenseCategoryID: 'HW', vatEligible: false, claimableCents: 617_283, claimableWhenPaidCents: 617_283 },
    ],
    shares: { totalCount: 2, edges: [
      { node: { id: 'IS1', bodyID: 'B1', amountCents: 753_086, expenseCategoryID: 'HW', body: { id: 'B1', name: 'Comune di Grottammare' } } },
      { node: { id: 'IS2', bodyID: 'B2', amountCents: 753_086, expenseCategoryID: 'HW', body: { id: 'B2', name: 'Comune di Cupra Marittima' } } },
    ] },
    ...over,
  } as Inv;
}

describe('claimable', () => {
  it('offers each member what the server computed: the taxable part where VAT is not eligible, F24 or not', () => {
    const r = claimable(invoice(), new Set(), '2026-06-30');
    expect(r.reason).toBeNull();
    expect(r.shares.map((s) => [s.bodyID, s.claimCents])).toEqual([['B1', 617_284], ['B2', 617_283]]);
    expect(r.vatExcluded).toBe(true);
  });

  it('waits for the F24 where VAT is eligible, naming what is missing', () => {
    const inv = invoice({
      claimableShares: [
        { __typename: 'ClaimableShare', bodyID: 'B1', expenseCategoryID: 'SERV', vatEligible: true, claimableCents: 617_284, claimableWhenPaidCents: 753_086 },
        { __typename: 'ClaimableShare', bodyID: 'B2', expenseCategoryID: 'SERV', vatEligible: true, claimableCents: 617_283, claimableWhenPaidCents: 753_086 },
      ],
    });
    const r = claimable(inv, new Set(), '2026-06-30');
    expect(r.reason).toBe('partlyPaid');
    expect(r.shares).toEqual([]);
    expect(r.missing).toEqual([{ kind: 'VAT_F24', cents: 271_605 }]);
  });

  it('offers the whole share once every part is receipted, and not a share already claimed', () => {
    const inv = invoice({
      parts: [
        { __typename: 'InvoicePart', kind: 'SUPPLIER', dueCents: 1_234_567, paidCents: 1_234_567, receiptedCents: 1_234_567 },
        { __typename: 'InvoicePart', kind: 'VAT_F24', dueCents: 271_605, paidCents: 271_605, receiptedCents: 271_605 },
      ],
      claimableShares: [
        { __typename: 'ClaimableShare', bodyID: 'B1', expenseCategoryID: 'SERV', vatEligible: true, claimableCents: 753_086, claimableWhenPaidCents: 753_086 },
        { __typename: 'ClaimableShare', bodyID: 'B2', expenseCategoryID: 'SERV', vatEligible: true, claimableCents: 753_086, claimableWhenPaidCents: 753_086 },
      ],
    });
    const r = claimable(inv, new Set(['IN1|B2']), '2026-06-30');
    expect(r.reason).toBeNull();
    expect(r.shares.map((s) => [s.bodyID, s.claimCents])).toEqual([['B1', 753_086]]);
    expect(r.vatExcluded).toBe(false);
    expect(claimable(inv, new Set(['IN1|B1', 'IN1|B2']), '2026-06-30').reason).toBe('claimed');
  });

  it('refuses credit notes, unconverted currencies, flagged, late and unpaid invoices', () => {
    expect(claimable(invoice({ documentType: 'TD04' }), new Set(), '2026-06-30').reason).toBe('creditNote');
    expect(claimable(invoice({ currency: 'USD' }), new Set(), '2026-06-30').reason).toBe('currency');
    expect(claimable(invoice({ currency: 'USD', conversionAct: 'Mandato 311, cambio BCE del 20/03/2026' }), new Set(), '2026-06-30').reason).toBeNull();
    expect(claimable(invoice({ problems: ['CUP assente'] }), new Set(), '2026-06-30').reason).toBe('flagged');
    expect(claimable(invoice(), new Set(), '2026-01-31').reason).toBe('afterPeriod');
    const unpaid = invoice({ parts: invoice().parts.map((p) => ({ ...p, paidCents: 0, receiptedCents: 0 })) });
    expect(claimable(unpaid, new Set(), '2026-06-30').reason).toBe('notPaid');
  });
});
