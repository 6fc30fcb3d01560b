// Finding a function that is in two files of code (scripts/one-copy.mjs), on small modules
// written here: a large function copied into two files is found though it calls what it calls by
// other numbers in each; a small copy, or two large functions that differ, are not.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repeatedFunctions } from '../../scripts/one-copy.mjs';

// A function of `count` steps, 6 bytes each, that ends by calling `callee`.
const work = (name, count, value, callee) => `(func ${name} (result i32) ${'(drop (i32.const 1234567))'.repeat(count)} (call ${callee}) (i32.const ${value}))`;

async function files(modules) {
  const folder = await mkdtemp(join(tmpdir(), 'one-copy-'));
  return Object.entries(modules).map(([name, text]) => {
    const file = join(folder, `${name}.wasm`);
    execFileSync('wasm-as', ['-', '-o', file], { input: text });
    return file;
  });
}

test('a large function in two files is found, though it calls by other numbers in each', async () => {
  const [a, b] = await files({
    a: `(module (import "core" "f" (func $f)) ${work('$big', 200, 1, '$f')})`,
    b: `(module (import "core" "f" (func $f)) (import "core" "g" (func $g)) ${work('$big', 200, 1, '$g')})`,
  });
  assert.deepEqual(await repeatedFunctions([a, b]), [{ size: 1206, files: [a, b] }]);
});

test('a small copy, and large functions that differ, are not', async () => {
  const [a, b] = await files({
    a: `(module (func $f) ${work('$small', 100, 1, '$f')} ${work('$big', 200, 1, '$f')})`,
    b: `(module (func $f) ${work('$small', 100, 1, '$f')} ${work('$big', 200, 2, '$f')})`,
  });
  assert.deepEqual(await repeatedFunctions([a, b]), []);
  // The small one is found when the limit is below its size.
  assert.equal((await repeatedFunctions([a, b], 500)).length, 1);
});
