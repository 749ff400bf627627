// Runs the GraphQL over HTTP conformance audits of graphql-http
// (https://github.com/graphql/graphql-http#audits) against a running
// Capofila server and fails unless every audit passes, the SHOULD and MAY
// ones included; the failing ones are printed.
//
//   CAPOFILA_URL=http://127.0.0.1:8080 CAPOFILA_EMAIL=admin@capofila.test CAPOFILA_PASSWORD=… \
//     node scripts/graphql-http-audit.mjs
//
// Some audits ask for __type, and Capofila serves introspection to signed-in
// callers only (anonymous ones too with --dev): the audits run as an API
// client with a personal token, CAPOFILA_TOKEN, or one created for the user
// CAPOFILA_EMAIL (signed in with CAPOFILA_PASSWORD). Without either they run
// anonymously. They run one after the other, waiting when the rate limits
// answer 429.
import { serverAudits } from 'graphql-http';

const base = (process.env.CAPOFILA_URL ?? '').replace(/\/$/, '');
const url = process.argv[2] ?? (base ? `${base}/graphql` : undefined);
if (!url) {
  console.error('usage: node scripts/graphql-http-audit.mjs <GraphQL URL> (or CAPOFILA_URL=<server URL>)');
  process.exit(2);
}

/** Returns the bearer token to audit with, or undefined for anonymous audits. */
async function token() {
  if (process.env.CAPOFILA_TOKEN) return process.env.CAPOFILA_TOKEN;
  const email = process.env.CAPOFILA_EMAIL;
  if (!email) return undefined;
  const signIn = await fetch(new URL('/auth/sign-in', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: process.env.CAPOFILA_PASSWORD ?? '' }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email}: HTTP ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-capofila-csrf': '1' },
    body: JSON.stringify({
      query: 'mutation ($in: CreateAPITokenInput!) { createAPIToken(input: $in) { token } }',
      variables: { in: { name: 'graphql-http audit' } },
    }),
  });
  const body = await res.json();
  if (!body.data?.createAPIToken?.token) throw new Error(`creating a token: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.data.createAPIToken.token;
}

const bearer = await token();
/** fetch with the token, waiting out the server's rate limit (HTTP 429) when met. */
async function fetchFn(input, init = {}) {
  const headers = bearer ? { ...init.headers, authorization: `Bearer ${bearer}` } : init.headers;
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(input, { ...init, headers });
    if (res.status !== 429 || attempt === 5) return res;
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get('retry-after') ?? 1)));
  }
}

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  results.push(await audit.fn());
}
const failed = results.filter((r) => r.status !== 'ok');
for (const r of failed) {
  let body = '';
  try {
    body = await r.response.text();
  } catch {
    // the audit read the body already
  }
  console.error(`${r.status.toUpperCase()} ${r.id} ${r.name}\n  ${r.reason}\n  HTTP ${r.response.status} ${body.slice(0, 300)}`);
}
console.log(`graphql-http audits${bearer ? '' : ' (anonymous)'}: ${results.length - failed.length}/${results.length} pass`);
process.exit(failed.length === 0 ? 0 : 1);
