import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { NewProcurementForm } from './NewProcurementForm';
import type { ProjectSetup } from './useProcurementActions';

const setup = {
  __typename: 'Project', id: 'PR1', status: 'ACTIVE', cup: 'D79J25000120006',
  aggregation: {
    id: 'AG1', lead: { id: 'PB1', name: 'Comune di San Benedetto del Tronto' },
    memberships: { totalCount: 2, edges: [
      { node: { id: 'M1', role: 'LEAD', body: { id: 'PB1', name: 'Comune di San Benedetto del Tronto', population: 47000 } } },
      { node: { id: 'M2', role: 'MEMBER', body: { id: 'PB2', name: 'Comune di Grottammare', population: 15000 } } },
    ] },
  },
  call: { id: 'CA1', advanceBp: 3000, expenseCategories: { edges: [] }, interventionLines: { edges: [] } },
} as unknown as ProjectSetup;

const warning = 'Sopra 140.000 € per servizi serve una procedura negoziata.';

function client(results: unknown[]) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(results.shift() as object) }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('NewProcurementForm', () => {
  it('tells what is missing next to the fields, without calling the server', async () => {
    const { client: c, executeMutation } = client([]);
    render(<Provider value={c}><NewProcurementForm projectID="PR1" setup={setup} onDone={vi.fn()} onCancel={vi.fn()} /></Provider>);
    await userEvent.type(screen.getByLabelText(/Base d’asta/), '12,345');
    await userEvent.click(screen.getByRole('button', { name: 'Registra la procedura' }));
    expect(screen.getByLabelText(/Oggetto della procedura/)).toHaveAccessibleDescription('Indica l’oggetto della procedura.');
    expect(screen.getByLabelText(/Base d’asta/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Oggetto della procedura/)).toHaveFocus();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('shows the threshold warning of the server and sends the acknowledgement once confirmed', async () => {
    const refusal = new CombinedError({ graphQLErrors: [{ message: `Confermare di aver preso visione: ${warning}`,
      extensions: { code: 'INVALID', field: 'thresholdWarningAcknowledged', rule: 'procurement.warning_unacknowledged' } }] });
    const onDone = vi.fn();
    const { client: c, executeMutation } = client([{ error: refusal }, { data: { createProcurement: { id: 'PC1', title: 'x', status: 'PLANNED', thresholdWarnings: [warning] } } }]);
    render(<Provider value={c}><NewProcurementForm projectID="PR1" setup={setup} onDone={onDone} onCancel={vi.fn()} /></Provider>);
    await userEvent.type(screen.getByLabelText(/Oggetto della procedura/), 'Portale dei servizi');
    await userEvent.type(screen.getByLabelText(/Base d’asta/), '180.000,00');
    await userEvent.click(screen.getByRole('button', { name: 'Registra la procedura' }));
    expect(executeMutation.mock.calls[0][0].variables.input).toMatchObject({ baseCents: 18_000_000, procedureType: 'DIRECT_AWARD', beneficiaryIDs: null });
    expect(await screen.findByTestId('threshold-warning')).toHaveTextContent(warning);
    await userEvent.click(screen.getByRole('button', { name: 'Registra la procedura' }));
    expect(screen.getByLabelText(/Ho preso visione/)).toHaveAccessibleDescription(expect.stringContaining('Confermare di aver preso visione'));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByLabelText(/Ho preso visione/));
    await userEvent.click(screen.getByRole('button', { name: 'Registra la procedura' }));
    expect(executeMutation.mock.calls[1][0].variables.input.thresholdWarningAcknowledged).toBe(true);
    expect(onDone).toHaveBeenCalled();
  });
});
