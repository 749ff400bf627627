import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { ProfileForm } from './ProfileForm';

function client(results: unknown[]) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(results.shift() as object) }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('ProfileForm', () => {
  it('sends the name and the job title, trimmed; an empty job title clears it', async () => {
    const onDone = vi.fn();
    const { client: c, executeMutation } = client([{ data: { updateProfile: { id: 'US1', displayName: 'Laura Neroni', jobTitle: null } } }]);
    render(<Provider value={c}><ProfileForm userID="US1" displayName="Laura Neroni" jobTitle="Dirigente" own onDone={onDone} onCancel={vi.fn()} /></Provider>);
    expect(screen.getByRole('heading', { name: 'Il tuo nome e la tua qualifica' })).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^Qualifica/));
    await userEvent.type(screen.getByLabelText(/^Nome e cognome/), '  ');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(executeMutation.mock.calls[0][0].variables).toMatchObject({ userID: 'US1', input: { displayName: 'Laura Neroni', jobTitle: '' } });
    expect(onDone).toHaveBeenCalled();
  });

  it('refuses a blank name without calling the server and shows the server’s refusal on its field', async () => {
    const refusal = new CombinedError({ graphQLErrors: [{ message: 'La qualifica può avere al massimo 200 caratteri (le lettere accentate ne contano due): ne contiene 240.',
      extensions: { code: 'INVALID', field: 'jobTitle', rule: 'user.job_title' } }] });
    const { client: c, executeMutation } = client([{ error: refusal }]);
    render(<Provider value={c}><ProfileForm userID="US2" displayName="Paolo Rossi" onDone={vi.fn()} onCancel={vi.fn()} /></Provider>);
    const name = screen.getByLabelText(/^Nome e cognome/);
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(name).toHaveAccessibleDescription('Indica nome e cognome.');
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.type(name, 'Paolo Rossi');
    await userEvent.type(screen.getByLabelText(/^Qualifica/), 'Responsabile del servizio');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(screen.getByLabelText(/^Qualifica/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText(/^Qualifica/)).toHaveAccessibleDescription(expect.stringContaining('al massimo 200 caratteri'));
  });
});
