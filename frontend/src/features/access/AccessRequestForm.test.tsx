import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { AccessRequestForm } from './AccessRequestForm';

function client(mutationResults: unknown[]) {
  const executeQuery = vi.fn((op) => {
    const name = op.query.definitions[0]?.name?.value;
    if (name === 'AccessBodies') {
      return fromValue({ operation: op, stale: false, hasNext: false, data: { publicBodies: { edges: [{ node: { id: 'PB2', name: 'Comune di Grottammare', kind: 'COMUNE' } }] } } });
    }
    if (name === 'AccessTargets') {
      return fromValue({ operation: op, stale: false, hasNext: false, data: { accessTargets: [{ aggregationID: 'AG1', name: 'Marche Sud', lead: false }] } });
    }
    return never;
  });
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(mutationResults.shift() as object) }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'decreto-12-2026.pdf', { type: 'application/pdf' });

describe('AccessRequestForm', () => {
  it('asks to be a member referent with the act attached', async () => {
    const onDone = vi.fn();
    const { client: c, executeMutation } = client([{ data: { requestAccess: { id: 'AQ1' } } }]);
    render(<Provider value={c}><AccessRequestForm onDone={onDone} /></Provider>);
    await userEvent.type(screen.getByLabelText(/^Cerca l’ente/), 'Grotta');
    await userEvent.selectOptions(screen.getByLabelText(/^Ente/), 'PB2');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Marche Sud' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText(/^Aggregazione/), 'AG1');
    await userEvent.type(screen.getByLabelText(/^Numero/), ' 12/2026 ');
    await userEvent.type(screen.getByLabelText(/^Data/), '2026-11-30');
    await userEvent.type(screen.getByLabelText(/^Adottato da/), 'Sindaco del Comune di Grottammare');
    await userEvent.upload(screen.getByLabelText('Allega l’atto (PDF)'), pdf);
    await userEvent.click(screen.getByRole('button', { name: 'Invia la richiesta' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: { role: 'MEMBER_REFERENT', aggregationID: 'AG1', bodyID: 'PB2', regionBodyID: null, actKind: 'DECRETO_NOMINA',
        actNumber: '12/2026', actDate: '2026-11-30', actIssuer: 'Sindaco del Comune di Grottammare', act: pdf },
    });
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('refuses a request without its act and shows the server’s refusal', async () => {
    const refusal = new CombinedError({ graphQLErrors: [{ message: 'Hai già chiesto il ruolo di referente dell’ente aderente: la richiesta attende una decisione.',
      extensions: { code: 'CONFLICT', rule: 'access_request.pending' } }] });
    const { client: c, executeMutation } = client([{ error: refusal }]);
    render(<Provider value={c}><AccessRequestForm onDone={vi.fn()} /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Invia la richiesta' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Numero/)).toHaveAccessibleDescription('Indica il numero dell’atto.');
    await userEvent.type(screen.getByLabelText(/^Cerca l’ente/), 'Grotta');
    await userEvent.selectOptions(screen.getByLabelText(/^Ente/), 'PB2');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Marche Sud' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText(/^Aggregazione/), 'AG1');
    await userEvent.type(screen.getByLabelText(/^Numero/), '12/2026');
    await userEvent.type(screen.getByLabelText(/^Data/), '2026-11-30');
    await userEvent.type(screen.getByLabelText(/^Adottato da/), 'Sindaco');
    await userEvent.upload(screen.getByLabelText('Allega l’atto (PDF)'), pdf);
    await userEvent.click(screen.getByRole('button', { name: 'Invia la richiesta' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('la richiesta attende una decisione'));
  });
});
