// The screen tour: every role signs in and visits every screen it uses, at
// 1366×768 and 390×844. On each screen: content loaded (no spinner), no
// horizontal scroll, no axe-core violation of any impact, a full-page
// screenshot (screenshots/tour-<role>-<size>-<screen>.png) and the time from
// navigation to the main content (measured in the browser). Routes the app
// does not render ("Pagina non trovata") are skipped and listed, so the tour
// runs before and after new screens land. Ids come from the GraphQL API.
//
//   CAPOFILA_URL=http://127.0.0.1:18404 node e2e/tour.mjs     (TOUR_STRICT=0: report, never fail;
//   TOUR_ROLES=lead,member TOUR_SIZES=mobile: only those)
//
// scripts/e2e.sh runs it after run.mjs, against the same server, so the data
// the stories created is there.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BASE = (process.env.CAPOFILA_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR || path.join(here, 'screenshots'));
const STRICT = process.env.TOUR_STRICT !== '0';
const PASSWORD = process.env.CAPOFILA_PASSWORD || 'capofila-demo';
const TIMEOUT = 20_000;
const NOT_FOUND = 'Pagina non trovata'; // i18n errors.pageNotFound

const ALL_ROLES = [
  { role: 'lead', email: 'capofila@sanbenedetto.test' },
  { role: 'member', email: 'referente@grottammare.test' },
  { role: 'officer', email: 'funzionario@regione-marche.test' },
  { role: 'auditor', email: 'revisore@regione-marche.test' },
  { role: 'admin', email: 'admin@capofila.test' },
];
const ALL_SIZES = [
  { size: 'desktop', width: 1366, height: 768 },
  { size: 'mobile', width: 390, height: 844 },
];
// TOUR_ROLES=lead,member and TOUR_SIZES=mobile narrow the tour (CI runs it all).
const pick = (list, key, env) => (process.env[env] ? list.filter((x) => process.env[env].split(',').includes(x[key])) : list);
const ROLES = pick(ALL_ROLES, 'role', 'TOUR_ROLES');
const SIZES = pick(ALL_SIZES, 'size', 'TOUR_SIZES');
// Project sub-screens: as routes (/progetti/:id/<sub>) once they exist,
// else as the project page's tabs (?scheda=<sub>) where the page has them.
const PROJECT_SUBS = ['procedure', 'fatture', 'prodotti', 'rendiconti', 'erogazioni', 'cronoprogramma', 'documenti', 'riparto', 'variazioni'];
const PROJECT_TABS = new Set(['procedure', 'fatture', 'prodotti', 'rendiconti', 'erogazioni', 'cronoprogramma']);
// Lists and pages every signed-in user may open, if the app has them.
const PAGES = ['/domande', '/progetti', '/rendiconti', '/cerca', '/accessibilita', '/privacy', '/note-legali'];

const IDS_QUERY = `{
  calls(first: 1) { edges { node { id } } }
  applications(first: 1) { edges { node { id } } }
  aggregations(first: 1) { edges { node { id } } }
  projects(first: 1) { edges { node { id expenseClaims(first: 1) { edges { node { id } } } variations(first: 1, orderBy: { field: NUMBER, direction: DESC }) { edges { node { id } } } } } }
}`;

/** The screens of a role, from the ids it can read. */
async function screensOf(request, role) {
  const r = await request.post(`${BASE}/graphql`, {
    headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1' },
    data: { query: IDS_QUERY },
  });
  const body = await r.json();
  const d = body.data ?? {};
  const first = (c) => c?.edges?.[0]?.node;
  const call = first(d.calls);
  const application = first(d.applications);
  const aggregation = first(d.aggregations);
  const project = first(d.projects);
  const claim = first(project?.expenseClaims);
  const s = [{ screen: 'home', path: '/' }, { screen: 'bandi', path: '/bandi' }];
  if (call) s.push({ screen: 'call', path: `/bandi/${call.id}` });
  if (role === 'officer') s.push({ screen: 'call-new', path: '/bandi/nuovo' });
  if (application) s.push({ screen: 'application', path: `/domande/${application.id}` });
  if (aggregation) s.push({ screen: 'aggregation', path: `/aggregazioni/${aggregation.id}` });
  if (project) {
    s.push({ screen: 'project', path: `/progetti/${project.id}`, project: true });
    for (const sub of PROJECT_SUBS) {
      s.push({ screen: `project-${sub}`, path: `/progetti/${project.id}/${sub}`, fallback: PROJECT_TABS.has(sub) ? `/progetti/${project.id}?scheda=${sub}` : undefined });
    }
    // A variation (the newest) and, for the lead, the form of a new one.
    const variation = first(project.variations);
    if (variation) s.push({ screen: 'project-variazione', path: `/progetti/${project.id}/variazioni/${variation.id}` });
    if (role === 'lead') s.push({ screen: 'project-variazione-nuova', path: `/progetti/${project.id}/variazioni/nuova` });
  }
  if (claim) s.push({ screen: 'claim', path: `/rendiconti/${claim.id}` });
  for (const p of PAGES) s.push({ screen: p.slice(1), path: p });
  if (role === 'admin') {
    s.push({ screen: 'amministrazione', path: '/amministrazione' });
    const u = await request.post(`${BASE}/graphql`, {
      headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1' },
      data: { query: '{ users(first: 1) { edges { node { id } } } }' },
    });
    const user = (await u.json()).data?.users?.edges?.[0]?.node;
    if (user) s.push({ screen: 'admin-user', path: `/amministrazione/utenti/${user.id}` });
  }
  return { screens: s, missing: { call: !call, application: !application, aggregation: !aggregation, project: !project, claim: !claim } };
}

/**
 * Waits for the main content: the layout's <main> holds a heading and no
 * spinner. Returns the browser's time since navigation start (ms).
 */
async function contentVisible(page, selector) {
  const handle = await page.waitForFunction(
    (sel) => {
      const main = document.querySelector('main');
      if (!main || main.querySelector('.progress-spinner-active, [role="status"] .progress-spinner')) return false;
      if (!main.querySelector('h1, h2') || !main.innerText.trim()) return false;
      if (sel && !document.querySelector(sel)) return false;
      return performance.now();
    },
    selector ?? null,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return Math.round(await handle.jsonValue());
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Whether the page scrolls sideways, and the widest offenders. */
async function width(page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const ok = document.documentElement.scrollWidth <= vw;
    // The elements reaching furthest right, widest first (the header's and
    // the content's, not only the first in document order).
    let wide = [];
    if (!ok) {
      const over = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > vw + 1 && r.width > 0) over.push([el, r.right]);
      }
      over.sort((a, b) => b[1] - a[1]);
      const seen = new Set();
      for (const [el, right] of over) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        const tid = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
        const where = el.closest('header') ? 'header ' : el.closest('main') ? 'main ' : '';
        const label = `${where}${el.tagName.toLowerCase()}${id}${tid}${cls} (${Math.round(right)}px)`;
        const key = `${where}${Math.round(right)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        wide.push(label);
        if (wide.length >= 4) break;
      }
    }
    return { ok, scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, wide };
  });
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  console.log(`Capofila screen tour against ${BASE} (strict: ${STRICT}); screenshots in ${SHOTS}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  const skipped = new Map(); // path pattern → why
  const notFound = new Set(); // paths the app does not render
  const failures = [];
  const extra = [];

  // Roles are toured two at a time (each in its own browser context): the
  // browser and the server each keep a core busy.
  const tourRole = async ({ role, email }) => {
    const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(TIMEOUT);
    const signIn = await context.request.post(`${BASE}/auth/sign-in`, {
      headers: { 'Content-Type': 'application/json', 'X-Capofila-CSRF': '1' },
      data: { email, password: PASSWORD },
    });
    if (!signIn.ok()) {
      failures.push(`${role}: sign-in as ${email} failed: HTTP ${signIn.status()}`);
      await context.close();
      return;
    }
    const { screens, missing } = await screensOf(context.request, role);
    const none = Object.entries(missing).filter(([, v]) => v).map(([k]) => k);
    if (none.length) console.log(`  ${role}: nothing to visit for ${none.join(', ')} (the API shows this role none)`);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    for (const { size, width: w, height: h } of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      for (const sc of screens) {
        let url = sc.path;
        const pattern = (u) => u.replace(/\/[A-Z]{2}[0-9A-Z]{26}/g, '/:id');
        if (notFound.has(url)) {
          if (!sc.fallback || notFound.has(sc.fallback)) continue;
          url = sc.fallback;
        }
        const label = `${role} ${size} ${sc.screen}`;
        const errorsBefore = pageErrors.length;
        try {
          await page.goto(`${BASE}${url}`, { waitUntil: 'commit' });
          let ms = await contentVisible(page);
          const heading = await page.locator('main h1').first().innerText().catch(() => '');
          if (heading.trim() === NOT_FOUND) {
            notFound.add(url);
            skipped.set(pattern(url), 'not rendered by the app (Pagina non trovata)');
            if (sc.fallback && !notFound.has(sc.fallback)) {
              url = sc.fallback;
              await page.goto(`${BASE}${url}`, { waitUntil: 'commit' });
              ms = await contentVisible(page);
            } else {
              continue;
            }
          }
          // The figures users wait for, measured in the browser.
          if (sc.screen === 'home' && role === 'member') {
            const t = await contentVisible(page, '[data-testid="member-figures"]');
            extra.push({ role, size, what: 'member figures on screen (data-testid=member-figures)', ms: t });
          }
          if (sc.project) {
            const t = await contentVisible(page, '[data-testid="project-header"]');
            extra.push({ role, size, what: 'project page content (data-testid=project-header)', ms: t });
          }
          const wd = await width(page);
          const violations = await axe(page);
          const file = `tour-${role}-${size}-${sc.screen}.png`;
          await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
          const errors = pageErrors.slice(errorsBefore);
          results.push({ role, size, screen: sc.screen, url: pattern(url), ms, widthOk: wd.ok, scrollWidth: wd.scrollWidth, innerWidth: wd.innerWidth, wide: wd.wide, violations, errors, screenshot: file });
          if (!wd.ok) failures.push(`${label} ${pattern(url)}: horizontal scroll (${wd.scrollWidth} > ${wd.innerWidth}px): ${wd.wide.join(', ')}`);
          for (const v of violations) failures.push(`${label} ${pattern(url)}: axe ${v.id} (${v.impact}) ×${v.nodes}: ${v.targets.join(' | ')}`);
          for (const e of errors) failures.push(`${label} ${pattern(url)}: console error: ${e.slice(0, 200)}`);
          const summary = violations.length ? violations.map((v) => `${v.id}×${v.nodes}`).join(', ') : 'axe ok';
          console.log(`  ${wd.ok && !violations.length ? 'ok  ' : 'FAIL'}  ${label.padEnd(40)} ${String(ms).padStart(5)} ms  ${wd.ok ? 'width ok' : `WIDTH ${wd.scrollWidth}px`}  ${summary}`);
        } catch (err) {
          const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
          failures.push(`${label} ${pattern(url)}: ${msg}`);
          results.push({ role, size, screen: sc.screen, url: pattern(url), error: msg });
          console.log(`  FAIL  ${label}: ${msg}`);
          await page.screenshot({ path: path.join(SHOTS, `tour-${role}-${size}-${sc.screen}-FAIL.png`), fullPage: true }).catch(() => {});
        }
      }
    }
    await context.close();
  };
  const queue = [...ROLES];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) await tourRole(r);
  };
  await Promise.all(Array.from({ length: Number(process.env.TOUR_PARALLEL || 2) }, worker));
  await browser.close();

  // Timings: navigation → main content visible, per screen and size.
  console.log('\nTimings (ms, navigation start → main content visible, in the browser):');
  const rows = new Map();
  for (const r of results) {
    if (r.ms === undefined) continue;
    const key = `${r.role} ${r.screen}`;
    rows.set(key, { ...(rows.get(key) ?? {}), [r.size]: r.ms });
  }
  console.log(`  ${'role screen'.padEnd(40)} ${'1366×768'.padStart(9)} ${'390×844'.padStart(9)}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(40)} ${String(v.desktop ?? '-').padStart(9)} ${String(v.mobile ?? '-').padStart(9)}`);
  for (const e of extra) console.log(`  ${e.role} ${e.size}: ${e.what}: ${e.ms} ms`);
  if (skipped.size) {
    console.log('\nSkipped (the app does not have these routes yet):');
    for (const [p, why] of skipped) console.log(`  ${p}: ${why}`);
  }
  fs.writeFileSync(path.join(SHOTS, 'tour.json'), JSON.stringify({ base: BASE, at: new Date().toISOString(), results, extra, skipped: [...skipped.keys()], failures }, null, 2));
  console.log(`\n${results.length} screens visited, ${failures.length} problems${failures.length ? ':' : ''}`);
  for (const f of failures) console.log(`  - ${f}`);
  if (failures.length && STRICT) process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
