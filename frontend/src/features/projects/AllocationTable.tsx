import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBp, formatCents } from '../../lib/format';
import { useClientPages } from '../../lib/paging';
import { ClientPager } from '../../components/Pager';
import { DataTable, type Column } from '../../components/DataTable';
import type { Figures } from './useProject';

export type AllocationRow = { body: { id: string; name: string }; figures: Figures };

/** The money columns of the summary, in the order of the money's life. */
export const figureColumns = [
  'allocatedCents',
  'committedCents',
  'invoicedCents',
  'paidCents',
  'claimedCents',
  'admittedCents',
  'remainingCents',
] as const;

type Props = {
  rows: AllocationRow[];
  totals: Figures;
  pageSize?: number;
};

/**
 * Allocation tracking per member: allocated, committed, invoiced, paid,
 * claimed, admitted, remaining and % spent, with the project's totals in the
 * footer. Members are sorted by name, searchable and shown a page at a time;
 * the totals row always sums the whole project (as the server computed it).
 */
export function AllocationTable({ rows, totals, pageSize = 16 }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const inputId = useId();
  const sorted = useMemo(() => [...rows].sort((a, b) => a.body.name.localeCompare(b.body.name, 'it')), [rows]);
  const needle = q.trim().toLocaleLowerCase('it');
  const filtered = useMemo(
    () => (needle ? sorted.filter((r) => r.body.name.toLocaleLowerCase('it').includes(needle)) : sorted),
    [sorted, needle],
  );
  const pages = useClientPages(filtered, pageSize, needle);

  return (
    <>
      {rows.length > pageSize && (
        <div className="form-group mt-5 mb-3" role="search">
          <label htmlFor={inputId} className="active">{t('project.summary.search')}</label>
          <input id={inputId} type="search" className="form-control" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        </div>
      )}
      <p className="small text-secondary" aria-live="polite" data-testid="summary-count">
        {t('project.summary.count', { shown: filtered.length, count: rows.length })}
      </p>
<DataTable
        caption={t('project.summary.caption')}
        scrollLabel={t('project.summary.caption')}
        className="table table-sm table-striped align-middle small"
        testid="allocation-summary"
        rows={pages.rows}
        rowKey={(r) => r.body.id}
        rowProps={(r) => ({ 'data-body': r.body.id })}
        empty={filtered.length === 0 ? t('project.summary.noMatch', { q }) : undefined}
        footerProps={{ className: 'fw-bold', 'data-testid': 'summary-totals' }}
        columns={[
          { key: 'body', header: t('project.summary.body'), rowHeader: true, className: 'fw-normal', cell: (r) => r.body.name, footer: t('project.summary.totals') },
          ...figureColumns.map((c): Column<AllocationRow> => ({
            key: c,
            header: t(`figures.${c}`),
            numeric: true,
            className: 'text-nowrap',
            cellProps: () => ({ 'data-col': c }),
            cell: (r) => formatCents(r.figures[c]),
            footer: formatCents(totals[c]),
            footerProps: { className: 'text-nowrap', 'data-col': c },
          })),
          {
            key: 'spentBp',
            header: t('figures.spentBp'),
            numeric: true,
            className: 'text-nowrap',
            cellProps: () => ({ 'data-col': 'spentBp' }),
            cell: (r) => formatBp(r.figures.spentBp),
            footer: formatBp(totals.spentBp),
            footerProps: { className: 'text-nowrap', 'data-col': 'spentBp' },
          },
        ]}
      />
      <ClientPager label={t('project.summary.pages')} pages={pages} />
    </>
  );
}

/** Sums the members' figures (what the totals row must equal). */
export function sumFigures(rows: AllocationRow[]): Record<(typeof figureColumns)[number], number> {
  const out = Object.fromEntries(figureColumns.map((c) => [c, 0])) as Record<(typeof figureColumns)[number], number>;
  for (const r of rows) for (const c of figureColumns) out[c] += r.figures[c];
  return out;
}
