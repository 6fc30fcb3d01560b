// Measures how soon each page works on a slow phone, as a family moves through the guide: the
// release build in dist/ is served as a static host serves it (scripts/server.mjs: compressed,
// files named by their contents kept by the browser) to Chromium with slow 4G (562.5 ms round
// trips, 1.4 Mbit/s) and the CPU slowed 4×, with no offline copy. A fresh browser opens a guide
// page, then follows on to the family's pages; for each it reports the time from asking for the
// page to the page having started (`<html data-ready>`), the median of RUNS (3) visits.
// Run after a release build: node scripts/ready-time.mjs [dist]
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { median, slowPhone } from './slow-phone.mjs';

const root = process.argv[2] ?? 'dist';
const PAGES = ['/guide/what-is-palliative-care', '/questions', '/diary', '/medicines', '/appointments', '/search'];
const RUNS = Number(process.env.RUNS ?? 3);

const { server, url } = await startServer({ root });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const times = new Map(PAGES.map((path) => [path, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await slowPhone(context, page);
    for (const path of PAGES) {
      const start = Date.now();
      await page.goto(url + path, { waitUntil: 'commit' });
      await page.locator('html[data-ready]').waitFor({ timeout: 60000 });
      times.get(path).push(Date.now() - start);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Time until each page has started, slow 4G and CPU slowed 4×, pages opened in this order, median of ${RUNS}:`);
for (const [path, list] of times) console.log(`  ${path.padEnd(34)} ${String(median(list)).padStart(6)} ms   (${list.join(', ')})`);
