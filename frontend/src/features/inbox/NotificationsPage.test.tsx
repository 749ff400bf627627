import { describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { fromValue } from 'wonka';
import '../../i18n';
import { NotificationsPage } from './NotificationsPage';
import { NotificationBell } from './NotificationBell';

const notes = [
  {
    __typename: 'Notification', id: 'NT1', kind: 'CLAIM_CHANGES_REQUESTED', title: 'Rendiconto n. 2: il controllore chiede modifiche',
    body: 'Allegare la quietanza del mandato 205.', path: '/rendiconti/EC2', dueOn: null, readAt: null, createdAt: '2026-12-07T08:15:00Z',
  },
  {
    __typename: 'Notification', id: 'NT2', kind: 'DEADLINE_REMINDER', title: 'Scade tra 7 giorni: Consegna di «Pagamenti online»',
    body: null, path: '/progetti/PR1/prodotti', dueOn: '2026-12-14', readAt: '2026-12-07T09:00:00Z', createdAt: '2026-12-07T06:00:00Z',
  },
];

function fakeClient(unread: number) {
  const executeMutation = vi.fn((op: unknown) => fromValue({ operation: op, stale: false, hasNext: false, data: { markNotificationsRead: 1 } }));
  const executeQuery = vi.fn((op: { variables: { unreadOnly?: boolean } }) =>
    fromValue({
      operation: op, stale: false, hasNext: false,
      data: {
        unreadNotificationCount: unread,
        notifications: {
          __typename: 'NotificationConnection', totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: notes.map((node) => ({ __typename: 'NotificationEdge', node })),
        },
      },
    }),
  );
  return { client: { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client, executeMutation };
}

function renderAt(client: Client, element: ReactElement) {
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/notifiche']}>
        <Routes><Route path="/notifiche" element={element} /></Routes>
      </MemoryRouter>
    </Provider>,
  );
}

describe('NotificationsPage', () => {
  it('lists what happened with its kind, date, link and reason, and marks one or all read', async () => {
    const { client, executeMutation } = fakeClient(1);
    renderAt(client, <NotificationsPage />);
    const items = await screen.findAllByTestId('inbox-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Modifiche richieste al rendiconto', { exact: false })).toBeTruthy();
    expect(within(items[0]).getByRole('link', { name: /chiede modifiche/ }).getAttribute('href')).toBe('/rendiconti/EC2');
    expect(within(items[0]).getByText('Allegare la quietanza del mandato 205.')).toBeTruthy();
    expect(within(items[1]).getByText(/scadenza 14\/12\/2026/)).toBeTruthy();
    expect(within(items[1]).queryByRole('button', { name: /Segna come letta/ })).toBeNull();
    expect(screen.getByTestId('inbox-count').textContent).toContain('1 da leggere');

    await userEvent.click(within(items[0]).getByRole('button', { name: /Segna come letta/ }));
    expect(executeMutation.mock.calls[0][0]).toMatchObject({ variables: { ids: ['NT1'] } });
    await userEvent.click(screen.getByRole('button', { name: 'Segna tutte come lette' }));
    expect(executeMutation.mock.calls[1][0]).toMatchObject({ variables: { all: true } });
  });

  it('offers nothing to mark when every notification is read', async () => {
    renderAt(fakeClient(0).client, <NotificationsPage />);
    await screen.findAllByTestId('inbox-item');
    expect((screen.getByRole('button', { name: 'Segna tutte come lette' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('NotificationBell', () => {
  it('says how many are unread, in its name and its badge', async () => {
    renderAt(fakeClient(3).client, <NotificationBell />);
    const link = await screen.findByRole('link', { name: 'Notifiche: 3 non lette' });
    expect(link.getAttribute('href')).toBe('/notifiche');
    expect(screen.getByTestId('inbox-unread').textContent).toBe('3');
  });

  it('shows no badge when nothing is unread', async () => {
    renderAt(fakeClient(0).client, <NotificationBell />);
    await screen.findByRole('link', { name: 'Notifiche' });
    expect(screen.queryByTestId('inbox-unread')).toBeNull();
  });
});
