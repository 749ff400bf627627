import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { CalendarFeedsPage } from './CalendarFeedsPage';

const feeds = {
  me: {
    id: 'US1',
    calendarFeeds: {
      edges: [
        { node: { id: 'CF1', prefix: 'cal_Ab12Cd', createdAt: '2026-12-01T09:00:00Z', lastUsedAt: '2026-12-06T08:00:00Z', revokedAt: null } },
        { node: { id: 'CF2', prefix: 'cal_Zz99Yy', createdAt: '2026-11-01T09:00:00Z', lastUsedAt: null, revokedAt: '2026-11-02T10:00:00Z' } },
      ],
    },
  },
};

function client(mutations: unknown[]) {
  const executeQuery = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: feeds }));
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(mutations.shift() as object) }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('CalendarFeedsPage', () => {
  it('lists the feeds, shows a new address once with a copy button and the instructions', async () => {
    const url = 'https://capofila.example.it/calendar/cal_Nu0v0xyz.ics';
    const { client: c, executeMutation } = client([
      { data: { createCalendarFeed: { url, calendarFeed: { id: 'CF3', prefix: 'cal_Nu0v0x', createdAt: '2026-12-07T07:00:00Z', lastUsedAt: null, revokedAt: null } } } },
    ]);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Provider value={c}><CalendarFeedsPage /></Provider>);

    expect(screen.getByRole('heading', { level: 1, name: 'Calendario delle scadenze' })).toBeInTheDocument();
    const rows = screen.getAllByTestId('calendar-feed');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('cal_Ab12Cd…');
    expect(rows[0]).toHaveTextContent('06/12/2026, 09:00');
    expect(rows[1]).toHaveTextContent('mai');
    expect(rows[1]).toHaveTextContent('Revocato il 02/11/2026, 11:00');
    expect(within(rows[1]).queryByRole('button')).toBeNull();
    const howTo = screen.getByTestId('calendar-howto');
    for (const app of ['Microsoft Outlook', 'Mozilla Thunderbird', 'Google Calendar']) expect(howTo).toHaveTextContent(app);
    expect(screen.queryByTestId('calendar-created')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Crea un indirizzo del calendario' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const created = await screen.findByTestId('calendar-created');
    expect(within(created).getByLabelText('Indirizzo del calendario')).toHaveValue(url);
    expect(created).toHaveTextContent('non sarà più mostrato');
    await userEvent.click(within(created).getByRole('button', { name: 'Copia' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await within(created).findByText('Indirizzo copiato negli appunti.')).toBeInTheDocument();
  });

  it('revokes a feed only after the confirmation, and shows the limit refusal', async () => {
    const limit = new CombinedError({ graphQLErrors: [{ message: 'Si possono avere al massimo 5 calendari attivi: revocarne uno prima di crearne un altro.',
      extensions: { code: 'INVALID', rule: 'calendarFeed.limit' } }] });
    const { client: c, executeMutation } = client([
      { data: { revokeCalendarFeed: { id: 'CF1', revokedAt: '2026-12-07T07:00:00Z' } } },
      { error: limit },
    ]);
    render(<Provider value={c}><CalendarFeedsPage /></Provider>);

    await userEvent.click(screen.getByRole('button', { name: 'Revoca l’indirizzo cal_Ab12Cd…' }));
    const dialog = screen.getByTestId('calendar-revoke-confirm');
    expect(dialog).toHaveTextContent('cal_Ab12Cd');
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoca' }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ id: 'CF1' });
    await waitFor(() => expect(screen.queryByTestId('calendar-revoke-confirm')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Crea un indirizzo del calendario' }));
    expect(await screen.findByTestId('calendar-error')).toHaveTextContent('al massimo 5 calendari attivi');
    expect(screen.queryByTestId('calendar-created')).toBeNull();
  });
});
