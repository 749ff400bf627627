import { useTranslation } from 'react-i18next';
import { timelineLayout, type TimelineState } from './timeline';
import { formatDate, todayISO } from '../../lib/format';

type Milestone = { id: string; title: string; dueOn: string; doneOn?: string | null };

const W = 1000;
const AXIS = 34;
const LANE = 16;
const PAD = 12;
const months = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

/** A mark per state, told apart by shape as well as colour: done ●, late ▲, to do ○. */
function Mark({ x, y, state, label }: { x: number; y: number; state: TimelineState; label: string }) {
  const title = <title>{label}</title>;
  if (state === 'late') {
    return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} className="tl-late">{title}</polygon>;
  }
  return <circle cx={x} cy={y} r={5} className={state === 'done' ? 'tl-done' : 'tl-pending'}>{title}</circle>;
}

/**
 * The schedule on a date axis (pure SVG): each milestone a mark on its day,
 * late ones highlighted, today a vertical line. The table below it
 * (MilestonesTab) carries the same events for assistive technology: the
 * drawing is an image with a summary as its name.
 */
export function MilestoneTimeline({ milestones, startsOn, endsOn }: { milestones: Milestone[]; startsOn?: string | null; endsOn?: string | null }) {
  const { t } = useTranslation();
  if (milestones.length === 0) return null;
  const today = todayISO();
  const l = timelineLayout(milestones, { today, startsOn, endsOn });
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const H = AXIS + PAD + l.lanes * LANE + 8;
  const X = (x: number) => PAD + x * (W - 2 * PAD);
  const late = l.items.filter((i) => i.state === 'late').length;
  return (
    <figure className="mb-4" data-testid="milestone-timeline">
      <figcaption className="h5">{t('project.timeline.title')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" className="timeline"
        aria-label={t('project.timeline.label', { count: milestones.length, from: formatDate(l.from), to: formatDate(l.to), today: formatDate(today) })}>
        <line x1={X(0)} x2={X(1)} y1={AXIS} y2={AXIS} className="tl-axis" />
        {l.ticks.map((tk) => (
          <g key={tk.month}>
            <line x1={X(tk.x)} x2={X(tk.x)} y1={AXIS - 4} y2={AXIS + 4} className="tl-axis" />
            <text x={X(tk.x)} y={AXIS - 10} textAnchor="middle" className="tl-tick">
              {`${months[Number(tk.month.slice(5)) - 1]} ${tk.month.slice(2, 4)}`}
            </text>
          </g>
        ))}
        <line x1={X(l.todayX)} x2={X(l.todayX)} y1={6} y2={H - 2} className="tl-today" data-testid="timeline-today" />
        <text x={X(l.todayX) + (l.todayX > 0.9 ? -4 : 4)} y={12} textAnchor={l.todayX > 0.9 ? 'end' : 'start'} className="tl-today-label">{t('project.timeline.today')}</text>
        {l.items.map((i) => {
          const m = byId.get(i.id)!;
          return (
            <g key={i.id} data-state={i.state} data-testid="timeline-mark">
              <Mark x={X(i.x)} y={AXIS + PAD + i.lane * LANE} state={i.state} label={`${formatDate(m.dueOn)} · ${m.title}`} />
            </g>
          );
        })}
      </svg>
      <p className="small mb-0" aria-hidden="true">
        <span className="tl-key tl-done-key">●</span> {t('project.timeline.legendDone')}
        <span className="tl-key tl-late-key ms-3">▲</span> {t('project.timeline.legendLate')}{late > 0 ? ` (${late})` : ''}
        <span className="tl-key tl-pending-key ms-3">○</span> {t('project.timeline.legendPending')}
      </p>
    </figure>
  );
}
