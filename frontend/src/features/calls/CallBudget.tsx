import { useTranslation } from 'react-i18next';
import { formatCents } from '../../lib/format';

export type BudgetUse = {
  totalCents: number;
  grantedCents: number;
  pendingCents: number;
  availableCents: number;
  projects: number;
  pending: number;
};

/**
 * Shares of the call's total for the bar, in percent: granted, asked for
 * by the applications under examination (up to what is left), and free.
 * Over-committed calls fill the bar with the grants.
 */
export function budgetShares(u: BudgetUse): { granted: number; pending: number; free: number } {
  if (u.totalCents <= 0) return { granted: 0, pending: 0, free: 0 };
  const pct = (c: number) => Math.max(0, Math.min(100, (c / u.totalCents) * 100));
  const granted = pct(u.grantedCents);
  const pending = Math.min(100 - granted, pct(u.pendingCents));
  return { granted, pending, free: Math.max(0, 100 - granted - pending) };
}

/**
 * The officer's view of a call's money: one bar (granted, asked for by the
 * applications under examination, still free) and the same figures written
 * out, which are the chart's text alternative.
 */
export function CallBudget({ use }: { use: BudgetUse }) {
  const { t } = useTranslation();
  const s = budgetShares(use);
  const over = use.availableCents < 0;
  const pendingOver = use.pendingCents > Math.max(0, use.availableCents);
  return (
    <section aria-labelledby="call-budget-title" className="mb-4" data-testid="call-budget">
      <h2 id="call-budget-title" className="h4">{t('charts.callBudget.title')}</h2>
      <div className="d-flex mb-2" aria-hidden="true" style={{ height: 18, background: '#e3e4e6', borderRadius: 2, overflow: 'hidden' }}>
        <div style={{ width: `${s.granted}%`, background: '#0066cc' }} />
        <div style={{ width: `${s.pending}%`, background: '#995c00' }} />
      </div>
      <dl className="row small mb-0">
        <dt className="col-sm-6"><span aria-hidden="true" className="legend-swatch" style={{ background: '#0066cc' }} />{t('charts.callBudget.granted', { count: use.projects })}</dt>
        <dd className="col-sm-6 text-sm-end" data-testid="call-budget-granted">{formatCents(use.grantedCents)}</dd>
        <dt className="col-sm-6"><span aria-hidden="true" className="legend-swatch" style={{ background: '#995c00' }} />{t('charts.callBudget.pending', { count: use.pending })}</dt>
        <dd className="col-sm-6 text-sm-end" data-testid="call-budget-pending">{formatCents(use.pendingCents)}</dd>
        <dt className="col-sm-6"><span aria-hidden="true" className="legend-swatch" style={{ background: '#e3e4e6' }} />{t('charts.callBudget.available')}</dt>
        <dd className={`col-sm-6 text-sm-end fw-semibold${over ? ' text-danger' : ''}`} data-testid="call-budget-available">{formatCents(use.availableCents)}</dd>
        <dt className="col-sm-6">{t('charts.callBudget.total')}</dt>
        <dd className="col-sm-6 text-sm-end">{formatCents(use.totalCents)}</dd>
      </dl>
      {(over || pendingOver) && (
        <p className="small text-danger mb-0" data-testid="call-budget-warning">
          {over ? t('charts.callBudget.over') : t('charts.callBudget.pendingOver')}
        </p>
      )}
    </section>
  );
}
