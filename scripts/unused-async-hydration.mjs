// Leptos gives every view type two ways to adopt a page drawn ahead of time: at once
// (`hydrate`), and step by step in an async task (`hydrate_async`, used only when an app starts
// with `leptos::mount::hydrate_lazy` or lazy routes). This app always adopts a page at once
// (src/app.rs calls `hydrate_body`), but the compiler cannot tell: each view type keeps a
// pointer to its async way, so all of them, and everything they call, are in the download
// (29 KB of the 474 KB of code, compressed, when first measured; the closures and starters below
// took 6 KB more of 413 KB). This replaces the body of each such function with a trap, so that
// wasm-opt then removes what only they used. Were one ever called, the app would stop with an
// error at once, which the end-to-end tests (every page adopted, then used) would show.
//
// Works on the output of wasm-split-cli, which keeps the compiler's function names.

import { importsOf, leb, readLeb, readName, replaceSection, sections } from './wasm-module.mjs';

// By compiled name (`…E` ends a name, after its hash `17h…`), the functions only async adopting
// runs:
//  - the body of each `hydrate_async` (an async block: the function that runs it step by step),
//    `<path>::hydrate_async::{{closure}}`;
//  - for a part drawn by a reactive function (tachys/src/reactive_graph/mod.rs), the two closures
//    made inside that body: the effect that keeps the part up to date once adopted (it differs
//    from the one `hydrate` makes: where that adopts the part, this one stops) and the async block
//    that adopts it;
//  - for a type-erased view (`into_any`), the function that starts its async adopting (it only
//    boxes the body above).
// Nothing else: other functions named after `hydrate_async` (`…::hydrate_async::prep`,
// `…::{{closure}}::inner_1`, `drop_in_place<…hydrate_async…>`) are, or may be, the same code as
// functions adopting a page at once, and the compiler keeps one copy of identical functions under
// either name. `RenderEffect::new_with_async_value_erased`, which the effect above is made by,
// is one: its update loop is the very code of the effects every page runs.
const CLOSURE = String.raw`28_\$u7b\$\$u7b\$closure\$u7d\$\$u7d\$`;
const HASH = '17h[0-9a-f]{16}E$';
const ASYNC_ONLY = [
  new RegExp(`13hydrate_async${CLOSURE}${HASH}`),
  new RegExp(String.raw`^_ZN6tachys14reactive_graph56_\$LT\$impl\$u20\$tachys\.\.view\.\.RenderHtml\$u20\$for\$u20\$F\$GT\$13hydrate_async${CLOSURE}${CLOSURE}${HASH}`),
  new RegExp(String.raw`^_ZN53_\$LT\$T\$u20\$as\$u20\$tachys\.\.view\.\.any_view\.\.IntoAny\$GT\$8into_any13hydrate_async${HASH}`),
];

/** How many functions the module imports: the code section's bodies are numbered after them. */
const importedFunctions = (bytes) => importsOf(bytes).filter((entry) => entry.isFunction).length;

/** Function index to name, from the "name" custom section. */
function functionNames(bytes, { start, end }) {
  let [section, at] = readName(bytes, start);
  if (section !== 'name') return null;
  const names = new Map();
  while (at < end) {
    const kind = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    if (kind === 1) {
      let [count, p] = readLeb(bytes, body);
      while (count-- > 0) {
        let index, name;
        [index, p] = readLeb(bytes, p);
        [name, p] = readName(bytes, p);
        names.set(index, name);
      }
    }
    at = body + size;
  }
  return names;
}

/**
 * Returns the module with the async adopting functions made traps, how many there were, and how
 * many functions each pattern matched (`matched`, in the order of ASYNC_ONLY).
 */
export function dropAsyncHydration(bytes) {
  const all = [...sections(bytes)];
  const firstBody = importedFunctions(bytes);
  const names = all.filter((s) => s.id === 0).map((s) => functionNames(bytes, s)).find(Boolean);
  const code = all.find((s) => s.id === 10);
  const matched = ASYNC_ONLY.map(() => 0);
  if (!names || !code) return { bytes, dropped: 0, matched };

  // No locals; `unreachable`; `end`.
  const trap = Buffer.from([3, 0, 0x00, 0x0b]);
  let [count, at] = readLeb(bytes, code.start);
  const bodies = [leb(count)];
  let dropped = 0;
  for (let i = 0; i < count; i++) {
    const [size, start] = readLeb(bytes, at);
    const name = names.get(firstBody + i) ?? '';
    const pattern = ASYNC_ONLY.findIndex((p) => p.test(name));
    if (pattern >= 0) {
      bodies.push(trap);
      dropped++;
      matched[pattern]++;
    } else {
      bodies.push(bytes.subarray(at, start + size));
    }
    at = start + size;
  }
  const content = Buffer.concat(bodies);
  return {
    bytes: replaceSection(bytes, code, content),
    dropped,
    matched,
  };
}

/**
 * Stops the build when a pattern matched no function in all of `results` (what
 * dropAsyncHydration returned for each file of one build): a Leptos or compiler upgrade that
 * renames such a function must not let the code it stood for back in unnoticed.
 */
export function everyPatternMatched(results, what) {
  ASYNC_ONLY.forEach((pattern, i) => {
    if (!results.some((result) => result.matched[i] > 0)) {
      throw new Error(`${what}: no function matched ${pattern}. Has Leptos or the compiler renamed it? See scripts/unused-async-hydration.mjs.`);
    }
  });
}
