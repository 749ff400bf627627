// Sign-in and sign-out over the server's /auth endpoints. The session is an
// HttpOnly cookie set by the server: the SPA never sees it.

/** Why a sign-in failed; each has an Italian message under auth.errors. */
export type SignInErrorCode = 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'INVALID' | 'NETWORK' | 'INTERNAL';

export type SignInResult =
  | { ok: true; displayName: string }
  | { ok: false; code: SignInErrorCode; message?: string };

export type SignIn = (email: string, password: string) => Promise<SignInResult>;

const knownCodes: SignInErrorCode[] = ['UNAUTHENTICATED', 'RATE_LIMITED', 'INVALID', 'INTERNAL'];

/** POST /auth/sign-in with {email, password}. */
export const signIn: SignIn = async (email, password) => {
  let res: Response;
  try {
    res = await fetch('/auth/sign-in', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (e.g. a proxy error page)
  }
  if (res.ok) {
    const user = (body as { user?: { displayName?: string } } | null)?.user;
    return { ok: true, displayName: user?.displayName ?? '' };
  }
  const err = (body as { errors?: { message?: string; extensions?: { code?: string } }[] } | null)?.errors?.[0];
  let code = err?.extensions?.code as SignInErrorCode | undefined;
  if (!code || !knownCodes.includes(code)) {
    code = res.status === 429 ? 'RATE_LIMITED' : res.status === 401 ? 'UNAUTHENTICATED' : res.status >= 502 ? 'NETWORK' : 'INTERNAL';
  }
  return { ok: false, code, message: err?.message };
};

/** POST /auth/sign-out; resolves even if the server cannot be reached. */
export async function signOut(): Promise<void> {
  try {
    await fetch('/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Capofila-CSRF': '1' },
    });
  } catch {
    // the cookie will expire anyway; the UI forgets the session
  }
}

/** How the server lets people sign in (GET /auth/methods, no credentials needed). */
export type SignInMethods = { password: boolean; oidc: boolean; oidcLoginPath?: string };

/** GET /auth/methods; when the server cannot say, only the password form is offered. */
export async function fetchSignInMethods(): Promise<SignInMethods> {
  try {
    const res = await fetch('/auth/methods', { credentials: 'same-origin' });
    if (!res.ok) return { password: true, oidc: false };
    const body = (await res.json()) as Partial<SignInMethods>;
    return { password: body.password !== false, oidc: body.oidc === true, oidcLoginPath: body.oidcLoginPath };
  } catch {
    return { password: true, oidc: false };
  }
}
