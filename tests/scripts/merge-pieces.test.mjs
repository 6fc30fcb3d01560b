// The build step that makes each piece of a program one file (scripts/merge-pieces.mjs), on small
// modules written here in wasm-split-cli's shape: a core giving its memory, table and a global; a
// page's piece that calls, through the table, a function wasm-split-cli put in a file of code
// pieces share. Merged, the piece alone must give the same answer, import only what the core
// gives, and be loaded by the new loader; a loader it cannot read stops the build. Code two
// pages need goes into one file of its own, which the loader fetches once for both: one for
// each set of groups of pages that need it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { mergePieces, piecesOf } from '../../scripts/merge-pieces.mjs';
import { bodySizes, importsOf } from '../../scripts/wasm-module.mjs';

const loaderOf = (name, file, deps) => `${name.startsWith('chunk_') ? `const __${name}` : `export const __wasm_split_load_${name}`} = ${name.startsWith('chunk_') ? '' : 'wrapAsyncCb('}makeLoad(() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [${deps.map((dep) => `__${dep}`).join(', ')}])${name.startsWith('chunk_') ? '' : ')'};
`;
const LOADER = `import { initSync } from "./page.js";
function makeLoad(fetcher, deps) { return fetcher; }
/* page, other, lock */
${loaderOf('chunk_1', 'chunk_1.wasm', [])}${loaderOf('chunk_2', 'chunk_2.wasm', [])}${loaderOf('page', 'split_page.wasm', ['chunk_1'])}${loaderOf('other', 'split_other.wasm', ['chunk_1'])}${loaderOf('lock', 'split_lock.wasm', ['chunk_1', 'chunk_2'])}`;

const SHARED = `(import "__wasm_split" "memory" (memory 1))
  (import "__wasm_split" "__indirect_function_table" (table 6 funcref))
  (import "__wasm_split" "__wasm_split_shared0" (global (mut i32)))`;
const MODULES = {
  'page_bg.wasm': `(module
  (import "./__wasm_split.js" "__wasm_split_load_page" (func (param i32 i32)))
  (import "./__wasm_split.js" "__wasm_split_load_other" (func (param i32 i32)))
  (import "./__wasm_split.js" "__wasm_split_load_lock" (func (param i32 i32)))
  (memory (export "memory") 1)
  (table (export "__indirect_function_table") 6 funcref)
  (global (export "__wasm_split_shared0") (mut i32) (i32.const 0))
  (func (export "start") (call 0 (i32.const 0) (i32.const 0)) (call 1 (i32.const 4) (i32.const 0)) (call 2 (i32.const 2) (i32.const 0)))
  ;; What the loader tells the core, at 5: the data it was given and whether the piece was had.
  (global $told (export "told") (mut i32) (i32.const 0))
  (func $tell (param i32 i32) (global.set $told (i32.add (local.get 0) (local.get 1))))
  (elem (i32.const 5) $tell))`,
  // The page's function, put in the table at 0: 40 and what the shared function at 1 gives.
  'split_page.wasm': `(module ${SHARED}
  (type $give (func (result i32)))
  (func $answer (result i32) (i32.add (i32.const 40) (call_indirect (type $give) (i32.const 1))))
  (elem (i32.const 0) $answer))`,
  // Another page's, at 4: ten times the shared function's answer.
  'split_other.wasm': `(module ${SHARED}
  (type $give (func (result i32)))
  (func $other (result i32) (i32.mul (i32.const 10) (call_indirect (type $give) (i32.const 1))))
  (elem (i32.const 4) $other))`,
  'split_lock.wasm': `(module ${SHARED}
  (type $give (func (result i32)))
  (func $lock (result i32) (i32.mul (call_indirect (type $give) (i32.const 1)) (call_indirect (type $give) (i32.const 3))))
  (elem (i32.const 2) $lock))`,
  'chunk_1.wasm': `(module ${SHARED} (func $two (result i32) (i32.const 2)) (elem (i32.const 1) $two))`,
  'chunk_2.wasm': `(module ${SHARED} (func $three (result i32) (i32.const 3)) (elem (i32.const 3) $three))`,
};

async function cutProgram() {
  const folder = await mkdtemp(join(tmpdir(), 'merge-pieces-'));
  for (const [file, text] of Object.entries(MODULES)) execFileSync('wasm-as', ['-', '-o', join(folder, file)], { input: text });
  await writeFile(join(folder, '__wasm_split.js'), LOADER);
  return folder;
}

test("wasm-split-cli's loader is read: each piece and the files it needs", () => {
  assert.deepEqual([...piecesOf(LOADER)], [
    ['page', ['split_page.wasm', 'chunk_1.wasm']],
    ['other', ['split_other.wasm', 'chunk_1.wasm']],
    ['lock', ['split_lock.wasm', 'chunk_1.wasm', 'chunk_2.wasm']],
  ]);
});

test('a loader written in a way the build does not know stops it', () => {
  assert.throws(() => piecesOf(LOADER.replace('const src = fetch(new URL("./chunk_2.wasm"', 'const src = load("./chunk_2.wasm"')), /read 4 of 5 loaders/);
});

test('each piece becomes one file that works alone with the core, and the loader fetches it', async () => {
  const folder = await cutProgram();
  // No piece is a page, and the code they share is small: each has a copy.
  assert.deepEqual(await mergePieces(folder, 'page'), new Map([['page', ['split_page.wasm']], ['other', ['split_other.wasm']], ['lock', ['split_lock.wasm']]]));
  assert.deepEqual((await readdir(folder)).sort(), ['__wasm_split.js', 'page_bg.wasm', 'split_lock.wasm', 'split_other.wasm', 'split_page.wasm']);

  const memory = new WebAssembly.Memory({ initial: 1 });
  const table = new WebAssembly.Table({ initial: 6, element: 'anyfunc' });
  const core = { memory, __indirect_function_table: table, __wasm_split_shared0: new WebAssembly.Global({ value: 'i32', mutable: true }, 0) };
  for (const piece of ['split_page.wasm', 'split_other.wasm', 'split_lock.wasm']) {
    const bytes = await readFile(join(folder, piece));
    assert.deepEqual(importsOf(bytes).map(({ module, name }) => `${module}.${name}`).sort(), ['core.__indirect_function_table', 'core.__wasm_split_shared0', 'core.memory'], piece);
    await WebAssembly.instantiate(bytes, { core });
  }
  assert.equal(table.get(0)(), 42);
  assert.equal(table.get(4)(), 20);
  assert.equal(table.get(2)(), 6);

  const loader = await readFile(join(folder, '__wasm_split.js'), 'utf8');
  assert.match(loader, /import \{ initSync \} from "\.\/page\.js";/);
  assert.ok(loader.includes('"page":["./split_page.wasm"]'), loader);
  assert.ok(loader.includes('"lock":["./split_lock.wasm"]'), loader);
  assert.match(loader, /export const __wasm_split_load_page = load\("page"\);/);
});

test('a core that asks for a piece the cut did not make stops the build', async () => {
  const folder = await cutProgram();
  const loader = LOADER.replace(loaderOf('lock', 'split_lock.wasm', ['chunk_1', 'chunk_2']), '');
  await writeFile(join(folder, '__wasm_split.js'), loader);
  await assert.rejects(mergePieces(folder, 'page'), /asks for __wasm_split_load_lock, __wasm_split_load_other, __wasm_split_load_page; the cut gave __wasm_split_load_other, __wasm_split_load_page/);
});

/** How many functions a module defines. */
const functionsIn = (bytes) => bodySizes(bytes).length;

test('code two pages of one group need is one file, which the loader fetches once for both and for the lock', async () => {
  const folder = await cutProgram();
  const shared = 'shared_family.wasm';
  assert.deepEqual(await mergePieces(folder, 'page', { groups: { page: 'family', other: 'family' } }), new Map([['page', [shared, 'split_page.wasm']], ['other', [shared, 'split_other.wasm']], ['lock', [shared, 'split_lock.wasm']]]));
  assert.equal(functionsIn(await readFile(join(folder, shared))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_page.wasm'))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_other.wasm'))), 1);
  // The lock's own function and the one only it needs.
  assert.equal(functionsIn(await readFile(join(folder, 'split_lock.wasm'))), 2);

  // The loader, run as the browser runs it: the core's script starts the core, and every file
  // fetched is counted.
  await writeFile(join(folder, 'page.js'), `import { readFileSync } from 'node:fs';
let exports;
export function initSync() {
  const loads = Object.fromEntries(['page', 'other', 'lock'].map((piece) => ['__wasm_split_load_' + piece, () => {}]));
  return (exports ??= new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL('./page_bg.wasm', import.meta.url))), { './__wasm_split.js': loads }).exports);
}
`);
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(url.split('/').pop());
    return new Response(await readFile(new URL(url)), { headers: { 'content-type': 'application/wasm' } });
  };
  const loader = await import(pathToFileURL(join(folder, '__wasm_split.js')).href);
  const core = (await import(pathToFileURL(join(folder, 'page.js')).href)).initSync();
  await loader.__wasm_split_load_page(5, 10);
  assert.equal(core.told.value, 11, "the core is told the page's piece was had");
  // A piece the page is about to ask for is fetched at once, and only once.
  loader.prefetch('other');
  assert.deepEqual(asked, [shared, 'split_page.wasm', 'split_other.wasm']);
  await loader.__wasm_split_load_other(5, 20);
  assert.equal(core.told.value, 21);
  await loader.__wasm_split_load_lock(5, 30);
  assert.equal(core.told.value, 31);
  assert.deepEqual(asked, [shared, 'split_page.wasm', 'split_other.wasm', 'split_lock.wasm']);
  const table = core.__indirect_function_table;
  assert.equal(table.get(0)(), 42);
  assert.equal(table.get(4)(), 20);
  assert.equal(table.get(2)(), 6);
});

test('much code only two pages need is a file of those two, not of their groups, which the lock fetches too', async () => {
  const folder = await cutProgram();
  const pair = 'shared_pair_other-page.wasm';
  // As if the code the two pages share were large.
  assert.deepEqual(await mergePieces(folder, 'page', { groups: { page: 'family', other: 'family' }, pairFrom: 0 }), new Map([['page', [pair, 'split_page.wasm']], ['other', [pair, 'split_other.wasm']], ['lock', [pair, 'split_lock.wasm']]]));
  assert.deepEqual((await readdir(folder)).filter((file) => file.startsWith('shared')), [pair]);
  assert.equal(functionsIn(await readFile(join(folder, pair))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_page.wasm'))), 1);
});

test('code pages of two groups need is a file of its own, which neither group\'s file holds', async () => {
  const folder = await cutProgram();
  const shared = 'shared_family_tools.wasm';
  assert.deepEqual(await mergePieces(folder, 'page', { groups: { page: 'family', other: 'tools' } }), new Map([['page', [shared, 'split_page.wasm']], ['other', [shared, 'split_other.wasm']], ['lock', [shared, 'split_lock.wasm']]]));
  assert.deepEqual((await readdir(folder)).filter((file) => file.startsWith('shared')), [shared]);
  assert.equal(functionsIn(await readFile(join(folder, shared))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_page.wasm'))), 1);
});

test('code one page and pieces that are not pages need is a file of the page\'s, which they fetch and not the page', async () => {
  const folder = await cutProgram();
  const lent = 'shared_page_page.wasm';
  // As if its functions were too large to copy.
  assert.deepEqual(await mergePieces(folder, 'page', { groups: { page: 'family' }, copyUpTo: 0 }), new Map([['page', [lent, 'split_page.wasm']], ['other', [lent, 'split_other.wasm']], ['lock', [lent, 'split_lock.wasm']]]));
  assert.deepEqual((await readdir(folder)).filter((file) => file.endsWith('.wasm')).sort(), ['page_bg.wasm', lent, 'split_lock.wasm', 'split_other.wasm', 'split_page.wasm']);
  // The one function they share; the page's own; the lock's own and the one only it needs.
  assert.equal(functionsIn(await readFile(join(folder, lent))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_page.wasm'))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_other.wasm'))), 1);
  assert.equal(functionsIn(await readFile(join(folder, 'split_lock.wasm'))), 2);
});

test('small code one page and pieces that are not pages need is copied into each, with no file of its own', async () => {
  const folder = await cutProgram();
  assert.deepEqual(await mergePieces(folder, 'page', { groups: { page: 'family' } }), new Map([['page', ['split_page.wasm']], ['other', ['split_other.wasm']], ['lock', ['split_lock.wasm']]]));
  assert.equal(functionsIn(await readFile(join(folder, 'split_page.wasm'))), 2);
  assert.equal(functionsIn(await readFile(join(folder, 'split_other.wasm'))), 2);
  assert.equal(functionsIn(await readFile(join(folder, 'split_lock.wasm'))), 3);
});

test('code only pieces that are not pages need is a file for their groups', async () => {
  const folder = await cutProgram();
  const pieces = await mergePieces(folder, 'page', { followers: { page: 'kiosk', other: 'kiosk' }, copyUpTo: 0 });
  assert.deepEqual(pieces.get('page'), ['shared_kiosk_lock.wasm', 'split_page.wasm']);
});

test('a page the cut made no piece for stops the build', async () => {
  const folder = await cutProgram();
  await assert.rejects(mergePieces(folder, 'page', { groups: { page: 'family', diary: 'family' } }), /cut with no piece for the page diary/);
});
