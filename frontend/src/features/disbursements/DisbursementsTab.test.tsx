import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { DisbursementsTab, nextDisbursementStatus } from './DisbursementsTab';
import { ProjectStateActions, projectMoves } from './ProjectStateActions';

// Marche Sud: 1.608.615,45 € granted (EU 50%, State 35%, Region 15%), a
// 30% advance paid (482.584,64 €, half a cent rounded up), then at
// completion 80% of 48.934,97 € admitted is 39.147,98 €: the lead returns
// 443.436,66 €, split like the grant.
const project = {
  __typename: 'Project', id: 'PR1', status: 'COMPLETED', grantedCents: 160_861_545,
  disbursements: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges: [
    { node: { id: 'DS2', kind: 'RECOVERY', amountCents: 44_343_666, euCents: 22_171_833, stateCents: 15_520_283, regionCents: 6_651_550,
      admittedToDateCents: 4_893_497, status: 'REQUESTED', requestedOn: '2028-05-02', approvedOn: null, paidOn: null, claim: null } },
    { node: { id: 'DS1', kind: 'ADVANCE', amountCents: 48_258_464, euCents: 24_129_232, stateCents: 16_890_462, regionCents: 7_238_770,
      admittedToDateCents: 0, status: 'PAID', requestedOn: '2026-07-01', approvedOn: '2026-07-03', paidOn: '2026-07-10', claim: null } },
  ] },
  disbursementPlan: {
    grantedCents: 160_861_545, contributionRateBp: 8000, advanceBp: 3000, advanceCents: 48_258_464, interimMaxBp: 8000, interimCapCents: 128_689_236,
    admittedToDateCents: 4_893_497, contributionCents: 3_914_798, disbursedCents: 3_914_798, paidCents: 48_258_464, interimDueCents: 0, balanceDueCents: 0,
  },
  acceptedClaims: { edges: [] },
};

function client() {
  const executeQuery = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: { node: project } }));
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, data: { transitionProject: { id: 'PR1', status: 'SUSPENDED' } } }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('disbursements and project state by role', () => {
  it('lets the officer approve a requested disbursement; others only read it', async () => {
    const officer = client();
    const { unmount } = render(<Provider value={officer.client}><DisbursementsTab projectID="PR1" canRequest canDecide /></Provider>);
    const [recovery, advance] = screen.getAllByTestId('disbursement');
    expect(advance).toHaveTextContent('482.584,64 €');
    expect(advance).toHaveTextContent('UE 241.292,32 €');
    expect(advance).toHaveTextContent('Stato 168.904,62 €');
    expect(advance).toHaveTextContent('Regione 72.387,70 €');
    expect(recovery).toHaveTextContent('Recupero');
    expect(recovery).toHaveTextContent('− 443.436,66 €');
    expect(recovery).toHaveTextContent('da restituire dal capofila');
    expect(recovery).toHaveTextContent('su 48.934,97 € ammessi');
    const plan = screen.getByTestId('disbursement-plan');
    expect(plan).toHaveTextContent('80%');
    expect(plan).toHaveTextContent('Contributo sulle spese ammesse (80%)39.147,98 €');
    expect(plan).toHaveTextContent('Anticipo (30% del concesso)482.584,64 €');
    expect(screen.getByRole('button', { name: /Approva/ })).toBeInTheDocument();
    expect(screen.getByTestId('disbursement-form')).toBeInTheDocument();
    unmount();
    const lead = client();
    render(<Provider value={lead.client}><DisbursementsTab projectID="PR1" canRequest={false} canDecide={false} /></Provider>);
    expect(screen.queryByRole('button', { name: /Approva/ })).toBeNull();
    expect(screen.queryByTestId('disbursement-form')).toBeNull();
    expect(screen.getByText(/disposte dalla Regione/)).toBeInTheDocument();
  });

  it('asks for a confirmation before suspending a project', async () => {
    const c = client();
    const onDone = vi.fn();
    render(<Provider value={c.client}><ProjectStateActions id="PR1" title="Marche Sud digitale" status="ACTIVE" onDone={onDone} /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Sospendi il progetto' }));
    expect(c.executeMutation).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Sospendere il progetto «Marche Sud digitale»?');
    await userEvent.click(screen.getByRole('button', { name: 'Sì, sospendi' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({ id: 'PR1', to: 'SUSPENDED' });
    expect(onDone).toHaveBeenCalled();
  });

  it('follows the lifecycles', () => {
    expect(nextDisbursementStatus('REQUESTED')).toBe('APPROVED');
    expect(nextDisbursementStatus('PAID')).toBeNull();
    expect(projectMoves('SUSPENDED')).toEqual(['ACTIVE']);
    expect(projectMoves('REVOKED')).toEqual([]);
  });
});
