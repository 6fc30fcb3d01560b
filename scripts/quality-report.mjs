// Quality report: runs Lighthouse (npm lighthouse@12, with Debian's Chromium) on the release build
// in dist/, served compressed as a static host serves it (scripts/server.mjs sends the .br files
// the build wrote), and prints each route's scores and timings. Kept out of the test run because
// performance scores vary from run to run; run it after scripts/build.sh. Give routes as
// arguments to measure only those.
//
// The first row is the limit: the pre-rendered home page with its scripts removed, plain HTML
// and CSS, measured in the same run so a busy machine slows it too. Each route's LCP is then
// given as a ratio to it.
import { readFile } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './server.mjs';

const LIMIT = '/plain-html-limit.html';
const ROUTES = process.argv.length > 2 ? process.argv.slice(2) : [
  '/', '/start', '/guide/what-is-palliative-care', '/myths', '/referral?area=milton-keynes', '/search?q=dnr',
  '/questions', '/notes', '/diary', '/medicines', '/appointments', '/share', '/my-data',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const home = await readFile('dist/index.html', 'utf8');
const plain = home.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, '');
const { server, url } = await startServer({ root: 'dist', overrides: new Map([[LIMIT, Buffer.from(plain)]]) });
const chrome = await launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  console.log(['route'.padEnd(34), 'perf', ' a11y', '  bp', ' seo', '     LCP', '  ratio', '   TBT', '   CLS', '  bytes'].join(''));
  let limit = null;
  for (const route of [LIMIT, ...ROUTES]) {
    // Mobile emulation on slow 4G with a slowed CPU, what families often have. The throttling is
    // applied (devtools), not simulated: simulation models the page from an unthrottled load, in
    // which the app starts before the pre-rendered page has been painted, so it cannot see the
    // early paint that pre-rendering gives. THROTTLING=simulate gives Lighthouse's default.
    const { lhr } = await lighthouse(url + route, { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error', throttlingMethod: process.env.THROTTLING ?? 'devtools' });
    const score = (c) => String(Math.round(lhr.categories[c].score * 100)).padStart(c === 'performance' ? 4 : 5);
    const lcp = lhr.audits['largest-contentful-paint'].numericValue;
    limit ??= lcp;
    const tbt = lhr.audits['total-blocking-time'].numericValue;
    const cls = lhr.audits['cumulative-layout-shift'].numericValue;
    const bytes = lhr.audits['total-byte-weight'].numericValue;
    console.log([
      (route === LIMIT ? 'plain HTML limit (home, no scripts)' : route).slice(0, 33).padEnd(34),
      ...CATEGORIES.map(score),
      `${(lcp / 1000).toFixed(2)} s`.padStart(8),
      (lcp / limit).toFixed(2).padStart(7),
      `${Math.round(tbt)} ms`.padStart(7),
      cls.toFixed(3).padStart(6),
      String(Math.round(bytes)).padStart(8),
    ].join(''));
  }
} finally {
  await chrome.kill();
  server.close();
}
