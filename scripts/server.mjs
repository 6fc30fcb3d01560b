// A small static server for the release build in dist/, answering as a plain static host does:
// a path that is not a file gets its pre-rendered page at the conventional place
// (`/guide/x` → `guide/x/index.html`), or else the page-not-found page `404.html`, with that
// status, so every route of the app (and its 404 page) loads directly. Compressed copies
// are sent when the browser accepts them. Used by scripts/serve.sh and by the end-to-end tests,
// so both see the same headers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy, policyOf, securityHeaders } from './security.mjs';

/** Where the pre-rendered file for an address is kept, relative to dist/ (see prerender.mjs). */
export function pageFile(pathname) {
  return `${pathname.replace(/\/$/, '')}/index.html`;
}

/** The app shell: the page every pre-rendered page is written into (scripts/prerender.mjs). */
export const SHELL = '/app.html';
/** The page for any address without a page of its own, as static hosts serve it. */
export const NOT_FOUND = '/404.html';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for an address, and whether it is one (or else the page-not-found page). */
async function fileFor(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (candidate.startsWith(root)) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return { file: candidate, found: true };
    const prerendered = join(root, pageFile(path));
    if ((await stat(prerendered).catch(() => null))?.isFile()) return { file: prerendered, found: true };
  }
  return { file: join(root, NOT_FOUND), found: false };
}

/**
 * The body to send, compressed as a CDN sends it: the `.br` or `.gz` file the build wrote beside
 * the file (scripts/finish-build.mjs) when the browser accepts it, or an override compressed now.
 */
async function encoded(file, override, accepts) {
  const wants = (name) => accepts.split(',').some((part) => part.trim().split(';')[0] === name);
  if (override !== undefined) {
    if (wants('br')) return { body: brotliCompressSync(override), encoding: 'br' };
    if (wants('gzip')) return { body: gzipSync(override), encoding: 'gzip' };
    return { body: override };
  }
  for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!wants(name)) continue;
    const body = await readFile(file + suffix).catch(() => null);
    if (body) return { body, encoding: name };
  }
  return { body: await readFile(file) };
}

/**
 * How long a browser may keep a file without asking again, as the README asks a host to say: a
 * file whose name holds a hash of its contents (the programs' folders, start scripts, the print
 * style sheet) never changes, so it is kept for a year; anything else (pages, the service worker,
 * the manifest) is asked for again each time.
 */
const cacheControl = (pathname) => (/[-/][0-9a-f]{16}[./]/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');

// `overrides` maps a path to the body served instead of the file: tests use it to publish a
// "new release" of the service worker.
export function startServer({ root = 'dist', port = 0, host = '127.0.0.1', overrides = new Map() } = {}) {
  const base = resolve(root);
  // The pages' own policy, which names the hash of the screen CSS inside them: sent as a header
  // too, as a static host is set up to send it (README).
  let shell = '';
  try {
    shell = readFileSync(join(base, SHELL), 'utf8');
  } catch {
    // Not built yet: the policy without any inline style.
  }
  const security = securityHeaders(policyOf(shell) ?? contentSecurityPolicy());
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const { file, found } = overrides.has(url.pathname) ? { file: join(base, url.pathname), found: true } : await fileFor(base, url.pathname);
      const { body, encoding } = await encoded(file, overrides.get(url.pathname), req.headers['accept-encoding'] ?? '');
      res.writeHead(found ? 200 : 404, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(url.pathname),
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...security,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, security);
      res.end(String(error));
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host}:${actual}` });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`Serving ${root} at ${url}/ (Ctrl+C to stop)`);
}
