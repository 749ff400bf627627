import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_PAGE, useApplicationsPage } from './useLists';
import { StatusFilter } from './StatusFilter';
import { ApplicationsTable } from '../home/ApplicationsTable';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { ApplicationStatus } from '../../gql/graphql';

const STATUSES: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'INTEGRATION_REQUESTED', 'ADMISSIBLE', 'INADMISSIBLE', 'FUNDED', 'REJECTED', 'WITHDRAWN'];

/** /domande: the applications the viewer reaches (the server decides which), 20 per page, filtered by status. */
export function ApplicationsListPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('lists.applications.title')]);
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const pager = useCursorPages(status);
  const [{ data, error, fetching }, reexecute] = useApplicationsPage(pager.after, status ? { status } : undefined);
  const rows = nodesOf(data?.applications);
  return (
    <>
      <Breadcrumb current={t('lists.applications.title')} />
      <h1 className="h2">{t('lists.applications.title')}</h1>
      <p>{t('lists.applications.intro')}</p>
      <div className="row"><div className="col-md-5 col-lg-4">
        <StatusFilter id="applications-status" group="status" statuses={STATUSES} value={status} onChange={setStatus} />
      </div></div>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p role="status" data-testid="list-count">{t('lists.count', { count: data.applications.totalCount })}</p>
          {rows.length === 0 ? (
            <div className="alert alert-info" data-testid="no-applications">{t('lists.applications.none')}</div>
          ) : (
            <ApplicationsTable rows={rows} caption={t('lists.applications.caption')} />
          )}
          <ConnectionPager label={t('lists.applications.pages')} pager={pager} connection={data.applications} pageSize={LIST_PAGE} disabled={fetching} />
        </>
      )}
    </>
  );
}
