import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CALLS_PAGE, useArchiveCall, useCallDetail, useCloseCall, usePublishCall } from './useCalls';
import { CallStatusBadge } from './CallStatusBadge';
import { formatRomeDateTime } from './romeTime';
import { useViewer } from '../auth/useViewer';
import { StatusBadge } from '../applications/StatusBadge';
import { CallBudget } from './CallBudget';
import { CallPucSettings } from './CallPucSettings';
import { DataTable } from '../../components/DataTable';
import { FormErrors } from '../../components/FormErrors';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageError } from '../../components/PageError';
import { useConfirmedAction } from '../../lib/useConfirmedAction';
import { formatBp, formatCents, formatDate, formatInteger } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import type { ApplicationStatus } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

const RECEIVED: ApplicationStatus[] = ['SUBMITTED', 'INTEGRATION_REQUESTED', 'ADMISSIBLE', 'INADMISSIBLE', 'FUNDED', 'REJECTED', 'WITHDRAWN'];

/** A call: its rules, lines and categories, its lifecycle actions, and the applications received. */
export function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const pager = useCursorPages(status);
  const where = status ? { status } : { statusNEQ: 'DRAFT' as const };
  const [{ data, error, fetching }, reexecute] = useCallDetail(id, pager.after, where);
  useDocumentTitle([data?.node?.__typename === 'Call' ? data.node.title : undefined, t('calls.call')]);
  const [{ fetching: publishing }, publish] = usePublishCall();
  const [{ fetching: closing }, close] = useCloseCall();
  const [{ fetching: archiving }, archive] = useArchiveCall();
  const { confirming, ask, cancel, go: run, errors, alertRef: errorsRef } = useConfirmedAction(
    (what: 'publish' | 'close' | 'archive') => (what === 'publish' ? publish({ id }) : what === 'close' ? close({ id }) : archive({ id })),
    () => reexecute({ requestPolicy: 'network-only' }),
  );

  if (fetching && !data) return <Loading />;
  const c = data?.node;
  if (!c || c.__typename !== 'Call') return <PageError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const manage = viewer.isOfficer || viewer.isAdmin;
  const apps = nodesOf(c.applications);
  const lines = nodesOf(c.interventionLines).sort((a, b) => a.position - b.position);
  const cats = nodesOf(c.expenseCategories).sort((a, b) => a.position - b.position);
  const busy = publishing || closing || archiving;

  const rule = (label: string, value: string | null | undefined) =>
    value ? (
      <>
        {/* A read-only value carries its unit: the form's "(€)" is not repeated. */}
        <dt className="col-sm-4">{label.replace(/\s*\((€|%)\)$/, '')}</dt>
        <dd className="col-sm-8">{value}</dd>
      </>
    ) : null;

  return (
    <>
      <Breadcrumb trail={[{ to: '/bandi', label: t('calls.title') }]} current={t('calls.call')} />
      <h1 className="h2">{c.title}</h1>
      <p>
        <CallStatusBadge status={c.status} /> <span className="ms-2">{c.issuer.name}</span>
        {c.version > 1 && <span className="ms-2 small">{t('calls.version', { version: c.version })}</span>}
      </p>
      {c.description && <p className="lead">{c.description}</p>}

      {manage && (
        <section aria-labelledby="call-actions-title" className="mb-4" data-testid="call-actions">
          <h2 id="call-actions-title" className="visually-hidden">{t('calls.actions')}</h2>
          <FormErrors ref={errorsRef} errors={errors} />
          {confirming ? (
            <div className="alert alert-warning" role="alertdialog" aria-labelledby="call-confirm-text">
              <p id="call-confirm-text">{t(`calls.confirm.${confirming}`)}</p>
              <button type="button" className="btn btn-primary me-2" disabled={busy} onClick={() => void run(confirming)} autoFocus>
                {t(`calls.do.${confirming}`)}
              </button>
              <button type="button" className="btn btn-outline-secondary" onClick={cancel}>{t('app.cancel')}</button>
            </div>
          ) : (
            <div className="d-flex flex-wrap gap-2">
              {c.status === 'DRAFT' && <Link className="btn btn-outline-primary" to={`/bandi/${c.id}/modifica`}>{t('calls.edit')}</Link>}
              {c.status === 'DRAFT' && <button type="button" className="btn btn-primary" onClick={() => ask('publish')}>{t('calls.do.publish')}</button>}
              {c.status === 'PUBLISHED' && <button type="button" className="btn btn-outline-primary" onClick={() => ask('close')}>{t('calls.do.close')}</button>}
              {c.status === 'CLOSED' && <button type="button" className="btn btn-outline-secondary" onClick={() => ask('archive')}>{t('calls.do.archive')}</button>}
            </div>
          )}
        </section>
      )}

      {(manage || viewer.isAuditor) && <CallBudget use={c.budgetUse} />}

      <div className="row">
        <section className="col-lg-7" aria-labelledby="rules-title">
          <h2 id="rules-title" className="h4">{t('calls.rules')}</h2>
          <dl className="row" data-testid="call-rules">
            {rule(t('calls.form.reference'), c.reference)}
            {rule(t('calls.form.fund'), t(`calls.fund.${c.fund}`))}
            {rule(t('calls.form.totalBudget'), formatCents(c.totalBudgetCents))}
            {rule(t('calls.form.capPerMember'), formatCents(c.capPerMemberCents))}
            {rule(t('calls.form.capPerProject'), formatCents(c.capPerProjectCents))}
            {rule(t('calls.form.minProject'), formatCents(c.minProjectCents))}
            {rule(t('calls.form.cofinancingPct'), formatBp(c.cofinancingRateBp))}
            {rule(t('calls.membersRange'), c.minMembers || c.maxMembers ? `${formatInteger(c.minMembers) || '—'} – ${formatInteger(c.maxMembers) || '—'}` : null)}
            {rule(t('calls.form.opensAt'), formatRomeDateTime(c.opensAt))}
            {rule(t('calls.form.closesAt'), formatRomeDateTime(c.closesAt))}
            {rule(t('calls.form.durationMonths'), c.durationMonths ? String(c.durationMonths) : null)}
            {rule(t('population.rule'), c.populationYear ? t('population.ofYear', { year: c.populationYear }) : t('population.latest'))}
            {rule(t('calls.form.cupDeadlineDays'), c.cupDeadlineDays ? String(c.cupDeadlineDays) : null)}
            {rule(t('calls.form.contractDeadlineMonths'), c.contractDeadlineMonths ? String(c.contractDeadlineMonths) : null)}
            {rule(t('calls.form.reportingEveryMonths'), c.reportingEveryMonths ? String(c.reportingEveryMonths) : null)}
            {rule(t('calls.form.integrationDays'), String(c.integrationDays ?? 10))}
            {rule(t('calls.form.decisionDays'), c.decisionDays ? String(c.decisionDays) : null)}
            {rule(t('calls.form.reviewDays'), String(c.reviewDays ?? 60))}
          </dl>
        </section>
        <section className="col-lg-5" aria-labelledby="lines-title">
          <h2 id="lines-title" className="h4">{t('calls.form.lines')}</h2>
          {lines.length === 0 ? <p>{t('calls.noLines')}</p> : (
            <ul data-testid="call-lines">{lines.map((l) => <li key={l.id}><strong>{l.code}</strong> {l.name}</li>)}</ul>
          )}
          <h2 className="h4">{t('calls.form.cats')}</h2>
          {cats.length === 0 ? <p>{t('calls.noCats')}</p> : (
            <ul data-testid="call-categories">
              {cats.map((k) => (
                <li key={k.id}>
                  <strong>{k.code}</strong> {k.name}
                  {k.capBp != null && <> · {t('calls.capShare', { pct: formatBp(k.capBp) })}</>}
                  {k.capCents != null && <> · {t('calls.capAmount', { amount: formatCents(k.capCents) })}</>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {(manage || viewer.isAuditor || c.pucSettings) && (
        <CallPucSettings key={c.id} id={c.id} settings={c.pucSettings} rowVersion={c.rowVersion}
          canCorrect={manage && c.status === 'PUBLISHED'} onSaved={() => reexecute({ requestPolicy: 'network-only' })} />
      )}

      <section aria-labelledby="received-title" className="mt-4">
        <h2 id="received-title" className="h4">{t('calls.received', { count: c.applications.totalCount })}</h2>
        <div className="row">
          <div className="col-md-4">
            <div className="select-wrapper mt-4 mb-3">
              <label htmlFor="received-status">{t('calls.filterStatus')}</label>
              <select id="received-status" value={status} onChange={(e) => setStatus(e.target.value as ApplicationStatus | '')}>
                <option value="">{t('calls.allReceived')}</option>
                {RECEIVED.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
              </select>
            </div>
          </div>
        </div>
        {apps.length === 0 ? (
          <div className="alert alert-info" role="status" data-testid="no-received">{t('calls.noneReceived')}</div>
        ) : (
          <DataTable
            caption={t('calls.receivedCaption')}
            className="table table-striped align-middle"
            testid="received"
            rows={apps}
            rowKey={(a) => a.id}
            rowProps={() => ({ 'data-testid': 'received-row' })}
            columns={[
              { key: 'title', header: t('home.columns.title'), rowHeader: true, className: 'fw-normal', cell: (a) => <Link to={`/domande/${a.id}`}>{a.title}</Link> },
              { key: 'aggregation', header: t('home.columns.aggregation'), cell: (a) => a.aggregation.name },
              { key: 'status', header: t('home.columns.status'), cell: (a) => <StatusBadge status={a.status} /> },
              { key: 'submittedAt', header: t('calls.submittedAt'), cell: (a) => `${formatDate(a.submittedAt)}${a.protocolNumber ? ` · ${a.protocolNumber}` : ''}` },
              { key: 'total', header: t('home.columns.total'), numeric: true, className: 'text-nowrap', cell: (a) => formatCents(a.totals.totalCents) },
            ]}
          />
        )}
        <ConnectionPager label={t('calls.receivedPages')} pager={pager} connection={c.applications} pageSize={CALLS_PAGE} disabled={fetching} />
      </section>
    </>
  );
}
