import { useCallback, useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { graphql } from '../../gql';
import type { VariationFieldsFragment as VariationFields, VariationPlanQuery } from '../../gql/graphql';
import { BudgetEditorMembersQueryDoc } from '../budget/useBudgetEditor';
import type { BudgetEditorMembersQuery } from '../../gql/graphql';
import { nodesOf } from '../../lib/paging';
import type { PlanRow } from './grid';

/** A project's variations (newest first) and its plan versions. */
export const ProjectVariationsQuery = graphql(`
  query ProjectVariations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        variations(first: 100, orderBy: { field: NUMBER, direction: DESC }) {
          totalCount
          edges { node { id number status kinds reason submittedAt decidedAt } }
        }
        planVersions { id number effectiveFrom endsOn variation { id number } }
      }
    }
  }
`);

/** The fields of a variation its page shows. */
export const VariationFieldsFragment = graphql(`
  fragment VariationFields on Variation {
    id
    version
    projectID
    project { id call { id freeMovePercent } }
    number
    status
    kinds
    reason
    requestedEndsOn
    requestedEffectiveFrom
    submittedAt
    decidedAt
    decisionReason
    effectiveFrom
    approvedEndsOn
    leavingBody { id name }
    joiningBody { id name }
    newLeadBody { id name }
    planVersion { id number effectiveFrom endsOn }
    requestDocument { id filename sizeBytes signatureKind createdAt sha256 contentSha256 }
    decisionDocument { id filename sizeBytes signatureKind createdAt sha256 contentSha256 }
    documents(first: 50) { edges { node { id kind filename sizeBytes signatureKind createdAt sha256 } } }
    allocations { id bodyID expenseCategoryID interventionLineID amountCents }
    problems { rule message bodyID expenseCategoryID amountCents }
    differences {
      endsOnBefore
      endsOnAfter
      rows {
        body { id name }
        expenseCategory { id code name }
        interventionLine { id code name }
        beforeCents
        afterCents
        deltaCents
      }
      members { body { id name } beforeCents afterCents deltaCents }
    }
  }
`);

/** One variation. */
export const VariationPageQueryDoc = graphql(`
  query VariationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Variation { ...VariationFields }
    }
  }
`);

/** What the editor reads of the project: the call's categories, lines and limits, one page of the plan in force. */
export const VariationPlanQueryDoc = graphql(`
  query VariationPlan($id: ID!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        endsOn
        call {
          id
          capPerMemberCents
          freeMovePercent
          maxExtensions
          maxExtensionMonths
          expenseCategories(first: 50) { edges { node { id code name position } } }
          interventionLines(first: 50) { edges { node { id code name position } } }
        }
        allocations(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { id bodyID expenseCategoryID interventionLineID amountCents } }
        }
      }
    }
  }
`);

export const CreateVariationMutation = graphql(`
  mutation CreateVariation($input: CreateVariationInput!) {
    createVariation(input: $input) { ...VariationFields }
  }
`);

export const UpdateVariationMutation = graphql(`
  mutation UpdateVariation($id: ID!, $input: UpdateVariationInput!, $version: Int) {
    updateVariation(id: $id, input: $input, version: $version) { ...VariationFields }
  }
`);

export const SubmitVariationMutation = graphql(`
  mutation SubmitVariation($id: ID!, $version: Int) {
    submitVariation(id: $id, version: $version) { ...VariationFields }
  }
`);

export const WithdrawVariationMutation = graphql(`
  mutation WithdrawVariation($id: ID!, $version: Int) {
    withdrawVariation(id: $id, version: $version) { ...VariationFields }
  }
`);

export const DecideVariationMutation = graphql(`
  mutation DecideVariation($id: ID!, $input: DecideVariationInput!, $version: Int) {
    decideVariation(id: $id, input: $input, version: $version) { ...VariationFields }
  }
`);

/** Runs ProjectVariations. */
export function useProjectVariations(projectID: string) {
  return useQuery({ query: ProjectVariationsQuery, variables: { id: projectID }, requestPolicy: 'cache-and-network' });
}

/** Runs VariationPage (always from the network: problems depend on the plan in force). */
export function useVariation(id: string, pause = false) {
  return useQuery({ query: VariationPageQueryDoc, variables: { id }, pause, requestPolicy: 'network-only' });
}

export function useCreateVariation() { return useMutation(CreateVariationMutation); }
export function useUpdateVariation() { return useMutation(UpdateVariationMutation); }
export function useSubmitVariation() { return useMutation(SubmitVariationMutation); }
export function useWithdrawVariation() { return useMutation(WithdrawVariationMutation); }
export function useDecideVariation() { return useMutation(DecideVariationMutation); }

type Named = { id: string; code: string; name: string };

const byPosition = <T extends Named & { position: number }>(xs: T[]): Named[] => [...xs].sort((a, b) => a.position - b.position);
type ProjectNode = Extract<NonNullable<VariationPlanQuery['node']>, { __typename: 'Project' }>;

/** A member of the aggregation (lead: its lead body). */
export type PlanMember = { id: string; name: string; lead: boolean };

/** What the editor needs: the call's terms, the members and the plan in force. */
export type PlanData = {
  call: Omit<ProjectNode['call'], 'expenseCategories' | 'interventionLines'>;
  categories: Named[];
  lines: Named[];
  members: PlanMember[];
  allocations: PlanRow[];
  endsOn: string | null;
  loadedAt: number;
};

/**
 * Reads the plan in force and the members of the project's aggregation,
 * 100 per request (64 members × categories × lines take a handful).
 */
export function usePlanData(projectID: string, aggregationID: string) {
  const client = useClient();
  const [data, setData] = useState<PlanData | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function load(): Promise<PlanData | null> {
      const allocations: PlanRow[] = [];
      let project: ProjectNode | null = null;
      let after: string | null = null;
      for (;;) {
        const r = await client.query(VariationPlanQueryDoc, { id: projectID, after }, { requestPolicy: 'network-only' }).toPromise();
        if (r.error) throw r.error;
        const node = r.data?.node as ProjectNode | null | undefined;
        if (!node || node.__typename !== 'Project') return null;
        project = node;
        allocations.push(...nodesOf(node.allocations));
        if (!node.allocations.pageInfo.hasNextPage) break;
        after = node.allocations.pageInfo.endCursor ?? null;
      }
      const members: PlanMember[] = [];
      after = null;
      for (;;) {
        const r = await client.query(BudgetEditorMembersQueryDoc, { id: aggregationID, after }, { requestPolicy: 'network-only' }).toPromise();
        if (r.error) throw r.error;
        const node = r.data?.node as Extract<NonNullable<BudgetEditorMembersQuery['node']>, { __typename: 'Aggregation' }> | null;
        if (!node || node.__typename !== 'Aggregation') break;
        for (const m of nodesOf(node.memberships)) members.push({ id: m.body.id, name: m.body.name, lead: m.role === 'LEAD' });
        if (!node.memberships.pageInfo.hasNextPage) break;
        after = node.memberships.pageInfo.endCursor ?? null;
      }
      members.sort((a, b) => a.name.localeCompare(b.name, 'it'));
      const { expenseCategories, interventionLines, ...call } = project!.call;
      return {
        call, categories: byPosition(nodesOf(expenseCategories)), lines: byPosition(nodesOf(interventionLines)), members, allocations,
        endsOn: project!.endsOn ?? null, loadedAt: Date.now(),
      };
    }
    setError(null);
    load().then((d) => !cancelled && setData(d), (e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [client, projectID, aggregationID, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, reload };
}

/** A variation as its page reads it. */
export type Variation = VariationFields;

/** Attaches a file to a draft variation (multipart request). */
export const UploadVariationAttachmentMutation = graphql(`
  mutation UploadVariationAttachment($variationID: ID!, $file: Upload!) {
    uploadVariationAttachment(variationID: $variationID, file: $file) { id filename sizeBytes signatureKind createdAt }
  }
`);

/** The uploadVariationAttachment mutation. */
export function useUploadVariationAttachment() {
  return useMutation(UploadVariationAttachmentMutation);
}

/** Removes a file attached to a draft variation. */
export const RemoveVariationAttachmentMutation = graphql(`
  mutation RemoveVariationAttachment($documentID: ID!) {
    removeVariationAttachment(documentID: $documentID) { ...VariationFields }
  }
`);

/** The removeVariationAttachment mutation. */
export function useRemoveVariationAttachment() {
  return useMutation(RemoveVariationAttachmentMutation);
}
