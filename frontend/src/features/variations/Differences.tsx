import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDate } from '../../lib/format';
import { rowKey } from './grid';
import { PlanGrid, signed } from './PlanGrid';
import type { Variation } from './useVariations';

type Named = { id: string; code: string; name: string };

/**
 * A variation's plan against the plan in force (or, once approved, the
 * plan before it), as the server computes it: the end date before and
 * after, the members whose total changes, and the grid with only the
 * changed rows at first.
 */
export function Differences({ variation }: { variation: Variation }) {
  const { t } = useTranslation();
  const d = variation.differences;
  const { before, after, members, categories, lines } = useMemo(() => {
    const before = new Map<string, number>();
    const after = new Map<string, number>();
    const cats = new Map<string, Named>();
    const lns = new Map<string, Named>();
    for (const r of d.rows) {
      const k = rowKey(r.body.id, r.interventionLine?.id, r.expenseCategory.id);
      if (r.beforeCents) before.set(k, r.beforeCents);
      if (r.afterCents) after.set(k, r.afterCents);
      cats.set(r.expenseCategory.id, r.expenseCategory);
      if (r.interventionLine) lns.set(r.interventionLine.id, r.interventionLine);
    }
    const byCode = (a: Named, b: Named) => a.code.localeCompare(b.code, 'it');
    return {
      before, after,
      members: d.members.map((m) => ({ id: m.body.id, name: m.body.name })).sort((a, b) => a.name.localeCompare(b.name, 'it')),
      categories: [...cats.values()].sort(byCode),
      lines: [...lns.values()].sort(byCode),
    };
  }, [d]);
  const changedMembers = d.members.filter((m) => m.deltaCents !== 0);

  return (
    <section aria-labelledby="differences-title" className="mb-4" data-testid="variation-differences">
      <h3 id="differences-title" className="h4">{t('variation.differences')}</h3>
      <dl className="row mb-3">
        <dt className="col-sm-4">{t('variation.endsOnBefore')}</dt>
        <dd className="col-sm-8" data-testid="ends-on-before">{formatDate(d.endsOnBefore) || '—'}</dd>
        <dt className="col-sm-4">{t('variation.endsOnAfter')}</dt>
        <dd className="col-sm-8" data-testid="ends-on-after">
          {formatDate(d.endsOnAfter) || '—'}
          {d.endsOnAfter !== d.endsOnBefore && <span className="badge bg-warning text-dark ms-2">{t('variation.changed')}</span>}
        </dd>
      </dl>
      <h4 className="h5">{t('variation.memberTotals')}</h4>
      {changedMembers.length === 0 ? (
        <p className="small" data-testid="member-totals-none">{t('variation.memberTotalsNone')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('variation.memberTotals')}>
          <table className="table table-sm" data-testid="member-totals">
            <caption className="visually-hidden">{t('variation.memberTotals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('variation.grid.member')}</th>
                <th scope="col" className="text-end">{t('variation.grid.before')}</th>
                <th scope="col" className="text-end">{t('variation.grid.after')}</th>
                <th scope="col" className="text-end">{t('variation.grid.delta')}</th>
              </tr>
            </thead>
            <tbody>
              {changedMembers.map((m) => (
                <tr key={m.body.id} data-testid="member-total-row" data-name={m.body.name}>
                  <th scope="row">{m.body.name}</th>
                  <td className="text-end text-nowrap">{formatCents(m.beforeCents)}</td>
                  <td className="text-end text-nowrap">{formatCents(m.afterCents)}</td>
                  <td className="text-end text-nowrap" data-testid="member-total-delta">{signed(m.deltaCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.rows.length > 0 && (
        <>
          <h4 className="h5 mt-3">{t('variation.planTitle')}</h4>
          <PlanGrid members={members} categories={categories} lines={lines} before={before} start={after} edits={{}} problems={[]} initialOnlyChanged />
        </>
      )}
    </section>
  );
}
