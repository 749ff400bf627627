import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** A page of a project's invoices, newest first, with their problems and payments. */
export const ProjectInvoicesQuery = graphql(`
  query ProjectInvoices($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        invoices(first: $first, after: $after, orderBy: { field: ISSUED_ON, direction: DESC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              number
              issuedOn
              documentType
              supplierName
              supplierVatID
              cig
              cup
              taxableCents
              vatCents
              totalCents
              splitPayment
              dueOn
              problems
              contract { id reference }
              payments(first: 20) {
                totalCount
                edges { node { id mandateNumber mandateDate amountCents receiptDate } }
              }
            }
          }
        }
      }
    }
  }
`);

/** Imports a FatturaPA file (sent as a multipart request) and returns the match report. */
export const ImportInvoicesMutation = graphql(`
  mutation ImportInvoices($projectID: ID!, $file: Upload!) {
    importInvoices(projectID: $projectID, file: $file) {
      invoices { id number issuedOn supplierName supplierVatID cig cup totalCents problems contract { id reference } }
      skipped { index number reason }
    }
  }
`);

/** Records a payment mandate of an invoice. */
export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) { id mandateNumber mandateDate amountCents receiptDate invoice { id } }
  }
`);

/** Runs ProjectInvoices. */
export function useProjectInvoices(id: string, first: number, after: string | null) {
  return useQuery({ query: ProjectInvoicesQuery, variables: { id, first, after } });
}

/** The importInvoices mutation. */
export function useImportInvoices() {
  return useMutation(ImportInvoicesMutation);
}

/** The recordPayment mutation. */
export function useRecordPayment() {
  return useMutation(RecordPaymentMutation);
}
