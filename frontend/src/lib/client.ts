import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { isUnauthenticated } from './errors';

/** Header the server requires on cookie-authenticated POSTs (CSRF protection). */
export const CSRF_HEADER = 'X-Capofila-CSRF';

/**
 * Creates the GraphQL client. The session travels in an HttpOnly cookie;
 * onUnauthenticated is called when the server says the session is gone.
 */
export function createClient(onUnauthenticated: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1' },
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
