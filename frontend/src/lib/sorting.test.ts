import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortKey } from './sorting';

describe('sorting', () => {
  it('reverses the direction on the same column and starts another column with its first direction', () => {
    const s = { field: 'ISSUED_ON', direction: 'DESC' as const };
    expect(nextSort(s, 'ISSUED_ON')).toEqual({ field: 'ISSUED_ON', direction: 'ASC' });
    expect(nextSort(nextSort(s, 'ISSUED_ON'), 'ISSUED_ON')).toEqual(s);
    expect(nextSort(s, 'NUMBER')).toEqual({ field: 'NUMBER', direction: 'ASC' });
    expect(nextSort(s, 'TOTAL', 'DESC')).toEqual({ field: 'TOTAL', direction: 'DESC' });
  });

  it('tells assistive technology how each column is sorted', () => {
    const s = { field: 'NUMBER', direction: 'ASC' as const };
    expect(ariaSort(s, 'NUMBER')).toBe('ascending');
    expect(ariaSort({ ...s, direction: 'DESC' }, 'NUMBER')).toBe('descending');
    expect(ariaSort(s, 'TOTAL')).toBe('none');
    expect(ariaSort(undefined, 'TOTAL')).toBe('none');
    expect(sortKey(s)).toBe('NUMBER:ASC');
  });
});
