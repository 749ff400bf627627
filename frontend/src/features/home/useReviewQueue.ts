import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** Claims waiting for the auditor, oldest first. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!) {
    reviewQueue(first: $first) {
      id
      number
      status
      periodStart
      periodEnd
      submittedAt
      items(first: 1) { totalCount }
      project { id title cup aggregation { id name } }
    }
  }
`);

/** Runs ReviewQueue (at most 50 claims). */
export function useReviewQueue(pause: boolean) {
  return useQuery({ query: ReviewQueueQuery, variables: { first: 50 }, pause, requestPolicy: 'cache-and-network' });
}
