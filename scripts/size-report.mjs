// Prints the release bundle's size and what a first visit downloads (brotli), against the 150 KB
// budget. The app's code is split (scripts/split-wasm.mjs): every visit downloads the shell, and
// the page it opens adds its group of pages' code; so the first load is given for each group, the
// heaviest being the one held to the budget. The HTML counted is the largest page a visit can
// start on: the app shell or a pre-rendered page.
import { readFile, stat } from 'node:fs/promises';
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

const pages = files.filter((file) => file.endsWith('.html'));
const pageSizes = await Promise.all(pages.map(async (file) => (await stat(join(dist, file))).size));
const largestPage = pages[pageSizes.indexOf(Math.max(...pageSizes))];
const shell = [
  ...files.filter((file) => !file.includes('/') && /\.(js|css)$/.test(file)),
  `${folder}/palliative-guide.js`,
  `${folder}/__wasm_split.js`,
  `${folder}/palliative-guide_bg.wasm`,
  largestPage,
];

const row = (name, a = '', b = '', c = '') => console.log(`${name.padEnd(48)} ${String(a).padStart(9)} ${String(b).padStart(9)} ${String(c).padStart(9)}`);
row('file', 'raw', 'gzip', 'brotli');
const all = [...new Set([...shell, ...[...groups.values()].flat()])];
for (const file of all) {
  const { raw, gzip, brotli } = await size(file);
  row(file, raw, gzip, brotli);
}
const brotliOf = async (list) => (await Promise.all(list.map(size))).reduce((sum, s) => sum + s.brotli, 0);
const shellBytes = await brotliOf(shell);
row('shell (every visit)', '', '', shellBytes);
let heaviest = 0;
for (const [name, list] of [...groups].sort()) {
  const bytes = shellBytes + (await brotliOf(list));
  heaviest = Math.max(heaviest, bytes);
  row(`first load, opening a ${name} page (${list.length} page files)`, '', '', bytes);
}
row(`first load (heaviest; budget ${BUDGET})`, '', '', heaviest);
console.log(`all code, every group: ${await brotliOf([...new Set([...groups.values()].flat())]) + shellBytes} bytes brotli`);
