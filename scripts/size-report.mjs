// Prints the release bundle's size and what a first visit downloads (brotli), against the 150 KB
// budget, for the heaviest page and then for every page, and a family's first visit through ten
// pages. Every page starts the program (scripts/program-build.mjs): a reading page its core, any
// other page the core, the shared code it needs and its own piece. A kiosk starts the whole app
// instead: the core, the app's piece and the page's (the reading pages' on a reading page), with
// what they need; the heaviest is given.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const BUDGET = 153600;
const sizes = new Map();
async function size(file) {
  if (!sizes.has(file)) {
    const body = await readFile(join(dist, file));
    sizes.set(file, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

const files = (await readdir(dist, { recursive: true })).map((file) => file.replaceAll('\\', '/'));
const folder = files.find((file) => /^site-[0-9a-f]{16}$/.test(file));
if (!folder) throw new Error('no program folder in dist: run scripts/build.sh');
// The files the program's loader fetches for each piece (scripts/merge-pieces.mjs).
const loader = await readFile(join(dist, folder, '__wasm_split.js'), 'utf8');
const pieces = new Map([...loader.matchAll(/"?(\w+)"?:\[((?:"\.\/[\w.-]+",?)+)\]/g)].map(([, piece, list]) => [piece, [...list.matchAll(/"\.\/([\w.-]+)"/g)].map(([, file]) => `${folder}/${file}`)]));
if (!pieces.has('app')) throw new Error(`no piece "app" read from ${folder}/__wasm_split.js: see scripts/size-report.mjs`);

const html = await Promise.all(files.filter((file) => file.endsWith('.html')).map(async (file) => ({ file, body: await readFile(join(dist, file), 'utf8') })));
const address = (page) => (page === 'index.html' ? '/' : page === '404.html' ? '(page not found)' : `/${page.replace(/\/index\.html$/, '')}`);
const brotliOf = async (list) => (await Promise.all(list.map(size))).reduce((sum, s) => sum + s.brotli, 0);
const row = (name, a = '', b = '', c = '') => console.log(`${name.padEnd(48)} ${String(a).padStart(9)} ${String(b).padStart(9)} ${String(c).padStart(9)}`);
row('file', 'raw', 'gzip', 'brotli');
for (const file of files.filter((file) => /\.(wasm|js|css)$/.test(file)).sort()) {
  const { raw, gzip, brotli } = await size(file);
  row(file, raw, gzip, brotli);
}
// Every file of code the build wrote, whichever page or kiosk fetches it: what the whole site
// holds, and what would be fetched to keep all of it offline.
const code = files.filter((file) => /\.(wasm|js)$/.test(file) && file !== 'sw.js');
console.log(`all code in ${dist}/: ${await brotliOf(code)} bytes brotli in ${code.length} files (of which wasm ${await brotliOf(code.filter((file) => file.endsWith('.wasm')))})`);

// Every pre-rendered page's first load: the page and every file a fresh browser fetches for it
// until the network is idle (its scripts, preloads and the files they start, the print style
// sheet, fetched without holding up the paint, and the tab's icon; not the manifest, fetched only
// when the guide is installed); and a family's first visit through ten pages, each file counted
// once, as the browser keeps files named by their contents (scripts/server.mjs).
function firstLoad({ file: page, body }) {
  const linked = [
    ...body.matchAll(/<script[^>]* src="\/([^"]+)"/g),
    ...body.matchAll(/<link[^>]* rel="(?:modulepreload|preload|stylesheet|icon)"[^>]* href="\/([^"]+)"/g),
  ].map(([, file]) => file);
  return [...new Set([page, ...linked])];
}
const loads = new Map();
// The piece that draws each page in the whole app: its own (scripts/prerender.mjs), or the
// reading pages'.
const drawnBy = new Map();
let heaviest = 0;
for (const page of html.filter(({ file }) => file !== 'app.html').sort((a, b) => a.file.localeCompare(b.file))) {
  const list = firstLoad(page);
  const bytes = await brotliOf(list);
  loads.set(address(page.file), list);
  drawnBy.set(address(page.file), page.body.match(/<body [^>]*data-piece="(\w+)"/)?.[1] ?? 'app_reading');
  heaviest = Math.max(heaviest, bytes);
  row(`first load of ${address(page.file)} (${list.length} files)`, '', '', bytes);
}
row(`first load (heaviest; budget ${BUDGET})`, '', '', heaviest);
// A kiosk's first load of a page: the page's own, the whole app's piece, and the reading pages'
// piece on a reading page.
let kioskHeaviest = 0;
for (const [page, list] of loads) {
  kioskHeaviest = Math.max(kioskHeaviest, await brotliOf([...new Set([...list, ...pieces.get('app'), ...pieces.get(drawnBy.get(page))])]));
}
row('a kiosk: first load (heaviest)', '', '', kioskHeaviest);
const VISIT = ['/', '/guide/what-is-palliative-care', '/guide/planning-ahead', '/questions', '/diary', '/medicines', '/appointments', '/share', '/appointment', '/notes'];
const visit = [...new Set(VISIT.flatMap((page) => loads.get(page) ?? []))];
row(`a first visit through ${VISIT.length} pages (${visit.length} files)`, '', '', await brotliOf(visit));
