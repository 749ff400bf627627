import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LIST_PAGE, useProjectsPage } from './useLists';
import { StatusFilter } from './StatusFilter';
import { Badge } from '../../components/Badge';
import { Breadcrumb } from '../../components/Breadcrumb';
import { DataTable } from '../../components/DataTable';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatCents } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { ProjectStatus } from '../../gql/graphql';

const STATUSES: ProjectStatus[] = ['ACTIVE', 'SUSPENDED', 'COMPLETED', 'CLOSED', 'REVOKED'];

/** /progetti: the funded projects the viewer reaches, 20 per page by title, filtered by status. */
export function ProjectsListPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('lists.projects.title')]);
  const [status, setStatus] = useState<ProjectStatus | ''>('');
  const pager = useCursorPages(status);
  const [{ data, error, fetching }, reexecute] = useProjectsPage(pager.after, status ? { status } : undefined);
  const rows = nodesOf(data?.projects);
  const c = (k: string) => t(`lists.projects.columns.${k}`);
  return (
    <>
      <Breadcrumb current={t('lists.projects.title')} />
      <h1 className="h2">{t('lists.projects.title')}</h1>
      <p>{t('lists.projects.intro')}</p>
      <div className="row"><div className="col-md-5 col-lg-4">
        <StatusFilter id="projects-status" group="projectStatus" statuses={STATUSES} value={status} onChange={setStatus} />
      </div></div>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p role="status" data-testid="list-count">{t('lists.count', { count: data.projects.totalCount })}</p>
          <DataTable
            caption={t('lists.projects.caption')}
            testid="projects-list"
            rows={rows}
            rowKey={(p) => p.id}
            empty={t('lists.projects.none')}
            columns={[
              { key: 'title', header: c('title'), rowHeader: true, className: 'fw-normal', cell: (p) => <Link to={`/progetti/${p.id}`}>{p.title}</Link> },
              { key: 'cup', header: c('cup'), cell: (p) => <code>{p.cup}</code> },
              { key: 'aggregation', header: c('aggregation'), cell: (p) => <Link to={`/aggregazioni/${p.aggregation.id}`}>{p.aggregation.name}</Link> },
              { key: 'granted', header: c('granted'), numeric: true, className: 'text-nowrap', cell: (p) => formatCents(p.grantedCents) },
              { key: 'status', header: c('status'), cell: (p) => <Badge group="projectStatus" value={p.status} /> },
            ]}
          />
          <ConnectionPager label={t('lists.projects.pages')} pager={pager} connection={data.projects} pageSize={LIST_PAGE} disabled={fetching} />
        </>
      )}
    </>
  );
}
