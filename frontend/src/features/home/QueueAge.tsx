import { useTranslation } from 'react-i18next';

/** Buckets of days waiting: 0–15, 16–30, 31–60, more than 60. */
export const AGE_BUCKETS = [
  { key: 'd0_15', max: 15 },
  { key: 'd16_30', max: 30 },
  { key: 'd31_60', max: 60 },
  { key: 'd60', max: Infinity },
] as const;

/** Whole days between a submission and now (never negative). */
export function daysWaiting(submittedAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(submittedAt).getTime()) / 86_400_000));
}

/** How many claims fall in each bucket of days waiting. */
export function ageBuckets(submitted: (string | null | undefined)[], now: Date = new Date()): number[] {
  const counts = AGE_BUCKETS.map(() => 0);
  for (const s of submitted) {
    if (!s) continue;
    const d = daysWaiting(s, now);
    counts[AGE_BUCKETS.findIndex((b) => d <= b.max)]++;
  }
  return counts;
}

/**
 * The review queue by age: a table (the text alternative is the chart
 * itself: each count is written out) with a CSS bar per bucket, the oldest
 * in the Region's red.
 */
export function QueueAge({ submitted }: { submitted: (string | null | undefined)[] }) {
  const { t } = useTranslation();
  const counts = ageBuckets(submitted);
  const max = Math.max(1, ...counts);
  return (
    <table className="table table-sm table-borderless align-middle mb-3" data-testid="queue-age">
      <caption className="caption-top text-body fw-semibold">{t('charts.queueAge.caption')}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('charts.queueAge.days')}</th>
          <th scope="col">{t('charts.queueAge.claims')}</th>
        </tr>
      </thead>
      <tbody>
        {AGE_BUCKETS.map((b, i) => (
          <tr key={b.key} data-bucket={b.key}>
            <th scope="row" className="fw-normal text-nowrap small" style={{ width: '9rem' }}>{t(`charts.queueAge.${b.key}`)}</th>
            <td>
              <div className="d-flex align-items-center gap-2">
                <div aria-hidden="true" style={{ flex: '1 1 auto', background: '#e3e4e6', height: 14, borderRadius: 2 }}>
                  <div style={{ width: `${(counts[i] / max) * 100}%`, height: 14, borderRadius: 2, background: i === 3 ? '#cc334d' : i === 2 ? '#995c00' : '#0066cc' }} />
                </div>
                <span className="fw-semibold text-nowrap" style={{ minWidth: '5.5rem' }} data-testid={`queue-age-${b.key}`}>{t('charts.queueAge.count', { count: counts[i] })}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
