// Measures how long search takes per keystroke on a slow phone: the release build in dist/ is
// opened in Chromium with the CPU slowed 4×, and each query is typed one letter at a time. For
// each letter it reports the time from the input event to the next frame (results drawn).
// Run after a release build: node scripts/search-speed.mjs
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { APP_READY, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

const QUERIES = ['palliative care', 'do not resuscitate', 'who do we call at night', 'paliative', 'attendance allowance'];

const { server, url } = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url + '/search');
  await page.locator(APP_READY).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (const query of QUERIES) {
    await page.fill('#search-input', '');
    for (let i = 1; i <= query.length; i++) {
      const ms = await page.evaluate(async (typed) => {
        const input = document.getElementById('search-input');
        const start = performance.now();
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - start;
      }, query.slice(0, i));
      times.push(ms);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
  console.log(`Search per keystroke, CPU slowed 4× (${times.length} keystrokes): median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms, slowest ${at(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
