import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import type { FormEvent } from 'react';
import { useFileUpload } from './useFileUpload';

const submitEvent = () => ({ preventDefault: vi.fn() }) as unknown as FormEvent;
const pdf = new File(['%PDF-1.7'], 'relazione.pdf', { type: 'application/pdf' });

/** The hook with a real file input behind inputRef. */
function setup(send: (f: File) => Promise<{ error?: CombinedError }>, onDone = vi.fn()) {
  const hook = renderHook(() => useFileUpload(send, 'Scegliere un file.', onDone));
  const input = document.createElement('input');
  input.type = 'file';
  document.body.append(input);
  hook.result.current.inputRef.current = input;
  return { ...hook, input, onDone };
}

describe('useFileUpload', () => {
  it('without a file sends nothing, says it is missing and focuses the input', async () => {
    const send = vi.fn(async () => ({}));
    const { result, input } = setup(send);
    const e = submitEvent();
    await act(() => result.current.submit(e));
    expect(e.preventDefault).toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(result.current.errors).toEqual([{ kind: 'INVALID', field: 'file', rule: null, message: 'Scegliere un file.' }]);
    expect(document.activeElement).toBe(input);
  });

  it('keeps the server refusal and the chosen file, and focuses the input', async () => {
    const refusal = new CombinedError({ graphQLErrors: [new GraphQLError('File troppo grande.', { extensions: { code: 'INVALID' } })] });
    const { result, input, onDone } = setup(async () => ({ error: refusal }));
    act(() => result.current.setFile(pdf));
    await act(() => result.current.submit(submitEvent()));
    expect(result.current.errors).toEqual([{ kind: 'INVALID', field: null, rule: null, message: 'File troppo grande.' }]);
    expect(result.current.file).toBe(pdf);
    expect(document.activeElement).toBe(input);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('after an upload clears the choice and the errors, then calls onDone', async () => {
    const send = vi.fn(async () => ({}));
    const { result, onDone } = setup(send);
    await act(() => result.current.submit(submitEvent()));
    act(() => result.current.setFile(pdf));
    await act(() => result.current.submit(submitEvent()));
    expect(send).toHaveBeenCalledWith(pdf);
    expect(result.current.file).toBeNull();
    expect(result.current.errors).toEqual([]);
    expect(onDone).toHaveBeenCalledOnce();
  });
});
