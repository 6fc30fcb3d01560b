// Builds the pages' own small programs and the scripts that start them.
//
// Home, Start here, the guide pages, words explained and the help lines are where most visits
// begin, on a slow phone, and are almost all reading; a family goes on from them to their own
// pages and moves between those. All of these pages (scripts/prerender.mjs) start one program,
// the site's (src/bin/site.rs), instead of the whole app: a reading page its core alone, a
// fraction of the app's code, so the page works sooner; a family page the core, the code the
// family's pages share, and a piece of its own. The browser keeps each from one page to the next.
// Every other page (the guide's tools, the staff tools, bringing in what was shared) starts a
// program of its own (src/program.rs, src/bin/<name>.rs): that page's code without the router or
// any other page. On all of them every link loads the next pre-rendered page, as a plain website
// does.
//
// A kiosk starts the whole app on every page: the visit lives in the app's memory only, and
// moving within the app keeps it there, where loading a new page would lose it. So does a page
// whose program cannot be fetched (below).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shortenProgramImports } from './import-names.mjs';
import { mergePieces } from './merge-pieces.mjs';
import { integrity, minifyScript, placeByHash, run } from './split-wasm.mjs';
import { dropAsyncHydration, everyPatternMatched } from './unused-async-hydration.mjs';

// kiosk::SETTINGS_KEY (src/kiosk.rs).
const KIOSK_KEY = 'palliative-guide.kiosk';

/**
 * The family's own pages, by address: the piece of the site's program (src/bin/site.rs) each
 * needs (scripts/merge-pieces.mjs).
 */
export const FAMILY_PAGES = {
  '/questions': 'questions',
  '/notes': 'notes',
  '/diary': 'diary',
  '/carer': 'carer',
  '/planning': 'planning',
  '/medicines': 'medicines',
  '/appointments': 'appointments',
  '/share': 'share',
  '/my-data': 'my_data',
  '/appointment': 'appointment',
};

/** The program the reading pages start, with the family's pages. */
export const SITE = 'site';
/** The program each page other than the reading pages starts (src/bin/<name>.rs), by address. */
export const PAGE_PROGRAMS = {
  ...Object.fromEntries(Object.keys(FAMILY_PAGES).map((address) => [address, SITE])),
  '/import': 'import',
  '/myths': 'myths',
  '/referral': 'referral',
  '/search': 'search',
  '/staff': 'staff',
  '/poster': 'poster',
  '/booklet': 'booklet',
  '/kiosk/start': 'kiosk_start',
  '/kiosk/stop': 'kiosk_stop',
};
/** Every program: the site's and each other page's. */
const NAMES = [...new Set([SITE, ...Object.values(PAGE_PROGRAMS)])];

const hash = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * Builds every program, each into its own folder of `dist`, and writes its start script.
 * Returns, by program name, what a page's head needs to start it: the start script, the
 * preloads, and the folder.
 */
export async function buildPrograms(dist, appStart) {
  // Pages that never read the family's data (they start with `program::start_without_data`) are
  // built without the cutting points: a cut is a function the compiler must keep, so a program
  // with one would carry the lock's code, and never call it. (Two runs: the library is compiled
  // once for each.)
  const build = (features, names) =>
    run('cargo', ['build', '--release', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '--features', features, ...names.flatMap((name) => ['--bin', name])]);
  const withoutData = NAMES.filter((name) => readFileSync(`src/bin/${name}.rs`, 'utf8').includes('start_without_data'));
  build('program,split', NAMES.filter((name) => !withoutData.includes(name)));
  build('program', withoutData);
  const programs = new Map();
  const dropping = [];
  for (const name of NAMES) programs.set(name, await buildProgram(dist, name, appStart, dropping));
  everyPatternMatched(dropping, 'the pages\' programs');
  return programs;
}

async function buildProgram(dist, name, appStart, dropping) {
  const compiledPath = `target/wasm32-unknown-unknown/release/${name}.wasm`;
  // Named by a hash of what is in it once built (below).
  const out = join(dist, `${name}-building`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // Cut as the whole app is (scripts/split-wasm.mjs), at the cutting points a program has: a
  // piece per family page (src/bin/site.rs) and the lock's code
  // (src/store/lock_code.rs), each fetched only when needed; the lock's only by a family who
  // uses it. A program without one is left whole.
  run('wasm-split-cli', [compiledPath, out, '--out-name', name]);
  const cut = (await readdir(out)).some((file) => file.startsWith('split_'));
  if (!cut) await rm(join(out, '__wasm_split.js'), { force: true });
  let dropped = 0;
  for (const file of (await readdir(out)).filter((file) => file.endsWith('.wasm'))) {
    const result = dropAsyncHydration(await readFile(join(out, file)));
    await writeFile(join(out, file), result.bytes);
    dropping.push(result);
    dropped += result.dropped;
  }
  if (dropped === 0) throw new Error(`no async hydration code found to drop in the ${name} program`);
  const core = join(out, `${name}.wasm`);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', out, '--out-name', name, core]);
  await rm(core);
  await shortenProgramImports(out, name);
  // The pages that are each a piece of this program (FAMILY_PAGES; mergePieces stops the build
  // if one has no piece).
  const pages = Object.entries(FAMILY_PAGES).filter(([address]) => PAGE_PROGRAMS[address] === name).map(([, piece]) => piece);
  const pieces = cut ? await mergePieces(out, name, pages) : new Map();
  if (pages.length && !cut) throw new Error(`the ${name} program was not cut into a piece per page: see src/bin/${name}.rs`);
  await minifyScript(join(out, `${name}.js`));
  // The loader of the pieces is imported at start, so it is part of every first load: minified too.
  if (cut) await minifyScript(join(out, '__wasm_split.js'));
  for (const file of (await readdir(out)).filter((file) => file.endsWith('.wasm'))) {
    run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', join(out, file), '-o', join(out, file)]);
  }
  const folder = await placeByHash(dist, name, out);
  const js = `/${folder}/${name}.js`;
  const wasm = `/${folder}/${name}_bg.wasm`;
  // The loader is imported by the program's script: asked for at once too.
  const loader = `/${folder}/__wasm_split.js`;
  const modulePreloads = (
    await Promise.all(
      (cut ? [js, loader] : [js]).map(async (module) => `<link rel="modulepreload" href="${module}" crossorigin="anonymous" integrity="${integrity(await readFile(join(dist, module)))}">`),
    )
  ).join('');
  const fetchPreload = (file) => `<link rel="preload" href="${file}" as="fetch" type="application/wasm" crossorigin="anonymous">`;

  // What a page starting this program puts in its head: its start script, and the preloads of
  // what that script fetches. A page with a piece of its own (FAMILY_PAGES) fetches it (and the
  // code the family's pages share) with the rest, so it arrives with the page and is known to be
  // there before the program starts.
  const starts = new Map();
  const startFor = async (address) => {
    const piece = pages.includes(FAMILY_PAGES[address]) ? FAMILY_PAGES[address] : null;
    if (!starts.has(piece)) {
      const files = piece ? pieces.get(piece).map((file) => `/${folder}/${file}`) : [];
      const start = startScript(js, wasm, piece && { loader, files }, appStart);
      const script = `/start-${name}-${hash(start)}.js`;
      await writeFile(join(dist, script), start);
      starts.set(piece, { script, preloads: modulePreloads + [wasm, ...files].map(fetchPreload).join('') });
    }
    return starts.get(piece);
  };
  return { folder, startFor };
}

/**
 * The script a page starts its program with. Where the program cannot be fetched (offline, before
 * this device kept it: the offline copy keeps a page's own program only once it has been used,
 * see scripts/sw-template.js), the whole app, which the offline copy always keeps, starts instead.
 * A page with a piece of its own fetches its files with the rest and hands them to the program's
 * loader, which compiles them as they arrive (scripts/merge-pieces.mjs).
 */
function startScript(js, wasm, own, appStart) {
  const fetches = [`import(${JSON.stringify(js)})`, `fetch(${JSON.stringify(wasm)})`];
  if (own) fetches.push(`import(${JSON.stringify(own.loader)})`, ...own.files.map((file) => `fetch(${JSON.stringify(file)})`));
  return `// A kiosk keeps its visit in the whole app's memory, so it starts the app (see scripts/program-build.mjs).
let kiosk = false;
try {
  kiosk = localStorage.getItem(${JSON.stringify(KIOSK_KEY)}) !== null;
} catch {
  // Storage is blocked: no kiosk could have been set up here.
}
let program = null;
if (!kiosk) {
  try {
    const [code, wasm${own ? ', loader, ...files' : ''}] = await Promise.all([${fetches.join(', ')}]);
    if (wasm.ok${own ? ' && files.every((file) => file.ok)' : ''}) program = { init: code.default, wasm };${own ? `
    // Compiled as they arrive, ready for when the program asks for them.
    if (program) ${JSON.stringify(own.files)}.forEach((file, i) => loader.given(file, files[i]));` : ''}
  } catch {
    // Not fetched: the whole app starts instead.
  }
}
if (program) {
  await program.init({ module_or_path: program.wasm });
} else {
  await import(${JSON.stringify(appStart)});
}
`;
}
