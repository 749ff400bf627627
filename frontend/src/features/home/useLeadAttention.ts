import { useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * What a lead has to act on in its projects: overdue deliverables and
 * milestones, invoices flagged on import, claims to finish or to change.
 * Invoices cannot be filtered by "has problems" on the server: the first
 * 100 are read and filtered here.
 */
export const LeadAttentionQuery = graphql(`
  query LeadAttention($aggregationIDs: [ID!]!) {
    projects(first: 10, where: { aggregationIDIn: $aggregationIDs }) {
      edges {
        node {
          id
          title
          cup
          overdue(limit: 100) {
            deliverables { id title dueOn status body { id name } }
            milestones { id title kind dueOn }
          }
          invoices(first: 100, orderBy: { field: ISSUED_ON, direction: DESC }) {
            totalCount
            edges { node { id number issuedOn supplierName totalCents problems } }
          }
          expenseClaims(first: 20, where: { statusIn: [CHANGES_REQUESTED, DRAFT] }) {
            edges { node { id number status periodStart periodEnd } }
          }
        }
      }
    }
  }
`);

/** Runs LeadAttention. */
export function useLeadAttention(aggregationIDs: string[]) {
  return useQuery({ query: LeadAttentionQuery, variables: { aggregationIDs }, pause: aggregationIDs.length === 0 });
}
