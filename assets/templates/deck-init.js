// Starts reveal.js in a built deck. Static on purpose: the page's CSP allows it by its hash, and the
// deck's own settings arrive as JSON in #bd-config, never as script.
(function () {
  var config = JSON.parse(document.getElementById('bd-config').textContent);
  var plugins = [];
  if (window.RevealNotes) plugins.push(window.RevealNotes);
  if (window.RevealHighlight) plugins.push(window.RevealHighlight);
  config.plugins = plugins;
  window.Reveal.initialize(config);
})();
