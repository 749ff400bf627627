import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordPayment } from './useProjectInvoices';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatDate, formatEuroInput, parseEuroToCents } from '../../lib/format';
import type { PaymentKind } from '../../gql/graphql';

/** One part of an invoice, as the server computes it (Invoice.parts). */
export type InvoicePart = { kind: PaymentKind; dueCents: number; paidCents: number; receiptedCents: number };

type Props = {
  invoice: { id: string; number: string; issuedOn: string; totalCents: number; splitPayment: boolean; parts: InvoicePart[] };
  onDone: () => void;
  onCancel: () => void;
};

const fields = ['kind', 'mandateNumber', 'mandateDate', 'amountCents', 'receiptDate'];

/** What is still due for a part of an invoice (never negative). */
export function stillDue(part: InvoicePart | undefined): number {
  return part ? Math.max(0, part.dueCents - part.paidCents) : 0;
}

/** The part a new payment most likely pays: the first, in server order (supplier first), with something still due. */
export function defaultKind(parts: InvoicePart[]): PaymentKind {
  return parts.find((p) => stillDue(p) > 0)?.kind ?? 'SUPPLIER';
}

/**
 * Records a payment mandate of one part of an invoice: the supplier, or the
 * Treasury by F24 (split-payment VAT, withholding tax). The amount defaults
 * to what is still due for that part — for a split-payment invoice, the
 * supplier's net, with the VAT still to pay by F24 shown beside it.
 */
export function PaymentForm({ invoice, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorsRef = useRef<HTMLDivElement>(null);
  const [kind, setKind] = useState<PaymentKind>(defaultKind(invoice.parts));
  const part = invoice.parts.find((p) => p.kind === kind);
  const [mandateNumber, setMandateNumber] = useState('');
  const [mandateDate, setMandateDate] = useState('');
  const [amount, setAmount] = useState(formatEuroInput(stillDue(part)));
  const [receiptDate, setReceiptDate] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, record] = useRecordPayment();
  useEffect(() => document.getElementById(`${id}-mandateNumber`)?.focus(), [id]);
  const paid = invoice.parts.reduce((s, p) => s + p.paidCents, 0);
  const vat = invoice.parts.find((p) => p.kind === 'VAT_F24');

  function choose(next: PaymentKind) {
    setKind(next);
    setAmount(formatEuroInput(stillDue(invoice.parts.find((p) => p.kind === next))));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    const cents = parseEuroToCents(amount);
    if (!mandateNumber.trim()) local.push(err('mandateNumber', t('payment.errors.mandateNumber')));
    if (!mandateDate) local.push(err('mandateDate', t('payment.errors.mandateDate')));
    if (cents == null || cents <= 0) local.push(err('amountCents', t('payment.errors.amount')));
    setErrors(local);
    if (local.length > 0 || cents == null) {
      focusFirst(id, local);
      return;
    }
    const res = await record({
      input: { invoiceID: invoice.id, kind, mandateNumber: mandateNumber.trim(), mandateDate, amountCents: cents, receiptDate: receiptDate || null },
    });
    if (res.error) {
      const list = serverErrors(res.error);
      setErrors(list);
      if (list.some((x) => x.field && fields.includes(x.field) && x.message)) focusFirst(id, list);
      else errorsRef.current?.focus();
      return;
    }
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3" aria-labelledby={`${id}-title`} data-testid="payment-form">
      <h4 id={`${id}-title`} className="h6">
        {t('payment.title', { number: invoice.number, date: formatDate(invoice.issuedOn) })}
      </h4>
      <p className="small">{t('payment.intro', { total: formatCents(invoice.totalCents), paid: formatCents(paid) })}</p>
      {invoice.splitPayment && vat && (
        <p className="small" data-testid="f24-vat-due">
          {t('paymentParts.f24VatDue', { due: formatCents(stillDue(vat)), vat: formatCents(vat.dueCents) })}
        </p>
      )}
      <FormErrors ref={errorsRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <Field id={`${id}-kind`} label={t('paymentParts.kind')} hint={t('paymentParts.kindHint')} error={fieldError(errors, 'kind')} control="form-select" required>
            {(p) => (
              <select {...p} value={kind} onChange={(e) => choose(e.target.value as PaymentKind)}>
                {invoice.parts.map((x) => (
                  <option key={x.kind} value={x.kind}>{t(`paymentKind.${x.kind}`)}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-6 col-lg-4">
          <Field id={`${id}-mandateNumber`} label={t('payment.mandateNumber')} error={fieldError(errors, 'mandateNumber')} required>
            {(p) => <input {...p} type="text" value={mandateNumber} onChange={(e) => setMandateNumber(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-6 col-lg-4">
          <Field id={`${id}-mandateDate`} label={t('payment.mandateDate')} error={fieldError(errors, 'mandateDate')} required>
            {(p) => <input {...p} type="date" value={mandateDate} onChange={(e) => setMandateDate(e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6 col-lg-4">
          <Field id={`${id}-amountCents`} label={t('payment.amount')}
            hint={t('paymentParts.amountHint', { due: formatCents(stillDue(part)), kind: t(`paymentKind.${kind}`) })}
            error={fieldError(errors, 'amountCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-6 col-lg-4">
          <Field id={`${id}-receiptDate`} label={t('payment.receiptDate')} hint={t('payment.receiptHint')} error={fieldError(errors, 'receiptDate')}>
            {(p) => <input {...p} type="date" value={receiptDate} onChange={(e) => setReceiptDate(e.target.value)} />}
          </Field>
        </div>
      </div>
      <FormButtons submit={t('payment.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}

function err(field: string, message: string): ServerError {
  return { kind: 'INVALID', field, rule: null, message };
}

/** Moves focus to the first field with an error (ids are `${form}-${field}`). */
export function focusFirst(formId: string, errors: ServerError[]) {
  const first = errors.find((e) => e.field);
  if (first?.field) document.getElementById(`${formId}-${first.field}`)?.focus();
}
