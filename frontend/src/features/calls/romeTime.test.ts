import { describe, expect, it } from 'vitest';
import { isoToRomeLocal, romeLocalToISO } from './romeTime';

describe('call windows in Italian time', () => {
  it('reads a Rome wall-clock time in winter and in summer', () => {
    expect(romeLocalToISO('2027-01-29T13:00')).toBe('2027-01-29T12:00:00.000Z');
    expect(romeLocalToISO('2026-07-01T09:00')).toBe('2026-07-01T07:00:00.000Z');
    expect(romeLocalToISO('29/01/2027')).toBeNull();
  });
  it('writes an instant back as the Rome wall clock', () => {
    expect(isoToRomeLocal('2027-01-29T12:00:00Z')).toBe('2027-01-29T13:00');
    expect(isoToRomeLocal('2026-07-01T07:00:00Z')).toBe('2026-07-01T09:00');
  });
});
