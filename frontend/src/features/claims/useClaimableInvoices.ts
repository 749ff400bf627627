import { useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * A project's invoices matched to a contract, with the share of each member
 * and what the server says each member may claim of it now and once every
 * part is paid (claimableShares: the same rule addExpenseItems applies), and
 * the expenses already in claims: what a claim may still take.
 */
export const ClaimableInvoicesQuery = graphql(`
  query ClaimableInvoices($projectID: ID!, $first: Int!, $after: Cursor) {
    node(id: $projectID) {
      __typename
      ... on Project {
        id
        cup
        invoices(first: $first, after: $after, where: { contractIDNotNil: true }, orderBy: { field: ISSUED_ON, direction: ASC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              number
              issuedOn
              documentType
              currency
              conversionAct
              supplierName
              cig
              cup
              totalCents
              splitPayment
              problems
              contract { id interventionLineID }
              parts { kind dueCents paidCents receiptedCents }
              claimableShares { bodyID expenseCategoryID vatEligible claimableCents claimableWhenPaidCents }
              shares(first: 100) {
                totalCount
                edges { node { id bodyID amountCents expenseCategoryID body { id name } } }
              }
            }
          }
        }
        expenseClaims(first: 50) {
          edges {
            node {
              id
              status
              items(first: 100) { totalCount edges { node { id invoiceID bodyID } } }
            }
          }
        }
      }
    }
  }
`);

/** Runs ClaimableInvoices. */
export function useClaimableInvoices(projectID: string, first: number, after: string | null) {
  return useQuery({ query: ClaimableInvoicesQuery, variables: { projectID, first, after }, requestPolicy: 'cache-and-network' });
}
