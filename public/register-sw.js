// Registers the service worker (offline use) and tells the app when a new release is ready.
// The app shows "A new version is ready" and sends `guide-update-accept` when the family agrees;
// only then does the new release take over, and the page reloads once.
if ('serviceWorker' in navigator) {
  let accepted = false;
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    const announce = () => dispatchEvent(new Event('guide-update-ready'));
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    addEventListener('guide-update-accept', () => {
      accepted = true;
      registration.waiting?.postMessage('activate-new-version');
    });
  });
  // The first install takes control without a reload; a new release reloads only when accepted.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}
