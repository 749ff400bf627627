import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionDisbursement } from './useDisbursements';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatCents, formatDate, todayISO } from '../../lib/format';
import type { DisbursementKind } from '../../gql/graphql';

/** Longest reference of an act of payment the server accepts. */
export const MAX_PAYMENT_REFERENCE = 100;

type Disbursement = { id: string; kind: DisbursementKind; amountCents: number; approvedOn?: string | null };

/**
 * Records that a disbursement was paid (or, for a recovery, returned): the
 * day of the payment, neither in the future nor before the approval, and
 * the reference of the act of payment ("mandato n. 1234/2026"), confirmed
 * in a modal that says what will happen. The server checks the same rules.
 */
export function MarkPaidDialog({ disbursement: d, onDone, onCancel }: { disbursement: Disbursement; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayISO();
  const [on, setOn] = useState(today);
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, move] = useTransitionDisbursement();

  async function confirm() {
    const local: ServerError[] = [];
    if (!on) local.push(invalidField('on', t('acts.pay.errors.date')));
    else if (on > today) local.push(invalidField('on', t('acts.pay.errors.future')));
    else if (d.approvedOn && on < d.approvedOn) local.push(invalidField('on', t('acts.pay.errors.beforeApproval', { date: formatDate(d.approvedOn) })));
    const ref = reference.trim();
    if (!ref) local.push(invalidField('reference', t('acts.pay.errors.reference')));
    else if (ref.length > MAX_PAYMENT_REFERENCE) local.push(invalidField('reference', t('acts.pay.errors.referenceLong', { max: MAX_PAYMENT_REFERENCE })));
    setErrors(local);
    if (local.length) {
      document.getElementById(`${id}-${local[0].field}`)?.focus();
      return;
    }
    const res = await move({ id: d.id, to: 'PAID', on, reference: ref });
    if (res.error) {
      setErrors(serverErrors(res.error));
      return;
    }
    onDone();
  }

  const recovery = d.kind === 'RECOVERY';
  return (
    <ConfirmDialog
      testid="confirm-paid"
      title={t(recovery ? 'acts.pay.titleRecovery' : 'acts.pay.title', { kind: t(`disbursementKind.${d.kind}`), amount: formatCents(d.amountCents) })}
      confirmLabel={t(recovery ? 'acts.pay.confirmRecovery' : 'acts.pay.confirm')}
      busy={fetching}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <FormErrors errors={errors} shownFields={['on', 'reference']} />
      <ul>
        <li>{t(recovery ? 'acts.pay.effectRecovery' : 'acts.pay.effect', { amount: formatCents(d.amountCents) })}</li>
        <li>{t('acts.pay.told')}</li>
      </ul>
      <Field id={`${id}-on`} label={t('acts.pay.date')} required error={fieldError(errors, 'on')} className="form-group mt-4 mb-3"
        hint={d.approvedOn ? t('acts.pay.dateHint', { date: formatDate(d.approvedOn) }) : undefined}>
        {(p) => <input {...p} type="date" value={on} max={today} min={d.approvedOn ?? undefined} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Field id={`${id}-reference`} label={t('acts.pay.reference')} required error={fieldError(errors, 'reference')} hint={t('acts.pay.referenceHint')} className="form-group mt-5 mb-1">
        {(p) => <input {...p} value={reference} maxLength={MAX_PAYMENT_REFERENCE} autoComplete="off" onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <p className="mb-0 mt-3">{t('acts.irreversible')}</p>
    </ConfirmDialog>
  );
}
