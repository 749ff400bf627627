import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import { StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  it('labels statuses in Italian, and in English when chosen', async () => {
    const { rerender } = render(<StatusBadge status="INTEGRATION_REQUESTED" />);
    expect(screen.getByText('Integrazione richiesta')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    rerender(<StatusBadge status="INTEGRATION_REQUESTED" />);
    expect(screen.getByText('Integration requested')).toBeInTheDocument();
  });
});
