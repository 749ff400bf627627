import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import '../../i18n';
import { BudgetEditor } from './BudgetEditor';

const plain = (s: string | null) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');

function fakeClient() {
  const members = {
    node: {
      __typename: 'Aggregation',
      memberships: {
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          { node: { id: 'M1', role: 'LEAD', body: { id: 'B1', name: 'Comune di Ascoli Piceno', population: 49958, provinceCode: 'AP' } } },
          { node: { id: 'M2', role: 'MEMBER', body: { id: 'B2', name: 'Comune di Acquasanta Terme', population: 3050, provinceCode: 'AP' } } },
        ],
      },
    },
  };
  const lines = {
    node: {
      __typename: 'Application',
      budgetLines: {
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          { node: { id: 'BL1', bodyID: 'B1', interventionLineID: 'L1', expenseCategoryID: 'C1', year: 0, amountCents: 7100000 } },
          { node: { id: 'BL2', bodyID: 'B2', interventionLineID: 'L1', expenseCategoryID: 'C2', year: 0, amountCents: 1525000 } },
        ],
      },
    },
  };
  const query = vi.fn((doc: { definitions: { name?: { value: string } }[] }) => {
    const name = doc.definitions[0].name?.value;
    return { toPromise: async () => ({ data: name === 'BudgetEditorMembers' ? members : lines }) };
  });
  return { query, executeQuery: vi.fn(), executeMutation: vi.fn(), executeSubscription: vi.fn() } as unknown as Client;
}

describe('BudgetEditor', () => {
  it('shows the grid with live totals and places the call’s problems next to the member and cells they concern', async () => {
    render(
      <Provider value={fakeClient()}>
        <BudgetEditor
          applicationID="AP1"
          aggregationID="AG1"
          lines={[{ id: 'L1', code: 'A', name: 'Pagamenti online (pagoPA)' }]}
          categories={[{ id: 'C1', code: 'SERV', name: 'Servizi' }, { id: 'C2', code: 'SW', name: 'Software' }]}
          capPerMemberCents={7000000}
          problems={[{ rule: 'member.cap', message: 'Comune di Ascoli Piceno supera il massimo per ente di 1.000,00 €.', bodyID: 'B1', amountCents: 100000 }]}
          onSaved={() => {}}
        />
      </Provider>,
    );
    const ascoli = await screen.findByLabelText('Importo in euro: Comune di Ascoli Piceno, linea A Pagamenti online (pagoPA), categoria Servizi');
    expect(ascoli).toHaveValue('71.000,00');
    expect(plain(screen.getByTestId('grid-grand-total').textContent)).toBe('86.250,00 €');
    // The member problem is written next to the member's rows and its cells point to it.
    const group = screen.getAllByTestId('budget-member').find((g) => g.getAttribute('data-body') === 'B1')!;
    expect(within(group).getByTestId('member-problems')).toHaveTextContent('supera il massimo per ente');
    const describedBy = ascoli.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)).toHaveTextContent('supera il massimo per ente');
    expect(screen.getByTestId('budget-problems')).toHaveTextContent('1 problema');

    // Typing updates the totals at once, in cents; a wrong amount is flagged and blocks nothing else.
    fireEvent.change(ascoli, { target: { value: '69.999,99' } });
    expect(plain(screen.getByTestId('grid-grand-total').textContent)).toBe('85.249,99 €');
    expect(plain(within(group).getByTestId('member-total').textContent)).toBe('69.999,99 €');
    expect(screen.getByTestId('budget-dirty')).toHaveTextContent('1 cella modificata');
    const other = screen.getByLabelText(/Comune di Acquasanta Terme, linea A .*categoria Software/);
    fireEvent.change(other, { target: { value: '12,3,4' } });
    expect(other).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Importo non valido: scrivi per esempio 1.234,56.')).toBeInTheDocument();

    // Arrow up moves to the same column of the row above (members are sorted by name).
    ascoli.focus();
    fireEvent.keyDown(ascoli, { key: 'ArrowUp' });
    expect(document.activeElement).toHaveAttribute('data-cell', 'Comune di Acquasanta Terme|A|SERV');
  });
});
