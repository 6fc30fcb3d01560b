// The service worker: keeps every file of one release so the guide works with no network.
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
  // Every route of the app is the same page: answer navigations with the cached index.html.
  const cached = request.mode === 'navigate' ? caches.match('/index.html', { cacheName: VERSION }) : caches.match(request, { cacheName: VERSION });
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
