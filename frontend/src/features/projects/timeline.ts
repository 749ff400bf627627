// Layout of the schedule timeline (MilestoneTimeline): positions on a date
// axis as fractions of its width, lanes so that close events do not
// overlap, the state of each event and the month ticks.

export type TimelineState = 'done' | 'late' | 'pending';
export type TimelineInput = { id: string; dueOn: string; doneOn?: string | null };
export type TimelineItem = { id: string; x: number; lane: number; state: TimelineState };
export type TimelineTick = { x: number; month: string };
export type TimelineLayout = { from: string; to: string; todayX: number; lanes: number; items: TimelineItem[]; ticks: TimelineTick[] };

const DAY = 86_400_000;
/** Days since the epoch of a calendar date "YYYY-MM-DD" (UTC, no time zone shift). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** The state of an event on a day: done once it has a done date, late when its day has passed without one. */
export function timelineState(m: TimelineInput, today: string): TimelineState {
  if (m.doneOn) return 'done';
  return m.dueOn < today ? 'late' : 'pending';
}

/**
 * Lays out the events between the project's start and end (widened to the
 * first and last event and to today): x is the position in [0, 1]; events
 * closer than minGap to the previous one in a lane go to the next lane.
 */
export function timelineLayout(
  milestones: TimelineInput[],
  { today, startsOn, endsOn, minGap = 0.03 }: { today: string; startsOn?: string | null; endsOn?: string | null; minGap?: number },
): TimelineLayout {
  const dates = [today, ...milestones.map((m) => m.dueOn), ...(startsOn ? [startsOn] : []), ...(endsOn ? [endsOn] : [])].sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  const a = dayNumber(from);
  const span = dayNumber(to) - a;
  const pos = (d: string) => (span === 0 ? 0.5 : (dayNumber(d) - a) / span);

  const lastInLane: number[] = [];
  const items = [...milestones]
    .sort((p, q) => (p.dueOn < q.dueOn ? -1 : p.dueOn > q.dueOn ? 1 : p.id.localeCompare(q.id)))
    .map((m) => {
      const x = pos(m.dueOn);
      let lane = lastInLane.findIndex((last) => x - last >= minGap);
      if (lane < 0) lane = lastInLane.length;
      lastInLane[lane] = x;
      return { id: m.id, x, lane, state: timelineState(m, today) };
    });

  return { from, to, todayX: pos(today), lanes: Math.max(1, lastInLane.length), items, ticks: monthTicks(from, to, pos) };
}

/** Ticks on the first day of every month, or every 2, 3, 6 or 12 months so that there are at most about 8. */
function monthTicks(from: string, to: string, pos: (d: string) => number): TimelineTick[] {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 8) ?? 24;
  const ticks: TimelineTick[] = [];
  // From the first month boundary after `from` aligned to the step (January, April… for 3).
  let y = fy;
  let m = fm + 1;
  if (m > 12) { m = 1; y++; }
  while ((m - 1) % step !== 0) { m++; if (m > 12) { m = 1; y++; } }
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > to) break;
    ticks.push({ x: pos(d), month: d.slice(0, 7) });
    m += step;
    while (m > 12) { m -= 12; y++; }
  }
  return ticks;
}
