import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReviewQueue } from './useReviewQueue';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../components/DataTable';
import { QueueAge } from './QueueAge';

/** The auditor's queue: claims submitted or under review, oldest first. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useReviewQueue(false);
  const queue = data?.reviewQueue ?? [];
  return (
    <section aria-labelledby="queue-title" className="mb-5" data-testid="review-queue">
      <h3 id="queue-title" className="h5">{t('queue.title')}</h3>
      {fetching && !data && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && queue.length === 0 && <div className="alert alert-success" role="status" data-testid="queue-empty">{t('queue.empty')}</div>}
      {queue.length > 0 && <QueueAge submitted={queue.map((c) => c.submittedAt)} />}
      {queue.length > 0 && (
        <DataTable
          caption={t('queue.caption')}
          className="table table-hover align-middle"
          rows={queue}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ 'data-testid': 'queue-row', 'data-number': c.number })}
          columns={[
            { key: 'claim', header: t('queue.claim'), rowHeader: true, className: 'fw-normal text-nowrap', cell: (c) => <Link to={`/rendiconti/${c.id}`}>{t('queue.open', { number: c.number })}</Link> },
            {
              key: 'project',
              header: t('queue.project'),
              cell: (c) => (
                <>
                  {c.project.title}
                  <div className="small text-secondary">{c.project.aggregation.name} · CUP {c.project.cup}</div>
                </>
              ),
            },
            { key: 'period', header: t('claim.period'), className: 'small', cell: (c) => t('claim.periodRange', { from: formatDate(c.periodStart), to: formatDate(c.periodEnd) }) },
            { key: 'submittedAt', header: t('claim.submittedAt'), cell: (c) => formatDate(c.submittedAt) },
            { key: 'items', header: t('claim.items'), numeric: true, cell: (c) => c.items.totalCount },
            { key: 'status', header: t('claim.status'), cell: (c) => <Badge group="claimStatus" value={c.status} /> },
          ]}
        />
      )}
    </section>
  );
}
