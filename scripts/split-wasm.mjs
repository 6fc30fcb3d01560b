// Cuts the app's WebAssembly into the app shell and the code of each group of pages (with a file
// for the code groups share), so a visit downloads the shell and the code of the page it opens,
// not every page (see src/pages/load.rs).
//
// trunk builds and binds the whole app; this starts again from the compiler's output (kept with
// --emit-relocs, see .cargo/config.toml): wasm-split-cli cuts it at each `wasm_split` point and
// writes the loader that fetches a page's file when it is first needed; code the app never runs
// is made a trap (scripts/unused-async-hydration.mjs); wasm-bindgen binds the shell (keeping the
// exports the page files link against), and its imports get short names
// (scripts/import-names.mjs); wasm-opt shrinks every file, removing what only the traps used.
// All of it goes into one folder named by a hash of what is in it, so a new release never mixes
// with files a browser kept from an old one (a change to these steps alone changes the files
// too). The page then starts the shell from there instead of trunk's.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenProgramImports } from './import-names.mjs';
import { dropAsyncHydration, everyPatternMatched } from './unused-async-hydration.mjs';

const COMPILED = 'target/wasm32-unknown-unknown/release/palliative-guide.wasm';
const NAME = 'palliative-guide';

/** Runs a build tool, showing only its errors. */
export const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
/**
 * Minifies a script wasm-bindgen wrote (shorter local names, no comments or spaces): about a
 * fifth less to download, compressed. Names the WebAssembly imports and exports are left as they
 * are, as terser leaves object properties.
 */
export async function minifyScript(path) {
  const { code } = await minify(await readFile(path, 'utf8'), { module: true });
  await writeFile(path, code);
}

/**
 * Moves a folder just built (`building`) into `dist` as `<name>-<hash>`, the hash of every file
 * in it, its name and bytes; returns that folder's name.
 */
async function placeByHash(dist, name, building) {
  const digest = createHash('sha256');
  for (const file of (await readdir(building)).sort()) digest.update(`${file}\0`).update(await readFile(join(building, file)));
  const folder = `${name}-${digest.digest('hex').slice(0, 16)}`;
  await rename(building, join(dist, folder));
  return folder;
}

/** A Subresource Integrity value for a file's bytes. */
export const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

/**
 * Cuts a compiled program (`compiled`) at its `wasm_split` points into a folder of `dist`, as
 * described above: wasm-split-cli, the unused async hydration made traps (`what` names the program
 * when a pattern matches nothing), wasm-bindgen binding the core as `<name>_bg.wasm` with short
 * import names, then `arrange(out)` (which may join the pieces and write their loader), the
 * program's script minified and every file shrunk by wasm-opt. Returns the folder's name,
 * `<prefix>-<hash>`, and what `arrange` returned.
 */
export async function cutProgram(dist, { compiled, name, prefix, what }, arrange = async () => {}) {
  const out = join(dist, `${prefix}-building`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  run('wasm-split-cli', [compiled, out, '--out-name', name]);
  const results = [];
  for (const file of (await readdir(out)).filter((file) => file.endsWith('.wasm'))) {
    const result = dropAsyncHydration(await readFile(join(out, file)));
    await writeFile(join(out, file), result.bytes);
    results.push(result);
  }
  everyPatternMatched(results, what);
  const cut = join(out, `${name}.wasm`);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', out, '--out-name', name, cut]);
  await rm(cut);
  await shortenProgramImports(out, name);
  const arranged = await arrange(out);
  await minifyScript(join(out, `${name}.js`));
  for (const file of (await readdir(out)).filter((file) => file.endsWith('.wasm'))) {
    run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', join(out, file), '-o', join(out, file)]);
  }
  return { folder: await placeByHash(dist, prefix, out), arranged };
}

/** Splits the build in `dist`; returns index.html (`html`) starting the split app instead. */
export async function splitWasm(dist, html) {
  // Its loader (__wasm_split.js) is left as wasm-split-cli wrote it: scripts/split-groups.mjs
  // reads which groups share each file from its comments.
  const { folder } = await cutProgram(dist, { compiled: COMPILED, name: NAME, prefix: 'app', what: 'the whole app' });
  const wasmFiles = (await readdir(join(dist, folder))).filter((file) => file.endsWith('.wasm'));

  // Point the page at the split shell, with its own integrity hashes, and drop trunk's copy.
  const trunkJs = html.match(new RegExp(`/${NAME}-[0-9a-f]+\\.js`))?.[0];
  const trunkWasm = html.match(new RegExp(`/${NAME}-[0-9a-f]+_bg\\.wasm`))?.[0];
  if (!trunkJs || !trunkWasm) throw new Error("trunk's script and wasm not found in index.html: has trunk changed its output?");
  const js = `/${folder}/${NAME}.js`;
  const wasm = `/${folder}/${NAME}_bg.wasm`;
  const integrityOf = async (path) => integrity(await readFile(join(dist, path)));
  html = html
    .replace(new RegExp(`(href="${trunkJs}"[^>]*integrity=")[^"]+`), `$1${await integrityOf(js)}`)
    .replace(new RegExp(`(href="${trunkWasm}"[^>]*integrity=")[^"]+`), `$1${await integrityOf(wasm)}`)
    .replaceAll(trunkJs, js)
    .replaceAll(trunkWasm, wasm);
  await rm(join(dist, trunkJs));
  await rm(join(dist, trunkWasm));
  return { html, folder, pages: wasmFiles.length - 1 };
}
