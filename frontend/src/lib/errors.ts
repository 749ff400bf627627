import type { CombinedError } from '@urql/core';

/** What went wrong with a request, as the UI tells it apart. */
export type ErrorKind = 'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID' | 'INTERNAL';

/** The error code of a failed GraphQL request (extensions.code), or NETWORK. */
export function errorKind(error: CombinedError): ErrorKind {
  if (error.networkError) {
    const status = (error.response as Response | undefined)?.status;
    if (status === 401) return 'UNAUTHENTICATED';
    if (status === 403) return 'FORBIDDEN';
    return 'NETWORK';
  }
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'INVALID') {
      return code;
    }
  }
  return 'INTERNAL';
}

/** True when any GraphQL error of the result says the session is missing or expired. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error && errorKind(error) === 'UNAUTHENTICATED';
}
