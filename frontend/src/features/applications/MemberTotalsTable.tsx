import { useTranslation } from 'react-i18next';
import { formatCents, formatInteger, perInhabitantCents } from '../../lib/format';

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
    <div className="table-responsive">
      <table className="table table-striped align-middle" data-testid="member-totals">
        <caption className="visually-hidden">{t('application.perMemberCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('application.columns.body')}</th>
            <th scope="col" className="text-end">{t('application.columns.population')}</th>
            <th scope="col" className="text-end">{t('application.columns.amount')}</th>
            <th scope="col" className="text-end">{t('application.columns.perInhabitant')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.body.id}>
              <th scope="row" className="fw-normal">{r.body.name}</th>
              <td className="text-end">{formatInteger(r.population)}</td>
              <td className="text-end text-nowrap">{formatCents(r.amountCents)}</td>
              <td className="text-end text-nowrap">{formatCents(perInhabitantCents(r.amountCents, r.population))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="fw-bold">
            <th scope="row">{t('application.totalRow')}</th>
            <td className="text-end">{formatInteger(population)}</td>
            <td className="text-end text-nowrap" data-testid="grand-total">{formatCents(totalCents)}</td>
            <td className="text-end text-nowrap">{formatCents(perInhabitantTotalCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
