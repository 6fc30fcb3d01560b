// Quality report: runs Lighthouse (npm lighthouse@12, with Debian's Chromium) on the release build
// in dist/ for a few routes and prints the four category scores. Kept out of the test run because
// performance scores vary from run to run; run it after scripts/build.sh. Give routes as
// arguments to measure only those.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './server.mjs';

const ROUTES = process.argv.length > 2 ? process.argv.slice(2) : ['/', '/guide/what-is-palliative-care', '/myths', '/referral?area=milton-keynes', '/questions', '/diary', '/search?q=dnr'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

const { server, url } = await startServer({ root: 'dist' });
const chrome = await launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  console.log(['route'.padEnd(36), ...CATEGORIES.map((c) => c.padStart(15)), '   FCP / LCP / TBT / CLS'].join(''));
  for (const route of ROUTES) {
    // Mobile emulation on slow 4G with a slowed CPU, what families often have. The throttling is
    // applied (devtools), not simulated: simulation models the page from an unthrottled load, in
    // which the app starts before the pre-rendered page has been painted, so it cannot see the
    // early paint that pre-rendering gives. THROTTLING=simulate gives Lighthouse's default.
    const result = await lighthouse(url + route, { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error', throttlingMethod: process.env.THROTTLING ?? 'devtools' });
    const scores = CATEGORIES.map((c) => String(Math.round(result.lhr.categories[c].score * 100)).padStart(15));
    const metrics = METRICS.map((m) => result.lhr.audits[m].displayValue.replace(/\s/g, '')).join(' / ');
    console.log([route.padEnd(36), ...scores, `   ${metrics}`].join(''));
  }
} finally {
  await chrome.kill();
  server.close();
}
