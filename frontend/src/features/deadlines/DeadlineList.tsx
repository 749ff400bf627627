import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DeadlineFieldsFragment } from '../../gql/graphql';
import { useMyDeadlines, useProjectDeadlines } from './useDeadlines';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';

const PAGE = 10;

/** How far a deadline is: missed by n days, today, or in n days. */
function DeadlineBadge({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft < 0) return <span className="badge bg-danger">{t('deadlines.missed', { count: -daysLeft })}</span>;
  if (daysLeft === 0) return <span className="badge bg-warning text-dark">{t('deadlines.today')}</span>;
  return <span className={`badge ${daysLeft <= 14 ? 'bg-warning text-dark' : 'bg-secondary'}`}>{t('deadlines.left', { count: daysLeft })}</span>;
}

function DeadlineRow({ deadline: d }: { deadline: DeadlineFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <li className="list-group-item" data-testid="deadline" data-overdue={d.overdue}>
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <Link to={d.path} className="fw-semibold">{d.title}</Link>
        <DeadlineBadge daysLeft={d.daysLeft} />
      </div>
      <span className="small">
        {t(`deadlines.kind.${d.kind}`)} · {t('deadlines.due', { date: formatDate(d.dueOn) })}
      </span>
    </li>
  );
}

/**
 * A list of open deadlines, as the server sorts them (by due date, so the
 * missed ones come first), each linking to where the user acts.
 */
export function DeadlineList({ rows, total, empty }: {
  rows: DeadlineFieldsFragment[];
  total: number;
  empty: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return <div className="alert alert-success" role="status" data-testid="no-deadlines">{empty}</div>;
  }
  return (
    <>
      <ul className="list-group mb-2" data-testid="deadlines">
        {rows.map((d) => <DeadlineRow key={d.key} deadline={d} />)}
      </ul>
      {total > rows.length && <p className="small">{t('deadlines.more', { shown: rows.length, count: total })}</p>}
    </>
  );
}

/** "Le tue scadenze" on the home page: the deadlines the viewer's roles must act on. */
export function MyDeadlines() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useMyDeadlines(PAGE);
  return (
    <section aria-labelledby="my-deadlines-title" className="mb-4" data-testid="my-deadlines">
      <h3 id="my-deadlines-title" className="h5">{t('deadlines.mine')}</h3>
      {fetching && !data && <Loading />}
      {!data && <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {data && (
        <DeadlineList rows={(data.deadlines.edges ?? []).map((e) => e.node)} total={data.deadlines.totalCount} empty={t('deadlines.noneMine')} />
      )}
    </section>
  );
}

/** The next deadlines of a project, on its overview. */
export function ProjectDeadlines({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useProjectDeadlines(projectID, PAGE);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return <DeadlineList rows={(node.deadlines.edges ?? []).map((e) => e.node)} total={node.deadlines.totalCount} empty={t('deadlines.none')} />;
}
