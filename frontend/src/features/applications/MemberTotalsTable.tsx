import { useTranslation } from 'react-i18next';
import { formatCents, formatInteger, perInhabitantCents } from '../../lib/format';
import { DataTable } from '../../components/DataTable';

export type MemberTotal = {
  body: { id: string; name: string };
  amountCents: number;
  population: number;
};

type Props = {
  rows: MemberTotal[];
  totalCents: number;
  population: number;
  perInhabitantTotalCents: number;
};

/** Budget per member: ente, abitanti, importo, €/abitante, with a total row. */
export function MemberTotalsTable({ rows, totalCents, population, perInhabitantTotalCents }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('application.perMemberCaption')}
      className="table table-striped align-middle"
      testid="member-totals"
      rows={rows}
      rowKey={(r) => r.body.id}
      footerProps={{ className: 'fw-bold' }}
      columns={[
        { key: 'body', header: t('application.columns.body'), rowHeader: true, className: 'fw-normal', cell: (r) => r.body.name, footer: t('application.totalRow') },
        { key: 'population', header: t('application.columns.population'), numeric: true, cell: (r) => formatInteger(r.population), footer: formatInteger(population) },
        {
          key: 'amount',
          header: t('application.columns.amount'),
          numeric: true,
          className: 'text-nowrap',
          cell: (r) => formatCents(r.amountCents),
          footer: formatCents(totalCents),
          footerProps: { className: 'text-nowrap', 'data-testid': 'grand-total' },
        },
        {
          key: 'perInhabitant',
          header: t('application.columns.perInhabitant'),
          numeric: true,
          className: 'text-nowrap',
          cell: (r) => formatCents(perInhabitantCents(r.amountCents, r.population)),
          footer: formatCents(perInhabitantTotalCents),
          footerProps: { className: 'text-nowrap' },
        },
      ]}
    />
  );
}
