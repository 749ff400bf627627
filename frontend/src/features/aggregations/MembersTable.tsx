import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../../lib/format';
import type { ReactNode } from 'react';
import type { MemberRow } from './useAggregationMembers';
import { populationYear } from '../../lib/population';

/**
 * Members of an aggregation: name, province, population (with its year),
 * the codes that recognise the member on invoices (codice fiscale, IPA
 * e-invoicing office codes) and council resolution (and the lead's
 * actions, if given).
 */
export function MembersTable({ rows, caption, actions }: { rows: MemberRow[]; caption: string; actions?: (m: MemberRow) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-striped align-middle" data-testid="members">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('aggregation.columns.name')}</th>
            <th scope="col">{t('aggregation.columns.province')}</th>
            <th scope="col" className="text-end">{t('aggregation.columns.population')}</th>
            <th scope="col">{t('bodyCodes.codiceFiscale')}</th>
            <th scope="col">{t('bodyCodes.offices')}</th>
            <th scope="col">{t('aggregation.columns.resolution')}</th>
            {actions && <th scope="col">{t('aggregation.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <th scope="row" className="fw-normal">
                {m.body.name}
                {m.role === 'LEAD' && <span className="badge bg-primary ms-2">{t('aggregation.leadBadge')}</span>}
              </th>
              <td>
                {m.body.provinceName ?? ''}
                {m.body.provinceCode ? ` (${m.body.provinceCode})` : ''}
              </td>
              <td className="text-end">
                {formatInteger(m.body.population)}
                {m.body.population != null && m.body.populationYear != null && (
                  <span className="d-block small text-secondary">{populationYear(t, m.body.populationYear)}</span>
                )}
              </td>
              <td className="text-nowrap" data-testid="member-cf">{m.body.codiceFiscale ?? t('bodyCodes.none')}</td>
              <td data-testid="member-offices">{m.body.invoicingOfficeCodes?.length ? m.body.invoicingOfficeCodes.join(', ') : t('bodyCodes.none')}</td>
              <td>
                {m.resolutionNumber
                  ? `${m.resolutionOrgan ? t(`aggregation.organ.${m.resolutionOrgan}`) + ' ' : ''}${t('aggregation.resolution', {
                      number: m.resolutionNumber,
                      date: formatDate(m.resolutionDate),
                    })}`
                  : t('aggregation.noResolution')}
              </td>
              {actions && <td>{actions(m)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
