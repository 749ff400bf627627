import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { ItemDecisionForm, validateDecision } from './ItemDecisionForm';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');
const t = i18n.getFixedT('it');
const item = { id: 'EI1', claimedCents: 46127, admittedCents: null, cutReason: null, body: { name: 'Comune di Grottammare' } };

describe('validateDecision', () => {
  it('accepts a full admission without a reason and a cut with one', () => {
    expect(validateDecision(t, '461,27', '', 46127)).toEqual({ admittedCents: 46127, errors: {} });
    expect(validateDecision(t, '0', 'Spesa fuori periodo', 46127)).toEqual({ admittedCents: 0, errors: {} });
    expect(validateDecision(t, '200', 'Quota non documentata', 46127).admittedCents).toBe(20000);
  });

  it('refuses what the server would refuse, on the right field', () => {
    expect(validateDecision(t, 'abc', '', 46127).errors.admittedCents).toMatch(/importo in euro/);
    expect(validateDecision(t, '-1', 'x', 46127).errors.admittedCents).toMatch(/negativo/);
    expect(plain(validateDecision(t, '500', 'x', 46127).errors.admittedCents)).toContain('supera quello rendicontato (461,27 €)');
    const cut = validateDecision(t, '100', '  ', 46127);
    expect(cut.admittedCents).toBeNull();
    expect(plain(cut.errors.reason)).toBe('Indica il motivo della decurtazione di 361,27 €.');
  });
});

describe('ItemDecisionForm', () => {
  it('ties a missing reason to its field and does not send', async () => {
    const onDecide = vi.fn();
    render(<ItemDecisionForm item={item} onDecide={onDecide} onCancel={() => {}} />);
    const amount = screen.getByLabelText(/Importo ammesso/);
    expect(amount).toHaveValue('0,00');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la decisione' }));
    const reason = screen.getByLabelText(/Motivo della decurtazione/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Indica il motivo della decurtazione di 461,27/);
    expect(reason).toHaveFocus();
    expect(onDecide).not.toHaveBeenCalled();
  });

  it('sends the amount in cents with the reason, and shows the server refusal next to the field', async () => {
    const onDecide = vi.fn().mockResolvedValue([
      { kind: 'INVALID', field: 'reason', rule: 'review.cut_reason', message: 'Indicare il motivo del taglio di 261,27 €.' },
    ]);
    render(<ItemDecisionForm item={item} onDecide={onDecide} onCancel={() => {}} />);
    const amount = screen.getByLabelText(/Importo ammesso/);
    await userEvent.clear(amount);
    await userEvent.type(amount, '200');
    await userEvent.type(screen.getByLabelText(/Motivo della decurtazione/), 'Quota non documentata');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la decisione' }));
    expect(onDecide).toHaveBeenCalledWith(20000, 'Quota non documentata');
    expect(await screen.findByText('Indicare il motivo del taglio di 261,27 €.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Motivo della decurtazione/)).toHaveAttribute('aria-invalid', 'true');
  });
});
