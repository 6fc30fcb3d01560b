// Pre-renders the guide's pages with Leptos itself: the native `render` program (src/bin/render.rs,
// feature `ssr`) draws each page as the app would, and it is saved as static HTML at the place
// static hosts look for it (`/guide/x` → dist/guide/x/index.html; home → dist/index.html). A
// visitor sees the page as soon as the HTML arrives; the app then adopts that markup as it is
// (hydration, src/program.rs) rather than drawing the page again. The pages that show a family's
// own data are drawn as their shell (heading, introduction, forms): nothing is read from storage
// when a page is drawn, and every "nothing yet" message waits until the app has read the family's
// data (WhenLoaded).
//
// Each page starts the program (scripts/program-build.mjs) with its own piece of it, and asks the
// browser to fetch them at once.
import { execFileSync } from 'node:child_process';
import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NOT_FOUND, pageFile } from './server.mjs';
import { GROUPS } from './program-build.mjs';

async function contentRoutes() {
  const guide = (await readdir('content/pages')).filter((f) => f.endsWith('.md')).map((f) => `/guide/${f.slice(0, -3)}`);
  const content = ['/', '/start', ...guide, '/myths', '/referral', '/glossary', '/help', '/search'];
  // The staff tools: what a page shows from the address or the device (the poster's address and
  // code, the kiosk's settings) is filled in by the app, as the family's data is. The booklet is
  // drawn as its cover and contents, and the app adds the guide's parts (src/pages/booklet.rs).
  const staff = ['/staff', '/poster', '/kiosk/start', '/kiosk/stop', '/booklet'];
  // The import page's questions travel in the address's fragment, read by the app.
  const family = ['/questions', '/notes', '/diary', '/carer', '/planning', '/medicines', '/appointments', '/share', '/appointment', '/my-data', '/import'];
  // The page for any other address (`404.html`, see fileOf), drawn for an address no page has.
  return [...content, ...staff, ...family, MISSING];
}

const MISSING = '/404';
/** Where a page is written: at its conventional place, and the page-not-found page as hosts expect. */
const fileOf = (address) => (address === MISSING ? NOT_FOUND : pageFile(address));

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Draws every route with the `render` program; returns one { address, title, body, piece } each:
 * `piece` is the piece of the program that holds the page's code (src/pages/load.rs).
 */
function render(routes) {
  const output = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--features', 'ssr', '--bin', 'render', '--', ...routes],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return output.trim().split('\n').map((line) => JSON.parse(line));
}

/**
 * Writes every page into `dist`, each the page `shell` (index.html as trunk wrote it, with no
 * start of its own) with the page drawn in it. `site` (scripts/program-build.mjs) is the program
 * the pages start.
 */
export async function prerender(dist, shell, site) {
  const routes = await contentRoutes();
  for (const { address, title, body, piece } of render(routes)) {
    // A reading page starts the program's core alone; every other page has a piece of its own
    // (src/pages/load.rs), which has a group of pages (GROUPS, scripts/program-build.mjs).
    const own = piece === 'app_reading' ? null : piece;
    if (own && !GROUPS[own]) throw new Error(`${address} is drawn by the piece ${own}, which has no group in GROUPS (scripts/program-build.mjs)`);
    const start = site.startFor(own);
    let head = shell.replace('</head>', `<script type="module" src="${start.script}"></script>${start.preloads}</head>`);
    // Search shows the words in its address before the app starts, and says it is finding results
    // for them (public/search-words.js).
    if (address === '/search') head = head.replace('</head>', '<script type="module" src="/search-words.js"></script></head>');
    // `data-drawn` tells the app which path this markup was drawn for: it adopts the markup only
    // there (see src/app.rs); `data-piece` tells the start script the page's own piece.
    const drawn = `data-drawn="${escape(address)}"${own ? ` data-piece="${own}"` : ''}`;
    const html = head
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
      .replace(/<body>[\s\S]*<\/body>/, `<body ${drawn}>${body}</body>`);
    const file = join(dist, fileOf(address));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  return routes.length;
}
