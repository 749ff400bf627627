import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../../lib/format';
import type { ReactNode } from 'react';
import type { MemberRow } from './useAggregationMembers';
import { populationYear } from '../../lib/population';
import { DataTable } from '../../components/DataTable';

/**
 * Members of an aggregation: name, province, population (with its year),
 * the codes that recognise the member on invoices (codice fiscale, IPA
 * e-invoicing office codes) and council resolution (and the lead's
 * actions, if given).
 */
export function MembersTable({ rows, caption, actions }: { rows: MemberRow[]; caption: string; actions?: (m: MemberRow) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      className="table table-striped align-middle"
      testid="members"
      rows={rows}
      rowKey={(m) => m.id}
      columns={[
        {
          key: 'name',
          header: t('aggregation.columns.name'),
          rowHeader: true,
          className: 'fw-normal',
          cell: (m) => (
            <>
              {m.body.name}
              {m.role === 'LEAD' && <span className="badge bg-primary ms-2">{t('aggregation.leadBadge')}</span>}
            </>
          ),
        },
        {
          key: 'province',
          header: t('aggregation.columns.province'),
          cell: (m) => (
            <>
              {m.body.provinceName ?? ''}
              {m.body.provinceCode ? ` (${m.body.provinceCode})` : ''}
            </>
          ),
        },
        {
          key: 'population',
          header: t('aggregation.columns.population'),
          numeric: true,
          cell: (m) => (
            <>
              {formatInteger(m.body.population)}
              {m.body.population != null && m.body.populationYear != null && (
                <span className="d-block small text-secondary">{populationYear(t, m.body.populationYear)}</span>
              )}
            </>
          ),
        },
        {
          key: 'cf',
          header: t('bodyCodes.codiceFiscale'),
          className: 'text-nowrap',
          cellProps: () => ({ 'data-testid': 'member-cf' }),
          cell: (m) => m.body.codiceFiscale ?? t('bodyCodes.none'),
        },
        {
          key: 'offices',
          header: t('bodyCodes.offices'),
          cellProps: () => ({ 'data-testid': 'member-offices' }),
          cell: (m) => (m.body.invoicingOfficeCodes?.length ? m.body.invoicingOfficeCodes.join(', ') : t('bodyCodes.none')),
        },
        {
          key: 'resolution',
          header: t('aggregation.columns.resolution'),
          cell: (m) =>
            m.resolutionNumber
              ? `${m.resolutionOrgan ? t(`aggregation.organ.${m.resolutionOrgan}`) + ' ' : ''}${t('aggregation.resolution', {
                  number: m.resolutionNumber,
                  date: formatDate(m.resolutionDate),
                })}`
              : t('aggregation.noResolution'),
        },
        actions && { key: 'actions', header: t('aggregation.columns.actions'), cell: (m) => actions(m) },
      ]}
    />
  );
}
