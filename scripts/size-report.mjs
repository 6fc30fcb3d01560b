// Prints the release bundle's size and what a first visit downloads (brotli), against the 150 KB
// budget. A reading page starts its own small program (scripts/reading-build.mjs); any other
// page starts the app, whose code is split (scripts/split-wasm.mjs): the shell, and the page's
// group of pages' code. So the first load is given for the reading pages and for each group, the
// heaviest being the one held to the budget. The HTML counted is the largest page a visit of
// that kind can start on.
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

// The reading pages start their own small program (scripts/reading-build.mjs), not the app.
const html = await Promise.all(files.filter((file) => file.endsWith('.html')).map(async (file) => ({ file, body: await readFile(join(dist, file), 'utf8') })));
const startsReading = ({ body }) => /src="\/start-reading-[0-9a-f]+\.js"/.test(body);
const largest = (list) => list.reduce((a, b) => (b.body.length > a.body.length ? b : a)).file;
const readingFolder = files.find((file) => /^reading-[0-9a-f]+$/.test(file));
const rootFiles = files.filter((file) => !file.includes('/') && /\.(js|css)$/.test(file));
const shell = [
  ...rootFiles.filter((file) => !file.startsWith('start-reading-')),
  `${folder}/palliative-guide.js`,
  `${folder}/__wasm_split.js`,
  `${folder}/palliative-guide_bg.wasm`,
  largest(html.filter((page) => !startsReading(page))),
];
const reading = [
  ...rootFiles.filter((file) => !/^start-[0-9a-f]+\.js$/.test(file)),
  `${readingFolder}/reading.js`,
  `${readingFolder}/reading_bg.wasm`,
  largest(html.filter(startsReading)),
];

const row = (name, a = '', b = '', c = '') => console.log(`${name.padEnd(48)} ${String(a).padStart(9)} ${String(b).padStart(9)} ${String(c).padStart(9)}`);
row('file', 'raw', 'gzip', 'brotli');
const all = [...new Set([...shell, ...reading, ...[...groups.values()].flat()])];
for (const file of all) {
  const { raw, gzip, brotli } = await size(file);
  row(file, raw, gzip, brotli);
}
const brotliOf = async (list) => (await Promise.all(list.map(size))).reduce((sum, s) => sum + s.brotli, 0);
const shellBytes = await brotliOf(shell);
row('app shell (every page that starts the app)', '', '', shellBytes);
let heaviest = await brotliOf(reading);
row('first load, opening a reading page (its own program)', '', '', heaviest);
for (const [name, list] of [...groups].sort()) {
  const bytes = shellBytes + (await brotliOf(list));
  heaviest = Math.max(heaviest, bytes);
  row(`${name === 'reading' ? 'a reading page in the whole app (a kiosk)' : `first load, opening a ${name} page`} (${list.length} page files)`, '', '', bytes);
}
row(`first load (heaviest; budget ${BUDGET})`, '', '', heaviest);
console.log(`all code, every group: ${await brotliOf([...new Set([...groups.values()].flat())]) + shellBytes} bytes brotli (app), ${await brotliOf(reading.filter((file) => file.startsWith(readingFolder)))} (reading program)`);
