// Measures what the lock costs a family on a slow phone: the release build in dist/ is opened in
// Chromium with the CPU slowed 4× and the network as slow 4G. A question is written and the lock
// turned on; then, on a new visit to My questions, it reports the bytes fetched before the
// passcode box shows (and how many of them are the lock's own piece), and the time from pressing
// "Unlock" to the question being shown (the passcode's 600,000 rounds of PBKDF2 among it).
// Run after a release build: node scripts/lock-speed.mjs
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { APP_READY, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { median, slowPhone } from './slow-phone.mjs';

const PASSCODE = 'blue heron 42';
const QUESTION = 'Will the hospice nurse come at weekends?';
const RUNS = Number(process.env.RUNS ?? 3);

const { server, url } = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url + '/questions');
  await page.locator(APP_READY).waitFor();
  await page.getByLabel('Your question').fill(QUESTION);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.goto(url + '/my-data');
  await page.locator(APP_READY).waitFor();
  await page.getByRole('button', { name: 'Set a passcode' }).click();
  await page.getByLabel('Choose a passcode').fill(PASSCODE);
  await page.getByLabel('Type the passcode again').first().fill(PASSCODE);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.', { exact: false }).first().waitFor();
  const state = await context.storageState();
  await context.close();

  const unlockTimes = [];
  const bytes = [];
  const lockBytes = [];
  for (let run = 0; run < RUNS; run++) {
    // A new visit: the browser closed (the lock's session gone), the files not in its cache.
    const visit = await browser.newContext({ storageState: state, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const later = await visit.newPage();
    const cdp = await slowPhone(visit, later);
    const urls = new Map();
    let total = 0;
    let lock = 0;
    cdp.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response.url));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      total += encodedDataLength;
      if (/split_lock\.wasm$/.test(urls.get(requestId) ?? '')) lock += encodedDataLength;
    });
    await later.goto(url + '/questions');
    await later.getByLabel('Passcode', { exact: true }).waitFor();
    await later.waitForLoadState('networkidle');
    bytes.push(total);
    lockBytes.push(lock);
    await later.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
    const start = Date.now();
    await later.getByRole('button', { name: 'Unlock', exact: true }).click();
    await later.locator('.question__text', { hasText: QUESTION }).waitFor({ timeout: 60000 });
    unlockTimes.push(Date.now() - start);
    await visit.close();
  }
  console.log(`Locked My questions, slow 4G and CPU slowed 4×, ${RUNS} runs (medians): ${median(bytes)} bytes on the wire before the passcode box, of which the lock's piece ${median(lockBytes)}; unlocking took ${median(unlockTimes)} ms (each run: ${unlockTimes.join(', ')} ms)`);
} finally {
  await browser.close();
  server.close();
}
