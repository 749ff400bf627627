import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import '../../i18n';
import { MemberTotalsTable } from './MemberTotalsTable';

const plain = (s: string | null) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');

describe('MemberTotalsTable', () => {
  it('shows amount and amount per inhabitant for each member, and the total', () => {
    render(
      <MemberTotalsTable
        rows={[
          { body: { id: 'PB1', name: 'Comune di Acquasanta Terme' }, amountCents: 1354200, population: 3050 },
          { body: { id: 'PB2', name: 'Comune di Ascoli Piceno' }, amountCents: 7000000, population: 49958 },
        ]}
        totalCents={8354200}
        population={53008}
        perInhabitantTotalCents={158}
      />,
    );
    const table = screen.getByRole('table');
    const [header, first, second] = within(table).getAllByRole('row');
    expect(header).toHaveTextContent(/Ente.*Abitanti.*Importo.*€\/abitante/);
    expect(plain(first.textContent)).toContain('3.050');
    expect(plain(first.textContent)).toContain('13.542,00 €');
    expect(plain(first.textContent)).toContain('4,44 €');
    expect(plain(second.textContent)).toContain('1,40 €');
    expect(plain(screen.getByTestId('grand-total').textContent)).toBe('83.542,00 €');
  });
});
