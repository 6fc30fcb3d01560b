// Registers the service worker (offline use) and tells the app when a new release is ready.
// The app shows "A new version is ready" and sends `guide-update-accept` when the family agrees;
// only then does the new release take over, and the page reloads once.
//
// Registered only once the app has started (it marks <html data-ready>), or 10 s after the page
// loaded if it has not: installing copies every file of the release for offline use, and on a
// slow network that must not hold back the code of the page the family is opening.
if ('serviceWorker' in navigator) {
  let accepted = false;
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
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
  };
  const root = document.documentElement;
  if (root.hasAttribute('data-ready')) {
    register();
  } else {
    const started = new MutationObserver(() => {
      if (!root.hasAttribute('data-ready')) return;
      started.disconnect();
      register();
    });
    started.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
    addEventListener('load', () => setTimeout(register, 10000));
  }
  // The first install takes control without a reload; a new release reloads only when accepted.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}
