import { useCallback, useEffect, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../gql';
import type { BudgetEditorMembersQuery, BudgetEditorLinesQuery } from '../../gql/graphql';
import { nodesOf } from '../../lib/paging';
import type { SavedLine } from './grid';


/** One page of an aggregation's members (id, name, population, province). */
export const BudgetEditorMembersQueryDoc = graphql(`
  query BudgetEditorMembers($id: ID!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Aggregation {
        memberships(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { id role body { id name population provinceCode } } }
        }
      }
    }
  }
`);

/** One page of an application's budget lines. */
export const BudgetEditorLinesQueryDoc = graphql(`
  query BudgetEditorLines($id: ID!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Application {
        budgetLines(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { id bodyID interventionLineID expenseCategoryID year amountCents version } }
        }
      }
    }
  }
`);

/** Saves many budget lines at once; returns the new totals and problems. */
export const SetBudgetLinesMutation = graphql(`
  mutation SetBudgetLines($applicationID: ID!, $lines: [BudgetLineInput!]!) {
    setBudgetLines(applicationID: $applicationID, lines: $lines) {
      application { id status updatedAt }
      totals { totalCents fundedCents ownCents population perInhabitantCents perMember { body { id name } amountCents population } }
      problems { rule message bodyID interventionLineID expenseCategoryID amountCents }
    }
  }
`);

/** A member of the grid. */
export type GridMember = { id: string; name: string; population: number | null; provinceCode: string | null; lead: boolean };

type Loaded = { key: string; members: GridMember[]; lines: SavedLine[]; loadedAt: number } | null;

/**
 * Reads the whole grid an editor needs: every member of the aggregation and
 * every budget line of the application, 100 per request (64 members and
 * ~2,000 lines take a handful of requests).
 */
export function useBudgetGridData(applicationID: string, aggregationID: string) {
  const client = useClient();
  const key = `${applicationID}|${aggregationID}`;
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [error, setError] = useState<import('@urql/core').CombinedError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const members: GridMember[] = [];
      let after: string | null = null;
      for (;;) {
        const r = await client.query(BudgetEditorMembersQueryDoc, { id: aggregationID, after }, { requestPolicy: 'network-only' }).toPromise();
        if (r.error) throw r.error;
        const node = r.data?.node as Extract<NonNullable<BudgetEditorMembersQuery['node']>, { __typename: 'Aggregation' }> | null;
        if (!node || node.__typename !== 'Aggregation') break;
        for (const m of nodesOf(node.memberships)) {
          members.push({ id: m.body.id, name: m.body.name, population: m.body.population ?? null, provinceCode: m.body.provinceCode ?? null, lead: m.role === 'LEAD' });
        }
        if (!node.memberships.pageInfo.hasNextPage) break;
        after = node.memberships.pageInfo.endCursor ?? null;
      }
      const lines: SavedLine[] = [];
      after = null;
      for (;;) {
        const r = await client.query(BudgetEditorLinesQueryDoc, { id: applicationID, after }, { requestPolicy: 'network-only' }).toPromise();
        if (r.error) throw r.error;
        const node = r.data?.node as Extract<NonNullable<BudgetEditorLinesQuery['node']>, { __typename: 'Application' }> | null;
        if (!node || node.__typename !== 'Application') break;
        lines.push(...nodesOf(node.budgetLines));
        if (!node.budgetLines.pageInfo.hasNextPage) break;
        after = node.budgetLines.pageInfo.endCursor ?? null;
      }
      members.sort((a, b) => a.name.localeCompare(b.name, 'it'));
      return { members, lines };
    }
    setError(null);
    load().then(
      (d) => !cancelled && setLoaded({ key, ...d, loadedAt: Date.now() }),
      (e) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [client, applicationID, aggregationID, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const data = loaded && loaded.key === key ? loaded : null;
  return { data, error, reload };
}

/** Runs SetBudgetLines. */
export function useSetBudgetLines() {
  return useMutation(SetBudgetLinesMutation);
}
