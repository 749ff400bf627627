import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** A member body's share of its aggregation's projects: figures, categories, its deliverables and what is late. */
export const MemberHomeQuery = graphql(`
  query MemberHome($aggregationID: ID!, $bodyID: ID!) {
    projects(first: 10, where: { aggregationID: $aggregationID }) {
      edges {
        node {
          id
          title
          cup
          status
          allocationSummary(bodyID: $bodyID) {
            totals { ...AllocationFiguresFields }
            categories {
              expenseCategory { id code name }
              figures { ...AllocationFiguresFields }
            }
            lines {
              interventionLine { id code name }
              figures { ...AllocationFiguresFields }
            }
          }
          overdue(limit: 100) {
            deliverables { id title dueOn status body { id name } }
          }
          deliverables(first: 50, where: { bodyID: $bodyID }, orderBy: { field: DUE_ON, direction: ASC }) {
            totalCount
            edges { node { ...DeliverableFields } }
          }
        }
      }
    }
  }
`);

/** Runs MemberHome. */
export function useMemberHome(aggregationID: string, bodyID: string) {
  return useQuery({ query: MemberHomeQuery, variables: { aggregationID, bodyID } });
}
