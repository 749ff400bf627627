import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatCents } from '../../lib/format';
import type { AttentionApplicationsQuery } from '../../gql/graphql';
import { StatusBadge } from '../applications/StatusBadge';
import { DataTable } from '../../components/DataTable';

type Row = NonNullable<NonNullable<NonNullable<AttentionApplicationsQuery['applications']['edges']>[number]>['node']>;

/** Applications with status, total and number of problems; the title opens the application. */
export function ApplicationsTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      className="table table-hover align-middle"
      testid="applications"
      rows={rows}
      rowKey={(a) => a.id}
      columns={[
        { key: 'title', header: t('home.columns.title'), rowHeader: true, className: 'fw-normal', cell: (a) => <Link to={`/domande/${a.id}`}>{a.title}</Link> },
        { key: 'aggregation', header: t('home.columns.aggregation'), cell: (a) => <Link to={`/aggregazioni/${a.aggregation.id}`}>{a.aggregation.name}</Link> },
        { key: 'status', header: t('home.columns.status'), cell: (a) => <StatusBadge status={a.status} /> },
        {
          key: 'total',
          header: t('home.columns.total'),
          numeric: true,
          className: 'text-nowrap',
          cellProps: () => ({ 'data-testid': 'application-total' }),
          cell: (a) => formatCents(a.totals.totalCents),
        },
        {
          key: 'problems',
          header: t('home.columns.problems'),
          numeric: true,
          cell: (a) => (a.problems.length === 0 ? t('home.noProblems') : t('home.problemsCount', { count: a.problems.length })),
        },
      ]}
    />
  );
}
