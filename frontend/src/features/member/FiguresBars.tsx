import { useTranslation } from 'react-i18next';
import { formatBp, formatCents, shareBp } from '../../lib/format';
import { figureColumns } from '../projects/AllocationTable';
import type { Figures } from '../projects/useProject';

const fills: Record<(typeof figureColumns)[number], string> = {
  allocatedCents: '#5c6f82',
  committedCents: '#0066cc',
  invoicedCents: '#004d99',
  paidCents: '#008055',
  claimedCents: '#995c00',
  admittedCents: '#00663d',
  remainingCents: '#a2acb7',
};

/**
 * The money of an allocation as a table of figures with a bar each: every
 * amount is written out with its share of the allocation, so the bars
 * (inline SVG, hidden from assistive technology) only repeat what the text
 * already says.
 */
export function FiguresBars({ figures, caption, testid }: { figures: Figures; caption: string; testid?: string }) {
  const { t } = useTranslation();
  const whole = figures.allocatedCents;
  return (
    <div className="table-responsive">
      <table className="table table-borderless table-sm align-middle mb-1" data-testid={testid}>
        <caption className="caption-top text-body fw-semibold">{caption}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('figures.what')}</th>
            <th scope="col">{t('figures.bar')}</th>
            <th scope="col">{t('figures.amount')}</th>
            <th scope="col">{t('figures.share')}</th>
          </tr>
        </thead>
        <tbody>
          {figureColumns.map((c) => {
            const bp = c === 'allocatedCents' ? 10000 : shareBp(figures[c], whole);
            const width = Math.max(0, Math.min(100, bp / 100));
            return (
              <tr key={c}>
                <th scope="row" className="fw-normal text-nowrap">{t(`figures.${c}`)}</th>
                <td className="w-50">
                  <svg width="100%" height="14" aria-hidden="true" focusable="false" className="d-block">
                    <rect x="0" y="0" width="100%" height="14" rx="2" fill="#e3e4e6" />
                    {width > 0 && <rect x="0" y="0" width={`${width}%`} height="14" rx="2" fill={fills[c]} />}
                  </svg>
                </td>
                <td className="text-end text-nowrap fw-semibold" data-testid={`figure-${c}`}>{formatCents(figures[c])}</td>
                <td className="text-end text-nowrap small">{c === 'allocatedCents' ? '' : t('figures.ofAllocation', { pct: formatBp(bp) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small mb-0">
        {t('figures.spentLine')} <strong data-testid="figure-spentBp">{formatBp(figures.spentBp)}</strong>
      </p>
    </div>
  );
}
