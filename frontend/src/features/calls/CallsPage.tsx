import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMemo, useState } from 'react';
import { CALLS_PAGE, useCallsList } from './useCalls';
import { CallStatusBadge } from './CallStatusBadge';
import { useViewer } from '../auth/useViewer';
import { PucDownload } from '../monitoring/PucDownload';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { Breadcrumb } from '../../components/Breadcrumb';
import { QueryError } from '../../components/QueryError';
import { formatCents } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { formatRomeDateTime } from './romeTime';
import { DataTable } from '../../components/DataTable';
import type { CallStatus } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

const STATUSES: CallStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];

/** The calls the viewer may read (officers: their Region's), 20 per page, filtered by status. */
export function CallsPage() {
  const { t } = useTranslation();
  const { me, viewer } = useViewer();
  useDocumentTitle([t('calls.title')]);
  const [status, setStatus] = useState<CallStatus | ''>('');
  const pager = useCursorPages(status);
  const [{ data, error, fetching }, reexecute] = useCallsList(pager.after, status ? { status } : undefined);
  const rows = nodesOf(data?.calls);
  const canCreate = viewer.isOfficer || viewer.isAdmin;
  // The Regions whose portfolio feed the viewer may download: an officer's
  // or auditor's own; an admin's, those of the calls listed.
  const regions = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of me.roleAssignments.edges ?? []) {
      const n = e?.node;
      if ((n?.role === 'REGION_OFFICER' || n?.role === 'AUDITOR') && n.regionBody) m.set(n.regionBody.id, n.regionBody.name);
    }
    if (viewer.isAdmin) for (const c of rows) m.set(c.issuer.id, c.issuer.name);
    return [...m];
  }, [me, viewer.isAdmin, rows]);

  return (
    <>
      <Breadcrumb current={t('calls.title')} />
      <div className="d-flex flex-wrap justify-content-between align-items-center mb-3">
        <h1 className="h2">{t('calls.title')}</h1>
        {canCreate && <Link className="btn btn-primary" to="/bandi/nuovo">{t('calls.new')}</Link>}
      </div>
      <div className="row">
        <div className="col-md-4">
          <div className="select-wrapper mt-4 mb-4">
            <label htmlFor="calls-status">{t('calls.filterStatus')}</label>
            <select id="calls-status" value={status} onChange={(e) => setStatus(e.target.value as CallStatus | '')}>
              <option value="">{t('calls.allStatuses')}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`calls.status.${s}`)}</option>)}
            </select>
          </div>
        </div>
      </div>
      {fetching && !data && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && rows.length === 0 && <div className="alert alert-info" role="status" data-testid="no-calls">{t('calls.none')}</div>}
      {rows.length > 0 && (
        <DataTable
          caption={t('calls.title')}
          className="table table-striped align-middle"
          testid="calls"
          rows={rows}
          rowKey={(c) => c.id}
          rowProps={() => ({ 'data-testid': 'call-row' })}
          columns={[
            { key: 'title', header: t('calls.columns.title'), rowHeader: true, className: 'fw-normal', cell: (c) => <Link to={`/bandi/${c.id}`}>{c.title}</Link> },
            { key: 'status', header: t('calls.columns.status'), cell: (c) => <CallStatusBadge status={c.status} /> },
            { key: 'budget', header: t('calls.columns.budget'), numeric: true, className: 'text-nowrap', cell: (c) => formatCents(c.totalBudgetCents) },
            {
              key: 'window',
              header: t('calls.columns.window'),
              className: 'small',
              cell: (c) => (c.opensAt ? `${formatRomeDateTime(c.opensAt)} – ${formatRomeDateTime(c.closesAt)}` : '—'),
            },
            { key: 'received', header: t('calls.columns.received'), numeric: true, cell: (c) => c.received.totalCount },
            {
              key: 'toExamine',
              header: t('calls.columns.toExamine'),
              numeric: true,
              cell: (c) => (c.submitted.totalCount > 0 ? <span className="badge bg-warning text-dark">{c.submitted.totalCount}</span> : 0),
            },
          ]}
        />
      )}
      {data && <ConnectionPager label={t('calls.pages')} pager={pager} connection={data.calls} pageSize={CALLS_PAGE} disabled={fetching} />}
      {regions.length > 0 && (
        <section aria-labelledby="portfolio-puc-title" className="mt-4" data-testid="portfolio-puc">
          <h2 id="portfolio-puc-title" className="h5">{t('puc.portfolioTitle')}</h2>
          <p className="small mb-2">{t('puc.portfolioIntro')}</p>
          {regions.map(([rid, name]) => (
            <div className="mb-3" key={rid}>
              <PucDownload href={`/exports/bodies/${rid}/puc.zip`} fallbackName="puc-regione.zip" label={t('puc.portfolio', { region: name })} testid="portfolio-puc-region" />
            </div>
          ))}
        </section>
      )}
    </>
  );
}
