// The search page opened with words in its address (`/search?q=…`: a bookmark, a reload, a
// link someone sent) shows those words in its box at once. A static host sends the same
// pre-rendered page whatever the address asks for, and on a slow network the app, which finds
// the results, can take seconds to arrive: the words should not look lost meanwhile. The app
// takes them over as if typed (src/takeover.rs). Only the search page loads this.
const words = new URLSearchParams(location.search).get('q');
const box = document.getElementById('search-input');
if (words && box && !box.value) box.value = words;
