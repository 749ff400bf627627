import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordReceipt } from './useProjectInvoices';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatDate } from '../../lib/format';

/** Records the day the treasurer paid a mandate (quietanza): once, not before the mandate. */
export function ReceiptForm({ payment, onDone, onCancel }: {
  payment: { id: string; mandateNumber: string; mandateDate: string }; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, record] = useRecordReceipt();
  useEffect(() => document.getElementById(`${id}-receiptDate`)?.focus(), [id]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!date) {
      setErrors([invalidField('receiptDate', t('receipt.errors.date'))]);
      document.getElementById(`${id}-receiptDate`)?.focus();
      return;
    }
    const res = await record({ paymentID: payment.id, receiptDate: date });
    if (res.error) {
      const list = serverErrors(res.error).map((x) => ({ ...x, field: x.field ?? (x.kind === 'INVALID' ? 'receiptDate' : null) }));
      setErrors(list);
      document.getElementById(`${id}-receiptDate`)?.focus();
      return;
    }
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="border rounded p-2 mt-2" aria-labelledby={`${id}-h`} data-testid="receipt-form">
      <p id={`${id}-h`} className="fw-semibold mb-1">{t('receipt.title', { number: payment.mandateNumber, date: formatDate(payment.mandateDate) })}</p>
      <FormErrors errors={errors} shownFields={['receiptDate']} />
      <Field id={`${id}-receiptDate`} label={t('receipt.date')} error={fieldError(errors, 'receiptDate')} className="form-group mt-4 mb-2" required>
        {(p) => <input {...p} type="date" value={date} min={payment.mandateDate} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary btn-xs me-2" disabled={fetching} aria-busy={fetching}>{t('receipt.submit')}</button>
      <button type="button" className="btn btn-outline-secondary btn-xs" onClick={onCancel}>{t('app.cancel')}</button>
    </form>
  );
}
