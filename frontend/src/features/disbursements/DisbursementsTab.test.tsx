import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { DisbursementsTab, nextDisbursementStatus } from './DisbursementsTab';
import { ProjectStateActions, projectMoves } from './ProjectStateActions';

const project = {
  __typename: 'Project', id: 'PR1', status: 'ACTIVE', grantedCents: 160_861_545,
  disbursements: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [
    { node: { id: 'DS1', kind: 'ADVANCE', amountCents: 48_258_463, status: 'REQUESTED', requestedOn: '2026-07-01', approvedOn: null, paidOn: null, claim: null } },
  ] },
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
    expect(screen.getByTestId('disbursement')).toHaveTextContent('482.584,63 €');
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
