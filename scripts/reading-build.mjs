// Builds the reading pages' own small program (src/bin/reading.rs) and the script that starts it.
//
// Home, Start here, the guide pages, words explained and the help lines are where most visits
// begin, on a slow phone, and are almost all reading. Their pre-rendered pages
// (scripts/prerender.mjs) start this program instead of the whole app: a fraction of the code, so
// the page works sooner, and every link on them loads the next pre-rendered page, as a plain
// website does (the service worker keeps every page, so that works offline too). The other pages
// start the whole app.
//
// A kiosk starts the whole app on every page: the visit lives in the app's memory only, and
// moving within the app keeps it there, where loading a new page would lose it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { integrity, minifyScript, run } from './split-wasm.mjs';
import { dropAsyncHydration, readLeb, sections } from './unused-async-hydration.mjs';

const COMPILED = 'target/wasm32-unknown-unknown/release/reading.wasm';
const NAME = 'reading';
// kiosk::SETTINGS_KEY (src/kiosk.rs).
const KIOSK_KEY = 'palliative-guide.kiosk';

const hash = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/** The linker's notes (kept for the app's split build, see .cargo/config.toml), not needed here. */
function withoutLinkerNotes(bytes) {
  const kept = [bytes.subarray(0, 8)];
  for (const section of sections(bytes)) {
    if (section.id === 0) {
      const [length, at] = readLeb(bytes, section.start);
      const name = bytes.toString('utf8', at, at + length);
      if (name === 'linking' || name.startsWith('reloc.')) continue;
    }
    kept.push(bytes.subarray(section.header, section.end));
  }
  return Buffer.concat(kept);
}

/**
 * Builds the program into its own folder of `dist` and writes its start script, which starts the
 * whole app (`appStart`, trunk's start script) on a kiosk instead. Returns what a reading page's
 * head needs: the start script and the preloads.
 */
export async function buildReading(dist, appStart) {
  run('cargo', ['build', '--release', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--features', NAME]);
  const compiled = withoutLinkerNotes(await readFile(COMPILED));
  const { bytes, dropped } = dropAsyncHydration(compiled);
  if (dropped === 0) throw new Error('no async hydration code found to drop in the reading program');
  const folder = `${NAME}-${hash(compiled)}`;
  const out = join(dist, folder);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const cut = join(out, `${NAME}.wasm`);
  await writeFile(cut, bytes);
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', NAME, cut]);
  await rm(cut);
  const wasm = `/${folder}/${NAME}_bg.wasm`;
  const js = `/${folder}/${NAME}.js`;
  await minifyScript(join(dist, js));
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', join(dist, wasm), '-o', join(dist, wasm)]);

  const start = `// A kiosk keeps its visit in the whole app's memory, so it starts the app (see scripts/reading-build.mjs).
let kiosk = false;
try {
  kiosk = localStorage.getItem(${JSON.stringify(KIOSK_KEY)}) !== null;
} catch {
  // Storage is blocked: no kiosk could have been set up here.
}
if (kiosk) {
  await import(${JSON.stringify(appStart)});
} else {
  const { default: init } = await import(${JSON.stringify(js)});
  await init({ module_or_path: ${JSON.stringify(wasm)} });
}
`;
  const script = `/start-${NAME}-${hash(start)}.js`;
  await writeFile(join(dist, script), start);
  const preloads =
    `<link rel="modulepreload" href="${js}" crossorigin="anonymous" integrity="${integrity(await readFile(join(dist, js)))}">` +
    `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin="anonymous">`;
  return { script, preloads, folder };
}
