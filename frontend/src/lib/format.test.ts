import { describe, expect, it } from 'vitest';
import { formatCents, formatDate, formatInteger, perInhabitantCents } from './format';

// Intl puts a no-break space before "€"; compare with ordinary spaces.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('formatCents', () => {
  it.each([
    [160861545, '1.608.615,45 €'],
    [822288, '8.222,88 €'],
    [100000, '1.000,00 €'],
    [99999, '999,99 €'],
    [5, '0,05 €'],
    [0, '0,00 €'],
    [-123450, '-1.234,50 €'],
  ])('%i cents → %s', (cents, want) => {
    expect(plain(formatCents(cents))).toBe(want);
  });

  it('is empty for a missing amount', () => {
    expect(formatCents(null)).toBe('');
    expect(formatCents(undefined)).toBe('');
  });
});

describe('formatDate', () => {
  it('formats a calendar date without shifting it', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('formats an instant on the Italian calendar', () => {
    // 23:30 UTC on the 22nd is already the 23rd in Rome.
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('23/11/2026');
  });

  it('is empty for a missing date', () => {
    expect(formatDate(null)).toBe('');
  });
});

describe('formatInteger and perInhabitantCents', () => {
  it('groups thousands', () => {
    expect(formatInteger(381241)).toBe('381.241');
    expect(formatInteger(3050)).toBe('3.050');
  });

  it('rounds the amount per inhabitant to the cent and refuses zero inhabitants', () => {
    expect(perInhabitantCents(1354200, 3050)).toBe(444);
    expect(perInhabitantCents(100, 3)).toBe(33);
    expect(perInhabitantCents(100, 0)).toBeNull();
  });
});
