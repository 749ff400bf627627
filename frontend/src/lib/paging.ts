import { useCallback, useMemo, useState } from 'react';

/**
 * Page-by-page navigation of a Relay connection: the cursors of the pages
 * seen so far, so "Precedente" goes back without `last`/`before`.
 * A change of key (e.g. a filter) starts again from the first page.
 */
export function useCursorPages(key = '') {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = state.key === key ? state.cursors : [null];
  const after = cursors[cursors.length - 1];
  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState((s) => ({ key, cursors: [...(s.key === key ? s.cursors : [null]), endCursor] }));
    },
    [key],
  );
  const prev = useCallback(() => {
    setState((s) => ({ key, cursors: s.key === key && s.cursors.length > 1 ? s.cursors.slice(0, -1) : [null] }));
  }, [key]);
  return { after, page: cursors.length, next, prev, hasPrev: cursors.length > 1 };
}

/** Pages of a list already in memory. */
export function useClientPages<T>(items: T[], size: number, key = '') {
  const [state, setState] = useState({ key, page: 1 });
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(state.key === key ? state.page : 1, pages);
  const rows = useMemo(() => items.slice((page - 1) * size, page * size), [items, page, size]);
  return {
    rows,
    page,
    pages,
    hasPrev: page > 1,
    hasNext: page < pages,
    prev: () => setState({ key, page: Math.max(1, page - 1) }),
    next: () => setState({ key, page: Math.min(pages, page + 1) }),
  };
}

/** The nodes of a Relay connection's edges, without nulls. */
export function nodesOf<T>(conn: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] {
  return (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}
