import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMemberHome } from './useMemberHome';
import { FiguresBars } from './FiguresBars';
import { BreakdownTable, breakdownGroups } from '../projects/BreakdownTable';
import { DeliverableCard } from '../deliverables/DeliverableCard';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { ofBody } from '../../lib/italian';

type Props = {
  aggregation: { id: string; name: string };
  body: { id: string; name: string };
};

/**
 * A member referent's home: for each project of its aggregation, its
 * body's allocation (figures and bars, by category) and its deliverables
 * with the actions it may take and evidence upload.
 */
export function MemberDashboard({ aggregation, body }: Props) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useMemberHome(aggregation.id, body.id);
  const projects = nodesOf(data?.projects);

  if (fetching && !data) return <Loading />;
  return (
    <div data-testid="member-dashboard">
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && projects.length === 0 && (
        <div className="alert alert-info" role="status">{t('member.noProjects', { name: aggregation.name })}</div>
      )}
      {projects.map((p) => {
        const deliverables = nodesOf(p.deliverables);
        const s = p.allocationSummary;
        return (
          <section key={p.id} aria-labelledby={`mp-${p.id}`} className="mb-5" data-project={p.id}>
            <h2 id={`mp-${p.id}`} className="h4 mb-1">
              {t('member.projectTitle', { body: body.name, ofBody: ofBody(body.name) })}
            </h2>
            <p className="small mb-2">
              <Link to={`/progetti/${p.id}`}>{p.title}</Link> · CUP <code>{p.cup}</code> · <Badge group="projectStatus" value={p.status} />
            </p>
            <div className="row g-4 mb-4">
              <div className="col-12 col-xl-7">
                <FiguresBars figures={s.totals} caption={t('member.figuresCaption', { body: body.name, ofBody: ofBody(body.name) })} testid="member-figures" />
                <p className="small mb-1" data-testid="member-remaining-help">{t('acts.member.remaining')}</p>
                <a
                  className="btn btn-outline-primary btn-sm"
                  href={`/reports/projects/${p.id}/members/${body.id}/scheda.pdf`}
                  data-testid="member-statement"
                >
                  {t('acts.member.statement')}
                </a>
              </div>
              <div className="col-12 col-xl-5">
                <BreakdownTable
                  groups={breakdownGroups(t, s.categories, s.lines)}
                  caption={t('member.byCategory')}
                  testid="member-categories"
                />
              </div>
            </div>

            <h3 className="h5">{t('member.deliverables', { count: p.deliverables.totalCount })}</h3>
            {deliverables.length === 0 ? (
              <p>{t('deliverable.none')}</p>
            ) : (
              deliverables.map((d) => <DeliverableCard key={d.id} deliverable={d} canWork canReview={false} headingLevel="h4" />)
            )}
            {p.deliverables.totalCount > deliverables.length && (
              <Link to={`/progetti/${p.id}?scheda=prodotti`}>{t('member.allDeliverables')}</Link>
            )}
          </section>
        );
      })}
    </div>
  );
}

/**
 * What is late for a member body, per project (the same query as the
 * dashboard: urql sends it once).
 */
export function MemberLate({ aggregation, body }: Props) {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useMemberHome(aggregation.id, body.id);
  const projects = nodesOf(data?.projects);
  return (
    <section aria-labelledby="member-late-title" className="mb-4">
      <h3 id="member-late-title" className="h5">{t('member.lateTitle', { body: body.name, ofBody: ofBody(body.name) })}</h3>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {!data && !error && <Loading />}
      {projects.map((p) => {
        const late = p.overdue.deliverables.filter((d) => d.body.id === body.id);
        return late.length === 0 ? (
          <p key={p.id} className="text-success" data-testid="member-no-late">{t('member.noLate', { title: p.title })}</p>
        ) : (
          <ul key={p.id} className="list-group mb-3" data-testid="member-late">
            {late.map((d) => (
              <li key={d.id} className="list-group-item">
                <span className="badge bg-danger me-2">{t('project.overdue.due', { date: formatDate(d.dueOn) })}</span>
                {d.title} <span className="small">({t(`deliverableStatus.${d.status}`)})</span>
                <div className="small"><Link to={`/progetti/${p.id}`}>{p.title}</Link></div>
              </li>
            ))}
          </ul>
        );
      })}
    </section>
  );
}
