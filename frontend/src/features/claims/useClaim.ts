import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { graphql } from '../../gql';
import type { ClaimItemsQuery as ItemsResult, ClaimPageQuery as ClaimResult } from '../../gql/graphql';

/** An expense claim with its project and reviews (the newest first). */
export const ClaimPageQuery = graphql(`
  query ClaimPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on ExpenseClaim {
        id
        number
        status
        periodStart
        periodEnd
        narrative
        version
        submittedAt
        totals { items pending claimedCents admittedCents cutCents }
        project { id title cup aggregationID aggregation { id name } }
        documents(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          edges { node { id filename sizeBytes signatureKind createdAt } }
        }
        reviews(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              id
              outcome
              comments
              completedAt
              createdAt
              admittedCents
              cutCents
              checklist { key label result note }
            }
          }
        }
      }
    }
  }
`);

export type Claim = Extract<NonNullable<ClaimResult['node']>, { __typename: 'ExpenseClaim' }>;
export type Review = NonNullable<NonNullable<NonNullable<Claim['reviews']['edges']>[number]>['node']>;

/**
 * One page of a claim's expenses. It does not ask for totalCount: the
 * pages are read until hasNextPage is false (the claim's totals give the
 * count), and a full page's count would cost the server a statement.
 */
export const ClaimItemsQuery = graphql(`
  query ClaimItems($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on ExpenseClaim {
        id
        items(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { ...ExpenseItemFields } }
        }
      }
    }
  }
`);

/** An expense of a claim with the auditor's decision. */
export const ExpenseItemFieldsFragment = graphql(`
  fragment ExpenseItemFields on ExpenseItem {
    id
    claimedCents
    decision
    admittedCents
    cutReason
    body { id name }
    expenseCategory { id name }
    invoice { id number issuedOn supplierName cig }
    payment { id mandateNumber receiptDate }
  }
`);

type ItemsNode = Extract<NonNullable<ItemsResult['node']>, { __typename: 'ExpenseClaim' }>;
export type ExpenseItem = NonNullable<NonNullable<NonNullable<ItemsNode['items']['edges']>[number]>['node']>;

/** Items per request when loading a claim's expenses (the server's maximum). */
const ITEMS_PAGE = 100;

/**
 * Loads every expense of a claim, 100 per request (totals need them all),
 * sorted by member name; patch() replaces an item after a decision.
 */
export function useAllClaimItems(claimID: string) {
  const client = useClient();
  const [items, setItems] = useState<ExpenseItem[] | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const gen = ++generation.current;
    setLoading(true);
    setError(undefined);
    const all: ExpenseItem[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: ItemsResult; error?: CombinedError } = await client
        .query(ClaimItemsQuery, { id: claimID, first: ITEMS_PAGE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (gen !== generation.current) return;
      const node: ItemsResult['node'] | undefined = res.data?.node;
      if (res.error || !node || node.__typename !== 'ExpenseClaim') {
        setError(res.error);
        setLoading(false);
        return;
      }
      for (const e of node.items.edges ?? []) if (e?.node) all.push(e.node);
      if (!node.items.pageInfo.hasNextPage || !node.items.pageInfo.endCursor) break;
      after = node.items.pageInfo.endCursor;
    }
    all.sort((a, b) => a.body.name.localeCompare(b.body.name, 'it') || a.invoice.issuedOn.localeCompare(b.invoice.issuedOn));
    setItems(all);
    setLoading(false);
  }, [client, claimID]);

  useEffect(() => {
    void load();
  }, [load]);

  const patch = useCallback((item: Partial<ExpenseItem> & { id: string }) => {
    setItems((prev) => prev && prev.map((x) => (x.id === item.id ? { ...x, ...item } : x)));
  }, []);

  return { items, error, loading, reload: load, patch };
}

/** Totals of a claim's expenses as decided so far. */
export function claimTotals(items: Pick<ExpenseItem, 'claimedCents' | 'admittedCents' | 'decision'>[]) {
  let claimed = 0;
  let admitted = 0;
  let cut = 0;
  let pending = 0;
  for (const it of items) {
    claimed += it.claimedCents;
    if (it.decision === 'PENDING' || it.admittedCents == null) {
      pending++;
      continue;
    }
    admitted += it.admittedCents;
    cut += it.claimedCents - it.admittedCents;
  }
  return { claimed, admitted, cut, pending, count: items.length };
}

/** Opens the review of a submitted claim. */
export const StartReviewMutation = graphql(`
  mutation StartReview($claimID: ID!) {
    startReview(claimID: $claimID) { id claim { id status } }
  }
`);

/** Admits (all or part of) an expense, or cuts it with a reason. */
export const DecideExpenseItemMutation = graphql(`
  mutation DecideExpenseItem($id: ID!, $admittedCents: Cents!, $reason: String) {
    decideExpenseItem(id: $id, admittedCents: $admittedCents, reason: $reason) { id decision admittedCents cutReason }
  }
`);

/** Records the results of a review's checks. */
export const SetReviewChecklistMutation = graphql(`
  mutation SetReviewChecklist($reviewID: ID!, $results: [ChecklistResultInput!]!) {
    setReviewChecklist(reviewID: $reviewID, results: $results) { id checklist { key label result note } }
  }
`);

/** Closes a review with its outcome. */
export const CompleteReviewMutation = graphql(`
  mutation CompleteReview($reviewID: ID!, $outcome: ReviewOutcome!, $comments: String) {
    completeReview(reviewID: $reviewID, outcome: $outcome, comments: $comments) {
      id
      outcome
      comments
      completedAt
      admittedCents
      cutCents
      claim { id status }
    }
  }
`);

/** Adds eligible expenses to an editable claim (all or none). */
export const AddExpenseItemsMutation = graphql(`
  mutation AddExpenseItems($claimID: ID!, $items: [ExpenseItemInput!]!) {
    addExpenseItems(claimID: $claimID, items: $items) { id }
  }
`);

/** Removes an expense from an editable claim. */
export const RemoveExpenseItemMutation = graphql(`
  mutation RemoveExpenseItem($id: ID!) {
    removeExpenseItem(id: $id)
  }
`);

/** Sends a claim to the Region. */
export const SubmitExpenseClaimMutation = graphql(`
  mutation SubmitExpenseClaim($id: ID!) {
    submitExpenseClaim(id: $id) { id status submittedAt }
  }
`);

/** Runs ClaimPage. */
export function useClaim(id: string) {
  return useQuery({ query: ClaimPageQuery, variables: { id } });
}

export const useStartReview = () => useMutation(StartReviewMutation);
export const useDecideExpenseItem = () => useMutation(DecideExpenseItemMutation);

export const DecideExpenseItemsMutation = graphql(`
  mutation DecideExpenseItems($decisions: [ExpenseDecisionInput!]!) {
    decideExpenseItems(decisions: $decisions) { id decision admittedCents cutReason }
  }
`);

export const useDecideExpenseItems = () => useMutation(DecideExpenseItemsMutation);
export const useSetReviewChecklist = () => useMutation(SetReviewChecklistMutation);
export const useCompleteReview = () => useMutation(CompleteReviewMutation);
export const useAddExpenseItems = () => useMutation(AddExpenseItemsMutation);
export const useRemoveExpenseItem = () => useMutation(RemoveExpenseItemMutation);
export const useSubmitExpenseClaim = () => useMutation(SubmitExpenseClaimMutation);

/** Changes period and narrative of an editable claim. */
export const UpdateExpenseClaimMutation = graphql(`
  mutation UpdateExpenseClaim($id: ID!, $input: ExpenseClaimInput!) {
    updateExpenseClaim(id: $id, input: $input) { id version periodStart periodEnd narrative }
  }
`);

/** Uploads an annex of a claim (multipart request). */
export const UploadClaimAttachmentMutation = graphql(`
  mutation UploadClaimAttachment($claimID: ID!, $file: Upload!) {
    uploadClaimAttachment(claimID: $claimID, file: $file) { id filename sizeBytes signatureKind createdAt }
  }
`);

/** The updateExpenseClaim mutation. */
export function useUpdateExpenseClaim() {
  return useMutation(UpdateExpenseClaimMutation);
}

/** The uploadClaimAttachment mutation. */
export function useUploadClaimAttachment() {
  return useMutation(UploadClaimAttachmentMutation);
}
