import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { CallFormPage } from './CallFormPage';
import { CallPucSettings } from './CallPucSettings';
import { pucLines } from '../monitoring/pucSettings';

// The demo's previous call's codes (internal/demo PreviousCallPUCSettings, abridged).
const SETTINGS = 'COD_PROGRAMMA=2021IT16RFPR010\nCOD_PROC_ATT=MARCHE-FESR-EGOV-2025\nTIPO_OPERAZIONE=02.02\nCOD_LIV_GERARCHICO=2021IT16RFPR010.1.1.2';
// What the server answers for a code outside its table (internal/puc ValidateSettingsText).
const REFUSAL = 'Codici di monitoraggio (PUC), riga 2: "7" non è un codice della tabella TC2 (Tipo procedura di attivazione): ammessi 1, 2, 3, 4, 5, 9.';

const draft = {
  __typename: 'Call', id: 'CL01', title: 'Avviso e-government 2026', reference: null, description: null, fund: 'FESR', regime: null,
  status: 'DRAFT', version: 1, rowVersion: 3, totalBudgetCents: 300_000_000, capPerMemberCents: null, capPerProjectCents: null,
  minProjectCents: null, cofinancingRateBp: 10000, minMembers: null, maxMembers: null, opensAt: null, closesAt: null,
  durationMonths: null, populationYear: null, cupDeadlineDays: null, contractDeadlineMonths: null, reportingEveryMonths: null,
  integrationDays: null, decisionDays: null, reviewDays: null, pucSettings: null,
  issuer: { id: 'PB01', name: 'Regione Marche' },
  interventionLines: { edges: [] }, expenseCategories: { edges: [] },
  applications: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
};

const refused = new CombinedError({
  graphQLErrors: [{ message: REFUSAL, extensions: { code: 'INVALID', rule: 'puc.settings', field: 'pucSettings' } }],
});

function fakeClient(call: Record<string, unknown>, answers: (op: { variables: Record<string, unknown> }) => Record<string, unknown>) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...answers(op) }));
  const executeQuery = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: { node: call } }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

function renderForm(client: Client) {
  const me = { id: 'US1', displayName: 'Funzionaria', email: 'f@regione.marche.it', roleAssignments: { edges: [] } };
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/bandi/CL01/modifica']}>
        <Routes>
          <Route element={<Outlet context={me} />}>
            <Route path="/bandi/:id/modifica" element={<CallFormPage />} />
            <Route path="/bandi/:id" element={<p>pagina del bando</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
}

describe('the call form: monitoring codes (PUC)', () => {
  it('sends the codes one a line and shows the server refusal on the field', async () => {
    let calls = 0;
    const { client, executeMutation } = fakeClient(draft, () => (++calls === 1 ? { error: refused } : { data: { updateCall: { id: 'CL01', title: draft.title, status: 'DRAFT', updatedAt: '2026-12-07T16:00:00Z', rowVersion: 4 } } }));
    renderForm(client);
    const box = await screen.findByRole('textbox', { name: 'Codici di monitoraggio (PUC)' });
    expect(screen.getByText(/Obbligatori per il flusso: COD_PROGRAMMA, COD_PROC_ATT, TIPO_OPERAZIONE, COD_LIV_GERARCHICO/)).toBeInTheDocument();
    await userEvent.type(box, '  COD_PROGRAMMA=2021IT16RFPR010{enter}{enter}TIP_PROCEDURA_ATT=7 ');
    await userEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));

    const vars = executeMutation.mock.calls[0][0].variables as { id: string; input: Record<string, unknown> };
    expect(vars.id).toBe('CL01');
    expect(vars.input.pucSettings).toBe('COD_PROGRAMMA=2021IT16RFPR010\nTIP_PROCEDURA_ATT=7');
    expect(vars.input.rowVersion).toBe(3);
    expect(await screen.findByText(REFUSAL)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    // The text shown is the one sent, so that "riga 2" is the second line.
    expect(box).toHaveValue('COD_PROGRAMMA=2021IT16RFPR010\nTIP_PROCEDURA_ATT=7');
    expect(screen.queryByTestId('form-errors')).toBeNull();

    await userEvent.clear(box);
    await userEvent.type(box, 'COD_PROGRAMMA=2021IT16RFPR010');
    await userEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));
    expect(await screen.findByText('pagina del bando')).toBeInTheDocument();
    expect((executeMutation.mock.calls[1][0].variables as { input: Record<string, unknown> }).input.pucSettings).toBe('COD_PROGRAMMA=2021IT16RFPR010');
  });

  it('clears the codes a draft had when the field is emptied', async () => {
    const { client, executeMutation } = fakeClient({ ...draft, pucSettings: SETTINGS }, () => ({ data: { updateCall: { id: 'CL01', title: draft.title, status: 'DRAFT', updatedAt: '2026-12-07T16:00:00Z', rowVersion: 4 } } }));
    renderForm(client);
    const box = await screen.findByRole('textbox', { name: 'Codici di monitoraggio (PUC)' });
    expect(box).toHaveValue(SETTINGS);
    await userEvent.clear(box);
    await userEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));
    const input = (executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input;
    expect(input.pucSettings).toBeNull();
    expect(input.clearPucSettings).toBe(true);
  });
});

describe('CallPucSettings on the call page', () => {
  it('shows the codes, and an officer corrects them on a published call', async () => {
    const { client, executeMutation } = fakeClient(draft, (op) => (op.variables.input as { pucSettings?: string }).pucSettings?.includes('=7')
      ? { error: refused }
      : { data: { correctCall: { id: 'CL01', version: 2, rowVersion: 6, pucSettings: SETTINGS } } });
    const onSaved = vi.fn();
    const before = SETTINGS.split('\n').slice(0, 2).join('\n');
    render(<Provider value={client}><CallPucSettings id="CL01" settings={before} rowVersion={5} canCorrect onSaved={onSaved} /></Provider>);
    expect(screen.getByTestId('call-puc-settings')).toHaveTextContent('COD_PROC_ATT=MARCHE-FESR-EGOV-2025');

    await userEvent.click(screen.getByRole('button', { name: 'Modifica i codici di monitoraggio' }));
    const box = screen.getByRole('textbox', { name: 'Codici di monitoraggio (PUC)' });
    await userEvent.type(box, '{enter}TIP_PROCEDURA_ATT=7');
    await userEvent.click(screen.getByRole('button', { name: 'Salva i codici' }));
    expect(await screen.findByText(REFUSAL)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ id: 'CL01', input: { pucSettings: `${before}\nTIP_PROCEDURA_ATT=7`, rowVersion: 5 } });

    await userEvent.clear(box);
    await userEvent.type(box, SETTINGS.replace(/\n/g, '{enter}'));
    await userEvent.click(screen.getByRole('button', { name: 'Salva i codici' }));
    expect(await screen.findByText('Codici di monitoraggio salvati.')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
    // The saved codes show at once (before the call is read again), one a line.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(SETTINGS.split('\n'));
  });

  it('offers no correction to whoever may not correct', () => {
    const { client } = fakeClient(draft, () => ({}));
    render(<Provider value={client}><CallPucSettings id="CL01" settings={null} rowVersion={5} canCorrect={false} onSaved={() => {}} /></Provider>);
    expect(screen.getByText('Non indicati')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps one trimmed code a line', () => {
    expect(pucLines('  COD_PROGRAMMA=2021IT16RFPR010 \r\n\r\n COD_PROC_ATT=X\n')).toBe('COD_PROGRAMMA=2021IT16RFPR010\nCOD_PROC_ATT=X');
    expect(pucLines(' \n ')).toBe('');
  });
});
