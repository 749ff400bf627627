import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiscardInvoice } from './useProjectInvoices';
import { discardProblems, maxDiscardReason } from './invoiceDisplay';
import { ConfirmPrompt } from '../../components/ConfirmPrompt';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { invalidField } from '../../lib/forms';
import { formatDate } from '../../lib/format';
import { useConfirmedAction } from '../../lib/useConfirmedAction';
import { useFormErrors } from '../../lib/useFormErrors';

type Props = {
  invoice: { id: string; number: string; issuedOn: string; supplierName?: string | null; supplierVatID: string };
  onDone: () => void;
  onCancel: () => void;
};

const fields = ['reason'];

/**
 * Discards an invoice registered by mistake: the lead writes why, confirms,
 * and the invoice is deleted with its shares (the reason stays in the
 * audit log). The server refuses paid, claimed or credited invoices.
 */
export function DiscardInvoice({ invoice, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, error } = useFormErrors(fields);
  const [reason, setReason] = useState('');
  const [{ fetching }, discard] = useDiscardInvoice();
  const confirmed = useConfirmedAction((r: string) => discard({ id: invoice.id, reason: r }), onDone);
  useEffect(() => document.getElementById(`${id}-reason`)?.focus(), [id]);
  const what = { number: invoice.number, date: formatDate(invoice.issuedOn), supplier: invoice.supplierName || invoice.supplierVatID };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (refuse(discardProblems(reason).map((p) => invalidField(p.field, t(p.key))))) return;
    confirmed.ask(reason.trim());
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3" aria-labelledby={`${id}-title`} data-testid="discard-invoice">
      <h4 id={`${id}-title`} className="h6">{t('invoicing.discard.title', what)}</h4>
      <p className="small">{t('invoicing.discard.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <FormErrors ref={confirmed.alertRef} errors={confirmed.errors} />
      <Field id={`${id}-reason`} label={t('invoicing.discard.reason')} hint={t('invoicing.discard.reasonHint')} error={error('reason')} required>
        {(p) => <textarea {...p} rows={2} value={reason} maxLength={maxDiscardReason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {confirmed.confirming != null ? (
        <ConfirmPrompt id={`${id}-confirm`} testid="discard-confirm" tone="danger" busy={fetching}
          message={t('invoicing.discard.confirm', what)} confirmLabel={t('invoicing.discard.yes')}
          onConfirm={() => void confirmed.go(confirmed.confirming as string)} onCancel={confirmed.cancel} />
      ) : (
        <FormButtons submit={t('invoicing.discard.submit')} busy={fetching} onCancel={onCancel} />
      )}
    </form>
  );
}
