import { useCallback, useState } from 'react';

export type SortDirection = 'ASC' | 'DESC';

/** How a list is sorted: one of its orderable fields (the API's XxxOrderField) and a direction. */
export type Sort<F extends string = string> = { field: F; direction: SortDirection };

/**
 * The sort after the user chose a column: the same column again reverses
 * the direction; another column starts with its first direction (ascending
 * for text, descending for dates and amounts: the newest and largest first).
 */
export function nextSort<F extends string>(current: Sort<F>, field: F, firstDirection: SortDirection = 'ASC'): Sort<F> {
  if (current.field === field) return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { field, direction: firstDirection };
}

/** The aria-sort of a column header. */
export function ariaSort(current: Sort | undefined, field: string): 'ascending' | 'descending' | 'none' {
  if (!current || current.field !== field) return 'none';
  return current.direction === 'ASC' ? 'ascending' : 'descending';
}

/** A stable key of a sort, for paging (a new sort starts again from the first page). */
export function sortKey(s: Sort): string {
  return `${s.field}:${s.direction}`;
}

/** The sort state of a table: the current sort and toggle(field) for its column headers. */
export function useSort<F extends string>(initial: Sort<F>, firstDirection: (field: F) => SortDirection = () => 'ASC') {
  const [sort, setSort] = useState<Sort<F>>(initial);
  const toggle = useCallback((field: F) => setSort((s) => nextSort(s, field, firstDirection(field))), [firstDirection]);
  return { sort, toggle };
}
