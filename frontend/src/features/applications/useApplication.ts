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
        integrationItems
        integrationDueOn
        decisionReason
        aggregation { id name }
        project { id title }
        call {
          id
          title
          status
          opensAt
          closesAt
          capPerMemberCents
          cofinancingRateBp
          interventionLines(first: 50) { edges { node { id code name position } } }
          expenseCategories(first: 50) { edges { node { id code name position capBp capCents } } }
        }
        totals {
          totalCents
          fundedCents
          ownCents
          population
          populationYear
          perInhabitantCents
          perMember {
            body { id name }
            amountCents
            population
          }
          perLine { interventionLine { id code name } amountCents }
          perCategory { expenseCategory { id code name } amountCents }
        }
        warnings { rule message }
        problems {
          rule
          message
          bodyID
          interventionLineID
          expenseCategoryID
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
