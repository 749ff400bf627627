import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { AggregationRequestForm } from './AggregationRequestForm';
import { textLimits } from '../../lib/textLimits';

const bodies = [
  { id: 'PB1', name: 'Comune di Macerata', kind: 'COMUNE' },
  { id: 'PB2', name: 'Comune di Tolentino', kind: 'COMUNE' },
  { id: 'PB3', name: 'Comune di Camerino', kind: 'COMUNE' },
];

function client(mutationResults: unknown[]) {
  const executeQuery = vi.fn((op) => {
    if (op.query.definitions[0]?.name?.value === 'AccessBodies') {
      const q = String(op.variables.name).toLowerCase();
      const found = bodies.filter((b) => b.name.toLowerCase().includes(q));
      return fromValue({ operation: op, stale: false, hasNext: false, data: { publicBodies: { edges: found.map((node) => ({ node })) } } });
    }
    return never;
  });
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(mutationResults.shift() as object) }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeQuery, executeMutation };
}

const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'decreto-7-2026.pdf', { type: 'application/pdf' });

async function pickLead(name: string, id: string) {
  await userEvent.type(screen.getByLabelText(/^Cerca l’ente capofila/), name);
  await waitFor(() => expect(within(screen.getByLabelText(/^Ente capofila/)).getByRole('option', { name: `Comune di ${name}` })).toBeInTheDocument());
  await userEvent.selectOptions(screen.getByLabelText(/^Ente capofila/), id);
}

async function addMember(name: string, id: string, number: string, date: string, organ: 'GIUNTA' | 'CONSIGLIO') {
  const search = screen.getByLabelText(/^Cerca l’ente aderente/);
  await userEvent.clear(search);
  await userEvent.type(search, name);
  await waitFor(() => expect(within(screen.getByLabelText(/^Ente aderente/)).getByRole('option', { name: `Comune di ${name}` })).toBeInTheDocument());
  await userEvent.selectOptions(screen.getByLabelText(/^Ente aderente/), id);
  await userEvent.clear(screen.getByLabelText(/^Numero della delibera/));
  await userEvent.clear(screen.getByLabelText(/^Data della delibera/));
  if (number) await userEvent.type(screen.getByLabelText(/^Numero della delibera/), number);
  if (date) await userEvent.type(screen.getByLabelText(/^Data della delibera/), date);
  await userEvent.selectOptions(screen.getByLabelText(/^Organo/), organ);
  await userEvent.click(screen.getByRole('button', { name: 'Aggiungi l’ente' }));
}

async function fillAct() {
  await userEvent.type(screen.getByLabelText(/^Numero( \*)?$/), '7/2026');
  await userEvent.type(screen.getByLabelText(/^Data( \*)?$/), '2026-12-01');
  await userEvent.type(screen.getByLabelText(/^Adottato da/), 'Sindaco del Comune di Macerata');
  await userEvent.upload(screen.getByLabelText('Allega l’atto (PDF)'), pdf);
}

// Typing a whole form takes a few seconds on a busy machine.
const slow = 20_000;

describe('AggregationRequestForm', () => {
  it('stops its free texts at the lengths the server stores', () => {
    const { client: c } = client([]);
    render(<Provider value={c}><AggregationRequestForm onDone={vi.fn()} /></Provider>);
    expect((screen.getByLabelText(/^Descrizione/) as HTMLTextAreaElement).maxLength).toBe(textLimits.aggregationDescription);
    expect((screen.getByLabelText(/^Note per chi decide/) as HTMLTextAreaElement).maxLength).toBe(textLimits.accessRequestNote);
  });

  it('sends the aggregation with its members, their resolutions and the act (multipart)', async () => {
    const onDone = vi.fn();
    const { client: c, executeMutation } = client([{ data: { requestAggregation: { id: 'AQ7' } } }]);
    render(<Provider value={c}><AggregationRequestForm onDone={onDone} /></Provider>);
    await userEvent.type(screen.getByLabelText(/^Nome dell’aggregazione/), ' Alto Maceratese ');
    await userEvent.type(screen.getByLabelText(/^Descrizione/), 'Servizi digitali comuni.');
    await pickLead('Macerata', 'PB1');
    await addMember('Tolentino', 'PB2', ' 45 ', '2026-11-20', 'GIUNTA');
    await addMember('Camerino', 'PB3', '12', '2026-11-18', 'CONSIGLIO');
    expect(screen.getByTestId('aggregation-members-count')).toHaveTextContent('2 enti aderenti oltre al capofila');
    const rows = screen.getAllByTestId('aggregation-member');
    expect(rows[0]).toHaveTextContent('Comune di TolentinoGiunta n. 45 del 20/11/2026');
    await userEvent.click(screen.getByRole('button', { name: 'Togli Comune di Camerino' }));
    expect(screen.getByTestId('aggregation-members-count')).toHaveTextContent('1 ente aderente oltre al capofila');
    await fillAct();
    await userEvent.click(screen.getByRole('button', { name: 'Invia la proposta' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        name: 'Alto Maceratese', description: 'Servizi digitali comuni.', leadID: 'PB1',
        members: [{ bodyID: 'PB2', resolutionNumber: '45', resolutionDate: '2026-11-20', resolutionOrgan: 'GIUNTA' }],
        actKind: 'DECRETO_NOMINA', actNumber: '7/2026', actDate: '2026-12-01', actIssuer: 'Sindaco del Comune di Macerata', note: null, act: pdf,
      },
    });
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(screen.getByTestId('aggregation-request-sent')).toHaveTextContent('Proposta inviata');
    expect(screen.getByTestId('aggregation-members-count')).toHaveTextContent('0 enti aderenti');
  }, slow);

  it('says what is missing next to each field and sends nothing', async () => {
    const { client: c, executeMutation } = client([]);
    render(<Provider value={c}><AggregationRequestForm onDone={vi.fn()} /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Invia la proposta' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Nome dell’aggregazione/)).toHaveAccessibleDescription(/Indica il nome dell’aggregazione\./);
    expect(screen.getByLabelText(/^Ente capofila/)).toHaveAccessibleDescription('Scegli l’ente capofila.');
    expect(screen.getByRole('group', { name: 'Enti aderenti' })).toHaveAccessibleDescription(/Aggiungi almeno un ente aderente\./);
    expect(screen.getByLabelText('Allega l’atto (PDF)')).toHaveAccessibleDescription(/Allega l’atto di nomina in PDF\./);
    await waitFor(() => expect(screen.getByLabelText(/^Nome dell’aggregazione/)).toHaveFocus());

    // A member needs its resolution, and neither the lead nor a body twice.
    await pickLead('Macerata', 'PB1');
    await addMember('Tolentino', 'PB2', '', '', 'CONSIGLIO');
    expect(screen.getByLabelText(/^Numero della delibera/)).toHaveAccessibleDescription('Indica il numero della delibera.');
    expect(screen.getByLabelText(/^Data della delibera/)).toHaveAccessibleDescription('Indica la data della delibera.');
    expect(screen.queryAllByTestId('aggregation-member')).toHaveLength(0);
    await addMember('Macerata', 'PB1', '1', '2026-11-20', 'CONSIGLIO');
    expect(screen.getByLabelText(/^Ente aderente/)).toHaveAccessibleDescription('Comune di Macerata è già il capofila.');
    await addMember('Tolentino', 'PB2', '45', '2026-11-20', 'GIUNTA');
    await addMember('Tolentino', 'PB2', '46', '2026-11-21', 'GIUNTA');
    expect(screen.getByLabelText(/^Ente aderente/)).toHaveAccessibleDescription('Comune di Tolentino è già tra gli enti aderenti.');
    expect(screen.getAllByTestId('aggregation-member')).toHaveLength(1);

    await userEvent.upload(screen.getByLabelText('Allega l’atto (PDF)'), new File([new Uint8Array((10 << 20) + 1)], 'grande.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Invia la proposta' }));
    expect(screen.getByLabelText('Allega l’atto (PDF)')).toHaveAccessibleDescription(/L’atto supera i 10 MB ammessi\./);
    expect(executeMutation).not.toHaveBeenCalled();
  }, slow);

  it('shows each refusal of the server on its field, and the others above the form', async () => {
    const refusal = (message: string, extensions: Record<string, string>) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions }] }) });
    const { client: c, executeMutation } = client([
      refusal('Ente 1: è il capofila.', { code: 'INVALID', rule: 'aggregation.duplicate_member', field: 'members' }),
      refusal('Comune di Macerata guida già un\'aggregazione di nome «Alto Maceratese».', { code: 'CONFLICT', rule: 'aggregation.exists' }),
      refusal('L\'atto di nomina va allegato in PDF.', { code: 'INVALID', rule: 'access_request.act_type', field: 'act' }),
      refusal('Hai già chiesto di costituire l\'aggregazione «Alto Maceratese»: la richiesta attende una decisione.', { code: 'CONFLICT', rule: 'access_request.pending' }),
    ]);
    render(<Provider value={c}><AggregationRequestForm onDone={vi.fn()} /></Provider>);
    await userEvent.type(screen.getByLabelText(/^Nome dell’aggregazione/), 'Alto Maceratese');
    await pickLead('Macerata', 'PB1');
    await addMember('Tolentino', 'PB2', '45', '2026-11-20', 'GIUNTA');
    await fillAct();
    const send = () => userEvent.click(screen.getByRole('button', { name: 'Invia la proposta' }));

    await send();
    await waitFor(() => expect(screen.getByRole('group', { name: 'Enti aderenti' })).toHaveAccessibleDescription(/Ente 1: è il capofila\./));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await send();
    await waitFor(() => expect(screen.getByLabelText(/^Nome dell’aggregazione/)).toHaveAccessibleDescription(/guida già un'aggregazione di nome «Alto Maceratese»/));
    await waitFor(() => expect(screen.getByLabelText(/^Nome dell’aggregazione/)).toHaveFocus());

    await send();
    await waitFor(() => expect(screen.getByLabelText('Allega l’atto (PDF)')).toHaveAccessibleDescription(/va allegato in PDF/));

    await send();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('la richiesta attende una decisione'));
    expect(executeMutation).toHaveBeenCalledTimes(4);
  }, slow);
});
