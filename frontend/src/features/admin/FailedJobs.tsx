import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { DataTable } from '../../components/DataTable';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';

/** The job queue's failures (administrators only). */
export const FailedJobsQuery = graphql(`
  query FailedJobs {
    failedJobs(first: 50) { id kind state attempt maxAttempts errors createdAt attemptedAt scheduledAt }
  }
`);

/** Runs a failed job again at once. */
export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) { id state scheduledAt }
  }
`);

/**
 * The jobs of the queue (e-mail of events, reminders, digests) that failed:
 * retrying after an error or given up, with their last error and a button
 * to run one again.
 */
export function FailedJobs() {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({ query: FailedJobsQuery, requestPolicy: 'cache-and-network' });
  const [retrying, retry] = useMutation(RetryJobMutation);
  const rows = data?.failedJobs ?? [];
  return (
    <section aria-labelledby="failed-jobs-title" className="mt-5">
      <h2 id="failed-jobs-title" className="h4">{t('admin.jobs.title')}</h2>
      <p>{t('admin.jobs.intro')}</p>
      <QueryError error={error ?? retrying.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && (
        <DataTable
          caption={t('admin.jobs.caption')}
          testid="failed-jobs"
          rows={rows}
          rowKey={(j) => j.id}
          empty={t('admin.jobs.none')}
          columns={[
            { key: 'kind', header: t('admin.jobs.kind'), rowHeader: true, className: 'fw-normal', cell: (j) => <code>{j.kind}</code> },
            { key: 'state', header: t('admin.jobs.state'), cell: (j) => t(`admin.jobs.states.${j.state}`, { defaultValue: j.state }) },
            { key: 'attempts', header: t('admin.jobs.attempts'), className: 'text-nowrap', cell: (j) => `${j.attempt} / ${j.maxAttempts}` },
            { key: 'error', header: t('admin.jobs.error'), cell: (j) => <span className="small">{j.errors[j.errors.length - 1] ?? '—'}</span> },
            { key: 'when', header: t('admin.jobs.when'), className: 'text-nowrap', cell: (j) => formatDateTime(j.attemptedAt ?? j.createdAt) },
            {
              key: 'retry', header: t('admin.jobs.action'),
              cell: (j) => (
                <button type="button" className="btn btn-outline-primary btn-sm" disabled={retrying.fetching}
                  onClick={() => void retry({ id: j.id }).then(() => reexecute({ requestPolicy: 'network-only' }))}>
                  {t('admin.jobs.retry')}<span className="visually-hidden"> {j.kind} {j.id}</span>
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
