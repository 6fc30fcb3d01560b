// Makes each piece of a program one file. wasm-split-cli cuts a program at its cutting points
// (src/bin/site.rs: a piece per page; src/store/lock_code.rs: the lock), and writes code that two
// or more pieces use into a file for each such set of pieces: for the pages, hundreds of small
// files, of which a page needs over a hundred. Each is compressed on its own, so they came to
// about half as much again as the same code in one file, and each is a request. So they are
// joined here with binaryen's wasm-merge. A file that two or more pages need goes into a file of
// code those pages share (below), fetched with the first of them and kept by the browser from
// one page to the next: that code is fetched once in a visit, not with each page. Every other
// file goes into the one page's piece that needs it, making each piece one file, which a loader
// of our own fetches. The pieces that are not pages (the lock's, the whole app's) fetch what they
// share with pages from the pages' files, so every function of any size is in one file.
//
// A piece links to the core only through what wasm-split-cli gives it: the core's memory, its
// table of functions and a few shared globals, all imported from the module `__wasm_split`. The
// loader the core imports (`./__wasm_split.js`) has one function per piece,
// `__wasm_split_load_<piece>`, which wasm-split-cli's own loader defines as: fetch and
// instantiate the piece, then call the function at the table index it is given with its data and
// whether the piece could be had. Every name this relies on is checked against the files
// themselves, and the build stops if any is missing.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bodySizes, exportNames, importsOf, readLeb, sectionOf } from './wasm-module.mjs';

const SHARED = '__wasm_split';
const LOADER = '__wasm_split.js';

/** Which files each piece needs, as wasm-split-cli's loader (`source`) lists them. */
export function piecesOf(source) {
  const loaders = new Map();
  const pattern = /const __(?:wasm_split_load_)?(\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);[\s\S]*?\n, \[([^\]]*)\]\)/g;
  for (const [, name, file, deps] of source.matchAll(pattern)) {
    loaders.set(name, { file, deps: deps.split(',').map((dep) => dep.trim().replace(/^__/, '')).filter(Boolean) });
  }
  const count = source.match(/makeLoad\(/g)?.length ?? 0;
  if (loaders.size !== count - 1) throw new Error(`read ${loaders.size} of ${count - 1} loaders in wasm-split-cli's ${LOADER}: see scripts/merge-pieces.mjs`);
  const pieces = new Map();
  for (const [name, { file, deps }] of loaders) {
    if (name.startsWith('chunk_')) continue;
    const files = [file];
    for (const dep of deps) {
      if (!loaders.has(dep)) throw new Error(`${name} needs ${dep}, which ${LOADER} does not load`);
      files.push(loaders.get(dep).file);
    }
    pieces.set(name, files);
  }
  return pieces;
}

/**
 * In `folder` (a program just cut, its core bound by wasm-bindgen as `<name>_bg.wasm`): merges
 * the files two or more pages need into the files of shared code (above), and each piece with
 * the other files only it needs into `split_<piece>.wasm`; removes the rest, and writes the
 * loader. `groups` gives each piece that is a page its group of pages. Code only two pages need,
 * where there is at least `pairFrom` bytes of it and its data, is a file of those two,
 * `shared_pair_<page>-<page>.wasm`, rather than of their groups. Every other piece (the
 * lock, the whole app's) follows the pages, so each function is in one file: code it needs that
 * two or more pages need is fetched from the pages' shared files; code it needs that one page
 * needs is a file of that page's, `shared_page_<page>.wasm`, which the page fetches beside its
 * piece; code only such pieces need is in a file of the one piece, or of those pieces' groups
 * (`followers` gives such a piece its group; by default its own name). But where each function
 * of such code is small (at most `copyUpTo` bytes), a copy of it is in each piece that needs it:
 * a file of its own would cost more to fetch than the copies. Returns, by piece, the files the
 * loader fetches for it.
 */
export async function mergePieces(folder, name, { groups = {}, followers = {}, copyUpTo = 1024, pairFrom = 16384 } = {}) {
  const pieces = piecesOf(await readFile(join(folder, LOADER), 'utf8'));
  const core = await readFile(join(folder, `${name}_bg.wasm`));
  const wanted = importsOf(core).filter((entry) => entry.module === `./${LOADER}`).map((entry) => entry.name);
  const given = [...pieces.keys()].map((piece) => `__wasm_split_load_${piece}`);
  if (wanted.sort().join() !== given.sort().join()) throw new Error(`the ${name} program's core asks for ${wanted.join(', ')}; the cut gave ${given.join(', ')}`);

  // What the pieces take from the core, which must be what the core gives.
  const shared = new Map();
  for (const files of pieces.values()) {
    for (const file of files) {
      for (const entry of importsOf(await readFile(join(folder, file)))) {
        if (entry.module !== SHARED) throw new Error(`${file} imports from ${entry.module}, not ${SHARED}`);
        shared.set(entry.name, entry.description);
      }
    }
  }
  if (!shared.has('__indirect_function_table')) throw new Error(`the pieces of ${name} share no table of functions, through which the loader answers the core`);
  const exported = exportNames(core);
  for (const item of shared.keys()) {
    if (!exported.includes(item)) throw new Error(`the pieces of ${name} need ${item}, which its core does not export`);
  }

  // Code two or more pages need becomes a file of its own, fetched with the first such page and
  // kept: one for each set of groups of pages (the family's, the guide's tools, …) whose pages
  // need it, `shared_<group>_<group>.wasm`, so a page never fetches code only other groups' pages
  // use. Every piece that needs any of it loads it first.
  for (const page of Object.keys(groups)) {
    if (!pieces.has(page)) throw new Error(`the ${name} program was cut with no piece for the page ${page}`);
  }
  const needing = new Map();
  for (const [piece, files] of pieces) {
    for (const file of files.slice(1)) needing.set(file, [...(needing.get(file) ?? []), piece]);
  }
  const unitOf = new Map();
  const copied = new Set();
  const groupsOf = (list) => `shared_${[...new Set(list.map((piece) => groups[piece] ?? followers[piece] ?? piece))].sort().join('_')}`;
  const pagesOf = (file) => needing.get(file).filter((piece) => groups[piece]).sort();
  // How much code and data (the guide's text, say) each pair of pages alone needs, as
  // wasm-split-cli wrote it, before shrinking.
  const pairs = new Map();
  for (const file of needing.keys()) {
    const pages = pagesOf(file);
    if (pages.length !== 2) continue;
    const pair = pages.join('-');
    const bytes = await readFile(join(folder, file));
    const data = sectionOf(bytes, 11);
    const size = bodySizes(bytes).reduce((sum, body) => sum + body, 0) + (data ? data.end - data.start : 0);
    pairs.set(pair, (pairs.get(pair) ?? 0) + size);
  }
  for (const [file, needers] of needing) {
    const pages = pagesOf(file);
    const others = needers.filter((piece) => !groups[piece]);
    // Much code that only two pages need (the diary's chart, which the appointment sheet draws
    // too) is a file of those two pages: the other pages of their groups never fetch it.
    if (pages.length === 2 && pairs.get(pages.join('-')) >= pairFrom) unitOf.set(file, `shared_pair_${pages.join('-')}`);
    else if (pages.length >= 2) unitOf.set(file, groupsOf(pages));
    else if (needers.length === 1) unitOf.set(file, `split_${needers[0]}`);
    else if (Math.max(0, ...bodySizes(await readFile(join(folder, file)))) <= copyUpTo) copied.add(file);
    // Code of one page that the lock or the whole app needs too: a file of its own beside the
    // page's piece, so they fetch that code and not the whole page.
    else if (pages.length === 1) unitOf.set(file, `shared_page_${pages[0]}`);
    else unitOf.set(file, groupsOf(others));
  }
  const units = new Map([...pieces].map(([piece, files]) => [`split_${piece}`, files.filter((file, i) => i === 0 || copied.has(file))]));
  for (const [file, unit] of unitOf) units.set(unit, [...(units.get(unit) ?? []), file]);
  // The shared files first, then any page's file of code it shares with this piece, then the
  // piece's own, which needs them.
  const fetched = new Map([...pieces].map(([piece, files]) => {
    const others = [...new Set(files.map((file) => unitOf.get(file)).filter((unit) => unit && unit !== `split_${piece}`))];
    const order = (unit) => (unit.startsWith('shared_page_') ? 2 : unit.startsWith('shared_pair_') ? 1 : 0);
    others.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    return [piece, [...others, `split_${piece}`].map((unit) => `${unit}.wasm`)];
  }));

  // wasm-merge joins modules by name: a piece's import from `__wasm_split` is linked to the
  // export of that name of the module given that name. A module giving each shared item, itself
  // importing it from the core, leaves every file with one import of each.
  const stub = join(folder, 'core-items.wasm');
  execFileSync('wasm-as', ['-', '-o', stub], { input: sharedModule(shared) });
  for (const [unit, files] of units) {
    const merged = join(folder, `merged_${unit}.wasm`);
    // Its warnings (a name subsection it does not know, in every file) are left unprinted; an
    // error stops the build with its message.
    execFileSync('wasm-merge', [
      stub, SHARED, ...files.flatMap((file, i) => [join(folder, file), `m${i}`]),
      '-o', merged, '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    const imported = importsOf(await readFile(merged));
    if (imported.some((entry) => entry.module !== 'core') || imported.length !== shared.size) throw new Error(`the merged ${unit} piece of ${name} imports more than the core's shared items`);
  }
  for (const file of await readdir(folder)) {
    if (/^(chunk_\d+|split_\w+)\.wasm$/.test(file) || file === 'core-items.wasm') await rm(join(folder, file));
  }
  for (const unit of units.keys()) await rename(join(folder, `merged_${unit}.wasm`), join(folder, `${unit}.wasm`));
  await writeFile(join(folder, LOADER), loader(name, [...shared.keys()], fetched));
  return fetched;
}

/** A module in the text format that imports each shared item from `core` and exports it. */
function sharedModule(shared) {
  // A table's or memory's limits: flags, the minimum, and the maximum if flag 1 is set.
  const limits = (description, at) => {
    const [flags, next] = readLeb(description, at);
    const [min, after] = readLeb(description, next);
    return flags & 1 ? `${min} ${readLeb(description, after)[0]}` : `${min}`;
  };
  const items = [...shared].map(([item, description]) => {
    const [kind, type] = {
      1: () => ['table', `${limits(description, 2)} funcref`],
      2: () => ['memory', limits(description, 1)],
      // Only the i32 globals wasm-split-cli shares (the stack pointer and the like).
      3: () => (description[1] === 0x7f ? ['global', description[2] ? '(mut i32)' : 'i32'] : []),
    }[description[0]]?.() ?? [];
    if (!kind) throw new Error(`the pieces share ${item}, of a kind scripts/merge-pieces.mjs does not handle`);
    return `(import "core" "${item}" (${kind} $${item} ${type})) (export "${item}" (${kind} $${item}))`;
  });
  return `(module ${items.join(' ')})`;
}

/**
 * The loader: `__wasm_split_load_<piece>` for each piece, as wasm-split-cli's own behaves; and
 * `prefetch`, through which a page's start script has the files of the pieces the page will ask
 * for fetched with the rest of the program (scripts/program-build.mjs), so they are compiled as
 * they arrive rather than once the core has started and asked for them.
 */
function loader(name, shared, fetched) {
  const files = Object.fromEntries([...fetched].map(([piece, list]) => [piece, list.map((file) => `./${file}`)]));
  return `// Fetches a piece of the program when its code is first needed (scripts/merge-pieces.mjs).
import { initSync } from "./${name}.js";

let core;
// What every piece takes from the core, which has started by the time a piece is asked for.
const shared = () => (core ??= (({ ${shared.join(', ')} }) => ({ ${shared.join(', ')} }))(initSync()));

// The files each piece needs, the files of code it shares with others first.
const FILES = ${JSON.stringify(files)};

const compiled = new Map();
const instances = new Map();

// A file's module, compiled as its download arrives; fetched again if it could not be had.
function compile(url) {
  if (!compiled.has(url)) {
    const module = WebAssembly.compileStreaming(fetch(url));
    // A failure is told when the piece is asked for.
    module.catch(() => compiled.delete(url));
    compiled.set(url, module);
  }
  return compiled.get(url);
}

const urlOf = (file) => new URL(file, import.meta.url).href;

/** Starts fetching the files of pieces the page is about to ask for. */
export function prefetch(...pieces) {
  for (const piece of pieces) FILES[piece].forEach((file) => compile(urlOf(file)));
}

// Each file once, though pieces share it; one not had (offline, say) is fetched again when next
// asked for.
function instantiate(url) {
  if (!instances.has(url)) {
    const instance = compile(url).then((module) => WebAssembly.instantiate(module, { core: shared() }));
    instance.catch(() => instances.delete(url));
    instances.set(url, instance);
  }
  return instances.get(url);
}

function load(piece) {
  const urls = FILES[piece].map(urlOf);
  return async (callback, data) => {
    let loaded = false;
    try {
      await Promise.all(urls.map(instantiate));
      loaded = true;
    } catch {
      // Told to the core below.
    }
    shared().__indirect_function_table.get(callback)(data, loaded);
  };
}

${[...fetched.keys()].map((piece) => `export const __wasm_split_load_${piece} = load(${JSON.stringify(piece)});`).join('\n')}
`;
}
