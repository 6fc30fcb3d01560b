// Which files of the split build (scripts/split-wasm.mjs) hold each group of pages' code: the
// group's own `split_<group>.wasm` and the files it shares with other groups, each announced in
// the loader as `/* group, group */ ... "./chunk_N.wasm"`.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Returns the split folder in `dist` and a map from group name to its files (paths in dist). */
export async function splitGroups(dist) {
  const files = (await readdir(dist, { recursive: true })).map((file) => file.replaceAll('\\', '/'));
  const folder = files.find((file) => /^app-[0-9a-f]+$/.test(file));
  if (!folder) throw new Error('no split app folder in dist: run scripts/build.sh');
  const loader = await readFile(join(dist, folder, '__wasm_split.js'), 'utf8');
  const groups = new Map();
  for (const [, names, file] of loader.matchAll(/\/\* ([^*]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)) {
    for (const name of names.split(',').map((n) => n.trim())) {
      groups.set(name, [...(groups.get(name) ?? []), `${folder}/${file}`]);
    }
  }
  for (const file of files.filter((f) => f.startsWith(`${folder}/split_`) && f.endsWith('.wasm'))) {
    const name = file.slice(`${folder}/split_`.length, -'.wasm'.length);
    groups.set(name, [file, ...(groups.get(name) ?? [])]);
  }
  return { files, folder, groups };
}
