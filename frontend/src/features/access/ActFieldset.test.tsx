import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { ActFieldset, actInput, actProblems, maxActBytes, useActState } from './ActFieldset';

function Form({ ids }: { ids?: 'short' | 'fields' }) {
  const state = useActState();
  return (
    <>
      <ActFieldset idPrefix="f" ids={ids} {...state} errors={[]} />
      <output data-testid="input">{JSON.stringify(actInput(state.act))}</output>
    </>
  );
}

// Typing into a form takes a few seconds on a busy machine.
const slow = 20_000;

describe('ActFieldset', () => {
  it('keeps the kind and the other fields the user enters', async () => {
    render(<Form />);
    await userEvent.selectOptions(screen.getByLabelText(/^Tipo/), 'DELIBERA');
    await userEvent.type(screen.getByLabelText(/^Numero/), ' 3/2026 ');
    await userEvent.type(screen.getByLabelText(/^Adottato da/), 'Giunta');
    expect(JSON.parse(screen.getByTestId('input').textContent ?? '')).toEqual({ actKind: 'DELIBERA', actNumber: '3/2026', actDate: '', actIssuer: 'Giunta' });
  }, slow);

  it('names its inputs short or after the fields the server names', () => {
    const { unmount } = render(<Form />);
    expect(['f-kind', 'f-number', 'f-date', 'f-issuer', 'f-file'].map((id) => document.getElementById(id)?.tagName)).toEqual(['SELECT', 'INPUT', 'INPUT', 'INPUT', 'INPUT']);
    unmount();
    render(<Form ids="fields" />);
    expect(['f-kind', 'f-actNumber', 'f-actDate', 'f-actIssuer', 'f-act'].map((id) => document.getElementById(id)?.tagName)).toEqual(['SELECT', 'INPUT', 'INPUT', 'INPUT', 'INPUT']);
  });

  it('refuses a PDF over the server’s limit', () => {
    const act = { kind: 'ALTRO' as const, number: '1', date: '2026-12-01', issuer: 'Sindaco' };
    const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: maxActBytes + 1 });
    const ok = new File(['x'], 'ok.pdf', { type: 'application/pdf' });
    expect(actProblems(i18n.t, act, big)).toEqual([{ kind: 'INVALID', field: 'act', rule: null, message: i18n.t('access.form.errors.actSize') }]);
    expect(actProblems(i18n.t, act, ok)).toEqual([]);
  });
});
