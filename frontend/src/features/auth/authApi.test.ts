import { afterEach, describe, expect, it, vi } from 'vitest';
import { signIn } from './authApi';

function respond(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe('signIn', () => {
  it('posts JSON credentials with the CSRF header', async () => {
    respond(200, { user: { displayName: 'Laura Neroni' } });
    const res = await signIn('a@b.it', 'segreto');
    expect(res).toEqual({ ok: true, displayName: 'Laura Neroni' });
    const [url, init] = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(url).toBe('/auth/sign-in');
    expect(init.method).toBe('POST');
    expect(init.headers['X-Capofila-CSRF']).toBe('1');
    expect(JSON.parse(init.body)).toEqual({ email: 'a@b.it', password: 'segreto' });
  });

  it('reports wrong credentials', async () => {
    respond(401, { errors: [{ message: 'E-mail o password non corretti.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await signIn('a@b.it', 'x')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('reports throttling, even without a code in the body', async () => {
    respond(429, {});
    expect(await signIn('a@b.it', 'x')).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('reports an unreachable server', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect(await signIn('a@b.it', 'x')).toEqual({ ok: false, code: 'NETWORK' });
  });
});
