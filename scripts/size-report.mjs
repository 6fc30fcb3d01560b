// Prints the release bundle's size and what a first visit downloads (brotli), against the 150 KB
// budget, for the heaviest page and then for every page, and a family's first visit through ten
// pages. Every pre-rendered page starts the site's program (scripts/program-build.mjs): a reading
// page its core, any other page the core, the shared code it needs and its own piece. A kiosk
// starts the whole app instead, whose code is split (scripts/split-wasm.mjs): the shell, and the
// code of the group of pages a page is in; that is given for each group.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { splitGroups } from './split-groups.mjs';

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

const { files, folder, groups } = await splitGroups(dist);

// Which program a page starts (its start script, `/start-<name>-<hash>.js`); none: the app.
const html = await Promise.all(files.filter((file) => file.endsWith('.html')).map(async (file) => ({ file, body: await readFile(join(dist, file), 'utf8') })));
const programOf = ({ body }) => body.match(/src="\/start-([a-z_]+)-[0-9a-f]{16}\.js"/)?.[1] ?? null;
const largest = (list) => list.reduce((a, b) => (b.body.length > a.body.length ? b : a)).file;
const rootFiles = files.filter((file) => !file.includes('/') && /\.(js|css)$/.test(file));
// Scripts and styles every page has; each page adds only its own start script.
const common = rootFiles.filter((file) => !file.startsWith('start-'));
// The whole app, as a kiosk starts it (on any page, so with the largest page).
const shell = [
  ...common,
  rootFiles.find((file) => /^start-[0-9a-f]{16}\.js$/.test(file)),
  `${folder}/palliative-guide.js`,
  `${folder}/__wasm_split.js`,
  `${folder}/palliative-guide_bg.wasm`,
  largest(html),
];
const address = (page) => (page === 'index.html' ? '/' : page === '404.html' ? '(page not found)' : `/${page.replace(/\/index\.html$/, '')}`);
const brotliOf = async (list) => (await Promise.all(list.map(size))).reduce((sum, s) => sum + s.brotli, 0);
// Each program's first load is that of the heaviest page that starts it (see firstLoad below).
const programs = new Map();
for (const name of [...new Set(html.map(programOf).filter(Boolean))].sort()) {
  let heaviest = null;
  for (const page of html.filter((page) => programOf(page) === name)) {
    const files = firstLoad(page);
    const bytes = await brotliOf(files);
    if (!heaviest || bytes > heaviest.bytes) heaviest = { page: page.file, files, bytes };
  }
  programs.set(name, heaviest);
}
const row = (name, a = '', b = '', c = '') => console.log(`${name.padEnd(48)} ${String(a).padStart(9)} ${String(b).padStart(9)} ${String(c).padStart(9)}`);
row('file', 'raw', 'gzip', 'brotli');
const all = [...new Set([...shell, ...[...programs.values()].flatMap(({ files }) => files), ...[...groups.values()].flat()])];
for (const file of all) {
  const { raw, gzip, brotli } = await size(file);
  row(file, raw, gzip, brotli);
}
const shellBytes = await brotliOf(shell);
row('a kiosk: the app shell', '', '', shellBytes);
let heaviest = 0;
for (const [name, { page, bytes }] of programs) {
  heaviest = Math.max(heaviest, bytes);
  row(`first load, opening ${address(page)} (the ${name} program)`, '', '', bytes);
}
row(`first load (heaviest; budget ${BUDGET})`, '', '', heaviest);
for (const [name, list] of [...groups].sort()) {
  row(`a kiosk opening a ${name} page: the shell and ${list.length} page files`, '', '', shellBytes + (await brotliOf(list)));
}
// Each program's code: every file in its folder, whichever page fetches it.
const inFolder = (prefix) => files.filter((file) => file.startsWith(prefix) && /\.(wasm|js)$/.test(file));
const site = files.find((file) => /^site-[0-9a-f]{16}$/.test(file));
console.log(`all code of the site's program: ${await brotliOf(inFolder(`${site}/`))} bytes brotli; of the whole app (a kiosk's): ${await brotliOf(inFolder(`${folder}/`))}`);
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
for (const page of html.filter(({ file }) => file !== 'app.html').sort((a, b) => a.file.localeCompare(b.file))) {
  const list = firstLoad(page);
  loads.set(address(page.file), list);
  row(`first load of ${address(page.file)} (${list.length} files)`, '', '', await brotliOf(list));
}
const VISIT = ['/', '/guide/what-is-palliative-care', '/guide/planning-ahead', '/questions', '/diary', '/medicines', '/appointments', '/share', '/appointment', '/notes'];
const visit = [...new Set(VISIT.flatMap((page) => loads.get(page) ?? []))];
row(`a first visit through ${VISIT.length} pages (${visit.length} files)`, '', '', await brotliOf(visit));
