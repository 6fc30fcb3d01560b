// Cuts the program every page starts (src/bin/site.rs), and writes the scripts that start it.
//
// Home, Start here, the guide pages, words explained and the help lines are where most visits
// begin, on a slow phone, and are almost all reading: they start the program's core alone, a
// fraction of its code, so the page works sooner. Every other page (the family's own pages, the
// guide's tools, the staff tools, bringing in what was shared) starts the core and a piece of its
// own: that page's code without the router or any other page, with the code it shares with other
// pages (scripts/merge-pieces.mjs). The browser keeps each from one page to the next. On all of
// them every link loads the next pre-rendered page, as a plain website does.
//
// A kiosk starts the whole app on every page (its piece `app`, src/app.rs): the visit lives in
// the app's memory only, and moving within the app keeps it there, where loading a new page would
// lose it. It draws each page from the page's own piece, and the reading pages from a piece of
// its own, `app_reading`.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergePieces } from './merge-pieces.mjs';
import { cutProgram, integrity, minifyScript } from './split-wasm.mjs';

// kiosk::SETTINGS_KEY (src/kiosk.rs).
const KIOSK_KEY = 'palliative-guide.kiosk';

/**
 * The group of each page with a piece of its own (the pieces are listed in src/pages/load.rs, and
 * each page names its piece in its `data-piece`, scripts/prerender.mjs). Code pages share is in a
 * file for each set of groups that need it, so the guide's tools never fetch code only the
 * family's pages use (scripts/merge-pieces.mjs).
 */
export const GROUPS = {
  questions: 'family',
  notes: 'family',
  diary: 'family',
  carer: 'family',
  planning: 'family',
  medicines: 'family',
  appointments: 'family',
  share: 'family',
  my_data: 'family',
  appointment: 'family',
  myths: 'tools',
  referral: 'tools',
  search: 'tools',
  // The clinic's shared tablet: the staff tools, and bringing in on a phone what it handed over.
  // That phone has nothing of the guide yet: grouped with the family's pages, its first load was
  // 212 KB, not 189 KB.
  import: 'clinic',
  staff: 'clinic',
  poster: 'clinic',
  booklet: 'clinic',
  kiosk_start: 'clinic',
  kiosk_stop: 'clinic',
};

/** The program every page starts. */
const SITE = 'site';

const hash = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * Cuts the program trunk compiled into its own folder of `dist`, and writes its start script.
 * Returns the folder, and for each page's own piece (`null`: a page with none) what its head
 * needs to start the program: the start script and the preloads.
 */
export async function buildSite(dist) {
  const name = SITE;
  // Cut at the program's cutting points: a piece per page (src/bin/site.rs, src/pages/load.rs),
  // the whole app's (src/bin/site.rs) and the lock's code (src/store/lock_code.rs), each fetched
  // only when needed; the lock's only by a family who uses it, the whole app's only by a kiosk.
  const { folder, arranged: pieces } = await cutProgram(dist, { compiled: `target/wasm32-unknown-unknown/release/${name}.wasm`, name, prefix: name, what: 'the program' }, async (out) => {
    // mergePieces stops the build if a page has no piece. The whole app's own pieces are the
    // kiosk's: the app, and its reading pages.
    const pieces = await mergePieces(out, name, { groups: GROUPS, followers: { app: 'kiosk', app_reading: 'kiosk' } });
    // The loader of the pieces is imported at start, so it is part of every first load: minified too.
    await minifyScript(join(out, '__wasm_split.js'));
    return pieces;
  });
  const js = `/${folder}/${name}.js`;
  const wasm = `/${folder}/${name}_bg.wasm`;
  // The loader is imported by the program's script: asked for at once too.
  const loader = `/${folder}/__wasm_split.js`;
  const modulePreloads = (
    await Promise.all(
      [js, loader].map(async (module) => `<link rel="modulepreload" href="${module}" crossorigin="anonymous" integrity="${integrity(await readFile(join(dist, module)))}">`),
    )
  ).join('');
  const fetchPreload = (file) => `<link rel="preload" href="${file}" as="fetch" type="application/wasm" crossorigin="anonymous">`;

  // Every page starts the program with the same script, which the browser keeps from one page to
  // the next.
  const start = startScript(js, wasm, loader);
  const script = `/start-${name}-${hash(start)}.js`;
  await writeFile(join(dist, script), start);
  // What a page puts in its head: the start script, and the preloads of what it fetches. A page
  // with a piece of its own fetches it (and the code it shares with other pages) with the rest,
  // so it arrives with the page and is known to be there before the program starts.
  const startFor = (piece) => {
    const own = piece ? pieces.get(piece).map((file) => `/${folder}/${file}`) : [];
    return { script, preloads: modulePreloads + [wasm, ...own].map(fetchPreload).join('') };
  };
  return { folder, startFor };
}

/**
 * The script every page starts the program with. It fetches the program, and has the program's
 * loader fetch the files of the page's own piece (none for a reading page), or of the whole
 * app's pieces for the page, which it compiles as they arrive (scripts/merge-pieces.mjs). If they
 * cannot be fetched (the network went after the page came), the page stays as it was drawn, to
 * be read, as it would with no program at all; once installed, the offline copy holds all of them.
 */
function startScript(js, wasm, loader) {
  return `// A kiosk keeps its visit in the whole app's memory, so it starts the app (src/bin/site.rs).
let kiosk = false;
try {
  kiosk = localStorage.getItem(${JSON.stringify(KIOSK_KEY)}) !== null;
} catch {
  // Storage is blocked: no kiosk could have been set up here.
}
// The address the page was drawn for, and its own piece of the program if it has one
// (scripts/prerender.mjs).
const { drawn, piece } = document.body.dataset;
// The whole app starts on a kiosk, and on the app shell (an address with no page drawn for it).
const whole = kiosk || drawn === undefined;
if (whole) document.documentElement.setAttribute('data-whole-app', '');
const pieces = whole ? ['app', piece ?? 'app_reading'] : piece ? [piece] : [];
const [code, wasm] = await Promise.all([import(${JSON.stringify(js)}), fetch(${JSON.stringify(wasm)}), import(${JSON.stringify(loader)}).then((loader) => loader.prefetch(...pieces))]);
await code.default({ module_or_path: wasm });
`;
}
