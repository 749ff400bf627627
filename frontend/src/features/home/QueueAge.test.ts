import { describe, expect, it } from 'vitest';
import { ageBuckets, daysWaiting } from './QueueAge';

describe('ageBuckets', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('counts the claims by days waiting, bounds included', () => {
    expect(daysWaiting('2026-12-07T10:00:00Z', now)).toBe(0);
    expect(ageBuckets(['2026-11-22T12:00:00Z', '2026-11-21T12:00:00Z', '2026-11-07T12:00:00Z', '2026-10-08T12:00:00Z', '2026-10-07T11:00:00Z', null], now))
      .toEqual([1, 2, 1, 1]);
  });
});
