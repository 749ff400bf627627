import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { AllocationTable, sumFigures, type AllocationRow } from './AllocationTable';
import type { Figures } from './useProject';

const plain = (s: string | null) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');

function figures(allocated: number, committed: number, invoiced: number, paid: number, claimed: number, admitted: number): Figures {
  return {
    __typename: 'AllocationFigures',
    allocatedCents: allocated,
    committedCents: committed,
    invoicedCents: invoiced,
    paidCents: paid,
    claimedCents: claimed,
    admittedCents: admitted,
    remainingCents: allocated - committed,
    spentBp: Math.round((paid * 10000) / allocated),
    population: 1000,
  };
}

const rows: AllocationRow[] = [
  { body: { id: 'B2', name: 'Comune di Grottammare' }, figures: figures(4684500, 1070090, 533196, 413270, 236154, 0) },
  { body: { id: 'B1', name: 'Comune di Acquasanta Terme' }, figures: figures(915000, 209015, 104146, 80722, 46127, 46127) },
  { body: { id: 'B3', name: 'Comune di Ascoli Piceno' }, figures: figures(7000000, 3423603, 1705887, 1322200, 755543, 700000) },
];
const totals = (() => {
  const s = sumFigures(rows);
  return { __typename: 'AllocationFigures' as const, ...s, spentBp: Math.round((s.paidCents * 10000) / s.allocatedCents), population: 3000 };
})();

describe('AllocationTable', () => {
  it('lists members by name with every figure and the % spent, and the totals row', () => {
    render(<AllocationTable rows={rows} totals={totals} />);
    const table = screen.getByRole('table');
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Ente', 'Assegnato', 'Impegnato', 'Fatturato', 'Pagato', 'Rendicontato', 'Ammesso', 'Residuo', '% spesa']);
    const body = within(table).getAllByRole('row').slice(1, -1);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Comune di Acquasanta Terme',
      'Comune di Ascoli Piceno',
      'Comune di Grottammare',
    ]);
    expect(plain(body[2].textContent)).toContain('46.845,00 €');
    expect(plain(body[2].textContent)).toContain('36.144,10 €'); // remaining = allocated − committed
    expect(plain(body[2].textContent)).toContain('8,82%');

    const foot = screen.getByTestId('summary-totals');
    expect(within(foot).getByRole('rowheader')).toHaveTextContent('Totale progetto');
    // The totals row equals the sum of the members' rows.
    expect(plain(foot.querySelector('[data-col="allocatedCents"]')!.textContent)).toBe('125.995,00 €');
    expect(plain(foot.querySelector('[data-col="paidCents"]')!.textContent)).toBe('18.161,92 €');
    expect(plain(foot.querySelector('[data-col="admittedCents"]')!.textContent)).toBe('7.461,27 €');
    expect(plain(foot.querySelector('[data-col="remainingCents"]')!.textContent)).toBe('78.967,92 €');
    expect(foot.querySelector('[data-col="spentBp"]')).toHaveTextContent('14,41%');
  });

  it('pages long lists and filters by name, keeping the project totals', async () => {
    const many: AllocationRow[] = Array.from({ length: 20 }, (_, i) => ({
      body: { id: `B${i}`, name: `Comune ${String(i).padStart(2, '0')}` },
      figures: figures(1000 + i, 0, 0, 0, 0, 0),
    }));
    const t = { __typename: 'AllocationFigures' as const, ...sumFigures(many), spentBp: 0, population: 0 };
    render(<AllocationTable rows={many} totals={t} pageSize={8} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 8 + 1);
    expect(screen.getByText('Pagina 1 di 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Successiva' }));
    expect(screen.getByText('Comune 08')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Cerca ente per nome'), 'comune 1');
    expect(screen.getByTestId('summary-count')).toHaveTextContent('10 di 20 enti');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 8 + 1);
    expect(screen.getByText('Pagina 1 di 2')).toBeInTheDocument();
    expect(plain(screen.getByTestId('summary-totals').querySelector('[data-col="allocatedCents"]')!.textContent)).toBe('201,90 €');
  });
});
