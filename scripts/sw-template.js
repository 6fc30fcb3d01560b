// The service worker: keeps the files of one release so the guide works with no network.
// scripts/finish-build.mjs fills in VERSION and ASSETS from the release build.
const VERSION = '__VERSION__';
const ASSETS = ['__ASSETS__'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== VERSION).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// A new release waits until the family chooses to reload, so one page never mixes two versions.
self.addEventListener('message', (event) => {
  if (event.data === 'activate-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A navigation gets its pre-rendered page if there is one (see scripts/prerender.mjs), or else
  // the page-not-found page, as the host would send.
  const match = (path) => caches.match(path, { cacheName: VERSION });
  const pathname = new URL(request.url).pathname;
  const page = `${pathname.replace(/\/$/, '')}/index.html`;
  const cached = request.mode === 'navigate' ? match(page).then((found) => found ?? match('/404.html')) : match(request);
  event.respondWith(cached.then((response) => response ?? fetchAndKeep(request)));
});

// A file not kept at install (the lock's piece, see scripts/finish-build.mjs) is
// kept the first time it is fetched, so that page starts with no network from then on.
function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (request.mode !== 'navigate' && response.ok) {
      const copy = response.clone();
      caches.open(VERSION).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
