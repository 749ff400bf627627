import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBp, formatCents } from '../../lib/format';
import { useClientPages } from '../../lib/paging';
import { ClientPager } from '../../components/Pager';
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
      {/* Focusable with a name: on narrow screens the table scrolls sideways by keyboard too. */}
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('project.summary.caption')}>
        <table className="table table-sm table-striped align-middle small" data-testid="allocation-summary">
          <caption className="visually-hidden">{t('project.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('project.summary.body')}</th>
              {figureColumns.map((c) => (
                <th key={c} scope="col" className="text-end">{t(`figures.${c}`)}</th>
              ))}
              <th scope="col" className="text-end">{t('figures.spentBp')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.rows.map((r) => (
              <tr key={r.body.id} data-body={r.body.id}>
                <th scope="row" className="fw-normal">{r.body.name}</th>
                {figureColumns.map((c) => (
                  <td key={c} className="text-end text-nowrap" data-col={c}>{formatCents(r.figures[c])}</td>
                ))}
                <td className="text-end text-nowrap" data-col="spentBp">{formatBp(r.figures.spentBp)}</td>
              </tr>
            ))}
            {filtered.length === 0 && (
              <tr>
                <td colSpan={figureColumns.length + 2}>{t('project.summary.noMatch', { q })}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr className="fw-bold" data-testid="summary-totals">
              <th scope="row">{t('project.summary.totals')}</th>
              {figureColumns.map((c) => (
                <td key={c} className="text-end text-nowrap" data-col={c}>{formatCents(totals[c])}</td>
              ))}
              <td className="text-end text-nowrap" data-col="spentBp">{formatBp(totals.spentBp)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
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
