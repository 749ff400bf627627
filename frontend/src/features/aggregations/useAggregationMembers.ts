import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AggregationMembersQuery as Result, MembershipWhereInput } from '../../gql/graphql';

/** Page size of the members list (the server allows at most 100). */
export const MEMBERS_PAGE = 50;

/** An aggregation with one page of its members, optionally filtered by body name. */
export const AggregationMembersQuery = graphql(`
  query AggregationMembers($id: ID!, $first: Int!, $after: Cursor, $where: MembershipWhereInput) {
    node(id: $id) {
      __typename
      ... on Aggregation {
        id
        name
        description
        lead { id name }
        membersEditable
        memberships(first: $first, after: $after, where: $where) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              version
              role
              resolutionNumber
              resolutionDate
              resolutionOrgan
              body { id version name provinceCode provinceName population populationYear codiceFiscale invoicingOfficeCodes }
            }
          }
        }
      }
    }
  }
`);

type Aggregation = Extract<NonNullable<Result['node']>, { __typename: 'Aggregation' }>;
export type MemberRow = NonNullable<NonNullable<NonNullable<Aggregation['memberships']['edges']>[number]>['node']>;

/**
 * Loads an aggregation's members 50 at a time ("Carica altri" appends the
 * next page); a new search starts again from the first page.
 */
export function useAggregationMembers(id: string, search: string) {
  // Cursor and loaded pages belong to one (aggregation, search) pair: a new
  // search starts from the first page without a request for a stale cursor.
  const key = `${id}|${search}`;
  const [cursor, setCursor] = useState<{ key: string; after: string | null }>({ key, after: null });
  const [loaded, setLoaded] = useState<{ key: string; pages: { after: string; rows: MemberRow[] }[] }>({ key, pages: [] });
  const after = cursor.key === key ? cursor.after : null;
  const where: MembershipWhereInput | undefined = search
    ? { hasBodyWith: [{ nameContainsFold: search }] }
    : undefined;

  const variables = { id, first: MEMBERS_PAGE, after, where };
  const [result, reexecute] = useQuery({ query: AggregationMembersQuery, variables });

  const node = result.data?.node;
  const aggregation = node && node.__typename === 'Aggregation' ? (node as Aggregation) : null;
  // Results of a previous cursor or search may still be on screen: ignore them.
  const stale = !result.operation || JSON.stringify(result.operation.variables) !== JSON.stringify(variables);

  useEffect(() => {
    if (!aggregation || stale) return;
    const page = after ?? '';
    const rows = (aggregation.memberships.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
    setLoaded((prev) => {
      const kept = prev.key === key && page !== '' ? prev.pages.filter((p) => p.after !== page) : [];
      return { key, pages: [...kept, { after: page, rows }] };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [aggregation, stale]);

  const rows = loaded.key === key ? loaded.pages.flatMap((p) => p.rows) : [];
  const pageInfo = aggregation?.memberships.pageInfo;
  return {
    aggregation,
    notFound: !!result.data && !aggregation,
    rows,
    totalCount: aggregation?.memberships.totalCount ?? 0,
    hasMore: !!pageInfo?.hasNextPage,
    fetching: result.fetching,
    error: result.error,
    loadMore: () => {
      if (pageInfo?.endCursor) setCursor({ key, after: pageInfo.endCursor });
    },
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
