// Cuts a program's WebAssembly at its cutting points, so a page downloads the core and the code
// it needs, not every page's (see scripts/program-build.mjs).
//
// trunk builds and binds the program whole; this starts again from the compiler's output (kept
// with --emit-relocs, see .cargo/config.toml): wasm-split-cli cuts it at each `wasm_split` point
// and writes the loader that fetches a piece when it is first needed; code the program never runs
// is made a trap (scripts/unused-async-hydration.mjs); wasm-bindgen binds the core (keeping the
// exports the pieces link against), and its imports get short names (scripts/import-names.mjs);
// wasm-opt shrinks every file, removing what only the traps used. All of it goes into one folder
// named by a hash of what is in it, so a new release never mixes with files a browser kept from
// an old one (a change to these steps alone changes the files too).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenProgramImports } from './import-names.mjs';
import { dropAsyncHydration, everyPatternMatched } from './unused-async-hydration.mjs';

/** Runs a build tool, showing only its errors. */
const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
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

/**
 * Takes trunk's own start of the program out of index.html (`html`): its inline start-up script
 * and its preloads of the program bound whole (`/<name>-<hash>.js` and `_bg.wasm`), whose files
 * are removed. Each page starts the program cut instead (scripts/program-build.mjs).
 */
export async function dropTrunkStart(dist, html, name) {
  const js = html.match(new RegExp(`/${name}-[0-9a-f]+\\.js`))?.[0];
  const wasm = html.match(new RegExp(`/${name}-[0-9a-f]+_bg\\.wasm`))?.[0];
  const inline = html.match(/<script type="module">[\s\S]*?<\/script>\s*/);
  if (!js || !wasm || !inline) throw new Error("trunk's start-up script, script and wasm not found in index.html: has trunk changed its output?");
  html = html.replace(inline[0], '');
  for (const file of [js, wasm]) {
    html = html.replace(new RegExp(`<link [^>]*href="${file.replaceAll('.', '\\.')}"[^>]*>\\s*`), '');
    if (html.includes(file)) throw new Error(`index.html still names trunk's ${file}: has trunk changed its output?`);
    await rm(join(dist, file));
  }
  return html;
}
