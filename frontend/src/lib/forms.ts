import type { ServerError } from './errors';

/** A refusal found in the browser, shaped like the server's so both show the same way. */
export function invalidField(field: string, message: string): ServerError {
  return { kind: 'INVALID', field, rule: null, message };
}

/** Moves focus to the first field with an error (ids are `${form}-${field}`), or to the form's alert. */
export function focusFirstError(formId: string, errors: ServerError[], fields: string[], alert?: HTMLElement | null) {
  const first = errors.find((e) => e.field && fields.includes(e.field) && e.message);
  const el = first?.field ? document.getElementById(`${formId}-${first.field}`) : null;
  if (el) el.focus();
  else alert?.focus();
}

/** Trimmed text, or null when empty (optional inputs of the API). */
export function optional(s: string): string | null {
  const v = s.trim();
  return v === '' ? null : v;
}
