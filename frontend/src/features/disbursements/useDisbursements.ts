import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * A page of a project's disbursements, newest first, with their split among
 * EU, State and Region and the admitted cost they were computed on, the
 * claims they follow and may follow, and the basis of the plan (rate,
 * advance, cap, admitted to date, what is due now).
 */
export const ProjectDisbursementsQuery = graphql(`
  query ProjectDisbursements($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        status
        grantedCents
        disbursements(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id kind amountCents euCents stateCents regionCents admittedToDateCents status requestedOn approvedOn paidOn paymentReference
              claim { id number }
            }
          }
        }
        disbursementPlan {
          grantedCents contributionRateBp advanceBp advanceCents interimMaxBp interimCapCents
          admittedToDateCents contributionCents disbursedCents paidCents interimDueCents balanceDueCents
        }
        acceptedClaims: expenseClaims(first: 50, where: { statusIn: [ACCEPTED, PARTIALLY_ACCEPTED] }) {
          edges { node { id number periodStart periodEnd } }
        }
      }
    }
  }
`);

/** Records a disbursement computed from the call's plan. */
export const RequestDisbursementMutation = graphql(`
  mutation RequestDisbursement($projectID: ID!, $kind: DisbursementKind!, $claimID: ID) {
    requestDisbursement(projectID: $projectID, kind: $kind, claimID: $claimID) {
      id kind amountCents euCents stateCents regionCents admittedToDateCents status requestedOn
    }
  }
`);

/** Approves a disbursement or records its payment. */
export const TransitionDisbursementMutation = graphql(`
  mutation TransitionDisbursement($id: ID!, $to: DisbursementStatus!, $on: Date, $reference: String) {
    transitionDisbursement(id: $id, to: $to, on: $on, reference: $reference) { id status approvedOn paidOn paymentReference }
  }
`);

/** Moves a project along its lifecycle (region officers). */
export const TransitionProjectMutation = graphql(`
  mutation TransitionProject($id: ID!, $to: ProjectStatus!) {
    transitionProject(id: $id, to: $to) { id status }
  }
`);

/** Runs ProjectDisbursements. */
export function useProjectDisbursements(id: string, first: number, after: string | null) {
  return useQuery({ query: ProjectDisbursementsQuery, variables: { id, first, after } });
}
/** The requestDisbursement mutation. */
export function useRequestDisbursement() {
  return useMutation(RequestDisbursementMutation);
}
/** The transitionDisbursement mutation. */
export function useTransitionDisbursement() {
  return useMutation(TransitionDisbursementMutation);
}
/** The transitionProject mutation. */
export function useTransitionProject() {
  return useMutation(TransitionProjectMutation);
}
