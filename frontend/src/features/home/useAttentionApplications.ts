import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ApplicationWhereInput } from '../../gql/graphql';

/** Applications that need the viewer's attention, most recently changed first. */
export const AttentionApplicationsQuery = graphql(`
  query AttentionApplications($where: ApplicationWhereInput) {
    applications(first: 50, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          title
          status
          submittedAt
          aggregation { id name }
          call { id title }
          totals { totalCents }
          problems { rule }
        }
      }
    }
  }
`);

/** Runs AttentionApplications with a filter chosen from the viewer's roles. */
export function useAttentionApplications(where: ApplicationWhereInput, pause = false) {
  return useQuery({ query: AttentionApplicationsQuery, variables: { where }, pause });
}
