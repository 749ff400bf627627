import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ProjectSetupQuery as SetupResult } from '../../gql/graphql';

/**
 * What the lead's forms on a running project choose from: the members
 * (with their population, for splits), the call's expense categories
 * (VAT eligible or not) and intervention lines.
 */
export const ProjectSetupQuery = graphql(`
  query ProjectSetup($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        status
        cup
        aggregation {
          id
          lead { id name }
          memberships(first: 100, where: { leftOnIsNil: true }) {
            totalCount
            edges { node { id role body { id name population } } }
          }
        }
        call {
          id
          advanceBp
          expenseCategories(first: 50) {
            edges { node { id code name vatEligible } }
          }
          interventionLines(first: 50) {
            edges { node { id code name } }
          }
        }
      }
    }
  }
`);

export type ProjectSetup = Extract<NonNullable<SetupResult['node']>, { __typename: 'Project' }>;

/** Runs ProjectSetup (only when the viewer may manage the project). */
export function useProjectSetup(id: string, pause = false) {
  return useQuery({ query: ProjectSetupQuery, variables: { id }, pause });
}

/** Records a procedure; a threshold warning comes back as INVALID on thresholdWarningAcknowledged. */
export const CreateProcurementMutation = graphql(`
  mutation CreateProcurement($input: CreateProcurementInput!) {
    createProcurement(input: $input) { id title status thresholdWarnings }
  }
`);

/** Moves a procedure to PUBLISHED, DESERTED or CANCELLED. */
export const TransitionProcurementMutation = graphql(`
  mutation TransitionProcurement($id: ID!, $to: ProcurementStatus!) {
    transitionProcurement(id: $id, to: $to) { id status }
  }
`);

/** Adds a lot (one CIG) to a procedure; a CIG issued before 2024 on a newer procedure comes back as INVALID lot.cig_legacy until acknowledged. */
export const CreateLotMutation = graphql(`
  mutation CreateLot($input: CreateLotInput!) {
    createLot(input: $input) { id number cig title baseCents legacyCigAcknowledged }
  }
`);

/** Records the award of a lot. */
export const AwardLotMutation = graphql(`
  mutation AwardLot($id: ID!, $input: AwardLotInput!) {
    awardLot(id: $id, input: $input) { id awardCents awardedOn awardedVendor { id name vatID } procurement { id status } }
  }
`);

/** Creates a vendor (operatore economico). */
export const CreateVendorMutation = graphql(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) { id name vatID }
  }
`);

/** Vendors whose name or partita IVA contains the text typed. */
export const VendorSearchQuery = graphql(`
  query VendorSearch($text: String!) {
    vendors(first: 10, where: { or: [{ nameContainsFold: $text }, { vatIDContains: $text }] }, orderBy: { field: NAME, direction: ASC }) {
      edges { node { id name vatID } }
    }
  }
`);

/** Runs VendorSearch (paused for fewer than 2 characters). */
export function useVendorSearch(text: string) {
  return useQuery({ query: VendorSearchQuery, variables: { text }, pause: text.trim().length < 2 });
}

/** The createProcurement mutation. */
export function useCreateProcurement() {
  return useMutation(CreateProcurementMutation);
}
/** The transitionProcurement mutation. */
export function useTransitionProcurement() {
  return useMutation(TransitionProcurementMutation);
}
/** The createLot mutation. */
export function useCreateLot() {
  return useMutation(CreateLotMutation);
}
/** The awardLot mutation. */
export function useAwardLot() {
  return useMutation(AwardLotMutation);
}
/** The createVendor mutation. */
export function useCreateVendor() {
  return useMutation(CreateVendorMutation);
}
