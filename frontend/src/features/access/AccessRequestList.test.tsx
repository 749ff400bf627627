import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import '../../i18n';
import { AccessRequestList, type MyRequest } from './AccessRequestList';

const asked: MyRequest = {
  __typename: 'AccessRequest',
  id: 'AQ7',
  version: 1,
  role: 'LEAD_MANAGER',
  scopeLabel: 'la nuova aggregazione «Alto Maceratese» (capofila Comune di Macerata, 1 enti aderenti)',
  actKind: 'DECRETO_NOMINA',
  actNumber: '7/2026',
  actDate: '2026-12-01',
  actIssuer: 'Sindaco del Comune di Macerata',
  actFilename: 'decreto-7-2026.pdf',
  actURL: '/access-requests/AQ7/act',
  note: null,
  status: 'PENDING',
  reason: null,
  createdAt: '2026-12-07T09:00:00+01:00',
  decidedAt: null,
  proposal: {
    __typename: 'AggregationProposal',
    name: 'Alto Maceratese',
    description: '',
    leadBodyID: 'PB1',
    leadBodyName: 'Comune di Macerata',
    members: [{ __typename: 'ProposedMember', bodyID: 'PB2', bodyName: 'Comune di Tolentino', resolutionNumber: '45', resolutionDate: '2026-11-20', resolutionOrgan: 'GIUNTA', joinedOn: null }],
  },
  roleAssignment: null,
};

describe('AccessRequestList', () => {
  it('sums up a proposal (name, capofila, how many members) and, once approved, links the aggregation formed', () => {
    const { rerender } = render(<MemoryRouter><AccessRequestList rows={[asked]} /></MemoryRouter>);
    const row = screen.getByTestId('my-access-request');
    expect(within(row).getByTestId('proposal-summary')).toHaveTextContent('«Alto Maceratese»: capofila Comune di Macerata, 1 ente aderente');
    expect(within(row).getAllByTestId('proposal-member')[0]).toHaveTextContent('Comune di Tolentino4520/11/2026Giunta');
    expect(within(row).queryByRole('link', { name: /Apri l’aggregazione/ })).not.toBeInTheDocument();
    const approved: MyRequest = { ...asked, status: 'APPROVED', roleAssignment: { id: 'RA9', aggregationID: 'AG5' } };
    rerender(<MemoryRouter><AccessRequestList rows={[approved]} /></MemoryRouter>);
    expect(screen.getByRole('link', { name: 'Apri l’aggregazione Alto Maceratese' })).toHaveAttribute('href', '/aggregazioni/AG5');
  });
});
