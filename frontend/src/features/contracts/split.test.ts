import { describe, expect, it } from 'vitest';
import { contractCost, customSplit, isStaleVersion, splitLargestRemainder } from './split';
// The server's own test checks the same file (internal/money).
import vectors from '../../../../internal/money/testdata/split_vectors.json';

describe('customSplit', () => {
  it('computes the remainder in integer cents from Italian euro amounts', () => {
    // 0,10 + 0,20 is 0,30 exactly: no floating-point drift.
    const s = customSplit(30, { a: '0,10', b: '0,20' });
    expect(s.sumCents).toBe(30);
    expect(s.remainderCents).toBe(0);
  });

  it('reads thousands separators, empty amounts as zero, and tells what is left or over', () => {
    const left = customSplit(1_000_000_00, { a: '250.000,00', b: '', c: '500000' });
    expect(left.cents).toEqual({ a: 25_000_000, b: 0, c: 50_000_000 });
    expect(left.remainderCents).toBe(25_000_000);
    const over = customSplit(100, { a: '1,01' });
    expect(over.remainderCents).toBe(-1);
  });

  it('lists amounts that cannot be read (three decimals, letters, negative) and leaves them out of the sum', () => {
    const s = customSplit(500, { a: '1,234', b: 'dieci', c: '-1,00', d: '5,00' });
    expect(s.invalid.sort()).toEqual(['a', 'b', 'c']);
    expect(s.sumCents).toBe(500);
    expect(s.remainderCents).toBe(0);
  });
});


describe('splitLargestRemainder', () => {
  it.each(vectors.map((v) => [v.total, v.weights, v.parts] as const))(
    'splits %d by %j as the server does: %j',
    (total, weights, parts) => {
      expect(splitLargestRemainder(total, [...weights])).toEqual(parts);
    },
  );

  it('breaks a tie of remainders by the larger weight, as the server does', () => {
    expect(splitLargestRemainder(2, [1, 3])).toEqual([0, 2]);
  });

  it('always sums to the whole, equal ties going to the earlier part', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const parts = splitLargestRemainder(14_414_300, [47_000, 15_000, 2_300, 9_800, 120]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(14_414_300);
  });

  it('stays exact beyond 2^53 in the intermediate products', () => {
    const parts = splitLargestRemainder(9_000_000_000_000, [3_000_001, 2_999_999, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9_000_000_000_000);
  });

  it('gives zeros without weights', () => {
    expect(splitLargestRemainder(100, [0, 0])).toEqual([0, 0]);
  });
});

describe('contractCost and isStaleVersion', () => {
  it('adds VAT only when the category counts it as eligible', () => {
    expect(contractCost(100_000, 22_000, true)).toBe(122_000);
    expect(contractCost(100_000, 22_000, false)).toBe(100_000);
  });

  it('recognises a stale version among the server errors', () => {
    expect(isStaleVersion([{ kind: 'CONFLICT', rule: 'version.stale', field: null, message: 'x' }])).toBe(true);
    expect(isStaleVersion([{ kind: 'CONFLICT', rule: 'contract.closed', field: null, message: 'x' }])).toBe(false);
  });
});

describe('previewSplit', () => {
  it('gives the equal and population shares the server computes, summing to the cost', async () => {
    const { previewSplit } = await import('./split');
    expect(previewSplit('EQUAL', 1000, [5, 5, 5])).toEqual([334, 333, 333]);
    expect(previewSplit('POPULATION', 1000, [1, 1, 2])).toEqual([250, 250, 500]);
    const p = previewSplit('POPULATION', 1_234_567, [12_000, 3_100, 47_000])!;
    expect(p.reduce((s, x) => s + x, 0)).toBe(1_234_567);
    expect(previewSplit('CUSTOM', 1000, [1])).toBeNull();
    expect(previewSplit('EQUAL', null, [1])).toBeNull();
    expect(previewSplit('POPULATION', 1000, [null, 0])).toBeNull();
  });
});
