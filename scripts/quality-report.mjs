// Quality report: runs Lighthouse (npm lighthouse@12, with Debian's Chromium) on the release build
// in dist/ for a few routes and prints the four category scores. Kept out of the test run because
// performance scores vary from run to run; run it after scripts/build.sh.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './server.mjs';

const ROUTES = ['/', '/guide/what-is-palliative-care', '/myths', '/referral?area=milton-keynes', '/questions'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { server, url } = await startServer({ root: 'dist' });
const chrome = await launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  console.log(['route'.padEnd(36), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
  for (const route of ROUTES) {
    // Mobile emulation with simulated slow 4G: Lighthouse's default, and what families often have.
    const result = await lighthouse(url + route, { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error' });
    const scores = CATEGORIES.map((c) => String(Math.round(result.lhr.categories[c].score * 100)).padStart(15));
    console.log([route.padEnd(36), ...scores].join(''));
  }
} finally {
  await chrome.kill();
  server.close();
}
