import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { InvoiceOrder, InvoiceWhereInput } from '../../gql/graphql';

/**
 * A page of a project's invoices, newest first, with their problems, their
 * payments and their parts (supplier, VAT and withholding by F24: due, paid,
 * receipted), computed by the server for the whole page at once.
 */
export const ProjectInvoicesQuery = graphql(`
  query ProjectInvoices($id: ID!, $first: Int!, $after: Cursor, $where: InvoiceWhereInput, $orderBy: InvoiceOrder = { field: ISSUED_ON, direction: DESC }) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        invoices(first: $first, after: $after, where: $where, orderBy: $orderBy) {
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
              documentTypeName
              currency
              foreignTotalCents
              conversionAct
              stampDutyCents
              withholdingCents
              creditedTaxableCents
              creditedVatCents
              spendingCents
              creditedInvoice { id number issuedOn }
              buyerBody { id name }
              contract { id reference }
              parts { kind dueCents paidCents receiptedCents }
              documents(first: 5, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id filename sizeBytes } } }
              fullyPaid
              spendingCents
              payments(first: 20) {
                totalCount
                edges { node { id kind mandateNumber mandateDate amountCents receiptDate } }
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
      invoices {
        id number issuedOn supplierName supplierVatID cig cup totalCents problems contract { id reference }
        documentType documentTypeName currency foreignTotalCents stampDutyCents spendingCents creditedInvoice { id number issuedOn }
      }
      skipped { index number reason }
      discarded { index number documentType reason rule }
    }
  }
`);

/** Records a payment mandate of an invoice. */
export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) { id kind mandateNumber mandateDate amountCents receiptDate invoice { id } }
  }
`);

/** Runs ProjectInvoices, optionally filtered. */
export function useProjectInvoices(id: string, first: number, after: string | null, where: InvoiceWhereInput | null = null, orderBy?: InvoiceOrder) {
  return useQuery({ query: ProjectInvoicesQuery, variables: { id, first, after, where, ...(orderBy ? { orderBy } : {}) } });
}

/** Registers an invoice entered by hand (matched by CIG and CUP like an imported one). */
export const RegisterInvoiceMutation = graphql(`
  mutation RegisterInvoice($input: RegisterInvoiceInput!) {
    registerInvoice(input: $input) { id number issuedOn totalCents problems contract { id reference } }
  }
`);

/** Records the day the treasurer paid a mandate (quietanza). */
export const RecordReceiptMutation = graphql(`
  mutation RecordReceipt($paymentID: ID!, $receiptDate: Date!) {
    recordReceipt(paymentID: $paymentID, receiptDate: $receiptDate) { id receiptDate }
  }
`);

/** The registerInvoice mutation. */
export function useRegisterInvoice() {
  return useMutation(RegisterInvoiceMutation);
}

/** The recordReceipt mutation. */
export function useRecordReceipt() {
  return useMutation(RecordReceiptMutation);
}

/** The importInvoices mutation. */
export function useImportInvoices() {
  return useMutation(ImportInvoicesMutation);
}

/** The recordPayment mutation. */
export function useRecordPayment() {
  return useMutation(RecordPaymentMutation);
}

/** Deletes an invoice registered by mistake; the reason goes to the audit log. */
export const DiscardInvoiceMutation = graphql(`
  mutation DiscardInvoice($id: ID!, $reason: String!) {
    discardInvoice(id: $id, reason: $reason) { id project { id } }
  }
`);

/** Records the euro value of an invoice in another currency and the act that fixed it. */
export const RecordInvoiceEuroValueMutation = graphql(`
  mutation RecordInvoiceEuroValue($input: RecordInvoiceEuroValueInput!) {
    recordInvoiceEuroValue(input: $input) { id taxableCents vatCents totalCents spendingCents conversionAct problems }
  }
`);

/** The discardInvoice mutation. */
export function useDiscardInvoice() {
  return useMutation(DiscardInvoiceMutation);
}

/** The recordInvoiceEuroValue mutation. */
export function useRecordInvoiceEuroValue() {
  return useMutation(RecordInvoiceEuroValueMutation);
}
