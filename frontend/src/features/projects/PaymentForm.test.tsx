import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { PaymentForm, defaultKind, stillDue, type InvoicePart } from './PaymentForm';
import { InvoiceParts } from './InvoicesTab';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');

// FPA 77/25: 35.445,00 € + VAT 7.797,90 € under split payment, the
// supplier paid, the VAT not yet paid by F24.
const parts: InvoicePart[] = [
  { kind: 'SUPPLIER', dueCents: 3_544_500, paidCents: 3_544_500, receiptedCents: 0 },
  { kind: 'VAT_F24', dueCents: 779_790, paidCents: 0, receiptedCents: 0 },
];
const invoice = { id: 'IN1', number: 'FPA 77/25', issuedOn: '2025-12-15', totalCents: 4_324_290, splitPayment: true, parts };

function client() {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: { recordPayment: { id: 'PY9', kind: 'VAT_F24' } } }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('payment parts', () => {
  it('proposes the first part still due', () => {
    expect(stillDue(parts[0])).toBe(0);
    expect(defaultKind(parts)).toBe('VAT_F24');
    expect(defaultKind([{ kind: 'SUPPLIER', dueCents: 100, paidCents: 0, receiptedCents: 0 }, parts[1]])).toBe('SUPPLIER');
    expect(stillDue({ kind: 'SUPPLIER', dueCents: 100, paidCents: 150, receiptedCents: 0 })).toBe(0);
  });

  it('says "paid in full" only when every part is paid', () => {
    const { rerender } = render(<InvoiceParts parts={parts} fullyPaid={false} spendingCents={4_324_290} totalCents={4_324_290} />);
    expect(screen.queryByTestId('fully-paid')).toBeNull();
    expect(plain(screen.getByTestId('invoice-parts').textContent)).toContain('Da pagare: 7.797,90 €');
    expect(plain(screen.getAllByTestId('invoice-part')[1].textContent)).toBe('IVA con F24 (scissione dei pagamenti): pagati 0,00 € di 7.797,90 €');
    const paid = parts.map((p) => ({ ...p, paidCents: p.dueCents }));
    rerender(<InvoiceParts parts={paid} fullyPaid spendingCents={4_324_290} totalCents={4_324_290} />);
    expect(screen.getByTestId('fully-paid')).toHaveTextContent('Pagata per intero');
  });
});

describe('PaymentForm', () => {
  it('prefills the supplier net of a split-payment invoice and shows the VAT still due by F24', () => {
    const unpaid = parts.map((p) => ({ ...p, paidCents: 0 }));
    render(<Provider value={client().client}><PaymentForm invoice={{ ...invoice, parts: unpaid }} onDone={() => {}} onCancel={() => {}} /></Provider>);
    expect(screen.getByLabelText(/Cosa paga il mandato/)).toHaveValue('SUPPLIER');
    expect(screen.getByLabelText(/Importo pagato/)).toHaveValue('35.445,00');
    expect(plain(screen.getByTestId('f24-vat-due').textContent)).toContain('ancora dovuta 7.797,90 € su 7.797,90 €');
  });

  it('pays the VAT by F24: the amount follows the part, the kind is sent', async () => {
    const c = client();
    const onDone = vi.fn();
    render(<Provider value={c.client}><PaymentForm invoice={invoice} onDone={onDone} onCancel={() => {}} /></Provider>);
    expect(screen.getByLabelText(/Cosa paga il mandato/)).toHaveValue('VAT_F24');
    expect(screen.getByLabelText(/Importo pagato/)).toHaveValue('7.797,90');
    await userEvent.selectOptions(screen.getByLabelText(/Cosa paga il mandato/), 'SUPPLIER');
    expect(screen.getByLabelText(/Importo pagato/)).toHaveValue('0,00');
    await userEvent.selectOptions(screen.getByLabelText(/Cosa paga il mandato/), 'VAT_F24');
    await userEvent.type(screen.getByLabelText(/Numero del mandato/), '205');
    await userEvent.type(screen.getByLabelText(/Data del mandato/), '2026-02-12');
    await userEvent.click(screen.getByRole('button', { name: 'Registra il pagamento' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { invoiceID: 'IN1', kind: 'VAT_F24', mandateNumber: '205', mandateDate: '2026-02-12', amountCents: 779_790, receiptDate: null },
    });
    expect(onDone).toHaveBeenCalled();
  });
});
