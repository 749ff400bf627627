import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router-dom';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { AggregationPage } from './AggregationPage';

type Vars = { id: string; first: number; after?: string | null; where?: unknown };

function member(i: number) {
  return {
    node: {
      __typename: 'Membership',
      id: `MS${i}`,
      role: i === 0 ? 'LEAD' : 'MEMBER',
      resolutionNumber: String(i),
      resolutionDate: '2026-03-08',
      resolutionOrgan: 'GIUNTA',
      body: { __typename: 'PublicBody', id: `PB${i}`, name: `Comune ${i}`, provinceCode: 'FM', provinceName: 'Fermo', population: 1000 + i },
    },
  };
}

// A fake server: 3 members, pages of `first`, name filter by "Comune 2".
function fakeClient() {
  const all = [0, 1, 2].map(member);
  const executeQuery = vi.fn((op: { variables: Vars; query: { definitions: { name?: { value: string } }[] } }) => {
    if (op.query.definitions.some((d) => d.name?.value === 'ProjectsList')) {
      return fromValue({ operation: op, stale: false, hasNext: false, data: { projects: { __typename: 'ProjectConnection', totalCount: 0, edges: [] } } });
    }
    const v = op.variables;
    const filtered = v.where ? all.filter((e) => e.node.body.name === 'Comune 2') : all;
    const start = v.after ? Number(v.after) : 0;
    const pageSize = 2; // the page asks for 50; pretend the server's page is 2
    const edges = filtered.slice(start, start + pageSize);
    const end = start + edges.length;
    return fromValue({
      operation: op,
      stale: false,
      hasNext: false,
      data: {
        node: {
          __typename: 'Aggregation',
          id: v.id,
          name: 'Marche Sud',
          description: null,
          lead: { __typename: 'PublicBody', id: 'PB0', name: 'Comune 0' },
          memberships: {
            __typename: 'MembershipConnection',
            totalCount: filtered.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: end < filtered.length, endCursor: String(end) },
            edges,
          },
        },
      },
    });
  });
  return {
    client: { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client,
    executeQuery,
  };
}

function renderPage(client: Client) {
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/aggregazioni/AG1']}>
        <Routes>
          <Route element={<Outlet context={{ id: 'US1', displayName: 'Lettore', email: 'l@x.test', roleAssignments: { edges: [] } }} />}>
            <Route path="/aggregazioni/:id" element={<AggregationPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
}

describe('AggregationPage', () => {
  it('appends the next page with "Carica altri" and hides it at the end', async () => {
    const { client, executeQuery } = fakeClient();
    renderPage(client);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2);
    expect(screen.getByTestId('members-count')).toHaveTextContent('2 di 3 enti');

    await userEvent.click(screen.getByRole('button', { name: 'Carica altri' }));
    expect(await screen.findByText('Comune 2')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 3);
    expect(screen.queryByRole('button', { name: 'Carica altri' })).toBeNull();
    expect(executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({ first: 50, after: '2' });
    expect(screen.getByTestId('no-projects')).toHaveTextContent('Nessun progetto finanziato');
  });

  it('searching starts again from the first page with a name filter', async () => {
    const { client, executeQuery } = fakeClient();
    renderPage(client);
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Cerca ente per nome'), 'Comune 2');
    expect(await screen.findByText('1 di 1 ente')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 1);
    expect(executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({
      after: null,
      where: { hasBodyWith: [{ nameContainsFold: 'Comune 2' }] },
    });
  });
});
