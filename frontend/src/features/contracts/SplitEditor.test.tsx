import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { SplitEditor } from './SplitEditor';
import type { ContractSplitMethod } from '../../gql/graphql';

const bodies = [
  { id: 'A', name: 'Comune di Acquaviva Picena', population: 3000 },
  { id: 'B', name: 'Comune di Grottammare', population: 1000 },
];

function Harness({ cost }: { cost: number }) {
  const [method, setMethod] = useState<ContractSplitMethod>('POPULATION');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  return <SplitEditor idPrefix="t" method={method} onMethod={setMethod} beneficiaries={bodies} costCents={cost} amounts={amounts} onAmounts={setAmounts} />;
}

describe('SplitEditor', () => {
  it('prefills a custom split by population and shows the remainder live as amounts change', async () => {
    render(<Harness cost={100_000} />);
    await userEvent.click(screen.getByLabelText('Importi personalizzati'));
    expect(screen.getByLabelText('Comune di Acquaviva Picena')).toHaveValue('750,00');
    expect(screen.getByTestId('split-remainder')).toHaveTextContent('Le quote sommano 1.000,00 €');
    const b = screen.getByLabelText('Comune di Grottammare');
    await userEvent.clear(b);
    await userEvent.type(b, '200,00');
    expect(screen.getByTestId('split-remainder')).toHaveTextContent('Restano da ripartire 50,00 €');
    await userEvent.clear(b);
    await userEvent.type(b, '300');
    expect(screen.getByTestId('split-remainder')).toHaveTextContent('Le quote superano il costo di 50,00 €');
    await userEvent.clear(b);
    await userEvent.type(b, '2,505');
    expect(b).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Importo non valido/)).toBeInTheDocument();
  });
});
