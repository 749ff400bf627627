import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateExpenseClaim } from './useClaim';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { textLimits } from '../../lib/textLimits';

const fields = ['periodStart', 'periodEnd', 'narrative'];

/** Checks of a claim's period that need no server; i18n keys. */
export function claimPeriodProblems(start: string, end: string): { field: string; key: string }[] {
  const out: { field: string; key: string }[] = [];
  if (!start) out.push({ field: 'periodStart', key: 'claimEdit.errors.start' });
  if (!end) out.push({ field: 'periodEnd', key: 'claimEdit.errors.end' });
  if (start && end && end < start) out.push({ field: 'periodEnd', key: 'claimEdit.errors.order' });
  return out;
}

/** Changes the period and the narrative of a claim while the lead may still edit it. */
export function ClaimEditForm({ claim, onDone, onCancel }: {
  claim: { id: string; version: number; periodStart: string; periodEnd: string; narrative?: string | null }; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const [v, setV] = useState({ start: claim.periodStart, end: claim.periodEnd, narrative: claim.narrative ?? '' });
  const [{ fetching }, update] = useUpdateExpenseClaim();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = claimPeriodProblems(v.start, v.end).map((p) => invalidField(p.field, t(p.key)));
    if (refuse(local)) return;
    // The version read: if someone changed the claim meanwhile the server
    // refuses (CONFLICT) and its message says to reload; nothing is saved.
    const res = await update({ id: claim.id, input: { periodStart: v.start, periodEnd: v.end, narrative: optional(v.narrative), version: claim.version } });
    if (res.error) return fail(serverErrors(res.error));
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4" aria-labelledby={`${id}-h`} data-testid="claim-edit">
      <h2 id={`${id}-h`} className="h5">{t('claimEdit.title')}</h2>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-periodStart`} label={t('claimEdit.start')} error={fieldError(errors, 'periodStart')} required>
            {(p) => <input {...p} type="date" value={v.start} onChange={(e) => setV((s) => ({ ...s, start: e.target.value }))} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-periodEnd`} label={t('claimEdit.end')} error={fieldError(errors, 'periodEnd')} required>
            {(p) => <input {...p} type="date" value={v.end} onChange={(e) => setV((s) => ({ ...s, end: e.target.value }))} />}
          </Field>
        </div>
        <div className="col-12">
          <Field id={`${id}-narrative`} label={t('claimEdit.narrative')} hint={t('claimEdit.narrativeHint')} error={fieldError(errors, 'narrative')}>
            {(p) => <textarea {...p} rows={3} maxLength={textLimits.claimNarrative} value={v.narrative} onChange={(e) => setV((s) => ({ ...s, narrative: e.target.value }))} />}
          </Field>
        </div>
      </div>
      <FormButtons submit={t('claimEdit.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
