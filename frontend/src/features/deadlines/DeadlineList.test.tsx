import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { MyDeadlines, ProjectDeadlines } from './DeadlineList';

const rows = [
  { __typename: 'Deadline', key: 'CLAIM:PR1:2026-03-31', kind: 'CLAIM_DUE', title: 'Rendiconto delle spese al 31/03/2026 – Marche Sud digitale',
    dueOn: '2026-03-31', daysLeft: -251, overdue: true, path: '/progetti/PR1/rendiconti' },
  { __typename: 'Deadline', key: 'DELIVERABLE:DV1', kind: 'DELIVERABLE_DUE', title: 'Consegna di «Avvisi pagoPA» – Comune di Grottammare',
    dueOn: '2026-12-08', daysLeft: 1, overdue: false, path: '/progetti/PR1/prodotti' },
  { __typename: 'Deadline', key: 'PROJECT_END:PR1', kind: 'PROJECT_END', title: 'Conclusione del progetto – Marche Sud digitale',
    dueOn: '2028-03-31', daysLeft: 480, overdue: false, path: '/progetti/PR1' },
];

function clientOf(data: unknown): Client {
  return { executeQuery: () => fromValue({ data, stale: false, hasNext: false }), executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
}

describe('MyDeadlines', () => {
  it('lists the viewer\'s deadlines, missed first, each linking to where to act', async () => {
    const data = { deadlines: { totalCount: 12, edges: rows.map((node) => ({ node })) } };
    render(<MemoryRouter><Provider value={clientOf(data)}><MyDeadlines /></Provider></MemoryRouter>);
    const section = await screen.findByTestId('my-deadlines');
    expect(within(section).getByRole('heading')).toHaveTextContent('Le tue scadenze');
    const items = within(section).getAllByTestId('deadline');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveAttribute('data-overdue', 'true');
    expect(items[0]).toHaveTextContent('scaduta da 251 giorni');
    expect(items[0]).toHaveTextContent('Rendiconto delle spese · entro il 31/03/2026');
    expect(items[1]).toHaveTextContent('tra 1 giorno');
    expect(within(items[1]).getByRole('link')).toHaveAttribute('href', '/progetti/PR1/prodotti');
    expect(section).toHaveTextContent('Le prime 3 di 12 scadenze.');
  });

  it('says when nothing is due', async () => {
    render(<MemoryRouter><Provider value={clientOf({ deadlines: { totalCount: 0, edges: [] } })}><MyDeadlines /></Provider></MemoryRouter>);
    expect(await screen.findByTestId('no-deadlines')).toHaveTextContent('Nessuna scadenza da rispettare');
  });
});

describe('ProjectDeadlines', () => {
  it('shows a project\'s next deadlines', async () => {
    const data = { node: { __typename: 'Project', id: 'PR1', deadlines: { totalCount: 3, edges: rows.map((node) => ({ node })) } } };
    render(<MemoryRouter><Provider value={clientOf(data)}><ProjectDeadlines projectID="PR1" /></Provider></MemoryRouter>);
    const list = await screen.findByTestId('deadlines');
    expect(within(list).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/progetti/PR1/rendiconti', '/progetti/PR1/prodotti', '/progetti/PR1']);
    expect(screen.queryByText(/Le prime/)).toBeNull();
  });
});
