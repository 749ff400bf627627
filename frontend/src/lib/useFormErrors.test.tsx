import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook } from '@testing-library/react';
import { invalidField } from './forms';
import { useFormErrors } from './useFormErrors';

const fields = ['title', 'dueOn'];

/** Inputs with the ids a form gives them, and an alert. */
function mount(id: string) {
  const { container } = render(
    <div>
      <input id={`${id}-title`} />
      <input id={`${id}-dueOn`} />
      <div data-testid="alert" tabIndex={-1} />
    </div>,
  );
  return container;
}

describe('useFormErrors', () => {
  it('lets the form go on when the browser found nothing, clearing earlier errors', () => {
    const { result } = renderHook(() => useFormErrors(fields));
    act(() => void result.current.refuse([invalidField('title', 'Indicare il titolo.')]));
    expect(result.current.errors).toHaveLength(1);
    let refused = true;
    act(() => void (refused = result.current.refuse([])));
    expect(refused).toBe(false);
    expect(result.current.errors).toEqual([]);
  });

  it('refuses and focuses the field of the first message', () => {
    const { result } = renderHook(() => useFormErrors(fields));
    mount(result.current.id);
    let refused = false;
    act(() => void (refused = result.current.refuse([invalidField('dueOn', 'Indicare la data.'), invalidField('title', 'Indicare il titolo.')])));
    expect(refused).toBe(true);
    expect(document.activeElement?.id).toBe(`${result.current.id}-dueOn`);
  });

  it('shows the server refusals and focuses the alert, after rendering, when no field of the form is named', () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useFormErrors(fields));
      const container = mount(result.current.id);
      const alert = container.querySelector<HTMLDivElement>('[data-testid="alert"]')!;
      result.current.alertRef.current = alert;
      const list = [{ kind: 'CONFLICT' as const, message: 'Già registrato.', field: 'projectID', rule: null }];
      act(() => result.current.fail(list));
      expect(result.current.errors).toEqual(list);
      expect(document.activeElement).not.toBe(alert);
      act(() => vi.runAllTimers());
      expect(document.activeElement).toBe(alert);
    } finally {
      vi.useRealTimers();
    }
  });

  it('focuses the field the server names', () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useFormErrors(fields));
      mount(result.current.id);
      act(() => result.current.fail([{ kind: 'INVALID', message: 'Data non valida.', field: 'dueOn', rule: null }]));
      act(() => vi.runAllTimers());
      expect(document.activeElement?.id).toBe(`${result.current.id}-dueOn`);
    } finally {
      vi.useRealTimers();
    }
  });
});
