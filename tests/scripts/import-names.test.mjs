// The build step that gives a program's imports short names (scripts/import-names.mjs), on a
// small module written here: it renames in both places, leaves other modules' imports alone,
// and stops when the script does not hold a name exactly once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortName, shortenImportNames } from '../../scripts/import-names.mjs';
import { importsOf, leb, writeName } from '../../scripts/wasm-module.mjs';

const section = (id, contents) => Buffer.concat([Buffer.from([id]), leb(contents.length), contents]);
// One function type, () -> (); each import a function of that type.
const functionImport = (module, name) => Buffer.concat([writeName(module), writeName(name), Buffer.from([0, 0])]);
const program = (imports) =>
  Buffer.concat([
    Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    section(1, Buffer.from([1, 0x60, 0, 0])),
    section(2, Buffer.concat([leb(imports.length), ...imports.map(([module, name]) => functionImport(module, name))])),
    section(0, Buffer.concat([writeName('producers'), Buffer.from('kept as it was')])),
  ]);
const namesOf = (wasm) => importsOf(wasm).map(({ module, name }) => [module, name]);

const SCRIPT = `const imports = { __proto__: null, "./page_bg.js": {
  __wbg_now_463ac581d2fc7ea3: function() { return Date.now(); },
  __wbg_subtle_0109a7475c8841b5:function(arg0) { return arg0.subtle; },
}, "./__wasm_split.js": { __wbg_load_0123456789abcdef: function() {} } };
const state = { a: 1, b: 2 };`;

test('short names run a to Z, then two letters', () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53, 103, 104].map(shortName), ['a', 'z', 'A', 'Z', 'aa', 'ab', 'aZ', 'ba']);
});

test("a program's imports from its script get short names in the program and in the script", () => {
  const wasm = program([
    ['./page_bg.js', '__wbg_now_463ac581d2fc7ea3'],
    ['./__wasm_split.js', '__wbg_load_0123456789abcdef'],
    ['./page_bg.js', '__wbg_subtle_0109a7475c8841b5'],
  ]);
  const result = shortenImportNames(wasm, SCRIPT, './page_bg.js');
  assert.equal(result.renamed, 2);
  assert.deepEqual(namesOf(result.wasm), [
    ['./page_bg.js', 'a'],
    ['./__wasm_split.js', '__wbg_load_0123456789abcdef'],
    ['./page_bg.js', 'b'],
  ]);
  assert.match(result.script, /\ba: function\(\) \{ return Date\.now\(\); \}/);
  assert.match(result.script, /\bb:function\(arg0\) \{ return arg0\.subtle; \}/);
  assert.match(result.script, /__wbg_load_0123456789abcdef: function/, 'another module is left alone');
  assert.match(result.script, /const state = \{ a: 1, b: 2 \};/);
  assert.ok(!result.script.includes('463ac581d2fc7ea3'));
  // The sections after the import section are kept, byte for byte.
  assert.ok(result.wasm.subarray(-14).equals(Buffer.from('kept as it was')));
  assert.ok(result.wasm.length < wasm.length);
});

test('a name with a dollar sign is renamed as it is written, not read as a pattern', () => {
  const wasm = program([['./page_bg.js', '__wbg_$get_0123456789abcdef']]);
  const script = 'const imports = { "./page_bg.js": { __wbg_$get_0123456789abcdef: function() {} } };';
  const result = shortenImportNames(wasm, script, './page_bg.js');
  assert.deepEqual(namesOf(result.wasm), [['./page_bg.js', 'a']]);
  assert.equal(result.script, 'const imports = { "./page_bg.js": { a: function() {} } };');
});

test('the build stops when the script does not hold an import as a key exactly once', () => {
  const wasm = program([['./page_bg.js', '__wbg_now_463ac581d2fc7ea3']]);
  assert.throws(() => shortenImportNames(wasm, 'const imports = {};', './page_bg.js'), /key 0 times/);
  const twice = `${SCRIPT}\nconst again = { __wbg_now_463ac581d2fc7ea3: 1 };`;
  assert.throws(() => shortenImportNames(wasm, twice, './page_bg.js'), /key 2 times/);
});
