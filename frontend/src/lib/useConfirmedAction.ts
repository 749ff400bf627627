import { useRef, useState } from 'react';
import type { CombinedError } from '@urql/core';
import { serverErrors, type ServerError } from './errors';

/**
 * State of a row of actions where some need a confirmation first (suspend a
 * project, cancel a procedure…): which one is being confirmed, and the
 * server's refusal of the last one run. A refusal is shown in the alert
 * behind alertRef, which takes the focus once rendered, so keyboard and
 * screen-reader users hear it; a success clears it and calls onDone.
 */
export function useConfirmedAction<A>(run: (action: A) => Promise<{ error?: CombinedError }>, onDone: () => void) {
  const [confirming, setConfirming] = useState<A | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);

  async function go(action: A) {
    const res = await run(action);
    setConfirming(null);
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    setErrors([]);
    onDone();
  }

  return { confirming, ask: setConfirming, cancel: () => setConfirming(null), go, errors, alertRef };
}
