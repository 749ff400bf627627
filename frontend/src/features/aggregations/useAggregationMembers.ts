import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useCursorPages } from '../../lib/paging';
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
 * Loads an aggregation's members 50 at a time, one page shown (Precedente /
 * Successiva, with the total); a new search starts again from the first page.
 */
export function useAggregationMembers(id: string, search: string) {
  const pager = useCursorPages(`${id}|${search}`);
  const where: MembershipWhereInput | undefined = search
    ? { hasBodyWith: [{ nameContainsFold: search }] }
    : undefined;
  const variables = { id, first: MEMBERS_PAGE, after: pager.after, where };
  const [result, reexecute] = useQuery({ query: AggregationMembersQuery, variables });

  const node = result.data?.node;
  const aggregation = node && node.__typename === 'Aggregation' ? (node as Aggregation) : null;
  const rows = (aggregation?.memberships.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return {
    aggregation,
    notFound: !!result.data && !aggregation,
    rows,
    /** Position of the first row shown (1-based). */
    from: (pager.page - 1) * MEMBERS_PAGE + 1,
    totalCount: aggregation?.memberships.totalCount ?? 0,
    connection: aggregation?.memberships ?? null,
    pager,
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
