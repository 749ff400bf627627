import { describe, expect, it } from 'vitest';
import {
  cellKey, cellOf, changedLines, currentCells, invalidKeys, perInhabitant, placeProblems, savedCells, savedVersions, totalsOf, versionsAfterSave,
} from './grid';
import { formatEuroInput, parseEuroToCents } from '../../lib/format';

const saved = savedCells([
  { bodyID: 'B1', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 100000 },
  { bodyID: 'B1', interventionLineID: 'L2', expenseCategoryID: 'C2', year: 0, amountCents: 5050 },
  { bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 1 },
  { bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 2, amountCents: 999 }, // other years are not edited here
]);

describe('euro amounts typed the Italian way', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,5', 123450],
    ['0,10', 10],
    ['70.000', 7000000],
    ['70.000,00 €', 7000000],
    ['0,1', 10],
    ['1.608.615,45', 160861545],
  ])('%s is %i cents', (text, cents) => expect(parseEuroToCents(text)).toBe(cents));

  it.each(['1,234', '12,3,4', 'abc', '1.23,4', '1,2.3'])('%s is not an amount', (text) => expect(parseEuroToCents(text)).toBeNull());

  it('adds 0,10 three times exactly (no floating point)', () => {
    const c = parseEuroToCents('0,10')! * 3;
    expect(c).toBe(30);
    expect(formatEuroInput(c)).toBe('0,30');
  });

  it('formats cents for editing with grouped thousands', () => {
    expect(formatEuroInput(123456)).toBe('1.234,56');
    expect(formatEuroInput(7000000)).toBe('70.000,00');
  });
});

describe('budget grid', () => {
  it('sums per member, line, category and in total, in cents', () => {
    const t = totalsOf(currentCells(saved, {}));
    expect(t.total).toBe(105051);
    expect(t.perMember.get('B1')).toBe(105050);
    expect(t.perMember.get('B2')).toBe(1);
    expect(t.perLine.get('L1')).toBe(100001);
    expect(t.perCategory.get('C2')).toBe(5050);
    expect(t.perMemberLine.get('B1|L1')).toBe(100000);
  });

  it('counts edits, treats an empty cell as zero and keeps the saved amount while a cell is invalid', () => {
    const edits = { [cellKey('B1', 'L1', 'C1')]: '2.000,01', [cellKey('B2', 'L1', 'C1')]: '', [cellKey('B1', 'L2', 'C2')]: 'dieci' };
    const t = totalsOf(currentCells(saved, edits));
    expect(t.perMember.get('B1')).toBe(200001 + 5050);
    expect(t.perMember.get('B2')).toBeUndefined();
    expect(invalidKeys(edits)).toEqual([cellKey('B1', 'L2', 'C2')]);
    expect(changedLines(saved, edits)).toBeNull();
  });

  it('sends only the cells that changed, zero to remove a line', () => {
    const edits = { [cellKey('B1', 'L1', 'C1')]: '1.000,00', [cellKey('B2', 'L1', 'C1')]: '0', [cellKey('B3', 'L1', 'C1')]: '12,5' };
    expect(changedLines(saved, edits)).toEqual([
      { bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 0 },
      { bodyID: 'B3', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 1250 },
    ]);
  });

  it('names the version each changed cell was read at (0 without a line) and follows the server after a save', () => {
    const lines = [
      { bodyID: 'B1', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 100000, version: 3 },
      { bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 1, version: 7 },
      { bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 2, amountCents: 999, version: 9 },
    ];
    const versions = savedVersions(lines);
    const edits = { [cellKey('B1', 'L1', 'C1')]: '5', [cellKey('B2', 'L1', 'C1')]: '', [cellKey('B3', 'L1', 'C1')]: '1' };
    const changes = changedLines(savedCells(lines), edits, versions)!;
    expect(changes.map((l) => [l.bodyID, l.amountCents, l.version])).toEqual([
      ['B1', 500, 3],
      ['B2', 0, 7],
      ['B3', 100, 0],
    ]);
    const after = versionsAfterSave(versions, changes);
    expect([...after.entries()]).toEqual([
      [cellKey('B1', 'L1', 'C1'), 4],
      [cellKey('B3', 'L1', 'C1'), 1],
    ]);
  });

  it('marks a cell dirty only when its amount differs from the saved one', () => {
    const k = cellKey('B1', 'L1', 'C1');
    expect(cellOf(saved, { [k]: '1.000' }, k, formatEuroInput).dirty).toBe(false);
    expect(cellOf(saved, { [k]: '1.000,01' }, k, formatEuroInput)).toMatchObject({ dirty: true, cents: 100001 });
    expect(cellOf(saved, {}, k, formatEuroInput).text).toBe('1.000,00');
    expect(cellOf(saved, { [k]: '-5' }, k, formatEuroInput).invalid).toBe(true);
  });

  it('rounds the cost per inhabitant half up to the cent', () => {
    expect(perInhabitant(1000, 3)).toBe(333);
    expect(perInhabitant(1001, 2)).toBe(501);
    expect(perInhabitant(1000, 0)).toBeNull();
  });
});

describe('placing the call’s problems on the grid', () => {
  it('puts each problem on the most precise place it names', () => {
    const p = placeProblems([
      { rule: 'member.cap', message: 'Grottammare supera il tetto', bodyID: 'B1' },
      { rule: 'line.negative', message: 'negativo', bodyID: 'B1', interventionLineID: 'L1', expenseCategoryID: 'C1' },
      { rule: 'category.cap_share', message: 'HW oltre il 20%', expenseCategoryID: 'C2' },
      { rule: 'project.min', message: 'sotto il minimo' },
    ]);
    expect(p.member.get('B1')?.map((x) => x.rule)).toEqual(['member.cap']);
    expect(p.cell.get(cellKey('B1', 'L1', 'C1'))?.map((x) => x.rule)).toEqual(['line.negative']);
    expect(p.category.get('C2')?.map((x) => x.rule)).toEqual(['category.cap_share']);
    expect(p.general.map((x) => x.rule)).toEqual(['project.min']);
  });
});
