import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useProjects } from './useProjects';
import { Badge } from '../../components/Badge';
import { QueryError } from '../../components/QueryError';
import { formatCents } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** Funded projects the viewer may read, as links to their pages (optionally of one aggregation). */
export function ProjectsList({ aggregationID, headingLevel = 'h2' }: { aggregationID?: string; headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useProjects(aggregationID ? { aggregationID } : null);
  const projects = nodesOf(data?.projects);
  const H = headingLevel;
  return (
    <section aria-labelledby="projects-title" className="mb-4" data-testid="projects">
      <H id="projects-title" className="h4">{t('projects.title')}</H>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && projects.length === 0 && <p data-testid="no-projects">{t('projects.none')}</p>}
      {projects.length > 0 && (
        <ul className="list-group">
          {projects.map((p) => (
            <li key={p.id} className="list-group-item">
              <Link to={`/progetti/${p.id}`} className="fw-semibold">{p.title}</Link>
              <div className="small">
                CUP <code>{p.cup}</code> · {p.aggregation.name} · {formatCents(p.grantedCents)} <Badge group="projectStatus" value={p.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
