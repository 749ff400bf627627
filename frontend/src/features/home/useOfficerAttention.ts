import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** What waits for the Region: applications submitted (to examine) and admissible (to fund), oldest first. */
export const OfficerAttentionQuery = graphql(`
  query OfficerAttention {
    toExamine: applications(first: 10, where: { status: SUBMITTED }, orderBy: { field: SUBMITTED_AT, direction: ASC }) {
      totalCount
      edges { node { id title submittedAt aggregation { id name } call { id title } } }
    }
    toFund: applications(first: 10, where: { status: ADMISSIBLE }, orderBy: { field: SUBMITTED_AT, direction: ASC }) {
      totalCount
      edges { node { id title submittedAt aggregation { id name } call { id title } } }
    }
  }
`);

/** Runs OfficerAttention. */
export function useOfficerAttention() {
  return useQuery({ query: OfficerAttentionQuery, requestPolicy: 'cache-and-network' });
}
