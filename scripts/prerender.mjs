// Pre-renders the guide's pages: each is opened in Chromium from the release build, and the page
// the app draws is saved as static HTML at the place
// static hosts look for it (`/guide/x` → dist/guide/x/index.html; home → dist/index.html). A visitor then sees the page as soon as
// the HTML arrives, before the app's WebAssembly has loaded; the app then starts and draws the
// same page itself (src/main.rs). The pages that show a family's own data are drawn as a shell
// (heading, introduction, forms) with nothing read from storage: the app is told so by
// `window.__prerendering`, and holds back every "nothing yet" message until it has read the
// family's data (WhenLoaded).
//
// Each page also asks the browser to fetch the code of its own group of pages (the files the app
// fetched while drawing it, see scripts/split-wasm.mjs) at once, alongside the app shell, rather
// than after the shell has started.
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { SHELL, pageFile, startServer } from './server.mjs';
import { APP_READY, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

async function contentRoutes() {
  const guide = (await readdir('content/pages')).filter((f) => f.endsWith('.md')).map((f) => `/guide/${f.slice(0, -3)}`);
  const content = ['/', ...guide, '/myths', '/referral', '/glossary', '/help', '/search', '/staff'];
  const family = ['/questions', '/notes', '/diary', '/medicines', '/appointments', '/share', '/appointment', '/my-data'];
  return [...content, ...family];
}

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export async function prerender(dist) {
  const shell = await readFile(join(dist, SHELL), 'utf8');
  const { server, url } = await startServer({ root: dist });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  // Controls that only work once the app runs (read aloud) are drawn only where the browser can
  // use them; a pre-rendered page must not show them before then.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    window.__prerendering = true;
  });
  const preloaded = new Set([...shell.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((match) => match[1]));
  let fetched = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm') && !preloaded.has(path)) fetched.push(path);
  });
  const routes = await contentRoutes();
  try {
    for (const route of routes) {
      fetched = [];
      await page.goto(url + route);
      await page.locator(APP_READY).waitFor();
      const { title, body } = await page.evaluate(() => ({ title: document.title, body: document.body.innerHTML }));
      const preloads = [...new Set(fetched)]
        .map((path) => `<link rel="preload" href="${path}" as="fetch" type="application/wasm" crossorigin="anonymous">`)
        .join('');
      const html = shell
        .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
        .replace('</head>', `${preloads}</head>`)
        .replace(/<body>[\s\S]*<\/body>/, `<body>${body}</body>`);
      const file = join(dist, pageFile(route));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, html);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return routes.length;
}
