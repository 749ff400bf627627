import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { LotForm } from './LotForm';

const legacy = 'Il CIG 8874674CA7 (CIG ordinario, rilasciato fino al 31/12/2023) non è quello di una procedura avviata dal 01/01/2024: la data di avvio della procedura è il 15/09/2025.';

function client(results: unknown[]) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(results.shift() as object) }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

const refusal = (rule: string, field: string, message: string) =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'INVALID', field, rule } }] });

async function fill(cig: string) {
  await userEvent.type(screen.getByLabelText(/Oggetto del lotto/), 'Lotto unico portale');
  await userEvent.type(screen.getByLabelText(/^CIG/), cig);
  await userEvent.type(screen.getByLabelText(/Base d’asta del lotto/), '12.000,00');
  await userEvent.click(screen.getByRole('button', { name: 'Aggiungi il lotto' }));
}

describe('LotForm', () => {
  it('shows a CIG issued before 2024 as a case to confirm and sends the acknowledgement once confirmed', async () => {
    const onDone = vi.fn();
    const { client: c, executeMutation } = client([
      { error: refusal('lot.cig_legacy', 'legacyCigAcknowledged', legacy) },
      { data: { createLot: { id: 'LT1', number: 1, cig: '8874674CA7', title: 'Lotto unico portale', baseCents: 1_200_000, legacyCigAcknowledged: true } } },
    ]);
    render(<Provider value={c}><LotForm procurementID="PC1" leftCents={1_200_000} onDone={onDone} onCancel={vi.fn()} /></Provider>);
    await fill('8874674ca7');
    expect(executeMutation.mock.calls[0][0].variables.input).toMatchObject({ cig: '8874674CA7', baseCents: 1_200_000, legacyCigAcknowledged: null });
    expect(await screen.findByTestId('cig-legacy-warning')).toHaveTextContent(legacy);
    const confirm = screen.getByLabelText(/Confermo: il lotto riguarda un contratto che prosegue/);
    await waitFor(() => expect(confirm).toHaveFocus());
    // Not confirmed: the form says so and does not call the server.
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi il lotto' }));
    expect(confirm).toHaveAccessibleDescription(expect.stringContaining('Conferma il caso'));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    await userEvent.click(confirm);
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi il lotto' }));
    expect(executeMutation.mock.calls[1][0].variables.input.legacyCigAcknowledged).toBe(true);
    expect(onDone).toHaveBeenCalled();
  });

  it('drops the confirmation when the CIG changes, and shows other refusals on the CIG field', async () => {
    const message = "Il CIG ordinario 8874674CA8 non è valido: i caratteri di controllo non corrispondono: verificare il codice sull'atto o sulla piattaforma ANAC.";
    const { client: c, executeMutation } = client([
      { error: refusal('lot.cig_legacy', 'legacyCigAcknowledged', legacy) },
      { error: refusal('cig.checksum', 'cig', message) },
    ]);
    render(<Provider value={c}><LotForm procurementID="PC1" leftCents={1_200_000} onDone={vi.fn()} onCancel={vi.fn()} /></Provider>);
    await fill('8874674CA7');
    await screen.findByTestId('cig-legacy-warning');
    const cig = screen.getByLabelText(/^CIG/);
    await userEvent.clear(cig);
    await userEvent.type(cig, '8874674CA8');
    expect(screen.queryByTestId('cig-legacy-warning')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi il lotto' }));
    expect(executeMutation.mock.calls[1][0].variables.input.legacyCigAcknowledged).toBeNull();
    await waitFor(() => expect(cig).toHaveAttribute('aria-invalid', 'true'));
    expect(cig).toHaveAccessibleDescription(expect.stringContaining('i caratteri di controllo non corrispondono'));
  });
});
