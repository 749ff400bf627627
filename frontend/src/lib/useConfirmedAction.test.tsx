import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { useConfirmedAction } from './useConfirmedAction';

const refusal = new CombinedError({
  graphQLErrors: [new GraphQLError('La procedura è già chiusa.', { extensions: { code: 'CONFLICT' } })],
});

describe('useConfirmedAction', () => {
  it('remembers the action being confirmed until it is cancelled', () => {
    const { result } = renderHook(() => useConfirmedAction<string>(async () => ({}), () => {}));
    expect(result.current.confirming).toBeNull();
    act(() => result.current.ask('CANCELLED'));
    expect(result.current.confirming).toBe('CANCELLED');
    act(() => result.current.cancel());
    expect(result.current.confirming).toBeNull();
  });

  it('runs the action, closes the confirmation and calls onDone on success', async () => {
    const run = vi.fn(async () => ({}));
    const onDone = vi.fn();
    const { result } = renderHook(() => useConfirmedAction<string>(run, onDone));
    act(() => result.current.ask('SUSPENDED'));
    await act(() => result.current.go('SUSPENDED'));
    expect(run).toHaveBeenCalledWith('SUSPENDED');
    expect(onDone).toHaveBeenCalledOnce();
    expect(result.current.confirming).toBeNull();
    expect(result.current.errors).toEqual([]);
  });

  it('keeps the server refusal, focuses the alert and does not call onDone', async () => {
    vi.useFakeTimers();
    try {
      const onDone = vi.fn();
      const { result } = renderHook(() => useConfirmedAction<string>(async () => ({ error: refusal }), onDone));
      const alert = document.createElement('div');
      alert.tabIndex = -1;
      document.body.append(alert);
      result.current.alertRef.current = alert;
      act(() => result.current.ask('DESERTED'));
      await act(() => result.current.go('DESERTED'));
      expect(onDone).not.toHaveBeenCalled();
      expect(result.current.confirming).toBeNull();
      expect(result.current.errors).toEqual([{ kind: 'CONFLICT', message: 'La procedura è già chiusa.', field: null, rule: null }]);
      act(() => vi.runAllTimers());
      expect(document.activeElement).toBe(alert);
      alert.remove();
    } finally {
      vi.useRealTimers();
    }
  });

  it('clears an earlier refusal once an action succeeds', async () => {
    let fail = true;
    const { result } = renderHook(() => useConfirmedAction<string>(async () => (fail ? { error: refusal } : {}), () => {}));
    await act(() => result.current.go('PUBLISHED'));
    expect(result.current.errors).toHaveLength(1);
    fail = false;
    await act(() => result.current.go('PUBLISHED'));
    expect(result.current.errors).toEqual([]);
  });
});
