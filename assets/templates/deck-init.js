// Starts reveal.js in a built deck. Static on purpose: the page's CSP allows it by its hash, and the
// deck's own settings arrive as JSON in #bd-config (in <head>, before any slide), never as script.
(function () {
  var config = JSON.parse(document.getElementById('bd-config').textContent);
  // Only real plugins: an element with a plugin's name as its id is not one (decks cannot set such ids either).
  var isPlugin = function (p) { return typeof p === 'function' || (p && typeof p === 'object' && !(p instanceof Node) && typeof p.id === 'string'); };
  config.plugins = [window.RevealNotes, window.RevealHighlight].filter(isPlugin);
  window.Reveal.initialize(config);
})();
