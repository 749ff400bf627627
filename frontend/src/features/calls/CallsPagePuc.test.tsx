import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { CallsPage } from './CallsPage';

const calls = {
  totalCount: 1,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: [{ node: {
    id: 'CL01', title: 'Avviso e-government 2025', status: 'CLOSED', fund: 'FESR', totalBudgetCents: 300_000_000,
    opensAt: '2025-01-20T08:00:00Z', closesAt: '2025-02-28T12:00:00Z', issuer: { id: 'PB01MARCHE', name: 'Regione Marche' },
    submitted: { totalCount: 0 }, received: { totalCount: 2 },
  } }],
};

function renderAs(roles: { role: string; regionBody?: { id: string; name: string } | null }[]) {
  const client = { executeQuery: (op: unknown) => fromValue({ operation: op, data: { calls }, stale: false, hasNext: false }), executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
  const me = { id: 'US1', displayName: 'Utente', email: 'u@regione.marche.it', roleAssignments: { edges: roles.map((r, i) => ({ node: { id: `RA${i}`, aggregation: null, body: null, regionBody: null, ...r } })) } };
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/bandi']}>
        <Routes>
          <Route element={<Outlet context={me} />}>
            <Route path="/bandi" element={<CallsPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Region portfolio PUC feed on the calls page', () => {
  it('an auditor of the Region downloads its portfolio; an invalid one lists its problems', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ errors: [{ message: 'Il tracciato di monitoraggio ha 1 errori…', extensions: { code: 'INVALID', rule: 'puc.invalid',
      details: [{ rule: 'puc.missing', message: 'Manca il record AP06 del progetto D79J25000120006.', facts: { family: 'AP06', record: 0 } }] } }] }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    renderAs([{ role: 'AUDITOR', regionBody: { id: 'PB01MARCHE', name: 'Regione Marche' } }]);
    const panel = await screen.findByTestId('portfolio-puc');
    await userEvent.click(within(panel).getByRole('button', { name: /Scarica il flusso PUC del portafoglio di Regione Marche/ }));
    expect(fetchMock).toHaveBeenCalledWith('/exports/bodies/PB01MARCHE/puc.zip', { credentials: 'same-origin' });
    expect(await within(panel).findByTestId('puc-problem')).toHaveTextContent('AP06: Manca il record AP06 del progetto D79J25000120006.');
    expect(within(panel).getByRole('link', { name: 'Scarica comunque la bozza' })).toHaveAttribute('href', '/exports/bodies/PB01MARCHE/puc.zip?bozza=1');
  });

  it('an admin gets the Regions of the calls listed; a lead none', async () => {
    const { unmount } = renderAs([{ role: 'ADMIN' }]);
    expect(await screen.findByRole('button', { name: /portafoglio di Regione Marche/ })).toBeInTheDocument();
    unmount();
    renderAs([{ role: 'LEAD_MANAGER' }]);
    await screen.findByTestId('calls');
    expect(screen.queryByTestId('portfolio-puc')).toBeNull();
  });
});
