import { describe, expect, it } from 'vitest';
import {
  afterCells, allocationsInput, centsOfText, editedKeys, gridRows, gridTotals, invalidKeys, needsPlan, planCells, problemsByMember, rowKey, withinFreeMove,
} from './grid';

const A = 'PBa', B = 'PBb', SERV = 'ECs', SW = 'ECw', L1 = 'ILa';

const before = planCells([
  { bodyID: A, interventionLineID: L1, expenseCategoryID: SERV, amountCents: 1_000_000 },
  { bodyID: A, interventionLineID: L1, expenseCategoryID: SW, amountCents: 500_000 },
  { bodyID: B, interventionLineID: L1, expenseCategoryID: SERV, amountCents: 2_000_000 },
]);

describe('centsOfText', () => {
  it('reads Italian euros as integer cents, without floating point', () => {
    expect(centsOfText('1.234,56')).toBe(123456);
    expect(centsOfText('0,29')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(centsOfText('70.000')).toBe(7_000_000);
    expect(centsOfText('')).toBe(0);
  });
  it('refuses what is not an amount or is negative', () => {
    expect(centsOfText('abc')).toBeNull();
    expect(centsOfText('1,234')).toBeNull();
    expect(centsOfText('-5')).toBeNull();
  });
});

describe('the grid after edits', () => {
  const edits = { [rowKey(A, L1, SERV)]: '9.000,00', [rowKey(B, L1, SERV)]: '21.000', [rowKey(A, L1, SW)]: 'x' };
  const after = afterCells(before, edits);

  it('keeps the starting amount of an invalid cell and lists it', () => {
    expect(after.get(rowKey(A, L1, SW))).toBe(500_000);
    expect(invalidKeys(edits)).toEqual([rowKey(A, L1, SW)]);
    expect(editedKeys(before, edits).sort()).toEqual([rowKey(A, L1, SERV), rowKey(A, L1, SW), rowKey(B, L1, SERV)].sort());
  });

  it('totals per member and for the project, with deltas', () => {
    const t = gridTotals(before, after);
    expect(t.total).toEqual({ before: 3_500_000, after: 3_500_000, delta: 0 });
    expect(t.perMember.get(A)).toEqual({ before: 1_500_000, after: 1_400_000, delta: -100_000 });
    expect(t.perMember.get(B)).toEqual({ before: 2_000_000, after: 2_100_000, delta: 100_000 });
  });

  it('lists every member × line × category, the changed rows marked', () => {
    const rows = gridRows([A, B], [L1], [SERV, SW], before, after);
    expect(rows.map((r) => r.key)).toEqual([rowKey(A, L1, SERV), rowKey(A, L1, SW), rowKey(B, L1, SERV), rowKey(B, L1, SW)]);
    expect(rows.filter((r) => r.changed).map((r) => [r.key, r.delta])).toEqual([[rowKey(A, L1, SERV), -100_000], [rowKey(B, L1, SERV), 100_000]]);
  });

  it('keeps a row with money outside the members given (a former member)', () => {
    const rows = gridRows([A], [L1], [SERV], before, after);
    expect(rows.some((r) => r.bodyID === B && r.before === 2_000_000)).toBe(true);
  });

  it('sends the complete plan without rows at zero; no line is null', () => {
    const m = new Map([[rowKey(A, '', SERV), 100], [rowKey(B, L1, SW), 0]]);
    expect(allocationsInput(m)).toEqual([{ bodyID: A, expenseCategoryID: SERV, interventionLineID: null, amountCents: 100 }]);
  });
});

describe('withinFreeMove', () => {
  it('is true for moves inside a member within the share of its total', () => {
    // A moves 100.000 cents of 1.500.000 (6,7%) from SERV to SW.
    const after = afterCells(before, { [rowKey(A, L1, SERV)]: '9.000', [rowKey(A, L1, SW)]: '6.000' });
    expect(withinFreeMove(['REPLAN'], before, after, 10)).toBe(true);
    expect(withinFreeMove(['REPLAN'], before, after, 5)).toBe(false);
    expect(withinFreeMove(['REPLAN', 'END_DATE_EXTENSION'], before, after, 10)).toBe(false);
  });
  it('is false when a member total changes', () => {
    const after = afterCells(before, { [rowKey(A, L1, SERV)]: '9.999,99', [rowKey(B, L1, SERV)]: '20.000,01' });
    expect(withinFreeMove(['REPLAN'], before, after, 10)).toBe(false);
  });
});

describe('problems and kinds', () => {
  it('places problems naming a member on it, the rest in general', () => {
    const p = problemsByMember([
      { rule: 'allocation.member_cap', message: 'B supera', bodyID: B },
      { rule: 'allocation.sum', message: 'somma' },
    ]);
    expect(p.member.get(B)?.map((x) => x.rule)).toEqual(['allocation.member_cap']);
    expect(p.general.map((x) => x.rule)).toEqual(['allocation.sum']);
  });
  it('knows which kinds carry a plan', () => {
    expect(needsPlan(['END_DATE_EXTENSION'])).toBe(false);
    expect(needsPlan(['END_DATE_EXTENSION', 'MEMBER_WITHDRAWAL'])).toBe(true);
  });
});
