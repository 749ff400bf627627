import { describe, expect, it } from 'vitest';
import { invoiceFormProblems } from './InvoiceForm';
import { claimPeriodProblems } from '../claims/ClaimEditForm';

const ok = { supplierVatID: 'IT00125680033', number: 'FPA 1/26', issuedOn: '2026-06-30', taxable: '1.000,00', vat: '220,00', total: '1.220,00', cup: 'D79J25000120006' };

describe('invoiceFormProblems', () => {
  it('accepts a complete invoice (partita IVA with the IT prefix, Italian amounts)', () => {
    expect(invoiceFormProblems(ok)).toEqual([]);
  });
  it('names each field that is wrong', () => {
    const bad = invoiceFormProblems({ ...ok, supplierVatID: '1234', number: ' ', issuedOn: '', taxable: '1,001', total: '0', cup: 'D79J2500' });
    expect(bad.map((p) => p.field)).toEqual(['supplierVatID', 'number', 'issuedOn', 'taxableCents', 'totalCents', 'cup']);
  });
});

describe('claimPeriodProblems', () => {
  it('refuses a period that ends before it starts', () => {
    expect(claimPeriodProblems('2026-07-01', '2026-06-30')).toEqual([{ field: 'periodEnd', key: 'claimEdit.errors.order' }]);
    expect(claimPeriodProblems('2026-01-01', '2026-06-30')).toEqual([]);
  });
});
