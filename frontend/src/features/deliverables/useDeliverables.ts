import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DeliverableFieldsFragment, DeliverableWhereInput } from '../../gql/graphql';

/** What a deliverable card shows. */
export const DeliverableFieldsFragmentDoc = graphql(`
  fragment DeliverableFields on Deliverable {
    id
    title
    description
    status
    dueOn
    deliveredOn
    progressNote
    body { id name }
    interventionLine { id code name }
    documents(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      edges { node { id filename sizeBytes createdAt } }
    }
  }
`);

export type DeliverableRow = DeliverableFieldsFragment;

/** A page of a project's deliverables (optionally filtered), by due date. */
export const ProjectDeliverablesQuery = graphql(`
  query ProjectDeliverables($id: ID!, $first: Int!, $after: Cursor, $where: DeliverableWhereInput) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        deliverables(first: $first, after: $after, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { ...DeliverableFields } }
        }
      }
    }
  }
`);

/** Moves a deliverable along its lifecycle. */
export const TransitionDeliverableMutation = graphql(`
  mutation TransitionDeliverable($id: ID!, $to: DeliverableStatus!, $note: String) {
    transitionDeliverable(id: $id, to: $to, note: $note) { ...DeliverableFields }
  }
`);

/** Uploads an evidence document (multipart request). */
export const UploadDeliverableEvidenceMutation = graphql(`
  mutation UploadDeliverableEvidence($deliverableID: ID!, $file: Upload!) {
    uploadDeliverableEvidence(deliverableID: $deliverableID, file: $file) {
      id
      filename
      sizeBytes
      createdAt
      deliverable { ...DeliverableFields }
    }
  }
`);

/** Runs ProjectDeliverables. */
export function useProjectDeliverables(id: string, first: number, after: string | null, where: DeliverableWhereInput | null) {
  return useQuery({ query: ProjectDeliverablesQuery, variables: { id, first, after, where } });
}

/** The transitionDeliverable mutation. */
export function useTransitionDeliverable() {
  return useMutation(TransitionDeliverableMutation);
}

/** The uploadDeliverableEvidence mutation. */
export function useUploadDeliverableEvidence() {
  return useMutation(UploadDeliverableEvidenceMutation);
}

/** Defines a deliverable, replicated to the members named (every member when none). */
export const DefineDeliverableMutation = graphql(`
  mutation DefineDeliverable($input: DefineDeliverableInput!) {
    defineDeliverable(input: $input) { id title dueOn body { id name } }
  }
`);

/** The defineDeliverable mutation. */
export function useDefineDeliverable() {
  return useMutation(DefineDeliverableMutation);
}
