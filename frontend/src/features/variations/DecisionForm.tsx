import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatDate, todayISO } from '../../lib/format';
import { decisionErrors, decisionInput, emptyDecision, outcomes, type DecisionErrors, type DecisionForm as Form } from './decision';
import { useDecideVariation, type Variation } from './useVariations';

/**
 * The Region officer's decision on a requested variation: the outcome (no
 * preselection), the reason (required to reject or approve in part), the
 * day it applies from and, approving in part, an end date not after the
 * one requested; then a confirmation.
 */
export function DecisionForm({ variation, onDone }: { variation: Variation; onDone: (v: Variation) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(emptyDecision);
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [server, setServer] = useState<ServerError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, decide] = useDecideVariation();
  const alertRef = useRef<HTMLDivElement>(null);
  const today = todayISO();

  function set<K extends keyof Form>(k: K, v: Form[K]) {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  }

  function ask() {
    const e = decisionErrors(form, { today, requestedEndsOn: variation.requestedEndsOn });
    setErrors(e);
    if (Object.keys(e).length > 0) {
      // After the render that marks the fields: the outcome first, else the first invalid field.
      setTimeout(() => {
        const first = e.outcome
          ? document.getElementById(`outcome-${outcomes[0]}`)
          : document.querySelector<HTMLElement>('[data-testid="variation-decision"] [aria-invalid="true"]');
        first?.focus();
      }, 0);
      return;
    }
    setConfirming(true);
  }

  async function go() {
    const r = await decide({ id: variation.id, version: variation.version, input: decisionInput(form) });
    setConfirming(false);
    const errs = serverErrors(r.error);
    setServer(errs);
    if (errs.length) {
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    if (r.data) onDone(r.data.decideVariation);
  }

  const err = (k: keyof Form) => (errors[k] ? t(`variation.decide.errors.${errors[k]}`) : fieldError(server, k));
  const conflict = server.some((e) => e.kind === 'CONFLICT');

  return (
    <section aria-labelledby="decision-title" className="border rounded p-3 mb-4" data-testid="variation-decision">
      <h3 id="decision-title" className="h4">{t('variation.decide.title')}</h3>
      {conflict ? (
        <div ref={alertRef} tabIndex={-1} className="alert alert-danger" role="alert">{t('variation.conflict')}</div>
      ) : (
        <FormErrors ref={alertRef} errors={server} shownFields={['reason', 'effectiveFrom', 'endsOn']} />
      )}
      <fieldset className="mb-3" aria-describedby={errors.outcome ? 'decision-outcome-error' : undefined}>
        <legend className="h6">{t('variation.decide.outcome')} <span aria-hidden="true">*</span></legend>
        {outcomes.map((o) => (
          <div key={o} className="form-check">
            <input id={`outcome-${o}`} type="radio" name="variation-outcome" value={o} checked={form.outcome === o} onChange={() => set('outcome', o)} />
            <label htmlFor={`outcome-${o}`}>{t(`variation.decide.outcomes.${o}`)}</label>
          </div>
        ))}
        {errors.outcome && <div id="decision-outcome-error" className="invalid-feedback d-block" data-testid="field-error">{err('outcome')}</div>}
      </fieldset>
      <Field id="decision-reason" label={t('variation.decide.reason')} required={form.outcome === 'REJECTED' || form.outcome === 'PARTIALLY_APPROVED'} error={err('reason')}>
        {(p) => <textarea {...p} rows={3} maxLength={4000} value={form.reason} onChange={(e) => set('reason', e.target.value)} />}
      </Field>
      {form.outcome !== 'REJECTED' && (
        <div className="row">
          <div className="col-md-6">
            <Field id="decision-effective" label={t('variation.decide.effectiveFrom')} hint={t('variation.decide.effectiveHint')} error={err('effectiveFrom')}>
              {(p) => <input {...p} type="date" max={today} value={form.effectiveFrom} onChange={(e) => set('effectiveFrom', e.target.value)} />}
            </Field>
          </div>
          {form.outcome === 'PARTIALLY_APPROVED' && variation.requestedEndsOn && (
            <div className="col-md-6">
              <Field id="decision-ends-on" label={t('variation.decide.endsOn')} hint={t('variation.decide.endsOnHint', { date: formatDate(variation.requestedEndsOn) })} error={err('endsOn')}>
                {(p) => <input {...p} type="date" max={variation.requestedEndsOn ?? undefined} value={form.endsOn} onChange={(e) => set('endsOn', e.target.value)} />}
              </Field>
            </div>
          )}
        </div>
      )}
      <button type="button" className="btn btn-primary" onClick={ask} disabled={fetching} data-testid="variation-decide">{t('variation.decide.submit')}</button>
      {confirming && form.outcome && (
        <ConfirmDialog
          title={t(`variation.decide.confirm.${form.outcome}`, { number: variation.number })}
          confirmLabel={t('variation.decide.confirmLabel')}
          tone={form.outcome === 'REJECTED' ? 'danger' : 'primary'}
          busy={fetching}
          testid="variation-decide-confirm"
          onConfirm={() => void go()}
          onCancel={() => setConfirming(false)}
        >
          <p className="mb-0">{form.outcome === 'REJECTED' ? t('variation.decide.confirmRejectText') : t('variation.decide.confirmApproveText', {
            date: formatDate(form.effectiveFrom || today),
          })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
