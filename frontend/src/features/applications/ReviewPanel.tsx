import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDecideApplication, useFundApplication } from './useApplicationActions';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatEuroInput, parseEuroToCents } from '../../lib/format';
import type { ApplicationDecision, IntegrationItem } from '../../gql/graphql';
import { textLimits } from '../../lib/textLimits';

const ITEMS: IntegrationItem[] = ['BUDGET', 'NARRATIVE', 'ATTACHMENTS', 'MEMBERS'];

type Props = {
  applicationID: string;
  requestedCents: number;
  examine: boolean;
  fund: boolean;
  project?: { id: string; title: string } | null;
  onDone: () => void;
};

/**
 * The Region officer's examination of an application: admissible,
 * inadmissible or integration request while it is submitted; funding (CUP,
 * decree, grant and its sources) or rejection once admissible.
 */
export function ReviewPanel({ applicationID, requestedCents, examine, fund, project, onDone }: Props) {
  const { t } = useTranslation();
  if (project) {
    return (
      <section className="mb-5" data-testid="funded">
        <div className="alert alert-success">
          {t('examination.fundedProject')} <Link to={`/progetti/${project.id}`}>{project.title}</Link>
        </div>
      </section>
    );
  }
  if (!examine && !fund) return null;
  return (
    <section aria-labelledby="review-title" className="mb-5" data-testid="review-panel">
      <h2 id="review-title" className="h4">{t('examination.title')}</h2>
      {examine && <DecisionForm applicationID={applicationID} choices={['ADMISSIBLE', 'INADMISSIBLE', 'INTEGRATION_REQUESTED']} onDone={onDone} />}
      {fund && (
        <>
          <FundForm applicationID={applicationID} requestedCents={requestedCents} onDone={onDone} />
          <DecisionForm applicationID={applicationID} choices={['REJECTED', 'INTEGRATION_REQUESTED']} onDone={onDone} />
        </>
      )}
    </section>
  );
}

function DecisionForm({ applicationID, choices, onDone }: { applicationID: string; choices: ApplicationDecision[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ApplicationDecision | ''>('');
  const [reason, setReason] = useState('');
  const [items, setItems] = useState<IntegrationItem[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, decide] = useDecideApplication();
  const errorsRef = useRef<HTMLDivElement>(null);
  const idp = `decision-${choices.join('-')}`;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!decision) local.push({ kind: 'INVALID', field: 'decision', rule: null, message: t('acts.decision.errors.decision') });
    if (reason.trim().length < 3) local.push({ kind: 'INVALID', field: 'reason', rule: null, message: t('acts.decision.errors.reason') });
    if (decision === 'INTEGRATION_REQUESTED' && items.length === 0)
      local.push({ kind: 'INVALID', field: 'items', rule: null, message: t('acts.decision.errors.items') });
    setErrors(local);
    if (local.length) {
      document.getElementById(local[0].field === 'decision' ? `${idp}-${choices[0]}` : local[0].field === 'reason' ? `${idp}-reason` : `${idp}-item-${ITEMS[0]}`)?.focus();
      return;
    }
    setConfirming(true);
  }

  async function go() {
    if (!decision) return;
    const r = await decide({
      id: applicationID,
      decision,
      reason: reason.trim(),
      items: decision === 'INTEGRATION_REQUESTED' ? items : null,
      integrationDueOn: decision === 'INTEGRATION_REQUESTED' && dueOn ? dueOn : null,
    });
    setConfirming(false);
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else onDone();
  }

  const decisionError = fieldError(errors, 'decision');
  return (
    <form onSubmit={onSubmit} className="border rounded p-3 mb-4" data-testid="decision-form" noValidate>
      <FormErrors ref={errorsRef} errors={errors} shownFields={['decision', 'reason', 'items', 'integrationDueOn']} />
      <fieldset aria-describedby={decisionError ? `${idp}-decision-error` : undefined} aria-invalid={decisionError ? true : undefined}>
        <legend className="h5">
          {choices.includes('ADMISSIBLE') ? t('examination.examine') : t('examination.otherDecisions')} <span aria-hidden="true">*</span>
        </legend>
        {choices.map((c) => (
          <div className="form-check" key={c}>
            <input id={`${idp}-${c}`} type="radio" name={idp} value={c} checked={decision === c} onChange={() => setDecision(c)} required />
            <label htmlFor={`${idp}-${c}`}>{t(`examination.decision.${c}`)}</label>
          </div>
        ))}
        {decisionError && <div id={`${idp}-decision-error`} className="invalid-feedback d-block">{decisionError}</div>}
      </fieldset>
      {decision === 'INTEGRATION_REQUESTED' && (
        <fieldset className="mt-3">
          <legend className="h6">{t('examination.items')}</legend>
          {ITEMS.map((it) => (
            <div className="form-check form-check-inline" key={it}>
              <input
                id={`${idp}-item-${it}`}
                type="checkbox"
                checked={items.includes(it)}
                onChange={(e) => setItems((xs) => (e.target.checked ? [...xs, it] : xs.filter((x) => x !== it)))}
              />
              <label htmlFor={`${idp}-item-${it}`}>{t(`examination.item.${it}`)}</label>
            </div>
          ))}
          {fieldError(errors, 'items') && <div className="invalid-feedback d-block" data-testid="field-error">{fieldError(errors, 'items')}</div>}
          <Field id={`${idp}-due`} label={t('examination.integrationDueOn')} error={fieldError(errors, 'integrationDueOn')} hint={t('examination.integrationDueOnHint')}>
            {(p) => <input {...p} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
          </Field>
        </fieldset>
      )}
      <Field id={`${idp}-reason`} label={t('examination.reason')} required error={fieldError(errors, 'reason')} hint={t('examination.reasonHint')}>
        {(p) => <textarea {...p} rows={3} maxLength={textLimits.decisionReason} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={fetching}>
        {decision ? t(`examination.confirm.${decision}`) : t('acts.decision.decide')}
      </button>
      {confirming && decision && (
        <ConfirmDialog
          testid="confirm-decision"
          title={t('acts.decision.title', { decision: t(`examination.decision.${decision}`) })}
          confirmLabel={t(`examination.confirm.${decision}`)}
          tone={decision === 'INADMISSIBLE' || decision === 'REJECTED' ? 'danger' : 'primary'}
          busy={fetching}
          onConfirm={go}
          onCancel={() => setConfirming(false)}
        >
          <ul>
            <li>{t(`acts.decision.effect.${decision}`)}</li>
            {decision === 'INTEGRATION_REQUESTED' && (
              <li>{t('acts.decision.items', { items: items.map((it) => t(`examination.item.${it}`)).join(', ') })}</li>
            )}
            <li>{t('acts.decision.reason', { reason: reason.trim() })}</li>
            <li>{t('acts.decision.told')}</li>
          </ul>
          {(decision === 'INADMISSIBLE' || decision === 'REJECTED') && <p className="mb-0">{t('acts.irreversible')}</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}

function FundForm({ applicationID, requestedCents, onDone }: { applicationID: string; requestedCents: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    cup: '', decreeNumber: '', decreeDate: '', granted: formatEuroInput(requestedCents), eu: '', state: '', region: '', title: '', startsOn: '', endsOn: '',
  });
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [{ fetching }, fundApplication] = useFundApplication();
  const [confirming, setConfirming] = useState<{ granted: number; eu: number; state: number; region: number } | null>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const bad: Record<string, string> = {};
    const amount = (k: 'granted' | 'eu' | 'state' | 'region', required: boolean) => {
      const s = v[k].trim();
      if (!s) {
        if (required) bad[k] = t('examination.fund.required');
        return 0;
      }
      const c = parseEuroToCents(s);
      if (c == null || c < 0) {
        bad[k] = t('budget.notAnAmount');
        return 0;
      }
      return c;
    };
    const granted = amount('granted', true);
    const eu = amount('eu', false);
    const state = amount('state', false);
    const region = amount('region', false);
    if (!v.cup.trim()) bad.cup = t('examination.fund.required');
    if (!v.decreeNumber.trim()) bad.decreeNumber = t('examination.fund.required');
    if (!v.decreeDate) bad.decreeDate = t('examination.fund.required');
    setLocal(bad);
    if (Object.keys(bad).length) return;
    setConfirming({ granted, eu, state, region });
  }

  async function go() {
    if (!confirming) return;
    const { granted, eu, state, region } = confirming;
    const r = await fundApplication({
      id: applicationID,
      input: {
        cup: v.cup.trim().toUpperCase(),
        decreeNumber: v.decreeNumber.trim(),
        decreeDate: v.decreeDate,
        grantedCents: granted,
        euCents: eu,
        stateCents: state,
        regionCents: region,
        title: v.title.trim() || null,
        startsOn: v.startsOn || null,
        endsOn: v.endsOn || null,
      },
    });
    setConfirming(null);
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else onDone();
  }

  const err = (k: string, ...server: string[]) => local[k] ?? fieldError(errors, ...server);
  const shown = ['cup', 'decreeNumber', 'decreeDate', 'grantedCents', 'euCents'];
  return (
    <form onSubmit={onSubmit} className="border rounded p-3 mb-4" data-testid="fund-form" noValidate>
      <fieldset>
        <legend className="h5">{t('examination.fund.title')}</legend>
        <p className="small">{t('examination.fund.requested', { amount: formatCents(requestedCents) })}</p>
        <FormErrors ref={errorsRef} errors={errors} shownFields={shown} />
        <div className="row">
          <div className="col-md-4">
            <Field id="fund-cup" label={t('examination.fund.cup')} required error={err('cup', 'cup')} hint={t('examination.fund.cupHint')}>
              {(p) => <input {...p} value={v.cup} onChange={set('cup')} maxLength={15} autoComplete="off" />}
            </Field>
          </div>
          <div className="col-md-4">
            <Field id="fund-decree-number" label={t('examination.fund.decreeNumber')} required error={err('decreeNumber', 'decreeNumber')}>
              {(p) => <input {...p} value={v.decreeNumber} onChange={set('decreeNumber')} />}
            </Field>
          </div>
          <div className="col-md-4">
            <Field id="fund-decree-date" label={t('examination.fund.decreeDate')} required error={err('decreeDate', 'decreeDate')}>
              {(p) => <input {...p} type="date" value={v.decreeDate} onChange={set('decreeDate')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-granted" label={t('examination.fund.granted')} required error={err('granted', 'grantedCents')} hint={t('examination.fund.euroHint')}>
              {(p) => <input {...p} inputMode="decimal" value={v.granted} onChange={set('granted')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-eu" label={t('examination.fund.eu')} error={err('eu', 'euCents')}>
              {(p) => <input {...p} inputMode="decimal" value={v.eu} onChange={set('eu')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-state" label={t('examination.fund.state')} error={err('state')}>
              {(p) => <input {...p} inputMode="decimal" value={v.state} onChange={set('state')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-region" label={t('examination.fund.region')} error={err('region')}>
              {(p) => <input {...p} inputMode="decimal" value={v.region} onChange={set('region')} />}
            </Field>
          </div>
          <div className="col-md-6">
            <Field id="fund-title" label={t('examination.fund.projectTitle')} hint={t('examination.fund.projectTitleHint')}>
              {(p) => <input {...p} value={v.title} onChange={set('title')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-starts" label={t('examination.fund.startsOn')}>
              {(p) => <input {...p} type="date" value={v.startsOn} onChange={set('startsOn')} />}
            </Field>
          </div>
          <div className="col-md-3">
            <Field id="fund-ends" label={t('examination.fund.endsOn')}>
              {(p) => <input {...p} type="date" value={v.endsOn} onChange={set('endsOn')} />}
            </Field>
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={fetching}>{t('examination.fund.submit')}</button>
      </fieldset>
      {confirming && (
        <ConfirmDialog
          testid="confirm-fund"
          title={t('acts.fund.title')}
          confirmLabel={t('examination.fund.submit')}
          busy={fetching}
          onConfirm={go}
          onCancel={() => setConfirming(null)}
        >
          <ul>
            <li>{t('acts.fund.grant', { granted: formatCents(confirming.granted), requested: formatCents(requestedCents) })}</li>
            {confirming.eu + confirming.state + confirming.region > 0 && (
              <li>{t('acts.fund.split', { eu: formatCents(confirming.eu), state: formatCents(confirming.state), region: formatCents(confirming.region) })}</li>
            )}
            <li>{t('acts.fund.decree', { cup: v.cup.trim().toUpperCase(), number: v.decreeNumber.trim() })}</li>
            <li>{t('acts.fund.project')}</li>
          </ul>
          <p className="mb-0">{t('acts.irreversible')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
