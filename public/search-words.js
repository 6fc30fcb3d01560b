// The search page opened with words in its address (`/search?q=…`: a bookmark, a reload, a
// link someone sent) shows those words in its box at once. A static host sends the same
// pre-rendered page whatever the address asks for, and on a slow network the app, which finds
// the results, can take seconds to arrive: the words should not look lost meanwhile, so the
// page also says it is finding results for them (a line drawn hidden, which the app removes when
// it shows the results; src/pages/search.rs). The app takes the words over as if typed
// (src/takeover.rs). Only the search page loads this.
const words = new URLSearchParams(location.search).get('q');
const box = document.getElementById('search-input');
if (words && box && !box.value) {
  box.value = words;
  document.getElementById('search-waiting')?.removeAttribute('hidden');
}
