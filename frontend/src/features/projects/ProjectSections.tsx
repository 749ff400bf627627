import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useProjectContext } from './ProjectPage';
import type { SectionKey } from './ProjectNav';
import { AllocationTable } from './AllocationTable';
import { ProjectDeadlines } from '../deadlines/DeadlineList';
import { OverduePanel } from './OverduePanel';
import { BreakdownTable, breakdownGroups } from './BreakdownTable';
import { ProcurementsTab } from './ProcurementsTab';
import { InvoicesTab } from './InvoicesTab';
import { ClaimsTab } from './ClaimsTab';
import { MilestonesTab } from './MilestonesTab';
import { MilestoneTimeline } from './MilestoneTimeline';
import { ProjectDocuments } from './ProjectDocuments';
import { VariationsTab } from '../variations/VariationsTab';
import { DeliverablesTab } from '../deliverables/DeliverablesTab';
import { DeliverablesMatrix } from '../deliverables/DeliverablesMatrix';
import { DisbursementsTab } from '../disbursements/DisbursementsTab';
import { FiguresBars } from '../member/FiguresBars';
import { Badge } from '../../components/Badge';
import { Downloads } from '../../components/Downloads';
import { ProjectPucPanel } from '../monitoring/PucDownload';
import { formatInteger, formatCents, formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** The overview of a project (/progetti/:id): its particulars, downloads, spending progress and what is late. */
export function ProjectOverview() {
  const { t } = useTranslation();
  const { project: p, memberBodyID, seesWholeProject } = useProjectContext();
  const s = p.allocationSummary;
  return (
    <>
      <h2 className="visually-hidden">{t('project.nav.panoramica')}</h2>
      <dl className="row mb-4" data-testid="project-header">
        <dt className="col-sm-4 col-lg-3">{t('project.status')}</dt>
        <dd className="col-sm-8 col-lg-9"><Badge group="projectStatus" value={p.status} /></dd>
        <dt className="col-sm-4 col-lg-3">{t('project.decree')}</dt>
        <dd className="col-sm-8 col-lg-9">{t('project.decreeValue', { number: p.decreeNumber, date: formatDate(p.decreeDate) })}</dd>
        <dt className="col-sm-4 col-lg-3">{t('population.rule')}</dt>
        <dd className="col-sm-8 col-lg-9" data-testid="project-population">
          {s.populationYear ? t('population.ofYear', { year: s.populationYear }) : t('population.mixed')}
          {' · '}{formatInteger(s.totals.population)}
        </dd>
        <dt className="col-sm-4 col-lg-3">{t('project.granted')}</dt>
        <dd className="col-sm-8 col-lg-9">
          <strong data-testid="project-granted">{formatCents(p.grantedCents)}</strong>
          <span className="d-block small">
            {t('project.sources', {
              eu: formatCents(p.euCents),
              state: formatCents(p.stateCents),
              region: formatCents(p.regionCents),
              own: formatCents(p.ownCents),
            })}
          </span>
        </dd>
        <dt className="col-sm-4 col-lg-3">{t('project.call')}</dt>
        <dd className="col-sm-8 col-lg-9">{p.call.title}</dd>
        <dt className="col-sm-4 col-lg-3">{t('project.aggregation')}</dt>
        <dd className="col-sm-8 col-lg-9"><Link to={`/aggregazioni/${p.aggregation.id}`}>{p.aggregation.name}</Link></dd>
        {(p.startsOn || p.endsOn) && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('project.period')}</dt>
            <dd className="col-sm-8 col-lg-9">{t('claim.periodRange', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="progress-title" className="mb-5">
        <h3 id="progress-title" className="h4">{t('project.progress')}</h3>
        <FiguresBars figures={s.totals} caption={t('project.progressCaption')} testid="project-figures" />
        <p className="small"><Link to={`/progetti/${p.id}/riparto`}>{t('project.nav.toAllocation')}</Link></p>
      </section>

      <section aria-labelledby="deadlines-title" className="mb-5">
        <h3 id="deadlines-title" className="h4">{t('deadlines.project')}</h3>
        <ProjectDeadlines projectID={p.id} />
      </section>

      <section aria-labelledby="overdue-title" className="mb-5">
        <h3 id="overdue-title" className="h4">{t('project.overdue.title')}</h3>
        <OverduePanel projectID={p.id} />
      </section>

      <Downloads
        title={t('downloads.title')}
        testid="project-downloads"
        items={[
          ...(memberBodyID ? [{ href: `/reports/projects/${p.id}/members/${memberBodyID}/scheda.pdf`, label: t('downloads.statement'), format: 'PDF' }] : []),
          // Every member of the aggregation reads every member's figures.
          { href: `/exports/projects/${p.id}/allocazioni.xlsx`, label: t('downloads.allocations'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/fatture.xlsx`, label: t('downloads.invoices'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/spese.xlsx`, label: t('downloads.expenses'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/budget.csv`, label: t('downloads.budget'), format: 'CSV' },
          { href: `/exports/projects/${p.id}/ocds.json`, label: t('downloads.ocds'), format: 'OCDS JSON' },
        ]}
      />
      {seesWholeProject && <ProjectPucPanel projectID={p.id} cup={p.cup} />}
    </>
  );
}

/** One screen of a project after its overview (/progetti/:id/<name>), with its heading. */
export function ProjectSection({ name }: { name: SectionKey }) {
  const { t } = useTranslation();
  const { project: p, isLead, memberBodyID, isOfficer, refresh } = useProjectContext();
  const active = p.status === 'ACTIVE';
  return (
    <section aria-labelledby="project-section-title" data-section={name}>
      <h2 id="project-section-title" className="h3 mb-3">{t(`project.nav.${name}`)}</h2>
      {name === 'procedure' && <ProcurementsTab projectID={p.id} canManage={isLead && active} />}
      {name === 'fatture' && <InvoicesTab projectID={p.id} projectCUP={p.cup} canManage={isLead && active} />}
      {name === 'prodotti' && (
        <>
          {isLead && <DeliverablesMatrix projectID={p.id} />}
          <DeliverablesTab projectID={p.id} isLead={isLead} memberBodyID={memberBodyID} members={p.allocationSummary.members.map((m) => m.body)} />
        </>
      )}
      {name === 'rendiconti' && <ClaimsTab projectID={p.id} canManage={isLead} />}
      {name === 'erogazioni' && <DisbursementsTab projectID={p.id} canRequest={isOfficer} canDecide={isOfficer} />}
      {name === 'cronoprogramma' && (
        <>
          <MilestoneTimeline milestones={nodesOf(p.milestones)} startsOn={p.startsOn} endsOn={p.endsOn} />
          <MilestonesTab projectID={p.id} milestones={nodesOf(p.milestones)} canManage={isLead && active} onChange={refresh} />
        </>
      )}
      {name === 'riparto' && (
        <>
          <p className="small">{t('project.summary.intro')}</p>
          {p.allocationSummary.members.length === 0 ? (
            <div className="alert alert-info" role="status">{t('project.summary.none')}</div>
          ) : (
            <AllocationTable rows={p.allocationSummary.members} totals={p.allocationSummary.totals} />
          )}
          <div className="mt-4">
            <BreakdownTable groups={breakdownGroups(t, p.allocationSummary.categories, p.allocationSummary.lines)} caption={t('breakdown.caption')} testid="project-breakdown" />
          </div>
        </>
      )}
      {name === 'variazioni' && <VariationsTab />}
      {name === 'documenti' && <ProjectDocuments projectID={p.id} />}
    </section>
  );
}
