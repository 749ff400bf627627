import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { AccessQueue, type QueuedRequest } from './AccessQueue';

const request: QueuedRequest = {
  __typename: 'AccessRequest',
  id: 'AQ1',
  version: 1,
  role: 'MEMBER_REFERENT',
  scopeLabel: "Comune di Grottammare nell'aggregazione Marche Sud",
  actKind: 'DECRETO_NOMINA',
  actNumber: '12/2026',
  actDate: '2026-11-30',
  actIssuer: 'Sindaco del Comune di Grottammare',
  actFilename: 'decreto-12-2026.pdf',
  actURL: '/access-requests/AQ1/act',
  note: null,
  status: 'PENDING',
  reason: null,
  createdAt: '2026-12-01T09:00:00+01:00',
  decidedAt: null,
  proposal: null,
  user: { id: 'US9', displayName: 'Mario Rossi', email: 'mario.rossi@comune.grottammare.ap.it' },
};

describe('AccessQueue', () => {
  it('shows who asks, the act with its PDF, and approves', async () => {
    const decide = vi.fn().mockResolvedValue({});
    render(<AccessQueue rows={[request]} decide={decide} />);
    const row = screen.getByTestId('access-queue-row');
    expect(row).toHaveTextContent('Mario Rossi (mario.rossi@comune.grottammare.ap.it) chiede:');
    expect(row).toHaveTextContent("Referente di un ente aderente — Comune di Grottammare nell'aggregazione Marche Sud");
    expect(within(row).getByRole('link', { name: /decreto-12-2026\.pdf/ })).toHaveAttribute('href', '/access-requests/AQ1/act');
    await userEvent.click(within(row).getByRole('button', { name: 'Approva' }));
    expect(decide).toHaveBeenCalledWith(request, true, '');
  });

  it('refuses only with a reason', async () => {
    const decide = vi.fn().mockResolvedValue({});
    render(<AccessQueue rows={[request]} decide={decide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Respingi' }));
    await userEvent.click(screen.getByRole('button', { name: 'Conferma il rifiuto' }));
    expect(decide).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Indica il motivo del rifiuto.');
    await userEvent.type(screen.getByLabelText(/^Motivo del rifiuto/), '  Il decreto nomina un altro funzionario. ');
    await userEvent.click(screen.getByRole('button', { name: 'Conferma il rifiuto' }));
    expect(decide).toHaveBeenCalledWith(request, false, 'Il decreto nomina un altro funzionario.');
  });

  it('shows a proposed aggregation: name, description, capofila, the members with their resolutions, the act; the admin approves it', async () => {
    const proposal: QueuedRequest = {
      ...request,
      id: 'AQ7',
      role: 'LEAD_MANAGER',
      scopeLabel: 'la nuova aggregazione «Alto Maceratese» (capofila Comune di Macerata, 2 enti aderenti)',
      actFilename: 'decreto-7-2026.pdf',
      actURL: '/access-requests/AQ7/act',
      proposal: {
        __typename: 'AggregationProposal',
        name: 'Alto Maceratese',
        description: 'Servizi digitali comuni.',
        leadBodyID: 'PB1',
        leadBodyName: 'Comune di Macerata',
        members: [
          { __typename: 'ProposedMember', bodyID: 'PB2', bodyName: 'Comune di Tolentino', resolutionNumber: '45', resolutionDate: '2026-11-20', resolutionOrgan: 'GIUNTA', joinedOn: null },
          { __typename: 'ProposedMember', bodyID: 'PB3', bodyName: 'Comune di Camerino', resolutionNumber: '', resolutionDate: null, resolutionOrgan: null, joinedOn: null },
        ],
      },
    };
    const decide = vi.fn().mockResolvedValue({});
    render(<AccessQueue rows={[proposal]} decide={decide} />);
    const row = screen.getByTestId('access-queue-row');
    expect(row).toHaveAttribute('data-proposal', 'Alto Maceratese');
    expect(within(row).getByTestId('proposal-summary')).toHaveTextContent('Costituzione di una nuova aggregazione — «Alto Maceratese»: capofila Comune di Macerata, 2 enti aderenti');
    expect(row).toHaveTextContent('Descrizione: Servizi digitali comuni.');
    const table = within(row).getByRole('table', { name: 'Enti aderenti proposti' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ente', 'Delibera n.', 'Data', 'Organo']);
    const members = within(table).getAllByTestId('proposal-member');
    expect(members.map((m) => [...m.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Comune di Tolentino', '45', '20/11/2026', 'Giunta'],
      ['Comune di Camerino', '—', '—', '—'],
    ]);
    expect(within(row).getByRole('link', { name: /decreto-7-2026\.pdf/ })).toHaveAttribute('href', '/access-requests/AQ7/act');
    await userEvent.click(within(row).getByRole('button', { name: 'Approva' }));
    expect(decide).toHaveBeenCalledWith(proposal, true, '');
  });

  it('says when nothing waits', () => {
    render(<AccessQueue rows={[]} decide={vi.fn()} />);
    expect(screen.getByTestId('access-queue-empty')).toHaveTextContent('Nessuna richiesta in attesa.');
  });
});
