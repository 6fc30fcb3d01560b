// Runs after `trunk build --release`, on dist/:
//  1. moves trunk's inline start-up script into its own file, so the page needs no inline script
//     and the Content-Security-Policy can forbid them;
//  2. writes the Content-Security-Policy and referrer policy into index.html;
//  3. pre-renders the content pages into dist/pages/ (scripts/prerender.mjs);
//  4. writes the service worker with the exact list of release files to precache, and a version
//     that changes whenever any of them changes.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prerender } from './prerender.mjs';
import { CONTENT_SECURITY_POLICY } from './security.mjs';

const dist = process.argv[2] ?? 'dist';
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let html = await readFile(join(dist, 'index.html'), 'utf8');
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('no inline start-up script found in index.html: has trunk changed its output?');
const startName = `start-${hash(inline[1])}.js`;
await writeFile(join(dist, startName), inline[1].trim() + '\n');
html = html.replace(inline[0], `<script type="module" src="/${startName}"></script>`);
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n    <meta name="referrer" content="no-referrer" />`,
);
await writeFile(join(dist, 'index.html'), html);
const prerendered = await prerender(dist);

const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js' && !entry.name.startsWith('.'))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dist.length).replace(/^\/?/, '/'))
  .sort();
const contents = await Promise.all(files.map((file) => readFile(join(dist, file))));
const version = hash(contents.map((body, i) => files[i] + hash(body)).join('\n'));
const template = await readFile('scripts/sw-template.js', 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace("['__ASSETS__']", JSON.stringify(['/', ...files], null, 2));
await writeFile(join(dist, 'sw.js'), worker);
console.log(`finish-build: ${startName}, ${prerendered} pages pre-rendered, service worker ${version} precaching ${files.length + 1} files`);
