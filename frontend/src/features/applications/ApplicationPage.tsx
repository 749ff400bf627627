import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApplication } from './useApplication';
import { MemberTotalsTable } from './MemberTotalsTable';
import { StatusBadge } from './StatusBadge';
import { QueryError } from '../../components/QueryError';
import { Loading } from '../../components/Loading';
import { formatCents, formatDate, formatInteger } from '../../lib/format';

/** An application, read-only: its budget totals per member and the problems to solve. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useApplication(id);

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
  const perMember = [...totals.perMember].sort((x, y) => x.body.name.localeCompare(y.body.name, 'it'));

  return (
    <>
      <nav aria-label="breadcrumb" className="breadcrumb-container">
        <ol className="breadcrumb">
          <li className="breadcrumb-item"><Link to="/">Home</Link><span className="separator">/</span></li>
          <li className="breadcrumb-item">
            <Link to={`/aggregazioni/${a.aggregation.id}`}>{a.aggregation.name}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">{t('application.title')}</li>
        </ol>
      </nav>
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
      </dl>

      <section aria-labelledby="totals-title" className="mb-5">
        <h2 id="totals-title" className="h4">{t('application.totals')}</h2>
        <div className="row g-3 mb-4" data-testid="totals-summary">
          <Figure label={t('application.total')} value={formatCents(totals.totalCents)} />
          <Figure label={t('application.funded')} value={formatCents(totals.fundedCents)} />
          <Figure label={t('application.own')} value={formatCents(totals.ownCents)} />
          <Figure label={t('application.population')} value={formatInteger(totals.population)} />
          <Figure label={t('application.perInhabitant')} value={formatCents(totals.perInhabitantCents)} />
        </div>
        <h3 className="h5">{t('application.perMember')}</h3>
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
      </section>

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
    </>
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
