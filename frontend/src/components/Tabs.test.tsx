import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tabs } from './Tabs';

function Harness() {
  const [active, setActive] = useState('a');
  return (
    <Tabs label="Attuazione" active={active} onChange={setActive} tabs={[{ key: 'a', label: 'Procedure' }, { key: 'b', label: 'Fatture' }, { key: 'c', label: 'Prodotti' }]}>
      <p>pannello {active}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('follows the ARIA tabs pattern: one tab stop, arrows/Home/End move and select, the panel is labelled by its tab', async () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(screen.getByRole('tabpanel', { name: 'Procedure' })).toHaveTextContent('pannello a');
    await userEvent.tab();
    expect(tabs[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Fatture' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Fatture' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Fatture' })).toHaveTextContent('pannello b');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Prodotti' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Procedure' })).toHaveAttribute('aria-selected', 'true');
  });
});
