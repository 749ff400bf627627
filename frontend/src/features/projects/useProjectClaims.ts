import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** A project's expense claims, newest first, with their latest review. */
export const ProjectClaimsQuery = graphql(`
  query ProjectClaims($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        expenseClaims(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              number
              status
              periodStart
              periodEnd
              submittedAt
              items(first: 1) { totalCount }
              reviews(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
                edges { node { id outcome admittedCents cutCents completedAt } }
              }
            }
          }
        }
      }
    }
  }
`);

/** Opens a draft expense claim. */
export const CreateExpenseClaimMutation = graphql(`
  mutation CreateExpenseClaim($projectID: ID!, $input: ExpenseClaimInput!) {
    createExpenseClaim(projectID: $projectID, input: $input) { id number status }
  }
`);

/** Runs ProjectClaims. */
export function useProjectClaims(id: string) {
  return useQuery({ query: ProjectClaimsQuery, variables: { id } });
}

/** The createExpenseClaim mutation. */
export function useCreateExpenseClaim() {
  return useMutation(CreateExpenseClaimMutation);
}
