import { formatCents, formatDate, formatEuroInput, parseEuroToCents } from '../../lib/format';

/** What the invoices table needs to say about an invoice's kind and money. */
export type InvoiceFigures = {
  documentType: string;
  currency: string;
  totalCents: number;
  spendingCents: number;
  stampDutyCents: number;
  withholdingCents: number;
  creditedTaxableCents: number;
  creditedVatCents: number;
  foreignTotalCents?: number | null;
  conversionAct?: string | null;
  creditedInvoice?: { number: string; issuedOn: string } | null;
};

/** A line of text to show, as an i18n key and its values. */
export type Note = { key: string; values?: Record<string, string> };

/** A credit note (TD04): it reduces another invoice and is never spending. */
export function isCreditNote(inv: Pick<InvoiceFigures, 'documentType'>): boolean {
  return inv.documentType === 'TD04';
}

/** An invoice in another currency whose euro value is not recorded yet. */
export function awaitsEuroValue(inv: Pick<InvoiceFigures, 'currency' | 'conversionAct' | 'documentType'>): boolean {
  return inv.currency !== 'EUR' && !inv.conversionAct && !isCreditNote(inv);
}

/**
 * The notes under an invoice's total, in order: the invoice a credit note
 * reduces, what credit notes took from an invoice and what it costs net,
 * the stamp duty (never spending), the withholding tax, the amount in its
 * own currency and whether its euro value is recorded.
 */
export function amountNotes(inv: InvoiceFigures): Note[] {
  const out: Note[] = [];
  if (isCreditNote(inv) && inv.creditedInvoice) {
    out.push({ key: 'invoicing.creditNoteOf', values: { number: inv.creditedInvoice.number, date: formatDate(inv.creditedInvoice.issuedOn) } });
  }
  const credited = inv.creditedTaxableCents + inv.creditedVatCents;
  if (!isCreditNote(inv) && credited > 0) {
    out.push({ key: 'invoicing.credited', values: { amount: formatCents(credited) } });
    out.push({ key: 'invoicing.net', values: { amount: formatCents(inv.spendingCents) } });
  }
  if (inv.stampDutyCents > 0) out.push({ key: 'invoicing.stamp', values: { amount: formatCents(inv.stampDutyCents) } });
  if (inv.withholdingCents > 0) out.push({ key: 'invoicing.withholding', values: { amount: formatCents(inv.withholdingCents) } });
  if (inv.currency !== 'EUR') {
    out.push({ key: 'invoicing.foreign', values: { amount: formatForeign(inv.foreignTotalCents), currency: inv.currency } });
    out.push(inv.conversionAct ? { key: 'invoicing.foreignAct', values: { act: inv.conversionAct } } : { key: 'invoicing.foreignPending' });
  }
  return out;
}

/** Hundredths of a currency in Italian notation, without the euro sign: "1.234,56". */
export function formatForeign(hundredths: number | null | undefined): string {
  return formatEuroInput(hundredths);
}

/** Whether a payment can be recorded: not for a credit note, nor before an invoice in another currency has its euro value. */
export function canPay(inv: InvoiceFigures & { fullyPaid: boolean }): boolean {
  return !isCreditNote(inv) && !awaitsEuroValue(inv) && !inv.fullyPaid;
}

/** The longest discard reason the server accepts. */
export const maxDiscardReason = 500;

/** Checks of a discard reason that need no server; messages are i18n keys. */
export function discardProblems(reason: string): { field: string; key: string }[] {
  const r = reason.trim();
  if (!r) return [{ field: 'reason', key: 'invoicing.discard.errors.reason' }];
  if ([...r].length > maxDiscardReason) return [{ field: 'reason', key: 'invoicing.discard.errors.long' }];
  return [];
}

/** The longest conversion act the server accepts. */
export const maxConversionAct = 300;

/** Checks of the euro value form that need no server; messages are i18n keys. */
export function euroValueProblems(v: { taxable: string; vat: string; act: string }): { field: string; key: string }[] {
  const out: { field: string; key: string }[] = [];
  const taxable = parseEuroToCents(v.taxable);
  const vat = v.vat.trim() ? parseEuroToCents(v.vat) : 0;
  if (taxable == null || taxable < 0) out.push({ field: 'taxableCents', key: 'invoicing.euro.errors.amount' });
  if (vat == null || vat < 0) out.push({ field: 'vatCents', key: 'invoicing.euro.errors.amount' });
  if (taxable != null && vat != null && taxable >= 0 && vat >= 0 && taxable + vat === 0) {
    out.push({ field: 'taxableCents', key: 'invoicing.euro.errors.zero' });
  }
  const act = v.act.trim();
  if (!act) out.push({ field: 'conversionAct', key: 'invoicing.euro.errors.act' });
  else if ([...act].length > maxConversionAct) out.push({ field: 'conversionAct', key: 'invoicing.euro.errors.actLong' });
  return out;
}

/** The first letter upper-cased: "nota di credito" → "Nota di credito". */
export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
