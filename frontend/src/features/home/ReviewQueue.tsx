import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReviewQueue } from './useReviewQueue';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';

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
      {queue.length > 0 && (
        <div className="table-responsive">
          <table className="table table-hover align-middle">
            <caption className="visually-hidden">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.claim')}</th>
                <th scope="col">{t('queue.project')}</th>
                <th scope="col">{t('claim.period')}</th>
                <th scope="col">{t('claim.submittedAt')}</th>
                <th scope="col" className="text-end">{t('claim.items')}</th>
                <th scope="col">{t('claim.status')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((c) => (
                <tr key={c.id} data-testid="queue-row" data-number={c.number}>
                  <th scope="row" className="fw-normal text-nowrap">
                    <Link to={`/rendiconti/${c.id}`}>{t('queue.open', { number: c.number })}</Link>
                  </th>
                  <td>
                    {c.project.title}
                    <div className="small text-secondary">{c.project.aggregation.name} · CUP {c.project.cup}</div>
                  </td>
                  <td className="small">{t('claim.periodRange', { from: formatDate(c.periodStart), to: formatDate(c.periodEnd) })}</td>
                  <td>{formatDate(c.submittedAt)}</td>
                  <td className="text-end">{c.items.totalCount}</td>
                  <td><Badge group="claimStatus" value={c.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
