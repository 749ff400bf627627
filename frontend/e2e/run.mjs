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
const MEMBER = 'referente@grottammare.test';
const AUDITOR = 'revisore@regione-marche.test';
// The demo's running project and the pagoPA lot (see internal/demo/project.go).
const DEMO_CUP = 'D79J25000120006';
const DEMO_CIG = '95156957EC';
// Wrong credentials are tried on an account that does not exist, so that the
// demo accounts never collect failures (5 in 15 minutes lock an account).
const NOBODY = 'nessuno@capofila.test';
const TIMEOUT = 15_000;

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const cents = (c) => euro.format(c / 100);
// The app groups thousands also for four-digit amounts ("4.132,70 €").
const euroGrouped = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' });
const eur = (c) => euroGrouped.format(c / 100);
// Intl separates the amount from "€" with a no-break space; compare loosely.
const norm = (s) => s.replace(/\s+/g, ' ').trim();

let currentPage = null;
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
    // A picture of the failure helps more than the message alone.
    if (currentPage) await currentPage.screenshot({ path: path.join(SHOTS, `FAIL-${failed}.png`), fullPage: true }).catch(() => {});
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

/** Runs axe-core on the page; throws on any violation, whatever its impact. */
async function checkA11y(page, screen) {
  // Evaluated through the DevTools protocol, so a strict CSP (no inline scripts) does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') }));
  });
  const bad = result;
  axeReport.push({ screen, violations: result });
  const summary = result.length ? result.map((v) => `${v.id}/${v.impact}×${v.nodes}`).join(', ') : 'none';
  console.log(`        axe ${screen}: ${summary}`);
  if (bad.length) {
    throw new Error(`axe ${screen}: ${bad.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.target}`).join('; ')}`);
  }
}

/** Waits until document.title is the given one (pages set it after rendering). */
async function titleIs(page, title) {
  await page.waitForFunction((t) => document.title === t, title, { timeout: TIMEOUT }).catch(() => {});
  return (await page.title()) === title;
}

/** Calls the API from inside the page (same cookie, CSRF header). */
async function gql(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const r = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        // Marked: the web app itself never sends a document's text.
        headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1', 'X-E2E-Helper': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return r.json();
    },
    { query, variables },
  );
}

/** Follows a download link with the session and checks a PDF comes back. */
async function downloadsPDF(page, link) {
  const href = await link.getAttribute('href');
  const res = await page.request.get(`${BASE}${href}`);
  const body = await res.body();
  expect(res.status() === 200 && body.subarray(0, 4).toString() === '%PDF', `download ${href}: ${res.status()}`);
}

async function signIn(page, email, password) {
  await page.goto(`${BASE}/accedi`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Esci' }).click();
  await page.waitForURL(/\/accedi/);
}

/** A minimal FatturaPA 1.2 file with one invoice (amounts in cents). */
function fatturaPA({ supplierVat, supplierName, buyerCF, buyerName, number, date, cig, cup, taxable, vat }) {
  const d = (c) => (c / 100).toFixed(2);
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" versione="FPA12" xsi:schemaLocation="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2 http://www.fatturapa.gov.it/export/fatturazione/sdi/fatturapa/v1.2/Schema_del_file_xml_FatturaPA_versione_1.2.xsd">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>${supplierVat}</IdCodice></IdTrasmittente>
      <ProgressivoInvio>E2E01</ProgressivoInvio>
      <FormatoTrasmissione>FPA12</FormatoTrasmissione>
      <CodiceDestinatario>UFQ7B3</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>${supplierVat}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>${esc(supplierName)}</Denominazione></Anagrafica>
        <RegimeFiscale>RF01</RegimeFiscale>
      </DatiAnagrafici>
      <Sede><Indirizzo>Via del Mare 10</Indirizzo><CAP>63074</CAP><Comune>San Benedetto del Tronto</Comune><Provincia>AP</Provincia><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici>
        <CodiceFiscale>${buyerCF}</CodiceFiscale>
        <Anagrafica><Denominazione>${esc(buyerName)}</Denominazione></Anagrafica>
      </DatiAnagrafici>
      <Sede><Indirizzo>Viale De Gasperi 124</Indirizzo><CAP>63074</CAP><Comune>San Benedetto del Tronto</Comune><Provincia>AP</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali>
      <DatiGeneraliDocumento>
        <TipoDocumento>TD01</TipoDocumento>
        <Divisa>EUR</Divisa>
        <Data>${date}</Data>
        <Numero>${esc(number)}</Numero>
        <ImportoTotaleDocumento>${d(taxable + vat)}</ImportoTotaleDocumento>
      </DatiGeneraliDocumento>
      <DatiContratto>
        <IdDocumento>Rep. 1187/2025</IdDocumento>
        <CodiceCUP>${cup}</CodiceCUP>
        <CodiceCIG>${cig}</CodiceCIG>
      </DatiContratto>
    </DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee>
        <NumeroLinea>1</NumeroLinea>
        <Descrizione>Canone piattaforma pagoPA - primo semestre 2026</Descrizione>
        <Quantita>1.00</Quantita>
        <PrezzoUnitario>${d(taxable)}</PrezzoUnitario>
        <PrezzoTotale>${d(taxable)}</PrezzoTotale>
        <AliquotaIVA>22.00</AliquotaIVA>
      </DettaglioLinee>
      <DatiRiepilogo>
        <AliquotaIVA>22.00</AliquotaIVA>
        <ImponibileImporto>${d(taxable)}</ImponibileImporto>
        <Imposta>${d(vat)}</Imposta>
        <EsigibilitaIVA>S</EsigibilitaIVA>
      </DatiRiepilogo>
    </DatiBeniServizi>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
`;
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
  currentPage = page;
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Console errors other than the expected 401 of the wrong-password attempt
  // and the 400 of an invalid monitoring feed (an answer the page lists)
  // (e.g. a Content-Security-Policy refusal) fail the run.
  page.on('console', (m) => {
    if (m.type() !== 'error' || /status of 401/.test(m.text())) return;
    if (/status of 400/.test(m.text()) && /\/puc\.zip/.test(m.location()?.url ?? '')) return;
    consoleErrors.push(m.text());
  });
  // The web app sends only trusted documents, by hash (src/lib/client.ts):
  // in production the server refuses any other from a browser session.
  // GraphiQL (development only) and this script's own gql() calls may.
  const documentsByHash = { count: 0 };
  const documentsAsText = [];
  context.on('request', (req) => {
    if (req.method() !== 'POST' || new URL(req.url()).pathname !== '/graphql' || req.headers()['x-e2e-helper']) return;
    let from = '';
    try { from = new URL(req.frame().url()).pathname; } catch { /* a worker */ }
    if (from.startsWith('/graphiql')) return;
    const body = req.postData() ?? '';
    if (/"sha256Hash"\s*:/.test(body)) documentsByHash.count++;
    if (/"query"\s*:/.test(body)) documentsAsText.push(`${from}: ${body.slice(0, 120)}`);
  });

  let application = null; // { id, title, totalCents, aggregationId }

  // ---- Helpers of the funding steps (budget editor, calls, review, administration) ----
  const ADMIN = 'admin@capofila.test';

  /** Sets one budget cell (found by "member|line|category") to an amount typed in Italian. */
  async function setCell(page, member, line, category, text) {
    const input = page.locator(`input[data-cell="${member}|${line}|${category}"]`);
    await input.fill(text);
    await input.blur();
    return input;
  }

  /** Cents as an amount to type: 123456 → "1234,56". */
  const centsToInput = (c) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;

  /** Cents of an Italian amount as shown on screen ("70.000,00 €"). */
  function centsOf(text) {
    const s = text.replace(/[^\d,-]/g, '');
    const [w, f = '00'] = s.split(',');
    return Number(w) * 100 + Number(f.padEnd(2, '0'));
  }

  /** A datetime-local value n days from now (Rome wall clock is close enough for a window). */
  function localIn(days) {
    const d = new Date(Date.now() + days * 86400000);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:00`;
  }

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

  await step('aggregation page lists 64 members in pages of 50 with the total', async () => {
    await page.getByRole('link', { name: /Apri l’aggregazione Marche Sud/ }).click();
    await page.waitForURL(/\/aggregazioni\//);
    const rows = page.getByTestId('members').locator('tbody tr');
    await page.getByTestId('members-count').filter({ hasText: 'Enti 1–50 di 64' }).waitFor();
    expect((await rows.count()) === 50, `first page has ${await rows.count()} rows`);
    await page.getByText('Pagina 1 di 2').waitFor();
    await page.getByRole('button', { name: 'Successiva' }).click();
    await page.getByTestId('members-count').filter({ hasText: 'Enti 51–64 di 64' }).waitFor();
    expect((await rows.count()) === 14, `second page: ${await rows.count()} rows`);
    expect(await page.getByRole('button', { name: 'Successiva' }).isDisabled(), 'no page after the last');
    await page.getByRole('button', { name: 'Precedente' }).click();
    await page.getByTestId('members-count').filter({ hasText: 'Enti 1–50 di 64' }).waitFor();
    await shot(page, '04-aggregation');
    await checkA11y(page, 'aggregation');
  });

  await step('members search filters by name', async () => {
    await page.getByLabel('Cerca ente per nome').fill('grottam');
    await page.getByTestId('members-count').filter({ hasText: /^1 ente$/ }).waitFor();
    expect((await page.getByTestId('members').innerText()).includes('Grottammare'), 'Grottammare found');
    await shot(page, '05-aggregation-search');
    await page.getByLabel('Cerca ente per nome').fill('');
    await page.getByTestId('members-count').filter({ hasText: 'di 64' }).waitFor();
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

  await step('navbar by role: the lead sees Domande and Progetti, opens /progetti and goes back', async () => {
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    for (const name of ['Home', 'Bandi', 'Domande', 'Progetti', 'Rendiconti']) {
      expect((await nav.getByRole('link', { name, exact: true }).count()) === 1, `navbar link ${name}`);
    }
    expect((await nav.getByRole('link', { name: 'Amministrazione' }).count()) === 0, 'no Amministrazione for the lead');
    const from = page.url();
    await nav.getByRole('link', { name: 'Progetti', exact: true }).click();
    await page.waitForURL(`${BASE}/progetti`);
    await page.getByTestId('projects-list').getByRole('link', { name: /Marche Sud digitale – fase 1/ }).waitFor();
    expect((await nav.getByRole('link', { name: 'Progetti', exact: true }).getAttribute('aria-current')) === 'page', 'Progetti marked current');
    expect(await titleIs(page, 'Progetti – Capofila'), `title ${await page.title()}`);
    await shot(page, '06b-projects-list');
    await checkA11y(page, 'projects-list');
    await page.goBack();
    await page.waitForURL(from);
  });

  await step('lists of applications and claims, with a total count', async () => {
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await nav.getByRole('link', { name: 'Domande', exact: true }).click();
    await page.waitForURL(`${BASE}/domande`);
    await page.getByTestId('applications').getByRole('link', { name: application.title }).waitFor();
    expect(/\d+ risultat/.test(await page.getByTestId('list-count').innerText()), 'count of applications');
    expect(await titleIs(page, 'Domande – Capofila'), `title ${await page.title()}`);
    await checkA11y(page, 'applications-list');
    await nav.getByRole('link', { name: 'Rendiconti', exact: true }).click();
    await page.waitForURL(`${BASE}/rendiconti`);
    await page.getByRole('heading', { level: 1, name: 'Rendiconti' }).waitFor();
    await page.getByTestId('claims-list').waitFor();
    expect(await titleIs(page, 'Rendiconti – Capofila'), `title ${await page.title()}`);
    await checkA11y(page, 'claims-list');
  });

  await step('header search finds the project by CUP', async () => {
    await page.getByRole('search', { name: 'Cerca' }).getByLabel('Cerca progetti, domande e bandi').fill(DEMO_CUP);
    await page.getByRole('search', { name: 'Cerca' }).getByRole('button', { name: 'Cerca' }).click();
    await page.waitForURL(/\/cerca\?q=/);
    await page.getByTestId('search-projects').getByRole('link', { name: /Marche Sud digitale – fase 1/ }).waitFor();
    expect((await page.title()).startsWith(`Risultati per «${DEMO_CUP}»`), `title ${await page.title()}`);
    await checkA11y(page, 'search');
  });

  await step('document.title names the page and, once loaded, its object', async () => {
    await page.goto(`${BASE}/`);
    await page.getByTestId('applications').waitFor();
    expect(await titleIs(page, 'Home – Capofila'), `home title ${await page.title()}`);
    await page.goto(`${BASE}/domande/${application.id}`);
    await page.getByTestId('member-totals').waitFor();
    expect(await titleIs(page, `${application.title} – Domanda – Capofila`), `application title ${await page.title()}`);
    await page.goto(`${BASE}/bandi`);
    await page.getByRole('heading', { name: 'Bandi', level: 1 }).waitFor();
    expect(await titleIs(page, 'Bandi – Capofila'), `calls title ${await page.title()}`);
  });

  await step('an unknown address shows "Pagina non trovata" with the ways back', async () => {
    await page.goto(`${BASE}/progetti`);
    await page.getByTestId('list-count').waitFor();
    await page.goto(`${BASE}/pagina-che-non-esiste`);
    await page.getByRole('heading', { name: 'Pagina non trovata' }).waitFor();
    expect(await titleIs(page, 'Pagina non trovata – Capofila'), `title ${await page.title()}`);
    expect((await page.getByTestId('not-found').getByRole('link', { name: 'Vai alla home' }).count()) === 1, 'link to Home');
    await checkA11y(page, 'not-found');
    await page.getByRole('button', { name: 'Torna alla pagina precedente' }).click();
    await page.waitForURL(`${BASE}/progetti`);
  });

  await step('lead signs out with "Esci"', async () => {
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/accedi/);
    const me = await gql(page, '{ me { id } }');
    expect(me.data.me === null, 'session ended on the server');
  });

  await step('the footer pages are public and titled, linked from the sign-in page', async () => {
    for (const [name, url, title] of [
      ['Dichiarazione di accessibilità', '/accessibilita', 'Dichiarazione di accessibilità – Capofila'],
      ['Informativa privacy', '/privacy', 'Informativa sul trattamento dei dati personali – Capofila'],
      ['Note legali', '/note-legali', 'Note legali – Capofila'],
    ]) {
      await page.goto(`${BASE}/accedi`);
      await page.getByRole('contentinfo').getByRole('link', { name }).click();
      await page.waitForURL(`${BASE}${url}`);
      await page.getByRole('heading', { level: 1, name: title.replace(' – Capofila', '') }).waitFor();
      expect(await titleIs(page, title), `${url} title ${await page.title()}`);
      expect((await page.locator('main').count()) === 1, 'one main');
      await checkA11y(page, `public${url.replace('/', '-')}`);
    }
    await page.goto(`${BASE}/accessibilita`);
    const agid = page.getByRole('link', { name: 'form.agid.gov.it' });
    await agid.waitFor();
    expect((await agid.getAttribute('href')) === 'https://form.agid.gov.it', 'AgID feedback form linked');
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
    await page.getByRole('button', { name: 'Lingua: English' }).click();
    await page.getByRole('heading', { name: 'What needs my attention' }).waitFor();
    expect((await page.locator('html').getAttribute('lang')) === 'en', 'html lang=en');
    await page.getByRole('button', { name: 'Language: Italiano' }).click();
    await page.getByRole('heading', { name: 'Cosa richiede la mia attenzione' }).waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/accedi/);
  });

  // ---- Funding: the lead's budget and submission, the officer's calls and review, the administrator ----
  const funding = {}; // { appId, bodyId, member, second: { aggregationId, appId } }

  await step('lead opens the draft application and sees the budget editor with the API totals', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/domande/${application.id}`);
    await page.getByTestId('budget-grid').waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { status totals { totalCents } problems { rule } } } }', { id: application.id });
    expect(api.data.node.status === 'DRAFT', `status ${api.data.node.status}`);
    const total = norm(await page.getByTestId('budget-total').innerText());
    expect(total === norm(eur(api.data.node.totals.totalCents)), `editor total ${total} ≠ API ${eur(api.data.node.totals.totalCents)}`);
    expect(norm(await page.getByTestId('grid-grand-total').innerText()) === total, 'grid footer = figure');
    expect((await page.getByTestId('budget-member').count()) === 5, 'five members per page');
    await shot(page, '30-budget-editor');
    await checkA11y(page, 'budget-editor');
  });

  await step('lead puts a comune over the cap per member: the problem shows next to its rows after saving', async () => {
    // Ascoli Piceno has more than 14,000 inhabitants: its budget is at the 70.000 € cap.
    await page.getByLabel('Cerca ente nel piano').fill('Ascoli Piceno');
    const member = page.locator('[data-testid="budget-member"]').first();
    await member.waitFor();
    funding.member = await member.getAttribute('data-name');
    funding.bodyId = await member.getAttribute('data-body');
    expect(centsOf(await member.getByTestId('member-total').innerText()) === 7000000, `${funding.member} at the cap`);
    const input = page.locator(`input[data-cell="${funding.member}|A|SERV"]`);
    funding.cellCents = centsOf(await input.inputValue());
    await setCell(page, funding.member, 'A', 'SERV', (funding.cellCents / 100 + 1000).toFixed(2).replace('.', ','));
    await member.getByTestId('member-over-cap').waitFor(); // the live check, before saving
    expect(norm(await page.getByTestId('budget-dirty').innerText()).includes('1 cella modificata'), 'one unsaved change counted');
    await page.getByTestId('budget-save').click();
    await page.getByTestId('budget-saved').waitFor();
    const problem = member.getByTestId('member-problems');
    await problem.waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { problems { rule bodyID amountCents message } } } }', { id: application.id });
    const cap = api.data.node.problems.find((p) => p.rule === 'member.cap' && p.bodyID === funding.bodyId);
    expect(cap && cap.amountCents === 100000, `API problem: ${JSON.stringify(api.data.node.problems)}`);
    expect(norm(await problem.innerText()).includes(norm(cap.message)), `shown next to the member: ${await problem.innerText()}`);
    expect((await page.getByTestId('budget-problems').locator('[data-rule="member.cap"]').count()) === 1, 'listed in the summary');
    expect((await input.getAttribute('aria-describedby') ?? '').length > 0, 'the cells point to the problem (aria-describedby)');
    await shot(page, '31-budget-cap-problem');
    await checkA11y(page, 'budget-cap-problem');
  });

  await step('an unsaved change blocks in-app navigation until confirmed', async () => {
    await setCell(page, funding.member, 'A', 'SERV', 'mille');
    await page.locator(`input[data-cell="${funding.member}|A|SERV"][aria-invalid="true"]`).waitFor();
    await page.getByRole('link', { name: 'Home' }).first().click();
    await page.getByTestId('unsaved-dialog').waitFor();
    await shot(page, '32-budget-unsaved-dialog');
    await checkA11y(page, 'budget-unsaved-dialog');
    await page.getByRole('button', { name: 'Resta nella pagina' }).click();
    expect(page.url().includes('/domande/'), 'still on the application');
  });

  await step('lead fixes the cell, saves (one request) and the totals match the API', async () => {
    const fixed = funding.cellCents - 100000; // 1.000,00 € less than before: back under the cap
    let requests = 0;
    const count = (r) => { if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('SetBudgetLines')) requests++; };
    page.on('request', count);
    await setCell(page, funding.member, 'A', 'SERV', (fixed / 100).toFixed(2).replace('.', ','));
    await page.getByTestId('budget-save').click();
    await page.getByTestId('budget-saved').filter({ hasText: 'rispetta le regole' }).waitFor();
    page.off('request', count);
    expect(requests === 1, `${requests} save requests`);
    await page.getByTestId('budget-no-problems').waitFor();
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Application { problems { rule } totals { totalCents perMember { body { id } amountCents } } } } }`, { id: application.id });
    const t = api.data.node.totals;
    expect(api.data.node.problems.length === 0, `API problems: ${JSON.stringify(api.data.node.problems)}`);
    expect(t.totalCents === application.totalCents - 100000, `API total ${t.totalCents} = before − 1.000,00 €`);
    expect(norm(await page.getByTestId('budget-total').innerText()) === norm(eur(t.totalCents)), 'editor total = API');
    const mine = t.perMember.find((m) => m.body.id === funding.bodyId);
    const shown = centsOf(await page.locator('[data-testid="budget-member"]').first().getByTestId('member-total').innerText());
    expect(mine.amountCents === 6900000 && shown === mine.amountCents, `member total ${shown} / API ${mine.amountCents}`);
    await shot(page, '33-budget-saved');
  });

  await step('lead submits the application', async () => {
    await page.getByRole('button', { name: 'Presenta la domanda' }).click();
    await page.getByTestId('confirm').waitFor();
    await checkA11y(page, 'submit-confirm');
    await page.getByRole('button', { name: 'Sì, presenta' }).click();
    await page.locator('[data-status="SUBMITTED"]').first().waitFor();
    expect((await page.getByTestId('budget-editor').count()) === 0, 'the editor is gone once submitted');
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { status submittedAt } } }', { id: application.id });
    expect(api.data.node.status === 'SUBMITTED' && api.data.node.submittedAt, JSON.stringify(api.data.node));
    await shot(page, '34-application-submitted');
    await checkA11y(page, 'application-submitted');
  });

  await step('lead asks to form a second aggregation on /accesso (members with their resolutions, the act in PDF)', async () => {
    // A second aggregation of comuni of Macerata: the officer funds its
    // application, so the demo's Marche Sud keeps a single funded project.
    // Forming one is a request an admin approves (issue #21).
    const bodies = await gql(page, '{ publicBodies(first: 7, where: { provinceCode: "MC", kind: COMUNE }, orderBy: [{ field: POPULATION, direction: DESC }]) { edges { node { id name } } } }');
    const mc = bodies.data.publicBodies.edges.map((e) => e.node);
    expect(mc.length === 7, `${mc.length} comuni of Macerata`);
    funding.proposal = { name: `Alto Maceratese E2E ${Date.now()}`, mc };
    await page.goto(`${BASE}/`);
    await page.getByTestId('me-access-links').getByRole('link', { name: 'Costituisci una nuova aggregazione' }).click();
    await page.waitForURL(/\/accesso\?richiesta=aggregazione$/);
    const form = page.getByTestId('aggregation-request-form');
    await form.waitFor();
    /** Searches a body by name and picks it in the select labelled label. */
    async function pick(search, label, body) {
      await form.getByLabel(search).fill(body.name);
      const select = form.getByLabel(label);
      await select.locator(`option[value="${body.id}"]`).waitFor({ state: 'attached' });
      await select.selectOption(body.id);
    }
    await form.getByLabel(/^Nome dell’aggregazione/).fill(funding.proposal.name);
    await form.getByLabel(/^Descrizione/).fill('Servizi digitali comuni dell’alto maceratese (e2e).');
    await pick(/^Cerca l’ente capofila/, /^Ente capofila/, mc[0]);
    const count = form.getByTestId('aggregation-members-count');
    // Sending without members: the refusal is said next to them.
    await form.getByRole('button', { name: 'Invia la proposta' }).click();
    await form.getByTestId('field-error').filter({ hasText: 'Aggiungi almeno un ente aderente.' }).waitFor();
    for (const [i, b] of mc.slice(1, 7).entries()) {
      await pick(/^Cerca l’ente aderente/, /^Ente aderente/, b);
      await form.getByLabel(/^Numero della delibera/).fill(`${40 + i}`);
      await form.getByLabel(/^Data della delibera/).fill('2026-11-20');
      await form.getByLabel(/^Organo/).selectOption(i % 2 ? 'GIUNTA' : 'CONSIGLIO');
      await form.getByRole('button', { name: 'Aggiungi l’ente' }).click();
      await count.filter({ hasText: `${i + 1} ent` }).waitFor();
    }
    // The capofila cannot be a member too; the seventh comune is taken back.
    await pick(/^Cerca l’ente aderente/, /^Ente aderente/, mc[0]);
    await form.getByRole('button', { name: 'Aggiungi l’ente' }).click();
    await form.getByTestId('field-error').filter({ hasText: 'è già il capofila' }).waitFor();
    await form.getByRole('button', { name: `Togli ${mc[6].name}` }).click();
    await count.filter({ hasText: /^5 enti aderenti oltre al capofila$/ }).waitFor();
    expect((await form.getByTestId('aggregation-member').count()) === 5, 'five members listed');
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    await form.getByLabel(/^Numero( \*)?$/).fill('7/2026');
    await form.getByLabel(/^Data( \*)?$/).fill(yesterday);
    await form.getByLabel(/^Adottato da/).fill(`Sindaco del ${mc[0].name}`);
    await form.getByLabel('Allega l’atto (PDF)').setInputFiles({ name: 'decreto-nomina-7-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await shot(page, '35-aggregation-request-form');
    await checkA11y(page, 'aggregation-request-form');
    await form.getByRole('button', { name: 'Invia la proposta' }).click();
    await form.getByTestId('aggregation-request-sent').waitFor();
    const mine = page.getByTestId('my-access-request').filter({ hasText: funding.proposal.name });
    await mine.filter({ hasText: `capofila ${mc[0].name}, 5 enti aderenti` }).waitFor();
    expect((await mine.getAttribute('data-status')) === 'PENDING', 'the request waits');
    await shot(page, '35-aggregation-request-sent');
    await signOut(page);
  });

  await step('admin sees the proposal in /richieste-accesso (members and resolutions, the act) and approves it', async () => {
    await signIn(page, ADMIN, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/richieste-accesso`);
    const row = page.locator(`[data-testid="access-queue-row"][data-proposal="${funding.proposal.name}"]`);
    await row.waitFor();
    const { mc } = funding.proposal;
    expect(norm(await row.innerText()).includes(`capofila ${mc[0].name}, 5 enti aderenti`), `summary: ${await row.innerText()}`);
    const members = row.getByTestId('proposal-member');
    expect((await members.count()) === 5, `${await members.count()} members shown`);
    expect(norm(await members.first().innerText()).includes(`${mc[1].name} 40 20/11/2026 Consiglio`), `first member: ${await members.first().innerText()}`);
    await downloadsPDF(page, row.getByRole('link', { name: /decreto-nomina-7-2026\.pdf/ }));
    await shot(page, '35-access-queue-proposal');
    await checkA11y(page, 'access-queue-proposal');
    await row.getByRole('button', { name: 'Approva' }).click();
    await row.waitFor({ state: 'detached' });
    await signOut(page);
  });

  await step('lead sees the aggregation formed, manages its members on screen and submits its application (API)', async () => {
    const { mc } = funding.proposal;
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('roles').getByRole('link', { name: `aggregazione ${funding.proposal.name}` }).waitFor();
    await page.goto(`${BASE}/accesso`);
    const mine = page.locator('[data-testid="my-access-request"][data-status="APPROVED"]').filter({ hasText: funding.proposal.name });
    await mine.waitFor();
    await mine.getByRole('link', { name: `Apri l’aggregazione ${funding.proposal.name}` }).click();
    await page.waitForURL(/\/aggregazioni\/[^/]+$/);
    const aggregationId = page.url().split('/').pop();
    await page.getByTestId('members-count').filter({ hasText: /^6 enti$/ }).waitFor();
    // Add the seventh comune found by name and province, record its resolution, then remove it.
    const add = page.getByTestId('add-member');
    await add.getByLabel('Nome del Comune o dell’Unione').fill(mc[6].name.replace(/^Comune di /, ''));
    await add.getByLabel('Provincia (sigla)').fill('MC');
    const result = add.getByTestId('body-result').filter({ hasText: mc[6].name }).first();
    await result.waitFor();
    await shot(page, '35-aggregation-add-member');
    await checkA11y(page, 'aggregation-add-member');
    await result.getByRole('button', { name: /Aggiungi/ }).click();
    await page.getByTestId('members-count').filter({ hasText: /^7 enti$/ }).waitFor();
    const row = page.getByTestId('members').locator('tbody tr').filter({ hasText: mc[6].name });
    await row.getByRole('button', { name: /Delibera/ }).click();
    await row.getByLabel('Numero delibera').fill('45');
    await row.getByLabel('Data delibera').fill('2026-11-20');
    await row.getByLabel('Organo').selectOption('GIUNTA');
    await row.getByRole('button', { name: 'Salva la delibera' }).click();
    await row.filter({ hasText: 'Giunta n. 45 del 20/11/2026' }).waitFor();
    await shot(page, '36-aggregation-resolution');
    await checkA11y(page, 'aggregation-resolution');
    await row.getByRole('button', { name: /Togli/ }).click();
    await row.getByRole('button', { name: 'Togli', exact: true }).click();
    await page.getByTestId('members-count').filter({ hasText: /^6 enti$/ }).waitFor();
    // The application, through the API: 40.000 € per comune on line A, services.
    const call = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { call { id interventionLines(first: 10) { edges { node { id code } } } expenseCategories(first: 10) { edges { node { id code } } } } } } }', { id: application.id });
    const c = call.data.node.call;
    const lineA = c.interventionLines.edges.find((e) => e.node.code === 'A').node.id;
    const serv = c.expenseCategories.edges.find((e) => e.node.code === 'SERV').node.id;
    const created = await gql(page, 'mutation($in: CreateApplicationInput!) { createApplication(input: $in) { id } }', {
      in: { callID: c.id, aggregationID: aggregationId, title: 'Alto Maceratese digitale (e2e)' },
    });
    expect(!created.errors, JSON.stringify(created.errors));
    const appId = created.data.createApplication.id;
    const lines = mc.slice(0, 6).map((b) => ({ bodyID: b.id, interventionLineID: lineA, expenseCategoryID: serv, amountCents: 4000000 }));
    const set = await gql(page, 'mutation($a: ID!, $l: [BudgetLineInput!]!) { setBudgetLines(applicationID: $a, lines: $l) { problems { message } } }', { a: appId, l: lines });
    expect(!set.errors && set.data.setBudgetLines.problems.length === 0, JSON.stringify(set.errors ?? set.data.setBudgetLines.problems));
    const sub = await gql(page, 'mutation($id: ID!) { submitApplication(id: $id) { status } }', { id: appId });
    expect(sub.data?.submitApplication.status === 'SUBMITTED', JSON.stringify(sub.errors));
    funding.second = { aggregationId, appId, totalCents: 24000000 };
    await signOut(page);
  });

  await step('officer finds the submitted applications on the home and among the call’s applications received', async () => {
    await signIn(page, OFFICER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    const queue = page.getByTestId('officer-toExamine');
    await queue.getByRole('link', { name: application.title }).waitFor();
    // As many as the API says are submitted (the demo has another aggregation's too).
    const submitted = (await gql(page, `{ applications(first: 1, where: {status: SUBMITTED}) { totalCount } }`)).data.applications.totalCount;
    expect(submitted >= 2 && (await queue.innerText()).includes(`${submitted} domande presentate da esaminare`), `queue: ${await queue.innerText()}, the API: ${submitted}`);
    await shot(page, '37-home-officer-queue');
    await checkA11y(page, 'home-officer-queue');
    await page.getByRole('link', { name: 'Vai ai bandi' }).click();
    await page.waitForURL(/\/bandi$/);
    const row = page.getByTestId('call-row').filter({ hasText: 'Avviso pubblico per la trasformazione digitale' });
    await row.waitFor();
    await shot(page, '38-calls-list');
    await checkA11y(page, 'calls-list');
    await row.getByRole('link').click();
    await page.waitForURL(/\/bandi\/[^/]+$/);
    const received = page.getByTestId('received-row').filter({ hasText: application.title });
    await received.waitFor();
    expect(norm(await received.innerText()).includes(norm(eur(application.totalCents - 100000))), 'the total received = the saved budget');
    // The call's money as the officer sees it: what the applications
    // under examination ask for, and what is left, as the API says.
    const callID = page.url().split('/').pop();
    const receivedN = (await gql(page, `query($id: ID!) { node(id: $id) { ... on Call { applications(first: 1, where: {statusNEQ: DRAFT}) { totalCount } } } }`, { id: callID })).data.node.applications.totalCount;
    expect((await page.getByTestId('received-row').count()) === receivedN && receivedN >= 2, `applications received on screen ≠ the API's ${receivedN}`);
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Call { totalBudgetCents
      budgetUse { grantedCents pendingCents availableCents pending }
      applications(first: 50, where: {statusIn: [SUBMITTED, ADMISSIBLE, INTEGRATION_REQUESTED]}) { edges { node { totals { totalCents } } } } } } }`, { id: callID });
    const use = api.data.node.budgetUse;
    const asked = api.data.node.applications.edges.reduce((s, e) => s + e.node.totals.totalCents, 0);
    expect(use.pending === api.data.node.applications.edges.length && use.pending >= 2 && use.pendingCents === asked, `budgetUse ${JSON.stringify(use)}, the applications ask for ${asked}`);
    const chart = page.getByTestId('call-budget');
    expect(norm(await chart.getByTestId('call-budget-pending').innerText()) === norm(eur(asked)), `pending on screen ${await chart.getByTestId('call-budget-pending').innerText()} ≠ ${eur(asked)}`);
    expect(norm(await chart.getByTestId('call-budget-available').innerText()) === norm(eur(use.availableCents)), 'available on screen = API');
    await shot(page, '39-call-applications-received');
    await checkA11y(page, 'call-detail');
    await received.getByRole('link', { name: application.title }).click();
    await page.getByTestId('review-panel').waitFor();
  });

  await step('officer declares the demo application admissible: no outcome preselected, a reason required, then a confirmation', async () => {
    const form = page.getByTestId('decision-form');
    expect((await form.locator('input[type="radio"]:checked').count()) === 0, 'no decision preselected');
    await form.locator('label', { hasText: 'Non ammissibile' }).click();
    await form.getByRole('button', { name: 'Dichiara non ammissibile' }).click();
    await form.getByTestId('field-error').first().waitFor();
    expect((await form.getByTestId('field-error').first().innerText()).includes('motivazione'), 'reason required, said next to the field');
    expect((await page.getByTestId('confirm-decision').count()) === 0, 'no confirmation without a reason');
    await shot(page, '40-review-reason-required');
    await checkA11y(page, 'review-panel');
    await form.getByText('Ammissibile', { exact: true }).click();
    await form.getByLabel(/Motivazione/).fill('Requisiti del bando rispettati.');
    await form.getByRole('button', { name: 'Dichiara ammissibile' }).click();
    const dialog = page.getByTestId('confirm-decision');
    await dialog.waitFor();
    expect(norm(await dialog.innerText()).includes('Requisiti del bando rispettati'), 'the confirmation repeats the reason');
    await checkA11y(page, 'confirm-decision');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Dichiara ammissibile' }).click();
    await page.getByTestId('confirm-decision-confirm').click();
    await page.locator('[data-status="ADMISSIBLE"]').first().waitFor();
    await page.getByTestId('fund-form').waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { status decisionReason } } }', { id: application.id });
    expect(api.data.node.status === 'ADMISSIBLE' && api.data.node.decisionReason === 'Requisiti del bando rispettati.', `API ${JSON.stringify(api.data.node)}`);
  });

  await step('officer declares the second application admissible and funds it; the project matches the API', async () => {
    await page.goto(`${BASE}/domande/${funding.second.appId}`);
    const form = page.getByTestId('decision-form');
    await form.getByText('Ammissibile', { exact: true }).click();
    await form.getByLabel(/Motivazione/).fill('Requisiti rispettati.');
    await form.getByRole('button', { name: 'Dichiara ammissibile' }).click();
    await page.getByTestId('confirm-decision-confirm').click();
    const fund = page.getByTestId('fund-form');
    await fund.waitFor();
    expect(norm(await fund.getByLabel(/Importo concesso/).inputValue()) === '240.000,00', 'grant defaults to the request');
    await fund.getByLabel(/^CUP/).fill('D79J26000990001');
    await fund.getByLabel(/Numero del decreto/).fill('DDPF 77/2026');
    await fund.getByLabel(/Data del decreto/).fill('2026-11-30');
    await fund.getByLabel(/Quota UE/).fill('100.000,00');
    await fund.getByRole('button', { name: 'Finanzia e crea il progetto' }).click();
    await page.getByTestId('confirm-fund').waitFor();
    await page.getByTestId('confirm-fund-confirm').click();
    await fund.getByTestId('field-error').waitFor(); // shares that do not add up to the grant: the server refuses
    await shot(page, '41-fund-split-error');
    await checkA11y(page, 'fund-form');
    await fund.getByLabel(/Quota UE/).fill('120.000,00');
    await fund.getByLabel(/Quota Stato/).fill('84.000,00');
    await fund.getByLabel(/Quota Regione/).fill('36.000,00');
    await fund.getByRole('button', { name: 'Finanzia e crea il progetto' }).click();
    const confirmFund = page.getByTestId('confirm-fund');
    await confirmFund.waitFor();
    expect(norm(await confirmFund.innerText()).includes('240.000,00'), 'the confirmation states the grant');
    await page.getByTestId('confirm-fund-confirm').click();
    await page.getByTestId('funded').waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Application { status project { id cup grantedCents euCents allocations(first: 100) { edges { node { amountCents } } } } } } }', { id: funding.second.appId });
    const p = api.data.node.project;
    const allocated = p.allocations.edges.reduce((s, e) => s + e.node.amountCents, 0);
    expect(api.data.node.status === 'FUNDED' && p.cup === 'D79J26000990001' && p.grantedCents === 24000000 && p.euCents === 12000000, JSON.stringify(p));
    expect(allocated === p.grantedCents, `allocations ${allocated} = grant ${p.grantedCents}`);
    await shot(page, '42-application-funded');
    await checkA11y(page, 'application-funded');
  });

  await step('officer creates a call with its rules, lines and categories, and publishes it', async () => {
    await page.goto(`${BASE}/bandi/nuovo`);
    const form = page.getByTestId('call-form');
    await form.getByRole('button', { name: 'Crea il bando in bozza' }).click();
    await form.getByTestId('field-error').first().waitFor(); // title and budget required
    const title = `Avviso e2e per la cybersicurezza dei Comuni ${Date.now()}`;
    await form.getByLabel(/^Titolo/).fill(title);
    await form.getByLabel(/^Dotazione \(/).fill('1.500.000,00');
    await form.getByLabel(/Tetto per ente/).fill('50.000');
    await form.getByLabel(/Costo minimo/).fill('100.000,00');
    await form.getByLabel(/Enti minimi/).fill('3');
    await form.getByLabel(/^Apertura/).fill(localIn(1));
    await form.getByLabel(/^Chiusura/).fill(localIn(60));
    await form.getByTestId('line-rows').getByLabel('Nome').first().fill('Sicurezza delle postazioni');
    await form.getByTestId('cat-rows').getByLabel('Nome').first().fill('Servizi specialistici');
    await form.getByRole('button', { name: 'Aggiungi una categoria' }).click();
    await form.getByTestId('cat-rows').getByLabel('Codice').nth(1).fill('FORM');
    await form.getByTestId('cat-rows').getByLabel('Nome').nth(1).fill('Formazione');
    await form.getByTestId('cat-rows').getByLabel(/Tetto/).nth(1).fill('10');
    // The terms: one out of range is refused on its field before anything is sent.
    const terms = form.getByTestId('call-terms');
    await terms.getByLabel(/^Controllo dei rendiconti entro/).fill('400');
    await form.getByRole('button', { name: 'Crea il bando in bozza' }).click();
    await terms.getByTestId('field-error').filter({ hasText: 'da 1 a 365' }).waitFor();
    await terms.getByLabel(/^Controllo dei rendiconti entro/).fill('90');
    await terms.getByLabel(/^Contratto entro/).fill('6');
    await terms.getByLabel(/^Rendiconti ogni/).fill('4');
    await shot(page, '43-call-new');
    await checkA11y(page, 'call-new');
    await form.getByRole('button', { name: 'Crea il bando in bozza' }).click();
    await page.waitForURL(/\/bandi\/(?!nuovo)[^/]+$/);
    await page.locator('[data-call-status="DRAFT"]').waitFor();
    expect((await page.getByTestId('call-categories').innerText()).includes('massimo 10% del totale'), 'category cap shown');
    const rules = await page.getByTestId('call-rules').innerText();
    expect(/Controllo dei rendiconti entro \(giorni\)\s*90/.test(rules) && /Integrazioni entro \(giorni\)\s*10/.test(rules), `terms shown: ${rules}`);
    await page.getByRole('button', { name: 'Pubblica il bando' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Pubblica il bando' }).click();
    await page.locator('[data-call-status="PUBLISHED"]').waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Call { title status totalBudgetCents capPerMemberCents minMembers reviewDays contractDeadlineMonths reportingEveryMonths integrationDays interventionLines(first: 5) { totalCount } expenseCategories(first: 5) { edges { node { code capBp } } } } } }', { id });
    const c = api.data.node;
    expect(c.status === 'PUBLISHED' && c.title === title && c.totalBudgetCents === 150000000 && c.capPerMemberCents === 5000000 && c.minMembers === 3, JSON.stringify(c));
    expect(c.reviewDays === 90 && c.contractDeadlineMonths === 6 && c.reportingEveryMonths === 4 && c.integrationDays === null, `terms saved: ${JSON.stringify(c)}`);
    expect(c.interventionLines.totalCount === 1 && c.expenseCategories.edges.find((e) => e.node.code === 'FORM').node.capBp === 1000, JSON.stringify(c));
    await shot(page, '44-call-published');
    await checkA11y(page, 'call-published');
    await signOut(page);
  });

  await step('admin creates a user and grants a role with its scope', async () => {
    await signIn(page, ADMIN, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('admin-attention').getByRole('link', { name: 'Vai all’amministrazione' }).click();
    await page.getByTestId('users').waitFor();
    await shot(page, '45-admin-users');
    await checkA11y(page, 'admin-users');
    const email = `e2e-${Date.now()}@regione-marche.test`;
    const form = page.getByTestId('new-user');
    await form.getByLabel(/E-mail/).fill(email);
    await form.getByLabel(/Nome e cognome/).fill('Anna Verdi (Regione Marche)');
    await form.getByLabel(/Password iniziale/).fill('corta');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    await form.getByTestId('field-error').waitFor();
    await form.getByLabel(/Password iniziale/).fill('una-password-lunga-2026');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    await page.getByTestId('user-created').waitFor();
    const grant = page.getByTestId('grant-role');
    await grant.getByLabel('Ruolo').selectOption('AUDITOR');
    await grant.getByLabel('Regione').selectOption({ label: 'Regione Marche' });
    await grant.getByRole('button', { name: 'Assegna il ruolo' }).click();
    await page.locator('[data-testid="user-role"][data-role="AUDITOR"]').filter({ hasText: 'Regione Marche' }).waitFor();
    await shot(page, '46-admin-user-role');
    await checkA11y(page, 'admin-user');
    const api = await gql(page, 'query($e: String!) { users(first: 1, where: { email: $e }) { edges { node { roleAssignments(first: 5) { edges { node { role regionBody { name } } } } } } } }', { e: email });
    const ra = api.data.users.edges[0].node.roleAssignments.edges.map((e) => e.node);
    expect(ra.length === 1 && ra[0].role === 'AUDITOR' && ra[0].regionBody.name === 'Regione Marche', JSON.stringify(ra));
    await signOut(page);
  });


  // ---- Running the project: member, auditor, lead, officer ----
  let demo = null; // { projectId, claimId, claimItems: [{ id, body, claimedCents }] }

  await step('member signs in and sees its allocation figures, equal to the API', async () => {
    await signIn(page, MEMBER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('member-figures').waitFor();
    const me = await gql(page, '{ me { roleAssignments(first: 10) { edges { node { role body { id name } aggregation { id } } } } } }');
    const ra = me.data.me.roleAssignments.edges.map((e) => e.node).find((n) => n.role === 'MEMBER_REFERENT');
    const api = await gql(
      page,
      `query($a: ID!, $b: ID!) { projects(first: 5, where: { aggregationID: $a }) { edges { node { id cup
         allocationSummary(bodyID: $b) { totals { allocatedCents committedCents invoicedCents paidCents claimedCents admittedCents remainingCents spentBp } } } } } }`,
      { a: ra.aggregation.id, b: ra.body.id },
    );
    const project = api.data.projects.edges.map((e) => e.node).find((p) => p.cup === DEMO_CUP);
    expect(project, `project ${DEMO_CUP} readable by the member`);
    const f = project.allocationSummary.totals;
    expect(f.allocatedCents > 0, 'the member has an allocation');
    const box = page.getByTestId('member-figures');
    for (const k of ['allocatedCents', 'committedCents', 'invoicedCents', 'paidCents', 'claimedCents', 'admittedCents', 'remainingCents']) {
      const shown = norm(await box.getByTestId(`figure-${k}`).innerText());
      expect(shown === norm(eur(f[k])), `${k}: screen ${shown} ≠ API ${eur(f[k])}`);
    }
    const spent = norm(await page.getByTestId('figure-spentBp').first().innerText());
    const wantSpent = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 2 }).format(f.spentBp / 10000);
    expect(spent === norm(wantSpent), `% spent ${spent} ≠ ${wantSpent}`);
    expect((await page.getByTestId('member-late').count()) > 0, 'late deliverables listed under "what needs my attention"');
    // The member's own figures, what "Residuo" means and its statement come
    // first: above the fold on a laptop and on a phone.
    for (const vp of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const before = page.viewportSize();
      await page.setViewportSize(vp);
      await page.evaluate(() => window.scrollTo(0, 0));
      const bottom = async (id) => (await page.getByTestId(id).first().boundingBox())?.y + (await page.getByTestId(id).first().boundingBox())?.height;
      for (const id of ['member-figures', 'member-remaining-help', 'member-statement']) {
        const b = await bottom(id);
        expect(b < vp.height, `${id} ends at ${Math.round(b)} px, below the fold of ${vp.width}×${vp.height}`);
      }
      // The page's content (the header is checked by its own steps).
      const wide = await page.evaluate(() => { const m = document.querySelector('main'); return m ? m.scrollWidth - m.clientWidth : 0; });
      expect(wide <= 0, `the content scrolls sideways by ${wide} px at ${vp.width}`);
      await page.setViewportSize(before);
    }
    expect((await page.getByTestId('member-statement').getAttribute('href')).endsWith(`/members/${ra.body.id}/scheda.pdf`), 'the statement of the member body');
    expect(!(await page.locator('h1').innerText()).includes('Benvenut'), 'a greeting that does not assume gender');
    demo = { projectId: project.id };
    await shot(page, '10-home-member-allocation-and-deliverables');
    await checkA11y(page, 'home-member');
  });

  await step('the member dashboard renders (first paint and figures timed in the browser)', async () => {
    // Three fresh loads of the dashboard with a warm server; the times are
    // reported, never asserted (no timing thresholds in tests).
    const runs = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${BASE}/`);
      await page.getByTestId('member-figures').waitFor();
      runs.push(await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        figures: performance.now(),
      })));
    }
    const fmt = (xs) => xs.map((x) => `${Math.round(x)}`).join(', ');
    console.log(`        dashboard timing: first contentful paint ${fmt(runs.map((r) => r.fcp))} ms; figures shown by ${fmt(runs.map((r) => r.figures))} ms after navigation`);
    expect(runs.every((r) => r.figures > 0), 'the figures were shown');
  });

  await step('member moves its planned deliverable to IN_PROGRESS', async () => {
    const card = page.locator('[data-testid="deliverable"][data-state="PLANNED"]').first();
    await card.waitFor();
    const id = await card.getAttribute('data-deliverable');
    await card.getByRole('button', { name: /Avvia i lavori/ }).click();
    await page.locator(`[data-deliverable="${id}"][data-state="IN_PROGRESS"]`).waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Deliverable { status } } }', { id });
    expect(api.data.node.status === 'IN_PROGRESS', `API status ${api.data.node.status}`);
    demo.deliverableId = id;
  });

  await step('member cannot deliver without evidence, uploads one (multipart) and delivers', async () => {
    const card = page.locator(`[data-deliverable="${demo.deliverableId}"]`);
    await card.getByRole('button', { name: /Segna come consegnato/ }).click();
    const alert = card.getByTestId('form-errors');
    await alert.waitFor();
    expect((await alert.innerText()).includes('Caricare almeno un documento'), `server says: ${await alert.innerText()}`);
    await card.getByLabel('Scegli un documento di evidenza').setInputFiles({
      name: 'verbale-collaudo-conservazione.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await card.getByRole('button', { name: 'Carica', exact: true }).click();
    await card.getByRole('link', { name: 'verbale-collaudo-conservazione.pdf' }).waitFor();
    await shot(page, '11-member-deliverable-evidence-uploaded');
    await card.getByRole('button', { name: /Segna come consegnato/ }).click();
    await page.locator(`[data-deliverable="${demo.deliverableId}"][data-state="DELIVERED"]`).waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Deliverable { status documents(first: 5) { totalCount } } } }', { id: demo.deliverableId });
    expect(api.data.node.status === 'DELIVERED' && api.data.node.documents.totalCount === 1, JSON.stringify(api.data.node));
  });

  await step('member opens the project page from the home page', async () => {
    await page.getByTestId('projects').getByRole('link', { name: /Marche Sud digitale – fase 1/ }).click();
    await page.waitForURL(/\/progetti\//);
    await page.getByTestId('project-header').waitFor();
    expect((await page.getByTestId('project-cup').innerText()) === DEMO_CUP, 'CUP in the header');
    expect((await page.getByTestId('invoice-import').count()) === 0, 'no invoice import for a member');
    await shot(page, '12-project-member');
    await checkA11y(page, 'project-member');
    await signOut(page);
  });

  await step('auditor sees claim 1 in the review queue on the home page', async () => {
    await signIn(page, AUDITOR, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    const row = page.getByTestId('queue-row').filter({ hasText: 'Rendiconto n. 1' });
    await row.waitFor();
    expect((await row.innerText()).includes('Presentato'), 'claim 1 is submitted');
    await shot(page, '13-home-auditor-review-queue');
    await checkA11y(page, 'home-auditor');
    await row.getByRole('link', { name: 'Rendiconto n. 1' }).click();
    await page.waitForURL(/\/rendiconti\//);
    demo.claimId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('claim-items').waitFor();
    await page.getByTestId('start-review').waitFor();
    await shot(page, '14-claim-1-before-review');
    await checkA11y(page, 'claim-before-review');
  });

  await step('auditor starts the review and records the checklist', async () => {
    await page.getByRole('button', { name: 'Avvia il controllo' }).click();
    await page.getByTestId('checklist').waitFor();
    expect((await page.getByTestId('claim-status').innerText()).includes('In controllo'), 'status under review');
    const checks = page.getByTestId('checklist').locator('fieldset');
    const n = await checks.count();
    expect(n >= 3, `${n} checks`);
    // Bootstrap Italia hides the native radio and draws it on its label: click the label, as users do.
    for (let i = 0; i < n; i++) await checks.nth(i).locator('label', { hasText: /^Conforme$/ }).click();
    await page.getByRole('button', { name: 'Salva la lista di controllo' }).click();
    await page.getByTestId('checklist-saved').filter({ hasText: `${n} di ${n}` }).waitFor();
    const items = await gql(page, `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { status reviews(first: 1) { edges { node { checklist { result } } } }
      items(first: 100) { totalCount edges { node { id claimedCents body { name } } } } } } }`, { id: demo.claimId });
    const claim = items.data.node;
    expect(claim.status === 'UNDER_REVIEW', `API status ${claim.status}`);
    expect(claim.reviews.edges[0].node.checklist.every((c) => c.result === 'OK'), 'checklist saved as OK');
    demo.claimItems = claim.items.edges.map((e) => ({ id: e.node.id, body: e.node.body.name, claimedCents: e.node.claimedCents }));
  });

  await step('auditor cuts one expense with a reason (a missing reason is shown on the field)', async () => {
    await page.getByLabel('Cerca per ente').fill('Grottammare');
    await page.getByTestId('items-count').filter({ hasText: '1 di' }).waitFor();
    await page.getByRole('button', { name: /^Taglia.*Comune di Grottammare/ }).click();
    const form = page.getByTestId('decision-form');
    await form.getByRole('button', { name: 'Salva la decisione' }).click();
    const reason = form.getByLabel(/Motivo della decurtazione/);
    expect((await reason.getAttribute('aria-invalid')) === 'true', 'reason marked invalid');
    expect((await form.getByTestId('field-error').innerText()).includes('Indica il motivo della decurtazione'), 'reason error text');
    await shot(page, '15-claim-cut-missing-reason');
    await checkA11y(page, 'claim-decision-form');
    await reason.fill('Quota non documentata: manca il verbale di collaudo dell’ente.');
    await form.getByRole('button', { name: 'Salva la decisione' }).click();
    await page.locator('[data-testid="claim-item"][data-body="Comune di Grottammare"] [data-status="CUT"]').waitFor();
    await page.getByLabel('Cerca per ente').fill('');
  });

  await step('auditor admits the other expenses; totals admitted and cut match the API', async () => {
    await page.getByRole('button', { name: /Ammetti le 63 spese in attesa/ }).click();
    await page.getByTestId('total-pending').filter({ hasText: /^0 di 64$/ }).waitFor({ timeout: 30_000 });
    const cut = demo.claimItems.find((i) => i.body === 'Comune di Grottammare').claimedCents;
    const claimed = demo.claimItems.reduce((s, i) => s + i.claimedCents, 0);
    expect(norm(await page.getByTestId('total-cut').innerText()) === norm(eur(cut)), 'cut total on screen');
    expect(norm(await page.getByTestId('total-admitted').innerText()) === norm(eur(claimed - cut)), 'admitted total on screen');
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on ExpenseClaim { items(first: 100) { edges { node { decision admittedCents } } } } } }', { id: demo.claimId });
    const decisions = api.data.node.items.edges.map((e) => e.node);
    expect(decisions.filter((d) => d.decision === 'ADMITTED').length === 63 && decisions.filter((d) => d.decision === 'CUT').length === 1, 'API decisions 63 admitted, 1 cut');
    demo.admitted = claimed - cut;
    demo.cut = cut;
    await page.getByTestId('suggested-outcome').filter({ hasText: 'Accettato in parte' }).waitFor();
    await shot(page, '16-claim-review-decided');
    await checkA11y(page, 'claim-under-review');
  });

  await step('auditor completes the review as PARTIALLY_ACCEPTED', async () => {
    await page.getByTestId('outcome-form').locator('label', { hasText: /^Accettato in parte/ }).click();
    await page.getByLabel(/Commenti al capofila/).fill('Ammesse 63 spese su 64; tagliata la quota di Grottammare per mancanza del verbale di collaudo.');
    await page.getByTestId('outcome-form').getByRole('button', { name: 'Chiudi il controllo' }).click();
    const confirm = page.getByTestId('confirm-outcome');
    await confirm.waitFor();
    expect(norm(await confirm.innerText()).includes(norm(eur(demo.cut))), 'the confirmation states the amount cut');
    await checkA11y(page, 'confirm-outcome');
    await page.getByTestId('confirm-outcome-confirm').click();
    await page.getByTestId('claim-status').filter({ hasText: 'Accettato in parte' }).waitFor();
    await page.getByTestId('review-history').waitFor();
    expect(norm(await page.getByTestId('review-admitted').innerText()) === norm(eur(demo.admitted)), 'admitted in the minutes');
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on ExpenseClaim { status reviews(first: 1) { edges { node { outcome admittedCents cutCents } } } } } }', { id: demo.claimId });
    const r = api.data.node.reviews.edges[0].node;
    expect(api.data.node.status === 'PARTIALLY_ACCEPTED' && r.outcome === 'PARTIALLY_ACCEPTED', `API ${api.data.node.status}/${r.outcome}`);
    expect(r.admittedCents === demo.admitted && r.cutCents === demo.cut, `API admitted ${r.admittedCents} cut ${r.cutCents}`);
    await shot(page, '17-claim-review-completed');
    await checkA11y(page, 'claim-review-completed');
    // The frozen claim report and the review minutes download as PDFs, with the session.
    for (const name of [/Rendiconto depositato/, /Verbale di controllo/]) {
      const href = await page.getByTestId('claim-downloads').getByRole('link', { name }).getAttribute('href');
      const res = await page.request.get(`${BASE}${href}`);
      const body = await res.body();
      expect(res.status() === 200 && body.subarray(0, 4).toString() === '%PDF', `download ${href}: ${res.status()}`);
    }
    // Claim 1 leaves the queue; the demo's claim 2 (submitted on 30/11/2026) stays.
    await page.goto(`${BASE}/`);
    await page.getByTestId('queue-row').filter({ hasText: 'Rendiconto n. 2' }).waitFor();
    expect((await page.getByTestId('queue-row').filter({ hasText: 'Rendiconto n. 1' }).count()) === 0, 'claim 1 is no longer in the queue');
    await signOut(page);
  });

  await step('lead sees what needs attention and the claim outcome on the project', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('lead-attention').waitFor();
    expect((await page.getByTestId('attention-invoice').count()) >= 1, 'the flagged invoice is listed');
    expect((await page.getByTestId('attention-overdue').count()) >= 1, 'overdue deliverables are listed');
    await shot(page, '18-home-lead-attention');
    await checkA11y(page, 'home-lead-attention');
    await page.goto(`${BASE}/progetti/${demo.projectId}/rendiconti`);
    const row = page.locator('[data-testid="claim-row"][data-number="1"]');
    await row.waitFor();
    expect((await row.innerText()).includes('Accettato in parte'), `claim 1 row: ${await row.innerText()}`);
    expect(norm(await row.innerText()).includes(norm(eur(demo.admitted))), 'admitted amount in the row');
    await shot(page, '19-project-claims-lead');
    await checkA11y(page, 'project-claims');
  });

  await step('lead uploads a FatturaPA file and sees the match report (then the duplicate skipped)', async () => {
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Project { cup aggregation { lead { name codiceFiscale } }
      procurements(first: 10) { edges { node { lots(first: 10) { edges { node { cig awardedVendor { name vatID } } } } } } } } } }`, { id: demo.projectId });
    const p = api.data.node;
    const lot = p.procurements.edges.flatMap((e) => e.node.lots.edges.map((l) => l.node)).find((l) => l.cig === DEMO_CIG);
    expect(p.cup === DEMO_CUP && lot && lot.awardedVendor, 'demo CUP and CIG found through the API');
    console.log(`        demo vendor for CIG ${DEMO_CIG}: ${lot.awardedVendor.name}, partita IVA ${lot.awardedVendor.vatID}`);
    const number = `E2E-${Date.now()}`;
    const xml = fatturaPA({
      supplierVat: lot.awardedVendor.vatID, supplierName: lot.awardedVendor.name,
      buyerCF: p.aggregation.lead.codiceFiscale, buyerName: p.aggregation.lead.name,
      number, date: '2026-06-30', cig: DEMO_CIG, cup: DEMO_CUP, taxable: 100000, vat: 22000,
    });
    demo.invoiceNumber = number;
    await page.getByTestId('project-nav').getByRole('link', { name: 'Fatture e pagamenti' }).click();
    const form = page.getByTestId('invoice-import');
    await form.getByRole('button', { name: 'Importa' }).click();
    await form.getByTestId('field-error').waitFor(); // no file chosen
    const file = { name: `${number}.xml`, mimeType: 'application/xml', buffer: Buffer.from(xml) };
    await form.getByLabel('Scegli il file FatturaPA').setInputFiles(file);
    await form.getByRole('button', { name: 'Importa' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect((await report.innerText()).includes('1 fattura salvata'), `report: ${await report.innerText()}`);
    const row = report.getByTestId('imported-invoice');
    expect((await row.innerText()).includes(number), 'invoice number in the report');
    expect((await row.getByTestId('invoice-ok').count()) === 1, `matched without problems: ${await row.innerText()}`);
    await page.locator(`[data-testid="invoice"][data-number="${number}"]`).waitFor();
    await shot(page, '20-invoice-import-report');
    await checkA11y(page, 'invoice-import-report');
    await form.getByLabel('Scegli il file FatturaPA').setInputFiles(file);
    await form.getByRole('button', { name: 'Importa' }).click();
    await report.getByTestId('skipped-invoices').waitFor();
    expect((await report.getByTestId('skipped-invoices').innerText()).includes('già registrata'), 'duplicate skipped with its reason');
  });

  await step('lead records a payment; the server refusal shows next to the amount', async () => {
    const row = page.locator(`[data-testid="invoice"][data-number="${demo.invoiceNumber}"]`);
    await row.getByRole('button', { name: /Registra pagamento/ }).click();
    const form = page.getByTestId('payment-form');
    await form.getByLabel(/Numero del mandato/).fill('2207');
    await form.getByLabel(/Data del mandato/).fill('2026-07-15');
    // Split payment: the supplier gets the taxable amount (prefilled), the
    // VAT goes to the Treasury by F24. Paying the gross to the supplier is
    // refused by the server, on the amount.
    expect((await form.getByLabel(/Importo pagato/).inputValue()) === '1.000,00', 'the supplier part is prefilled');
    await form.getByLabel(/Importo pagato/).fill('1.220,00');
    await form.getByLabel(/Data della quietanza/).fill('2026-07-20');
    await form.getByRole('button', { name: 'Registra il pagamento' }).click();
    const err = form.getByTestId('field-error');
    await err.waitFor();
    expect((await err.innerText()).includes('lascia dovuto per questa parte'), `server says: ${await err.innerText()}`);
    expect((await form.getByLabel(/Importo pagato/).getAttribute('aria-invalid')) === 'true', 'amount marked invalid');
    await shot(page, '21-payment-server-error');
    await checkA11y(page, 'payment-form-error');
    await form.getByLabel(/Importo pagato/).fill('1.000,00');
    await form.getByRole('button', { name: 'Registra il pagamento' }).click();
    await row.getByTestId('payment').filter({ hasText: 'quietanza del 20/07/2026' }).waitFor();
    // The VAT by F24, receipted: now the invoice is paid in full.
    await row.getByRole('button', { name: /Registra pagamento/ }).click();
    const f24 = page.getByTestId('payment-form');
    await f24.getByLabel(/Cosa paga il mandato/).selectOption('VAT_F24');
    expect((await f24.getByLabel(/Importo pagato/).inputValue()) === '220,00', 'the VAT due by F24 is prefilled');
    await f24.getByLabel(/Numero del mandato/).fill('F24-0716');
    await f24.getByLabel(/Data del mandato/).fill('2026-07-16');
    await f24.getByLabel(/Data della quietanza/).fill('2026-07-16');
    await f24.getByRole('button', { name: 'Registra il pagamento' }).click();
    await row.getByTestId('payment').filter({ hasText: 'F24-0716' }).waitFor();
    await row.getByTestId('fully-paid').waitFor();
    await shot(page, '21b-invoice-paid-supplier-and-f24');
  });

  await step('lead creates claim 3, picks the new invoice shares and submits it', async () => {
    await page.getByTestId('project-nav').getByRole('link', { name: 'Rendiconti' }).click();
    await page.getByRole('button', { name: 'Nuovo rendiconto' }).click();
    const form = page.getByTestId('new-claim');
    await form.getByLabel(/Inizio del periodo/).fill('2026-01-01');
    await form.getByLabel(/Fine del periodo/).fill('2026-06-30');
    await form.getByLabel(/Relazione/).fill('Canone del primo semestre 2026 della piattaforma pagoPA per i 64 enti.');
    await form.getByRole('button', { name: 'Crea il rendiconto' }).click();
    await page.waitForURL(/\/rendiconti\//);
    await page.getByTestId('add-items').waitFor();
    const inv = page.locator(`[data-testid="claimable-invoice"][data-number="${demo.invoiceNumber}"]`);
    await inv.locator('label').first().click();
    await page.getByTestId('chosen').filter({ hasText: '64 spese scelte' }).waitFor();
    const other = page.locator('[data-testid="claimable-invoice"][data-number="2026/SC/014"]');
    expect((await other.innerText()).includes('problemi da verificare'), 'the flagged invoice cannot be claimed');
    await page.getByRole('button', { name: 'Aggiungi 64 spese' }).click();
    await page.getByTestId('items-count').filter({ hasText: '64 di 64' }).waitFor();
    await shot(page, '22-claim-2-draft-with-items');
    await checkA11y(page, 'claim-draft');
    await page.getByRole('button', { name: 'Presenta alla Regione' }).click();
    const confirm = page.getByTestId('confirm-submit-claim');
    await confirm.waitFor();
    expect(norm(await confirm.innerText()).includes('64 spese'), 'the confirmation counts the expenses');
    await shot(page, '22b-claim-2-submit-confirm');
    await checkA11y(page, 'confirm-submit-claim');
    await page.getByTestId('confirm-submit-claim-confirm').click();
    await page.getByTestId('claim-status').filter({ hasText: 'Presentato' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on ExpenseClaim { number status items(first: 1) { totalCount } } } }', { id });
    expect(api.data.node.status === 'SUBMITTED' && api.data.node.items.totalCount === 64, JSON.stringify(api.data.node));
    await shot(page, '23-claim-2-submitted');
    await signOut(page);
  });

  await step('officer reads the project; unknown project and claim show "not found"', async () => {
    await signIn(page, OFFICER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.getByTestId('projects').getByRole('link', { name: /Marche Sud digitale – fase 1/ }).click();
    await page.getByTestId('project-header').waitFor();
    await page.getByTestId('project-nav').getByRole('link', { name: 'Procedure' }).click();
    await page.getByTestId('savings-amount').first().waitFor();
    expect(norm(await page.getByTestId('savings-amount').first().innerText()).includes('15%'), 'pagoPA procedure saved 15%');
    expect((await page.getByRole('button', { name: 'Nuovo rendiconto' }).count()) === 0, 'officer cannot open claims');
    await shot(page, '24-project-officer-procurements');
    await checkA11y(page, 'project-officer');
    await page.goto(`${BASE}/progetti/PR00000000000000000000000000`);
    await page.locator('[data-error-kind]').waitFor();
    await shot(page, '25-project-not-found');
    await checkA11y(page, 'project-not-found');
    await page.goto(`${BASE}/rendiconti/EX00000000000000000000000000`);
    await page.locator('[data-error-kind]').waitFor();
    await signOut(page);
  });

  // Running the project (issue #7): the lead's procedure → lot → award → contract split by
  // population → deliverable for all → manual invoice → payment → receipt; the officer's
  // disbursement. Screenshots 50–69.
  const run = { title: `Portale dei servizi online E2E ${Date.now()}`, cig: 'B96AE2FE01', vat: '03123456786', vendor: 'Marche Digitale E2E S.r.l.' };
  const procurementCard = () => page.locator('[data-testid="procurement"]').filter({ hasText: run.title });
  const lotRow = () => page.locator(`[data-testid="lot"][data-cig="${run.cig}"]`);

  await step('lead records a procedure (D.Lgs. 36/2023 direct award) with a lot', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/progetti/${demo.projectId}/procedure`);
    await page.getByRole('button', { name: 'Nuova procedura di affidamento' }).click();
    const form = page.getByTestId('procurement-form');
    await form.getByRole('button', { name: 'Registra la procedura' }).click();
    await form.getByTestId('field-error').first().waitFor(); // object and base missing
    await shot(page, '50-procurement-form-errors');
    await checkA11y(page, 'procurement-form-errors');
    await form.getByLabel(/Oggetto della procedura/).fill(run.title);
    await form.getByLabel(/Procedura \(codice ANAC\)/).selectOption('DIRECT_AWARD');
    await form.getByLabel(/Base d’asta/).fill('12.000,00');
    await form.getByLabel(/Data di avvio/).fill('2026-07-01');
    await form.getByLabel(/Base giuridica/).fill('art. 50, c. 1, lett. b), D.Lgs. 36/2023');
    await form.getByLabel(/^RUP/).fill('Ing. Franco Marini');
    await form.getByRole('button', { name: 'Registra la procedura' }).click();
    await procurementCard().waitFor();
    await procurementCard().getByRole('button', { name: /Aggiungi un lotto/ }).click();
    const lot = page.getByTestId('lot-form');
    await lot.getByLabel(/Oggetto del lotto/).fill('Lotto unico portale');
    await lot.getByLabel(/^CIG/).fill('8874674CA8'); // a pre-2024 CIG with a wrong check character: the server says so on the field
    await lot.getByLabel(/Base d’asta del lotto/).fill('12.000,00');
    await lot.getByRole('button', { name: 'Aggiungi il lotto' }).click();
    const cigError = lot.getByTestId('field-error');
    await cigError.waitFor();
    expect((await lot.getByLabel(/^CIG/).getAttribute('aria-invalid')) === 'true', `CIG marked invalid: ${await cigError.innerText()}`);
    await shot(page, '51-lot-cig-server-error');
    await checkA11y(page, 'lot-form-error');
    await lot.getByLabel(/^CIG/).fill(run.cig);
    await lot.getByRole('button', { name: 'Aggiungi il lotto' }).click();
    await lotRow().waitFor();
  });

  await step('lead awards the lot to a vendor created on the spot (partita IVA refused on the field first)', async () => {
    await lotRow().getByRole('button', { name: /Aggiudica/ }).click();
    const award = page.getByTestId('award-form');
    await award.getByRole('button', { name: 'Registra un nuovo operatore economico' }).click();
    const vendor = page.getByTestId('vendor-form');
    await vendor.getByLabel(/Ragione sociale/).fill(run.vendor);
    await vendor.getByLabel(/Partita IVA/).fill('03123456787'); // wrong check digit
    await vendor.getByRole('button', { name: 'Registra l’operatore' }).click();
    await vendor.getByTestId('field-error').waitFor();
    expect((await vendor.getByLabel(/Partita IVA/).getAttribute('aria-invalid')) === 'true', 'partita IVA marked invalid');
    await shot(page, '52-vendor-vat-error');
    await checkA11y(page, 'vendor-form-error');
    await vendor.getByLabel(/Partita IVA/).fill(run.vat);
    await vendor.getByRole('button', { name: 'Registra l’operatore' }).click();
    await award.getByTestId('chosen-vendor').filter({ hasText: run.vendor }).waitFor();
    await award.getByLabel(/Importo di aggiudicazione/).fill('10.200,00');
    await award.getByLabel(/Data di aggiudicazione/).fill('2026-07-20');
    await award.getByRole('button', { name: 'Registra l’aggiudicazione' }).click();
    await lotRow().filter({ hasText: run.vendor }).waitFor();
    const savings = norm(await procurementCard().getByTestId('savings-amount').innerText());
    expect(savings.includes(norm(eur(180000))) && savings.includes('15%'), `savings: ${savings}`);
    await shot(page, '53-lot-awarded-savings');
    await checkA11y(page, 'procurement-awarded');
  });

  await step('lead signs the contract split by population; the shares sum to the amount (as the API says)', async () => {
    await lotRow().getByRole('button', { name: /Firma il contratto/ }).click();
    const form = page.getByTestId('contract-form');
    await form.getByLabel(/Repertorio/).fill('Rep. E2E/2026');
    await form.getByLabel(/Data di stipula/).fill('2026-07-25');
    const cats = await form.getByLabel(/Categoria di spesa/).locator('option').allInnerTexts();
    await form.getByLabel(/Categoria di spesa/).selectOption({ label: cats.find((c) => c.startsWith('SERV')) ?? cats[0] });
    await form.getByLabel(/^IVA/).fill('2.244,00');
    await form.locator('label', { hasText: 'Importi personalizzati' }).click();
    await form.getByTestId('split-remainder').waitFor();
    await shot(page, '54-contract-custom-split');
    await checkA11y(page, 'contract-form-custom');
    await form.locator('label', { hasText: 'Per abitanti' }).click();
    await form.getByRole('button', { name: 'Registra il contratto' }).click();
    const contract = lotRow().getByTestId('contract');
    await contract.waitFor();
    await contract.getByRole('button', { name: /Ripartizione e documenti/ }).click();
    const panel = page.getByTestId('contract-panel');
    await panel.getByTestId('shares-sum').waitFor();
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Project { procurements(first: 50) { edges { node { title lots(first: 5) { edges { node { cig
      contracts(first: 1) { edges { node { netCents vatCents splitMethod costShares(first: 100) { totalCount edges { node { amountCents expenseCategory { vatEligible } } } } } } } } } } } } } } } }`, { id: demo.projectId });
    const c = api.data.node.procurements.edges.map((e) => e.node).find((p) => p.title === run.title).lots.edges[0].node.contracts.edges[0].node;
    const shares = c.costShares.edges.map((e) => e.node);
    const sum = shares.reduce((s, x) => s + x.amountCents, 0);
    const cost = c.netCents + (shares[0].expenseCategory.vatEligible ? c.vatCents : 0);
    expect(c.splitMethod === 'POPULATION' && c.costShares.totalCount === 64, `${c.splitMethod}, ${c.costShares.totalCount} shares`);
    expect(sum === cost, `API shares ${sum} ≠ contract cost ${cost}`);
    const text = norm(await panel.getByTestId('shares-sum').innerText());
    expect(text.includes(norm(eur(sum))) && text.includes('Quadra'), `panel: ${text}`);
    await panel.locator('summary').click();
    await shot(page, '55-contract-shares');
    await checkA11y(page, 'contract-shares');
    await panel.getByLabel('Scegli il contratto firmato').setInputFiles({ name: 'contratto-firmato.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await panel.getByRole('button', { name: 'Carica' }).click();
    await panel.getByTestId('contract-documents').filter({ hasText: 'contratto-firmato.pdf' }).waitFor();
  });

  await step('lead proposes a contract modification (art. 120): a limit is named on the amount, then it is proposed and withdrawn after a confirmation', async () => {
    const panel = page.getByTestId('contract-panel');
    const mods = panel.getByTestId('contract-modifications');
    await mods.getByTestId('modification-propose').click();
    const form = mods.getByTestId('modification-form');
    await form.getByTestId('modification-submit').click();
    expect((await form.getByTestId('field-error').count()) >= 2, 'basis and reason are required');
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Project { procurements(first: 50) { edges { node { title lots(first: 5) { edges { node {
      contracts(first: 1) { edges { node { id netCents } } } } } } } } } } } }`, { id: demo.projectId });
    const c = api.data.node.procurements.edges.map((e) => e.node).find((p) => p.title === run.title).lots.edges[0].node.contracts.edges[0].node;
    await form.getByLabel(/Base giuridica/).selectOption('DE_MINIMIS');
    await form.getByLabel(/Numero dell’atto/).fill('Det. E2E/2026');
    await form.getByLabel(/Motivo/).fill('Servizi aggiuntivi di formazione');
    await form.getByLabel(/Nuovo importo netto/).fill(centsToInput(Math.round(c.netCents * 1.5)));
    await form.getByTestId('modification-submit').click();
    // The server's limit (contract_modification.de_minimis_*) is told next to the amount.
    await form.locator('[id$="-net-error"]').waitFor();
    await shot(page, '56a-contract-modification-limit');
    await checkA11y(page, 'contract-modification-form');
    await form.getByLabel(/Nuovo importo netto/).fill(centsToInput(c.netCents + Math.floor(c.netCents / 50)));
    await form.getByTestId('modification-submit').click();
    const item = mods.getByTestId('contract-modification').filter({ hasText: 'Det. E2E/2026' });
    await item.filter({ hasText: 'Proposta' }).waitFor();
    expect(norm(await item.getByTestId('modification-net').innerText()).includes(norm(eur(c.netCents + Math.floor(c.netCents / 50)))), 'the new net amount is shown');
    await item.locator('summary').click();
    await item.getByTestId('modification-shares').waitFor();
    await shot(page, '56b-contract-modification-proposed');
    await checkA11y(page, 'contract-modification-proposed');
    await item.getByTestId('modification-withdraw').click();
    await page.getByTestId('modification-confirm').waitFor();
    await page.getByTestId('modification-confirm-confirm').click();
    await mods.getByTestId('contract-modification').filter({ hasText: 'Det. E2E/2026' }).filter({ hasText: 'Ritirata' }).waitFor();
    const after = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Contract { netCents modifications { actNumber status } } } }', { id: c.id });
    const m = after.data.node.modifications.find((x) => x.actNumber === 'Det. E2E/2026');
    expect(m?.status === 'WITHDRAWN' && after.data.node.netCents === c.netCents, JSON.stringify(after.data.node).slice(0, 200));
  });

  await step('lead defines a deliverable for all 64 members', async () => {
    await page.getByTestId('project-nav').getByRole('link', { name: 'Prodotti' }).click();
    await page.getByRole('button', { name: 'Nuovo prodotto' }).click();
    const form = page.getByTestId('deliverable-form');
    await form.getByLabel(/^Prodotto/).fill('Portale dei servizi online attivato');
    await form.getByLabel(/Scadenza/).fill('2027-03-31');
    await form.getByLabel(/Linea di intervento/).selectOption({ index: 1 });
    await shot(page, '56-deliverable-form');
    await checkA11y(page, 'deliverable-form');
    await form.getByRole('button', { name: 'Definisci il prodotto' }).click();
    await page.getByTestId('deliverable-defined').filter({ hasText: '64 enti' }).waitFor();
  });

  await step('lead registers a manual invoice, records its payment and then the receipt', async () => {
    await page.getByTestId('project-nav').getByRole('link', { name: 'Fatture e pagamenti' }).click();
    await page.getByRole('button', { name: 'Registra una fattura a mano' }).click();
    const form = page.getByTestId('invoice-form');
    run.invoice = `MAN-${Date.now()}`;
    await form.getByLabel(/Partita IVA del fornitore/).fill(run.vat);
    await form.getByLabel(/^Fornitore/).fill(run.vendor);
    await form.getByLabel(/^Numero/).fill(run.invoice);
    await form.getByLabel(/^Data/).fill('2026-08-31');
    await form.getByLabel(/^CIG/).fill(run.cig);
    await form.getByLabel(/^Imponibile/).fill('1.000,00');
    await form.getByLabel(/^IVA/).fill('220,00');
    await form.getByLabel(/Totale del documento/).fill('1.220,00');
    await form.getByRole('button', { name: 'Registra la fattura' }).click();
    const saved = form.getByTestId('invoice-saved');
    await saved.waitFor();
    expect((await saved.getByTestId('invoice-ok').count()) === 1, `manual invoice matched: ${await saved.innerText()}`);
    await shot(page, '57-manual-invoice-saved');
    await checkA11y(page, 'manual-invoice');
    const row = page.locator(`[data-testid="invoice"][data-number="${run.invoice}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /Registra pagamento/ }).click();
    const pay = page.getByTestId('payment-form');
    await pay.getByLabel(/Numero del mandato/).fill('3101');
    await pay.getByLabel(/Data del mandato/).fill('2026-09-15');
    await pay.getByRole('button', { name: 'Registra il pagamento' }).click();
    await row.getByTestId('payment').filter({ hasText: '3101' }).waitFor();
    await row.getByRole('button', { name: /Registra la quietanza/ }).click();
    const receipt = row.getByTestId('receipt-form');
    await receipt.getByLabel(/Data della quietanza/).fill('2026-09-10'); // before the mandate: refused on the field
    await receipt.getByRole('button', { name: 'Registra' }).click();
    await receipt.getByTestId('field-error').waitFor();
    await shot(page, '58-receipt-error');
    await checkA11y(page, 'receipt-form-error');
    await receipt.getByLabel(/Data della quietanza/).fill('2026-09-18');
    await receipt.getByRole('button', { name: 'Registra' }).click();
    await row.getByTestId('payment').filter({ hasText: 'quietanza del 18/09/2026' }).waitFor();
    await page.getByTestId('invoice-filter').selectOption('unmatched');
    // The filtered list replaces the whole one when its request answers:
    // wait for the matched invoice to leave, then for the unmatched one.
    await page.locator(`[data-testid="invoice"][data-number="${run.invoice}"]`).waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.locator('[data-testid="invoice"][data-number="2026/SC/014"]').waitFor();
    expect((await page.locator(`[data-testid="invoice"][data-number="${run.invoice}"]`).count()) === 0, 'the matched invoice is filtered out');
    await shot(page, '59-invoices-to-check');
    await checkA11y(page, 'invoices-filter');
  });

  await step('lead downloads the project\'s national monitoring feed (PUC): a zip arrives', async () => {
    await page.goto(`${BASE}/progetti/${demo.projectId}`);
    const panel = page.getByTestId('project-puc');
    await panel.waitFor();
    expect(/ReGiS/.test(await panel.innerText()), 'the panel says what the feed is');
    const downloads = [];
    const onDownload = (d) => downloads.push(d);
    page.on('download', onDownload);
    try {
      await panel.getByRole('button', { name: /Scarica il flusso PUC/ }).click();
      await panel.getByTestId('puc-done').or(panel.getByTestId('puc-invalid')).waitFor();
      if (await panel.getByTestId('puc-invalid').isVisible()) {
        // An invalid feed lists its problems; the draft is downloaded anyway.
        const problems = panel.getByTestId('puc-problem');
        expect((await problems.count()) >= 1, 'an invalid feed lists its problems');
        console.log(`    the feed is invalid: ${await problems.first().innerText()}`);
        await panel.getByRole('link', { name: 'Scarica comunque la bozza' }).click();
        await panel.getByTestId('puc-done').waitFor();
      }
      const download = downloads[0] ?? (await page.waitForEvent('download'));
      const body = fs.readFileSync(await download.path());
      expect(body.subarray(0, 2).toString() === 'PK', `the PUC feed is not a zip: ${JSON.stringify(body.subarray(0, 20).toString())}`);
      expect(/^puc-[a-z0-9]+(-bozza)?\.zip$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    } finally {
      page.off('download', onDownload);
    }
    await shot(page, '59-project-puc-lead');
    await checkA11y(page, 'project-puc');
  });

  await step('lead sees the claim totals from the API and the disbursements tab (read only)', async () => {
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Project { expenseClaims(first: 5) { edges { node { id number totals { claimedCents admittedCents cutCents } } } } } } }', { id: demo.projectId });
    const claim1 = api.data.node.expenseClaims.edges.map((e) => e.node).find((c) => c.number === 1);
    await page.goto(`${BASE}/rendiconti/${claim1.id}`);
    await page.getByTestId('claim-totals').waitFor();
    expect(norm(await page.getByTestId('total-claimed').innerText()) === norm(eur(claim1.totals.claimedCents)), 'claimed = API totals');
    expect(norm(await page.getByTestId('total-cut').innerText()) === norm(eur(claim1.totals.cutCents)), 'cut = API totals');
    await page.getByTestId('claim-attachments').waitFor();
    await page.goto(`${BASE}/progetti/${demo.projectId}/erogazioni`);
    await page.getByTestId('disbursements').waitFor();
    expect((await page.getByTestId('disbursement-form').count()) === 0, 'the lead does not order disbursements (the Region does)');
    await shot(page, '60-disbursements-lead');
    await checkA11y(page, 'disbursements-lead');
    await signOut(page);
  });

  await step('officer requests the advance and approves it; the project can be suspended after a confirmation', async () => {
    await signIn(page, OFFICER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    // An old link (?scheda=) still lands on the screen, now a route of its own.
    await page.goto(`${BASE}/progetti/${demo.projectId}?scheda=erogazioni`);
    await page.waitForURL(`${BASE}/progetti/${demo.projectId}/erogazioni`);
    const form = page.getByTestId('disbursement-form');
    await form.getByLabel(/^Tipo/).selectOption('ADVANCE');
    await form.getByRole('button', { name: 'Richiedi l’erogazione' }).click();
    const row = page.getByTestId('disbursement').first();
    await row.filter({ hasText: 'Richiesta' }).waitFor();
    const api = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Project { grantedCents call { advanceBp } disbursements(first: 5) { edges { node { kind amountCents status } } } } } }', { id: demo.projectId });
    const p = api.data.node;
    const adv = p.disbursements.edges.map((e) => e.node).find((d) => d.kind === 'ADVANCE');
    expect(norm(await row.innerText()).includes(norm(eur(adv.amountCents))), `row shows ${eur(adv.amountCents)}`);
    await shot(page, '61-disbursement-requested');
    await checkA11y(page, 'disbursements-officer');
    await row.getByRole('button', { name: /Approva/ }).click();
    await page.getByTestId('disbursement').first().filter({ hasText: 'Approvata' }).waitFor();
    // Marking it paid asks for the day and the act of payment, then confirms.
    await page.getByTestId('disbursement').first().getByRole('button', { name: /Registra il pagamento/ }).click();
    const pay = page.getByTestId('confirm-paid');
    await pay.waitFor();
    expect(norm(await pay.innerText()).includes(norm(eur(adv.amountCents))), 'the confirmation states the amount');
    await page.getByTestId('confirm-paid-confirm').click();
    await pay.getByTestId('field-error').first().waitFor(); // the reference is required
    await pay.getByLabel(/Estremi dell’atto di pagamento/).fill('mandato n. 1234/2026');
    await shot(page, '61b-disbursement-mark-paid');
    await checkA11y(page, 'confirm-paid');
    await page.getByTestId('confirm-paid-confirm').click();
    await page.getByTestId('disbursement').first().filter({ hasText: 'Pagata' }).waitFor();
    await page.getByTestId('payment-reference').filter({ hasText: 'mandato n. 1234/2026' }).waitFor();
    const paid = await gql(page, 'query($id: ID!) { node(id: $id) { ... on Project { disbursements(first: 5) { edges { node { kind status paidOn paymentReference } } } } } }', { id: demo.projectId });
    const pd = paid.data.node.disbursements.edges.map((e) => e.node).find((d) => d.kind === 'ADVANCE');
    expect(pd.status === 'PAID' && pd.paymentReference === 'mandato n. 1234/2026' && !!pd.paidOn, JSON.stringify(pd));
    await page.getByRole('button', { name: 'Sospendi il progetto' }).click();
    await page.getByTestId('project-state-confirm').waitFor();
    await shot(page, '62-project-suspend-confirm');
    await checkA11y(page, 'project-state-confirm');
    await page.getByTestId('project-state-confirm').getByRole('button', { name: 'Annulla' }).click();
    expect((await page.getByTestId('project-status-line').innerText()).includes('In corso'), 'still running after cancelling');
    await signOut(page);
  });

  await step('project sub-navigation: one route per screen, documents with fingerprints, sorting, member filter, split payment', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    const nav = () => page.getByTestId('project-nav');
    const routes = [['', 'project-header'], ['procedure', 'savings-amount'], ['fatture', 'invoices'], ['prodotti', 'deliverables'], ['rendiconti', 'claim-row'],
      ['erogazioni', 'disbursements'], ['cronoprogramma', 'milestones-tab'], ['riparto', 'allocation-summary'], ['documenti', 'project-documents']];
    for (const [r, testid] of routes) {
      await page.goto(`${BASE}/progetti/${demo.projectId}${r ? `/${r}` : ''}`);
      await page.getByTestId(testid).first().waitFor();
      const current = nav().locator('[aria-current="page"]');
      expect((await current.count()) === 1, `${r || 'panoramica'}: one current link`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width <= 1366, `${r}: page ${width}px wide`);
      await checkA11y(page, `project-${r || 'panoramica'}-lead`);
    }
    await shot(page, '70-project-documents');
    const rows = page.getByTestId('document-row');
    expect((await rows.count()) > 0, 'documents are listed');
    const shas = await page.getByTestId('document-sha256').allInnerTexts();
    expect(shas.every((h) => /^[0-9a-f]{64}$/.test(h.trim())), `fingerprints: ${shas.slice(0, 2)}`);
    const names = async () => (await page.getByTestId('document-link').allInnerTexts()).map((x) => x.trim());
    const fileHeader = page.getByTestId('documents-table').locator('th', { has: page.locator('[data-sort="FILENAME"]') });
    await fileHeader.getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"] [data-sort="FILENAME"]'));
    await page.waitForTimeout(500);
    const asc = await names();
    // The database orders names by their bytes (upper case first), as the API documents.
    expect(JSON.stringify(asc) === JSON.stringify([...asc].sort()), `ascending by name: ${asc}`);
    await fileHeader.getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"] [data-sort="FILENAME"]'));
    await page.waitForTimeout(500);
    const desc = await names();
    expect(asc.length >= 2 && JSON.stringify(desc) === JSON.stringify([...asc].reverse()), `descending reverses the order: ${asc} / ${desc}`);

    await nav().getByRole('link', { name: 'Prodotti' }).click();
    await page.getByTestId('deliverables-member').selectOption({ label: 'Comune di Grottammare' });
    await page.waitForFunction(() => {
      const cards = [...document.querySelectorAll('[data-testid="deliverables"] [data-deliverable]')];
      return cards.length > 0 && cards.every((c) => c.textContent.includes('Grottammare'));
    });
    await page.getByTestId('deliverables-matrix').waitFor();
    await checkA11y(page, 'project-prodotti-member-filter');

    await nav().getByRole('link', { name: 'Fatture e pagamenti' }).click();
    await page.getByTestId('invoice-list').waitFor();
    const totals = page.getByTestId('invoice-list').locator('[data-sort="TOTAL"]');
    await totals.click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"] [data-sort="TOTAL"]'));
    const pay = page.getByRole('button', { name: /^Registra pagamento/ }).first();
    if (await pay.count()) {
      await pay.click();
      const form = page.getByTestId('payment-form');
      const amount = await form.getByLabel(/Importo pagato/).inputValue();
      expect(/^\d{1,3}(\.\d{3})*,\d{2}$/.test(amount), `prefilled amount grouped: ${amount}`);
      const kinds = await form.getByLabel(/Cosa paga il mandato/).locator('option').allInnerTexts();
      if (await form.getByTestId('f24-vat-due').count()) expect(kinds.some((k) => k.includes('F24')), `split payment parts: ${kinds}`);
      await shot(page, '71-payment-form');
      await form.getByRole('button', { name: 'Annulla' }).click();
    }
    await signOut(page);
  });

  // ---- Variations: the lead re-plans, the Region's officer approves ----
  // The demo may already hold variations of the project: ours is found by
  // the id the API returns and its reason, never by its number.
  const variation = { reason: `Rimodulazione e2e ${Date.now()}` };

  /** The plan in force of the demo project, with the members' figures and the call's cap. */
  async function planOf(page) {
    const rows = [];
    let after = null;
    let head = null;
    for (;;) {
      const r = await gql(page, `query($id: ID!, $after: Cursor) { node(id: $id) { ... on Project {
        call { capPerMemberCents }
        allocationSummary { members { body { id name } figures { allocatedCents committedCents claimedCents } } }
        allocations(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          edges { node { bodyID amountCents expenseCategory { id code } interventionLine { id code } } } } } } }`, { id: demo.projectId, after });
      const n = r.data.node;
      head ??= n;
      rows.push(...n.allocations.edges.map((e) => e.node));
      if (!n.allocations.pageInfo.hasNextPage) break;
      after = n.allocations.pageInfo.endCursor;
    }
    return { cap: head.call.capPerMemberCents, members: head.allocationSummary.members, rows };
  }

  /** Types an amount in the variation grid after showing only one member. */
  async function setVariationCell(page, memberID, cell, text) {
    await page.getByTestId('variation-member-filter').selectOption(memberID);
    const input = page.locator(`input[data-cell="${cell}"]`);
    await input.fill(text);
    await input.blur();
  }

  await step('lead drafts a re-plan over a member\'s cap, sees the problem naming the member, fixes it and submits it (REQUESTED)', async () => {
    await signIn(page, LEAD, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/progetti/${demo.projectId}`);
    await page.getByTestId('project-nav').getByRole('link', { name: 'Variazioni' }).click();
    await page.getByTestId('variations').waitFor();
    await checkA11y(page, 'project-variazioni-lead');
    const plan = await planOf(page);
    const free = (m) => m.figures.allocatedCents - Math.max(m.figures.committedCents, m.figures.claimedCents);
    const byAllocated = [...plan.members].sort((a, b) => b.figures.allocatedCents - a.figures.allocatedCents);
    const over = byAllocated[0]; // the largest allocation: nearest the cap
    const small = byAllocated[byAllocated.length - 1];
    const donor = [...plan.members].filter((m) => m.body.id !== over.body.id && m.body.id !== small.body.id).sort((a, b) => free(b) - free(a))[0];
    const amount = plan.cap - over.figures.allocatedCents + 10_000; // 100 € past the cap
    const rowOf = (m) => plan.rows.filter((r) => r.bodyID === m.body.id).sort((a, b) => b.amountCents - a.amountCents)[0];
    const cellOf = (m, r) => `${m.body.name}|${r.interventionLine?.code ?? ''}|${r.expenseCategory.code}`;
    const dRow = rowOf(donor), oRow = rowOf(over), sRow = rowOf(small);
    expect(dRow.amountCents > amount && free(donor) > amount, `donor ${donor.body.name} can give ${eur(amount)}`);
    Object.assign(variation, { donor, over, small, amount, dRow, sRow });

    await page.getByTestId('variation-new').click();
    await page.getByTestId('variation-editor').waitFor();
    await page.getByTestId('variation-grid').waitFor();
    expect(await page.getByLabel('Rimodulazione delle quote').isChecked(), 'REPLAN is the default kind');
    await page.getByLabel(/Motivo della variazione/).fill(variation.reason);
    await setVariationCell(page, donor.body.id, cellOf(donor, dRow), centsToInput(dRow.amountCents - amount));
    await setVariationCell(page, over.body.id, cellOf(over, oRow), centsToInput(oRow.amountCents + amount));
    // Live totals: the project's total is unchanged, the member over the cap shows it.
    expect(norm(await page.getByTestId('total-delta').innerText()) === norm(eur(0)), 'project total unchanged');
    const overGroup = page.locator(`[data-testid="variation-member"][data-body="${over.body.id}"]`);
    expect(norm(await overGroup.getByTestId('member-delta').innerText()) === norm(`+${eur(amount)}`), 'member delta shown live');
    expect((await overGroup.locator('tr[data-changed]').count()) === 1, 'the changed row is highlighted');
    await page.getByTestId('variation-save').click();
    await page.waitForURL(/\/variazioni\/[A-Z]{2}[0-9A-Z]+$/);
    variation.id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    const problems = page.getByTestId('variation-problems');
    await problems.locator('[data-rule="allocation.member_cap"]').waitFor();
    expect((await problems.innerText()).includes(over.body.name), 'the problem names the member');
    await page.getByTestId('variation-member-filter').selectOption('*problems');
    const next = page.locator(`[data-testid="variation-member"][data-body="${over.body.id}"] [data-testid="variation-member-problems"]`);
    expect((await next.innerText()).includes(over.body.name), 'the problem is shown next to the member');
    expect(await page.getByTestId('variation-submit').isDisabled(), 'no submit while problems remain');
    await shot(page, '80-variation-problem');
    await checkA11y(page, 'variation-editor');

    // The fix: the excess goes to the smallest member instead.
    await setVariationCell(page, over.body.id, cellOf(over, oRow), centsToInput(oRow.amountCents));
    await setVariationCell(page, small.body.id, cellOf(small, sRow), centsToInput(sRow.amountCents + amount));
    await page.getByTestId('variation-save').click();
    await page.getByTestId('variation-no-problems').waitFor();
    // The draft: a preview of the request, and the council resolution attached (multipart).
    await page.getByTestId('variation-request-preview').waitFor();
    await page.getByTestId('variation-attach').getByLabel('Scegli il file da allegare').setInputFiles({
      name: 'delibera-giunta-rimodulazione.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByTestId('variation-attach').getByRole('button', { name: 'Allega', exact: true }).click();
    await page.getByTestId('variation-attachment').filter({ hasText: 'delibera-giunta-rimodulazione.pdf' }).waitFor();
    await page.getByTestId('variation-submit').click();
    const confirm = page.getByTestId('variation-confirm');
    await confirm.waitFor();
    expect((await confirm.getByTestId('variation-forecast').getAttribute('data-at-once')) === 'false', 'forecast: sent to the Region');
    await shot(page, '81-variation-submit-confirm');
    await page.getByTestId('variation-confirm-confirm').click();
    await page.getByTestId('variation-result').filter({ hasText: 'inviata alla Regione' }).waitFor();
    await page.locator('h2 [data-testid="variation-status"][data-status="REQUESTED"]').waitFor();
    const api = await gql(page, `query($id: ID!) { node(id: $id) { ... on Variation { status reason differences { members { body { id } deltaCents } } } } }`, { id: variation.id });
    const v = api.data.node;
    const delta = (m) => v.differences.members.find((x) => x.body.id === m.body.id)?.deltaCents;
    expect(v.status === 'REQUESTED' && v.reason === variation.reason, JSON.stringify(v).slice(0, 200));
    expect(delta(donor) === -amount && delta(small) === amount && (delta(over) ?? 0) === 0, `deltas ${delta(donor)} ${delta(small)} ${delta(over)}`);
    // Submitted: the request is frozen as a PDF, the attachment can no longer be removed.
    await downloadsPDF(page, page.getByTestId('variation-request-pdf').getByRole('link'));
    expect((await page.getByTestId('variation-attach').count()) === 0, 'no attachments after submission');
    await signOut(page);
  });

  await step('the officer opens the variation from the project, sees the differences and approves it; the new plan version shows', async () => {
    expect(variation.id, 'the lead\'s variation exists');
    await signIn(page, OFFICER, PASSWORD);
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/progetti/${demo.projectId}`);
    await page.getByTestId('project-nav').getByRole('link', { name: 'Variazioni' }).click();
    const row = page.locator(`[data-testid="variation-row"][data-variation="${variation.id}"]`);
    expect((await row.innerText()).includes(variation.reason), 'the row shows the reason');
    await row.getByRole('link').click();
    const diff = page.getByTestId('variation-differences');
    await diff.waitFor();
    const { donor, small, amount } = variation;
    const total = (m) => diff.locator(`[data-testid="member-total-row"][data-name="${m.body.name}"] [data-testid="member-total-delta"]`);
    expect(norm(await total(donor).innerText()) === norm(`−${eur(amount)}`), 'donor delta');
    expect(norm(await total(small).innerText()) === norm(`+${eur(amount)}`), 'receiver delta');
    expect((await diff.locator('tr[data-changed]').count()) === 2, 'only the changed rows by default');
    await shot(page, '82-variation-differences');
    await checkA11y(page, 'variation-officer');
    // No outcome is preselected: deciding without one is refused on the field.
    await page.getByTestId('variation-decide').click();
    await page.getByTestId('variation-decision').getByTestId('field-error').first().waitFor();
    // Bootstrap Italia hides the native radio and draws it on its label: click the label, as users do.
    const decision = page.getByTestId('variation-decision');
    await decision.locator('label[for="outcome-REJECTED"]').click();
    await page.getByTestId('variation-decide').click();
    expect((await page.locator('#decision-reason-error').innerText()).includes('motivazione'), 'a reason is required to reject');
    await decision.locator('label[for="outcome-APPROVED"]').click();
    await page.getByTestId('variation-decide').click();
    await page.getByTestId('variation-decide-confirm').waitFor();
    await page.getByTestId('variation-decide-confirm-confirm').click();
    await page.getByTestId('variation-result').waitFor();
    await page.locator('h2 [data-testid="variation-status"][data-status="APPROVED"]').waitFor();
    const api = await gql(page, `query($id: ID!, $p: ID!) {
      v: node(id: $id) { ... on Variation { status planVersion { number } } }
      p: node(id: $p) { ... on Project { planVersions { number variation { id } } allocations(first: 100, where: { bodyID: "${donor.body.id}" }) { edges { node { amountCents expenseCategory { id } interventionLine { id } } } } } } }`,
    { id: variation.id, p: demo.projectId });
    const v = api.data.v;
    expect(v.status === 'APPROVED' && v.planVersion, JSON.stringify(v));
    expect(api.data.p.planVersions[0].number === v.planVersion.number && api.data.p.planVersions[0].variation?.id === variation.id, 'the newest plan version is the variation\'s');
    expect((await page.getByTestId('variation-plan-version').innerText()).includes(`n. ${v.planVersion.number}`), 'the page shows the new plan version');
    expect((await page.getByTestId('variation-result').innerText()).includes(`versione ${v.planVersion.number}`), 'the result names the version');
    const moved = api.data.p.allocations.edges.map((e) => e.node)
      .find((a) => a.expenseCategory.id === variation.dRow.expenseCategory.id && (a.interventionLine?.id ?? null) === (variation.dRow.interventionLine?.id ?? null));
    expect(moved.amountCents === variation.dRow.amountCents - amount, `donor allocation in force ${moved.amountCents}`);
    await downloadsPDF(page, page.getByTestId('variation-decision-pdf').getByRole('link'));
    await shot(page, '83-variation-approved');
    await page.getByTestId('project-nav').getByRole('link', { name: 'Variazioni' }).click();
    await page.locator(`[data-testid="plan-version"][data-number="${v.planVersion.number}"]`).waitFor();
    await signOut(page);
  });

  await step('member referents and auditors read variations without buttons', async () => {
    expect(variation.id, 'the lead\'s variation exists');
    for (const who of [MEMBER, AUDITOR]) {
      await signIn(page, who, PASSWORD);
      await page.waitForURL(`${BASE}/`);
      await page.goto(`${BASE}/progetti/${demo.projectId}/variazioni`);
      await page.getByTestId('variations').waitFor();
      expect((await page.getByTestId('variation-new').count()) === 0, `${who}: no new variation`);
      await page.goto(`${BASE}/progetti/${demo.projectId}/variazioni/${variation.id}`);
      await page.getByTestId('variation-differences').waitFor();
      const buttons = await page.locator('[data-testid="variation-actions"], [data-testid="variation-decision"], [data-testid="variation-editor"]').count();
      expect(buttons === 0, `${who}: read only`);
      await signOut(page);
    }
  });

  await step('GraphiQL runs offline from the binary with the admin\'s session', async () => {
    // Everything but the server itself is unreachable: GraphiQL must come
    // from the binary (no CDN) and query with the session cookie and the
    // CSRF header.
    const origin = new URL(BASE).origin;
    const outside = [];
    const block = (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    };
    await context.route('**/*', block);
    try {
      await signIn(page, ADMIN, PASSWORD);
      await page.waitForURL(`${BASE}/`);
      await page.goto(`${BASE}/graphiql`);
      // The default query is the README's example.
      await page.locator('.graphiql-query-editor').filter({ hasText: 'Marche Sud' }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: /Execute query/ }).click();
      const result = page.locator('.graphiql-response');
      await result.filter({ hasText: '"totalCount"' }).waitFor({ timeout: 30_000 });
      const text = (await result.innerText()).replace(/\u00a0/g, ' ');
      expect(text.includes('Marche Sud') && !text.includes('"errors"'), `GraphiQL result: ${text.slice(0, 300)}`);
      await shot(page, '70-graphiql');
      expect(outside.length === 0, `requests outside the server: ${outside.join(', ')}`);
      await page.goto(`${BASE}/`);
      await signOut(page);
    } finally {
      await context.unroute('**/*', block);
    }
  });

  await step('no uncaught errors or console errors in the page; the app sent only trusted documents', async () => {
    expect(consoleErrors.length === 0, consoleErrors.join('; '));
    expect(documentsAsText.length === 0, `the web app sent documents as text: ${documentsAsText.slice(0, 3).join(' | ')}`);
    expect(documentsByHash.count > 100, `only ${documentsByHash.count} operations sent by hash`);
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
