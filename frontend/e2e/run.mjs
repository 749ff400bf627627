// End-to-end check of the SPA against a running Capofila server (with the
// demo data) that serves frontend/dist at / and the API at /graphql, /auth.
//
//   CAPOFILA_URL=http://127.0.0.1:8080 node e2e/run.mjs
//
// Environment: CAPOFILA_URL (default http://127.0.0.1:8080), CHROMIUM_PATH
// (default /usr/bin/chromium), SCREENSHOT_DIR (default e2e/screenshots).
// Exits non-zero on any failure; prints "N passed, N failed" at the end.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BASE = (process.env.CAPOFILA_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR || path.join(here, 'screenshots'));
const PASSWORD = 'capofila-demo';
const LEAD = 'capofila@sanbenedetto.test';
const OFFICER = 'funzionario@regione-marche.test';
// Wrong credentials are tried on an account that does not exist, so that the
// demo accounts never collect failures (5 in 15 minutes lock an account).
const NOBODY = 'nessuno@capofila.test';
const TIMEOUT = 15_000;

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const cents = (c) => euro.format(c / 100);
// Intl separates the amount from "€" with a no-break space; compare loosely.
const norm = (s) => s.replace(/\s+/g, ' ').trim();

let passed = 0;
let failed = 0;
const shots = [];
const axeReport = [];

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    failed++;
    console.log(`  FAIL  ${name}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

async function shot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  shots.push(path.basename(file));
}

/** Runs axe-core on the page; throws on serious or critical violations. */
async function checkA11y(page, screen) {
  // Evaluated through the DevTools protocol, so a strict CSP (no inline scripts) does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeReport.push({ screen, violations: result });
  const summary = result.length ? result.map((v) => `${v.id}/${v.impact}×${v.nodes}`).join(', ') : 'none';
  console.log(`        axe ${screen}: ${summary}`);
  if (bad.length) {
    throw new Error(`axe: ${bad.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.target}`).join('; ')}`);
  }
}

/** Calls the API from inside the page (same cookie, CSRF header). */
async function gql(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const r = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return r.json();
    },
    { query, variables },
  );
}

async function signIn(page, email, password) {
  await page.goto(`${BASE}/accedi`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  console.log(`Capofila e2e against ${BASE}; screenshots in ${SHOTS}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Console errors other than the expected 401 of the wrong-password attempt
  // (e.g. a Content-Security-Policy refusal) fail the run.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) consoleErrors.push(m.text());
  });

  let application = null; // { id, title, totalCents, aggregationId }

  await step('without a session / leads to the sign-in page', async () => {
    await page.goto(`${BASE}/`);
    await page.waitForURL(/\/accedi/);
    await page.getByRole('heading', { name: 'Accedi a Capofila' }).waitFor();
    await shot(page, '01-sign-in');
    await checkA11y(page, 'sign-in');
  });

  await step('wrong password shows the error next to the form', async () => {
    await signIn(page, NOBODY, 'password-sbagliata');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).includes('E-mail o password non corretti'), `alert says: ${await alert.innerText()}`);
    await shot(page, '02-sign-in-error');
    await checkA11y(page, 'sign-in-error');
  });

  await step('lead signs in and sees its application with its total', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('user-name').waitFor();
    expect((await page.getByTestId('user-name').innerText()).includes('Laura Neroni'), 'user name in the header');
    await page.getByTestId('applications').waitFor();
    const api = await gql(page, '{ applications(first: 10) { edges { node { id title status aggregationID totals { totalCents } } } } }');
    const node = api.data.applications.edges[0].node;
    application = { id: node.id, title: node.title, totalCents: node.totals.totalCents, aggregationId: node.aggregationID };
    const row = page.getByTestId('applications').locator('tbody tr').filter({ hasText: node.title });
    expect((await row.count()) === 1, `row for "${node.title}"`);
    const total = norm(await row.getByTestId('application-total').innerText());
    expect(total === norm(cents(node.totals.totalCents)), `total ${total} ≠ ${cents(node.totals.totalCents)}`);
    expect((await row.innerText()).includes('Bozza'), 'status label "Bozza"');
    expect((await page.getByTestId('roles').innerText()).includes('Marche Sud'), 'role scope names the aggregation');
    await shot(page, '03-home-lead');
    await checkA11y(page, 'home-lead');
  });

  await step('aggregation page lists 64 members, 50 first then "Carica altri"', async () => {
    await page.getByRole('link', { name: /Apri l’aggregazione Marche Sud/ }).click();
    await page.waitForURL(/\/aggregazioni\//);
    const rows = page.getByTestId('members').locator('tbody tr');
    await page.getByTestId('members-count').filter({ hasText: '50 di 64 enti' }).waitFor();
    expect((await rows.count()) === 50, `first page has ${await rows.count()} rows`);
    await page.getByRole('button', { name: 'Carica altri' }).click();
    await page.getByTestId('members-count').filter({ hasText: '64 di 64 enti' }).waitFor();
    expect((await rows.count()) === 64, `after "Carica altri": ${await rows.count()} rows`);
    expect((await page.getByRole('button', { name: 'Carica altri' }).count()) === 0, 'no more pages');
    await shot(page, '04-aggregation');
    await checkA11y(page, 'aggregation');
  });

  await step('members search filters by name', async () => {
    await page.getByLabel('Cerca ente per nome').fill('grottam');
    await page.getByTestId('members-count').filter({ hasText: '1 di 1 ente' }).waitFor();
    expect((await page.getByTestId('members').innerText()).includes('Grottammare'), 'Grottammare found');
    await shot(page, '05-aggregation-search');
    await page.getByLabel('Cerca ente per nome').fill('');
    await page.getByTestId('members-count').filter({ hasText: 'di 64 enti' }).waitFor();
  });

  await step('application page shows the totals table per member', async () => {
    expect(application, 'application known from the home page');
    await page.goto(`${BASE}/`);
    await page.getByRole('link', { name: application.title }).click();
    await page.waitForURL(/\/domande\//);
    await page.getByTestId('member-totals').waitFor();
    const headers = norm(await page.getByTestId('member-totals').locator('thead').innerText());
    for (const h of ['Ente', 'Abitanti', 'Importo', '€/abitante']) expect(headers.includes(h), `column ${h}`);
    const n = await page.getByTestId('member-totals').locator('tbody tr').count();
    expect(n === 64, `${n} member rows`);
    const grand = norm(await page.getByTestId('grand-total').innerText());
    expect(grand === norm(cents(application.totalCents)), `grand total ${grand}`);
    await shot(page, '06-application');
    await checkA11y(page, 'application');
  });

  await step('lead signs out with "Esci"', async () => {
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/accedi/);
    const me = await gql(page, '{ me { id } }');
    expect(me.data.me === null, 'session ended on the server');
  });

  await step('a deep link without a session goes to sign-in, then back to it', async () => {
    await page.goto(`${BASE}/domande/${application?.id ?? 'x'}`);
    await page.waitForURL(/\/accedi\?next=/);
    await page.getByLabel('E-mail').fill(LEAD);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.waitForURL(/\/domande\//);
    await page.getByTestId('member-totals').waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/accedi/);
  });

  await step('officer signs in', async () => {
    await signIn(page, OFFICER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
  });

  await step('officer sees no draft application', async () => {
    await page.getByTestId('user-name').waitFor();
    await page.locator('[data-testid="applications"], [data-testid="no-applications"]').first().waitFor();
    const drafts = await page.locator('[data-status="DRAFT"]').count();
    expect(drafts === 0, `${drafts} draft applications shown to the officer`);
    expect((await page.getByTestId('roles').innerText()).includes('Regione Marche'), 'role scope names the Region');
    await shot(page, '07-home-officer');
    await checkA11y(page, 'home-officer');
  });

  await step('officer opening the draft gets a not-found message', async () => {
    await page.goto(`${BASE}/domande/${application?.id ?? 'x'}`);
    await page.locator('[data-error-kind]').waitFor();
    const kind = await page.locator('[data-error-kind]').getAttribute('data-error-kind');
    expect(kind === 'NOT_FOUND' || kind === 'FORBIDDEN', `error kind ${kind}`);
    await shot(page, '08-application-not-found');
    await checkA11y(page, 'application-not-found');
  });

  await step('English is available', async () => {
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: "Passa all'inglese" }).click();
    await page.getByRole('heading', { name: 'What needs my attention' }).waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'en', 'html lang=en');
    await page.getByRole('button', { name: 'Switch to Italian' }).click();
    await page.getByRole('heading', { name: 'Cosa richiede la mia attenzione' }).waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/accedi/);
  });

  await step('no uncaught errors or console errors in the page', async () => {
    expect(consoleErrors.length === 0, consoleErrors.join('; '));
  });

  await browser.close();
  fs.writeFileSync(path.join(SHOTS, 'axe.json'), JSON.stringify(axeReport, null, 2));
  console.log(`screenshots (${shots.length}) in ${SHOTS}: ${shots.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
