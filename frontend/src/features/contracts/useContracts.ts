import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ContractSharesQuery as SharesResult } from '../../gql/graphql';

/** Records the contract of an awarded lot with its split across members. */
export const SignContractMutation = graphql(`
  mutation SignContract($input: SignContractInput!) {
    signContract(input: $input) { id version reference netCents vatCents splitMethod }
  }
`);

/** Replaces the split of a contract; a stale version is a CONFLICT. */
export const SplitContractMutation = graphql(`
  mutation SplitContract($id: ID!, $split: ContractSplitInput!, $version: Int) {
    splitContract(id: $id, split: $split, version: $version) { id version splitMethod populationYear }
  }
`);

/** Uploads a document of a contract (multipart request). */
export const UploadContractDocumentMutation = graphql(`
  mutation UploadContractDocument($contractID: ID!, $file: Upload!) {
    uploadContractDocument(contractID: $contractID, file: $file) { id filename sizeBytes sha256 signatureKind }
  }
`);

/** A contract's split across members and its documents. */
export const ContractSharesQuery = graphql(`
  query ContractShares($id: ID!) {
    node(id: $id) {
      __typename
      ... on Contract {
        id
        version
        status
        netCents
        vatCents
        endsOn
        splitMethod
        populationYear
        modifications {
          id
          version
          number
          basis
          actNumber
          actDate
          reason
          beforeNetCents
          beforeVatCents
          beforeEndsOn
          netCents
          vatCents
          endsOn
          status
          effectiveOn
          sharesBefore { bodyID bodyName amountCents }
          sharesAfter { bodyID bodyName amountCents }
        }
        costShares(first: 100) {
          totalCount
          edges { node { id amountCents body { id name population populationYear } expenseCategory { id name vatEligible } } }
        }
        documents(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          edges { node { id filename sizeBytes signatureKind createdAt } }
        }
      }
    }
  }
`);

export type ContractShares = Extract<NonNullable<SharesResult['node']>, { __typename: 'Contract' }>;

/** Runs ContractShares. */
export function useContractShares(id: string) {
  return useQuery({ query: ContractSharesQuery, variables: { id } });
}
/** The signContract mutation. */
export function useSignContract() {
  return useMutation(SignContractMutation);
}
/** The splitContract mutation. */
export function useSplitContract() {
  return useMutation(SplitContractMutation);
}
/** The uploadContractDocument mutation. */
export function useUploadContractDocument() {
  return useMutation(UploadContractDocumentMutation);
}

/** Proposes a modification of an ACTIVE contract (art. 120 D.Lgs. 36/2023); its limits are checked at once. */
export const ProposeContractModificationMutation = graphql(`
  mutation ProposeContractModification($input: ProposeContractModificationInput!) {
    proposeContractModification(input: $input) { id version status }
  }
`);

/** Applies a proposed modification: the contract's amounts change and its cost is re-split. */
export const ApplyContractModificationMutation = graphql(`
  mutation ApplyContractModification($id: ID!, $version: Int) {
    applyContractModification(id: $id, version: $version) { id version status effectiveOn }
  }
`);

/** Withdraws a proposed modification; the contract is untouched. */
export const WithdrawContractModificationMutation = graphql(`
  mutation WithdrawContractModification($id: ID!, $version: Int) {
    withdrawContractModification(id: $id, version: $version) { id version status }
  }
`);

/** The proposeContractModification mutation. */
export function useProposeContractModification() {
  return useMutation(ProposeContractModificationMutation);
}
/** The applyContractModification mutation. */
export function useApplyContractModification() {
  return useMutation(ApplyContractModificationMutation);
}
/** The withdrawContractModification mutation. */
export function useWithdrawContractModification() {
  return useMutation(WithdrawContractModificationMutation);
}
