import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useProjectContext } from '../projects/ProjectPage';
import { DecisionForm } from './DecisionForm';
import { Differences } from './Differences';
import { VariationBadge } from './VariationBadge';
import { VariationDocuments } from './VariationDocuments';
import { VariationEditor } from './VariationEditor';
import { rowKey, withinFreeMove } from './grid';
import { useSubmitVariation, useVariation, useWithdrawVariation, type Variation } from './useVariations';

/**
 * One variation of a project (/progetti/:id/variazioni/:variationId), or a
 * new one (…/nuova, the lead only): its particulars and, by who reads it,
 * the lead's editor and actions, the officer's differences and decision,
 * or (members, auditors) the differences read-only.
 */
export function VariationPage() {
  const { t } = useTranslation();
  const { variationId = '' } = useParams();
  const { project: p, isLead, isOfficer, refresh } = useProjectContext();
  const isNew = variationId === 'nuova';
  const [{ data, error, fetching }, reexecute] = useVariation(variationId, isNew);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const back = <p className="small"><Link to={`/progetti/${p.id}/variazioni`}>{t('variation.back')}</Link></p>;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (isNew) {
    return (
      <section aria-labelledby="project-section-title" data-section="variazioni">
        <h2 id="project-section-title" className="h3 mb-3">{t('project.nav.variazioni')}</h2>
        {back}
        {isLead ? (
          <VariationEditor projectID={p.id} aggregationID={p.aggregation.id} variation={null} onSaved={() => undefined} />
        ) : (
          <div className="alert alert-info" role="status">{t('variation.leadOnly')}</div>
        )}
      </section>
    );
  }
  if (fetching && !data) return <Loading />;
  const v = data?.node?.__typename === 'Variation' ? data.node : null;
  if (!v || v.projectID !== p.id) return <QueryError error={error} onRetry={reload} />;
  const draft = v.status === 'DRAFT';

  return (
    <section aria-labelledby="project-section-title" data-section="variazioni" data-testid="variation-page" data-variation={v.id}>
      <h2 id="project-section-title" className="h3 mb-3">
        {t('variation.numbered', { number: v.number })} <VariationBadge status={v.status} />
      </h2>
      {back}
      {result && <div className="alert alert-success" role="status" data-testid="variation-result">{result}</div>}
      <Particulars v={v} />
      <VariationDocuments v={v} canEdit={isLead} onChanged={reload} />
      {draft && isLead ? (
        <>
          <VariationEditor projectID={p.id} aggregationID={p.aggregation.id} variation={v} onSaved={() => reload()} onDirtyChange={setDirty} />
          <LeadActions v={v} dirty={dirty} onDone={(x, message) => { setResult(message); reload(); if (x.planVersion) refresh(); }} />
        </>
      ) : (
        <>
          {draft && v.problems.length > 0 && (
            <ul className="list-group mb-3" data-testid="variation-problems">
              {v.problems.map((x, i) => <li key={i} className="list-group-item">{x.message}</li>)}
            </ul>
          )}
          <Differences variation={v} />
          {v.status === 'REQUESTED' && isLead && <LeadActions v={v} dirty={false} onDone={(_, m) => { setResult(m); reload(); }} />}
          {v.status === 'REQUESTED' && isOfficer && (
            <DecisionForm variation={v} onDone={(x) => {
              setResult(t(`variation.decide.done.${x.status}`, { number: x.number, version: x.planVersion?.number ?? '' }));
              reload();
              refresh();
            }} />
          )}
        </>
      )}
    </section>
  );
}

function Particulars({ v }: { v: Variation }) {
  const { t } = useTranslation();
  const row = (label: string, value: React.ReactNode, testid?: string) => (
    <>
      <dt className="col-sm-4 col-lg-3">{label}</dt>
      <dd className="col-sm-8 col-lg-9" data-testid={testid}>{value}</dd>
    </>
  );
  return (
    <dl className="row mb-4" data-testid="variation-particulars">
      {row(t('variation.kinds'), v.kinds.map((k) => t(`variationKind.${k}`)).join(', ') || '—', 'variation-kinds')}
      {row(t('variation.reason'), <span className="text-break" style={{ whiteSpace: 'pre-wrap' }}>{v.reason || '—'}</span>, 'variation-reason')}
      {v.requestedEndsOn && row(t('variation.requestedEndsOn'), formatDate(v.requestedEndsOn))}
      {v.leavingBody && row(t('variation.leavingBody'), v.leavingBody.name)}
      {v.joiningBody && row(t('variation.joiningBody'), v.joiningBody.name)}
      {v.newLeadBody && row(t('variation.newLeadBody'), v.newLeadBody.name)}
      {v.requestedEffectiveFrom && row(t('variation.requestedEffectiveFrom'), formatDate(v.requestedEffectiveFrom))}
      {v.submittedAt && row(t('variation.submittedAt'), formatDate(v.submittedAt))}
      {v.decidedAt && row(t('variation.decidedAt'), formatDate(v.decidedAt))}
      {v.decisionReason && row(t('variation.decisionReason'), v.decisionReason, 'variation-decision-reason')}
      {v.effectiveFrom && row(t('variation.effectiveFrom'), formatDate(v.effectiveFrom))}
      {v.approvedEndsOn && row(t('variation.approvedEndsOn'), formatDate(v.approvedEndsOn))}
      {v.planVersion && row(t('variation.planVersion'), t('variation.planVersionValue', {
        number: v.planVersion.number, date: formatDate(v.planVersion.effectiveFrom),
      }), 'variation-plan-version')}
    </dl>
  );
}

/** The lead's submit (a draft) and withdraw (a draft or a request), each after a confirmation. */
function LeadActions({ v, dirty, onDone }: { v: Variation; dirty: boolean; onDone: (v: Variation, message: string) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'submit' | 'withdraw' | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching: submitting }, submit] = useSubmitVariation();
  const [{ fetching: withdrawing }, withdraw] = useWithdrawVariation();
  const busy = submitting || withdrawing;
  const draft = v.status === 'DRAFT';

  async function go() {
    const r = asking === 'submit' ? await submit({ id: v.id, version: v.version }) : await withdraw({ id: v.id, version: v.version });
    setAsking(null);
    const errs = serverErrors(r.error);
    setErrors(errs);
    const x = r.data ? ('submitVariation' in r.data ? r.data.submitVariation : r.data.withdrawVariation) : null;
    if (!x) return;
    const message = x.status === 'APPROVED'
      ? t('variation.submitted.APPROVED', { version: x.planVersion?.number ?? '' })
      : x.status === 'REQUESTED' ? t('variation.submitted.REQUESTED') : t('variation.withdrawn');
    onDone(x, message);
  }

  return (
    <div className="py-3" data-testid="variation-actions">
      <FormErrors errors={errors} />
      <div className="d-flex flex-wrap gap-2">
        {draft && (
          <button type="button" className="btn btn-primary" disabled={busy || dirty || v.problems.length > 0} onClick={() => setAsking('submit')} data-testid="variation-submit">
            {t('variation.submit')}
          </button>
        )}
        <button type="button" className="btn btn-outline-danger" disabled={busy} onClick={() => setAsking('withdraw')} data-testid="variation-withdraw">
          {t('variation.withdraw')}
        </button>
      </div>
      {draft && (dirty || v.problems.length > 0) && (
        <p className="small mt-2" data-testid="variation-submit-hint">{dirty ? t('variation.saveFirst') : t('variation.fixFirst')}</p>
      )}
      {asking && (
        <ConfirmDialog
          title={asking === 'submit' ? t('variation.confirmSubmit', { number: v.number }) : t('variation.confirmWithdraw', { number: v.number })}
          confirmLabel={asking === 'submit' ? t('variation.submit') : t('variation.withdraw')}
          tone={asking === 'submit' ? 'primary' : 'danger'}
          busy={busy}
          testid="variation-confirm"
          onConfirm={() => void go()}
          onCancel={() => setAsking(null)}
        >
          <p className="mb-0">{asking === 'submit' ? <SubmitForecast v={v} /> : t('variation.confirmWithdrawText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** What submitting will do, as far as the client can tell: applied at once (within the free-move limit) or sent to the Region. */
function SubmitForecast({ v }: { v: Variation }) {
  const { t } = useTranslation();
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (const r of v.differences.rows) {
    const k = rowKey(r.body.id, r.interventionLine?.id, r.expenseCategory.id);
    before.set(k, r.beforeCents);
    after.set(k, r.afterCents);
  }
  const atOnce = withinFreeMove(v.kinds, before, after, v.project.call.freeMovePercent);
  return <span data-testid="variation-forecast" data-at-once={atOnce}>{atOnce ? t('variation.forecastAtOnce', { percent: v.project.call.freeMovePercent }) : t('variation.forecastRegion')}</span>;
}
