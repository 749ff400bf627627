import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { DeliverableCard } from './DeliverableCard';
import type { DeliverableRow } from './useDeliverables';

const base: DeliverableRow = {
  __typename: 'Deliverable',
  id: 'DV1',
  title: 'Conservazione a norma attivata',
  description: null,
  status: 'PLANNED',
  dueOn: '2026-09-30',
  deliveredOn: null,
  progressNote: null,
  body: { __typename: 'PublicBody', id: 'PB1', name: 'Comune di Grottammare' },
  interventionLine: { __typename: 'InterventionLine', id: 'IL1', code: 'C', name: 'Conservazione digitale' },
  documents: { __typename: 'DocumentConnection', totalCount: 0, edges: [] },
} as DeliverableRow;

function client(result: unknown) {
  const executeMutation = vi.fn((op) => fromValue({ operation: op, stale: false, hasNext: false, ...(result as object) }));
  return { client: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('DeliverableCard', () => {
  it('offers the next step to the member and sends the transition', async () => {
    const { client: c, executeMutation } = client({ data: { transitionDeliverable: { ...base, status: 'IN_PROGRESS' } } });
    render(
      <Provider value={c}>
        <DeliverableCard deliverable={base} canWork canReview={false} />
      </Provider>,
    );
    expect(screen.getByText('In ritardo')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Avvia i lavori/ }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ id: 'DV1', to: 'IN_PROGRESS', note: null });
    expect(await screen.findByText('Stato aggiornato: In corso.')).toBeInTheDocument();
  });

  it('shows the server refusal (no evidence) next to the actions', async () => {
    const { GraphQLError } = await import('graphql');
    const { CombinedError } = await import('@urql/core');
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Caricare almeno un documento che provi la consegna.', { extensions: { code: 'INVALID', field: 'documents' } })],
    });
    const { client: c } = client({ error });
    render(
      <Provider value={c}>
        <DeliverableCard deliverable={{ ...base, status: 'IN_PROGRESS' }} canWork canReview={false} />
      </Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /Segna come consegnato/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Caricare almeno un documento che provi la consegna.');
  });

  it('shows no actions to who only reads, and review actions to the lead', () => {
    const { client: c } = client({});
    const { rerender } = render(
      <Provider value={c}>
        <DeliverableCard deliverable={{ ...base, status: 'DELIVERED' }} canWork={false} canReview={false} />
      </Provider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <Provider value={c}>
        <DeliverableCard deliverable={{ ...base, status: 'DELIVERED' }} canWork canReview />
      </Provider>,
    );
    expect(screen.getByRole('button', { name: /Accetta/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Respingi/ })).toBeInTheDocument();
  });
});
