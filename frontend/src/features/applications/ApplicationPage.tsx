import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Downloads } from '../../components/Downloads';
import { Link, useParams } from 'react-router-dom';
import { useApplication } from './useApplication';
import { MemberTotalsTable } from './MemberTotalsTable';
import { StatusBadge } from './StatusBadge';
import { LeadActions } from './LeadActions';
import { applicationActions } from './actions';
import { useViewer } from '../auth/useViewer';
import { QueryError } from '../../components/QueryError';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Loading } from '../../components/Loading';
import { formatCents, formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

// The editor and the officer's forms load only for those who use them.
const BudgetEditor = lazy(() => import('../budget/BudgetEditor').then((m) => ({ default: m.BudgetEditor })));
const ReviewPanel = lazy(() => import('./ReviewPanel').then((m) => ({ default: m.ReviewPanel })));

/**
 * An application: its budget totals per member and the problems to solve;
 * the lead edits the budget grid, submits or withdraws it; the Region
 * officer examines, funds or rejects it.
 */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [{ data, error, fetching }, reexecute] = useApplication(id);
  useDocumentTitle([data?.node?.__typename === 'Application' ? data.node.title : undefined, t('application.title')]);
  const [dirty, setDirty] = useState(false);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (fetching && !data) return <Loading />;
  const node = data?.node;
  if (!node || node.__typename !== 'Application') {
    if (error) {
      return (
        <>
          <h1 className="h2">{t('errors.title')}</h1>
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        </>
      );
    }
    return (
      <>
        <h1 className="h2">{t('errors.title')}</h1>
        <div className="alert alert-warning" role="alert" data-error-kind="NOT_FOUND">
          <p>{t('errors.NOT_FOUND')}</p>
          <Link to="/">{t('app.back')}</Link>
        </div>
      </>
    );
  }
  const a = node;
  const totals = a.totals;
  const can = applicationActions(viewer, { status: a.status, aggregationID: a.aggregation.id, integrationItems: a.integrationItems });
  const lines = nodesOf(a.call.interventionLines).sort((x, y) => x.position - y.position);
  const categories = nodesOf(a.call.expenseCategories).sort((x, y) => x.position - y.position);
  const perMember = [...totals.perMember].sort((x, y) => x.body.name.localeCompare(y.body.name, 'it'));

  return (
    <>
      <Breadcrumb trail={[{ to: `/aggregazioni/${a.aggregation.id}`, label: a.aggregation.name }]} current={t('application.title')} />
      <h1 className="h2">{a.title}</h1>
      {a.summary && <p className="lead">{a.summary}</p>}
      <dl className="row">
        <dt className="col-sm-3">{t('application.status')}</dt>
        <dd className="col-sm-9"><StatusBadge status={a.status} /></dd>
        <dt className="col-sm-3">{t('application.call')}</dt>
        <dd className="col-sm-9">{a.call.title}</dd>
        <dt className="col-sm-3">{t('application.aggregation')}</dt>
        <dd className="col-sm-9"><Link to={`/aggregazioni/${a.aggregation.id}`}>{a.aggregation.name}</Link></dd>
        {a.protocolNumber && (
          <>
            <dt className="col-sm-3">{t('application.protocol')}</dt>
            <dd className="col-sm-9">{a.protocolNumber}</dd>
          </>
        )}
        {a.submittedAt && (
          <>
            <dt className="col-sm-3">{t('application.submittedAt')}</dt>
            <dd className="col-sm-9">{formatDate(a.submittedAt)}</dd>
          </>
        )}
        {a.call.closesAt && (
          <>
            <dt className="col-sm-3">{t('application.closesAt')}</dt>
            <dd className="col-sm-9">{formatDateTime(a.call.closesAt)}</dd>
          </>
        )}
        {a.decisionReason && (
          <>
            <dt className="col-sm-3">{t('application.decisionReason')}</dt>
            <dd className="col-sm-9" data-testid="decision-reason">
              {a.decisionReason}
              {(a.integrationItems ?? []).length > 0 && (
                <> ({(a.integrationItems ?? []).map((x) => t(`examination.item.${x}`)).join(', ')})</>
              )}
            </dd>
          </>
        )}
        {a.status === 'INTEGRATION_REQUESTED' && a.integrationDueOn && (
          <>
            <dt className="col-sm-3">{t('examination.integrationDueOn')}</dt>
            <dd className="col-sm-9" data-testid="integration-due-on">{formatDate(a.integrationDueOn)}</dd>
          </>
        )}
      </dl>

      <Downloads
        title={t('downloads.title')}
        testid="application-downloads"
        items={[{ href: `/reports/applications/${a.id}/domanda.pdf`, label: a.status === 'DRAFT' ? t('acts.dossier.draft') : t('acts.dossier.frozen'), format: 'PDF' }]}
      />
      {!(can.examine || can.fund) && (
        <Suspense fallback={<Loading />}>
          <ReviewPanel applicationID={a.id} requestedCents={totals.totalCents} examine={can.examine} fund={can.fund} project={a.project} onDone={refresh} />
        </Suspense>
      )}

      {can.editBudget && (
        <Suspense fallback={<Loading />}>
          <BudgetEditor
            applicationID={a.id}
            aggregationID={a.aggregation.id}
            lines={lines}
            categories={categories}
            capPerMemberCents={a.call.capPerMemberCents}
            populationOf={new Map(totals.perMember.map((p) => [p.body.id, p.population]))}
            problems={a.problems}
            onSaved={refresh}
            onDirtyChange={setDirty}
          />
        </Suspense>
      )}
      <LeadActions
        applicationID={a.id}
        canSubmit={can.submit}
        canWithdraw={can.withdraw}
        problemsCount={a.problems.length}
        dirty={dirty}
        onDone={refresh}
      />

      <section aria-labelledby="totals-title" className="mb-5">
        <h2 id="totals-title" className="h4">{t('application.totals')}</h2>
        <div className="row g-3 mb-4" data-testid="totals-summary">
          <Figure label={t('application.total')} value={formatCents(totals.totalCents)} />
          <Figure label={t('application.funded')} value={formatCents(totals.fundedCents)} />
          <Figure label={t('application.own')} value={formatCents(totals.ownCents)} />
          <Figure label={t('application.population')} value={formatInteger(totals.population)} />
          <Figure label={t('application.perInhabitant')} value={formatCents(totals.perInhabitantCents)} />
        </div>
        <p className="small" data-testid="population-basis">
          {totals.populationYear ? t('population.sentence', { year: totals.populationYear }) : t('population.sentenceLatest')}
        </p>
        {a.warnings.length > 0 && (
          <ul className="alert alert-warning list-unstyled" data-testid="population-warnings">
            {a.warnings.map((w) => <li key={w.rule}>{w.message}</li>)}
          </ul>
        )}
        <h3 className="h5">{t('application.perMember')}</h3>
        {can.editBudget && <p className="small">{t('application.savedFigures')}</p>}
        {perMember.length === 0 ? (
          <p>{t('application.noLines')}</p>
        ) : (
          <MemberTotalsTable
            rows={perMember}
            totalCents={totals.totalCents}
            population={totals.population}
            perInhabitantTotalCents={totals.perInhabitantCents}
          />
        )}
        {(can.examine || can.fund) && (
          <div className="row g-4 mt-1">
            <div className="col-12 col-lg-6">
              <AmountsTable
                testid="per-line"
                caption={t('acts.budget.perLine')}
                header={t('acts.budget.line')}
                rows={totals.perLine.map((l) => ({ id: l.interventionLine.id, label: `${l.interventionLine.code} – ${l.interventionLine.name}`, cents: l.amountCents }))}
                totalCents={totals.totalCents}
              />
            </div>
            <div className="col-12 col-lg-6">
              <AmountsTable
                testid="per-category"
                caption={t('acts.budget.perCategory')}
                header={t('acts.budget.category')}
                rows={totals.perCategory.map((c) => ({ id: c.expenseCategory.id, label: `${c.expenseCategory.code} – ${c.expenseCategory.name}`, cents: c.amountCents }))}
                totalCents={totals.totalCents}
              />
            </div>
          </div>
        )}
      </section>

      {!can.editBudget && (
      <section aria-labelledby="problems-title" className="mb-5">
        <h2 id="problems-title" className="h4">{t('application.problems')}</h2>
        {a.problems.length === 0 ? (
          <div className="alert alert-success" data-testid="no-problems">
            {t('application.noProblems')}
          </div>
        ) : (
          <ul className="list-group" data-testid="problems">
            {a.problems.map((p, i) => (
              <li key={`${p.rule}-${i}`} className="list-group-item">{p.message}</li>
            ))}
          </ul>
        )}
      </section>
      )}
      {(can.examine || can.fund) && (
        <Suspense fallback={<Loading />}>
          <ReviewPanel applicationID={a.id} requestedCents={totals.totalCents} examine={can.examine} fund={can.fund} project={a.project} onDone={refresh} />
        </Suspense>
      )}
    </>
  );
}

/** Amounts of the application by one dimension (line or category), with their total. */
function AmountsTable({ caption, header, rows, totalCents, testid }: { caption: string; header: string; rows: { id: string; label: string; cents: number }[]; totalCents: number; testid: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid={testid}>
        <caption className="caption-top text-body fw-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="text-end">{t('acts.budget.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="fw-normal">{r.label}</th>
              <td className="text-end text-nowrap">{formatCents(r.cents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('acts.budget.total')}</th>
            <td className="text-end text-nowrap fw-semibold">{formatCents(totalCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="col-6 col-md-4 col-xl">
      <div className="border rounded p-3 h-100">
        <div className="small text-secondary">{label}</div>
        <div className="h5 mb-0 text-nowrap">{value}</div>
      </div>
    </div>
  );
}
