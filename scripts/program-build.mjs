// Builds the site's program and the scripts that start it.
//
// Every page drawn ahead of time (scripts/prerender.mjs) starts one program, the site's
// (src/bin/site.rs), instead of the whole app. Home, Start here, the guide pages, words explained
// and the help lines are where most visits begin, on a slow phone, and are almost all reading:
// they start its core alone, a fraction of the app's code, so the page works sooner. Every other
// page (the family's own pages, the guide's tools, the staff tools, bringing in what was shared)
// starts the core and a piece of its own: that page's code without the router or any other page,
// with the code it shares with other pages (scripts/merge-pieces.mjs). The browser keeps each
// from one page to the next. On all of them every link loads the next pre-rendered page, as a
// plain website does.
//
// A kiosk starts the whole app on every page: the visit lives in the app's memory only, and
// moving within the app keeps it there, where loading a new page would lose it.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergePieces } from './merge-pieces.mjs';
import { cutProgram, integrity, minifyScript, run } from './split-wasm.mjs';

// kiosk::SETTINGS_KEY (src/kiosk.rs).
const KIOSK_KEY = 'palliative-guide.kiosk';

/**
 * The pages that are a piece each of the site's program (src/bin/site.rs), by address: the
 * piece, and its group. Code pages share is in a file for each set of groups that need it, so
 * the guide's tools never fetch code only the family's pages use (scripts/merge-pieces.mjs).
 */
export const PIECES = {
  '/questions': ['questions', 'family'],
  '/notes': ['notes', 'family'],
  '/diary': ['diary', 'family'],
  '/carer': ['carer', 'family'],
  '/planning': ['planning', 'family'],
  '/medicines': ['medicines', 'family'],
  '/appointments': ['appointments', 'family'],
  '/share': ['share', 'family'],
  '/my-data': ['my_data', 'family'],
  '/appointment': ['appointment', 'family'],
  '/myths': ['myths', 'tools'],
  '/referral': ['referral', 'tools'],
  '/search': ['search', 'tools'],
  // The clinic's shared tablet: the staff tools, and bringing in on a phone what it handed over.
  // That phone has nothing of the guide yet: grouped with the family's pages, its first load was
  // 212 KB, not 189 KB.
  '/import': ['import', 'clinic'],
  '/staff': ['staff', 'clinic'],
  '/poster': ['poster', 'clinic'],
  '/booklet': ['booklet', 'clinic'],
  '/kiosk/start': ['kiosk_start', 'clinic'],
  '/kiosk/stop': ['kiosk_stop', 'clinic'],
};

/** The program every pre-rendered page starts. */
const SITE = 'site';

const hash = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * Builds the site's program into its own folder of `dist`, and writes its start scripts.
 * Returns the folder, and for each address what its page's head needs to start the program:
 * the start script and the preloads.
 */
export async function buildSite(dist, appStart) {
  run('cargo', ['build', '--release', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '--features', 'program,split', '--bin', SITE]);
  const name = SITE;
  // Cut as the whole app is, at the program's cutting points: a piece per page (src/bin/site.rs)
  // and the lock's code (src/store/lock_code.rs), each fetched only when needed; the lock's only
  // by a family who uses it.
  const { folder, arranged: pieces } = await cutProgram(dist, { compiled: `target/wasm32-unknown-unknown/release/${name}.wasm`, name, prefix: name, what: "the site's program" }, async (out) => {
    // mergePieces stops the build if a page has no piece.
    const pieces = await mergePieces(out, name, Object.fromEntries(Object.values(PIECES)));
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

  // What a page starting the program puts in its head: its start script, and the preloads of
  // what that script fetches. A page with a piece of its own (PIECES) fetches it (and the code it
  // shares with other pages) with the rest, so it arrives with the page and is known to be there
  // before the program starts.
  const starts = new Map();
  const startFor = async (address) => {
    const piece = PIECES[address]?.[0] ?? null;
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
 * The script a page starts the program with. A page with a piece of its own fetches its files with
 * the rest and hands them to the program's loader, which compiles them as they arrive
 * (scripts/merge-pieces.mjs). If they cannot be fetched (the network went after the page came),
 * the page stays as it was drawn, to be read, as it would with no program at all; once
 * installed, the offline copy holds all of them.
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
if (kiosk) {
  await import(${JSON.stringify(appStart)});
} else {
  const [code, wasm${own ? ', loader, ...files' : ''}] = await Promise.all([${fetches.join(', ')}]);${own ? `
  // Compiled as they arrive, ready for when the program asks for them.
  ${JSON.stringify(own.files)}.forEach((file, i) => loader.given(file, files[i]));` : ''}
  await code.default({ module_or_path: wasm });
}
`;
}
