// Runs after `trunk build --release`, on dist/:
//  0. takes trunk's start of the program, bound whole, out of index.html (scripts/split-wasm.mjs);
//  1. puts the screen CSS inside the page, one <style> element in place of trunk's three links, so
//     a page paints from its first response with no second round trip (the print style sheet
//     stays a file, fetched without holding up the paint); then writes the
//     Content-Security-Policy, allowing that <style> by its hash, and the referrer policy;
//  2. cuts the program every page starts (scripts/program-build.mjs); then pre-renders the
//     pages (scripts/prerender.mjs), the home page becoming index.html and the page-not-found
//     page 404.html, which static hosts serve for an address with no file; and keeps the app
//     shell, app.html, for any other address;
//  3. writes the service worker with the exact list of release files to precache (all but the
//     lock's piece, which it keeps once used), and a version that changes whenever any release
//     file changes;
//  4. writes a brotli (.br) and a gzip (.gz) copy beside every file, so any static host or CDN
//     that serves such copies (and scripts/server.mjs) sends the compressed bytes.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { prerender } from './prerender.mjs';
import { buildSite } from './program-build.mjs';
import { dropTrunkStart } from './split-wasm.mjs';
import { contentSecurityPolicy } from './security.mjs';
import { SHELL } from './server.mjs';

const dist = process.argv[2] ?? 'dist';
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let html = await dropTrunkStart(dist, await readFile(join(dist, 'index.html'), 'utf8'), 'site');
// Trunk links each style sheet as /<name>-<hash>.css; the screen ones are read into the page, in
// the same order, and their files dropped: nothing links them any more.
const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([a-z]+)-[0-9a-f]{16}\.css"[^>]*>\n?\s*/g)];
const screen = sheets.filter(([, name]) => name !== 'print');
const print = sheets.find(([, name]) => name === 'print');
if (screen.length !== 3 || !print) throw new Error(`expected trunk's links to tokens, base, components and print CSS in index.html, found ${sheets.map(([, name]) => name).join(', ') || 'none'}`);
let css = '';
for (const [link] of screen) {
  const file = join(dist, link.match(/href="\/([^"]+)"/)[1]);
  css += await readFile(file, 'utf8');
  await rm(file);
}
// Comments and indentation are for whoever edits style/; the page carries the rules alone.
css = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s+/g, '\n').trim();
if (css.includes('</')) throw new Error('the screen CSS holds "</", which would end its <style> element early');
// The <style> takes the first link's place: before the print style sheet, whose rules must come
// after the screen's to win over them when printing.
const [[first], ...rest] = screen;
html = html.replace(first, `<style>${css}</style>\n    `);
for (const [link] of rest) html = html.replace(link, '');
// Printing never holds up the first paint: media="print" lets the browser fetch it later.
html = html.replace(print[0], print[0].replace('<link ', '<link media="print" '));
const styleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([styleHash])}" />\n    <meta name="referrer" content="no-referrer" />`,
);
const site = await buildSite(dist);
const prerendered = await prerender(dist, html, site);
// The app shell: the whole app draws the page for the address (src/bin/site.rs).
const shell = site.startFor(null);
await writeFile(join(dist, SHELL), html.replace('</head>', `<script type="module" src="${shell.script}"></script>${shell.preloads}</head>`));

const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js' && !entry.name.startsWith('.') && !/\.(br|gz)$/.test(entry.name))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dist.length).replace(/^\/?/, '/'))
  .sort();
const contents = await Promise.all(files.map((file) => readFile(join(dist, file))));
const version = hash(contents.map((body, i) => files[i] + hash(body)).join('\n'));
// Everything is kept at install but the lock's piece of the program, which only a family who
// sets a passcode ever needs (src/store/lock_code.rs): it is kept the first time it is fetched.
// The rest of the program is kept whole: its core, which the reading pages start, every other
// page's piece with the code it shares, and the whole app's, so every page starts its own code
// with no network, as it does online, and so does a kiosk.
const lockPiece = `/${site.folder}/split_lock.wasm`;
const precached = files.filter((file) => file !== lockPiece);
const template = await readFile('scripts/sw-template.js', 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace("['__ASSETS__']", JSON.stringify(['/', ...precached], null, 2));
await writeFile(join(dist, 'sw.js'), worker);

// Images are already compressed; everything else gets its .br and .gz copies.
for (const file of [...files, '/sw.js'].filter((f) => !f.endsWith('.png') && !f.endsWith('.ico'))) {
  const body = await readFile(join(dist, file));
  await writeFile(join(dist, file + '.br'), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(join(dist, file + '.gz'), gzipSync(body, { level: 9 }));
}
console.log(`finish-build: the program ${site.folder}, ${prerendered} pages pre-rendered, service worker ${version} precaching ${precached.length + 1} files`);
