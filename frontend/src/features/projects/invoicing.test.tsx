import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue, never } from 'wonka';
import i18n from '../../i18n';
import { amountNotes, awaitsEuroValue, canPay, capitalize, discardProblems, euroValueProblems, formatForeign, type InvoiceFigures } from './invoiceDisplay';
import { importSummary } from './InvoiceImportForm';
import { invoiceFormProblems } from './InvoiceForm';
import { DiscardInvoice } from './DiscardInvoice';
import { EuroValueForm } from './EuroValueForm';

const invoice: InvoiceFigures = {
  documentType: 'TD01', currency: 'EUR', totalCents: 122_200, spendingCents: 122_000, stampDutyCents: 200, withholdingCents: 0,
  creditedTaxableCents: 0, creditedVatCents: 0,
};
// Amounts use no-break spaces before the euro sign: compare with plain ones.
const t = (n: { key: string; values?: Record<string, string> }) => i18n.t(n.key, n.values).replace(/\u00a0/g, ' ');

describe('what the invoices table says of an invoice', () => {
  it('an invoice with stamp duty: the stamp is in the total and is not spending', () => {
    expect(amountNotes(invoice).map(t)).toEqual(['Di cui imposta di bollo 2,00 € (non è spesa)']);
    expect(canPay({ ...invoice, fullyPaid: false })).toBe(true);
    expect(canPay({ ...invoice, fullyPaid: true })).toBe(false);
  });
  it('an invoice reduced by a credit note shows what was taken and what it costs net', () => {
    const credited = { ...invoice, stampDutyCents: 0, totalCents: 122_000, creditedTaxableCents: 10_000, creditedVatCents: 2_200, spendingCents: 109_800 };
    expect(amountNotes(credited).map(t)).toEqual(['Ridotta da note di credito per 122,00 €', 'Costo netto per il progetto: 1.098,00 €']);
  });
  it('a credit note names the invoice it reduces and is never paid', () => {
    const note = { ...invoice, documentType: 'TD04', stampDutyCents: 0, spendingCents: 0, creditedInvoice: { number: 'FPA 10/26', issuedOn: '2026-03-31' } };
    expect(amountNotes(note).map(t)).toEqual(['Riduce la fattura n. FPA 10/26 del 31/03/2026']);
    expect(canPay({ ...note, fullyPaid: false })).toBe(false);
    expect(awaitsEuroValue(note)).toBe(false);
  });
  it('an invoice in pounds waits for its euro value, then names the act', () => {
    const gbp = { ...invoice, currency: 'GBP', totalCents: 0, spendingCents: 0, stampDutyCents: 0, foreignTotalCents: 120_050, withholdingCents: 3_000 };
    expect(amountNotes(gbp).map(t)).toEqual([
      'Ritenuta d’acconto 30,00 €, da versare con F24', 'In valuta: 1.200,50 GBP', 'Controvalore in euro non registrato: non è spesa del progetto.',
    ]);
    expect(awaitsEuroValue(gbp)).toBe(true);
    expect(canPay({ ...gbp, fullyPaid: false })).toBe(false);
    const converted = { ...gbp, conversionAct: 'mandato n. 12 del 03/03/2026, cambio BCE 0,8571', totalCents: 140_000 };
    expect(amountNotes(converted).map(t).at(-1)).toBe('Controvalore in euro da: mandato n. 12 del 03/03/2026, cambio BCE 0,8571');
    expect(awaitsEuroValue(converted)).toBe(false);
    expect(canPay({ ...converted, fullyPaid: false })).toBe(true);
  });
  it('formats names and foreign amounts', () => {
    expect(capitalize('nota di credito')).toBe('Nota di credito');
    expect(capitalize('')).toBe('');
    expect(formatForeign(123_456_789)).toBe('1.234.567,89');
  });
});

describe('checks made before asking the server', () => {
  it('a discard needs a reason of at most 500 characters', () => {
    expect(discardProblems('  ')).toEqual([{ field: 'reason', key: 'invoicing.discard.errors.reason' }]);
    expect(discardProblems('x'.repeat(501))).toEqual([{ field: 'reason', key: 'invoicing.discard.errors.long' }]);
    expect(discardProblems('Fattura emessa due volte')).toEqual([]);
  });
  it('a euro value needs amounts, not both zero, and the act', () => {
    expect(euroValueProblems({ taxable: '1.000,00', vat: '', act: 'mandato n. 12' })).toEqual([]);
    expect(euroValueProblems({ taxable: '0', vat: '0', act: '' }).map((p) => p.key)).toEqual(['invoicing.euro.errors.zero', 'invoicing.euro.errors.act']);
    expect(euroValueProblems({ taxable: '1,234', vat: '-1', act: 'x'.repeat(301) }).map((p) => p.field)).toEqual(['taxableCents', 'vatCents', 'conversionAct']);
  });
  it('a manual invoice checks the stamp duty and the withholding too', () => {
    const ok = { supplierVatID: '00125680033', number: '1', issuedOn: '2026-06-30', taxable: '100,00', vat: '22,00', total: '124,00', cup: '', stamp: '2,00', withholding: '20,00' };
    expect(invoiceFormProblems(ok)).toEqual([]);
    expect(invoiceFormProblems({ ...ok, stamp: 'due', withholding: '-1' }).map((p) => p.field)).toEqual(['stampDutyCents', 'withholdingCents']);
  });
  it('the import report counts what was saved, already registered and discarded', () => {
    expect(importSummary({ invoices: [1], skipped: [], discarded: [] })).toEqual([{ key: 'invoices.import.saved', count: 1 }]);
    expect(importSummary({ invoices: [], skipped: [1], discarded: [1, 2] }).map((s) => i18n.t(s.key, { count: s.count }))).toEqual([
      '0 fatture salvate', '1 già registrata', '2 scartate',
    ]);
  });
});

function client(result: object) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...result }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

const row = { id: 'IN1', number: 'FPA 22/26', issuedOn: '2026-03-31', supplierName: 'Adriatica Software S.r.l.', supplierVatID: '01987650445' };

describe('DiscardInvoice', () => {
  it('asks for the reason, then for a confirmation, then discards', async () => {
    const c = client({ data: { discardInvoice: { id: 'IN1', project: { id: 'PR1' } } } });
    const onDone = vi.fn();
    render(<Provider value={c.client}><DiscardInvoice invoice={row} onDone={onDone} onCancel={() => {}} /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Scarta la fattura' }));
    expect(screen.getByLabelText(/Motivo dello scarto/)).toHaveAttribute('aria-invalid', 'true');
    expect(c.executeMutation).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Motivo dello scarto/), 'Emessa due volte dal fornitore');
    await userEvent.click(screen.getByRole('button', { name: 'Scarta la fattura' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Scartare la fattura n. FPA 22/26 del 31/03/2026 (Adriatica Software S.r.l.)?');
    expect(c.executeMutation).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Sì, scarta' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({ id: 'IN1', reason: 'Emessa due volte dal fornitore' });
    expect(onDone).toHaveBeenCalledOnce();
  });
  it('shows why the server refuses (a paid invoice stays)', async () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Non si può scartare la fattura n. FPA 22/26 del 31/03/2026: ha 1 pagamenti registrati per 61,00 €.',
      { extensions: { code: 'CONFLICT', rule: 'invoice.discard_paid' } })] });
    const c = client({ error });
    const onDone = vi.fn();
    render(<Provider value={c.client}><DiscardInvoice invoice={row} onDone={onDone} onCancel={() => {}} /></Provider>);
    await userEvent.type(screen.getByLabelText(/Motivo dello scarto/), 'errore');
    await userEvent.click(screen.getByRole('button', { name: 'Scarta la fattura' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sì, scarta' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ha 1 pagamenti registrati');
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('EuroValueForm', () => {
  it('records the euro value and the act', async () => {
    const c = client({ data: { recordInvoiceEuroValue: { id: 'IN2', taxableCents: 140_010, vatCents: 0, totalCents: 140_010, spendingCents: 140_010, conversionAct: 'x', problems: [] } } });
    const onDone = vi.fn();
    render(<Provider value={c.client}><EuroValueForm invoice={{ id: 'IN2', number: 'GB 7', currency: 'GBP', foreignTotalCents: 120_000 }} onDone={onDone} onCancel={() => {}} /></Provider>);
    expect(screen.getByRole('heading')).toHaveTextContent('Controvalore in euro della fattura n. GB 7 (1.200,00 GBP)');
    await userEvent.click(screen.getByRole('button', { name: 'Registra il controvalore' }));
    expect(c.executeMutation).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Imponibile in euro/), '1.400,10');
    await userEvent.type(screen.getByLabelText(/Atto che ha determinato/), 'mandato n. 12 del 03/03/2026, cambio BCE 0,8571');
    await userEvent.click(screen.getByRole('button', { name: 'Registra il controvalore' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { invoiceID: 'IN2', taxableCents: 140_010, vatCents: 0, conversionAct: 'mandato n. 12 del 03/03/2026, cambio BCE 0,8571' },
    });
    expect(onDone).toHaveBeenCalledOnce();
  });
});

const node = (over: Record<string, unknown>) => ({
  id: 'IN0', number: 'X', issuedOn: '2026-03-31', documentType: 'TD01', documentTypeName: 'fattura', supplierName: 'Adriatica Software S.r.l.',
  supplierVatID: '01987650445', cig: '95156957EC', cup: 'D79J25000120006', taxableCents: 100_000, vatCents: 22_000, totalCents: 122_000,
  splitPayment: true, dueOn: null, problems: [], currency: 'EUR', foreignTotalCents: null, conversionAct: null, stampDutyCents: 0,
  withholdingCents: 0, creditedTaxableCents: 0, creditedVatCents: 0, spendingCents: 122_000, creditedInvoice: null, buyerBody: null,
  contract: { id: 'CT1', reference: 'Rep. 1187/2025' }, payments: { totalCount: 0, edges: [] },
  parts: [{ kind: 'SUPPLIER', dueCents: 100_000, paidCents: 0, receiptedCents: 0 }, { kind: 'VAT_F24', dueCents: 22_000, paidCents: 0, receiptedCents: 0 }],
  fullyPaid: false, claimableShares: [], ...over,
});

describe('InvoicesTab', () => {
  it('shows credit notes, invoices in another currency and who may be discarded', async () => {
    const { InvoicesTab } = await import('./InvoicesTab');
    const invoices = [
      node({ id: 'IN1', number: 'NC 5/26', documentType: 'TD04', documentTypeName: 'nota di credito', taxableCents: 10_000, vatCents: 2_200,
        totalCents: 12_200, spendingCents: 0, creditedInvoice: { id: 'IN2', number: 'FPA 20/26', issuedOn: '2026-03-31' } }),
      node({ id: 'IN2', number: 'FPA 20/26', creditedTaxableCents: 10_000, creditedVatCents: 2_200, spendingCents: 109_800,
        payments: { totalCount: 1, edges: [{ node: { id: 'PY1', mandateNumber: '77', mandateDate: '2026-04-15', amountCents: 50_000, receiptDate: null } }] } }),
      node({ id: 'IN3', number: 'GB 7', currency: 'GBP', foreignTotalCents: 120_000, taxableCents: 0, vatCents: 0, totalCents: 0, spendingCents: 0,
        buyerBody: { id: 'PB2', name: 'Comune di Grottammare' } }),
    ];
    const data = { node: { __typename: 'Project', id: 'PR1', invoices: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: null },
      edges: invoices.map((n) => ({ node: n })) } } };
    const c = { executeQuery: vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data })), executeMutation: () => never,
      executeSubscription: () => never } as unknown as Client;
    render(<Provider value={c}><InvoicesTab projectID="PR1" projectCUP="D79J25000120006" canManage /></Provider>);
    const rows = screen.getAllByTestId('invoice');
    const [note, credited, pounds] = rows;
    expect(note).toHaveAttribute('data-document-type', 'TD04');
    expect(note).toHaveTextContent('Nota di credito');
    expect(note).toHaveTextContent('Riduce la fattura n. FPA 20/26 del 31/03/2026');
    expect(note.querySelector('[data-testid="credit-note-open"]')).toBeNull();
    expect(note).not.toHaveTextContent('Registra pagamento');
    expect(credited).toHaveTextContent(/Costo netto per il progetto: 1\.098,00/);
    expect(credited.querySelector('[data-testid="discard-open"]')).toBeNull(); // paid: it stays
    expect(pounds).toHaveTextContent('In valuta: 1.200,00 GBP');
    expect(pounds).toHaveTextContent('Intestata a Comune di Grottammare: a suo solo carico');
    expect(pounds.querySelector('[data-testid="euro-value-open"]')).not.toBeNull();
    await userEvent.click(pounds.querySelector('[data-testid="discard-open"]') as HTMLElement);
    expect(await screen.findByTestId('discard-invoice')).toHaveTextContent('Scarta la fattura n. GB 7 del 31/03/2026');
  });
});
