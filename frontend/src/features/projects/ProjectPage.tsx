import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useOutletContext, useParams, useSearchParams } from 'react-router-dom';
import { useProject, type Project } from './useProject';
import { ProjectNav, sectionKeys } from './ProjectNav';
import { ProjectStateActions } from '../disbursements/ProjectStateActions';
import { leadsAggregation, memberBodyIn, seesWholeProject } from '../home/roles';
import { useViewer } from '../auth/useViewer';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { PageError } from '../../components/PageError';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import './project.css';

/** What every screen of a project receives from the project page (useProjectContext). */
export type ProjectContext = {
  project: Project;
  /** The viewer manages the lead body of the project's aggregation. */
  isLead: boolean;
  /** The member body the viewer refers for in this aggregation, if any. */
  memberBodyID: string | null;
  /** The viewer is a Region officer or an administrator. */
  isOfficer: boolean;
  /**
   * The viewer reads the whole project's reports (the national monitoring
   * feed): the lead, the Region's officers and auditors, admins — not a
   * member referent.
   */
  seesWholeProject: boolean;
  /** Reloads the project (after a change of its state or schedule). */
  refresh: () => void;
};

/** The project loaded once by ProjectPage, for the screen shown in its Outlet. */
export function useProjectContext() {
  return useOutletContext<ProjectContext>();
}

/**
 * A funded project, for everyone who may read it: its title and status,
 * then its own navigation (Panoramica, Procedure, Fatture e pagamenti,
 * Prodotti, Rendiconti, Erogazioni, Cronoprogramma, Riparto, Variazioni,
 * Documenti),
 * one route each under /progetti/:id; the project is loaded once here and
 * passed to the screen shown (ProjectSection). Old links with ?scheda=x go
 * to /progetti/:id/x.
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [search] = useSearchParams();
  const [{ data, error, fetching }, reexecute] = useProject(id);
  useDocumentTitle([data?.node?.__typename === 'Project' ? data.node.title : undefined, t('project.breadcrumb')]);

  const legacy = search.get('scheda');
  if (legacy && (sectionKeys as readonly string[]).includes(legacy)) {
    return <Navigate to={`/progetti/${id}/${legacy}`} replace />;
  }
  if (fetching && !data) return <Loading />;
  const p = data?.node?.__typename === 'Project' ? data.node : null;
  if (!p) return <PageError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const context: ProjectContext = {
    project: p,
    isLead: leadsAggregation(viewer, p.aggregation.id),
    memberBodyID: memberBodyIn(viewer, p.aggregation.id)?.id ?? null,
    isOfficer: viewer.isOfficer || viewer.isAdmin,
    seesWholeProject: seesWholeProject(viewer, p.aggregation.id),
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };

  return (
    <>
      <Breadcrumb trail={[{ to: `/aggregazioni/${p.aggregation.id}`, label: p.aggregation.name }]} current={t('project.breadcrumb')} />
      <h1 className="h2 mb-1 text-break">{p.title}</h1>
      <p className="mb-3" data-testid="project-status-line">
        <Badge group="projectStatus" value={p.status} />
        <span className="ms-2 small">{t('project.cup')} <code data-testid="project-cup">{p.cup}</code></span>
      </p>
      {context.isOfficer && <ProjectStateActions id={p.id} title={p.title} status={p.status} onDone={context.refresh} />}
      <ProjectNav projectID={p.id} />
      <div className="pt-4">
        <Outlet context={context} />
      </div>
    </>
  );
}
