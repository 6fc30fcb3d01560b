// wasm-bindgen names each function the WebAssembly imports from its script after the JavaScript
// it calls and a hash (`__wbg_deriveKey_d61633cd8c168553`), and writes every such name twice:
// in the program's import section and as a key of the object its script hands over. Brotli
// cannot shorten the 16 random hex digits of each, and a page program imports about 180
// functions: the names alone came to 4.3 KB of the diary's first load, compressed (of 146 KB of code).
// This gives each a short name instead (`a`, `b`, … `Z`, `aa`, …), in both places.
//
// It depends on no particular name: whatever the program imports from its script is renamed, and
// the build stops unless each name is a key exactly once in the script, so a wasm-bindgen
// upgrade that wrote them another way could not make a program that fails to start.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importEntries, importsOf, leb, replaceSection, sectionOf, writeName } from './wasm-module.mjs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The `index`th short name: a … Z, then aa, ab, … */
export function shortName(index) {
  let name = '';
  do {
    name = LETTERS[index % LETTERS.length] + name;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return name;
}

/**
 * Renames what `wasm` imports from the script module `module` in both the program and `script`.
 * Returns both, rewritten, and how many names changed.
 */
export function shortenImportNames(wasm, script, module) {
  const imports = sectionOf(wasm, 2);
  if (!imports) return { wasm, script, renamed: 0 };
  const entries = [...importEntries(wasm, imports)];
  const renamed = new Map();
  const rewritten = entries.map(({ module: from, name, description }) => {
    if (from === module && !renamed.has(name)) renamed.set(name, shortName(renamed.size));
    return Buffer.concat([writeName(from), writeName(from === module ? renamed.get(name) : name), description]);
  });
  for (const [name, short] of renamed) {
    // The key of the imports object: the name, then a colon (terser writes no space between).
    // A name is a JavaScript identifier, so `$` is the one character a pattern must escape.
    const key = new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?=\\s*:)`, 'g');
    const found = script.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the import ${name} is a key ${found} times in its script, not once: has wasm-bindgen changed what it writes? See scripts/import-names.mjs.`);
    script = script.replace(key, short);
  }
  return { wasm: replaceSection(wasm, imports, Buffer.concat([leb(entries.length), ...rewritten])), script, renamed: renamed.size };
}

/**
 * Shortens the import names of a program wasm-bindgen wrote into `folder` as `<name>.js` and
 * `<name>_bg.wasm`. Its other files (the pieces wasm-split cut off) import only from the program
 * itself, never from the script: the build stops if one does.
 */
export async function shortenProgramImports(folder, name) {
  const module = `./${name}_bg.js`;
  const files = (await readdir(folder)).filter((file) => file.endsWith('.wasm'));
  for (const file of files.filter((file) => file !== `${name}_bg.wasm`)) {
    if (importsOf(await readFile(join(folder, file))).some((entry) => entry.module === module)) {
      throw new Error(`${file} imports from ${module}: scripts/import-names.mjs renames only the program's own imports`);
    }
  }
  const wasmPath = join(folder, `${name}_bg.wasm`);
  const scriptPath = join(folder, `${name}.js`);
  const result = shortenImportNames(await readFile(wasmPath), await readFile(scriptPath, 'utf8'), module);
  if (result.renamed === 0) throw new Error(`${wasmPath} imports nothing from ${module}: has wasm-bindgen changed what it writes?`);
  await writeFile(wasmPath, result.wasm);
  await writeFile(scriptPath, result.script);
}
