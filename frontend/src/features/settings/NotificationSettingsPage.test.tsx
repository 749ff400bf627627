import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { NotificationSettingsPage } from './NotificationSettingsPage';

const prefs = [
  { kind: 'APPLICATION_DECIDED', label: 'Esito di una domanda di finanziamento', delivery: 'IMMEDIATE', version: 0 },
  { kind: 'DEADLINE_REMINDER', label: 'Scadenze in arrivo o superate', delivery: 'DAILY', version: 3 },
];

function client(mutations: unknown[]) {
  const executeQuery = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: { notificationPreferences: prefs } }));
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(mutations.shift() as object) }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeQuery, executeMutation };
}

describe('NotificationSettingsPage', () => {
  it('shows every kind with its current delivery and saves a choice with the version read', async () => {
    const { client: c, executeMutation } = client([{ data: { setNotificationPreference: { ...prefs[1], delivery: 'OFF', version: 4 } } }]);
    render(<Provider value={c}><NotificationSettingsPage /></Provider>);
    expect(screen.getByRole('heading', { name: 'Notifiche via e-mail' })).toBeInTheDocument();
    const decided = screen.getByRole('group', { name: 'Esito di una domanda di finanziamento' });
    expect(within(decided).getByRole('radio', { name: 'Subito' })).toBeChecked();
    const deadlines = screen.getByRole('group', { name: 'Scadenze in arrivo o superate' });
    expect(within(deadlines).getByRole('radio', { name: 'Riepilogo giornaliero' })).toBeChecked();
    await userEvent.click(within(deadlines).getByRole('radio', { name: 'Mai' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ kind: 'DEADLINE_REMINDER', delivery: 'OFF', version: 3 });
    await waitFor(() => expect(screen.getByTestId('saved')).toHaveTextContent('«Scadenze in arrivo o superate»: Mai. Preferenza salvata.'));
  });

  it('shows a conflict and reloads the choices', async () => {
    const conflict = new CombinedError({ graphQLErrors: [{ message: 'Il dato è stato modificato da un altro utente nel frattempo.', extensions: { code: 'CONFLICT', rule: 'version.stale' } }] });
    const { client: c, executeQuery, executeMutation } = client([{ error: conflict }]);
    render(<Provider value={c}><NotificationSettingsPage /></Provider>);
    const decided = screen.getByRole('group', { name: 'Esito di una domanda di finanziamento' });
    await userEvent.click(within(decided).getByRole('radio', { name: 'Riepilogo giornaliero' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ kind: 'APPLICATION_DECIDED', delivery: 'DAILY', version: 0 });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('data-error-kind', 'CONFLICT'));
    expect(executeQuery.mock.calls.length).toBeGreaterThan(1);
  });
});
