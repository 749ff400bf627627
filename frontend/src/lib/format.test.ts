import { describe, expect, it } from 'vitest';
import { centsToInput, formatBp, formatCents, formatDate, formatInteger, parseEuroToCents, perInhabitantCents, shareBp, todayISO } from './format';

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

describe('formatBp and shareBp', () => {
  it('shows basis points as an Italian percentage', () => {
    expect(formatBp(1067)).toBe('10,67%');
    expect(formatBp(1500)).toBe('15%');
    expect(formatBp(0)).toBe('0%');
    expect(formatBp(null)).toBe('');
  });

  it('computes a share in basis points', () => {
    expect(shareBp(80722, 915000)).toBe(882);
    expect(shareBp(5, 0)).toBe(0);
  });
});

describe('parseEuroToCents', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['1234', 123400],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['1234.56', 123456],
    ['0,05', 5],
    ['  461,27 €', 46127],
    ['-10', -1000],
  ])('%s → %i cents', (input, want) => {
    expect(parseEuroToCents(input)).toBe(want);
  });

  it.each(['', 'abc', '1,234,5', '12,345', '1.23.4', '12..3', '1,2,3'])('refuses %j', (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });

  it('gives back an editable amount', () => {
    expect(centsToInput(123456)).toBe('1234,56');
    expect(centsToInput(5)).toBe('0,05');
    expect(parseEuroToCents(centsToInput(46127))).toBe(46127);
  });
});

describe('todayISO', () => {
  it('uses the Italian calendar day', () => {
    expect(todayISO(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Rome with a four-digit year', async () => {
    const { formatDateTime } = await import('./format');
    expect(formatDateTime('2027-01-29T12:00:00Z')).toBe('29/01/2027, 13:00');
    expect(formatDateTime('2026-07-01T07:00:00Z')).toBe('01/07/2026, 09:00');
    expect(formatDateTime(null)).toBe('');
  });
});
