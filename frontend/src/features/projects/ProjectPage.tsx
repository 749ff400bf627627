import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useProject } from './useProject';
import { AllocationTable } from './AllocationTable';
import { OverduePanel } from './OverduePanel';
import { BreakdownTable, breakdownGroups } from './BreakdownTable';
import { ProcurementsTab } from './ProcurementsTab';
import { InvoicesTab } from './InvoicesTab';
import { ClaimsTab } from './ClaimsTab';
import { MilestonesTab } from './MilestonesTab';
import { DeliverablesTab } from '../deliverables/DeliverablesTab';
import { DisbursementsTab } from '../disbursements/DisbursementsTab';
import { ProjectStateActions } from '../disbursements/ProjectStateActions';
import { FiguresBars } from '../member/FiguresBars';
import { leadsAggregation, memberBodyIn } from '../home/roles';
import { useViewer } from '../auth/useViewer';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { PageError } from '../../components/PageError';
import { Tabs } from '../../components/Tabs';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Downloads } from '../../components/Downloads';
import { formatInteger, formatCents, formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

const tabKeys = ['procedure', 'fatture', 'prodotti', 'rendiconti', 'erogazioni', 'cronoprogramma'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * A funded project, for everyone who may read it: header, the money per
 * member (allocated → admitted), what is late, then procedures, invoices,
 * deliverables, claims and schedule in tabs (the tab is kept in the URL,
 * ?scheda=…). The lead also imports invoices, records payments and opens
 * claims; member referents work on their own deliverables.
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [search, setSearch] = useSearchParams();
  const [{ data, error, fetching }, reexecute] = useProject(id);
  useDocumentTitle([data?.node?.__typename === 'Project' ? data.node.title : undefined, t('project.breadcrumb')]);
  const requested = search.get('scheda') as TabKey | null;
  const tab: TabKey = requested && tabKeys.includes(requested) ? requested : 'procedure';

  if (fetching && !data) return <Loading />;
  const p = data?.node?.__typename === 'Project' ? data.node : null;
  if (!p) return <PageError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const isLead = leadsAggregation(viewer, p.aggregation.id);
  const memberBody = memberBodyIn(viewer, p.aggregation.id);
  const s = p.allocationSummary;
  const milestones = nodesOf(p.milestones);

  return (
    <>
      <Breadcrumb trail={[{ to: `/aggregazioni/${p.aggregation.id}`, label: p.aggregation.name }]} current={t('project.breadcrumb')} />
      <h1 className="h2">{p.title}</h1>
      <dl className="row mb-4" data-testid="project-header">
        <dt className="col-sm-4 col-lg-3">{t('project.status')}</dt>
        <dd className="col-sm-8 col-lg-9"><Badge group="projectStatus" value={p.status} /></dd>
        <dt className="col-sm-4 col-lg-3">{t('project.cup')}</dt>
        <dd className="col-sm-8 col-lg-9"><code data-testid="project-cup">{p.cup}</code></dd>
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

      {(viewer.isOfficer || viewer.isAdmin) && (
        <ProjectStateActions id={p.id} title={p.title} status={p.status} onDone={() => reexecute({ requestPolicy: 'network-only' })} />
      )}

      <Downloads
        title={t('downloads.title')}
        testid="project-downloads"
        items={[
          ...(memberBody ? [{ href: `/reports/projects/${p.id}/members/${memberBody.id}/scheda.pdf`, label: t('downloads.statement'), format: 'PDF' }] : []),
          // Every member of the aggregation reads every member's figures.
          { href: `/exports/projects/${p.id}/allocazioni.xlsx`, label: t('downloads.allocations'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/fatture.xlsx`, label: t('downloads.invoices'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/spese.xlsx`, label: t('downloads.expenses'), format: 'XLSX' },
          { href: `/exports/projects/${p.id}/budget.csv`, label: t('downloads.budget'), format: 'CSV' },
          { href: `/exports/projects/${p.id}/ocds.json`, label: t('downloads.ocds'), format: 'OCDS JSON' },
        ]}
      />

      <section aria-labelledby="progress-title" className="mb-5">
        <h2 id="progress-title" className="h4">{t('project.progress')}</h2>
        <FiguresBars figures={s.totals} caption={t('project.progressCaption')} testid="project-figures" />
      </section>

      <section aria-labelledby="overdue-title" className="mb-5">
        <h2 id="overdue-title" className="h4">{t('project.overdue.title')}</h2>
        <OverduePanel projectID={p.id} />
      </section>

      <section aria-labelledby="summary-title" className="mb-5">
        <h2 id="summary-title" className="h4">{t('project.summary.title')}</h2>
        <p className="small">{t('project.summary.intro')}</p>
        {s.members.length === 0 ? (
          <div className="alert alert-info" role="status">{t('project.summary.none')}</div>
        ) : (
          <AllocationTable rows={s.members} totals={s.totals} />
        )}
        <div className="mt-4">
          <BreakdownTable groups={breakdownGroups(t, s.categories, s.lines)} caption={t('breakdown.caption')} testid="project-breakdown" />
        </div>
      </section>

      <section aria-labelledby="work-title" className="mb-5">
        <h2 id="work-title" className="visually-hidden">{t('project.work')}</h2>
        <Tabs
          label={t('project.work')}
          active={tab}
          onChange={(k) => setSearch((prev) => {
            const n = new URLSearchParams(prev);
            n.set('scheda', k);
            return n;
          }, { replace: true })}
          tabs={tabKeys.map((k) => ({ key: k, label: t(`project.tabs.${k}`) }))}
        >
          {tab === 'procedure' && <ProcurementsTab projectID={p.id} canManage={isLead && p.status === 'ACTIVE'} />}
          {tab === 'fatture' && <InvoicesTab projectID={p.id} projectCUP={p.cup} canManage={isLead && p.status === 'ACTIVE'} />}
          {tab === 'prodotti' && <DeliverablesTab projectID={p.id} isLead={isLead} memberBodyID={memberBody?.id ?? null} />}
          {tab === 'rendiconti' && <ClaimsTab projectID={p.id} canManage={isLead} />}
          {tab === 'erogazioni' && (
            <DisbursementsTab projectID={p.id} canRequest={viewer.isOfficer || viewer.isAdmin} canDecide={viewer.isOfficer || viewer.isAdmin} />
          )}
          {tab === 'cronoprogramma' && (
            <MilestonesTab projectID={p.id} milestones={milestones} canManage={isLead && p.status === 'ACTIVE'}
              onChange={() => reexecute({ requestPolicy: 'network-only' })} />
          )}
        </Tabs>
      </section>
    </>
  );
}
