import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../i18n';
import { FiguresBars } from './FiguresBars';

const plain = (s: string | null) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');

describe('FiguresBars', () => {
  it('writes every figure with its share of the allocation; the bars are hidden from assistive technology', () => {
    const { container } = render(
      <FiguresBars
        caption="Andamento della quota di Comune di Grottammare"
        figures={{
          __typename: 'AllocationFigures', allocatedCents: 4684500, committedCents: 1070090, invoicedCents: 533196, paidCents: 413270,
          claimedCents: 236154, admittedCents: 0, remainingCents: 3614410, spentBp: 882, population: 15615,
        }}
      />,
    );
    expect(screen.getByRole('table', { name: 'Andamento della quota di Comune di Grottammare' })).toBeInTheDocument();
    expect(plain(screen.getByTestId('figure-allocatedCents').textContent)).toBe('46.845,00 €');
    expect(plain(screen.getByTestId('figure-paidCents').textContent)).toBe('4.132,70 €');
    expect(screen.getByRole('row', { name: /Impegnato/ })).toHaveTextContent('22,84% dell’assegnato');
    expect(screen.getByTestId('figure-spentBp')).toHaveTextContent('8,82%');
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(7);
    svgs.forEach((s) => expect(s).toHaveAttribute('aria-hidden', 'true'));
  });
});
