import { describe, expect, it } from 'vitest';
import { dayNumber, timelineLayout, timelineState } from './timeline';

describe('timeline layout', () => {
  it('places events between the project start and end, today included', () => {
    const l = timelineLayout(
      [{ id: 'a', dueOn: '2026-07-02' }, { id: 'b', dueOn: '2026-04-01', doneOn: '2026-03-30' }],
      { today: '2026-05-01', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    );
    expect(l.from).toBe('2026-01-01');
    expect(l.to).toBe('2026-12-31');
    const span = dayNumber('2026-12-31') - dayNumber('2026-01-01');
    expect(l.items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(l.items[0].x).toBeCloseTo((dayNumber('2026-04-01') - dayNumber('2026-01-01')) / span);
    expect(l.todayX).toBeCloseTo((dayNumber('2026-05-01') - dayNumber('2026-01-01')) / span);
    expect(l.items.map((i) => i.state)).toEqual(['done', 'pending']);
  });

  it('widens the axis to today and to events outside the project period', () => {
    const l = timelineLayout([{ id: 'a', dueOn: '2025-11-15' }], { today: '2027-03-01', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect(l.from).toBe('2025-11-15');
    expect(l.to).toBe('2027-03-01');
    expect(l.items[0].x).toBe(0);
    expect(l.todayX).toBe(1);
    expect(l.items[0].state).toBe('late');
  });

  it('puts close events in separate lanes and reuses a lane once there is room', () => {
    const l = timelineLayout(
      [{ id: 'a', dueOn: '2026-01-10' }, { id: 'b', dueOn: '2026-01-11' }, { id: 'c', dueOn: '2026-01-12' }, { id: 'd', dueOn: '2026-09-01' }],
      { today: '2026-01-01', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    );
    expect(l.items.map((i) => i.lane)).toEqual([0, 1, 2, 0]);
    expect(l.lanes).toBe(3);
  });

  it('marks a single day in the middle and ticks months at most about 8 times', () => {
    const one = timelineLayout([{ id: 'a', dueOn: '2026-05-01' }], { today: '2026-05-01' });
    expect(one.items[0].x).toBe(0.5);
    expect(one.lanes).toBe(1);
    const l = timelineLayout([], { today: '2026-01-15', startsOn: '2025-01-01', endsOn: '2027-12-31' });
    expect(l.ticks.length).toBeLessThanOrEqual(8);
    expect(l.ticks[0].month).toBe('2025-07');
    expect(l.ticks.every((t) => t.x >= 0 && t.x <= 1)).toBe(true);
  });

  it('tells the state of an event', () => {
    expect(timelineState({ id: 'a', dueOn: '2026-01-01' }, '2026-01-02')).toBe('late');
    expect(timelineState({ id: 'a', dueOn: '2026-01-02' }, '2026-01-02')).toBe('pending');
    expect(timelineState({ id: 'a', dueOn: '2026-01-01', doneOn: '2026-01-05' }, '2026-01-09')).toBe('done');
  });
});
