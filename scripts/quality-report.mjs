// Quality report: runs Lighthouse (npm lighthouse@12, with Debian's Chromium) on the release build
// in dist/, served compressed as a static host serves it (scripts/server.mjs sends the .br files
// the build wrote), and prints each route's scores and timings. Kept out of the test run because
// performance scores vary from run to run; run it after scripts/build.sh. Give routes as
// arguments to measure only those.
//
// The first row is the limit: the pre-rendered home page with its scripts removed, plain HTML
// with its screen CSS inside it, so it paints from one round trip; measured in the same run so a
// busy machine slows it too. Each route's LCP is then given as a ratio to it. The second row is
// the same page with its screen CSS in a file of its own, as pages were built before (two round
// trips), for comparison.
import { readFile } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import { median } from './slow-phone.mjs';
import { startServer } from './server.mjs';

const LIMIT = '/plain-html-limit.html';
const LINKED = '/plain-html-linked-css.html';
const LINKED_CSS = '/plain-html-linked.css';
const ROUTES = process.argv.length > 2 ? process.argv.slice(2) : [
  '/', '/start', '/guide/what-is-palliative-care', '/glossary', '/help',
  // Search as a family opens it, and opened with words in its address (its results wait for the code).
  '/myths', '/referral?area=milton-keynes', '/search', '/search?q=dnr',
  '/questions', '/notes', '/diary', '/carer', '/planning', '/medicines', '/appointments', '/appointment', '/share', '/my-data', '/import',
  '/staff', '/kiosk/start', '/poster', '/booklet',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const home = await readFile('dist/index.html', 'utf8');
const plain = home.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, '');
const style = plain.match(/<style>([\s\S]*?)<\/style>/);
if (!style) throw new Error('the home page holds no <style>: has the build stopped putting the screen CSS inside pages?');
const linked = plain.replace(style[0], `<link rel="stylesheet" href="${LINKED_CSS}">`);
const { server, url } = await startServer({
  root: 'dist',
  overrides: new Map([[LIMIT, Buffer.from(plain)], [LINKED, Buffer.from(linked)], [LINKED_CSS, Buffer.from(style[1])]]),
});
const chrome = await launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
// Scores vary from run to run on a busy machine: RUNS=3 measures each route three times and gives
// the median of each number.
const RUNS = Math.max(1, Number(process.env.RUNS ?? 1));
const benchmarks = [];
const remeasured = [];
const measured = (lhr) => lhr.categories.performance.score !== null && Number.isFinite(lhr.audits['total-blocking-time'].numericValue);
// Lighthouse's CPU slowdown is a factor of this machine's own speed. DEVICE=low instead slows it
// to the speed of a low-tier phone (benchmark index 264, Chrome DevTools' calibration figure for
// a Moto G4 Power 2022), so a fast machine does not flatter the app; the factor is printed.
const LOW_TIER = 264;
let cpuSlowdownMultiplier;
try {
  if (process.env.DEVICE === 'low') {
    const { lhr } = await lighthouse(url + LIMIT, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    cpuSlowdownMultiplier = Math.max(1, lhr.environment.benchmarkIndex / LOW_TIER);
    console.log(`CPU slowed ${cpuSlowdownMultiplier.toFixed(1)}x: a low-tier phone (benchmark index ${LOW_TIER}) on this machine (${Math.round(lhr.environment.benchmarkIndex)})`);
  }
  console.log(['route'.padEnd(34), 'perf', ' a11y', '  bp', ' seo', '     FCP', '     LCP', '  ratio', '   TBT', '   CLS', '  bytes'].join(''));
  let limit = null;
  for (const route of [LIMIT, LINKED, ...ROUTES]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Mobile emulation on slow 4G with a slowed CPU, what families often have. The throttling is
      // applied (devtools), not simulated: simulation models the page from an unthrottled load, in
      // which the app starts before the pre-rendered page has been painted, so it cannot see the
      // early paint that pre-rendering gives. THROTTLING=simulate gives Lighthouse's default.
      const options = { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error', throttlingMethod: process.env.THROTTLING ?? 'devtools', ...(cpuSlowdownMultiplier && { throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier } }) };
      // Now and then Lighthouse cannot work out a timing from its trace: the blocking time comes
      // back empty and the performance score as 0, which says nothing about the page. Such a run
      // is measured again (up to twice), and said so below.
      let { lhr } = await lighthouse(url + route, options);
      for (let retry = 0; retry < 2 && !measured(lhr); retry += 1) {
        remeasured.push(route);
        ({ lhr } = await lighthouse(url + route, options));
      }
      runs.push(lhr);
      benchmarks.push(lhr.environment.benchmarkIndex);
    }
    const middle = (read) => median(runs.map(read));
    const score = (c) => String(Math.round(middle((lhr) => lhr.categories[c].score) * 100)).padStart(c === 'performance' ? 4 : 5);
    // The first paint: on /search?q=… its box and its "finding results" line, whose results
    // may come later.
    const fcp = middle((lhr) => lhr.audits['first-contentful-paint'].numericValue);
    const lcp = middle((lhr) => lhr.audits['largest-contentful-paint'].numericValue);
    limit ??= lcp;
    const tbt = middle((lhr) => lhr.audits['total-blocking-time'].numericValue);
    const cls = middle((lhr) => lhr.audits['cumulative-layout-shift'].numericValue);
    const bytes = middle((lhr) => lhr.audits['total-byte-weight'].numericValue);
    console.log([
      ({ [LIMIT]: 'limit: home, CSS inside, no script', [LINKED]: 'home, CSS linked, no script' }[route] ?? route).slice(0, 33).padEnd(34),
      ...CATEGORIES.map(score),
      `${(fcp / 1000).toFixed(2)} s`.padStart(8),
      `${(lcp / 1000).toFixed(2)} s`.padStart(8),
      (lcp / limit).toFixed(2).padStart(7),
      `${Math.round(tbt)} ms`.padStart(7),
      cls.toFixed(3).padStart(6),
      String(Math.round(bytes)).padStart(8),
    ].join(''));
  }
  // Lighthouse slows the CPU by a fixed factor, so a faster machine shows less blocking time: its
  // measure of this machine's speed lets numbers from different machines be compared.
  if (remeasured.length > 0) console.log(`Measured again, Lighthouse having had no timing from its trace: ${remeasured.join(', ')}`);
  console.log(`${RUNS} run(s) per route, ${process.env.THROTTLING ?? 'devtools'} throttling; this machine's Lighthouse benchmark index: ${Math.round(median(benchmarks))}`);
} finally {
  await chrome.kill();
  server.close();
}
