import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** An application with its budget totals per member and the problems of its budget. */
export const ApplicationDetailQuery = graphql(`
  query ApplicationDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Application {
        id
        title
        summary
        status
        protocolNumber
        submittedAt
        aggregation { id name }
        call { id title }
        totals {
          totalCents
          fundedCents
          ownCents
          population
          perInhabitantCents
          perMember {
            body { id name }
            amountCents
            population
          }
        }
        problems {
          rule
          message
          bodyID
          amountCents
        }
      }
    }
  }
`);

/** Runs ApplicationDetail. */
export function useApplication(id: string) {
  return useQuery({ query: ApplicationDetailQuery, variables: { id } });
}
