import { useTranslation } from 'react-i18next';
import { formatBp, formatCents } from '../../lib/format';
import type { Figures } from './useProject';

export type BreakdownGroup = { title: string; rows: { key: string; label: string; figures: Figures }[] };

const columns = ['allocatedCents', 'committedCents', 'paidCents', 'claimedCents', 'remainingCents'] as const;

/** Figures by expense category and by intervention line, one row group each. */
export function BreakdownTable({ groups, caption, testid }: { groups: BreakdownGroup[]; caption: string; testid?: string }) {
  const { t } = useTranslation();
  const shown = groups.filter((g) => g.rows.length > 0);
  if (shown.length === 0) return null;
  return (
    // Focusable with a name: on narrow screens the table scrolls sideways by keyboard too.
    <div className="table-responsive" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table-sm align-middle small" data-testid={testid}>
        <caption className="caption-top text-body fw-semibold">{caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c} scope="col" className="text-end">{t(`figures.${c}`)}</th>
            ))}
            <th scope="col" className="text-end">{t('figures.spentBp')}</th>
          </tr>
        </thead>
        {shown.map((g) => (
          <tbody key={g.title}>
            <tr className="table-light">
              <th scope="rowgroup" colSpan={columns.length + 2}>{g.title}</th>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="fw-normal">{r.label}</th>
                {columns.map((c) => (
                  <td key={c} className="text-end text-nowrap">
                    {/* Without an allocation of its own (money allocated per category, not per line) the
                        residual and the share spent of a row mean nothing: show a dash, not a negative figure. */}
                    {c === 'remainingCents' && r.figures.allocatedCents === 0 ? '—' : formatCents(r.figures[c])}
                  </td>
                ))}
                <td className="text-end text-nowrap">{r.figures.allocatedCents === 0 ? '—' : formatBp(r.figures.spentBp)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

type Cat = { expenseCategory: { id: string; name: string }; figures: Figures };
type Line = { interventionLine?: { id: string; code: string; name: string } | null; figures: Figures };

/** The category and line groups of an allocation summary. */
export function breakdownGroups(t: (k: string) => string, categories: Cat[], lines: Line[]): BreakdownGroup[] {
  return [
    { title: t('breakdown.byCategory'), rows: categories.map((c) => ({ key: c.expenseCategory.id, label: c.expenseCategory.name, figures: c.figures })) },
    {
      title: t('breakdown.byLine'),
      rows: lines.map((l) => ({
        key: l.interventionLine?.id ?? 'none',
        label: l.interventionLine ? `${l.interventionLine.code} – ${l.interventionLine.name}` : t('breakdown.noLine'),
        figures: l.figures,
      })),
    },
  ];
}
