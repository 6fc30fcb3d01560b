// Pictures for review: every route at a phone, tablet and laptop size, in light and dark, from the
// release build in dist/. Writes screenshots/<theme>-<width>x<height>-<route>.png, and the few
// pictures the README shows into screenshots/readme/ (kept in the repository).
// Run after scripts/build.sh: node scripts/screenshots.mjs
// With --readme, only the README's pictures: the test run (scripts/test.sh) ends by refreshing
// them, so a change to the interface shows as changed pictures to commit with it.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { APP_READY, CHROMIUM_ARGS, ROUTES } from '../tests/e2e/helpers.mjs';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1280, height: 800 },
];

await mkdir('screenshots', { recursive: true });
const { server, url } = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const readmeOnly = process.argv.includes('--readme');
let count = 0;
for (const colorScheme of readmeOnly ? [] : ['light', 'dark']) {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport, colorScheme });
    for (const route of ROUTES) {
      await page.goto(url + route);
      await page.locator(APP_READY).waitFor();
      await page.screenshot({ path: `screenshots/${colorScheme}-${viewport.width}x${viewport.height}-${fileName(route)}.png`, fullPage: true });
      count += 1;
    }
    await page.close();
  }
}

// For the README: what a first visit sees, without scrolling.
const README_SHOTS = [
  { colorScheme: 'light', viewport: VIEWPORTS[0], route: '/' },
  { colorScheme: 'dark', viewport: VIEWPORTS[0], route: '/myths', play: true },
  { colorScheme: 'light', viewport: VIEWPORTS[1], route: '/referral?area=milton-keynes' },
];
await mkdir('screenshots/readme', { recursive: true });
for (const { colorScheme, viewport, route, play } of README_SHOTS) {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(url + route);
  await page.locator(APP_READY).waitFor();
  if (play) {
    await page.getByRole('button', { name: 'Myth' }).click();
    await page.locator('.myth-card').evaluate((card) => card.scrollIntoView());
  }
  await page.screenshot({ path: `screenshots/readme/${colorScheme}-${viewport.width}-${fileName(route)}.png` });
  await page.close();
}

await browser.close();
server.close();
console.log(`${count} screenshots in screenshots/, ${README_SHOTS.length} in screenshots/readme/`);

function fileName(route) {
  return route === '/' ? 'home' : route.slice(1).replace(/[^a-z0-9]+/g, '-');
}
