import { useTranslation } from 'react-i18next';
import { useProjectOverdue } from './useOverdue';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatDate, todayISO } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';

type Deliverable = { id: string; title: string; dueOn?: string | null; body: { id: string; name: string } };

type Group = { key: string; title: string; dueOn: string | null; bodies: { id: string; name: string }[] };

/** Groups the copies of one deliverable (same title and due date) across members. */
export function groupOverdue(deliverables: Deliverable[]): Group[] {
  const groups = new Map<string, Group>();
  for (const d of deliverables) {
    const key = `${d.dueOn ?? ''}|${d.title}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, title: d.title, dueOn: d.dueOn ?? null, bodies: [] };
      groups.set(key, g);
    }
    g.bodies.push(d.body);
  }
  for (const g of groups.values()) g.bodies.sort((a, b) => a.name.localeCompare(b.name, 'it'));
  return [...groups.values()].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}

const PAGE = 100;

/**
 * What is late in a project today: deliverables grouped by what is due
 * (with the members that are late, in a disclosure) and milestones not met,
 * 100 of each per page, so nothing late is left out however many there are.
 */
export function OverduePanel({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const today = todayISO();
  const dPager = useCursorPages(`${projectID}|d`);
  const mPager = useCursorPages(`${projectID}|m`);
  const [{ data, error, fetching }, reexecute] = useProjectOverdue(projectID, today, PAGE, dPager.after, mPager.after);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const deliverables = nodesOf(node.lateDeliverables);
  const milestones = nodesOf(node.lateMilestones);
  const groups = groupOverdue(deliverables);
  if (node.lateDeliverables.totalCount === 0 && node.lateMilestones.totalCount === 0) {
    return (
      <div className="alert alert-success" role="status" data-testid="no-overdue">
        {t('project.overdue.none')}
      </div>
    );
  }
  return (
    <div className="row g-3" data-testid="overdue">
      {node.lateDeliverables.totalCount > 0 && (
        <div className="col-12 col-lg-7">
          <h3 className="h6">{t('project.overdue.deliverables', { count: node.lateDeliverables.totalCount })}</h3>
          <ul className="list-group">
            {groups.map((g) => (
              <li key={g.key} className="list-group-item" data-testid="overdue-deliverable">
                <div className="d-flex flex-wrap justify-content-between gap-2">
                  <span className="fw-semibold">{g.title}</span>
                  <span className="badge bg-danger">{t('project.overdue.due', { date: formatDate(g.dueOn) })}</span>
                </div>
                <details className="mt-1">
                  <summary>{t('project.overdue.bodies', { count: g.bodies.length })}</summary>
                  <p className="small mb-0 mt-1">{g.bodies.map((b) => b.name).join(', ')}</p>
                </details>
              </li>
            ))}
          </ul>
          <ConnectionPager label={t('project.overdue.deliverablePages')} pager={dPager} connection={node.lateDeliverables} pageSize={PAGE} disabled={fetching} />
        </div>
      )}
      {node.lateMilestones.totalCount > 0 && (
        <div className="col-12 col-lg-5">
          <h3 className="h6">{t('project.overdue.milestones', { count: node.lateMilestones.totalCount })}</h3>
          <ul className="list-group">
            {milestones.map((m) => (
              <li key={m.id} className="list-group-item" data-testid="overdue-milestone">
                <span className="fw-semibold">{m.title}</span>
                <br />
                <span className="small">
                  {t(`milestoneKind.${m.kind}`)} · {t('project.overdue.due', { date: formatDate(m.dueOn) })}
                </span>
              </li>
            ))}
          </ul>
          <ConnectionPager label={t('project.overdue.milestonePages')} pager={mPager} connection={node.lateMilestones} pageSize={PAGE} disabled={fetching} />
        </div>
      )}
    </div>
  );
}
