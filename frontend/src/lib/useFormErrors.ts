import { useId, useRef, useState } from 'react';
import { fieldError, type ServerError } from './errors';
import { focusFirstError } from './forms';

/**
 * The refusals shown by a form, whether found in the browser or sent by the
 * server, and where the focus goes when there are some: the first of fields
 * that has a message (inputs have ids `${id}-${field}`), else the form's
 * alert (alertRef, for FormErrors).
 */
export function useFormErrors(fields: string[]) {
  const id = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);

  /** Shows the browser's own checks; true (and focus on the first) when any failed. */
  function refuse(local: ServerError[]): boolean {
    setErrors(local);
    if (local.length === 0) return false;
    focusFirstError(id, local, fields, alertRef.current);
    return true;
  }

  /** Shows the server's refusals; the focus moves once they are rendered (the alert may not exist yet). */
  function fail(list: ServerError[]) {
    setErrors(list);
    setTimeout(() => focusFirstError(id, list, fields, alertRef.current), 0);
  }

  return { id, alertRef, errors, setErrors, refuse, fail, error: (...f: string[]) => fieldError(errors, ...f) };
}
