import { describe, expect, it } from 'vitest';
import { Client, cacheExchange, fetchExchange } from 'urql';
import { IDEMPOTENCY_HEADER, idempotencyExchange, trustedDocumentsExchange } from './client';
import { MeQuery } from '../features/auth/useMe';
import persisted from '../gql/persisted-documents.json';

// A plain string, not a tagged document: the GraphQL codegen does not
// collect it among the web app's operations.
const mutation = 'mutation TestIdempotentCreate($name: String!) { createVendor(input: { name: $name }) { id } }';

/** A client whose fetch records the keys it sends and fails while `down` is true. */
function fakeClient() {
  const sent: string[] = [];
  const state = { down: false };
  let n = 0;
  const client = new Client({
    url: '/graphql',
    exchanges: [idempotencyExchange(() => `chiave-${++n}`), fetchExchange],
    fetch: async (_url, init) => {
      sent.push(new Headers(init?.headers).get(IDEMPOTENCY_HEADER) ?? '');
      if (state.down) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: { createVendor: { id: 'VE1' } } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return { client, sent, state };
}

describe('idempotencyExchange', () => {
  it('sends the same key again when a mutation got no answer, and a new one once answered', async () => {
    const { client, sent, state } = fakeClient();
    state.down = true;
    const lost = await client.mutation(mutation, { name: 'Fornitore' }).toPromise();
    expect(lost.error?.networkError).toBeTruthy();
    state.down = false;
    const retried = await client.mutation(mutation, { name: 'Fornitore' }).toPromise();
    expect(retried.data?.createVendor.id).toBe('VE1');
    await client.mutation(mutation, { name: 'Fornitore' }).toPromise();
    expect(sent).toEqual(['chiave-1', 'chiave-1', 'chiave-2']);
  });

  it('gives different mutations different keys', async () => {
    const { client, sent } = fakeClient();
    await client.mutation(mutation, { name: 'Uno' }).toPromise();
    await client.mutation(mutation, { name: 'Due' }).toPromise();
    expect(new Set(sent).size).toBe(2);
  });
});

describe('trustedDocumentsExchange', () => {
  function recordingClient() {
    const bodies: Record<string, unknown>[] = [];
    const client = new Client({
      url: '/graphql',
      preferGetMethod: false,
      exchanges: [trustedDocumentsExchange, cacheExchange, fetchExchange],
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify({ data: { me: null } }), { headers: { 'Content-Type': 'application/json' } });
      },
    });
    return { client, bodies };
  }

  it("sends a web app document by the hash the server knows, without its text", async () => {
    const { client, bodies } = recordingClient();
    await client.query(MeQuery, {}).toPromise();
    expect(bodies).toHaveLength(1);
    const body = bodies[0] as { query?: string; extensions: { persistedQuery: { version: number; sha256Hash: string } } };
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery.version).toBe(1);
    const text = (persisted as Record<string, string>)[`sha256:${body.extensions.persistedQuery.sha256Hash}`];
    expect(text).toMatch(/^query Me\b/);
  });

  it('sends a document that is not the web app\'s as text', async () => {
    const { client, bodies } = recordingClient();
    await client.query('query Other { me { id } }', {}).toPromise();
    expect((bodies[0] as { query?: string }).query).toContain('query Other');
    expect((bodies[0] as { extensions?: unknown }).extensions).toBeUndefined();
  });
});
