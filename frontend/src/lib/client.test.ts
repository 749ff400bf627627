import { describe, expect, it } from 'vitest';
import { Client, fetchExchange } from 'urql';
import { IDEMPOTENCY_HEADER, idempotencyExchange } from './client';

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
