import { useTranslation } from 'react-i18next';
import { formatBp, formatCents, shareBp } from '../../lib/format';
import { figureColumns } from '../projects/AllocationTable';
import type { Figures } from '../projects/useProject';
import { DataTable } from '../../components/DataTable';

type Figure = (typeof figureColumns)[number];

const fills: Record<Figure, string> = {
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
  const share = (c: Figure) => (c === 'allocatedCents' ? 10000 : shareBp(figures[c], whole));
  return (
    <DataTable
      caption={caption}
      captionClassName="caption-top text-body fw-semibold"
      className="table table-borderless table-sm align-middle mb-1"
      testid={testid}
      headClassName="visually-hidden"
      rows={figureColumns}
      rowKey={(c) => c}
      columns={[
        { key: 'what', header: t('figures.what'), rowHeader: true, className: 'fw-normal text-nowrap', cell: (c) => t(`figures.${c}`) },
        {
          key: 'bar',
          header: t('figures.bar'),
          className: 'w-50',
          cell: (c) => {
            const width = Math.max(0, Math.min(100, share(c) / 100));
            return (
              <svg width="100%" height="14" aria-hidden="true" focusable="false" className="d-block">
                <rect x="0" y="0" width="100%" height="14" rx="2" fill="#e3e4e6" />
                {width > 0 && <rect x="0" y="0" width={`${width}%`} height="14" rx="2" fill={fills[c]} />}
              </svg>
            );
          },
        },
        {
          key: 'amount',
          header: t('figures.amount'),
          className: 'text-end text-nowrap fw-semibold',
          cellProps: (c) => ({ 'data-testid': `figure-${c}` }),
          cell: (c) => formatCents(figures[c]),
        },
        {
          key: 'share',
          header: t('figures.share'),
          className: 'text-end text-nowrap small',
          cell: (c) => (c === 'allocatedCents' ? '' : t('figures.ofAllocation', { pct: formatBp(share(c)) })),
        },
      ]}
    >
      <p className="small mb-0">
        {t('figures.spentLine')} <strong data-testid="figure-spentBp">{formatBp(figures.spentBp)}</strong>
      </p>
    </DataTable>
  );
}
