import type { CombinedError } from '@urql/core';

/** What went wrong with a request, as the UI tells it apart. */
export type ErrorKind =
  | 'NETWORK'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/**
 * Every code the server sends in extensions.code (internal/apperr). The UI
 * shows the server's Italian message when there is one, and otherwise
 * errors.<code> of the i18n texts, which must exist in every language.
 * Rule keys (extensions.rule, e.g. "expense.cup") are never translated.
 */
export const serverCodes = ['INVALID', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE', 'INTERNAL'] as const satisfies readonly ErrorKind[];

/** The codes the server sends besides INTERNAL (which is also what an unknown code counts as). */
const known: readonly ErrorKind[] = serverCodes.filter((c) => c !== 'INTERNAL');

/**
 * The error code of a failed GraphQL request (extensions.code); a server
 * that answered with HTTP 5xx and no GraphQL errors is INTERNAL (a server
 * error), and only a request that got no answer at all is NETWORK.
 */
export function errorKind(error: CombinedError): ErrorKind {
  if (error.networkError) {
    const status = httpStatus(error);
    if (status === 401) return 'UNAUTHENTICATED';
    if (status === 403) return 'FORBIDDEN';
    if (status === 429) return 'RATE_LIMITED';
    if (status === 504) return 'TIMEOUT';
    if (status !== null && status >= 500) return 'INTERNAL';
    return 'NETWORK';
  }
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code as ErrorKind | undefined;
    if (code && known.includes(code)) return code;
  }
  return 'INTERNAL';
}

/** The HTTP status of the response that carried the error, if there was a response. */
function httpStatus(error: CombinedError): number | null {
  const status = (error.response as Response | undefined)?.status;
  return typeof status === 'number' && status > 0 ? status : null;
}

/**
 * What to quote to whoever runs the server about a server error: the HTTP
 * status (or the GraphQL code) and the request id the server logged it
 * under (X-Request-Id), e.g. "HTTP 502 · a1b2c3"; null for other errors.
 */
export function errorReference(error: CombinedError): string | null {
  const kind = errorKind(error);
  if (kind !== 'INTERNAL' && kind !== 'UNAVAILABLE' && kind !== 'TIMEOUT') return null;
  const status = httpStatus(error);
  const code = error.networkError && status ? `HTTP ${status}` : kind;
  const headers = (error.response as Response | undefined)?.headers;
  const id = headers && typeof headers.get === 'function' ? headers.get('X-Request-Id') : null;
  return id ? `${code} · ${id}` : code;
}

/** True when any GraphQL error of the result says the session is missing or expired. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error && errorKind(error) === 'UNAUTHENTICATED';
}

/** One refusal of the server: its code, the user-safe (Italian) message, the field and rule it concerns. */
export type ServerError = { kind: ErrorKind; message: string | null; field: string | null; rule: string | null };

/**
 * The server's refusals of a mutation, each with its message and field; a
 * refusal that lists several failures (extensions.details) gives one entry
 * per failure.
 * Messages are kept for expected failures (INVALID, CONFLICT, NOT_FOUND,
 * FORBIDDEN, RATE_LIMITED, TIMEOUT, UNAVAILABLE), whose text the server
 * writes for users; for INTERNAL and UNAUTHENTICATED message is null and
 * the UI says it in its own words.
 */
export function serverErrors(error: CombinedError | undefined): ServerError[] {
  if (!error) return [];
  if (error.networkError || error.graphQLErrors.length === 0) {
    return [{ kind: errorKind(error), message: null, field: null, rule: null }];
  }
  return error.graphQLErrors.flatMap((e): ServerError[] => {
    const code = e.extensions?.code as ErrorKind | undefined;
    const kind: ErrorKind = code && known.includes(code) ? code : 'INTERNAL';
    const details = kind === 'INVALID' || kind === 'CONFLICT' ? detailsOf(e.extensions?.details) : [];
    if (details.length > 0) {
      // One refusal listing several failures (e.g. every ineligible expense
      // of a claim): each is shown on its own.
      return details.map((d) => ({ kind, message: d.message, field: d.field ?? null, rule: d.rule }));
    }
    return [{
      kind,
      message: kind === 'INTERNAL' || kind === 'UNAUTHENTICATED' ? null : e.message,
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : null,
      rule: typeof e.extensions?.rule === 'string' ? e.extensions.rule : null,
    }];
  });
}

type Detail = { rule: string; message: string; field?: string };

/** The failures listed in extensions.details, keeping only well-formed ones. */
function detailsOf(v: unknown): Detail[] {
  if (!Array.isArray(v)) return [];
  return v.filter((d): d is Detail => !!d && typeof d === 'object' && typeof d.message === 'string' && typeof d.rule === 'string');
}

/** The first server message about one of fields, for showing it next to that field. */
export function fieldError(errors: ServerError[], ...fields: string[]): string | null {
  const e = errors.find((x) => x.field && fields.includes(x.field));
  return e ? e.message : null;
}
