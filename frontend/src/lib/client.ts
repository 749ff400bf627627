import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Exchange } from 'urql';
import { isUnauthenticated } from './errors';

/** Header the server requires on cookie-authenticated POSTs (CSRF protection). */
export const CSRF_HEADER = 'X-Capofila-CSRF';

/** Header naming one mutation request, so that sending it again cannot run it twice. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** How long a mutation that got no answer keeps its key for a retry. */
const RETRY_WINDOW_MS = 10 * 60 * 1000;

/**
 * Gives every mutation an Idempotency-Key. The same mutation (same
 * document and variables) sent again after it got no answer — a dropped
 * connection, a timeout — reuses the key, and the server answers with what
 * the first attempt did instead of doing it twice. Once a mutation is
 * answered (saved or refused) its key is forgotten, so doing the same thing
 * again on purpose is a new request.
 */
export function idempotencyExchange(newKey: () => string = () => crypto.randomUUID()): Exchange {
  const pending = new Map<number, { key: string; at: number }>();
  return mapExchange({
    onOperation(op) {
      if (op.kind !== 'mutation') return op;
      const now = Date.now();
      let entry = pending.get(op.key);
      if (!entry || now - entry.at > RETRY_WINDOW_MS) {
        entry = { key: newKey(), at: now };
        pending.set(op.key, entry);
      }
      const base = typeof op.context.fetchOptions === 'function' ? op.context.fetchOptions() : (op.context.fetchOptions ?? {});
      return makeOperation(op.kind, op, {
        ...op.context,
        fetchOptions: { ...base, headers: { ...(base.headers as Record<string, string> | undefined), [IDEMPOTENCY_HEADER]: entry.key } },
      });
    },
    onResult(result) {
      if (result.operation.kind === 'mutation' && !result.error?.networkError) pending.delete(result.operation.key);
    },
  });
}

/**
 * Sends the web app's documents by hash. Every document in src/ is a
 * trusted document: graphql-codegen writes its SHA-256 into it (`__meta__`)
 * and into src/gql/persisted-documents.json, which the server embeds; the
 * request carries only `extensions.persistedQuery.sha256Hash` and the
 * server runs the text it knows. In production the server refuses any
 * other document from a browser session. It must come before the
 * cacheExchange, which rewrites the document and drops `__meta__`.
 */
export const trustedDocumentsExchange: Exchange = mapExchange({
  onOperation(op) {
    const hash = (op.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) return op;
    const persistedQuery = { version: 1 as const, sha256Hash: hash.replace(/^sha256:/, '') };
    return makeOperation(op.kind, { ...op, extensions: { ...op.extensions, persistedQuery } });
  },
});

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
      idempotencyExchange(),
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      trustedDocumentsExchange,
      cacheExchange,
      fetchExchange,
    ],
  });
}
