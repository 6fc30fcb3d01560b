// Finds a function that is in more than one file of code: the program is cut so that each is in
// one (scripts/merge-pieces.mjs), apart from small ones copied on purpose. Each function is read
// as binaryen's wasm-dis prints it, with every name left out: a copy calls and uses the same
// things, but by other numbers in another file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { bodySizes } from './wasm-module.mjs';

/** Each function `file` defines, in order: its body's size in bytes, and a hash of what it does. */
async function functionsOf(file) {
  const sizes = bodySizes(await readFile(file));
  const text = execFileSync('wasm-dis', [file], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  // Each function is printed from a line ` (func ` to the next line at the same depth.
  const printed = text.split(/\n (?=\(func )/).slice(1).map((func) => func.split(/\n (?=\()/)[0]);
  if (printed.length !== sizes.length) throw new Error(`${file}: wasm-dis printed ${printed.length} functions of ${sizes.length}`);
  return printed.map((func, i) => ({
    size: sizes[i],
    hash: createHash('sha256').update(func.replace(/\$[^\s()]+/g, '$').replace(/\(;\d+;\)/g, '')).digest('hex'),
  }));
}

/** The functions over `limit` bytes found in two or more of `files`: their size and files. */
export async function repeatedFunctions(files, limit = 1024) {
  const seen = new Map();
  for (const file of files) {
    for (const { size, hash } of await functionsOf(file)) {
      if (size <= limit) continue;
      const found = seen.get(hash) ?? { size, files: new Set() };
      found.files.add(file);
      seen.set(hash, found);
    }
  }
  return [...seen.values()].filter(({ files }) => files.size > 1).map(({ size, files }) => ({ size, files: [...files] }));
}
