import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatCents } from '../../lib/format';
import type { AttentionApplicationsQuery } from '../../gql/graphql';
import { StatusBadge } from '../applications/StatusBadge';

type Row = NonNullable<NonNullable<NonNullable<AttentionApplicationsQuery['applications']['edges']>[number]>['node']>;

/** Applications with status, total and number of problems; the title opens the application. */
export function ApplicationsTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle" data-testid="applications">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.columns.title')}</th>
            <th scope="col">{t('home.columns.aggregation')}</th>
            <th scope="col">{t('home.columns.status')}</th>
            <th scope="col" className="text-end">{t('home.columns.total')}</th>
            <th scope="col" className="text-end">{t('home.columns.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="fw-normal">
                <Link to={`/domande/${a.id}`}>{a.title}</Link>
              </th>
              <td>
                <Link to={`/aggregazioni/${a.aggregation.id}`}>{a.aggregation.name}</Link>
              </td>
              <td><StatusBadge status={a.status} /></td>
              <td className="text-end text-nowrap" data-testid="application-total">{formatCents(a.totals.totalCents)}</td>
              <td className="text-end">
                {a.problems.length === 0 ? t('home.noProblems') : t('home.problemsCount', { count: a.problems.length })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
