// The search page opened with words in its address (`/search?q=…`: a bookmark, a reload, a
// link someone sent) shows those words in its box at once. A static host sends the same
// pre-rendered page whatever the address asks for, and on a slow network the app, which finds
// the results, can take seconds to arrive: the words should not look lost meanwhile. So, for
// those words or words typed before the app has started, the page also says it is finding
// results (a line drawn hidden, which the app removes when it shows the results;
// src/pages/search.rs). The app takes the words over as if typed (src/takeover.rs). Only the
// search page loads this.
const words = new URLSearchParams(location.search).get('q');
const box = document.getElementById('search-input');
const finding = () => document.getElementById('search-waiting')?.removeAttribute('hidden');
if (words && box && !box.value) {
  box.value = words;
  finding();
}
box?.addEventListener('input', () => {
  if (box.value.trim()) finding();
});
