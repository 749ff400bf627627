import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LIST_PAGE, useClaimsOverview } from './useLists';
import { StatusFilter } from './StatusFilter';
import { Badge } from '../../components/Badge';
import { Breadcrumb } from '../../components/Breadcrumb';
import { DataTable } from '../../components/DataTable';
import { ClientPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { nodesOf, useClientPages } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { ExpenseClaimStatus } from '../../gql/graphql';

const STATUSES: ExpenseClaimStatus[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED'];

/**
 * /rendiconti: the expense claims of the projects the viewer reaches, newest
 * first, filtered by status, 20 per page. The API lists claims per project,
 * so the claims are gathered from the projects and paged here.
 */
export function ClaimsListPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('lists.claims.title')]);
  const [status, setStatus] = useState<ExpenseClaimStatus | ''>('');
  const [{ data, error, fetching }, reexecute] = useClaimsOverview(status || null);
  const claims = useMemo(
    () =>
      nodesOf(data?.projects)
        .flatMap((p) => nodesOf(p.expenseClaims).map((c) => ({ ...c, project: { id: p.id, title: p.title, cup: p.cup } })))
        .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt))),
    [data],
  );
  const pages = useClientPages(claims, LIST_PAGE, status);
  const c = (k: string) => t(`lists.claims.columns.${k}`);
  return (
    <>
      <Breadcrumb current={t('lists.claims.title')} />
      <h1 className="h2">{t('lists.claims.title')}</h1>
      <p>{t('lists.claims.intro')}</p>
      <div className="row"><div className="col-md-5 col-lg-4">
        <StatusFilter id="claims-status" group="claimStatus" statuses={STATUSES} value={status} onChange={setStatus} />
      </div></div>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p role="status" data-testid="list-count">{t('lists.count', { count: claims.length })}</p>
          <DataTable
            caption={t('lists.claims.caption')}
            testid="claims-list"
            rows={pages.rows}
            rowKey={(x) => x.id}
            empty={t('lists.claims.none')}
            columns={[
              { key: 'claim', header: c('claim'), rowHeader: true, className: 'fw-normal text-nowrap', cell: (x) => <Link to={`/rendiconti/${x.id}`}>{t('lists.claims.number', { number: x.number })}</Link> },
              { key: 'project', header: c('project'), cell: (x) => <><Link to={`/progetti/${x.project.id}`}>{x.project.title}</Link><div className="small">CUP <code>{x.project.cup}</code></div></> },
              { key: 'period', header: c('period'), className: 'text-nowrap', cell: (x) => `${formatDate(x.periodStart)} – ${formatDate(x.periodEnd)}` },
              { key: 'submittedAt', header: c('submittedAt'), cell: (x) => (x.submittedAt ? formatDate(x.submittedAt) : t('lists.claims.notSubmitted')) },
              { key: 'status', header: c('status'), cell: (x) => <Badge group="claimStatus" value={x.status} /> },
            ]}
          />
          <ClientPager label={t('lists.claims.pages')} pages={pages} />
        </>
      )}
    </>
  );
}
