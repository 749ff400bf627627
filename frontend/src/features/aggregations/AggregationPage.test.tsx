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

// A fake server: 53 members, pages of `first`, name filter by "Comune 2".
function fakeClient() {
  const all = Array.from({ length: 53 }, (_, i) => member(i));
  const executeQuery = vi.fn((op: { variables: Vars; query: { definitions: { name?: { value: string } }[] } }) => {
    if (op.query.definitions.some((d) => d.name?.value === 'ProjectsList')) {
      return fromValue({ operation: op, stale: false, hasNext: false, data: { projects: { __typename: 'ProjectConnection', totalCount: 0, edges: [] } } });
    }
    const v = op.variables;
    const filtered = v.where ? all.filter((e) => e.node.body.name === 'Comune 2') : all;
    const start = v.after ? Number(v.after) : 0;
    const pageSize = v.first;
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
  it('shows one page of 50 with the total, then the next page with Successiva', async () => {
    const { client, executeQuery } = fakeClient();
    renderPage(client);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 50);
    expect(screen.getByTestId('members-count')).toHaveTextContent('Enti 1–50 di 53');
    expect(screen.getByText('Pagina 1 di 2')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Successiva' }));
    expect(await screen.findByText('Comune 52')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 3);
    expect(screen.getByTestId('members-count')).toHaveTextContent('Enti 51–53 di 53');
    expect(screen.getByRole('button', { name: 'Successiva' })).toBeDisabled();
    expect(executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({ first: 50, after: '50' });

    await userEvent.click(screen.getByRole('button', { name: 'Precedente' }));
    expect(await screen.findByText('Comune 10')).toBeInTheDocument();
    expect(screen.getByTestId('members-count')).toHaveTextContent('Enti 1–50 di 53');
    expect(screen.getByTestId('no-projects')).toHaveTextContent('Nessun progetto finanziato');
  });

  it('searching starts again from the first page with a name filter', async () => {
    const { client, executeQuery } = fakeClient();
    renderPage(client);
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Cerca ente per nome'), 'Comune 2');
    expect(await screen.findByText('1 ente')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 1);
    expect(executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({
      after: null,
      where: { hasBodyWith: [{ nameContainsFold: 'Comune 2' }] },
    });
  });
});
