import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CallWhereInput } from '../../gql/graphql';

/** Page size of the calls list and of a call's applications. */
export const CALLS_PAGE = 20;

/** One page of the calls, newest first, with the applications awaiting examination. */
export const CallsListQuery = graphql(`
  query CallsList($first: Int!, $after: Cursor, $where: CallWhereInput) {
    calls(first: $first, after: $after, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          status
          fund
          totalBudgetCents
          opensAt
          closesAt
          issuer { id name }
          submitted: applications(first: 1, where: { status: SUBMITTED }) { totalCount }
          received: applications(first: 1, where: { statusNEQ: DRAFT }) { totalCount }
        }
      }
    }
  }
`);

/** A call with its rules, lines, categories and one page of the applications received. */
export const CallDetailQuery = graphql(`
  query CallDetail($id: ID!, $first: Int!, $after: Cursor, $where: ApplicationWhereInput) {
    node(id: $id) {
      __typename
      ... on Call {
        id
        title
        reference
        description
        fund
        regime
        status
        version
        rowVersion
        totalBudgetCents
        budgetUse { totalCents grantedCents pendingCents availableCents projects pending }
        capPerMemberCents
        capPerProjectCents
        minProjectCents
        cofinancingRateBp
        minMembers
        maxMembers
        opensAt
        closesAt
        durationMonths
        populationYear
        cupDeadlineDays
        contractDeadlineMonths
        reportingEveryMonths
        integrationDays
        decisionDays
        reviewDays
        pucSettings
        issuer { id name }
        interventionLines(first: 50) { edges { node { id code name position } } }
        expenseCategories(first: 50) { edges { node { id code name position capBp capCents vatEligible } } }
        applications(first: $first, after: $after, where: $where, orderBy: { field: SUBMITTED_AT, direction: DESC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              title
              status
              submittedAt
              protocolNumber
              aggregation { id name }
              totals { totalCents }
            }
          }
        }
      }
    }
  }
`);

/** Creates a call in DRAFT. */
export const CreateCallMutation = graphql(`
  mutation CreateCall($input: CreateCallInput!) {
    createCall(input: $input) { id title status }
  }
`);

/** Changes a draft call. */
export const UpdateCallMutation = graphql(`
  mutation UpdateCall($id: ID!, $input: UpdateCallInput!) {
    updateCall(id: $id, input: $input) { id title status updatedAt rowVersion }
  }
`);

/** Corrects a published call (rettifica): a new version of its rules, here its monitoring codes. */
export const CorrectCallMutation = graphql(`
  mutation CorrectCall($id: ID!, $input: UpdateCallInput!) {
    correctCall(id: $id, input: $input) { id version rowVersion pucSettings }
  }
`);

/** Adds an intervention line to a call. */
export const CreateInterventionLineMutation = graphql(`
  mutation CreateInterventionLine($input: CreateInterventionLineInput!) {
    createInterventionLine(input: $input) { id code name }
  }
`);

/** Adds an expense category to a call. */
export const CreateExpenseCategoryMutation = graphql(`
  mutation CreateExpenseCategory($input: CreateExpenseCategoryInput!) {
    createExpenseCategory(input: $input) { id code name }
  }
`);

/** Publishes a draft call. */
export const PublishCallMutation = graphql(`
  mutation PublishCall($id: ID!) { publishCall(id: $id) { id status } }
`);

/** Closes a published call. */
export const CloseCallMutation = graphql(`
  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }
`);

/** Archives a closed call. */
export const ArchiveCallMutation = graphql(`
  mutation ArchiveCall($id: ID!) { archiveCall(id: $id) { id status } }
`);

/** Runs CallsList. */
export function useCallsList(after: string | null, where: CallWhereInput | undefined) {
  return useQuery({ query: CallsListQuery, variables: { first: CALLS_PAGE, after, where }, requestPolicy: 'cache-and-network' });
}

/** Runs CallDetail. */
export function useCallDetail(id: string, after: string | null, where: import('../../gql/graphql').ApplicationWhereInput | undefined) {
  return useQuery({ query: CallDetailQuery, variables: { id, first: CALLS_PAGE, after, where }, requestPolicy: 'cache-and-network' });
}

export const useCreateCall = () => useMutation(CreateCallMutation);
export const useUpdateCall = () => useMutation(UpdateCallMutation);
export const useCorrectCall = () => useMutation(CorrectCallMutation);
export const useCreateInterventionLine = () => useMutation(CreateInterventionLineMutation);
export const useCreateExpenseCategory = () => useMutation(CreateExpenseCategoryMutation);
export const usePublishCall = () => useMutation(PublishCallMutation);
export const useCloseCall = () => useMutation(CloseCallMutation);
export const useArchiveCall = () => useMutation(ArchiveCallMutation);
