// Reading and rewriting a WebAssembly file's sections, for the build steps that change a compiled
// program (scripts/unused-async-hydration.mjs, scripts/import-names.mjs). The format is the
// WebAssembly specification's binary format: numbers are LEB128, names are a length and UTF-8.

export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A name as the format writes it: its length, then its UTF-8 bytes. */
export const writeName = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/** A name read at `at`, and where it ends. */
export function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.toString('utf8', start, start + length), start + length];
}

/** Each section: its id, where its header starts, and where its contents start and end. */
export function* sections(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = readLeb(bytes, at + 1);
    yield { id: bytes[at], header: at, start, end: start + size };
    at = start + size;
  }
}

/** The first section with this id (2: imports, 10: code), if the module has one. */
export const sectionOf = (bytes, id) => [...sections(bytes)].find((section) => section.id === id);

/**
 * Each entry of a section that is a list (its count, then its entries), in order: `read(at)`
 * reads the entry at `at` and returns it and where it ends. None without such a section.
 */
function listOf(bytes, id, read) {
  const section = sectionOf(bytes, id);
  if (!section) return [];
  let [count, at] = readLeb(bytes, section.start);
  const entries = [];
  while (count-- > 0) {
    let entry;
    [entry, at] = read(at);
    entries.push(entry);
  }
  return entries;
}

/** The size of each function body the module defines, in order. */
export const bodySizes = (bytes) =>
  listOf(bytes, 10, (at) => {
    const [size, body] = readLeb(bytes, at);
    return [size, body + size];
  });

/** The module with one section's contents replaced. */
export function replaceSection(bytes, section, contents) {
  return Buffer.concat([bytes.subarray(0, section.header), Buffer.from([section.id]), leb(contents.length), contents, bytes.subarray(section.end)]);
}

/**
 * Each entry of an import section: the module and name it imports, whether it is a function,
 * and its description (`kind` and what follows, as bytes), in order.
 */
export function* importEntries(bytes, { start }) {
  let [count, at] = readLeb(bytes, start);
  while (count-- > 0) {
    let module, name;
    [module, at] = readName(bytes, at);
    [name, at] = readName(bytes, at);
    const from = at;
    const kind = bytes[at++];
    if (kind === 0) {
      [, at] = readLeb(bytes, at);
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) at++; // table: element type
      const [flags, next] = readLeb(bytes, at);
      [, at] = readLeb(bytes, next);
      if (flags & 1) [, at] = readLeb(bytes, at);
    } else if (kind === 3) {
      at += 2; // global: type, mutability
    } else if (kind === 4) {
      at++;
      [, at] = readLeb(bytes, at);
    } else {
      throw new Error(`unknown import kind ${kind}`);
    }
    yield { module, name, isFunction: kind === 0, description: bytes.subarray(from, at) };
  }
}

/** Every entry of the module's import section (none without one). */
export function importsOf(bytes) {
  const imports = sectionOf(bytes, 2);
  return imports ? [...importEntries(bytes, imports)] : [];
}

/** The names of everything the module exports. */
export const exportNames = (bytes) =>
  listOf(bytes, 7, (at) => {
    const [name, kind] = readName(bytes, at);
    // The export's kind (one byte), then its index.
    return [name, readLeb(bytes, kind + 1)[1]];
  });
