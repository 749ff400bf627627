import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** The fields of an access request both the requester and the approvers read. */
export const AccessRequestFields = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    version
    role
    scopeLabel
    actKind
    actNumber
    actDate
    actIssuer
    actFilename
    actURL
    note
    status
    reason
    createdAt
    decidedAt
    proposal { ...AggregationProposalFields }
  }
`);

/** The aggregation a request to form one proposes, as it was asked. */
export const AggregationProposalFields = graphql(`
  fragment AggregationProposalFields on AggregationProposal {
    name
    description
    leadBodyID
    leadBodyName
    members { bodyID bodyName resolutionNumber resolutionDate resolutionOrgan joinedOn }
  }
`);

/** The signed-in user's own access requests. */
export const MyAccessRequestsQuery = graphql(`
  query MyAccessRequests {
    myAccessRequests(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { ...AccessRequestFields roleAssignment { id aggregationID } } }
    }
  }
`);

/** The pending access requests the signed-in user decides, with who asked. */
export const AccessRequestQueueQuery = graphql(`
  query AccessRequestQueue {
    accessRequestQueue(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      edges { node { ...AccessRequestFields user { id displayName email } } }
    }
  }
`);

/** Asks for a role, with the act (multipart). */
export const RequestAccessMutation = graphql(`
  mutation RequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) { ...AccessRequestFields }
  }
`);

/** Asks to form a new aggregation and to lead it, with the act (multipart); an admin decides. */
export const RequestAggregationMutation = graphql(`
  mutation RequestAggregation($input: RequestAggregationInput!) {
    requestAggregation(input: $input) { ...AccessRequestFields }
  }
`);

/** Approves or refuses a pending request. */
export const DecideAccessRequestMutation = graphql(`
  mutation DecideAccessRequest($id: ID!, $input: DecideAccessRequestInput!, $version: Int!) {
    decideAccessRequest(id: $id, input: $input, version: $version) { ...AccessRequestFields }
  }
`);

/** Withdraws one's own pending request. */
export const WithdrawAccessRequestMutation = graphql(`
  mutation WithdrawAccessRequest($id: ID!, $version: Int!) {
    withdrawAccessRequest(id: $id, version: $version) { ...AccessRequestFields }
  }
`);

/** Bodies by name, for the form's body picker (public bodies are reference data). */
export const AccessBodiesQuery = graphql(`
  query AccessBodies($name: String!, $kinds: [PublicBodyKind!]) {
    publicBodies(first: 20, where: { nameContainsFold: $name, kindIn: $kinds }) {
      edges { node { id name kind } }
    }
  }
`);

/** The aggregations a body is a current member of. */
export const AccessTargetsQuery = graphql(`
  query AccessTargets($bodyID: ID!) {
    accessTargets(bodyID: $bodyID) { aggregationID name lead }
  }
`);

export function useMyAccessRequests() {
  return useQuery({ query: MyAccessRequestsQuery, requestPolicy: 'cache-and-network' });
}

export function useAccessRequestQueue() {
  return useQuery({ query: AccessRequestQueueQuery, requestPolicy: 'cache-and-network' });
}

export function useRequestAccess() {
  return useMutation(RequestAccessMutation);
}

export function useRequestAggregation() {
  return useMutation(RequestAggregationMutation);
}

export function useDecideAccessRequest() {
  return useMutation(DecideAccessRequestMutation);
}

export function useWithdrawAccessRequest() {
  return useMutation(WithdrawAccessRequestMutation);
}
