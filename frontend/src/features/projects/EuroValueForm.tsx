import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordInvoiceEuroValue } from './useProjectInvoices';
import { euroValueProblems, formatForeign, maxConversionAct } from './invoiceDisplay';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatCents, parseEuroToCents } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';

type Props = {
  invoice: { id: string; number: string; currency: string; foreignTotalCents?: number | null };
  onDone: () => void;
  onCancel: () => void;
};

const fields = ['taxableCents', 'vatCents', 'conversionAct'];

/**
 * Records the euro value of an invoice in another currency and the act
 * that fixed it (the mandate with the exchange rate applied): until then
 * the invoice is not spending of the project.
 */
export function EuroValueForm({ invoice, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail, error } = useFormErrors(fields);
  const [v, setV] = useState({ taxable: '', vat: '', act: '' });
  const [{ fetching }, record] = useRecordInvoiceEuroValue();
  useEffect(() => document.getElementById(`${id}-taxableCents`)?.focus(), [id]);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const taxable = parseEuroToCents(v.taxable);
  const vat = v.vat.trim() ? parseEuroToCents(v.vat) : 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (refuse(euroValueProblems(v).map((p) => invalidField(p.field, t(p.key)))) || taxable == null || vat == null) return;
    const res = await record({ input: { invoiceID: invoice.id, taxableCents: taxable, vatCents: vat, conversionAct: v.act.trim() } });
    if (res.error || !res.data) return fail(serverErrors(res.error));
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3" aria-labelledby={`${id}-title`} data-testid="euro-value-form">
      <h4 id={`${id}-title`} className="h6">
        {t('invoicing.euro.title', { number: invoice.number, amount: formatForeign(invoice.foreignTotalCents), currency: invoice.currency })}
      </h4>
      <p className="small">{t('invoicing.euro.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-4">
          <Field id={`${id}-taxableCents`} label={t('invoicing.euro.taxable')} hint={t('procurementForm.euroHint')} error={error('taxableCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.taxable} onChange={set('taxable')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-vatCents`} label={t('invoicing.euro.vat')} error={error('vatCents')}
            hint={taxable != null && vat != null ? t('invoiceForm.totalHint', { amount: formatCents(taxable + vat) }) : undefined}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.vat} onChange={set('vat')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-12">
          <Field id={`${id}-conversionAct`} label={t('invoicing.euro.act')} hint={t('invoicing.euro.actHint')} error={error('conversionAct')} required>
            {(p) => <input {...p} type="text" value={v.act} onChange={set('act')} maxLength={maxConversionAct} autoComplete="off" />}
          </Field>
        </div>
      </div>
      <FormButtons submit={t('invoicing.euro.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
