// Shared set-up for the end-to-end tests: serve the release build in dist/, start Debian's
// Chromium through playwright-core, and watch every page for errors and off-site requests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Without the networking flags Chromium tries to reach Google services, which a closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = { width: 390, height: 844 };

/** Matches once the app itself is running: before that, a pre-rendered copy of the page may be on screen. */
export const APP_READY = 'html[data-ready] main h1';

export const ROUTES = [
  '/',
  '/start',
  '/guide/what-is-palliative-care',
  '/guide/planning-ahead',
  '/myths',
  '/referral?area=coventry-and-warwickshire',
  '/glossary',
  '/search?q=hospice',
  '/help',
  '/questions',
  '/notes',
  '/diary',
  '/carer',
  '/planning',
  '/medicines',
  '/appointment',
  '/appointments',
  '/share',
  '/staff',
  '/poster',
  '/booklet',
  '/kiosk/start',
  '/kiosk/stop',
  '/my-data',
  '/import',
  '/no-such-page',
];

/** Starts the server and the browser; returns them with a `close` for `after`. */
export async function launch() {
  const overrides = new Map();
  const { server, url } = await startServer({ root: 'dist', overrides });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    // Tests listen for the requests that reach it.
    server,
    browser,
    overrides,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// Things no page may ever do, gathered across every page of a test file and checked in its
// `after` hook by `assertNothingLeaked`: requests to another origin, and CSP violations.
const leaks = [];

/**
 * For a test file: starts the server and browser before its tests and closes them after, then
 * fails the file if any page requested another origin or broke the CSP. The returned object is
 * filled in by `before`, so read its fields inside tests.
 */
export function useApp() {
  const app = {};
  before(async () => {
    Object.assign(app, await launch());
  });
  after(async () => {
    await app.close?.();
    assert.deepEqual(leaks, [], 'every request stays on the app origin and nothing breaks the CSP');
  });
  return app;
}

/**
 * Opens a page in a fresh context (empty storage) and records what must never happen:
 * console errors, uncaught exceptions and requests to any other origin.
 */
export async function openPage(app, { viewport = PHONE, context } = {}) {
  const ctx = context ?? (await app.browser.newContext({ viewport }));
  const page = await ctx.newPage();
  const problems = [];
  const origin = new URL(app.url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    if (msg.text().includes('Content Security Policy')) leaks.push(`CSP: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith('data:') && !requestUrl.startsWith('blob:') && new URL(requestUrl).origin !== origin) {
      problems.push(`off-site request: ${requestUrl}`);
      leaks.push(`off-site request: ${requestUrl}`);
    }
  });
  return { page, context: ctx, problems };
}

/** What register-sw.js throws where Playwright blocks service workers: registering gives nothing, which no browser does. */
export const BLOCKED_OFFLINE_COPY = "uncaught: Cannot read properties of undefined (reading 'waiting')";

/** Opens a page in a fresh browser that keeps no offline copy, so every file comes over the network, as on a first visit. */
export async function openWithoutOfflineCopy(app) {
  const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  return openPage(app, { context });
}

/** Holds back the app's code, as a slow network would, until the returned function is called. */
export async function holdAppCode(page) {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => { await held; await route.fallback(); });
  return release;
}

/**
 * Makes every page start the whole app, as a kiosk's does, without making the device a kiosk
 * (which keeps nothing): each page's start script starts it as on a kiosk.
 */
export async function wholeAppOnly(page) {
  await page.route(/\/start-site-[0-9a-f]{16}\.js$/, async (route) => {
    const script = await (await route.fetch()).text();
    const whole = script.replace('const whole = kiosk ||', 'const whole = true ||');
    if (whole === script) throw new Error('the start script no longer decides "whole" as the test expects');
    await route.fulfill({ contentType: 'text/javascript', body: whole });
  });
}

export async function visit(app, page, path) {
  await page.goto(app.url + path);
  await page.locator(APP_READY).waitFor();
}

/**
 * A link of the main navigation, as a person reaches it: on a phone the links are behind "Menu",
 * which is opened first.
 */
export async function navLink(page, name) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = nav.getByText('Menu', { exact: true });
  if ((await menu.isVisible()) && !(await nav.locator('details').evaluate((d) => d.open))) await menu.click();
  return nav.getByRole('link', { name, exact: true });
}

/** The PIN the tests' staff choose for a kiosk. */
export const STAFF_PIN = '2468';

/**
 * Makes the page's device a kiosk as staff do: the set-up page (with `query` giving short
 * timeouts), a PIN typed twice, "Start kiosk mode"; waits for the kiosk's home page.
 */
export async function startKiosk(app, page, query = '') {
  await page.goto(`${app.url}/kiosk/start${query}`);
  await page.locator(APP_READY).waitFor();
  await page.getByLabel('Staff PIN').fill(STAFF_PIN);
  await page.getByLabel('Type the PIN again').fill(STAFF_PIN);
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await page.waitForURL(app.url + '/');
  await page.getByRole('button', { name: 'Finish and clear' }).waitFor();
}

/** Prints the page to an A4 PDF with Chromium and returns how many pages it took. */
export async function printedA4Pages(page) {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Reads a QR code drawn on the page (a locator) as a phone's camera would: its text, if it can be read. */
export async function readQrCode(code) {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Runs axe-core on the page and returns its WCAG 2.2 A/AA and best-practice violations. */
export async function axeViolations(page) {
  // Evaluated rather than added as a <script> so the page's Content-Security-Policy still applies to the app.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
